package de.nrw.coop.model;

/**
 * Root of every exception the domain model throws: a value that breaks a rule of the domain.
 * The message names the record and the field and says what was expected.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ModelException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending field (e.g. {@code code}, {@code questions[2].text}). */
    public String field() {
        return field;
    }
}
