package de.nrw.coop.model;

/** Which way a visit or delegation travelled, seen from NRW. */
public enum Direction {
    /** A foreign delegation came to NRW. */
    TO_NRW("nach NRW"),
    /** A delegation from NRW went abroad. */
    FROM_NRW("aus NRW");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
