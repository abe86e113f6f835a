package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.excel.TablesData;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import de.nrw.coop.reports.yearly.YearlyData.Figures;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ReportFilter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The yearly report's workbook: the summary as the first sheet ("Übersicht YEAR": one row per
 * country with the year's figures, the previous year's and the change, then a total row), then
 * the sheets of {@code coop tables} for the year and the report's countries
 * ({@link TablesWorkbook}, which also makes the bytes reproducible).
 */
final class YearlyWorkbook {
    static final String SUMMARY_SHEET = "Übersicht";

    private static final String[] FIGURES = {"Vereinbarungen", "Projekte", "Besuche nach NRW", "Besuche aus NRW",
        "Förderung (EUR)", "Ansiedlungen"};

    private YearlyWorkbook() {}

    /** The tables of the year for the report's countries (or the asked-for ones when the year is empty). */
    static TablesData tables(CoopStore store, YearlyData data, List<String> askedFor) {
        List<String> codes = data.empty() ? askedFor : data.countries().stream().map(c -> c.country().code()).toList();
        if (codes.isEmpty()) {
            // "all countries" spelled out: CoopStore.keyFigures fails on a filter with years but no
            // countries ("Superfluous named parameters"), see the report to the lead
            codes = store.countries().stream().map(de.nrw.coop.model.Country::code).toList();
            if (codes.isEmpty()) {
                return noTables(data); // an empty store: nothing to tabulate
            }
        }
        return TablesData.query(store, ReportFilter.of(codes, data.year(), data.year()));
    }

    /**
     * Tables without records, for data that did not come from a store (tests, benchmark): the
     * sheets are there with their headers; the workbook's date is the end of the report year.
     */
    static TablesData noTables(YearlyData data) {
        List<String> codes = data.countries().stream().map(c -> c.country().code()).toList();
        Instant yearEnd = LocalDate.of(data.year(), 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new TablesData(ReportFilter.of(codes, data.year(), data.year()),
                data.countries().stream().map(CountryData::country).toList(), List.of(),
                Optional.of(yearEnd), List.of(), List.of(), List.of(), action -> { }, List.of(), List.of(), List.of());
    }

    static void write(YearlyData data, TablesData tables, OutputStream out) {
        int year = data.year();
        TablesWorkbook.Options options = new TablesWorkbook.Options("Kooperationsbericht " + year,
                "Kooperationsbericht " + year + ": Übersicht je Land und Tabellen", sheetName(year),
                (sheet, styles) -> summary(sheet, data));
        TablesWorkbook.write(tables, options, out);
    }

    static String sheetName(int year) {
        return SUMMARY_SHEET + " " + year;
    }

    /** Writes the summary into an empty (streaming) sheet, rows in ascending order. */
    static void summary(Sheet sheet, YearlyData data) {
        int year = data.year();
        Workbook book = sheet.getWorkbook();
        DataFormat format = book.createDataFormat();
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        CellStyle bold = book.createCellStyle();
        bold.setFont(boldFont);
        CellStyle integer = book.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        CellStyle money = book.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        CellStyle change = book.createCellStyle();
        change.setDataFormat(format.getFormat("+#,##0;-#,##0;0"));
        CellStyle moneyChange = book.createCellStyle();
        moneyChange.setDataFormat(format.getFormat("+#,##0.00;-#,##0.00;0.00"));

        Row title = sheet.createRow(0);
        text(title, 0, "Kooperationsbericht " + year + ": Übersicht je Land", bold);
        if (data.empty()) {
            text(sheet.createRow(2), 0, Rows.emptyTitle(year), bold);
            return;
        }
        Row head = sheet.createRow(2);
        text(head, 0, "Land", bold);
        text(head, 1, "Code", bold);
        text(head, 2, "Region", bold);
        int col = 3;
        for (String f : FIGURES) {
            text(head, col++, f + " " + year, bold);
            text(head, col++, f + " " + (year - 1), bold);
            text(head, col++, f + " Veränderung", bold);
        }
        int periodColumn = col;
        text(head, periodColumn, "Ansiedlungen nur als Zeitraum erfasst", bold);
        int r = 3;
        for (CountryData c : data.countries()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.country().name(), null);
            text(row, 1, c.country().code(), null);
            text(row, 2, c.region(), null);
            figures(row, c.current(), c.previous(), integer, money, change, moneyChange);
            // a period total stays a period: beside the year's count, never added into it
            if (!c.periodSettlements().isEmpty()) {
                text(row, periodColumn, c.periodSettlements(), null);
            }
        }
        Row total = sheet.createRow(r);
        text(total, 0, "Insgesamt", bold);
        int first = 4;
        // the totals the PDF prints too (YearlyData.total), computed once; the formulas' cached
        // results are the column sums, so a reader without recalculation sees the same figures
        double[] cached = new double[FIGURES.length * 3];
        for (CountryData c : data.countries()) {
            double[] row = columns(c.current(), c.previous());
            for (int i = 0; i < cached.length; i++) {
                cached[i] += row[i];
            }
        }
        for (int i = 0; i < FIGURES.length * 3; i++) {
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(3 + i);
            Cell cell = total.createCell(3 + i);
            if (i == 12) {
                // funding total from the store: a project shared by two countries counts once
                cell.setCellValue(data.total().funding().doubleValue());
            } else {
                cell.setCellFormula("SUM(" + column + first + ":" + column + r + ")");
                cell.setCellValue(cached[i]);
            }
            cell.setCellStyle(i / 3 == 4 ? (i % 3 == 2 ? moneyChange : money) : (i % 3 == 2 ? change : integer));
        }
        sheet.createFreezePane(1, 3);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        for (int i = 3; i < 3 + FIGURES.length * 3; i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
    }

    /** Now, before and change of each figure, in the order of the columns. */
    private static double[] columns(Figures now, Figures before) {
        double[][] pairs = {{now.agreements(), before.agreements()}, {now.projects(), before.projects()},
            {now.visitsToNrw(), before.visitsToNrw()}, {now.visitsFromNrw(), before.visitsFromNrw()},
            {now.funding().doubleValue(), before.funding().doubleValue()}, {now.settlements(), before.settlements()}};
        double[] cached = new double[pairs.length * 3];
        for (int i = 0; i < pairs.length; i++) {
            cached[3 * i] = pairs[i][0];
            cached[3 * i + 1] = pairs[i][1];
            cached[3 * i + 2] = pairs[i][0] - pairs[i][1];
        }
        return cached;
    }

    private static void figures(Row row, Figures now, Figures before, CellStyle integer, CellStyle money,
                                CellStyle change, CellStyle moneyChange) {
        int[][] ints = {
            {now.agreements(), before.agreements()}, {now.projects(), before.projects()},
            {now.visitsToNrw(), before.visitsToNrw()}, {now.visitsFromNrw(), before.visitsFromNrw()}};
        int col = 3;
        for (int[] pair : ints) {
            number(row, col++, pair[0], integer);
            number(row, col++, pair[1], integer);
            number(row, col++, pair[0] - pair[1], change);
        }
        number(row, col++, now.funding().doubleValue(), money);
        number(row, col++, before.funding().doubleValue(), money);
        number(row, col++, now.funding().subtract(before.funding()).doubleValue(), moneyChange);
        number(row, col++, now.settlements(), integer);
        number(row, col++, before.settlements(), integer);
        number(row, col, now.settlements() - before.settlements(), change);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static List<String> figureNames() {
        return List.of(FIGURES);
    }

}
