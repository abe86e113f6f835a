package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Receives the records of one import inside its transaction and upserts them by natural key in
 * batches, counting only rows whose content really changed. It remembers just enough to check the
 * whole import at the end: where each natural key was first given (to name both places of a
 * duplicate), the keys of referable kinds, and the references not yet resolved (they may point
 * forward, into a later file). {@link #finish} either records the import or throws a
 * {@link DatasetException} with every problem, sorted by file and line; the caller rolls back.
 */
public final class ImportSink implements DatasetSink {
    /** References to one missing key kept with their places; more are only counted. */
    private static final int REFERENCES_KEPT_PER_KEY = 10;

    private final Handle handle;
    private final List<String> fileOrder;
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<String> fileNames = new ArrayList<>();
    private final List<String[]> finishedFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final KeyIndex seen = new KeyIndex();
    private final Map<Reference.Kind, Set<String>> storeKeys = new EnumMap<>(Reference.Kind.class);
    private final Map<Reference.Kind, Set<String>> importKeys = new EnumMap<>(Reference.Kind.class);
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /**
     * Keys the records themselves name but that were unknown when the record arrived, with the
     * first record naming each: a safety net, so integrity holds even if a reader left out a
     * {@link #reference} (the reader's references carry the exact place and are reported first).
     */
    private final Map<String, Problem> named = new LinkedHashMap<>();
    private final Map<Kind<?>, Buffer<?>> buffers = new LinkedHashMap<>();
    private final String user;
    /** Each Drucksache number of this import's inquiries with its first use. */
    private final Map<String, DrucksacheUse> drucksachen = new HashMap<>();
    /** Drucksache numbers of the stored inquiries; checked at the end against those not re-imported. */
    private final Map<String, DrucksacheUse> storedDrucksachen = new HashMap<>();

    /** A Drucksache as the question or answer of an inquiry, given at {@code origin} (null: in the store). */
    private record DrucksacheUse(String inquiry, String role, Origin origin) {
        String place() {
            return origin == null ? "in the store (imported earlier)"
                    : "at " + origin.file() + ":" + origin.line() + ":" + origin.column();
        }
    }

    /** Unresolved references to one key. */
    private static final class Pending {
        final List<Reference> kept = new ArrayList<>();
        int more;
    }

    /**
     * @param handle    the import's transaction
     * @param fileOrder the files' names in the order given, for sorting problems
     * @param user      who imports, recorded with the import; null where unknown
     */
    public ImportSink(Handle handle, List<String> fileOrder, String user) {
        this.handle = handle;
        this.fileOrder = List.copyOf(fileOrder);
        this.user = user;
        for (Kind<?> kind : Kind.ALL) {
            buffers.put(kind, new Buffer<>(kind, isEmpty(kind.table)));
        }
        storeKeys.put(Reference.Kind.COUNTRY, keys("SELECT country_code FROM country"));
        storeKeys.put(Reference.Kind.DEPARTMENT, keys("SELECT department_key FROM department"));
        storeKeys.put(Reference.Kind.PARTNER, keys("SELECT partner_key FROM partner"));
        storeKeys.put(Reference.Kind.AGREEMENT, keys("SELECT agreement_key FROM agreement"));
        storeKeys.put(Reference.Kind.PROJECT, keys("SELECT project_key FROM project"));
        for (Reference.Kind kind : Reference.Kind.values()) {
            importKeys.put(kind, new HashSet<>());
        }
        handle.createQuery("SELECT inquiry_period, inquiry_number, question_ds_period, question_ds_number,"
                        + " answer_ds_period, answer_ds_number FROM inquiry")
                .map((rs, ctx) -> {
                    String id = rs.getInt(1) + "/" + rs.getInt(2);
                    storedDrucksachen.put(rs.getInt(3) + "/" + rs.getInt(4), new DrucksacheUse(id, "question", null));
                    int answerPeriod = rs.getInt(5);
                    if (!rs.wasNull()) {
                        storedDrucksachen.put(answerPeriod + "/" + rs.getInt(6), new DrucksacheUse(id, "answer", null));
                    }
                    return id;
                }).list();
    }

    private boolean isEmpty(String table) {
        return handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY) t")
                .mapTo(Integer.class).one() == 0;
    }

    private Set<String> keys(String sql) {
        return new HashSet<>(handle.createQuery(sql).mapTo(String.class).list());
    }

    // ---- DatasetSink -------------------------------------------------------------------------

    @Override
    public void startFile(String name) {
        fileIndex(name);
    }

    @Override
    public void country(Country country, Origin origin) {
        importKeys.get(Reference.Kind.COUNTRY).add(country.code());
        accept(Kind.COUNTRIES, country, origin);
    }

    @Override
    public void department(Department department, Origin origin) {
        importKeys.get(Reference.Kind.DEPARTMENT).add(department.key());
        accept(Kind.DEPARTMENTS, department, origin);
    }

    @Override
    public void partner(Partner partner, Origin origin) {
        importKeys.get(Reference.Kind.PARTNER).add(partner.key());
        accept(Kind.PARTNERS, partner, origin);
    }

    @Override
    public void agreement(Agreement agreement, Origin origin) {
        importKeys.get(Reference.Kind.AGREEMENT).add(agreement.key());
        accept(Kind.AGREEMENTS, agreement, origin);
    }

    @Override
    public void project(Project project, Origin origin) {
        importKeys.get(Reference.Kind.PROJECT).add(project.key());
        accept(Kind.PROJECTS, project, origin);
    }

    @Override
    public void activity(Activity activity, Origin origin) {
        accept(Kind.ACTIVITIES, activity, origin);
    }

    @Override
    public void funding(Funding funding, Origin origin) {
        accept(Kind.FUNDING, funding, origin);
    }

    @Override
    public void settlement(Settlement settlement, Origin origin) {
        accept(Kind.SETTLEMENTS, settlement, origin);
    }

    @Override
    public void keyFigure(KeyFigure keyFigure, Origin origin) {
        accept(Kind.KEY_FIGURES, keyFigure, origin);
    }

    @Override
    public void inquiry(Inquiry inquiry, Origin origin) {
        if (accept(Kind.INQUIRIES, inquiry, origin)) {
            warnings.addAll(inquiry.warnings());
            useDrucksache(inquiry.questionDrucksache().toString(), new DrucksacheUse(inquiry.id().toString(),
                    "question", origin));
            if (inquiry.answerDrucksache() != null) {
                useDrucksache(inquiry.answerDrucksache().toString(), new DrucksacheUse(inquiry.id().toString(),
                        "answer", origin));
            }
        }
    }

    /** A Drucksache number belongs to one document: refuses a second use within the import. */
    private void useDrucksache(String drucksache, DrucksacheUse use) {
        DrucksacheUse first = drucksachen.putIfAbsent(drucksache, use);
        if (first != null) {
            drucksacheTwice(drucksache, use, first);
        }
    }

    private void drucksacheTwice(String drucksache, DrucksacheUse use, DrucksacheUse other) {
        problems.add(use.origin().problem("Drucksache " + drucksache + " is the " + use.role() + " of inquiry "
                + use.inquiry() + " here and the " + other.role() + " of inquiry " + other.inquiry() + " "
                + other.place() + "; a Drucksache number belongs to one document"));
        discardBuffers();
    }

    /** Drucksache numbers this import shares with stored inquiries it does not replace. */
    private void checkStoredDrucksachen() {
        Set<String> reimported = new HashSet<>();
        for (DrucksacheUse use : drucksachen.values()) {
            reimported.add(use.inquiry());
        }
        List<Map.Entry<String, DrucksacheUse>> uses = new ArrayList<>(drucksachen.entrySet());
        uses.sort(Comparator.comparing((Map.Entry<String, DrucksacheUse> e) -> e.getValue().origin().line()));
        for (Map.Entry<String, DrucksacheUse> e : uses) {
            DrucksacheUse stored = storedDrucksachen.get(e.getKey());
            if (stored != null && !stored.inquiry().equals(e.getValue().inquiry())
                    && !reimported.contains(stored.inquiry())) {
                drucksacheTwice(e.getKey(), e.getValue(), stored);
            }
        }
    }

    @Override
    public void reference(Reference reference) {
        if (resolved(reference)) {
            return;
        }
        Pending p = pending.computeIfAbsent(reference.targetKind().name() + ' ' + reference.targetKey(),
                k -> new Pending());
        if (p.kept.size() < REFERENCES_KEPT_PER_KEY) {
            p.kept.add(reference);
        } else {
            p.more++;
        }
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
        discardBuffers();
    }

    @Override
    public void endFile(String name, String sha256) {
        fileIndex(name);
        finishedFiles.add(new String[] {name, sha256});
    }

    // ---- the end ---------------------------------------------------------------------------

    /**
     * Writes what is still buffered, checks references, and records the import.
     *
     * @throws DatasetException with every problem of the import, sorted by file and line
     */
    public ImportResult finish() {
        checkStoredDrucksachen();
        for (Map.Entry<String, Problem> e : named.entrySet()) {
            String[] kindAndKey = e.getKey().split(" ", 2);
            Reference.Kind kind = Reference.Kind.valueOf(kindAndKey[0]);
            if (!pending.containsKey(e.getKey()) && !resolved(kind, kindAndKey[1])) {
                problems.add(e.getValue());
            }
        }
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            if (resolved(p.kept.get(0))) {
                continue;
            }
            for (Reference r : p.kept) {
                problems.add(r.unresolved());
            }
            if (p.more > 0) {
                Reference last = p.kept.get(p.kept.size() - 1);
                problems.add(new Problem(last.file(), last.line(), last.column(), last.path(), p.more
                        + " more references to " + last.targetKind().word() + " '" + last.targetKey()
                        + "' are not shown"));
            }
        }
        if (problems.isEmpty()) {
            for (Buffer<?> buffer : buffers.values()) {
                buffer.flush();
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt((Problem p) -> fileRank(p.file()))
                    .thenComparing(p -> p.file() == null ? "" : p.file())
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new DatasetException(sorted);
        }
        return record();
    }

    private ImportResult record() {
        long id;
        try {
            // the standard's NEXT VALUE FOR is H2's; PostgreSQL has only nextval()
            boolean postgres = handle.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            id = handle.createQuery(postgres ? "SELECT nextval('import_id_seq')" : "SELECT NEXT VALUE FOR import_id_seq")
                    .mapTo(Long.class).one();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take an import id: " + e.getMessage(), e);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        // plain JDBC: both drivers take an OffsetDateTime for TIMESTAMP WITH TIME ZONE as it is
        try (PreparedStatement insert = handle.getConnection()
                .prepareStatement("INSERT INTO import_run (import_id, imported_at, imported_by) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, now);
            insert.setString(3, user);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the import: " + e.getMessage(), e);
        }
        for (int i = 0; i < finishedFiles.size(); i++) {
            handle.createUpdate("INSERT INTO import_file (import_id, pos, file_name, sha256) VALUES (:id, :pos, :name, :sha)")
                    .bind("id", id).bind("pos", i).bind("name", finishedFiles.get(i)[0])
                    .bind("sha", finishedFiles.get(i)[1]).execute();
        }
        Map<String, Integer> added = new LinkedHashMap<>();
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (Buffer<?> buffer : buffers.values()) {
            added.put(buffer.kind.name, buffer.added);
            changed.put(buffer.kind.name, buffer.changed);
            handle.createUpdate("INSERT INTO import_count (import_id, kind_name, added, changed)"
                            + " VALUES (:id, :kind, :added, :changed)")
                    .bind("id", id).bind("kind", buffer.kind.name).bind("added", buffer.added)
                    .bind("changed", buffer.changed).execute();
        }
        return new ImportResult(id, added, changed, List.copyOf(warnings));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private boolean resolved(Reference r) {
        return resolved(r.targetKind(), r.targetKey());
    }

    private boolean resolved(Reference.Kind kind, String key) {
        return importKeys.get(kind).contains(key) || storeKeys.get(kind).contains(key);
    }

    /** Notes a key the record names that is not (yet) known. */
    private void names(Reference.Kind kind, String key, String from, Origin origin) {
        if (key != null && !resolved(kind, key)) {
            named.putIfAbsent(kind.name() + ' ' + key, origin.problem(from + " refers to " + kind.word() + " '" + key
                    + "', which is neither in this import nor in the store"));
        }
    }

    private void names(Reference.Kind kind, List<String> keys, String from, Origin origin) {
        for (String key : keys) {
            names(kind, key, from, origin);
        }
    }

    /** The keys of other records a record names. */
    private void checkNames(Object record, String from, Origin o) {
        if (record instanceof Partner p) {
            names(Reference.Kind.COUNTRY, p.countryCode(), from, o);
        } else if (record instanceof Agreement a) {
            names(Reference.Kind.DEPARTMENT, a.departmentKey(), from, o);
            names(Reference.Kind.PARTNER, a.partnerKeys(), from, o);
        } else if (record instanceof Project p) {
            names(Reference.Kind.DEPARTMENT, p.leadDepartmentKey(), from, o);
            names(Reference.Kind.PARTNER, p.partnerKeys(), from, o);
            names(Reference.Kind.AGREEMENT, p.agreementKey(), from, o);
        } else if (record instanceof Activity a) {
            names(Reference.Kind.COUNTRY, a.countryCode(), from, o);
            names(Reference.Kind.DEPARTMENT, a.hostDepartmentKeys(), from, o);
            names(Reference.Kind.PARTNER, a.hostPartnerKeys(), from, o);
            names(Reference.Kind.PARTNER, a.partnerKeys(), from, o);
            names(Reference.Kind.PROJECT, a.projectKey(), from, o);
            names(Reference.Kind.AGREEMENT, a.agreementKey(), from, o);
        } else if (record instanceof Funding f) {
            names(Reference.Kind.PROJECT, f.projectKey(), from, o);
        } else if (record instanceof Settlement s) {
            names(Reference.Kind.COUNTRY, s.countryCode(), from, o);
        } else if (record instanceof KeyFigure k) {
            names(Reference.Kind.COUNTRY, k.countryCode(), from, o);
        } else if (record instanceof Inquiry i) {
            names(Reference.Kind.COUNTRY, i.countryCodes(), from, o);
            for (Question q : i.questions()) {
                for (AnswerBlock b : q.answer()) {
                    if (b instanceof AnswerBlock.DataTable t) {
                        names(Reference.Kind.COUNTRY, t.countryCodes(), from, o);
                    }
                }
            }
        }
    }

    private int fileIndex(String name) {
        return fileIndex.computeIfAbsent(name == null ? "" : name, n -> {
            fileNames.add(n);
            return fileNames.size() - 1;
        });
    }

    private int fileRank(String name) {
        int i = fileOrder.indexOf(name);
        return i >= 0 ? i : fileOrder.size() + fileIndex(name);
    }

    /** Checks the key is new to this import, then buffers the record; false if it is a duplicate. */
    private <T> boolean accept(Kind<T> kind, T record, Origin origin) {
        String key = kind.key.apply(record);
        KeyIndex.Place first = seen.add(kind.name, key, fileIndex(origin.file()), origin.line(), origin.column());
        if (first != null) {
            StringBuilder where = new StringBuilder(fileNames.get(first.file()));
            if (first.line() > 0) {
                where.append(':').append(first.line());
                if (first.column() > 0) {
                    where.append(':').append(first.column());
                }
            }
            problems.add(origin.problem(kind.word + " '" + key + "' is given twice: first at " + where
                    + ", again here; each " + kind.word + " may appear once per import"));
            discardBuffers();
            return false;
        }
        checkNames(record, kind.word + " '" + key + "'", origin);
        if (problems.isEmpty()) {
            @SuppressWarnings("unchecked")
            Buffer<T> buffer = (Buffer<T>) buffers.get(kind);
            buffer.add(key, record);
        }
        return true;
    }

    /** Once anything is wrong the import rolls back: stop writing, keep checking. */
    private void discardBuffers() {
        for (Buffer<?> buffer : buffers.values()) {
            buffer.rows.clear();
        }
    }

    /** Records of one kind waiting to be compared with the store and written. */
    private final class Buffer<T> {
        final Kind<T> kind;
        /** The store had no record of this kind when the import began: nothing to compare with. */
        final boolean storeWasEmpty;
        final LinkedHashMap<String, T> rows = new LinkedHashMap<>();
        int added;
        int changed;

        Buffer(Kind<T> kind, boolean storeWasEmpty) {
            this.kind = kind;
            this.storeWasEmpty = storeWasEmpty;
        }

        void add(String key, T record) {
            rows.put(key, record);
            if (rows.size() >= Batch.SIZE) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            Map<String, T> stored = new HashMap<>();
            if (!storeWasEmpty) {
                Set<String> lookup = new HashSet<>();
                for (T row : rows.values()) {
                    lookup.add(kind.lookupKey.apply(row));
                }
                for (T row : kind.loader.load(handle, lookup)) {
                    stored.put(kind.key.apply(row), row);
                }
            }
            List<T> inserts = new ArrayList<>();
            List<T> replaced = new ArrayList<>();
            for (Map.Entry<String, T> e : rows.entrySet()) {
                T old = stored.get(e.getKey());
                if (old == null) {
                    inserts.add(e.getValue());
                    added++;
                } else if (!kind.normalize.apply(old).equals(kind.normalize.apply(e.getValue()))) {
                    replaced.add(old);
                    inserts.add(e.getValue());
                    changed++;
                }
            }
            rows.clear();
            try {
                // a changed record is deleted with its child rows and inserted anew: no stale children
                if (!replaced.isEmpty()) {
                    kind.deleter.write(handle.getConnection(), replaced);
                }
                if (!inserts.isEmpty()) {
                    kind.inserter.write(handle.getConnection(), inserts);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write " + kind.name + ": " + e.getMessage(), e);
            }
        }
    }
}
