package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.StoreChild;
import de.nrw.coop.storage.testing.TestStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 of an importing process at 20 random moments: every time the store holds the state
 * before that import or after it (all of its activities and its import record, or none), never a
 * part, and the next import succeeds. Each round imports a file of its own, so "after" is told
 * from "before" by the activities and the import history.
 */
class CrashImportTest {
    private static final int ACTIVITIES = 2_000;

    @TempDir
    Path dir;

    /** A file of {@link #ACTIVITIES} activities of KR with keys of round {@code round}. */
    private Path round(int round) throws Exception {
        StringBuilder sb = new StringBuilder("activities:\n");
        for (int i = 0; i < ACTIVITIES; i++) {
            sb.append("  - key: r").append(round).append('-').append(i).append("\n    kind: visit\n    date: 2019-04-")
                    .append(String.format("%02d", 1 + i % 28)).append("\n    country: KR\n    direction: to-nrw\n")
                    .append("    delegation: Delegation ").append(i).append('\n');
        }
        Path file = dir.resolve("round-" + round + ".yaml");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private static int activities(CoopStore store) {
        return store.visitsPerYear(ReportFilter.all()).stream().mapToInt(VisitCount::count).sum();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedAtTwentyRandomMomentsOfALargeImportTheStoreIsBeforeOrAfterAndTheNextImportSucceeds(Backend backend)
            throws Exception {
        StoreConfig config = backend == Backend.H2 ? StoreConfig.h2File(dir.resolve("home")) : TestStores.postgresConfig();
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(List.of(DatasetSource.of(ConcurrentStoreTest.dataset(dir, "base.yaml", "KR", 20))));
        }
        // how long an import takes in a process of its own
        Process measured = StoreChild.start(config.user(), "import", config.url(), round(0).toString());
        BufferedReader measuredOut = new BufferedReader(new InputStreamReader(measured.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(measuredOut.readLine()).isEqualTo("start");
        long start = System.nanoTime();
        assertThat(measuredOut.readLine()).startsWith("import #");
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        measured.waitFor();

        Random random = new Random(42);
        int sawBefore = 0;
        int sawAfter = 0;
        for (int kill = 1; kill <= 20; kill++) {
            int activitiesBefore;
            int importsBefore;
            try (CoopStore store = CoopStore.open(config)) {
                activitiesBefore = activities(store);
                importsBefore = store.imports().size();
            }
            Path file = round(kill);
            Process child = StoreChild.start(config.user(), "import", config.url(), file.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("start");
            // mostly inside the import, a few just after it
            Thread.sleep((long) (importMillis * 1.15 * random.nextDouble()));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
            child.waitFor();

            try (CoopStore store = CoopStore.open(config)) {
                int activitiesNow = activities(store);
                int importsNow = store.imports().size();
                if (importsNow == importsBefore) {
                    assertThat(activitiesNow).as("before-state after kill " + kill).isEqualTo(activitiesBefore);
                    sawBefore++;
                } else {
                    assertThat(importsNow).isEqualTo(importsBefore + 1);
                    assertThat(activitiesNow).as("after-state after kill " + kill).isEqualTo(activitiesBefore + ACTIVITIES);
                    assertThat(store.imports().get(importsNow - 1).files().get(0).name()).isEqualTo(file.toString());
                    sawAfter++;
                }
            }
        }
        assertThat(sawBefore + sawAfter).isEqualTo(20);
        assertThat(sawBefore).as("kills that hit the import before its commit").isGreaterThanOrEqualTo(5);

        Process last = StoreChild.start(config.user(), "import", config.url(), round(21).toString());
        assertThat(StoreChild.output(last)).startsWith("start\nimport #");
        try (CoopStore store = CoopStore.open(config)) {
            assertThat(activities(store)).isEqualTo(20 + ACTIVITIES * (2 + sawAfter));
        }
    }
}
