package de.nrw.coop.storage.kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of record, described once: the list it forms in a dataset file, its fields, its
 * natural key, the references it makes, how it is built from parsed values and how it is stored.
 * The dataset reader, the import, the data-entry workbook and the documentation check all work
 * from these descriptors ({@link RecordTypes}); adding a kind of record means adding one of them,
 * its migration and its report queries.
 *
 * @param <T> the model record
 */
public final class RecordType<T> {
    private final Class<T> type;
    private final String section;
    private final String word;
    private final String article;
    private final String label;
    private final List<Field<T>> fields;
    private final Map<String, Field<T>> leaves;
    private final List<String> key;
    private final Function<List<String>, String> keyText;
    private final Function<List<String>, String> naming;
    private final Function<Values, T> builder;
    private final Function<T, List<String>> warnings;
    private final Table<T> table;

    private RecordType(Builder<T> b) {
        this.type = b.type;
        this.section = b.section;
        this.word = b.word;
        this.article = b.article;
        this.label = b.label;
        this.fields = List.copyOf(b.fields);
        Map<String, Field<T>> leaves = new LinkedHashMap<>();
        for (Field<T> f : fields) {
            if (f.type() == FieldType.MAPPING) {
                f.nested().forEach(n -> leaves.put(f.name() + "." + n.name(), n));
            } else {
                leaves.put(f.name(), f);
            }
        }
        this.leaves = Collections.unmodifiableMap(leaves);
        this.key = List.copyOf(b.key);
        this.keyText = b.keyText;
        this.naming = b.naming != null ? b.naming : parts -> describe(keyText.apply(parts));
        this.builder = b.builder;
        this.warnings = b.warnings;
        this.table = Objects.requireNonNull(b.table, "record type " + section + " needs a table");
        for (String k : key) {
            if (!leaves.containsKey(k)) {
                throw new IllegalStateException("key field '" + k + "' is not a field of " + section);
            }
        }
        if (table.deleter() == null && key.size() != table.keyColumns().size()) {
            throw new IllegalStateException(section + ": " + key.size() + " key fields but key columns "
                    + table.keyColumns());
        }
        if (builder != null) {
            fields.forEach(f -> f.freeze(section, false));
        }
    }

    public static <T> Builder<T> builder(Class<T> type, String section, String word, String article, String label) {
        return new Builder<>(type, section, word, article, label);
    }

    /** The model class. */
    public Class<T> type() {
        return type;
    }

    /** The name of its list in a dataset file and of its counts in an import: {@code keyFigures}. */
    public String section() {
        return section;
    }

    /** One record in words: {@code key figure}. */
    public String word() {
        return word;
    }

    /** One record with its article: {@code a key figure}. */
    public String article() {
        return article;
    }

    /** The German name of its sheet in the data-entry workbook: {@code Kennzahlen}. */
    public String label() {
        return label;
    }

    /** The fields in dataset order; a mapping holds its own. */
    public List<Field<T>> fields() {
        return fields;
    }

    /** Every field that holds a value, by path ({@code hosts.partners}), in dataset order. */
    public Map<String, Field<T>> leaves() {
        return leaves;
    }

    /** The paths of the natural key's fields. */
    public List<String> keyFields() {
        return key;
    }

    /**
     * Whether records of this type are read field by field from this descriptor (and so can be
     * entered in the workbook); false for inquiries, whose questions and answers nest.
     */
    public boolean isFlat() {
        return builder != null;
    }

    /** Builds the record from its parsed values; throws the model's exception for invalid values. */
    public T build(Values values) {
        if (builder == null) {
            throw new IllegalStateException(section + " are not read field by field");
        }
        return builder.apply(values);
    }

    /** Warnings an import reports for a record it accepts (an inquiry with many questions). */
    public List<String> warnings(T record) {
        return warnings == null ? List.of() : warnings.apply(record);
    }

    public Table<T> table() {
        return table;
    }

    /** The natural key as text, as messages quote it: {@code KR}, {@code KR 2017–2020}. */
    public String key(T record) {
        List<String> parts = new ArrayList<>(key.size());
        for (String k : key) {
            Object v = leaves.get(k).valueOf(record);
            parts.add(v == null ? null : v.toString());
        }
        return keyText.apply(parts);
    }

    /** The natural key from parsed values; null if a part of it that must be there is missing. */
    public String key(Values values) {
        List<String> parts = keyParts(values);
        return parts == null ? null : keyText.apply(parts);
    }

    /**
     * A record in words as a dataset file names it, from its parsed values: {@code country 'KR'},
     * {@code funding of project 'p' for 2019}; null if a part of its key that must be there is missing.
     */
    public String name(Values values) {
        List<String> parts = keyParts(values);
        return parts == null ? null : naming.apply(parts);
    }

    /** A record in words from its key's parts as text. */
    public String name(List<String> keyParts) {
        return naming.apply(keyParts);
    }

    private List<String> keyParts(Values values) {
        List<String> parts = new ArrayList<>(key.size());
        for (String k : key) {
            String v = values.text(k);
            if (v == null && leaves.get(k).isRequired()) {
                return null;
            }
            parts.add(v);
        }
        return parts;
    }

    /** One record in words without article, as "each ... appears once per file" says: {@code funding entry}. */
    public String noun() {
        return article.substring(article.indexOf(' ') + 1);
    }

    /** The first part of the natural key, by which records are looked up in the store. */
    public String lookupKey(T record) {
        Object v = leaves.get(key.get(0)).valueOf(record);
        return v == null ? null : v.toString();
    }

    /** A record in words: {@code country 'KR'}. */
    public String describe(String keyText) {
        return word + " '" + keyText + "'";
    }

    /** The fields naming records of other types. */
    public List<Field<T>> references() {
        return leaves.values().stream().filter(f -> f.target() != null).toList();
    }

    @Override
    public String toString() {
        return section;
    }

    /** Builds a {@link RecordType}. */
    public static final class Builder<T> {
        private final Class<T> type;
        private final String section;
        private final String word;
        private final String article;
        private final String label;
        private final List<Field<T>> fields = new ArrayList<>();
        private List<String> key = List.of();
        private Function<List<String>, String> keyText = Builder::joined;
        private Function<List<String>, String> naming;
        private Function<Values, T> builder;
        private Function<T, List<String>> warnings;
        private Table<T> table;

        private Builder(Class<T> type, String section, String word, String article, String label) {
            this.type = Objects.requireNonNull(type, "null type");
            this.section = Objects.requireNonNull(section, "null section");
            this.word = Objects.requireNonNull(word, "null word");
            this.article = Objects.requireNonNull(article, "null article");
            this.label = Objects.requireNonNull(label, "null label");
        }

        private static String joined(List<String> parts) {
            return String.join(" ", parts.stream().filter(Objects::nonNull).toList());
        }

        public Builder<T> field(Field<T> field) {
            fields.add(field);
            return this;
        }

        /** The natural key's fields, by path. */
        public Builder<T> key(String... paths) {
            key = List.of(paths);
            return this;
        }

        /** How the key's parts (as text, null for an empty optional part) read in messages; default: joined by spaces. */
        public Builder<T> keyText(Function<List<String>, String> keyText) {
            this.keyText = keyText;
            return this;
        }

        /**
         * How a dataset file's messages name a record, from its key's parts as text (null for an
         * empty optional part); default: the word and the key, {@code country 'KR'}.
         */
        public Builder<T> named(Function<List<String>, String> naming) {
            this.naming = naming;
            return this;
        }

        /** How a record is built from its parsed values; without, the type is not read field by field. */
        public Builder<T> reads(Function<Values, T> builder) {
            this.builder = builder;
            return this;
        }

        public Builder<T> warns(Function<T, List<String>> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder<T> stores(Table<T> table) {
            this.table = table;
            return this;
        }

        public RecordType<T> build() {
            return new RecordType<>(this);
        }
    }
}
