package de.nrw.coop.storage.query;

import java.util.List;

/**
 * What a report asks for. Empty lists mean "all"; null years mean "open".
 *
 * @param countryCodes   ISO codes of partner countries
 * @param departmentKeys NRW ministries (department keys)
 * @param fromYear       first year, inclusive
 * @param toYear         last year, inclusive
 */
public record ReportFilter(List<String> countryCodes, List<String> departmentKeys, Integer fromYear, Integer toYear) {
    public ReportFilter {
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
        departmentKeys = departmentKeys == null ? List.of() : List.copyOf(departmentKeys);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException("period " + fromYear + "–" + toYear + " ends before it starts");
        }
    }

    public static ReportFilter all() {
        return new ReportFilter(List.of(), List.of(), null, null);
    }

    public static ReportFilter of(List<String> countryCodes, Integer fromYear, Integer toYear) {
        return new ReportFilter(countryCodes, List.of(), fromYear, toYear);
    }
}
