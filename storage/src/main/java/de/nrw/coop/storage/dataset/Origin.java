package de.nrw.coop.storage.dataset;

/**
 * Where a record or value stands in a dataset file.
 *
 * @param file   the file as named on the command line, or the bundled resource name
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param path   field path ("activities[3]", "activities[3].date")
 */
public record Origin(String file, int line, int column, String path) {
    public Problem problem(String message) {
        return new Problem(file, line, column, path, message);
    }
}
