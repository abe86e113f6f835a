package de.nrw.coop.model;

/** What kind of activity took place. */
public enum ActivityKind {
    VISIT("Besuch"),
    DELEGATION("Delegationsreise"),
    SYMPOSIUM("Symposium"),
    EVENT("Veranstaltung");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
