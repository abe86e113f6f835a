package de.nrw.coop.reports.excel.internal;

import de.nrw.coop.model.PartialDate;
import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.excel.CellStyles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Streams one data table onto a sheet: header row (styled, frozen, repeated when printed), typed
 * cells, an Excel table (name, style, filter) over exactly the written rows, column widths from
 * the content, landscape print fitted to the page width.
 *
 * <p>When the rows exceed what a sheet holds (Excel: 1,048,576 rows with the header), the table
 * continues on a further sheet "Name (2)" with the same header, and so on; {@link #parts()} tells
 * which sheets hold how many rows.
 *
 * <p>Text is always written with {@code setCellValue(String)}: SXSSF stores it as an inline
 * string, so a value like {@code =HYPERLINK(...)} stays text and is never a formula.
 */
public final class TableSheet {
    /** Data rows a sheet holds below its header row. */
    public static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Widths are estimated in characters; a header with a filter button needs room for it. */
    private static final int FILTER_BUTTON_CHARS = 3;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MIN_WIDTH_CHARS = 6;

    private final Xlsx book;
    private final String baseName;
    private final String baseTableName;
    private final List<Column> columns;
    private final int maxDataRows;
    private final List<Part> parts = new ArrayList<>();

    private SXSSFSheet sheet;
    private String tableName;
    private int[] widths;
    private int dataRows;
    /** Next row index to write below the table (totals, cross tables); -1 while the table is open. */
    private int trailingRow = -1;

    /**
     * Creates the first sheet now, so sheets appear in the order they are created.
     *
     * @param maxDataRows data rows per sheet before continuing on the next (tests make it small)
     */
    public TableSheet(Xlsx book, String sheetName, String tableName, List<Column> columns, int maxDataRows) {
        if (maxDataRows < 1 || maxDataRows > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet " + maxDataRows + " not between 1 and " + MAX_DATA_ROWS);
        }
        this.book = book;
        this.baseName = sheetName;
        this.baseTableName = tableName;
        this.columns = List.copyOf(columns);
        this.maxDataRows = maxDataRows;
        startSheet();
    }

    public TableSheet(Xlsx book, String sheetName, String tableName, List<Column> columns) {
        this(book, sheetName, tableName, columns, MAX_DATA_ROWS);
    }

    /** A sheet and how many data rows (below the header) it holds. */
    public record Part(String sheetName, String tableName, int dataRows) {
        /** Last row (1-based) of the table's data; an empty table has one empty data row. */
        public int lastDataRow() {
            return Math.max(dataRows, 1) + 1;
        }

        /** Absolute reference to the data cells of a column: {@code 'Förderung'!$E$2:$E$10}. */
        public String dataRange(int column) {
            String col = CellReference.convertNumToColString(column);
            return quote(sheetName) + "!$" + col + "$2:$" + col + "$" + lastDataRow();
        }
    }

    /** Quotes a sheet name for formulas and links: {@code 'Förderung'}. */
    public static String quote(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    private void startSheet() {
        String name = book.sheetNames().unique(parts.isEmpty() ? baseName : baseName + " (" + (parts.size() + 1) + ")");
        tableName = book.uniqueTableName(parts.isEmpty() ? baseTableName : baseTableName + "_" + (parts.size() + 1));
        sheet = book.workbook().createSheet(name);
        widths = new int[columns.size()];
        dataRows = 0;
        CellStyles styles = book.styles();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            widths[c] = Math.max(MIN_WIDTH_CHARS, columns.get(c).header().length() + FILTER_BUTTON_CHARS);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /**
     * Writes one data row; {@code values[i]} belongs to column i: String (or any object, written as
     * its text), Number, LocalDate or PartialDate (date columns), or null for an empty cell.
     */
    public void row(Object... values) {
        if (trailingRow >= 0) {
            throw new IllegalStateException("table on " + sheet.getSheetName() + " already ended");
        }
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns of " + baseName);
        }
        if (dataRows == maxDataRows) {
            endPart();
            startSheet();
        }
        Row row = sheet.createRow(dataRows + 1);
        dataRows++;
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value != null) {
                write(row, c, columns.get(c).type(), value);
            }
        }
    }

    private void write(Row row, int c, Column.Type type, Object value) {
        CellStyles styles = book.styles();
        Cell cell = row.createCell(c);
        switch (type) {
            case TEXT -> {
                String text = text(value, row, c);
                cell.setCellValue(text);
                cell.setCellStyle(styles.text());
                fit(c, longestLine(text));
            }
            case URL -> {
                String text = text(value, row, c);
                cell.setCellValue(text);
                if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
                    Hyperlink link = book.workbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                    link.setAddress(text);
                    cell.setHyperlink(link);
                    cell.setCellStyle(styles.link());
                } else {
                    cell.setCellStyle(styles.text());
                }
                fit(c, text.length());
            }
            case DATE -> {
                // a partial date is a real date cell too (its first day), formatted as precise as the source
                if (value instanceof PartialDate partial) {
                    cell.setCellValue(partial.firstDay());
                    cell.setCellStyle(styles.date(partial.precision()));
                } else {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(styles.date());
                }
                fit(c, 10);
            }
            default -> {
                double number = value instanceof BigDecimal big ? big.doubleValue() : ((Number) value).doubleValue();
                cell.setCellValue(number);
                cell.setCellStyle(numberStyle(type));
                fit(c, numberWidth(number, type));
            }
        }
    }

    private CellStyle numberStyle(Column.Type type) {
        CellStyles styles = book.styles();
        return switch (type) {
            case INTEGER -> styles.integer();
            case YEAR -> styles.year();
            case MONEY -> styles.money();
            default -> styles.decimal();
        };
    }

    private String text(Object value, Row row, int c) {
        String text = value.toString();
        if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            throw new ReportException("text of " + text.length() + " characters in sheet " + sheet.getSheetName()
                    + ", cell " + new CellReference(row.getRowNum(), c).formatAsString()
                    + " exceeds Excel's limit of " + SpreadsheetVersion.EXCEL2007.getMaxTextLength());
        }
        return text;
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            longest = Math.max(longest, i - start);
            start = i + 1;
        }
        return Math.max(longest, text.length() - start);
    }

    static int numberWidth(double number, Column.Type type) {
        long whole = (long) Math.abs(number);
        int digits = whole == 0 ? 1 : (int) Math.log10(whole) + 1;
        int groups = type == Column.Type.YEAR ? 0 : (digits - 1) / 3;
        int sign = number < 0 ? 1 : 0;
        return switch (type) {
            case MONEY -> sign + digits + groups + 3 + 2;
            case DECIMAL -> sign + digits + groups + 3;
            default -> sign + digits + groups;
        };
    }

    /** Widens column {@code c} for a value of about {@code chars} characters. */
    public void fit(int c, int chars) {
        if (c >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, c + 1);
        }
        if (chars > widths[c]) {
            widths[c] = Math.min(MAX_WIDTH_CHARS, chars);
        }
    }

    /**
     * Ends the table (no more data rows) and returns the sheet to write rows below it; the next free
     * row index is {@link #nextRow()}.
     */
    public SXSSFSheet endTable() {
        if (trailingRow < 0) {
            endPart();
            // below the table's last row (an empty table keeps one empty row), one row left free
            trailingRow = Math.max(dataRows, 1) + 2;
        }
        return sheet;
    }

    /** Row index (0-based) below the ended table, leaving one empty row; advances on each call. */
    public int nextRow() {
        endTable();
        return trailingRow++;
    }

    /** Ends the table if still open, applies the column widths; returns the sheets written. */
    public List<Part> finish() {
        endTable();
        applyWidths();
        return List.copyOf(parts);
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    private void endPart() {
        int lastRow = Math.max(dataRows, 1);
        XSSFSheet xssf = book.workbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xssf.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        CTTable ct = table.getCTTable();
        // the header cells live in SXSSF's stream, not in the XSSF sheet, so POI cannot read the
        // column names from them: name the columns exactly as the header cells (Excel requires it)
        for (int c = 0; c < columns.size(); c++) {
            ct.getTableColumns().getTableColumnArray(c).setName(columns.get(c).header());
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        parts.add(new Part(sheet.getSheetName(), tableName, dataRows));
        applyWidths();
    }

    private void applyWidths() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        }
    }

    /** The sheet being written (the last part). */
    public SXSSFSheet sheet() {
        return sheet;
    }

    public List<Column> columns() {
        return columns;
    }
}
