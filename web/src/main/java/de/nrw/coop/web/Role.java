package de.nrw.coop.web;

import java.util.Locale;

/** What a portal user may do; each role includes the ones before it. */
public enum Role {
    /** Controllers: every page and every download. */
    READER,
    /** Staff: adds uploads, imports and status changes. */
    STAFF;

    /** The role's name in credentials files and on pages: {@code reader}, {@code staff}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** Parses {@code reader} or {@code staff}; null where the text is neither. */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.key().equals(text)) {
                return r;
            }
        }
        return null;
    }
}
