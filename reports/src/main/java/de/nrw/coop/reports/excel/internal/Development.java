package de.nrw.coop.reports.excel.internal;

import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The development of cooperation per year and country: agreements in force, projects active,
 * visits each way and the intensity (active projects per kind of support).
 *
 * <p>A project or agreement belongs to the countries of its partners. Countries: those asked
 * for, else every foreign country with data ("DE" is NRW's own side and left out). Years: the
 * period asked for; an open end is closed by the data (visit years, project and agreement years).
 */
public final class Development {
    private Development() {}

    /** One row of the Entwicklung sheet. */
    public record Row(int year, String countryCode, int agreements, int projects, int visitsToNrw,
                      int visitsFromNrw, Map<SupportKind, Integer> projectsBySupport) {}

    public static List<Row> compute(ReportFilter filter, List<VisitCount> visits, List<ProjectView> projects,
                                    List<AgreementView> agreements) {
        Set<String> countries = new TreeSet<>(filter.countryCodes());
        TreeSet<Integer> years = new TreeSet<>();
        for (VisitCount v : visits) {
            years.add(v.year());
            if (filter.countryCodes().isEmpty()) {
                countries.add(v.countryCode());
            }
        }
        for (ProjectView p : projects) {
            if (p.project().start() != null) {
                years.add(p.project().start().getYear());
            }
            if (p.project().end() != null) {
                years.add(p.project().end().getYear());
            }
            if (filter.countryCodes().isEmpty()) {
                p.partners().stream().map(Partner::countryCode).filter(c -> !c.equals("DE")).forEach(countries::add);
            }
        }
        for (AgreementView a : agreements) {
            years.add(a.agreement().signed().getYear());
            if (a.agreement().ended() != null) {
                years.add(a.agreement().ended().getYear());
            }
            if (filter.countryCodes().isEmpty()) {
                a.partners().stream().map(Partner::countryCode).filter(c -> !c.equals("DE")).forEach(countries::add);
            }
        }
        Integer from = filter.fromYear() != null ? filter.fromYear() : years.isEmpty() ? null : years.first();
        Integer to = filter.toYear() != null ? filter.toYear() : years.isEmpty() ? null : years.last();
        if (from == null || to == null || to < from) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int year : IntStream.rangeClosed(from, to).toArray()) {
            for (String country : countries) {
                rows.add(row(year, country, visits, projects, agreements));
            }
        }
        return rows;
    }

    private static Row row(int year, String country, List<VisitCount> visits, List<ProjectView> projects,
                           List<AgreementView> agreements) {
        int to = 0;
        int from = 0;
        for (VisitCount v : visits) {
            if (v.year() == year && v.countryCode().equals(country)) {
                if (v.direction() == Direction.TO_NRW) {
                    to += v.count();
                } else {
                    from += v.count();
                }
            }
        }
        int agreementCount = 0;
        for (AgreementView a : agreements) {
            if (a.agreement().inForceIn(year) && concerns(a.partners(), country)) {
                agreementCount++;
            }
        }
        int projectCount = 0;
        Map<SupportKind, Integer> bySupport = new EnumMap<>(SupportKind.class);
        for (SupportKind kind : SupportKind.values()) {
            bySupport.put(kind, 0);
        }
        for (ProjectView p : projects) {
            if (p.project().activeIn(year) && concerns(p.partners(), country)) {
                projectCount++;
                for (SupportKind kind : Set.copyOf(p.project().support())) {
                    bySupport.merge(kind, 1, Integer::sum);
                }
            }
        }
        return new Row(year, country, agreementCount, projectCount, to, from, bySupport);
    }

    private static boolean concerns(List<Partner> partners, String country) {
        for (Partner partner : partners) {
            if (partner.countryCode().equals(country)) {
                return true;
            }
        }
        return false;
    }
}
