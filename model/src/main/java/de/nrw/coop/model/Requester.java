package de.nrw.coop.model;

/**
 * Who asked an inquiry: a member of the Landtag ({@code name} and {@code gender} set) or a
 * parliamentary group itself, a Fraktion ({@code name} and {@code gender} null), as a Große Anfrage
 * is asked.
 *
 * @param name   full name ("Sven Werner Tritschler"); null for a Fraktion
 * @param gender for the grammar of the requester line; null for a Fraktion
 * @param group  parliamentary group as it writes itself ("AfD", "BÜNDNIS 90/DIE GRÜNEN", "fraktionslos")
 */
public record Requester(String name, Gender gender, String group) {
    public Requester {
        name = Check.optionalText(name);
        group = Check.text(group, "group");
        if ((name == null) != (gender == null)) {
            throw new ModelException(name == null ? "name" : "gender", "a member needs name and gender;"
                    + " a Fraktion (group " + group + ") has neither");
        }
    }

    /** The Fraktion {@code group} itself as requester. */
    public static Requester fraktion(String group) {
        return new Requester(null, null, group);
    }

    /** Whether the group itself asks, not one of its members. */
    public boolean isFraktion() {
        return name == null;
    }
}
