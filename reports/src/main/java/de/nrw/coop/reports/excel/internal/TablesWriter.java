package de.nrw.coop.reports.excel.internal;

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
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
        FundingTotals funding = new FundingTotals();
        written.add(new Written("Förderung je Projekt und Jahr (EUR)", funding(funding), 0));
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
            a.date().day() == null ? null : a.date().firstDay(),
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
            columns.add(Column.integer("Projekte mit " + kind.label()));
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

    // ---------------------------------------------------------------- Förderung

    private static final class FundingTotals {
        BigDecimal total = BigDecimal.ZERO;
        /** Reference to the cell holding the total of the list. */
        String totalCell;
    }

    private static final int AMOUNT_COLUMN = 4;

    private List<TableSheet.Part> funding(FundingTotals totals) {
        TableSheet t = new TableSheet(book, FUNDING, "Foerderung", List.of(Column.text("Schlüssel"),
                Column.text("Projekt"), Column.text("Länder"), Column.year("Jahr"), Column.money("Betrag (EUR)")),
                TableSheet.MAX_DATA_ROWS);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Map<Integer, BigDecimal>> cross = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (FundingRow f : data.funding()) {
            t.row(f.projectKey(), f.projectTitle(), f.countryCodes(), f.fundingYear(), f.amount());
            totals.total = totals.total.add(f.amount());
            titles.putIfAbsent(f.projectKey(), f.projectTitle());
            cross.computeIfAbsent(f.projectKey(), k -> new HashMap<>()).merge(f.fundingYear(), f.amount(), BigDecimal::add);
            years.add(f.fundingYear());
        }
        SXSSFSheet sheet = t.endTable();
        List<TableSheet.Part> parts = t.parts();
        if (parts.size() > 1) {
            // funding rows are one per project and year: never near a million; keep the formulas simple
            throw new de.nrw.coop.reports.ReportException("Förderung: " + t.parts().get(0).dataRows()
                    + " rows do not fit one sheet; narrow the filter");
        }
        TableSheet.Part part = parts.get(0);
        String amounts = localRange(part, AMOUNT_COLUMN);
        String keys = localRange(part, 0);
        String yearsRange = localRange(part, 3);
        CellStyles styles = book.styles();

        int sumRow = t.nextRow();
        Row row = sheet.createRow(sumRow);
        text(row, 0, "Summe", styles.bold());
        formula(row, AMOUNT_COLUMN, "SUM(" + amounts + ")", totals.total.doubleValue(), styles.moneyBold());
        totals.totalCell = TableSheet.quote(part.sheetName()) + "!" + new CellReference(sumRow, AMOUNT_COLUMN, true, true).formatAsString();

        // cross table project × year: SUMIFS over the list, so it follows edits of the amounts
        t.nextRow();
        int titleRow = t.nextRow();
        text(sheet.createRow(titleRow), 0, "Förderung je Projekt und Jahr (EUR)", styles.bold());
        int headerRow = t.nextRow();
        Row header = sheet.createRow(headerRow);
        text(header, 0, "Schlüssel", styles.header());
        text(header, 1, "Projekt", styles.header());
        int c = 2;
        for (int year : years) {
            Cell cell = header.createCell(c++);
            cell.setCellValue(year);
            cell.setCellStyle(styles.header());
        }
        int sumColumn = c;
        text(header, sumColumn, "Summe", styles.header());
        int firstCrossRow = headerRow + 1;
        for (Map.Entry<String, Map<Integer, BigDecimal>> project : cross.entrySet()) {
            int r = t.nextRow();
            Row line = sheet.createRow(r);
            text(line, 0, project.getKey(), styles.text());
            text(line, 1, titles.get(project.getKey()), styles.text());
            BigDecimal sum = BigDecimal.ZERO;
            c = 2;
            for (int year : years) {
                BigDecimal value = project.getValue().getOrDefault(year, BigDecimal.ZERO);
                sum = sum.add(value);
                String keyCell = "$A" + (r + 1);
                String yearCell = CellReference.convertNumToColString(c) + "$" + (headerRow + 1);
                formula(line, c++, "SUMIFS(" + amounts + "," + keys + "," + keyCell + "," + yearsRange + "," + yearCell + ")",
                        value.doubleValue(), styles.money());
            }
            formula(line, sumColumn, "SUM(" + cellRange(2, r, sumColumn - 1, r) + ")", sum.doubleValue(), styles.moneyBold());
            t.fit(1, Math.min(40, titles.get(project.getKey()).length()));
        }
        int lastCrossRow = firstCrossRow + cross.size() - 1;
        int totalRow = t.nextRow();
        Row total = sheet.createRow(totalRow);
        text(total, 0, "Summe", styles.bold());
        for (c = 2; c <= sumColumn; c++) {
            double cached = 0;
            if (c < sumColumn) {
                int year = years.stream().skip(c - 2).findFirst().orElseThrow();
                cached = cross.values().stream().map(m -> m.getOrDefault(year, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
            } else {
                cached = totals.total.doubleValue();
            }
            String range = cross.isEmpty() ? null : cellRange(c, firstCrossRow, c, lastCrossRow);
            if (range == null) {
                numeric(total, c, 0, styles.moneyBold());
            } else {
                formula(total, c, "SUM(" + range + ")", cached, styles.moneyBold());
            }
            t.fit(c, TableSheet.numberWidth(cached, Column.Type.MONEY));
        }
        return t.finish();
    }

    private static String localRange(TableSheet.Part part, int column) {
        String col = CellReference.convertNumToColString(column);
        return "$" + col + "$2:$" + col + "$" + part.lastDataRow();
    }

    private static String cellRange(int col1, int row1, int col2, int row2) {
        return new CellReference(row1, col1).formatAsString() + ":" + new CellReference(row2, col2).formatAsString();
    }

    // ---------------------------------------------------------------- Ansiedlungen

    private static final class SettlementTotals {
        int companies;
    }

    private static final int COMPANIES_COLUMN = 5;

    private List<TableSheet.Part> settlements(SettlementTotals totals) {
        TableSheet t = new TableSheet(book, SETTLEMENTS, "Ansiedlungen", List.of(Column.text("Land"),
                Column.text("Ländercode"), Column.year("Von"), Column.year("Bis"), Column.text("Zeitraum"),
                Column.integer("Unternehmen"), Column.text("Quelle")));
        for (Settlement s : data.settlements()) {
            totals.companies += s.companies();
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

    private void overview(SXSSFSheet sheet, List<Written> written, ActivityTotals activities, FundingTotals funding,
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
        r = total(sheet, r, "Förderung (EUR)", funding.totalCell, funding.total.doubleValue(), styles.moneyBold());
        TableSheet.Part settlementPart = written.get(5).parts().get(0);
        total(sheet, r, "Angesiedelte Unternehmen", "SUM(" + settlementPart.dataRange(COMPANIES_COLUMN) + ")",
                settlements.companies, styles.integerBold());
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

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void numeric(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A formula of ours (never data) with its result cached for viewers that do not recalculate. */
    private static void formula(Row row, int c, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
    }
}
