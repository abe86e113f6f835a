package de.nrw.coop.storage.dataset;

/**
 * A key in a dataset file that names a record of another kind (an activity's partner, a
 * project's agreement...). The import resolves it against the other files of the same import
 * and against the store, and reports an unknown target with both ends.
 *
 * @param file       file holding the reference
 * @param line       1-based line of the referring value
 * @param column     1-based column of the referring value
 * @param path       field path of the referring value ("activities[3].partners[0]")
 * @param from       the referring record, in words ("activity 'kr-2019-01-richter'")
 * @param targetKind the kind referred to
 * @param targetKey  the key referred to
 */
public record Reference(String file, int line, int column, String path, String from, Kind targetKind,
                        String targetKey) {

    /** Kinds of record a reference can name. */
    public enum Kind {
        COUNTRY("country"),
        DEPARTMENT("department"),
        PARTNER("partner"),
        AGREEMENT("agreement"),
        PROJECT("project");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Problem unresolved() {
        return new Problem(file, line, column, path, from + " refers to " + targetKind.word() + " '" + targetKey
                + "', which is neither in this import nor in the store");
    }
}
