package de.nrw.coop.reports.entry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** What a person does in a data-entry workbook, for the tests that fill one: type into cells, read dropdowns. */
public final class EntryCells {
    private EntryCells() {}

    /**
     * Types a value into a cell: the cell takes its column's format, as in Excel; text, a number,
     * a day or a date with time.
     */
    public static void type(Sheet sheet, String ref, Object value) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow()) == null ? sheet.createRow(r.getRow()) : sheet.getRow(r.getRow());
        Cell cell = row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
        CellStyle columnStyle = sheet.getColumnStyle(r.getCol());
        if (columnStyle != null) {
            cell.setCellStyle(columnStyle);
        }
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            dateFormatted(sheet, cell);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            dateFormatted(sheet, cell);
        } else {
            throw new IllegalArgumentException("cannot type " + value);
        }
    }

    /** Excel formats a typed date as a date even in a column without a date format. */
    private static void dateFormatted(Sheet sheet, Cell cell) {
        if (!DateUtil.isCellDateFormatted(cell)) {
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("DD.MM.YYYY hh:mm"));
            cell.setCellStyle(style);
        }
    }

    /** The values the dropdown of a cell offers: its explicit list, or the cells of its list range. */
    public static List<String> dropdown(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                if (!range.isInRange(r.getRow(), r.getCol())) {
                    continue;
                }
                DataValidationConstraint c = v.getValidationConstraint();
                if (c.getExplicitListValues() != null) {
                    return Arrays.asList(c.getExplicitListValues());
                }
                AreaReference area = new AreaReference(c.getFormula1(), SpreadsheetVersion.EXCEL2007);
                Sheet lists = sheet.getWorkbook().getSheet(area.getFirstCell().getSheetName());
                List<String> values = new ArrayList<>();
                for (CellReference cell : area.getAllReferencedCells()) {
                    Row row = lists.getRow(cell.getRow());
                    if (row != null && row.getCell(cell.getCol()) != null) {
                        values.add(row.getCell(cell.getCol()).getStringCellValue());
                    }
                }
                return values;
            }
        }
        return List.of();
    }
}
