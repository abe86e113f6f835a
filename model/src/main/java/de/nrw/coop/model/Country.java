package de.nrw.coop.model;

/**
 * A partner country.
 *
 * @param code      ISO 3166-1 alpha-2 code, upper case ("KR")
 * @param name      German name as used in titles ("Südkorea")
 * @param region    German name of the world region the yearly report groups by ("Asien"); optional
 * @param adjective German adjective, uninflected, lower case ("südkoreanisch", "britisch"), for
 *                  {@code {country.adjective}} in answer templates; optional
 */
public record Country(String code, String name, String region, String adjective) {
    public Country {
        code = Check.text(code, "code");
        if (!code.matches("[A-Z]{2}")) {
            throw new ModelException("code", "country code '" + code + "' must be two upper-case letters (ISO 3166-1 alpha-2)");
        }
        name = Check.text(name, "name");
        region = Check.optionalText(region);
        adjective = Check.optionalText(adjective);
    }

    public Country(String code, String name, String region) {
        this(code, name, region, null);
    }

    public Country(String code, String name) {
        this(code, name, null, null);
    }
}
