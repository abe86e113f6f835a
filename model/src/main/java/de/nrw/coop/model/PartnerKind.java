package de.nrw.coop.model;

/** What kind of organisation a partner is. */
public enum PartnerKind {
    GOVERNMENT("Regierung/Ministerium"),
    POLICE("Polizei"),
    COURT("Gericht"),
    UNIVERSITY("Hochschule"),
    RESEARCH("Forschungseinrichtung"),
    COMPANY("Unternehmen"),
    ASSOCIATION("Verband/Verein"),
    CITY("Kommune/Region"),
    OTHER("Sonstige");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
