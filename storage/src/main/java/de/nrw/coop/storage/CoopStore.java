package de.nrw.coop.storage;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.dataset.DatasetReader;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.internal.Contributions;
import de.nrw.coop.storage.internal.ImportSink;
import de.nrw.coop.storage.internal.Queries;
import de.nrw.coop.storage.internal.Statuses;
import de.nrw.coop.storage.internal.SchemaVersion;
import de.nrw.coop.storage.internal.StoreErrors;
import de.nrw.coop.storage.internal.StoreUrls;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.Deadline;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.StatusUpdate;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
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
     * System property: seconds a write (an import) waits for another process's import or lock before
     * the store counts as busy ({@link StoreBusyException}); default {@value #DEFAULT_LOCK_TIMEOUT_SECONDS}.
     */
    public static final String LOCK_TIMEOUT_PROPERTY = "coop.store.lockTimeoutSeconds";
    public static final int DEFAULT_LOCK_TIMEOUT_SECONDS = 10;
    /** PostgreSQL advisory lock key of imports: "coop" in ASCII. */
    private static final long IMPORT_LOCK_KEY = 0x636f6f70L;

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
    /** In a {@link #consistent} view: the one read transaction every operation runs in; else null. */
    private final Handle pinned;

    private CoopStore(String url, boolean postgres, Jdbi jdbi, Connection keeper, Handle pinned) {
        this.url = url;
        this.postgres = postgres;
        this.jdbi = jdbi;
        this.keeper = keeper;
        this.pinned = pinned;
    }

    /**
     * Runs {@code work} on a view of the store in which every read sees the same state: one read
     * transaction on a snapshot of the whole store, taken at its first read, so a report written
     * while another process imports shows the data as it was before that import or as it is after
     * it, never a mix. The view must not be used after {@code work} returns, and cannot import.
     */
    public <T> T consistent(java.util.function.Function<CoopStore, T> work) {
        if (pinned != null) {
            return work.apply(this);
        }
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, "read from", url);
        }
        try (handle) {
            // PostgreSQL's repeatable read is one snapshot of the whole database, taken at the
            // transaction's first statement. H2's is not: it fixes each table when the
            // transaction first reads that table, so an import committing between two reads
            // shows in the tables read after it (countries from before it, activities from
            // after). H2 fixes every table at the first statement only from SNAPSHOT on, which
            // JDBC names SERIALIZABLE; for a transaction that only reads, the two are the same.
            handle.setTransactionIsolationLevel(postgres
                    ? org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ
                    : org.jdbi.v3.core.transaction.TransactionIsolationLevel.SERIALIZABLE);
            handle.begin();
            try {
                return work.apply(new CoopStore(url, postgres, jdbi, null, handle));
            } finally {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            throw StoreErrors.isStoreFailure(e) ? StoreErrors.translate(e, "read from", url) : e;
        }
    }

    /**
     * Opens the store at the given location, creating and migrating it as needed.
     *
     * @throws StoreBusyException if another process holds the store
     * @throws StoreException     if it cannot be reached or migrated (the message names the URL, never the password)
     */
    public static CoopStore open(StoreConfig config) {
        Objects.requireNonNull(config, "null config");
        // H2's mixed mode has a moment in which one process has locked the file but does not yet
        // serve it: a process starting just then is turned away, and tries again up to the timeout
        long deadline = System.nanoTime() + lockTimeoutSeconds() * 1_000_000_000L;
        while (true) {
            try {
                return openOnce(config);
            } catch (StoreBusyException e) {
                if (config.url().startsWith("jdbc:postgresql:") || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50 + java.util.concurrent.ThreadLocalRandom.current().nextInt(200));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static CoopStore openOnce(StoreConfig config) {
        String safeUrl = safeUrl(config.url());
        boolean postgres = config.url().startsWith("jdbc:postgresql:");
        DataSource ds = dataSource(config, postgres);
        Connection keeper = null;
        try {
            if (!postgres) {
                keeper = ds.getConnection();
            }
            migrateUnlessCurrent(ds, keeper);
            return new CoopStore(safeUrl, postgres, Jdbi.create(ds), keeper, null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper, e);
            throw StoreErrors.translate(e instanceof RuntimeException re ? re : new IllegalStateException(e),
                    "open", safeUrl);
        }
    }

    /** Flyway (validate, then migrate) only when the schema's version is not this build's. */
    private static void migrateUnlessCurrent(DataSource ds, Connection keeper) throws SQLException {
        boolean current;
        if (keeper != null) {
            current = SchemaVersion.isCurrent(keeper);
        } else {
            try (Connection c = ds.getConnection()) {
                current = SchemaVersion.isCurrent(c);
            }
        }
        if (!current) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
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

    /** The URL without a password, for messages. */
    static String safeUrl(String url) {
        return StoreUrls.masked(url);
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
        if (pinned != null) {
            throw new IllegalStateException("a consistent view of the store is for reading; import into the store");
        }
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
     * confirmation. A check takes no import number (its result's {@code importId} is 0): the
     * numbers of recorded imports run on without gaps.
     *
     * @throws de.nrw.coop.storage.dataset.DatasetException with every problem, as the import would
     */
    public ImportResult check(List<DatasetSource> files) {
        try {
            call("check an import against", h -> {
                lockForImport(h);
                ImportSink sink = new ImportSink(h, files.stream().map(DatasetSource::name).toList(), null).checkOnly();
                DatasetReader.read(files, sink);
                throw new DryRun(sink.finish());
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
        lockForImport(h);
        ImportSink sink = new ImportSink(h, files.stream().map(DatasetSource::name).toList(), user);
        reader.read(files, sink);
        return sink.finish();
    }

    /**
     * One import at a time: waits up to the lock timeout for another process's import to end. The
     * lock lasts until the transaction ends, and ends with it when a process dies.
     */
    private void lockForImport(Handle h) {
        int seconds = lockTimeoutSeconds();
        if (postgres) {
            h.execute("SET LOCAL lock_timeout = '" + seconds + "s'");
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (!h.createQuery("SELECT pg_try_advisory_xact_lock(:key)").bind("key", IMPORT_LOCK_KEY)
                    .mapTo(Boolean.class).one()) {
                if (System.nanoTime() > deadline) {
                    throw new StoreBusyException("the store " + url + " is busy: another import has been running"
                            + " for more than " + seconds + " s. Try again when it has finished", null);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreBusyException("interrupted while waiting for another import into " + url, e);
                }
            }
        } else {
            h.execute("SET LOCK_TIMEOUT " + seconds * 1000);
            h.createQuery("SELECT lock_name FROM store_lock WHERE lock_name = 'import' FOR UPDATE").mapTo(String.class)
                    .list();
        }
    }

    private static int lockTimeoutSeconds() {
        return Math.max(1, Integer.getInteger(LOCK_TIMEOUT_PROPERTY, DEFAULT_LOCK_TIMEOUT_SECONDS));
    }

    public List<Country> countries() {
        return call("read countries from", Queries::countries, false);
    }

    public List<Department> departments() {
        return call("read departments from", h -> RecordTypes.DEPARTMENTS.table().all(h), false);
    }

    /** Every partner, ordered by key. */
    public List<Partner> partners() {
        return call("read partners from", h -> RecordTypes.PARTNERS.table().all(h), false);
    }

    /**
     * The natural keys of every stored record of a type that other records refer to (countries,
     * departments, partners, agreements, projects), sorted: what the data-entry workbook's
     * dropdowns offer.
     */
    public List<String> keys(RecordType<?> type) {
        Objects.requireNonNull(type, "null record type");
        if (type.table().keyColumns().size() != 1) {
            throw new IllegalArgumentException(type.section() + " have no single key that records refer to");
        }
        String column = type.table().keyColumns().get(0);
        return call("read " + type.section() + " keys from", h -> h.createQuery("SELECT " + column + " FROM "
                + type.table().name() + " ORDER BY " + column).mapTo(String.class).list(), false);
    }

    /** Every inquiry with its title and whether its answer is a draft, ordered by id. */
    public List<InquirySummary> inquiries() {
        return call("read inquiries from", Queries::inquiries, false);
    }

    /** The whole inquiry: requesters, prefaces, footnotes, questions and answer blocks in order. */
    public Optional<Inquiry> inquiry(InquiryId id) {
        Objects.requireNonNull(id, "null inquiry id");
        return call("read inquiry " + id + " from", h -> RecordTypes.inquiry(h, id), false);
    }

    /**
     * Replaces answers of a stored inquiry in one transaction: {@code change} receives the inquiry
     * as stored (the row locked against other writers until the end) and returns it changed; only
     * answers, footnotes and marker numbers are written back. An exception from {@code change}
     * rolls back and passes through unchanged.
     *
     * @return the inquiry as now stored; empty if the store holds no such inquiry
     */
    public Optional<Inquiry> replaceAnswers(InquiryId id, UnaryOperator<Inquiry> change) {
        return replaceAnswers(id, change, null, null);
    }

    /**
     * {@link #replaceAnswers(InquiryId, UnaryOperator)}, and an entry in the inquiry's history in the
     * same transaction, its status unchanged: the note {@code note} gives for the stored and the
     * new inquiry, recorded as {@code user}.
     */
    public Optional<Inquiry> replaceAnswers(InquiryId id, UnaryOperator<Inquiry> change,
                                            BiFunction<Inquiry, Inquiry, String> note, String user) {
        Objects.requireNonNull(id, "null inquiry id");
        return call("write the answers of inquiry " + id + " to", h -> {
            // lock the row: two imports of drafts of the same inquiry must not interleave
            List<Integer> found = h.createQuery("SELECT inquiry_number FROM inquiry WHERE inquiry_period = :p"
                            + " AND inquiry_number = :n FOR UPDATE")
                    .bind("p", id.period()).bind("n", id.number()).mapTo(Integer.class).list();
            if (found.isEmpty()) {
                return Optional.<Inquiry>empty();
            }
            Inquiry before = RecordTypes.inquiry(h, id).orElseThrow();
            Inquiry after = change.apply(before);
            if (!after.id().equals(id)) {
                throw new IllegalArgumentException("the change of inquiry " + id + " returned inquiry " + after.id());
            }
            try {
                RecordTypes.replaceAnswers(h.getConnection(), before, after);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the answers of inquiry " + id + ": " + e.getMessage(), e);
            }
            if (note != null) {
                record(h, id, note.apply(before, after), user);
            }
            return Optional.of(after);
        }, true);
    }

    /** A history entry that keeps the inquiry's status: what happened, in the note. */
    private static void record(Handle h, InquiryId id, String note, String user) {
        Statuses.note(h, id, note, user, Statuses.now());
    }

    /**
     * Records contribution requests, and in the inquiry's history the note, as {@code user}, in one
     * transaction; asking a department about a question again replaces the earlier request.
     */
    public void recordRequests(List<ContributionRequest> requests, String note, String user) {
        call("record contribution requests in", h -> {
            sqlDo(() -> Contributions.recordRequests(h, requests));
            requests.stream().map(ContributionRequest::inquiry).distinct().forEach(id -> record(h, id, note, user));
            return null;
        }, true);
    }

    /** The contribution requests of one inquiry, or of every inquiry for null. */
    public List<ContributionRequest> contributionRequests(InquiryId inquiry) {
        return call("read contribution requests from", h -> sql(() -> Contributions.requests(h, inquiry)), false);
    }

    /**
     * Stores returned contributions all-or-nothing, each replacing an earlier one of the same
     * department and question, with the note in the inquiry's history.
     *
     * @return how many earlier contributions were replaced
     */
    public int storeContributions(List<Contribution> contributions, String note, String user) {
        return call("store contributions in", h -> {
            int replaced = sql(() -> Contributions.store(h, contributions));
            contributions.stream().map(Contribution::inquiry).distinct().forEach(id -> record(h, id, note, user));
            return replaced;
        }, true);
    }

    /** The contributions to an inquiry, by question and department. */
    public List<Contribution> contributions(InquiryId inquiry) {
        Objects.requireNonNull(inquiry, "null inquiry id");
        return call("read contributions from", h -> sql(() -> Contributions.contributions(h, inquiry)), false);
    }

    /** JDBC work inside a callback. */
    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void sqlDo(SqlVoid work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlVoid {
        void run() throws SQLException;
    }

    /**
     * Records a step in the inquiry's status history, checked against its current state: a step
     * backwards needs a note, every status from zugewiesen on a lead department, veröffentlicht the
     * answer's Drucksache. Departments and internal deadline not given carry over.
     *
     * @return the entry as recorded
     * @throws StatusException if the rules refuse the step (nothing is recorded)
     */
    public StatusChange changeStatus(StatusUpdate update) {
        Objects.requireNonNull(update, "null status update");
        return call("record the status of inquiry " + update.inquiry() + " in",
                h -> Statuses.change(h, update, Statuses.now()), true);
    }

    /**
     * The inquiry's status history, oldest first; its first entry is the import that brought it.
     * Empty for an inquiry the store does not hold.
     */
    public List<StatusChange> history(InquiryId id) {
        Objects.requireNonNull(id, "null inquiry id");
        return call("read the status history of inquiry " + id + " from", h -> Statuses.history(h, id), false);
    }

    /** The inquiry's current state: the newest entry of its history. */
    public Optional<StatusChange> status(InquiryId id) {
        Objects.requireNonNull(id, "null inquiry id");
        return call("read the status of inquiry " + id + " from", h -> Statuses.latest(h, id), false);
    }

    /** The current state of every stored inquiry, ordered by id. */
    public Map<InquiryId, StatusChange> statuses() {
        return call("read inquiry statuses from", Statuses::current, false);
    }

    /**
     * Every stored inquiry with its due date and current state, ordered by due date (overdue
     * first), then by id.
     */
    public List<Deadline> deadlines() {
        return call("read deadlines from", h -> {
            List<Deadline> all = new java.util.ArrayList<>();
            for (StatusChange status : Statuses.current(h).values()) {
                RecordTypes.inquiry(h, status.inquiry()).ifPresent(i -> all.add(Deadline.of(i, status)));
            }
            all.sort(Deadline.ORDER);
            return all;
        }, true);
    }

    /** {@link #deadlines()} of the inquiries whose answer has not been sent (status before versandt). */
    public List<Deadline> openDeadlines() {
        return deadlines().stream().filter(d -> d.status().status().isOpen()).toList();
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
            if (pinned != null) {
                return callback.withHandle(pinned);
            }
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
