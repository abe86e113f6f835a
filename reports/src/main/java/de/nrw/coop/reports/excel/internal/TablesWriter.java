package de.nrw.coop.reports.excel.internal;

import static de.nrw.coop.reports.excel.internal.Cells.formula;
import static de.nrw.coop.reports.excel.internal.Cells.text;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.reports.excel.CellStyles;
import de.nrw.coop.reports.excel.TablesData;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the sheets of {@code coop tables} into a streaming workbook: Übersicht first (filled
 * last, when the row counts are known), then Projekte, Vereinbarungen, Aktivitäten (continued on
 * "Aktivitäten (2)"... beyond Excel's row limit), Entwicklung, Förderung, Ansiedlungen, Kennzahlen.
 */
public final class TablesWriter {
    /** Sheet names, in order. */
    public static final String OVERVIEW = "Übersicht";
    public static final String PROJECTS = "Projekte";
    public static final String AGREEMENTS = "Vereinbarungen";
    public static final String ACTIVITIES = "Aktivitäten";
    public static final String DEVELOPMENT = "Entwicklung";
    public static final String FUNDING = "Förderung";
    public static final String SETTLEMENTS = "Ansiedlungen";
    public static final String KEY_FIGURES = "Kennzahlen";

    /** Dates and times of the data are shown as in Düsseldorf. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String SEPARATOR = "; ";

    private final Xlsx book;
    private final TablesData data;
    private final int maxActivityRows;
    private final Map<String, String> countryNames;
    private final Map<String, Department> departments;

    /** @param maxActivityRows activities a sheet holds before continuing on the next (tests make it small) */
    public TablesWriter(Xlsx book, TablesData data, int maxActivityRows) {
        this.book = book;
        this.data = data;
        this.maxActivityRows = maxActivityRows;
        this.countryNames = data.countries().stream()
                .collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a, HashMap::new));
        this.departments = data.departments().stream()
                .collect(Collectors.toMap(Department::key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    /** A sheet's parts and the column whose cells are always filled (counted in the overview). */
    private record Written(String description, List<TableSheet.Part> parts, int countColumn) {}

    public void write() {
        SXSSFSheet overview = book.workbook().createSheet(book.sheetNames().unique(OVERVIEW));
        List<Written> written = new ArrayList<>();
        written.add(new Written("Projekte und Partnerschaften", projects(), 0));
        written.add(new Written("Vereinbarungen mit Unterzeichnung und Verlängerungen", agreements(), 0));
        ActivityTotals activities = new ActivityTotals();
        written.add(new Written("Besuche, Delegationen und Veranstaltungen", activities(activities), 2));
        written.add(new Written("Entwicklung je Jahr und Land", development(), 0));
        FundingSheet.Result funding = FundingSheet.write(book, data.funding());
        written.add(new Written("Förderung je Projekt und Jahr (EUR)", funding.parts(), 0));
        SettlementTotals settlements = new SettlementTotals();
        written.add(new Written("Ansiedlungen von Unternehmen", settlements(settlements), 0));
        written.add(new Written("Kennzahlen mit Stand und Quelle", keyFigures(), 0));
        overview(overview, written, activities, funding, settlements);
    }

    // ---------------------------------------------------------------- Projekte

    private List<TableSheet.Part> projects() {
        TableSheet t = new TableSheet(book, PROJECTS, "Projekte", List.of(
                Column.text("Schlüssel"), Column.text("Projekt"), Column.text("Länder"),
                Column.text("Federführendes Ressort"), Column.text("Partner"), Column.text("Partnerebene"),
                Column.text("Unterstützungsarten"), Column.date("Beginn"), Column.date("Ende"),
                Column.text("Vereinbarung")));
        for (ProjectView view : data.projects()) {
            Project p = view.project();
            t.row(p.key(), p.title(), countriesOf(view.partners()), departmentLabel(view.lead(), p.leadDepartmentKey()),
                    partnerNames(view.partners()), p.level().label(),
                    p.support().stream().map(SupportKind::label).collect(Collectors.joining(SEPARATOR)),
                    p.start(), p.end(), view.agreement() == null ? null : view.agreement().title());
        }
        return t.finish();
    }

    // ---------------------------------------------------------------- Vereinbarungen

    private List<TableSheet.Part> agreements() {
        TableSheet t = new TableSheet(book, AGREEMENTS, "Vereinbarungen", List.of(
                Column.text("Schlüssel"), Column.text("Art"), Column.text("Titel"), Column.text("Ressort"),
                Column.text("Partner"), Column.text("Länder"), Column.date("Unterzeichnet"),
                Column.text("Verlängerungen"), Column.date("Letzte Verlängerung"), Column.date("Beendet"),
                Column.text("Gegenstände")));
        for (AgreementView view : data.agreements()) {
            Agreement a = view.agreement();
            t.row(a.key(), a.kind(), a.title(), departmentLabel(view.department(), a.departmentKey()),
                    partnerNames(view.partners()), countriesOf(view.partners()), a.signed(),
                    a.renewals().stream().map(GermanFormat::shortDate).collect(Collectors.joining(SEPARATOR)),
                    a.renewals().isEmpty() ? null : a.renewals().get(a.renewals().size() - 1), a.ended(),
                    String.join(SEPARATOR, a.subjects()));
        }
        return t.finish();
    }

    // ---------------------------------------------------------------- Aktivitäten

    /** What the overview needs to know about the streamed activities. */
    private static final class ActivityTotals {
        int toNrw;
        int fromNrw;
    }

    private List<TableSheet.Part> activities(ActivityTotals totals) {
        TableSheet t = new TableSheet(book, ACTIVITIES, "Aktivitaeten", activityColumns(), maxActivityRows);
        data.activities().forEach(view -> {
            if (view.activity().direction() == Direction.TO_NRW) {
                totals.toNrw++;
            } else {
                totals.fromNrw++;
            }
            t.row(activityRow(view));
        });
        return t.finish();
    }

    /** The columns of the Aktivitäten sheet; column 6 is the direction. */
    public static List<Column> activityColumns() {
        return List.of(Column.date("Datum"), Column.text("Genauigkeit"), Column.year("Jahr"), Column.text("Land"),
                Column.text("Art"), Column.text("Richtung"), Column.text("NRW-Gastgeber"), Column.text("Partner"),
                Column.text("Delegation"), Column.integer("Delegationsgröße"), Column.text("Zweck"),
                Column.text("Schlüssel"));
    }

    private static final int DIRECTION_COLUMN = 5;

    /** The cells of one activity, in the order of {@link #activityColumns()}. */
    public static Object[] activityRow(ActivityView view) {
        Activity a = view.activity();
        return new Object[] {
            a.date(),
            precision(a),
            a.date().year(),
            view.countryName(),
            a.kind().label(),
            a.direction().label(),
            String.join(SEPARATOR, view.hostNames()),
            String.join(SEPARATOR, view.partnerNames()),
            a.delegation(),
            a.delegationSize(),
            a.purpose(),
            a.key()
        };
    }

    private static String precision(Activity a) {
        return switch (a.date().precision()) {
            case DAY -> "Tag";
            case MONTH -> "Monat";
            case YEAR -> "Jahr";
        };
    }

    // ---------------------------------------------------------------- Entwicklung

    private List<TableSheet.Part> development() {
        List<Column> columns = new ArrayList<>(List.of(Column.year("Jahr"), Column.text("Ländercode"),
                Column.text("Land"), Column.integer("Vereinbarungen in Kraft"), Column.integer("Aktive Projekte"),
                Column.integer("Besuche nach NRW"), Column.integer("Besuche aus NRW")));
        for (SupportKind kind : SupportKind.values()) {
            columns.add(Column.integer("Projekte mit " + kind.dative()));
        }
        TableSheet t = new TableSheet(book, DEVELOPMENT, "Entwicklung", columns);
        for (Development.Row r : Development.compute(data.filter(), data.visits(), data.projects(), data.agreements())) {
            Object[] values = new Object[columns.size()];
            values[0] = r.year();
            values[1] = r.countryCode();
            values[2] = countryNames.getOrDefault(r.countryCode(), r.countryCode());
            values[3] = r.agreements();
            values[4] = r.projects();
            values[5] = r.visitsToNrw();
            values[6] = r.visitsFromNrw();
            int c = 7;
            for (SupportKind kind : SupportKind.values()) {
                values[c++] = r.projectsBySupport().getOrDefault(kind, 0);
            }
            t.row(values);
        }
        return t.finish();
    }


    // ---------------------------------------------------------------- Ansiedlungen

    /**
     * Companies settled within the filter's years, and the period totals that reach beyond them:
     * a count for 2017 to 2020 is shown as that period, never added into one of its years.
     */
    private static final class SettlementTotals {
        int companies;
        /** Period records extending beyond the filter's years, with their 0-based row on the sheet. */
        final List<Map.Entry<Settlement, Integer>> periods = new ArrayList<>();
    }

    /** Whether the settlement's whole period lies within the filter's years. */
    private boolean within(Settlement s) {
        Integer from = data.filter().fromYear();
        Integer to = data.filter().toYear();
        return (from == null || s.fromYear() >= from) && (to == null || s.toYear() <= to);
    }

    private static final int COMPANIES_COLUMN = 5;

    private List<TableSheet.Part> settlements(SettlementTotals totals) {
        TableSheet t = new TableSheet(book, SETTLEMENTS, "Ansiedlungen", List.of(Column.text("Land"),
                Column.text("Ländercode"), Column.year("Von"), Column.year("Bis"), Column.text("Zeitraum"),
                Column.integer("Unternehmen"), Column.text("Quelle")));
        int row = 1;
        for (Settlement s : data.settlements()) {
            if (within(s)) {
                totals.companies += s.companies();
            } else {
                totals.periods.add(Map.entry(s, row));
            }
            row++;
            t.row(countryNames.getOrDefault(s.countryCode(), s.countryCode()), s.countryCode(), s.fromYear(),
                    s.toYear(), s.singleYear() ? Integer.toString(s.fromYear()) : s.fromYear() + "–" + s.toYear(),
                    s.companies(), s.source());
        }
        return t.finish();
    }

    // ---------------------------------------------------------------- Kennzahlen

    private List<TableSheet.Part> keyFigures() {
        TableSheet t = new TableSheet(book, KEY_FIGURES, "Kennzahlen", List.of(Column.text("Schlüssel"),
                Column.text("Land"), Column.text("Kennzahl"), Column.decimal("Wert"), Column.text("Einheit"),
                Column.date("Stand"), Column.text("Quelle"), Column.url("Link")));
        for (KeyFigure k : data.keyFigures()) {
            t.row(k.key(), countryNames.getOrDefault(k.countryCode(), k.countryCode()), k.label(), k.value(),
                    k.unit(), k.asOf(), k.source().title(), k.source().url());
        }
        return t.finish();
    }

    // ---------------------------------------------------------------- Übersicht

    private void overview(SXSSFSheet sheet, List<Written> written, ActivityTotals activities, FundingSheet.Result funding,
                          SettlementTotals settlements) {
        CellStyles styles = book.styles();
        int[] widths = {24, 16, 50};
        int r = 0;
        text(sheet.createRow(r++), 0, "Tabellen zur internationalen Zusammenarbeit des Landes Nordrhein-Westfalen",
                styles.title());
        r++;
        r = labelled(sheet, r, "Länder", countriesAsked(), widths);
        r = labelled(sheet, r, "Ressorts", departmentsAsked(), widths);
        r = labelled(sheet, r, "Zeitraum", period(data.filter()), widths);
        Row asOf = sheet.createRow(r++);
        text(asOf, 0, "Datenstand", styles.bold());
        if (data.dataAsOf().isPresent()) {
            Cell cell = asOf.createCell(1);
            cell.setCellValue(LocalDateTime.ofInstant(data.dataAsOf().get(), ZONE));
            cell.setCellStyle(styles.dateTime());
        } else {
            text(asOf, 1, "keine Daten", styles.text());
        }
        r++;
        Row header = sheet.createRow(r++);
        text(header, 0, "Tabellenblatt", styles.header());
        text(header, 1, "Zeilen", styles.header());
        text(header, 2, "Inhalt", styles.header());
        Map<String, String> countCells = new HashMap<>();
        for (Written w : written) {
            for (TableSheet.Part part : w.parts()) {
                Row row = sheet.createRow(r);
                Cell link = row.createCell(0);
                link.setCellValue(part.sheetName());
                Hyperlink hyperlink = book.workbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress(TableSheet.quote(part.sheetName()) + "!A1");
                link.setHyperlink(hyperlink);
                link.setCellStyle(styles.link());
                formula(row, 1, "COUNTA(" + part.dataRange(w.countColumn()) + ")", part.dataRows(), styles.integer());
                countCells.put(part.sheetName(), "B" + (r + 1));
                text(row, 2, w.description(), styles.text());
                widths[0] = Math.max(widths[0], part.sheetName().length() + 2);
                r++;
            }
        }
        r++;
        Row totalsHeader = sheet.createRow(r++);
        text(totalsHeader, 0, "Summen", styles.header());
        text(totalsHeader, 1, "Wert", styles.header());
        List<TableSheet.Part> activityParts = written.get(2).parts();
        r = total(sheet, r, "Projekte", "SUM(" + countCells.get(written.get(0).parts().get(0).sheetName()) + ")",
                written.get(0).parts().stream().mapToInt(TableSheet.Part::dataRows).sum(), styles.integerBold());
        r = total(sheet, r, "Vereinbarungen", "SUM(" + countCells.get(written.get(1).parts().get(0).sheetName()) + ")",
                written.get(1).parts().stream().mapToInt(TableSheet.Part::dataRows).sum(), styles.integerBold());
        r = total(sheet, r, "Aktivitäten", activityParts.stream().map(p -> countCells.get(p.sheetName()))
                        .collect(Collectors.joining(",", "SUM(", ")")),
                activities.toNrw + activities.fromNrw, styles.integerBold());
        r = total(sheet, r, "davon nach NRW", countIf(activityParts, Direction.TO_NRW), activities.toNrw, styles.integerBold());
        r = total(sheet, r, "davon aus NRW", countIf(activityParts, Direction.FROM_NRW), activities.fromNrw, styles.integerBold());
        r = total(sheet, r, "Förderung (EUR)", funding.totalCell(), funding.total().doubleValue(), styles.moneyBold());
        TableSheet.Part settlementPart = written.get(5).parts().get(0);
        r = total(sheet, r, "Angesiedelte Unternehmen", settlementsWithin(settlementPart), settlements.companies,
                styles.integerBold());
        for (Map.Entry<Settlement, Integer> period : settlements.periods) {
            Settlement s = period.getKey();
            String cell = TableSheet.quote(settlementPart.sheetName()) + "!"
                    + new CellReference(period.getValue(), COMPANIES_COLUMN, true, true).formatAsString();
            r = total(sheet, r, "Angesiedelte Unternehmen " + s.fromYear() + " bis " + s.toYear() + " ("
                    + countryNames.getOrDefault(s.countryCode(), s.countryCode()) + ", nur als Zeitraum erfasst)",
                    cell, s.companies(), styles.integerBold());
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c], 80) * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static String countIf(List<TableSheet.Part> parts, Direction direction) {
        return parts.stream()
                .map(p -> "COUNTIF(" + p.dataRange(DIRECTION_COLUMN) + ",\"" + direction.label() + "\")")
                .collect(Collectors.joining("+"));
    }

    private int labelled(SXSSFSheet sheet, int r, String label, String value, int[] widths) {
        Row row = sheet.createRow(r);
        text(row, 0, label, book.styles().bold());
        text(row, 1, value, book.styles().text());
        return r + 1;
    }

    /** SUM of the companies whose period lies within the filter's years (SUMIFS on Von and Bis). */
    private String settlementsWithin(TableSheet.Part part) {
        Integer from = data.filter().fromYear();
        Integer to = data.filter().toYear();
        String companies = part.dataRange(COMPANIES_COLUMN);
        if (from == null && to == null) {
            return "SUM(" + companies + ")";
        }
        StringBuilder f = new StringBuilder("SUMIFS(").append(companies);
        if (from != null) {
            f.append(",").append(part.dataRange(2)).append(",\">=").append(from).append("\"");
        }
        if (to != null) {
            f.append(",").append(part.dataRange(3)).append(",\"<=").append(to).append("\"");
        }
        return f.append(")").toString();
    }

    private int total(SXSSFSheet sheet, int r, String label, String formula, double cached, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label, book.styles().bold());
        formula(row, 1, formula, cached, style);
        return r + 1;
    }

    private String countriesAsked() {
        if (data.filter().countryCodes().isEmpty()) {
            return "alle";
        }
        return data.filter().countryCodes().stream()
                .map(code -> countryNames.containsKey(code) ? countryNames.get(code) + " (" + code + ")" : code)
                .collect(Collectors.joining(SEPARATOR));
    }

    private String departmentsAsked() {
        if (data.filter().departmentKeys().isEmpty()) {
            return "alle";
        }
        return data.filter().departmentKeys().stream()
                .map(key -> departments.containsKey(key)
                        ? departments.get(key).abbreviation() + " (" + departments.get(key).name() + ")" : key)
                .collect(Collectors.joining(SEPARATOR));
    }

    /** "2017 bis 2020", "ab 2017", "bis 2020", "alle Jahre". */
    public static String period(ReportFilter filter) {
        Integer from = filter.fromYear();
        Integer to = filter.toYear();
        if (from == null && to == null) {
            return "alle Jahre";
        }
        if (from == null) {
            return "bis " + to;
        }
        if (to == null) {
            return "ab " + from;
        }
        return from.equals(to) ? Integer.toString(from) : from + " bis " + to;
    }

    // ---------------------------------------------------------------- helpers

    private String departmentLabel(Department department, String key) {
        return department != null ? department.abbreviation() : key;
    }

    private static String partnerNames(List<Partner> partners) {
        return partners.stream()
                .map(p -> p.nativeName() == null ? p.name() : p.name() + " (" + p.nativeName() + ")")
                .collect(Collectors.joining(SEPARATOR));
    }

    private String countriesOf(List<Partner> partners) {
        return partners.stream().map(Partner::countryCode).distinct()
                .map(code -> countryNames.getOrDefault(code, code)).collect(Collectors.joining(SEPARATOR));
    }
}
