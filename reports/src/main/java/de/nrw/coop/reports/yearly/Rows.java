package de.nrw.coop.reports.yearly;

import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.reports.FundingLines;
import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import de.nrw.coop.reports.yearly.YearlyData.Figures;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the year's data into the body rows: the summary chapter, then per region a chapter with
 * one section per country. Key figures cite their sources as endnotes right under the country's
 * key-figure table (numbered per country, one note per distinct source), not as page footnotes:
 * the body is one flow of rows, and a country's notes stay next to the table they belong to.
 */
final class Rows {
    static final String SUMMARY = "Zusammenfassung";

    private Rows() {}

    static String emptyTitle(int year) {
        return "Keine Kooperationsdaten für " + year;
    }

    static List<Row> of(YearlyData data) {
        List<Row> rows = new ArrayList<>();
        int year = data.year();
        if (data.empty()) {
            rows.add(Row.heading(1, emptyTitle(year), false));
            rows.add(Row.paragraph("Für das Jahr " + year + " sind im Datenbestand für die gewählten Länder keine "
                    + "Kooperationsdaten verzeichnet: keine Vereinbarungen in Kraft, keine laufenden Projekte, "
                    + "keine Besuche oder Veranstaltungen, keine Förderung und keine Ansiedlungen."));
            return rows;
        }
        summary(data, rows);
        String region = null;
        for (CountryData c : data.countries()) {
            boolean firstInRegion = !c.region().equals(region);
            if (firstInRegion) {
                region = c.region();
                rows.add(Row.heading(1, region, true));
            }
            country(year, c, rows, !firstInRegion);
        }
        return rows;
    }

    private static void summary(YearlyData data, List<Row> rows) {
        int year = data.year();
        rows.add(Row.heading(1, SUMMARY, false));
        rows.add(Row.paragraph("Der Bericht stellt die Zusammenarbeit des Landes Nordrhein-Westfalen mit "
                + data.countries().size() + (data.countries().size() == 1 ? " Land" : " Ländern")
                + " im Jahr " + year + " dar. Die Übersicht nennt je Land die Kennzahlen des Jahres " + year
                + ", in Klammern die Veränderung gegenüber " + (year - 1) + "."));
        List<Row> table = new ArrayList<>();
        for (CountryData c : data.countries()) {
            Figures f = c.current();
            Figures p = c.previous();
            String periods = c.periodSettlements();
            table.add(Row.tableRow(List.of(c.country().name(), count(f.agreements(), p.agreements()),
                    count(f.projects(), p.projects()), count(f.visitsToNrw(), p.visitsToNrw()),
                    count(f.visitsFromNrw(), p.visitsFromNrw()), money(f.funding(), p.funding()),
                    count(f.settlements(), p.settlements()) + (periods.isEmpty() ? "" : "\n" + periods)),
                    false, false));
        }
        Figures sum = data.total();
        Figures before = data.previousTotal();
        table.add(Row.tableRow(List.of("Insgesamt", count(sum.agreements(), before.agreements()),
                count(sum.projects(), before.projects()), count(sum.visitsToNrw(), before.visitsToNrw()),
                count(sum.visitsFromNrw(), before.visitsFromNrw()), GermanFormat.euro(sum.funding()),
                count(sum.settlements(), before.settlements())), true, true));
        rows.addAll(Row.table(null, List.of("Land", "Verein-\nbarungen", "Projekte", "Besuche nach NRW",
                "Besuche aus NRW", "Förderung", "Ansied-\nlungen"), table));
        rows.add(Row.note("Vereinbarungen: im Jahr in Kraft; Projekte: im Jahr laufend; Besuche: Besuche, "
                + "Delegationsreisen und Veranstaltungen nach Richtung; Förderung: Mittel des Landes im Haushaltsjahr "
                + "(Summe über alle Länder ohne Doppelzählung länderübergreifender Projekte); Ansiedlungen: mit "
                + "Unterstützung von NRW.INVEST angesiedelte Unternehmen, soweit für das einzelne Jahr ausgewiesen;"
                + " nur für einen mehrjährigen Zeitraum erfasste Zahlen stehen mit ihrem Zeitraum darunter"
                + " (z. B. „2017 bis 2020: 16“) und werden keinem einzelnen Jahr zugerechnet."));
    }

    private static void country(int year, CountryData c, List<Row> rows, boolean newPage) {
        String name = c.country().name();
        rows.add(Row.heading(2, name, newPage));

        table(rows, "Vereinbarungen in Kraft", List.of("Vereinbarung", "Ressort", "Partner", "Unterzeichnet"), c.agreements(), Rows::agreement,
                "Im Jahr " + year + " war keine Vereinbarung in Kraft.");

        table(rows, "Projekte und Partnerschaften", List.of("Projekt", "Ressort", "Partner", "Unterstützung"), c.projects(), Rows::project,
                "Im Jahr " + year + " lief kein Projekt.");

        String activities = "Besuche und Veranstaltungen " + year;
        if (c.activities().isEmpty()) {
            rows.add(Row.paragraph(activities, "Im Jahr " + year + " sind keine Besuche oder Veranstaltungen verzeichnet."));
        }
        for (int i = 0; i < c.activities().size(); i++) {
            rows.add(Row.paragraph(i == 0 ? activities : null, c.activities().get(i)));
        }

        rows.add(Row.chart("Besuche " + (year - 2) + " bis " + year, VisitChart.png(name, c.visits()),
                VisitChart.altText(name, c.visits())));

        if (c.funding().isEmpty()) {
            rows.add(Row.paragraph("Förderung " + year, "Im Jahr " + year + " ist keine Förderung verzeichnet."));
        } else {
            // one row per project and budget line, a subtotal per project funded on several lines
            List<Row> table = new ArrayList<>();
            for (FundingLines.Project project : FundingLines.byProject(c.funding())) {
                for (FundingRow f : project.rows()) {
                    table.add(Row.tableRow(List.of(f.projectTitle(), FundingLines.budgetLine(f),
                            GermanFormat.euro(f.amount())), false, false));
                }
                if (project.rows().size() > 1) {
                    table.add(Row.tableRow(List.of(FundingLines.SUBTOTAL, "", GermanFormat.euro(project.sum())),
                            true, false));
                }
            }
            table.add(Row.tableRow(List.of("Insgesamt", "", GermanFormat.euro(c.fundingTotal())), true, true));
            rows.addAll(Row.table("Förderung " + year, List.of("Projekt", "Haushaltstitel", "Betrag"), table));
        }

        table(rows, "Ansiedlungen", List.of("Zeitraum", "Unternehmen"), c.settlements(), Rows::settlement,
                "Für " + year + " sind keine Ansiedlungen verzeichnet.");

        if (!c.keyFigures().isEmpty()) {
            // one endnote per distinct source; figures from the same source share its number
            Map<de.nrw.coop.model.Source, Integer> notes = new LinkedHashMap<>();
            List<Row> table = new ArrayList<>();
            List<KeyFigure> figures = c.keyFigures();
            for (int i = 0; i < figures.size(); i++) {
                KeyFigure k = figures.get(i);
                int note = notes.computeIfAbsent(k.source(), x -> notes.size() + 1);
                table.add(Row.tableRow(List.of(styled(k.label()) + "<sup>" + note + "</sup>",
                        GermanFormat.number(k.value()) + " " + k.unit(),
                        k.asOf() == null ? "" : GermanFormat.shortDate(k.asOf())), false, i == figures.size() - 1));
            }
            rows.addAll(Row.table("Kennzahlen", List.of("Kennzahl", "Wert", "Stand"), table));
            notes.forEach((source, note) -> rows.add(Row.note("<sup>" + note + "</sup> Quelle: " + styled(source.title())
                    + (source.url() == null ? "" : ", " + styled(source.url())))));
        }
    }

    private static <T> void table(List<Row> rows, String title, List<String> header, List<T> items,
                                  Function<T, List<String>> cells, String none) {
        if (items.isEmpty()) {
            rows.add(Row.paragraph(title, none));
            return;
        }
        List<Row> table = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            table.add(Row.tableRow(cells.apply(items.get(i)), false, i == items.size() - 1));
        }
        rows.addAll(Row.table(title, header, table));
    }

    private static List<String> agreement(AgreementView a) {
        String dates = GermanFormat.shortDate(a.agreement().signed());
        if (!a.agreement().renewals().isEmpty()) {
            dates += ", verlängert " + a.agreement().renewals().stream().map(GermanFormat::shortDate)
                    .collect(Collectors.joining(", "));
        }
        return List.of(a.agreement().title() + " (" + a.agreement().kind() + ")",
                a.department() == null ? a.agreement().departmentKey() : a.department().abbreviation(),
                partners(a.partners()), dates);
    }

    private static List<String> project(ProjectView p) {
        return List.of(p.project().title(),
                p.lead() == null ? p.project().leadDepartmentKey() : p.lead().abbreviation(),
                partners(p.partners()),
                p.project().support().stream().map(SupportKind::label).collect(Collectors.joining(", ")));
    }

    private static List<String> settlement(Settlement s) {
        String period = s.singleYear() ? Integer.toString(s.fromYear()) : s.fromYear() + " bis " + s.toYear();
        return List.of(period + (s.source() == null ? "" : " (Quelle: " + s.source() + ")"),
                Integer.toString(s.companies()));
    }

    private static String partners(List<Partner> partners) {
        return partners.stream().map(p -> p.nativeName() == null ? p.name() : p.name() + " (" + p.nativeName() + ")")
                .collect(Collectors.joining(", "));
    }

    static String count(int now, int before) {
        int d = now - before;
        return number(now) + " (" + (d > 0 ? "+" + number(d) : d == 0 ? "±0" : number(d)) + ")";
    }

    private static String number(int n) {
        return GermanFormat.number(BigDecimal.valueOf(n));
    }

    static String money(BigDecimal now, BigDecimal before) {
        BigDecimal d = now.subtract(before);
        String change = d.signum() > 0 ? "+" + GermanFormat.euro(d) : d.signum() == 0 ? "±0" : GermanFormat.euro(d);
        return GermanFormat.euro(now) + "\n(" + change + ")";
    }

    /** Escapes text for a field with markup="styled". */
    static String styled(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
