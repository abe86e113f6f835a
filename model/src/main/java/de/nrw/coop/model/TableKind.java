package de.nrw.coop.model;

/** The data tables an answer can ask the store to compute. */
public enum TableKind {
    /** Visits and other activities per year and direction. */
    VISITS_PER_YEAR("visits-per-year"),
    /** Projects by partner and kind of support. */
    PROJECTS("projects"),
    /** Agreements with their renewals. */
    AGREEMENTS("agreements"),
    /** Funding per project and year, with a total row. */
    FUNDING("funding"),
    /** Companies settled per year or period. */
    SETTLEMENTS("settlements");

    private final String id;

    TableKind(String id) {
        this.id = id;
    }

    /** The name datasets use ("visits-per-year"). */
    public String id() {
        return id;
    }

    public static TableKind byId(String id) {
        for (TableKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new ModelException("table", "unknown table '" + id + "'; expected one of " + ids());
    }

    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (TableKind kind : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(kind.id);
        }
        return sb.toString();
    }
}
