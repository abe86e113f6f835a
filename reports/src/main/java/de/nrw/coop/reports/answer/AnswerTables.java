package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.reports.FundingLines;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the data tables an answer asks for from the store, so the numbers in an answer always
 * agree with the data, and formats them in German. The {@code *Table} methods take query results
 * and need no store.
 */
public final class AnswerTables {
    private AnswerTables() {}

    /** The data of every table block of the inquiry's answers. */
    public static Map<AnswerBlock.DataTable, TableData> resolve(CoopStore store, Inquiry inquiry) {
        Map<AnswerBlock.DataTable, TableData> tables = new LinkedHashMap<>();
        Map<String, String> countryNames = null;
        for (Question q : inquiry.questions()) {
            for (AnswerBlock block : q.answer()) {
                if (!(block instanceof AnswerBlock.DataTable t) || tables.containsKey(t)) {
                    continue;
                }
                ReportFilter filter = filter(inquiry, t);
                TableData data = switch (t.kind()) {
                    case VISITS_PER_YEAR -> visitsTable(store.visitsPerYear(filter));
                    case PROJECTS -> projectsTable(store.projects(filter));
                    case AGREEMENTS -> agreementsTable(store.agreements(filter));
                    case FUNDING -> fundingTable(store.funding(filter));
                    case SETTLEMENTS -> {
                        if (countryNames == null) {
                            countryNames = store.countries().stream()
                                    .collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));
                        }
                        Map<String, String> names = countryNames;
                        yield settlementsTable(store.settlements(filter), code -> names.getOrDefault(code, code));
                    }
                };
                tables.put(t, data);
            }
        }
        return tables;
    }

    /** The table's countries and years, falling back to the inquiry's. */
    static ReportFilter filter(Inquiry inquiry, AnswerBlock.DataTable t) {
        List<String> countries = t.countryCodes().isEmpty() ? inquiry.countryCodes() : t.countryCodes();
        Integer from = t.fromYear() != null ? t.fromYear() : inquiry.fromYear();
        Integer to = t.toYear() != null ? t.toYear() : inquiry.toYear();
        return ReportFilter.of(countries, from, to);
    }

    /** Jahr | nach NRW | aus NRW | insgesamt, summed over the countries, with a total row. */
    public static TableData visitsTable(List<VisitCount> counts) {
        Map<Integer, int[]> byYear = new TreeMap<>();
        for (VisitCount c : counts) {
            int[] row = byYear.computeIfAbsent(c.year(), y -> new int[2]);
            row[c.direction() == Direction.TO_NRW ? 0 : 1] += c.count();
        }
        List<List<String>> rows = new ArrayList<>();
        int to = 0;
        int from = 0;
        for (Map.Entry<Integer, int[]> e : byYear.entrySet()) {
            int[] v = e.getValue();
            rows.add(List.of(String.valueOf(e.getKey()), count(v[0]), count(v[1]), count(v[0] + v[1])));
            to += v[0];
            from += v[1];
        }
        return new TableData(List.of("Jahr", "Besuche nach NRW", "Besuche aus NRW", "insgesamt"), rows,
                List.of("insgesamt", count(to), count(from), count(to + from)), 2);
    }

    /** Projekt | Partner | Art der Unterstützung | Ressort. */
    public static TableData projectsTable(List<ProjectView> projects) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectView p : projects) {
            String support = p.project().support().stream().map(SupportKind::label).collect(Collectors.joining(", "));
            rows.add(List.of(p.project().title(), partners(p.partners()), support,
                    p.lead() == null ? p.project().leadDepartmentKey() : p.lead().abbreviation()));
        }
        return new TableData(List.of("Projekt", "Partner", "Art der Unterstützung", "Ressort"), rows, null, 5);
    }

    /** Vereinbarung | Partner | unterzeichnet | verlängert. */
    public static TableData agreementsTable(List<AgreementView> agreements) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreementView a : agreements) {
            String renewals = a.agreement().renewals().stream().map(GermanFormat::shortDate)
                    .collect(Collectors.joining(", "));
            String name = a.agreement().title()
                    + (a.department() == null ? "" : " (" + a.department().abbreviation() + ")");
            rows.add(List.of(name, partners(a.partners()), GermanFormat.shortDate(a.agreement().signed()),
                    renewals.isEmpty() ? "–" : renewals));
        }
        return new TableData(List.of("Vereinbarung", "Partner", "unterzeichnet", "verlängert"), rows, null, 5);
    }

    /**
     * Projekt | Jahr | Haushaltstitel | Betrag: one row per project, year and budget line, a
     * subtotal after each project funded on more than one row, and the total.
     */
    public static TableData fundingTable(List<FundingRow> funding) {
        List<List<String>> rows = new ArrayList<>();
        for (FundingLines.Project project : FundingLines.byProject(funding)) {
            for (FundingRow f : project.rows()) {
                rows.add(List.of(f.projectTitle(), String.valueOf(f.fundingYear()), FundingLines.budgetLine(f),
                        GermanFormat.euro(f.amount())));
            }
            if (project.rows().size() > 1) {
                rows.add(Arrays.asList(FundingLines.SUBTOTAL, null, null, GermanFormat.euro(project.sum())));
            }
        }
        return new TableData(List.of("Projekt", "Jahr", "Haushaltstitel", "Betrag"), rows,
                Arrays.asList("Summe", null, null, GermanFormat.euro(FundingLines.total(funding))), 4);
    }

    /** Land | Zeitraum | angesiedelte Unternehmen, with the total. */
    public static TableData settlementsTable(List<Settlement> settlements, Function<String, String> countryName) {
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        for (Settlement s : settlements) {
            String period = s.singleYear() ? String.valueOf(s.fromYear()) : s.fromYear() + "–" + s.toYear();
            rows.add(List.of(countryName.apply(s.countryCode()), period, count(s.companies())));
            total += s.companies();
        }
        List<String> totalRow = new ArrayList<>();
        totalRow.add("insgesamt");
        totalRow.add(null);
        totalRow.add(count(total));
        return new TableData(List.of("Land", "Zeitraum", "angesiedelte Unternehmen"), rows, totalRow, 3);
    }

    private static String partners(List<Partner> partners) {
        return partners.stream()
                .map(p -> p.nativeName() == null ? p.name() : p.name() + " (" + p.nativeName() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String count(int n) {
        return GermanFormat.number(BigDecimal.valueOf(n));
    }
}
