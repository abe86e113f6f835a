package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import de.nrw.coop.reports.yearly.YearlyData.Figures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The yearly report's workbook: the summary as the first sheet ("Übersicht YEAR"), one row per
 * country with the year's figures, the previous year's and the change, then a total row.
 * The document dates are the last day of the report year, so the same data gives the same bytes.
 */
final class YearlyWorkbook {
    static final String SUMMARY_SHEET = "Übersicht";

    private static final String[] FIGURES = {"Vereinbarungen", "Projekte", "Besuche nach NRW", "Besuche aus NRW",
        "Förderung (EUR)", "Ansiedlungen"};

    private YearlyWorkbook() {}

    static void write(YearlyData data, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Date day = Date.from(LocalDate.of(data.year(), 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));
            book.getProperties().getCoreProperties().setCreated(Optional.of(day));
            book.getProperties().getCoreProperties().setModified(Optional.of(day));
            book.getProperties().getCoreProperties().setTitle("Kooperationsbericht " + data.year());
            book.getProperties().getCoreProperties().setCreator("coop");
            summary(book.createSheet(sheetName(data.year())), data);
            // SEAM: the `coop tables` sheets for the year and countries follow the summary once
            // de.nrw.coop.reports.excel.TablesWorkbook is merged: TablesWorkbook.write(TablesData.query(store,
            // filter), Options.defaults().withLeadingSheet(sheetName(year), sheet -> summary(sheet, data)), out).
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            fixEntryTimes(bytes.toByteArray(), day.getTime(), out);
        }
    }

    /** Rewrites the zip with one fixed time on every entry: POI stamps entries with the clock. */
    static void fixEntryTimes(byte[] zip, long time, OutputStream out) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
    }

    static String sheetName(int year) {
        return SUMMARY_SHEET + " " + year;
    }

    /** Writes the summary into an empty sheet (XSSF or streaming SXSSF: rows in ascending order). */
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
        int r = 3;
        for (CountryData c : data.countries()) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.country().name(), null);
            text(row, 1, c.country().code(), null);
            text(row, 2, c.region(), null);
            figures(row, c.current(), c.previous(), integer, money, change, moneyChange);
        }
        Row total = sheet.createRow(r);
        text(total, 0, "Insgesamt", bold);
        int first = 4;
        for (int i = 0; i < FIGURES.length * 3; i++) {
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(3 + i);
            Cell cell = total.createCell(3 + i);
            if (i == 12) {
                // funding total from the store: a project shared by two countries counts once
                cell.setCellValue(data.fundingTotal().doubleValue());
            } else {
                cell.setCellFormula("SUM(" + column + first + ":" + column + r + ")");
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
