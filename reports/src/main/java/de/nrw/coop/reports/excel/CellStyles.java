package de.nrw.coop.reports.excel;

import de.nrw.coop.model.DatePrecision;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a tables workbook, created once per workbook (Excel allows about 64,000
 * styles; one per cell would break large sheets). Sheets added by others (the yearly report's
 * summary) use the same styles, so the workbook looks of one piece.
 */
public final class CellStyles {
    /** Day dates: what the controllers asked for. */
    public static final String DATE_FORMAT = "DD.MM.YYYY";
    /** A date known to the month: still a date cell (first day of the month), shown as precise as the source. */
    public static final String MONTH_DATE_FORMAT = "MM.YYYY";
    /** A date known to the year: still a date cell (1 January), shown as precise as the source. */
    public static final String YEAR_DATE_FORMAT = "YYYY";
    /** Date and time (the data's as-of stamp). */
    public static final String DATE_TIME_FORMAT = "DD.MM.YYYY hh:mm";
    /** Money in EUR. */
    public static final String MONEY_FORMAT = "#,##0.00 €";
    /** Whole numbers with grouping. */
    public static final String INTEGER_FORMAT = "#,##0";
    /** Years: no grouping ("2019", not "2.019"). */
    public static final String YEAR_FORMAT = "0";
    /** Decimal figures. */
    public static final String DECIMAL_FORMAT = "#,##0.##";

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle monthDate;
    private final CellStyle yearDate;
    private final CellStyle dateTime;
    private final CellStyle money;
    private final CellStyle moneyBold;
    private final CellStyle integer;
    private final CellStyle integerBold;
    private final CellStyle year;
    private final CellStyle decimal;
    private final CellStyle link;

    public CellStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        link = workbook.createCellStyle();
        link.setFont(linkFont);

        var formats = workbook.createDataFormat();
        date = numberStyle(workbook, formats.getFormat(DATE_FORMAT), null);
        monthDate = numberStyle(workbook, formats.getFormat(MONTH_DATE_FORMAT), null);
        yearDate = numberStyle(workbook, formats.getFormat(YEAR_DATE_FORMAT), null);
        dateTime = numberStyle(workbook, formats.getFormat(DATE_TIME_FORMAT), null);
        money = numberStyle(workbook, formats.getFormat(MONEY_FORMAT), null);
        moneyBold = numberStyle(workbook, formats.getFormat(MONEY_FORMAT), boldFont);
        integer = numberStyle(workbook, formats.getFormat(INTEGER_FORMAT), null);
        integerBold = numberStyle(workbook, formats.getFormat(INTEGER_FORMAT), boldFont);
        year = numberStyle(workbook, formats.getFormat(YEAR_FORMAT), null);
        decimal = numberStyle(workbook, formats.getFormat(DECIMAL_FORMAT), null);
    }

    private static CellStyle numberStyle(Workbook workbook, short format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    public CellStyle header() { return header; }

    public CellStyle title() { return title; }

    public CellStyle bold() { return bold; }

    public CellStyle text() { return text; }

    public CellStyle date() { return date; }

    /** The date style as precise as the date: DD.MM.YYYY, MM.YYYY or YYYY. */
    public CellStyle date(DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> monthDate;
            case YEAR -> yearDate;
        };
    }

    public CellStyle dateTime() { return dateTime; }

    public CellStyle money() { return money; }

    public CellStyle moneyBold() { return moneyBold; }

    public CellStyle integer() { return integer; }

    public CellStyle integerBold() { return integerBold; }

    public CellStyle year() { return year; }

    public CellStyle decimal() { return decimal; }

    public CellStyle link() { return link; }
}
