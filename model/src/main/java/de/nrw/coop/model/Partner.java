package de.nrw.coop.model;

/**
 * An organisation NRW cooperates with, abroad or at home (a German court hosting a visit is one too).
 *
 * @param key         natural key in datasets ("knpu")
 * @param name        German name ("Korean National Police University")
 * @param nativeName  name in its own script ("경찰대학"); optional
 * @param countryCode ISO code of the country it belongs to
 * @param level       staatlich or nichtstaatlich
 * @param kind        what kind of organisation
 */
public record Partner(String key, String name, String nativeName, String countryCode, Level level, PartnerKind kind) {
    public Partner {
        key = Check.key(key, "key");
        name = Check.text(name, "name");
        nativeName = Check.optionalText(nativeName);
        countryCode = Check.text(countryCode, "country");
        Check.notNull(level, "level");
        Check.notNull(kind, "kind");
    }

    /** How reports name the partner: "Korean National Police University (경찰대학)", the native name only if known. */
    public String label() {
        return nativeName == null ? name : name + " (" + nativeName + ")";
    }
}
