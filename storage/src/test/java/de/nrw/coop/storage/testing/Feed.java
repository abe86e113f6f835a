package de.nrw.coop.storage.testing;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Model records arranged in "files", fed to the store's import the way the dataset reader does:
 * records with their places (record n of a file stands on line n), the references each record
 * makes, and a SHA-256 per file. Lets store tests import without writing YAML.
 *
 * <pre>{@code
 * Feed feed = new Feed().file("a.yaml").add(country).add(partner).file("b.yaml").add(activity);
 * feed.importInto(store);
 * }</pre>
 */
public final class Feed implements CoopStore.Reader {
    private final List<FileEntries> files = new ArrayList<>();

    private record Entry(Object record, List<Problem> problems) {}

    private static final class FileEntries {
        final String name;
        final List<Entry> entries = new ArrayList<>();

        FileEntries(String name) {
            this.name = name;
        }
    }

    /** Starts a new file; the following records go into it. */
    public Feed file(String name) {
        files.add(new FileEntries(name));
        return this;
    }

    /** Adds a record (Country, Department, Partner, Agreement, Project, Activity, Funding, Settlement, KeyFigure, Inquiry). */
    public Feed add(Object... records) {
        if (files.isEmpty()) {
            file("dataset.yaml");
        }
        for (Object r : records) {
            files.get(files.size() - 1).entries.add(new Entry(r, List.of()));
        }
        return this;
    }

    /** Adds a line that the "reader" found wrong: the problem is reported at the next line number. */
    public Feed problem(String path, String message) {
        if (files.isEmpty()) {
            file("dataset.yaml");
        }
        FileEntries f = files.get(files.size() - 1);
        f.entries.add(new Entry(null, List.of(new Problem(f.name, f.entries.size() + 1, 1, path, message))));
        return this;
    }

    /** The files as sources (their bytes: one line per record). */
    public List<DatasetSource> sources() {
        List<DatasetSource> sources = new ArrayList<>();
        for (FileEntries f : files) {
            byte[] bytes = text(f).getBytes(StandardCharsets.UTF_8);
            sources.add(new DatasetSource(f.name, () -> new ByteArrayInputStream(bytes)));
        }
        return sources;
    }

    /** Imports the feed's files into the store. */
    public ImportResult importInto(CoopStore store) {
        return store.importFiles(sources(), this);
    }

    @Override
    public void read(List<DatasetSource> sources, DatasetSink sink) {
        Map<String, FileEntries> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.name, f));
        for (DatasetSource source : sources) {
            FileEntries f = byName.get(source.name());
            sink.startFile(f.name);
            Map<String, Integer> counters = new HashMap<>();
            for (int i = 0; i < f.entries.size(); i++) {
                Entry e = f.entries.get(i);
                e.problems().forEach(sink::problem);
                if (e.record() != null) {
                    int line = i + 1;
                    RecordType<?> type = typeOf(e.record());
                    int index = counters.merge(type.section(), 1, Integer::sum) - 1;
                    feed(sink, type, e.record(), new Origin(f.name, line, 3, type.section() + "[" + index + "]"));
                }
            }
            sink.endFile(f.name, sha256(text(f)));
        }
    }

    private static String text(FileEntries f) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : f.entries) {
            sb.append(e.record() != null ? e.record() : e.problems()).append('\n');
        }
        return sb.toString();
    }

    /** The record type of a model record. */
    private static RecordType<?> typeOf(Object record) {
        for (RecordType<?> t : RecordTypes.ALL) {
            if (t.type().isInstance(record)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a dataset record: " + record);
    }

    /** Passes the record and the references it makes, as the dataset reader does. */
    static <T> void feed(DatasetSink sink, RecordType<T> type, Object record, Origin o) {
        T r = type.type().cast(record);
        sink.record(type, r, o);
        String from = type.describe(type.key(r));
        for (Map.Entry<String, Field<T>> e : type.leaves().entrySet()) {
            Field<T> field = e.getValue();
            if (field.target() == null) {
                continue;
            }
            List<String> keys = field.keysIn(r);
            String path = o.path() + "." + e.getKey();
            for (int i = 0; i < keys.size(); i++) {
                // the referring field's line is the record's line
                sink.reference(new Reference(o.file(), o.line(), o.column(),
                        field.type().isList() ? path + "[" + i + "]" : path, from, field.target(), keys.get(i)));
            }
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
