package de.nrw.coop.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure about a partner country and NRW, with its source.
 *
 * @param key         natural key in datasets ("kr-residents")
 * @param countryCode the country
 * @param label       German label ("in NRW lebende Südkoreaner")
 * @param value       the figure
 * @param unit        "Personen", "Unternehmen", "Prozent", ...
 * @param asOf        the day the figure stands for; optional
 * @param source      where it comes from
 */
public record KeyFigure(String key, String countryCode, String label, BigDecimal value, String unit,
                        LocalDate asOf, Source source) {
    public KeyFigure {
        key = Check.key(key, "key");
        countryCode = Check.text(countryCode, "country");
        label = Check.text(label, "label");
        Check.notNull(value, "value");
        unit = Check.text(unit, "unit");
        Check.notNull(source, "source");
    }
}
