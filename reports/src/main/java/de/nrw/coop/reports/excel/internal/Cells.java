package de.nrw.coop.reports.excel.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/** Single cells outside the data tables (totals, the overview, the cross table). */
final class Cells {
    private Cells() {}

    /** A text cell: always a string, never a formula. */
    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    static void numeric(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A formula of ours (never data) with its result cached for viewers that do not recalculate. */
    static void formula(Row row, int c, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
    }

    /** {@code C5:F5} from 0-based indexes. */
    static String range(int col1, int row1, int col2, int row2) {
        return new CellReference(row1, col1).formatAsString() + ":" + new CellReference(row2, col2).formatAsString();
    }
}
