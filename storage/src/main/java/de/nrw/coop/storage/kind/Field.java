package de.nrw.coop.storage.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a record type, described once: the dataset reader parses it from this, the
 * workbook makes its column from it, the import follows its references, and the field tables of
 * {@code docs/dataset-format.md} must agree with it (a test compares them).
 *
 * <p>Made with the static factories and completed with the fluent setters while its
 * {@link RecordType} is being built; frozen once the record type is.
 *
 * @param <T> the record the field belongs to
 */
public final class Field<T> {
    private final String name;
    private final FieldType type;
    private final Function<T, ?> value;
    private final Words<?> words;
    private final RecordType<?> target;
    private final List<Field<T>> nested;
    private final String what;
    private boolean required;
    private String orElse;
    private Limits.TextLimit textLimit = Limits.NAME;
    private Limits.DecimalLimit decimalLimit;
    private String label;
    private String help;
    private String meaning;
    private String example;
    private boolean frozen;

    private Field(String name, FieldType type, Function<T, ?> value, Words<?> words, RecordType<?> target,
                  List<Field<T>> nested, String what) {
        this.name = Objects.requireNonNull(name, "null field name");
        this.type = type;
        this.value = value;
        this.words = words;
        this.target = target;
        this.nested = List.copyOf(nested);
        this.what = what;
    }

    // ---- factories ---------------------------------------------------------------------------

    public static <T> Field<T> key(String name, Function<T, String> value) {
        return new Field<T>(name, FieldType.KEY, value, null, null, List.of(), null).required();
    }

    public static <T> Field<T> text(String name, Function<T, String> value) {
        return new Field<>(name, FieldType.TEXT, value, null, null, List.of(), null);
    }

    public static <T> Field<T> day(String name, Function<T, ?> value) {
        return new Field<>(name, FieldType.DAY, value, null, null, List.of(), null);
    }

    public static <T> Field<T> partialDate(String name, Function<T, ?> value) {
        return new Field<>(name, FieldType.PARTIAL_DATE, value, null, null, List.of(), null);
    }

    public static <T> Field<T> year(String name, Function<T, Integer> value) {
        return new Field<>(name, FieldType.YEAR, value, null, null, List.of(), null);
    }

    public static <T> Field<T> wholeNumber(String name, Function<T, Integer> value) {
        return new Field<>(name, FieldType.WHOLE_NUMBER, value, null, null, List.of(), null);
    }

    public static <T> Field<T> number(String name, Function<T, ?> value) {
        return new Field<>(name, FieldType.NUMBER, value, null, null, List.of(), null);
    }

    public static <T> Field<T> word(String name, Words<?> words, Function<T, ?> value) {
        return new Field<>(name, FieldType.WORD, value, words, null, List.of(), null);
    }

    public static <T> Field<T> reference(String name, RecordType<?> target, Function<T, String> value) {
        return new Field<>(name, FieldType.REFERENCE, value, null, Objects.requireNonNull(target, "null target"),
                List.of(), null);
    }

    public static <T> Field<T> texts(String name, Function<T, ? extends List<String>> value) {
        return new Field<>(name, FieldType.TEXTS, value, null, null, List.of(), null);
    }

    public static <T> Field<T> days(String name, Function<T, ? extends List<?>> value) {
        return new Field<>(name, FieldType.DAYS, value, null, null, List.of(), null);
    }

    public static <T> Field<T> words(String name, Words<?> words, Function<T, ? extends List<?>> value) {
        return new Field<>(name, FieldType.WORDS, value, words, null, List.of(), null);
    }

    public static <T> Field<T> references(String name, RecordType<?> target,
                                          Function<T, ? extends List<String>> value) {
        return new Field<>(name, FieldType.REFERENCES, value, null, Objects.requireNonNull(target, "null target"),
                List.of(), null);
    }

    /**
     * A nested mapping of further fields ({@code hosts: {departments: ..., partners: ...}}).
     *
     * @param what the mapping in words, for messages ("the NRW hosts")
     */
    @SafeVarargs
    public static <T> Field<T> mapping(String name, String what, Field<T>... fields) {
        return new Field<>(name, FieldType.MAPPING, null, null, null, List.of(fields), what);
    }

    // ---- completion ----------------------------------------------------------------------------

    public Field<T> required() {
        check();
        required = true;
        return this;
    }

    /** The longest text the field holds (default {@link Limits#NAME}). */
    public Field<T> limit(Limits.TextLimit limit) {
        check();
        textLimit = limit;
        return this;
    }

    /** The digits a number field holds. */
    public Field<T> limit(Limits.DecimalLimit limit) {
        check();
        decimalLimit = limit;
        return this;
    }

    /** When left empty, the field takes the value of the named sibling field ({@code to} = {@code from}). */
    public Field<T> orElse(String sibling) {
        check();
        orElse = sibling;
        return this;
    }

    /** The German column heading of the workbook and the help text of its comment. */
    public Field<T> de(String label, String help) {
        check();
        this.label = label;
        this.help = help;
        return this;
    }

    /** The "meaning" and "example" columns of the field table in {@code docs/dataset-format.md}. */
    public Field<T> doc(String meaning, String example) {
        check();
        this.meaning = meaning;
        this.example = example;
        return this;
    }

    private void check() {
        if (frozen) {
            throw new IllegalStateException("field '" + name + "' is part of a finished record type");
        }
    }

    /** Checks the field is complete: a workbook label and help always, the documentation unless nested. */
    void freeze(String owner, boolean nestedField) {
        if (label == null || help == null) {
            throw new IllegalStateException(owner + "." + name + " lacks its German label and help");
        }
        if (!nestedField && (meaning == null || example == null)) {
            throw new IllegalStateException(owner + "." + name + " lacks its documentation");
        }
        if ((type == FieldType.NUMBER) != (decimalLimit != null)) {
            throw new IllegalStateException(owner + "." + name + ": a number field, and only one, has a decimal limit");
        }
        if ((type == FieldType.WORD || type == FieldType.WORDS) != (words != null)) {
            throw new IllegalStateException(owner + "." + name + ": words belong to word fields");
        }
        for (Field<T> f : nested) {
            f.freeze(owner + "." + name, true);
        }
        frozen = true;
    }

    // ---- reading -------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** The sibling whose value an empty field takes, or null. */
    public String orElseField() {
        return orElse;
    }

    /** The longest text a text field holds. */
    public Limits.TextLimit textLimit() {
        return textLimit;
    }

    /** The digits a number field holds, else null. */
    public Limits.DecimalLimit decimalLimit() {
        return decimalLimit;
    }

    /** The words of a word field, else null. */
    public Words<?> words() {
        return words;
    }

    /** The record type a reference field names, else null. */
    public RecordType<?> target() {
        return target;
    }

    /** The fields of a mapping, else empty. */
    public List<Field<T>> nested() {
        return nested;
    }

    /** A mapping in words ("the NRW hosts"), else null. */
    public String what() {
        return what;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    public String meaning() {
        return meaning;
    }

    public String example() {
        return example;
    }

    /** The field's type as {@code docs/dataset-format.md} names it: {@code list of partner keys}. */
    public String docType() {
        return switch (type) {
            case TEXT -> "text";
            case KEY -> "key";
            case DAY -> "day";
            case PARTIAL_DATE -> "partial date";
            case YEAR -> "year";
            case WHOLE_NUMBER -> "whole number";
            case NUMBER -> "number";
            case WORD -> "word";
            case REFERENCE -> keyWord(false);
            case TEXTS -> "list of texts";
            case DAYS -> "list of days";
            case WORDS -> "list of words";
            case REFERENCES -> "list of " + keyWord(true);
            case MAPPING -> "mapping";
        };
    }

    /** {@code partner key}, {@code country codes}: a country's key is its code. */
    private String keyWord(boolean plural) {
        String noun = target == RecordTypes.COUNTRIES ? "code" : "key";
        return target.word() + " " + noun + (plural ? "s" : "");
    }

    /** The field's value in a record (a list for list fields); not for mappings. */
    public Object valueOf(T record) {
        if (value == null) {
            throw new IllegalStateException("a mapping has no value of its own: " + name);
        }
        return value.apply(record);
    }

    /** The keys a reference field names in a record (none if it is empty). */
    public List<String> keysIn(T record) {
        Object v = valueOf(record);
        if (v == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(k -> keys.add((String) k));
        } else {
            keys.add((String) v);
        }
        return keys;
    }

    @Override
    public String toString() {
        return name;
    }
}
