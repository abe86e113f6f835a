package de.nrw.coop.reports.yearly;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the yearly report shows, read from the store once: per country its key figures for
 * the year and the year before, and the records of its section. Countries are ordered by region,
 * then by name (German collation); countries without a region come last under "Weitere Länder".
 *
 * @param year      the report year
 * @param countries the countries with data, in report order
 * @param fundingTotal funding of the year over all countries of the report (a project shared by
 *                  two countries counts once), as the store computes it
 */
public record YearlyData(int year, List<CountryData> countries, BigDecimal fundingTotal) {

    /** Region heading for countries whose region is not recorded. */
    public static final String NO_REGION = "Weitere Länder";

    public YearlyData {
        countries = List.copyOf(countries);
        Objects.requireNonNull(fundingTotal, "null fundingTotal");
    }

    /**
     * The "Insgesamt" figures of the summary, computed once for the PDF and the workbook: sums over
     * the countries, funding as the store totals it (a project shared by two countries counts once).
     */
    public Figures total() {
        return sum(countries.stream().map(CountryData::current).toList(), fundingTotal);
    }

    /** {@link #total()} of the year before; funding summed over the countries. */
    public Figures previousTotal() {
        List<Figures> before = countries.stream().map(CountryData::previous).toList();
        return sum(before, before.stream().map(Figures::funding).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Figures sum(List<Figures> figures, BigDecimal funding) {
        return new Figures(figures.stream().mapToInt(Figures::agreements).sum(),
                figures.stream().mapToInt(Figures::projects).sum(), figures.stream().mapToInt(Figures::visitsToNrw).sum(),
                figures.stream().mapToInt(Figures::visitsFromNrw).sum(), funding,
                figures.stream().mapToInt(Figures::settlements).sum());
    }

    /** Whether the year has no cooperation data at all for the chosen countries. */
    public boolean empty() {
        return countries.isEmpty();
    }

    /**
     * Comparable figures of one country and year, as the summary shows them.
     *
     * @param settlements companies settled in that single year (period-only figures are not counted)
     */
    public record Figures(int agreements, int projects, int visitsToNrw, int visitsFromNrw, BigDecimal funding,
                          int settlements) {
        public Figures {
            Objects.requireNonNull(funding, "null funding");
        }

        public boolean isZero() {
            return agreements == 0 && projects == 0 && visitsToNrw == 0 && visitsFromNrw == 0
                    && funding.signum() == 0 && settlements == 0;
        }
    }

    /** Visits of one year in both directions. */
    public record YearVisits(int year, int toNrw, int fromNrw) {}

    /**
     * One country's section.
     *
     * @param activities one German sentence per activity of the year, in date order
     * @param visits     the last three years (oldest first) for the chart
     */
    public record CountryData(Country country, Figures current, Figures previous, List<AgreementView> agreements,
                              List<ProjectView> projects, List<String> activities, List<FundingRow> funding,
                              BigDecimal fundingTotal, List<Settlement> settlements, List<KeyFigure> keyFigures,
                              List<YearVisits> visits) {
        public CountryData {
            agreements = List.copyOf(agreements);
            projects = List.copyOf(projects);
            activities = List.copyOf(activities);
            funding = List.copyOf(funding);
            settlements = List.copyOf(settlements);
            keyFigures = List.copyOf(keyFigures);
            visits = List.copyOf(visits);
        }

        public String region() {
            return country.region() == null ? NO_REGION : country.region();
        }

        /**
         * Settlement counts recorded only for a period that includes the year: shown as that
         * period ("2017 bis 2020: 16"), never counted for the year; empty text if there are none.
         */
        public String periodSettlements() {
            return settlements.stream().filter(s -> !s.singleYear())
                    .map(s -> s.fromYear() + " bis " + s.toYear() + ": " + s.companies())
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        /**
         * Whether something is recorded FOR the year: an activity, funding, a settlement figure
         * covering it, an agreement signed, renewed or ended in it, a project started or ended in it.
         * Agreements and projects merely still in force do not count: open-ended records would
         * otherwise fill every future year.
         */
        boolean hasRecordsIn(int year) {
            return !activities.isEmpty() || !funding.isEmpty() || !settlements.isEmpty()
                    || agreements.stream().map(AgreementView::agreement).anyMatch(a -> a.signed().getYear() == year
                            || a.renewals().stream().anyMatch(r -> r.getYear() == year)
                            || (a.ended() != null && a.ended().getYear() == year))
                    || projects.stream().map(ProjectView::project).anyMatch(p ->
                            (p.start() != null && p.start().getYear() == year) || (p.end() != null && p.end().getYear() == year));
        }
    }

    /** Report order: region (no region last), then country name, German collation. */
    public static Comparator<CountryData> reportOrder() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return Comparator.<CountryData, Boolean>comparing(c -> c.country().region() == null)
                .thenComparing(CountryData::region, collator::compare)
                .thenComparing(c -> c.country().name(), collator::compare)
                .thenComparing(c -> c.country().code());
    }

    /**
     * Reads the year's data for the given countries (empty list: every country of the store).
     * A country is in the report when something is recorded for the year
     * ({@link CountryData#hasRecordsIn}); key figures and agreements or projects merely still in
     * force do not count. No such country: the year has no data ({@link #empty()}).
     *
     * @throws IllegalArgumentException naming the valid codes if a code is not a stored country
     */
    public static YearlyData load(CoopStore store, int year, List<String> countryCodes) {
        List<Country> all = store.countries();
        Map<String, Country> byCode = new LinkedHashMap<>();
        all.forEach(c -> byCode.put(c.code(), c));
        List<Country> chosen = new ArrayList<>();
        if (countryCodes == null || countryCodes.isEmpty()) {
            chosen.addAll(all);
        } else {
            for (String code : countryCodes) {
                Country c = byCode.get(code.toUpperCase(Locale.ROOT));
                if (c == null) {
                    throw new IllegalArgumentException("unknown country '" + code + "'; valid codes: "
                            + String.join(", ", new TreeMap<>(byCode).keySet()));
                }
                if (!chosen.contains(c)) {
                    chosen.add(c);
                }
            }
        }
        List<String> codes = chosen.stream().map(Country::code).toList();
        Map<String, Map<Integer, int[]>> visits = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            for (VisitCount v : store.visitsPerYear(ReportFilter.of(codes, year - 2, year))) {
                int[] pair = visits.computeIfAbsent(v.countryCode(), k -> new TreeMap<>())
                        .computeIfAbsent(v.year(), k -> new int[2]);
                pair[v.direction() == Direction.TO_NRW ? 0 : 1] += v.count();
            }
        }
        List<CountryData> result = new ArrayList<>();
        for (Country country : chosen) {
            CountryData data = loadCountry(store, year, country, visits.getOrDefault(country.code(), Map.of()));
            if (data.hasRecordsIn(year)) {
                result.add(data);
            }
        }
        result.sort(reportOrder());
        BigDecimal total = result.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : store.fundingTotal(ReportFilter.of(result.stream().map(c -> c.country().code()).toList(), year, year));
        return new YearlyData(year, result, total);
    }

    private static CountryData loadCountry(CoopStore store, int year, Country country, Map<Integer, int[]> visits) {
        List<String> code = List.of(country.code());
        ReportFilter any = ReportFilter.of(code, null, null);
        List<AgreementView> agreements = store.agreements(any);
        List<ProjectView> projects = store.projects(any);
        List<Settlement> settlements = store.settlements(any);
        List<AgreementView> agreementsNow = agreements.stream().filter(a -> a.agreement().inForceIn(year)).toList();
        List<ProjectView> projectsNow = projects.stream().filter(p -> p.project().activeIn(year)).toList();
        List<FundingRow> funding = store.funding(ReportFilter.of(code, year, year));
        BigDecimal fundingNow = store.fundingTotal(ReportFilter.of(code, year, year));
        BigDecimal fundingBefore = store.fundingTotal(ReportFilter.of(code, year - 1, year - 1));
        List<String> sentences = new ArrayList<>();
        store.forEachActivity(ReportFilter.of(code, year, year), a -> sentences.add(Sentences.of(a)));
        List<KeyFigure> keyFigures = store.keyFigures(any).stream()
                .filter(k -> k.asOf() == null || k.asOf().getYear() <= year).toList();
        List<YearVisits> chart = new ArrayList<>();
        for (int y = year - 2; y <= year; y++) {
            int[] pair = visits.getOrDefault(y, new int[2]);
            chart.add(new YearVisits(y, pair[0], pair[1]));
        }
        Figures current = new Figures(agreementsNow.size(), projectsNow.size(), chart.get(2).toNrw(),
                chart.get(2).fromNrw(), fundingNow, settledIn(settlements, year));
        Figures previous = new Figures(
                (int) agreements.stream().filter(a -> a.agreement().inForceIn(year - 1)).count(),
                (int) projects.stream().filter(p -> p.project().activeIn(year - 1)).count(),
                chart.get(1).toNrw(), chart.get(1).fromNrw(), fundingBefore, settledIn(settlements, year - 1));
        List<Settlement> settlementsNow = settlements.stream()
                .filter(s -> s.fromYear() <= year && s.toYear() >= year).toList();
        return new CountryData(country, current, previous, agreementsNow, projectsNow, sentences, funding,
                fundingNow, settlementsNow, keyFigures, chart);
    }

    private static int settledIn(List<Settlement> settlements, int year) {
        return settlements.stream().filter(s -> s.singleYear() && s.fromYear() == year)
                .mapToInt(Settlement::companies).sum();
    }
}
