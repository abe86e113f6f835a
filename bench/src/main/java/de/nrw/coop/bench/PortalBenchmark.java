package de.nrw.coop.bench;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.web.Portal;
import de.nrw.coop.web.PortalConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The portal under 200 concurrent downloads. This JVM runs the portal on loopback over a fresh
 * store (the demo inquiry plus generated activities); a second process ({@link PortalLoad}) sends
 * the requests at once, half of them for the tables workbook of every country, half for the
 * answer PDF of 17/4514, and reads every byte. Bounded: the client has a deadline, the portal
 * builds at most {@code --builds} files at a time. Reports throughput, p50/p95 latency and the
 * server's peak heap (sum of the heap pools' peaks: an upper bound), on H2 and on an embedded
 * PostgreSQL.
 *
 * <p>Arguments: [REQUESTS (200)] [ACTIVITIES (2000)] [--h2-only | --postgres-only]
 */
public final class PortalBenchmark {
    private static final long DEADLINE_SECONDS = 900;
    private static final String[] PATHS = {"/tabellen/arbeitsmappe", "/anfragen/17/4514/antwort.pdf"};

    private PortalBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean h2 = true;
        boolean postgres = true;
        for (String a : args) {
            switch (a) {
                case "--h2-only" -> postgres = false;
                case "--postgres-only" -> h2 = false;
                default -> positional.add(a);
            }
        }
        int requests = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 200;
        int activities = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2_000;
        Path dir = Files.createTempDirectory("coop-portal-bench");
        try {
            Path base = dir.resolve("base.yaml");
            Path generated = dir.resolve("activities.yaml");
            ImportBenchmark.writeBase(base);
            ImportBenchmark.writeActivities(generated, activities);
            List<DatasetSource> data = List.of(DatasetSource.of(base), DatasetSource.of(generated));
            System.out.printf("portal benchmark: %d concurrent requests (%s), %,d generated activities, max heap %d MB,"
                    + " %d builds at a time, %d processors%n", requests, String.join(" + ", PATHS), activities,
                    Runtime.getRuntime().maxMemory() >> 20, PortalConfig.DEFAULT_BUILDS,
                    Runtime.getRuntime().availableProcessors());
            if (h2) {
                run("H2", StoreConfig.h2File(Files.createDirectories(dir.resolve("h2"))), data, requests);
            }
            if (postgres) {
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                    run("PostgreSQL", new StoreConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", null), data,
                            requests);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String backend, StoreConfig config, List<DatasetSource> data, int requests) throws Exception {
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(data);
            store.importFiles(DemoData.sources());
            try (Portal portal = Portal.start(store, PortalConfig.local(0), Clock.systemDefaultZone())) {
                String url = "http://127.0.0.1:" + portal.port();
                load(url, PATHS.length * 2); // warm-up: templates, fonts, JIT
                System.gc();
                HeapPeaks.reset();
                String result = load(url, requests);
                long peak = HeapPeaks.sum();
                System.out.println(backend + ": " + result + " peak_heap_mb=" + (peak >> 20));
                String[] f = result.replace("RESULT ", "").split(" ");
                long ok = value(f, "ok");
                long wall = value(f, "wall_ms");
                System.out.printf("%s: %d ok, %d failed, %d unfinished; %.1f requests/s; p50 %.1f s, p95 %.1f s;"
                                + " %.0f MB sent; peak heap %d MB%n", backend, ok, value(f, "failed"), value(f, "unfinished"),
                        ok * 1000.0 / wall, value(f, "p50_ms") / 1000.0, value(f, "p95_ms") / 1000.0,
                        value(f, "bytes") / 1e6, peak >> 20);
            }
        }
    }

    private static long value(String[] fields, String name) {
        for (String f : fields) {
            if (f.startsWith(name + "=")) {
                return Long.parseLong(f.substring(name.length() + 1));
            }
        }
        throw new IllegalStateException("no " + name + " in the client's result");
    }

    /** Runs the client process and returns its RESULT line. */
    private static String load(String url, int requests) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PortalLoad.class.getName(), url,
                Integer.toString(requests), Long.toString(DEADLINE_SECONDS)));
        command.addAll(List.of(PATHS));
        Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    System.out.println("  client: " + line);
                }
            }
        }
        if (!client.waitFor(DEADLINE_SECONDS + 60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IllegalStateException("the client did not end");
        }
        if (result == null) {
            throw new IllegalStateException("the client printed no result (exit " + client.exitValue() + ")");
        }
        return result;
    }
}
