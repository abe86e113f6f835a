package de.nrw.coop.storage;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.dataset.DatasetReader;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.internal.ImportSink;
import de.nrw.coop.storage.internal.Queries;
import de.nrw.coop.storage.internal.Records;
import de.nrw.coop.storage.internal.StoreErrors;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store of cooperation knowledge: embedded H2 in a file, or PostgreSQL. Offers operations,
 * never connections. Thread-safe; open once, close when done.
 */
public final class CoopStore implements AutoCloseable {
    /**
     * System property: seconds a PostgreSQL import waits for a lock held by another session before
     * the store counts as busy ({@link StoreBusyException}); default 10.
     */
    public static final String LOCK_TIMEOUT_PROPERTY = "coop.store.lockTimeoutSeconds";

    /** PostgreSQL: imports that add or change at least this many rows refresh the planner statistics. */
    private static final int ANALYZE_AFTER_ROWS = 10_000;

    /** Feeds the records of dataset files into a sink: the dataset reader, or a test's stand-in. */
    @FunctionalInterface
    public interface Reader {
        void read(List<DatasetSource> files, DatasetSink sink);
    }

    private final String url;
    private final boolean postgres;
    private final Jdbi jdbi;
    /** H2 only: keeps the database open (and its file locked) while the store is open. */
    private final Connection keeper;

    private CoopStore(String url, boolean postgres, Jdbi jdbi, Connection keeper) {
        this.url = url;
        this.postgres = postgres;
        this.jdbi = jdbi;
        this.keeper = keeper;
    }

    /**
     * Opens the store at the given location, creating and migrating it as needed.
     *
     * @throws StoreBusyException if another process holds the store
     * @throws StoreException     if it cannot be reached or migrated (the message names the URL, never the password)
     */
    public static CoopStore open(StoreConfig config) {
        Objects.requireNonNull(config, "null config");
        String safeUrl = safeUrl(config.url());
        boolean postgres = config.url().startsWith("jdbc:postgresql:");
        DataSource ds = dataSource(config, postgres);
        Connection keeper = null;
        try {
            if (!postgres) {
                keeper = ds.getConnection();
            }
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            return new CoopStore(safeUrl, postgres, Jdbi.create(ds), keeper);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper, e);
            throw StoreErrors.translate(e instanceof RuntimeException re ? re : new IllegalStateException(e),
                    "open", safeUrl);
        }
    }

    private static DataSource dataSource(StoreConfig config, boolean postgres) {
        if (postgres) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(config.url());
            // the import sends its rows in JDBC batches: let the driver send each as multi-row INSERTs
            ds.setReWriteBatchedInserts(true);
            if (config.user() != null) {
                ds.setUser(config.user());
            }
            if (config.password() != null) {
                ds.setPassword(config.password());
            }
            return ds;
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(config.url());
        ds.setUser(config.user() == null ? "" : config.user());
        ds.setPassword(config.password() == null ? "" : config.password());
        return ds;
    }

    /** The URL without a password parameter, for messages. */
    static String safeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void closeQuietly(Connection c, Exception failure) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The store's URL as shown in messages (no password). */
    public String url() {
        return url;
    }

    /**
     * Imports the files all-or-nothing in one transaction, streaming (a million activities fit in a
     * small heap); validates references across the files and the store. Records no user.
     *
     * @throws de.nrw.coop.storage.dataset.DatasetException with every problem of every file; the store is unchanged
     */
    public ImportResult importFiles(List<DatasetSource> files) {
        return importFiles(files, DatasetReader::read, null);
    }

    /**
     * Imports as {@link #importFiles(List)} does and records {@code user} (the portal's signed-in
     * user, the command line's operating-system user) with the import.
     */
    public ImportResult importFiles(List<DatasetSource> files, String user) {
        return importFiles(files, DatasetReader::read, user);
    }

    /**
     * Imports what {@code reader} feeds from the files, as {@link #importFiles(List)} does; for
     * tests and benchmarks that produce records without writing YAML.
     */
    public ImportResult importFiles(List<DatasetSource> files, Reader reader) {
        return importFiles(files, reader, null);
    }

    private ImportResult importFiles(List<DatasetSource> files, Reader reader, String user) {
        ImportResult result = call("import into", h -> runImport(h, files, reader, user), true);
        int rows = result.added().values().stream().mapToInt(Integer::intValue).sum()
                + result.changed().values().stream().mapToInt(Integer::intValue).sum();
        if (postgres && rows >= ANALYZE_AFTER_ROWS) {
            // fresh planner statistics: without them PostgreSQL scans whole tables for the
            // key lookups of the next queries until autovacuum gets round to analysing
            call("analyse", h -> h.execute("ANALYZE"), false);
        }
        return result;
    }

    /**
     * Runs the whole import of the files, every check included, and rolls it back: what an import
     * would do, with the store unchanged. The portal validates uploads with it before it asks for
     * confirmation.
     *
     * @throws de.nrw.coop.storage.dataset.DatasetException with every problem, as the import would
     */
    public ImportResult check(List<DatasetSource> files) {
        try {
            call("check an import against", h -> {
                throw new DryRun(runImport(h, files, DatasetReader::read, null));
            }, true);
            throw new IllegalStateException("the checked import was not rolled back");
        } catch (DryRun done) {
            return done.result;
        }
    }

    /** Carries a checked import's result out of its transaction, which rolls back on it. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        DryRun(ImportResult result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }

    private ImportResult runImport(Handle h, List<DatasetSource> files, Reader reader, String user) {
        if (postgres) {
            int seconds = Math.max(1, Integer.getInteger(LOCK_TIMEOUT_PROPERTY, 10));
            h.execute("SET LOCAL lock_timeout = '" + seconds + "s'");
        }
        ImportSink sink = new ImportSink(h, files.stream().map(DatasetSource::name).toList(), user);
        reader.read(files, sink);
        return sink.finish();
    }

    public List<Country> countries() {
        return call("read countries from", Queries::countries, false);
    }

    public List<Department> departments() {
        return call("read departments from", h -> Records.departments(h, null), false);
    }

    /** Every partner, ordered by key. */
    public List<Partner> partners() {
        return call("read partners from", h -> Records.partners(h, null), false);
    }

    /** Every inquiry with its title and whether its answer is a draft, ordered by id. */
    public List<InquirySummary> inquiries() {
        return call("read inquiries from", h -> h.createQuery("SELECT inquiry_period, inquiry_number, title,"
                        + " answer_ds_number FROM inquiry ORDER BY inquiry_period, inquiry_number")
                .map((rs, ctx) -> {
                    InquiryId id = new InquiryId(rs.getInt(1), rs.getInt(2));
                    String title = rs.getString(3);
                    rs.getInt(4);
                    return new InquirySummary(id, title, rs.wasNull());
                })
                .list(), false);
    }

    /** The whole inquiry: requesters, prefaces, footnotes, questions and answer blocks in order. */
    public Optional<Inquiry> inquiry(InquiryId id) {
        Objects.requireNonNull(id, "null inquiry id");
        return call("read inquiry " + id + " from", h -> Records.inquiry(h, id), false);
    }

    /** Activities per country, year and direction, ordered by country, year, direction. */
    public List<VisitCount> visitsPerYear(ReportFilter filter) {
        return call("count activities in", h -> Queries.visitsPerYear(h, filter), false);
    }

    /**
     * Streams matching activities in date order (a partial date at its first day, year before
     * month before day precision, then by key) without holding them all in memory. The action runs
     * inside a read transaction; it must not use the store itself.
     */
    public void forEachActivity(ReportFilter filter, Consumer<ActivityView> action) {
        call("read activities from", h -> {
            Queries.forEachActivity(h, filter, action);
            return null;
        }, true);
    }

    /** Projects active in any year of the filter's period, with lead ministry, partners and agreement. */
    public List<ProjectView> projects(ReportFilter filter) {
        return call("read projects from", h -> Queries.projects(h, filter), false);
    }

    /** Agreements in force in any year of the period, with renewals, ordered by signing day. */
    public List<AgreementView> agreements(ReportFilter filter) {
        return call("read agreements from", h -> Queries.agreements(h, filter), false);
    }

    /** Funding per project and year, summed over budget lines, ordered by project and year. */
    public List<FundingRow> funding(ReportFilter filter) {
        return call("read funding from", h -> Queries.funding(h, filter), false);
    }

    /** The sum of {@link #funding}, computed by the database. */
    public BigDecimal fundingTotal(ReportFilter filter) {
        return call("sum funding in", h -> Queries.fundingTotal(h, filter), false);
    }

    /** Settlements whose period overlaps the filter's; the department filter does not apply. */
    public List<Settlement> settlements(ReportFilter filter) {
        return call("read settlements from", h -> Queries.settlements(h, filter), false);
    }

    /** Key figures of the filter's countries; neither years nor departments apply. */
    public List<KeyFigure> keyFigures(ReportFilter filter) {
        return call("read key figures from", h -> Queries.keyFigures(h, filter), false);
    }

    /** Every recorded import, oldest first. */
    public List<ImportRecord> imports() {
        return call("read imports from", Queries::imports, false);
    }

    /** When the data last changed (the last import that added or changed rows); empty for an empty store. */
    public Optional<Instant> dataAsOf() {
        return call("read imports from", Queries::dataAsOf, false);
    }

    private <T> T call(String doing, HandleCallback<T, RuntimeException> callback, boolean transaction) {
        try {
            return transaction ? jdbi.inTransaction(callback) : jdbi.withHandle(callback);
        } catch (RuntimeException e) {
            // a callback's own failure (a report that cannot be written) passes through unchanged
            throw StoreErrors.isStoreFailure(e) ? StoreErrors.translate(e, doing, url) : e;
        }
    }

    @Override
    public void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                throw StoreErrors.translate(new IllegalStateException(e), "close", url);
            }
        }
    }
}
