package de.nrw.coop.model;

/** A kind of support NRW gives to a project or partnership. */
public enum SupportKind {
    SCHIRMHERRSCHAFT("Schirmherrschaft"),
    BERATUNG("Beratung"),
    FINANZIELLE_FOERDERUNG("finanzielle Förderung"),
    SACHLEISTUNG("Sachleistung"),
    AUSBILDUNG("Ausbildung"),
    WISSENSAUSTAUSCH("Wissensaustausch"),
    SONSTIGE("sonstige Unterstützung");

    private final String label;

    SupportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
