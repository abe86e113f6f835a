package de.nrw.coop.model;

/** A kind of support NRW gives to a project or partnership. */
public enum SupportKind {
    SCHIRMHERRSCHAFT("Schirmherrschaft", "Schirmherrschaft"),
    BERATUNG("Beratung", "Beratung"),
    FINANZIELLE_FOERDERUNG("finanzielle Förderung", "finanzieller Förderung"),
    SACHLEISTUNG("Sachleistung", "Sachleistung"),
    AUSBILDUNG("Ausbildung", "Ausbildung"),
    WISSENSAUSTAUSCH("Wissensaustausch", "Wissensaustausch"),
    SONSTIGE("sonstige Unterstützung", "sonstiger Unterstützung");

    private final String label;
    private final String dative;

    SupportKind(String label, String dative) {
        this.label = label;
        this.dative = dative;
    }

    /** Nominative, as in a list of kinds: "finanzielle Förderung". */
    public String label() {
        return label;
    }

    /** Dative, after "mit": "Projekte mit finanzieller Förderung", "mit sonstiger Unterstützung". */
    public String dative() {
        return dative;
    }
}
