package de.nrw.coop.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A project or partnership NRW supports.
 *
 * @param key               natural key in datasets
 * @param title             what it is called
 * @param leadDepartmentKey the NRW ministry in charge
 * @param partnerKeys       partners taking part
 * @param support           kinds of support NRW gives
 * @param level             staatlich or nichtstaatlich
 * @param start             first day; optional
 * @param end               last day; optional (ongoing)
 * @param agreementKey      the agreement it rests on; optional
 */
public record Project(String key, String title, String leadDepartmentKey, List<String> partnerKeys,
                      List<SupportKind> support, Level level, LocalDate start, LocalDate end, String agreementKey) {
    public Project {
        key = Check.key(key, "key");
        title = Check.text(title, "title");
        leadDepartmentKey = Check.text(leadDepartmentKey, "department");
        partnerKeys = Check.list(partnerKeys, "partners");
        support = Check.list(support, "support");
        Check.notNull(level, "level");
        agreementKey = Check.optionalText(agreementKey);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ModelException("end", "end " + end + " lies before start " + start);
        }
    }

    /** Whether the project ran at any time in the given year (an unknown start counts as always). */
    public boolean activeIn(int year) {
        return (start == null || start.getYear() <= year) && (end == null || end.getYear() >= year);
    }
}
