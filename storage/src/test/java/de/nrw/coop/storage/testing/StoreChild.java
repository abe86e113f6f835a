package de.nrw.coop.storage.testing;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.StoreBusyException;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.dataset.DatasetSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a test runs in a JVM of its own, to see the store as a second coop process sees it.
 * {@code read URL}: prints the number of countries; {@code import URL FILE...}: imports, prints
 * "import #ID" or "busy"; {@code lock URL}: holds the import lock in an open transaction, prints
 * "locked", and releases it when stdin closes.
 */
public final class StoreChild {
    private StoreChild() {}

    public static void main(String[] args) throws Exception {
        String user = System.getProperty("coop.test.user");
        StoreConfig config = new StoreConfig(args[1], user, null);
        switch (args[0]) {
            case "read" -> {
                try (CoopStore store = CoopStore.open(config)) {
                    System.out.println("countries " + store.countries().size() + " activities "
                            + store.visitsPerYear(de.nrw.coop.storage.query.ReportFilter.all()).stream()
                                    .mapToInt(v -> v.count()).sum());
                }
            }
            case "import" -> {
                List<DatasetSource> files = new ArrayList<>();
                for (int i = 2; i < args.length; i++) {
                    files.add(DatasetSource.of(Path.of(args[i])));
                }
                try (CoopStore store = CoopStore.open(config)) {
                    System.out.println("start");
                    System.out.flush();
                    ImportResult result = store.importFiles(files);
                    System.out.println("import #" + result.importId());
                } catch (StoreBusyException e) {
                    System.out.println("busy");
                }
            }
            case "lock" -> {
                try (CoopStore store = CoopStore.open(config)) {
                    // the store is migrated; hold the lock the way an import takes it
                }
                try (Connection c = DriverManager.getConnection(args[1], user == null ? "" : user, "")) {
                    c.setAutoCommit(false);
                    try (Statement s = c.createStatement()) {
                        if (args[1].startsWith("jdbc:postgresql:")) {
                            s.execute("SELECT pg_advisory_xact_lock(" + 0x636f6f70L + ")");
                        } else {
                            s.execute("SELECT lock_name FROM store_lock FOR UPDATE");
                        }
                    }
                    System.out.println("locked");
                    System.out.flush();
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    while (in.readLine() != null) {
                        // hold until the test closes stdin
                    }
                    c.rollback();
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Starts {@code StoreChild} in a new JVM with this JVM's class path. */
    public static Process start(String user, String... args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path")));
        if (user != null) {
            command.add("-Dcoop.test.user=" + user);
        }
        command.add(StoreChild.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The child's stdout once it has ended (killed after two minutes). */
    public static String output(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not end");
        }
        return out;
    }
}
