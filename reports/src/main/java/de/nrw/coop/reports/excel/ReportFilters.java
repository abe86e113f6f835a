package de.nrw.coop.reports.excel;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.storage.query.ReportFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what a user typed ({@code --country kr --department IM --from 2017 --to 2020}) into a
 * {@link ReportFilter}, checked against the store's countries and departments; the message of a
 * refusal names every bad value and the valid choices.
 */
public final class ReportFilters {
    private ReportFilters() {}

    /**
     * @param countries   ISO codes, any case
     * @param departments department abbreviations ("IM", matching every key with that
     *                    abbreviation, e.g. across legislative periods) or keys ("MWIDE-17"), any case
     * @param fromYear    first year or null
     * @param toYear      last year or null
     * @throws FilterException naming each unknown value and the valid choices, or the reversed period
     */
    public static ReportFilter resolve(List<String> countries, List<String> departments, Integer fromYear,
                                       Integer toYear, List<Country> knownCountries, List<Department> knownDepartments) {
        List<String> problems = new ArrayList<>();
        if (fromYear != null && toYear != null && toYear < fromYear) {
            problems.add("--from " + fromYear + " lies after --to " + toYear);
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> unknownCountries = new LinkedHashSet<>();
        for (String wanted : countries) {
            String code = wanted.strip().toUpperCase(Locale.ROOT);
            if (knownCountries.stream().anyMatch(c -> c.code().equals(code))) {
                codes.add(code);
            } else {
                unknownCountries.add(wanted);
            }
        }
        if (!unknownCountries.isEmpty()) {
            TreeSet<String> valid = new TreeSet<>();
            knownCountries.forEach(c -> valid.add(c.code() + " (" + c.name() + ")"));
            problems.add("unknown country " + quoted(unknownCountries) + "; valid: "
                    + (valid.isEmpty() ? "none (the store holds no countries)" : String.join(", ", valid)));
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> unknownDepartments = new LinkedHashSet<>();
        for (String wanted : departments) {
            String w = wanted.strip();
            List<String> matches = knownDepartments.stream()
                    .filter(d -> d.key().equalsIgnoreCase(w) || d.abbreviation().equalsIgnoreCase(w))
                    .map(Department::key).toList();
            if (matches.isEmpty()) {
                unknownDepartments.add(wanted);
            }
            keys.addAll(matches);
        }
        if (!unknownDepartments.isEmpty()) {
            TreeSet<String> valid = new TreeSet<>();
            knownDepartments.forEach(d -> valid.add(d.abbreviation()));
            problems.add("unknown department " + quoted(unknownDepartments) + "; valid: "
                    + (valid.isEmpty() ? "none (the store holds no departments)" : String.join(", ", valid)));
        }
        if (!problems.isEmpty()) {
            throw new FilterException(String.join("; ", problems));
        }
        return new ReportFilter(List.copyOf(codes), List.copyOf(keys), fromYear, toYear);
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(v -> "'" + v + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
