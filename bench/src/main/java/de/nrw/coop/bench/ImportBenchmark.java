package de.nrw.coop.bench;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Reference;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.query.ReportFilter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Imports a generated dataset of a million activities into a fresh H2 file store and compares the
 * rate with a bare JDBC batch insert of the same rows into the same table, in one JVM (run it
 * with {@code -Xmx256m}; see bench/README.md). Also streams the imported activities back out.
 *
 * <p>Arguments: {@code [activities] [--keep] [--postgres | --postgres-only]}; default one million, temp files deleted
 * afterwards; {@code --postgres} also imports and streams the same data on an embedded PostgreSQL.
 */
public final class ImportBenchmark {
    private static final String[] COUNTRIES = {"KR", "JP", "CN", "US", "FR", "GB", "IT", "ES", "PL", "NL", "BE",
        "AT", "CH", "TR", "IL", "IN", "BR", "CA", "AU", "ZA"};
    private static final String[] DEPARTMENTS = {"IM-17", "JM-17", "MKW-17", "MWIDE-17", "MBEI-17"};
    static final int PARTNERS = 1000;
    private static final int WARMUP = 20_000;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        boolean keep = false;
        boolean postgres = false;
        boolean h2 = true;
        for (String arg : args) {
            if (arg.equals("--postgres-only")) {
                h2 = false;
                postgres = true;
                continue;
            }
            if (arg.equals("--keep")) {
                keep = true;
            } else if (arg.equals("--postgres")) {
                postgres = true;
            } else {
                rows = Integer.parseInt(arg.replace("_", ""));
            }
        }
        Path dir = Files.createTempDirectory("coop-bench");
        try {
            if (h2) {
                run(dir, rows);
            } else {
                writeBase(dir.resolve("base.yaml"));
                writeActivities(dir.resolve("activities.yaml"), rows);
            }
            if (postgres) {
                runPostgres(dir, rows);
            }
        } finally {
            if (!keep) {
                delete(dir);
            }
        }
    }

    private static void run(Path dir, int rows) throws Exception {
        boolean realReader = readerPresent();
        System.out.printf(Locale.ROOT, "coop import benchmark: %,d activities, max heap %d MB, %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, realReader
                        ? "YAML files read by DatasetReader"
                        : "DatasetReader not in this build: records fed straight into the import's sink");

        Path base = dir.resolve("base.yaml");
        Path activities = dir.resolve("activities.yaml");
        long t0 = System.nanoTime();
        writeBase(base);
        writeActivities(activities, rows);
        System.out.printf(Locale.ROOT, "generated %s (%,d MB) in %.1f s%n", activities.getFileName(),
                Files.size(activities) >> 20, seconds(System.nanoTime() - t0));

        // warm up both paths (JIT, class loading) on a small throwaway dataset
        Path warmYaml = dir.resolve("warmup.yaml");
        writeActivities(warmYaml, WARMUP);
        coopImport(dir.resolve("warm-coop"), base, warmYaml, WARMUP, realReader);
        bareInsert(dir.resolve("warm-bare"), WARMUP);

        Measure bare = Measure.start();
        bareInsert(dir.resolve("bare"), rows);
        bare.stop();
        bare.print("bare JDBC batch insert (activity table only)", rows);

        Measure coop = Measure.start();
        ImportResult result = coopImport(dir.resolve("coop"), base, activities, rows, realReader);
        coop.stop();
        coop.print("coop import (YAML -> activity rows, lists in the row)", rows);
        if (result.added().get("activities") != rows) {
            throw new IllegalStateException("import added " + result.added() + ", expected " + rows + " activities");
        }

        System.out.printf(Locale.ROOT, "ratio coop / bare: %.2f (goal >= 0.70)%n", bare.seconds() / coop.seconds());

        Measure export = Measure.start();
        AtomicLong streamed = new AtomicLong();
        try (CoopStore store = CoopStore.open(StoreConfig.h2File(dir.resolve("coop")))) {
            store.forEachActivity(ReportFilter.all(), v -> streamed.incrementAndGet());
        }
        export.stop();
        export.print("coop forEachActivity (streamed in date order)", streamed.get());
    }

    /** The same import into an embedded PostgreSQL server, then the same stream back out. */
    private static void runPostgres(Path dir, int rows) throws IOException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
             CoopStore store = CoopStore.open(new StoreConfig(pg.getJdbcUrl("postgres", "postgres"), "postgres",
                     null))) {
            Measure load = Measure.start();
            store.importFiles(List.of(DatasetSource.of(dir.resolve("base.yaml")),
                    DatasetSource.of(dir.resolve("activities.yaml"))));
            load.stop();
            load.print("PostgreSQL: coop import", rows);
            Measure export = Measure.start();
            AtomicLong streamed = new AtomicLong();
            store.forEachActivity(ReportFilter.all(), v -> streamed.incrementAndGet());
            export.stop();
            export.print("PostgreSQL: coop forEachActivity", streamed.get());
        }
    }

    // ---- the two contenders ---------------------------------------------------------------------

    private static ImportResult coopImport(Path storeDir, Path base, Path activities, int rows, boolean realReader) {
        try (CoopStore store = CoopStore.open(StoreConfig.h2File(storeDir))) {
            List<DatasetSource> files = List.of(DatasetSource.of(base), DatasetSource.of(activities));
            return realReader ? store.importFiles(files) : store.importFiles(files, (f, sink) -> feed(sink, rows));
        }
    }

    /**
     * The same rows (lists included), the same table (created by coop's migration), plain JDBC,
     * batches of 1,000, one commit.
     */
    private static void bareInsert(Path storeDir, int rows) throws SQLException {
        CoopStore.open(StoreConfig.h2File(storeDir)).close();
        String url = StoreConfig.h2File(storeDir).url();
        try (Connection c = DriverManager.getConnection(url, "", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO activity (activity_key, kind_code, date_year,"
                     + " date_month, date_day, sort_day, date_precision, country_code, direction, delegation,"
                     + " delegation_size, purpose, project_key, agreement_key, sentence, host_department_keys,"
                     + " host_partner_keys, partner_keys)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                Activity a = activity(i);
                insert.setString(1, a.key());
                insert.setString(2, a.kind().name());
                insert.setInt(3, a.date().year());
                setInt(insert, 4, a.date().month());
                setInt(insert, 5, a.date().day());
                insert.setObject(6, a.date().firstDay());
                insert.setInt(7, a.date().precision().ordinal());
                insert.setString(8, a.countryCode());
                insert.setString(9, a.direction().name());
                insert.setNull(10, Types.VARCHAR);
                setInt(insert, 11, a.delegationSize());
                insert.setString(12, a.purpose());
                insert.setNull(13, Types.VARCHAR);
                insert.setNull(14, Types.VARCHAR);
                insert.setNull(15, Types.VARCHAR);
                // the lists as coop keeps them, in the row (an empty one as NULL)
                insert.setArray(16, c.createArrayOf("VARCHAR", a.hostDepartmentKeys().toArray()));
                insert.setNull(17, Types.ARRAY);
                insert.setArray(18, c.createArrayOf("VARCHAR", a.partnerKeys().toArray()));
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static void setInt(PreparedStatement s, int column, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, value);
        }
    }

    // ---- the generated dataset --------------------------------------------------------------------

    static Activity activity(int i) {
        int year = 2000 + i % 25;
        int month = 1 + (i / 25) % 12;
        int day = 1 + (i / 300) % 28;
        PartialDate date = switch (i % 3) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, month);
            default -> new PartialDate(year, month, day);
        };
        return new Activity(String.format(Locale.ROOT, "act-%07d", i), ActivityKind.values()[i % 4], date,
                COUNTRIES[i % COUNTRIES.length], i % 2 == 0 ? Direction.TO_NRW : Direction.FROM_NRW,
                List.of(DEPARTMENTS[i % DEPARTMENTS.length]), List.of(), List.of(partnerKey(i % PARTNERS)), null,
                1 + i % 9, "Fachaustausch", null, null, null);
    }

    private static String partnerKey(int p) {
        return String.format(Locale.ROOT, "p-%04d", p);
    }

    static Partner partner(int p) {
        return new Partner(partnerKey(p), "Partnerorganisation " + p, null, COUNTRIES[p % COUNTRIES.length],
                p % 2 == 0 ? Level.STAATLICH : Level.NICHTSTAATLICH, PartnerKind.values()[p % PartnerKind.values().length]);
    }

    static void writeBase(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("countries:\n");
            for (String code : COUNTRIES) {
                w.write("  - code: " + code + "\n    name: Land " + code + "\n");
            }
            w.write("departments:\n");
            for (String key : DEPARTMENTS) {
                w.write("  - key: " + key + "\n    abbreviation: " + key.substring(0, key.indexOf('-'))
                        + "\n    name: Ministerium " + key + "\n");
            }
            w.write("partners:\n");
            for (int p = 0; p < PARTNERS; p++) {
                Partner partner = partner(p);
                w.write("  - key: " + partner.key() + "\n    name: " + partner.name() + "\n    country: "
                        + partner.countryCode() + "\n    level: " + partner.level().label() + "\n    kind: "
                        + partner.kind().name().toLowerCase(Locale.ROOT) + "\n");
            }
        }
    }

    static void writeActivities(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("activities:\n");
            for (int i = 0; i < rows; i++) {
                Activity a = activity(i);
                w.write("  - key: " + a.key() + "\n    kind: " + a.kind().name().toLowerCase(Locale.ROOT)
                        + "\n    date: " + a.date().iso() + "\n    country: " + a.countryCode() + "\n    direction: "
                        + (a.direction() == Direction.TO_NRW ? "to-nrw" : "from-nrw") + "\n    hosts:\n"
                        + "      departments: [" + a.hostDepartmentKeys().get(0) + "]\n    partners: ["
                        + a.partnerKeys().get(0) + "]\n    delegationSize: " + a.delegationSize() + "\n    purpose: "
                        + a.purpose() + "\n");
            }
        }
    }

    /** Without the dataset reader: the records and references it would deliver, straight into the sink. */
    private static void feed(DatasetSink sink, int rows) {
        sink.startFile("base.yaml");
        for (String code : COUNTRIES) {
            sink.record(RecordTypes.COUNTRIES, new Country(code, "Land " + code), new Origin("base.yaml", 1, 1, "countries"));
        }
        for (String key : DEPARTMENTS) {
            sink.record(RecordTypes.DEPARTMENTS, new Department(key, key.substring(0, key.indexOf('-')), "Ministerium " + key, null, null,
                    List.of()), new Origin("base.yaml", 1, 1, "departments"));
        }
        for (int p = 0; p < PARTNERS; p++) {
            Partner partner = partner(p);
            sink.record(RecordTypes.PARTNERS, partner, new Origin("base.yaml", 1, 1, "partners"));
            sink.reference(new Reference("base.yaml", 1, 1, "partners", "partner", RecordTypes.COUNTRIES,
                    partner.countryCode()));
        }
        sink.endFile("base.yaml", "0".repeat(64));
        sink.startFile("activities.yaml");
        for (int i = 0; i < rows; i++) {
            Activity a = activity(i);
            int line = 2 + i * 10;
            sink.record(RecordTypes.ACTIVITIES, a, new Origin("activities.yaml", line, 5, "activities[" + i + "]"));
            String from = "activity '" + a.key() + "'";
            sink.reference(new Reference("activities.yaml", line + 3, 14, "country", from, RecordTypes.COUNTRIES,
                    a.countryCode()));
            sink.reference(new Reference("activities.yaml", line + 6, 20, "hosts.departments[0]", from,
                    RecordTypes.DEPARTMENTS, a.hostDepartmentKeys().get(0)));
            sink.reference(new Reference("activities.yaml", line + 7, 16, "partners[0]", from, RecordTypes.PARTNERS,
                    a.partnerKeys().get(0)));
        }
        sink.endFile("activities.yaml", "0".repeat(64));
    }

    private static boolean readerPresent() {
        try {
            Class.forName("de.nrw.coop.storage.dataset.DatasetReader");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    // ---- measuring ----------------------------------------------------------------------------------

    /**
     * Wall time, GC time and peak live heap of one phase: the most heap in use right after any
     * garbage collection during the phase (what the phase really holds; the heap in use between
     * collections also counts garbage not yet collected).
     */
    static final class Measure {
        private static final AtomicLong LIVE_PEAK = new AtomicLong();

        static {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                            used += usage.getUsed();
                        }
                        LIVE_PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }

        private final long gcStart;
        private final long start;
        private long end;
        private long gcEnd;
        private long livePeak;

        private Measure() {
            System.gc();
            LIVE_PEAK.set(0);
            gcStart = gcMillis();
            start = System.nanoTime();
        }

        static Measure start() {
            return new Measure();
        }

        void stop() {
            end = System.nanoTime();
            gcEnd = gcMillis();
            livePeak = LIVE_PEAK.get();
        }

        double seconds() {
            return ImportBenchmark.seconds(end - start);
        }

        void print(String what, long rows) {
            System.out.printf(Locale.ROOT,
                    "%-46s %,10d rows in %6.1f s = %,8.0f rows/s; peak heap after GC %3d MB, GC time %.1f s%n",
                    what, rows, seconds(), rows / seconds(), livePeak >> 20, (gcEnd - gcStart) / 1000.0);
        }

        private static long gcMillis() {
            long total = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, gc.getCollectionTime());
            }
            return total;
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
