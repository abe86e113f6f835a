package de.nrw.coop.storage.dataset;

/**
 * One thing wrong with a dataset file.
 *
 * @param file    the file as named on the command line (or the bundled resource name)
 * @param line    1-based line, 0 if unknown
 * @param column  1-based column, 0 if unknown
 * @param path    field path inside the file ("activities[3].date")
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String path, String message) {
    /** {@code file:line:column: path: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
