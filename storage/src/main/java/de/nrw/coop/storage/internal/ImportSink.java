package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import de.nrw.coop.storage.internal.jdbc.Batch;
import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.kind.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** The places records come from, a file or a workbook's sheet, as the key index numbers them. */
    private final Map<List<String>, Integer> placeIndex = new HashMap<>();
    private final List<String[]> places = new ArrayList<>();
    private final List<String[]> finishedFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final KeyIndex seen = new KeyIndex();
    /** The keys of the types records refer to, in the store and in this import. */
    private final Map<RecordType<?>, Set<String>> storeKeys = new HashMap<>();
    private final Map<RecordType<?>, Set<String>> importKeys = new HashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /**
     * Keys the records themselves name but that were unknown when the record arrived, with the
     * first record naming each: a safety net, so integrity holds even if a reader left out a
     * {@link #reference} (the reader's references carry the exact place and are reported first).
     */
    private final Map<String, Problem> named = new LinkedHashMap<>();
    private final Map<String, Named> namedKeys = new HashMap<>();
    private final Map<RecordType<?>, Buffer<?>> buffers = new LinkedHashMap<>();
    /** The inquiries of this import, with the file each came from: each gets its first status entry. */
    private final Map<InquiryId, Imported> inquiries = new LinkedHashMap<>();

    private record Imported(boolean published, String file) {}

    /** Who imports, recorded with the import and in the history of its inquiries; null where unknown. */
    private final String user;
    /** A check that will be rolled back: takes no import number, since a sequence does not roll back. */
    private boolean checkOnly;

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

    /** A key a record names, by its type. */
    private record Named(RecordType<?> type, String key) {}

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
        for (RecordType<?> type : RecordTypes.ALL) {
            buffers.put(type, new Buffer<>(type, isEmpty(type.table().name())));
        }
        for (RecordType<?> type : RecordTypes.referred()) {
            Table<?> t = type.table();
            storeKeys.put(type, new HashSet<>(handle.createQuery("SELECT " + t.keyColumns().get(0) + " FROM " + t.name())
                    .mapTo(String.class).list()));
            importKeys.put(type, new HashSet<>());
        }
        handle.createQuery("SELECT inquiry_period || '/' || inquiry_number, question_ds_period || '/' ||"
                        + " question_ds_number, answer_ds_period || '/' || answer_ds_number FROM inquiry")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(row -> {
                    storedDrucksachen.put(row[1], new DrucksacheUse(row[0], "question", null));
                    if (row[2] != null) {
                        storedDrucksachen.put(row[2], new DrucksacheUse(row[0], "answer", null));
                    }
                });
    }

    /**
     * Marks this import as a check its caller rolls back: it records itself under the number 0
     * instead of taking the next one from the sequence (sequences ignore rollbacks, so every
     * check would leave a gap in the numbers of the recorded imports).
     */
    public ImportSink checkOnly() {
        this.checkOnly = true;
        return this;
    }

    private boolean isEmpty(String table) {
        return handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY) t")
                .mapTo(Integer.class).one() == 0;
    }

    // ---- DatasetSink -------------------------------------------------------------------------

    @Override
    public void startFile(String name) {
        fileIndex(name);
    }

    @Override
    public <T> void record(RecordType<T> type, T record, Origin origin) {
        Set<String> keys = importKeys.get(type);
        if (keys != null) {
            keys.add(type.key(record));
        }
        if (accept(type, record, origin)) {
            warnings.addAll(type.warnings(record));
            if (record instanceof Inquiry inquiry) {
                inquiries.put(inquiry.id(), new Imported(!inquiry.isDraft(), origin.file()));
                // the one check of a single type: a Drucksache number belongs to one document
                useDrucksache(inquiry.questionDrucksache().toString(), new DrucksacheUse(inquiry.id().toString(),
                        "question", origin));
                if (inquiry.answerDrucksache() != null) {
                    useDrucksache(inquiry.answerDrucksache().toString(), new DrucksacheUse(inquiry.id().toString(),
                            "answer", origin));
                }
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
        Pending p = pending.computeIfAbsent(reference.targetType().section() + ' ' + reference.targetKey(),
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
            Named n = namedKeys.get(e.getKey());
            if (!pending.containsKey(e.getKey()) && !resolved(n.type(), n.key())) {
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
                problems.add(new Problem(last.file(), last.sheet(), last.line(), last.column(), last.path(), p.more
                        + " more references to " + last.targetType().word() + " '" + last.targetKey()
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
            // a workbook's sheets in the order their first problem was found (the order they were read)
            Map<String, Integer> sheetRank = new HashMap<>();
            for (Problem p : problems) {
                sheetRank.putIfAbsent(p.file() + '\u0000' + p.sheet(), sheetRank.size());
            }
            sorted.sort(Comparator.comparingInt((Problem p) -> fileRank(p.file()))
                    .thenComparing(p -> p.file() == null ? "" : p.file())
                    .thenComparingInt(p -> sheetRank.get(p.file() + '\u0000' + p.sheet()))
                    .thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new DatasetException(sorted);
        }
        return record();
    }

    private ImportResult record() {
        long id = checkOnly ? 0 : nextId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        // a new inquiry's history starts with its import; one that has a history keeps it unchanged
        String historyUser = user != null && !user.isBlank() ? user : System.getProperty("user.name", "coop");
        for (Map.Entry<InquiryId, Imported> e : inquiries.entrySet()) {
            Statuses.imported(handle, e.getKey(), e.getValue().published(), e.getValue().file(), now.toInstant(),
                    historyUser == null || historyUser.isBlank() ? "coop" : historyUser);
        }
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
            added.put(buffer.type.section(), buffer.added);
            changed.put(buffer.type.section(), buffer.changed);
            handle.createUpdate("INSERT INTO import_count (import_id, kind_name, added, changed)"
                            + " VALUES (:id, :kind, :added, :changed)")
                    .bind("id", id).bind("kind", buffer.type.section()).bind("added", buffer.added)
                    .bind("changed", buffer.changed).execute();
        }
        return new ImportResult(id, added, changed, List.copyOf(warnings));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private long nextId() {
        try {
            // the standard's NEXT VALUE FOR is H2's; PostgreSQL has only nextval()
            boolean postgres = handle.getConnection().getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            return handle.createQuery(postgres ? "SELECT nextval('import_id_seq')" : "SELECT NEXT VALUE FOR import_id_seq")
                    .mapTo(Long.class).one();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take an import id: " + e.getMessage(), e);
        }
    }

    private boolean resolved(Reference r) {
        return resolved(r.targetType(), r.targetKey());
    }

    private boolean resolved(RecordType<?> type, String key) {
        return importKeys.get(type).contains(key) || storeKeys.get(type).contains(key);
    }

    /** Notes the keys a record names that are not (yet) known. */
    private <T> void checkNames(RecordType<T> type, T record, String from, Origin origin) {
        for (Field<T> field : type.references()) {
            RecordType<?> target = field.target();
            for (String key : field.keysIn(record)) {
                if (!resolved(target, key)) {
                    String id = target.section() + ' ' + key;
                    if (named.putIfAbsent(id, origin.problem(from + " refers to " + target.word() + " '" + key
                            + "', which is neither in this import nor in the store")) == null) {
                        namedKeys.put(id, new Named(target, key));
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

    private int placeIndex(String file, String sheet) {
        return placeIndex.computeIfAbsent(java.util.Arrays.asList(file, sheet), k -> {
            places.add(new String[] {file, sheet});
            return places.size() - 1;
        });
    }

    private int fileRank(String name) {
        int i = fileOrder.indexOf(name);
        return i >= 0 ? i : fileOrder.size() + fileIndex(name);
    }

    /** Checks the key is new to this import, then buffers the record; false if it is a duplicate. */
    private <T> boolean accept(RecordType<T> type, T record, Origin origin) {
        String key = type.key(record);
        KeyIndex.Place first = seen.add(type.section(), key, placeIndex(origin.file(), origin.sheet()), origin.line(),
                origin.column());
        if (first != null) {
            String[] place = places.get(first.file());
            String where = Problem.location(place[0], place[1], first.line(), first.column());
            problems.add(origin.problem(type.describe(key) + " is given twice: first at " + where
                    + ", again here; each " + type.word() + " may appear once per import"));
            discardBuffers();
            return false;
        }
        checkNames(type, record, type.describe(key), origin);
        if (problems.isEmpty()) {
            @SuppressWarnings("unchecked")
            Buffer<T> buffer = (Buffer<T>) buffers.get(type);
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

    /** Records of one type waiting to be compared with the store and written. */
    private final class Buffer<T> {
        final RecordType<T> type;
        /** The store had no record of this type when the import began: nothing to compare with. */
        final boolean storeWasEmpty;
        final LinkedHashMap<String, T> rows = new LinkedHashMap<>();
        int added;
        int changed;

        Buffer(RecordType<T> type, boolean storeWasEmpty) {
            this.type = type;
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
            Table<T> table = type.table();
            Map<String, T> stored = new HashMap<>();
            if (!storeWasEmpty) {
                Set<String> lookup = new HashSet<>();
                for (T row : rows.values()) {
                    lookup.add(type.lookupKey(row));
                }
                for (T row : table.loader().load(handle, lookup)) {
                    stored.put(type.key(row), row);
                }
            }
            List<T> inserts = new ArrayList<>();
            List<T> replaced = new ArrayList<>();
            for (Map.Entry<String, T> e : rows.entrySet()) {
                T old = stored.get(e.getKey());
                if (old == null) {
                    inserts.add(e.getValue());
                    added++;
                } else if (!table.normalize().apply(old).equals(table.normalize().apply(e.getValue()))) {
                    replaced.add(old);
                    inserts.add(e.getValue());
                    changed++;
                }
            }
            rows.clear();
            try {
                // a changed record is deleted with its child rows and inserted anew: no stale children
                if (!replaced.isEmpty()) {
                    delete(replaced);
                }
                if (!inserts.isEmpty()) {
                    table.inserter().write(handle.getConnection(), inserts);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write " + type.section() + ": " + e.getMessage(), e);
            }
        }

        /** Deletes by the table's own deleter, or by the key columns (an absent key text is stored as ''). */
        private void delete(List<T> rows) throws SQLException {
            Table<T> table = type.table();
            if (table.deleter() != null) {
                table.deleter().write(handle.getConnection(), rows);
                return;
            }
            String sql = "DELETE FROM " + table.name() + " WHERE " + String.join(" AND ",
                    table.keyColumns().stream().map(c -> c + " = ?").toList());
            List<Field<T>> keyFields = type.keyFields().stream().map(k -> type.leaves().get(k)).toList();
            try (Batch b = new Batch(handle.getConnection(), sql)) {
                for (T row : rows) {
                    for (Field<T> f : keyFields) {
                        Object v = f.valueOf(row);
                        if (v instanceof Integer i) {
                            b.integer(i);
                        } else {
                            b.text(v == null ? "" : v.toString());
                        }
                    }
                    b.add();
                }
            }
        }
    }
}
