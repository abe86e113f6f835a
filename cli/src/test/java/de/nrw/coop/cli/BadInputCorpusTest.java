package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.Snapshot;
import de.nrw.coop.storage.testing.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs}): every file is imported with
 * {@code coop import} into a store holding the demo data, on the H2 file store and on PostgreSQL;
 * each must give exactly the stderr and exit code written in {@code expectations.txt}, and leave
 * the store exactly as it was (every record and the import history, before and after).
 *
 * <p>{@code expectations.txt}: a line {@code == FILE CODE}, then the expected stderr, with
 * {@code FILE} standing for the path of the file. Run with {@code -Dcoop.corpus.write=true} to
 * write what the command prints now (then read every change before committing it).
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    private static final Path EXPECTATIONS = CORPUS.resolve("expectations.txt");
    private static final boolean WRITE = Boolean.getBoolean("coop.corpus.write");

    enum Store { H2_FILE, POSTGRES }

    private record Expected(int code, String err) {}

    private static final Map<Store, Map<String, String>> ENVS = new EnumMap<>(Store.class);
    /** Per store: kept open for the dumps, and the dump right after the demo import. */
    private static final Map<Store, CoopStore> OPEN = new EnumMap<>(Store.class);
    private static final Map<Store, Snapshot> BASELINE = new EnumMap<>(Store.class);
    private static final Map<String, Run> ACTUAL = new java.util.TreeMap<>();
    private static Path home;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("expectations.txt")).sorted().toList()) {
                for (Store s : Store.values()) {
                    cases.add(Arguments.of(f.getFileName().toString(), s));
                }
            }
        }
        return cases.stream();
    }

    private static synchronized Map<String, String> env(Store store) {
        return ENVS.computeIfAbsent(store, s -> {
            Map<String, String> env = new HashMap<>();
            StoreConfig config;
            try {
                if (home == null) {
                    home = Files.createTempDirectory("coop-corpus");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (s == Store.POSTGRES) {
                config = TestStores.postgresConfig();
                env.put(CoopCommand.ENV_URL, config.url());
                env.put(CoopCommand.ENV_USER, config.user());
            } else {
                env.put(CoopCommand.ENV_HOME, home.toString());
                config = StoreConfig.h2File(home);
            }
            CoopStore st = CoopStore.open(config);
            st.importFiles(DemoData.sources());
            OPEN.put(s, st);
            BASELINE.put(s, Snapshot.of(st));
            return env;
        });
    }

    private static Map<String, Expected> expectations() throws IOException {
        Map<String, Expected> expected = new LinkedHashMap<>();
        if (!Files.exists(EXPECTATIONS)) {
            return expected;
        }
        String name = null;
        int code = 0;
        StringBuilder err = new StringBuilder();
        for (String line : Files.readAllLines(EXPECTATIONS, StandardCharsets.UTF_8)) {
            if (line.startsWith("== ")) {
                if (name != null) {
                    expected.put(name, new Expected(code, err.toString()));
                }
                String[] parts = line.substring(3).split(" ");
                name = parts[0];
                code = Integer.parseInt(parts[1]);
                err.setLength(0);
            } else {
                err.append(line).append('\n');
            }
        }
        if (name != null) {
            expected.put(name, new Expected(code, err.toString()));
        }
        return expected;
    }

    @Test
    void theCorpusHoldsAtLeastEightyFilesEachWithItsExpectation() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expectations.txt")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(80);
        if (!WRITE) {
            assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(files);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void eachBadInputIsRefusedWithItsMessageAndExitCodeAndTheStoreIsUnchanged(String name, Store store)
            throws IOException {
        Map<String, String> env = env(store);
        Path file = CORPUS.resolve(name);

        Run run = Cli.run(env, "import", file.toString());

        // every case leaves the store as the demo import left it: each record and the import history
        assertThat(Snapshot.of(OPEN.get(store))).as("store unchanged by " + name).isEqualTo(BASELINE.get(store));
        String err = run.err().replace(System.lineSeparator(), "\n").replace(file.toString(), "FILE");
        assertThat(err).as("no stack trace").doesNotContain("\tat ");
        if (WRITE) {
            synchronized (ACTUAL) {
                Run previous = ACTUAL.putIfAbsent(name, new Run(run.code(), run.out(), err));
                assertThat(previous == null || previous.err().equals(err)).as("same on both stores: " + name).isTrue();
            }
            return;
        }
        Expected expected = expectations().get(name);
        assertThat(expected).as("expectation for " + name).isNotNull();
        assertThat(run.code()).as(name).isEqualTo(expected.code());
        assertThat(err).as(name).isEqualTo(expected.err());
    }

    @AfterAll
    static void writeExpectations() throws IOException {
        OPEN.values().forEach(CoopStore::close);
        if (WRITE && !ACTUAL.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            ACTUAL.forEach((name, run) -> sb.append("== ").append(name).append(' ').append(run.code()).append('\n')
                    .append(run.err()));
            Files.writeString(EXPECTATIONS, sb, StandardCharsets.UTF_8);
        }
    }
}
