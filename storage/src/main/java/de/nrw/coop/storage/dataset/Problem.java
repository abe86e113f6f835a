package de.nrw.coop.storage.dataset;

/**
 * One thing wrong with a dataset file.
 *
 * @param file    the file as named on the command line (or the bundled resource name)
 * @param sheet   the sheet of a workbook, null for a YAML file
 * @param line    1-based line (a workbook's row), 0 if unknown
 * @param column  1-based column, 0 if unknown
 * @param path    field path inside the file ("activities[3].date")
 * @param message what is wrong and what was expected
 */
public record Problem(String file, String sheet, int line, int column, String path, String message) {

    /** A problem in a YAML file. */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, null, line, column, path, message);
    }

    /**
     * {@code file:line:column: path: message}, the form compilers use, so editors can jump to it;
     * in a workbook {@code file:Sheet!C7: path: message}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(location(file, sheet, line, column)).append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    /** {@code file:line:column}, or {@code file:Sheet!C7} in a workbook; parts that are unknown (0) left out. */
    public static String location(String file, String sheet, int line, int column) {
        StringBuilder sb = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            sb.append(':').append(sheet);
            if (line > 0) {
                sb.append('!').append(column > 0 ? columnName(column) : "").append(line);
            }
        } else if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** Excel's name of a 1-based column: 1 → A, 27 → AA. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
