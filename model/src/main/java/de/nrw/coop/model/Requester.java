package de.nrw.coop.model;

/**
 * A member of the Landtag who signed an inquiry.
 *
 * @param name   full name ("Sven Werner Tritschler")
 * @param gender for the grammar of the requester line
 * @param group  parliamentary group as it writes itself ("AfD", "BÜNDNIS 90/DIE GRÜNEN", "fraktionslos")
 */
public record Requester(String name, Gender gender, String group) {
    public Requester {
        name = Check.text(name, "name");
        Check.notNull(gender, "gender");
        group = Check.text(group, "group");
    }
}
