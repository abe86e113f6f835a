package de.nrw.coop.bench;

import de.nrw.coop.model.Activity;
import de.nrw.coop.reports.excel.ReportFilters;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.ReportFilter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code coop tables} end to end over a store of a million activities, against the bare SXSSF
 * write of the same rows, alternating in one JVM (run it with {@code -Xmx256m}; see
 * bench/README.md), on an H2 file store and on an embedded PostgreSQL.
 *
 * <p>coop: what {@code coop tables -o FILE} runs for all countries: open the store, resolve the
 * filter, one consistent read, {@link TablesWorkbook#write} to a file (every sheet; the activities
 * streamed from the store in date order). Bare: {@link ExcelBench#bare}, the Aktivitäten cells
 * alone written by a plain SXSSF loop from the same activities made in memory. The store is filled
 * once per database by coop's import, not timed.
 *
 * <p>Arguments: {@code [activities] [rounds] [--h2-only | --postgres-only]}; default 1,000,000
 * activities, 2 rounds.
 */
public final class TablesBenchmark {
    private static final double GOAL = 3.0;

    private TablesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        int rounds = 2;
        boolean h2 = true;
        boolean postgres = true;
        int numbers = 0;
        for (String arg : args) {
            switch (arg) {
                case "--h2-only" -> postgres = false;
                case "--postgres-only" -> h2 = false;
                default -> {
                    int n = Integer.parseInt(arg.replace("_", ""));
                    if (numbers++ == 0) {
                        rows = n;
                    } else {
                        rounds = n;
                    }
                }
            }
        }
        Path dir = Files.createTempDirectory("coop-tables-bench");
        try {
            Path base = dir.resolve("base.yaml");
            Path activities = dir.resolve("activities.yaml");
            ImportBenchmark.writeBase(base);
            ImportBenchmark.writeActivities(activities, rows);
            System.out.printf(Locale.ROOT, "coop tables benchmark: %,d activities, %d rounds, max heap %d MB, load %s%n",
                    rows, rounds, Runtime.getRuntime().maxMemory() >> 20, load());
            if (h2) {
                compare("H2", StoreConfig.h2File(dir.resolve("h2")), base, activities, rows, rounds, dir);
            }
            if (postgres) {
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                    compare("PostgreSQL", new StoreConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres", null),
                            base, activities, rows, rounds, dir);
                }
            }
        } finally {
            ImportBenchmark.delete(dir);
        }
    }

    private static void compare(String database, StoreConfig config, Path base, Path activities, int rows, int rounds,
                                Path dir) throws Exception {
        long fill = System.nanoTime();
        try (CoopStore store = CoopStore.open(config)) {
            store.importFiles(List.of(DatasetSource.of(base), DatasetSource.of(activities)));
        }
        System.out.printf(Locale.ROOT, "%s: store filled by coop's import in %.1f s (not timed)%n", database,
                ImportBenchmark.seconds(System.nanoTime() - fill));

        // warm-up (class loading, JIT): one country's workbook, and a twentieth of the rows bare
        Path warm = dir.resolve("warm.xlsx");
        coop(config, ReportFilter.of(List.of("KR"), null, null), warm);
        ExcelBench.bare(action -> generate(rows / 20, action), warm);
        Files.delete(warm);

        Path coopFile = dir.resolve("coop.xlsx");
        Path bareFile = dir.resolve("bare.xlsx");
        for (int round = 1; round <= rounds; round++) {
            // alternate which goes first, so a busy minute on the shared machine falls on both alike
            Timing coop = null;
            Timing bare = null;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == (round % 2 == 1)) {
                    coop = Timing.of(() -> coop(config, null, coopFile));
                    coop.print(database + " round " + round + ": coop tables (all countries)", rows, coopFile);
                } else {
                    bare = Timing.of(() -> ExcelBench.bare(action -> generate(rows, action), bareFile));
                    bare.print(database + " round " + round + ": bare SXSSF write", rows, bareFile);
                }
            }
            System.out.printf(Locale.ROOT, "%s round %d: coop / bare = %.2f (goal <= %.1f), by CPU %.2f%n", database,
                    round, coop.wall / bare.wall, GOAL, coop.cpu / bare.cpu);
            Files.delete(coopFile);
            Files.delete(bareFile);
        }
    }

    /** What {@code coop tables} runs: open, resolve the filter (null: all countries), one consistent read, write. */
    private static void coop(StoreConfig config, ReportFilter only, Path target) {
        try (CoopStore store = CoopStore.open(config)) {
            ReportFilter filter = only != null ? only
                    : ReportFilters.resolve(List.of(), List.of(), null, null, store.countries(), store.departments());
            store.consistent(view -> {
                TablesWorkbook.write(view, filter, target);
                return target;
            });
        }
    }

    /** The activities the store holds, as the store's stream shows them, made in memory. */
    private static void generate(int rows, java.util.function.Consumer<ActivityView> action) {
        for (int i = 0; i < rows; i++) {
            Activity a = ImportBenchmark.activity(i);
            String department = a.hostDepartmentKeys().get(0);
            int partner = Integer.parseInt(a.partnerKeys().get(0).substring(2));
            action.accept(new ActivityView(a, "Land " + a.countryCode(),
                    List.of(department.substring(0, department.indexOf('-'))),
                    List.of(ImportBenchmark.partner(partner).label())));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Wall and process CPU time of one run (the embedded PostgreSQL server's CPU is its own process's). */
    private record Timing(double wall, double cpu, String loadBefore, String loadAfter, double gcSeconds) {
        static Timing of(Work work) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            System.gc();
            String before = load();
            long gc = gcMillis();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            work.run();
            return new Timing(ImportBenchmark.seconds(System.nanoTime() - start),
                    (os.getProcessCpuTime() - cpu) / 1e9, before, load(), (gcMillis() - gc) / 1000.0);
        }

        void print(String what, int rows, Path file) throws IOException {
            System.out.printf(Locale.ROOT, "%-52s %6.1f s wall (%,8.0f rows/s), %6.1f s CPU, GC %.1f s, %,d KB,"
                    + " load %s -> %s%n", what, wall, rows / wall, cpu, gcSeconds, Files.size(file) / 1024,
                    loadBefore, loadAfter);
        }

        private static long gcMillis() {
            long total = 0;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }
    }

    /** The one-minute load average, from /proc where there is one. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
