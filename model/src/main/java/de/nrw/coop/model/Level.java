package de.nrw.coop.model;

/** Whether a partner or a cooperation is on the state level or not. */
public enum Level {
    STAATLICH("staatlich"),
    NICHTSTAATLICH("nichtstaatlich");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The German word used in reports and in datasets. */
    public String label() {
        return label;
    }
}
