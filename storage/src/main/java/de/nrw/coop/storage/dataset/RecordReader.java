package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.FieldType;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.kind.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the list items of one dataset file into model records, field by field as their
 * {@link RecordType} describes them, and passes each valid one to the sink. One instance per
 * file: it remembers the keys seen to report duplicates within the file.
 */
final class RecordReader {
    private final String file;
    private final DatasetSink sink;
    private final Map<RecordType<?>, KeySet> keys = new HashMap<>();
    /** The sheet being read in a workbook, null in a YAML file. */
    private String sheet;

    /** Opens the file again to find a spot inside a value; null when it cannot be reopened. */
    private final DatasetSource.Opener opener;
    private List<String> lines;

    RecordReader(String file, DatasetSink sink) {
        this(file, sink, null);
    }

    RecordReader(String file, DatasetSink sink, DatasetSource.Opener opener) {
        this.file = file;
        this.sink = sink;
        this.opener = opener;
    }

    /**
     * The 1-based line and column of the first {@code needle} at or after the start of
     * {@code value} in the file: a spot inside a folded paragraph, for a problem that belongs to a
     * word of it. The scalar's own place when the file cannot be read again or the needle is not
     * found (it never spans a line break: needles hold no blanks). Only problems call this.
     */
    int[] locate(Node.Scalar value, String needle) {
        if (opener != null && lines == null) {
            try (java.io.InputStream in = opener.open()) {
                lines = List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1));
            } catch (java.io.IOException | RuntimeException e) {
                lines = List.of();
            }
        }
        if (lines != null) {
            // a paragraph is not longer than this; a needle further on is not in it
            int last = Math.min(lines.size(), value.line() + 500);
            for (int l = value.line() - 1; l >= 0 && l < last; l++) {
                int from = l == value.line() - 1 ? Math.max(0, value.column() - 1) : 0;
                int at = lines.get(l).indexOf(needle, Math.min(from, lines.get(l).length()));
                if (at >= 0) {
                    return new int[] {l + 1, at + 1};
                }
            }
        }
        return new int[] {value.line(), value.column()};
    }

    /** The workbook sheet the next records stand on. */
    void sheet(String name) {
        sheet = name;
    }

    /** Reads one list item of a section and passes the record, its references and its problems on. */
    void read(RecordType<?> type, Node item, String path, List<Problem> composeProblems) {
        Scope scope = new Scope(file, sheet, path, item, type.word());
        scope.problems.addAll(composeProblems);
        if (type.isFlat()) {
            flat(type, scope);
        } else if (type == RecordTypes.INQUIRIES) {
            new InquiryReader(scope, this).read(sink);
        } else {
            throw new IllegalStateException("no reader for " + type.section());
        }
        finish(scope);
    }

    /** Problems and references of a record go to the sink after the record itself. */
    private void finish(Scope scope) {
        for (Reference r : scope.references()) {
            sink.reference(r);
        }
        for (Problem p : scope.problems) {
            sink.problem(p);
        }
    }

    private <T> void flat(RecordType<T> type, Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, type.article(), names(type.fields()));
        if (f == null) {
            return;
        }
        Values values = new Values();
        read(f, "", type.fields(), values);
        String key = type.key(values);
        String name = type.name(values);
        if (key != null) {
            List<String> keyFields = type.keyFields();
            // a key of one field is reported at that field, a key of several at the record
            boolean one = keyFields.size() == 1;
            key(scope, type, key, name, one ? f.map.get(keyFields.get(0)) : f.map,
                    one ? f.pathOf(keyFields.get(0)) : f.path);
        }
        if (scope.ok()) {
            T record = scope.build(f.map, f.path, Map.of(), () -> type.build(values));
            if (record != null) {
                sink.record(type, record, scope.origin());
            }
        }
    }

    private static List<String> names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::name).toList();
    }

    /** Reads the fields of one mapping into {@code values}, under {@code prefix}. */
    private static void read(Fields f, String prefix, List<? extends Field<?>> fields, Values values) {
        for (Field<?> field : fields) {
            String name = field.name();
            boolean required = field.isRequired();
            if (field.type() == FieldType.MAPPING) {
                Fields nested = f.nested(name, required, field.what(), names(field.nested()));
                if (nested != null) {
                    read(nested, prefix + name + ".", field.nested(), values);
                } else {
                    for (Field<?> n : field.nested()) {
                        values.put(prefix + name + "." + n.name(), n.type().isList() ? List.of() : null);
                    }
                }
                continue;
            }
            Object value = switch (field.type()) {
                case TEXT, KEY -> required ? f.text(name, field.textLimit()) : f.optionalText(name, field.textLimit());
                case DAY -> f.date(name, required);
                case PARTIAL_DATE -> f.partialDate(name, required);
                case YEAR, WHOLE_NUMBER -> f.integer(name, required);
                case NUMBER -> f.decimal(name, required, field.decimalLimit());
                case WORD -> f.word(name, required, field.words());
                case REFERENCE -> f.reference(name, required, field.target());
                case TEXTS -> f.texts(name, field.textLimit());
                case DAYS -> f.dates(name);
                case WORDS -> f.wordList(name, field.words());
                case REFERENCES -> f.references(name, field.target(), required);
                case MAPPING -> throw new IllegalStateException("handled above");
            };
            values.put(prefix + name, value);
        }
        for (Field<?> field : fields) {
            if (field.orElseField() != null && values.get(prefix + field.name()) == null) {
                values.put(prefix + field.name(), values.get(prefix + field.orElseField()));
            }
        }
    }

    /** Notes a natural key; a second record with the same key in the file is a problem. */
    private void key(Scope scope, RecordType<?> type, String key, String what, Node at, String atPath) {
        scope.from = what;
        int first = keys.computeIfAbsent(type, t -> new KeySet()).add(key, at.line());
        if (first != 0) {
            scope.problem(at, atPath, "duplicate " + what + " in this file" + (first > 0 ? "; the first is at "
                    + (sheet == null ? "line " : "row ") + first : "") + " (each " + type.noun() + " appears once per file)");
        }
    }

    /** Used by {@link InquiryReader} for the inquiry's id. */
    void inquiryKey(Scope scope, String id, Node at, String atPath) {
        key(scope, RecordTypes.INQUIRIES, id, RecordTypes.INQUIRIES.name(List.of(id)), at, atPath);
    }
}
