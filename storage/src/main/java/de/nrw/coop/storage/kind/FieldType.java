package de.nrw.coop.storage.kind;

/**
 * The types a field of a record can have: how the dataset reader parses it, how the workbook
 * formats its cells, and how {@code docs/dataset-format.md} names it.
 */
public enum FieldType {
    /** A text; line breaks in a paragraph are folded to spaces. */
    TEXT(false),
    /** The natural key of the record itself (a text, e.g. {@code knpu}). */
    KEY(false),
    /** A day, {@code YYYY-MM-DD}. */
    DAY(false),
    /** A date known to the year, month or day. */
    PARTIAL_DATE(false),
    /** A year, four digits. */
    YEAR(false),
    /** A whole number. */
    WHOLE_NUMBER(false),
    /** A decimal number, read from its text, never through floating point. */
    NUMBER(false),
    /** One of the dataset words of an enum ({@link Words}). */
    WORD(false),
    /** The key of a record of another type. */
    REFERENCE(false),
    /** A list of texts. */
    TEXTS(true),
    /** A list of days. */
    DAYS(true),
    /** A list of words. */
    WORDS(true),
    /** A list of keys of records of another type. */
    REFERENCES(true),
    /** A nested mapping of further fields. */
    MAPPING(false);

    private final boolean list;

    FieldType(boolean list) {
        this.list = list;
    }

    /** Whether the field holds a list. */
    public boolean isList() {
        return list;
    }
}
