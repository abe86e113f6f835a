package de.nrw.coop.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An NRW ministry (Ressort), valid for a period: ministries are renamed and recut between
 * legislative periods, so the same abbreviation may stand for different names over time.
 *
 * @param key          natural key in datasets; usually the abbreviation, e.g. "MWIDE-17"
 * @param abbreviation as used inside answers ("IM", "JM", "MWIDE")
 * @param name         full name ("Ministerium des Innern")
 * @param validFrom    first day of this name; optional
 * @param validTo      last day of this name; optional (still valid)
 * @param units        subordinate agencies named with it ("NRW.INVEST"); optional
 */
public record Department(String key, String abbreviation, String name, LocalDate validFrom, LocalDate validTo,
                         List<String> units) {
    public Department {
        key = Check.key(key, "key");
        abbreviation = Check.text(abbreviation, "abbreviation");
        name = Check.text(name, "name");
        units = Check.list(units, "units");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new ModelException("validTo", "validTo " + validTo + " lies before validFrom " + validFrom);
        }
    }

    /** Whether this name was in use on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
