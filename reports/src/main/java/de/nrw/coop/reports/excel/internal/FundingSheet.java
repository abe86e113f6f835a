package de.nrw.coop.reports.excel.internal;

import static de.nrw.coop.reports.excel.internal.Cells.formula;
import static de.nrw.coop.reports.excel.internal.Cells.numeric;
import static de.nrw.coop.reports.excel.internal.Cells.text;

import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.excel.CellStyles;
import de.nrw.coop.storage.query.FundingRow;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Förderung sheet: amounts per project, year and budget line (Haushaltstitel) as an Excel
 * table, below it the total as a SUM formula, then a cross table project × year whose cells are
 * SUMIFS over the table (a project's budget lines add up there), with SUM totals per project
 * (its subtotal) and per year, so every figure follows a controller's edits.
 */
final class FundingSheet {
    private FundingSheet() {}

    /**
     * The sheets written, the total of all amounts and the absolute reference of the cell holding
     * its SUM formula (for the overview).
     */
    record Result(List<TableSheet.Part> parts, BigDecimal total, String totalCell) {}

    static final int AMOUNT_COLUMN = 5;

    static Result write(Xlsx book, List<FundingRow> rows) {
        BigDecimal total = BigDecimal.ZERO;
        TableSheet t = new TableSheet(book, TablesWriter.FUNDING, "Foerderung", List.of(Column.text("Schlüssel"),
                Column.text("Projekt"), Column.text("Länder"), Column.year("Jahr"), Column.text("Haushaltstitel"),
                Column.money("Betrag (EUR)")),
                TableSheet.MAX_DATA_ROWS);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Map<Integer, BigDecimal>> cross = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (FundingRow f : rows) {
            // one row per project, year and budget line; a missing Haushaltstitel stays an empty cell
            t.row(f.projectKey(), f.projectTitle(), f.countryCodes(), f.fundingYear(), f.budgetLine(), f.amount());
            total = total.add(f.amount());
            titles.putIfAbsent(f.projectKey(), f.projectTitle());
            cross.computeIfAbsent(f.projectKey(), k -> new HashMap<>()).merge(f.fundingYear(), f.amount(), BigDecimal::add);
            years.add(f.fundingYear());
        }
        SXSSFSheet sheet = t.endTable();
        List<TableSheet.Part> parts = t.parts();
        if (parts.size() > 1) {
            // funding rows are one per project, year and budget line: never near a million; keep the formulas simple
            throw new ReportException("Förderung: " + t.parts().get(0).dataRows()
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
        formula(row, AMOUNT_COLUMN, "SUM(" + amounts + ")", total.doubleValue(), styles.moneyBold());
        String totalCell = TableSheet.quote(part.sheetName()) + "!" + new CellReference(sumRow, AMOUNT_COLUMN, true, true).formatAsString();

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
            formula(line, sumColumn, "SUM(" + Cells.range(2, r, sumColumn - 1, r) + ")", sum.doubleValue(), styles.moneyBold());
            t.fit(1, Math.min(40, titles.get(project.getKey()).length()));
        }
        int lastCrossRow = firstCrossRow + cross.size() - 1;
        int totalRow = t.nextRow();
        Row totals = sheet.createRow(totalRow);
        text(totals, 0, "Summe", styles.bold());
        for (c = 2; c <= sumColumn; c++) {
            double cached;
            if (c < sumColumn) {
                int year = years.stream().skip(c - 2).findFirst().orElseThrow();
                cached = cross.values().stream().map(m -> m.getOrDefault(year, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
            } else {
                cached = total.doubleValue();
            }
            String range = cross.isEmpty() ? null : Cells.range(c, firstCrossRow, c, lastCrossRow);
            if (range == null) {
                numeric(totals, c, 0, styles.moneyBold());
            } else {
                formula(totals, c, "SUM(" + range + ")", cached, styles.moneyBold());
            }
            t.fit(c, TableSheet.numberWidth(cached, Column.Type.MONEY));
        }
        return new Result(t.finish(), total, totalCell);
    }

    private static String localRange(TableSheet.Part part, int column) {
        String col = CellReference.convertNumToColString(column);
        return "$" + col + "$2:$" + col + "$" + part.lastDataRow();
    }
}
