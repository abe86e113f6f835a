package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.StoreChild;
import de.nrw.coop.storage.testing.TestStores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One store, several coop processes at once (real JVMs): the default H2 file store in automatic
 * mixed mode, and PostgreSQL. Readers run together; imports run one after the other, and one that
 * waits longer than the lock timeout is busy.
 */
class ConcurrentStoreTest {

    @TempDir
    Path dir;

    private StoreConfig config(Backend backend) {
        return backend == Backend.H2 ? StoreConfig.h2File(dir.resolve("home")) : TestStores.postgresConfig();
    }

    /** A dataset file with one country and {@code n} activities. */
    static Path dataset(Path dir, String name, String country, int n) throws Exception {
        StringBuilder sb = new StringBuilder("countries:\n  - code: " + country + "\n    name: Land " + country
                + "\nactivities:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - key: ").append(country.toLowerCase()).append('-').append(i).append("\n    kind: visit\n")
                    .append("    date: 2019-03-").append(String.format("%02d", 1 + i % 28)).append("\n    country: ")
                    .append(country).append("\n    direction: to-nrw\n    delegation: Delegation Nummer ").append(i)
                    .append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fiveReadersStartedTogetherAllSucceedWhileAnotherProcessHoldsTheStore(Backend backend) throws Exception {
        StoreConfig config = config(backend);
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(List.of(DatasetSource.of(dataset(dir, "kr.yaml", "KR", 50))));
            List<Process> readers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                readers.add(StoreChild.start(config.user(), "read", config.url()));
            }
            for (Process p : readers) {
                assertThat(StoreChild.output(p)).isEqualTo("countries 1 activities 50");
                assertThat(p.exitValue()).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoImportProcessesAtOnceBothSucceedOneAfterTheOtherWithTheirOwnIds(Backend backend) throws Exception {
        StoreConfig config = config(backend);
        try (CoopStore store = CoopStore.open(config)) {
            assertThat(store.imports()).isEmpty();
        }
        Path a = dataset(dir, "a.yaml", "KR", 3000);
        Path b = dataset(dir, "b.yaml", "JP", 3000);
        Process first = StoreChild.start(config.user(), "import", config.url(), a.toString());
        Process second = StoreChild.start(config.user(), "import", config.url(), b.toString());
        List<String> outputs = List.of(StoreChild.output(first), StoreChild.output(second));

        assertThat(outputs).containsExactlyInAnyOrder("start\nimport #1", "start\nimport #2");
        try (CoopStore store = CoopStore.open(config)) {
            assertThat(store.imports()).extracting(ImportRecord::id).containsExactly(1L, 2L);
            assertThat(store.countries()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyConsistentReadDuringAnImportProcessSeesTheStateBeforeItOrAfterIt(Backend backend) throws Exception {
        StoreConfig config = config(backend);
        Path large = dataset(dir, "large.yaml", "JP", 3000);
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(List.of(DatasetSource.of(dataset(dir, "kr.yaml", "KR", 30))));
            de.nrw.coop.storage.testing.Snapshot before = store.consistent(de.nrw.coop.storage.testing.Snapshot::of).data();
            Process importer = StoreChild.start(config.user(), "import", config.url(), large.toString());
            int reads = 0;
            int sawBefore = 0;
            List<de.nrw.coop.storage.testing.Snapshot> seen = new ArrayList<>();
            while (importer.isAlive()) {
                seen.add(store.consistent(de.nrw.coop.storage.testing.Snapshot::of).data());
                reads++;
            }
            assertThat(StoreChild.output(importer)).startsWith("start\nimport #2");
            de.nrw.coop.storage.testing.Snapshot after = store.consistent(de.nrw.coop.storage.testing.Snapshot::of).data();
            assertThat(after.activities()).hasSize(3030);
            for (de.nrw.coop.storage.testing.Snapshot s : seen) {
                if (s.equals(before)) {
                    sawBefore++;
                } else {
                    assertThat(s).as("a read during the import").isEqualTo(after);
                }
            }
            assertThat(reads).isGreaterThan(1);
            assertThat(sawBefore).as("reads while the import ran").isPositive();
        }
    }

    /**
     * The race behind the test above, made certain: an import commits after a consistent view's
     * first read and before its first read of the other tables. On H2, repeatable read fixed each
     * table only when first read (the view saw the countries before the import and its
     * activities after it); the view must see every table as at its first read.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aConsistentViewSeesTablesItHasNotReadYetAsTheyWereAtItsFirstRead(Backend backend) throws Exception {
        StoreConfig config = config(backend);
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(List.of(DatasetSource.of(dataset(dir, "kr.yaml", "KR", 30))));
            de.nrw.coop.storage.testing.Snapshot before = store.consistent(de.nrw.coop.storage.testing.Snapshot::of);
            Path jp = dataset(dir, "jp.yaml", "JP", 20);

            de.nrw.coop.storage.testing.Snapshot seen = store.consistent(view -> {
                assertThat(view.countries()).extracting(c -> c.code()).containsExactly("KR");
                // another transaction (a second connection of this store) imports and commits
                store.importFiles(List.of(DatasetSource.of(jp)));
                return de.nrw.coop.storage.testing.Snapshot.of(view);
            });

            assertThat(seen).isEqualTo(before);
            assertThat(store.consistent(de.nrw.coop.storage.testing.Snapshot::of).activities()).hasSize(50);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportWaitsForAnotherProcessesImportThenIsBusyAndLeavesTheStoreUnchanged(Backend backend) throws Exception {
        StoreConfig config = config(backend);
        Path a = dataset(dir, "a.yaml", "KR", 10);
        Process holder = StoreChild.start(config.user(), "lock", config.url());
        String previous = System.getProperty(CoopStore.LOCK_TIMEOUT_PROPERTY);
        System.setProperty(CoopStore.LOCK_TIMEOUT_PROPERTY, "2");
        try (CoopStore store = CoopStore.open(config)) {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            long start = System.nanoTime();

            StoreBusyException e = catchThrowableOfType(StoreBusyException.class,
                    () -> store.importFiles(List.of(DatasetSource.of(a))));

            assertThat(e).hasMessageContaining("busy");
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1_900);
            assertThat(store.countries()).isEmpty();
            assertThat(store.imports()).isEmpty();
            holder.getOutputStream().close();
            holder.waitFor();
            // released: the import goes through
            assertThat(store.importFiles(List.of(DatasetSource.of(a))).importId()).isEqualTo(1);
        } finally {
            holder.destroy();
            if (previous == null) {
                System.clearProperty(CoopStore.LOCK_TIMEOUT_PROPERTY);
            } else {
                System.setProperty(CoopStore.LOCK_TIMEOUT_PROPERTY, previous);
            }
        }
    }
}
