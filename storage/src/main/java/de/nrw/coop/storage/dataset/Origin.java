package de.nrw.coop.storage.dataset;

/**
 * Where a record or value stands in a dataset file.
 *
 * @param file   the file as named on the command line, or the bundled resource name
 * @param sheet  the sheet of a workbook, null for a YAML file
 * @param line   1-based line (a workbook's row), 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param path   field path ("activities[3]", "activities[3].date")
 */
public record Origin(String file, String sheet, int line, int column, String path) {

    /** A place in a YAML file. */
    public Origin(String file, int line, int column, String path) {
        this(file, null, line, column, path);
    }

    public Problem problem(String message) {
        return new Problem(file, sheet, line, column, path, message);
    }
}
