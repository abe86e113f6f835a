package de.nrw.coop.reports.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A data table of an answer, already formatted in German ({@code 7.500}, {@code 1.234,56 €},
 * {@code 09.11.2020}).
 *
 * @param header      column headings, 2 to 5
 * @param rows        body rows, each with one cell per column
 * @param total       total row (one cell per column, blanks allowed), or null
 * @param numericFrom 1-based first column that holds numbers and is set right-aligned; any value
 *                    beyond the column count means no numeric columns
 */
public record TableData(List<String> header, List<List<String>> rows, List<String> total, int numericFrom) {
    /** Columns the answer template can lay out. */
    public static final int MIN_COLUMNS = 2;
    public static final int MAX_COLUMNS = 5;

    public TableData {
        header = List.copyOf(header);
        if (header.size() < MIN_COLUMNS || header.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table has " + MIN_COLUMNS + " to " + MAX_COLUMNS
                    + " columns, not " + header.size() + " " + header);
        }
        int columns = header.size();
        rows = rows.stream().map(row -> check(row, columns)).toList();
        total = total == null ? null : check(total, columns);
    }

    private static List<String> check(List<String> row, int columns) {
        if (row.size() != columns) {
            throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells; the table has "
                    + columns + " columns");
        }
        // cells may be blank (null) in a total row; List.copyOf refuses nulls
        return Collections.unmodifiableList(new ArrayList<>(row));
    }

    public int columns() {
        return header.size();
    }
}
