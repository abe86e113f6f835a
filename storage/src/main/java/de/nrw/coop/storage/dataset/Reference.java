package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.kind.RecordType;

/**
 * A key in a dataset file that names a record of another type (an activity's partner, a
 * project's agreement...). The import resolves it against the other files of the same import
 * and against the store, and reports an unknown target with both ends.
 *
 * @param file       file holding the reference
 * @param sheet      the sheet of a workbook, null for a YAML file
 * @param line       1-based line of the referring value
 * @param column     1-based column of the referring value
 * @param path       field path of the referring value ("activities[3].partners[0]")
 * @param from       the referring record, in words ("activity 'kr-2019-01-richter'")
 * @param targetType the type referred to
 * @param targetKey  the key referred to
 */
public record Reference(String file, String sheet, int line, int column, String path, String from,
                        RecordType<?> targetType, String targetKey) {

    /** A reference in a YAML file. */
    public Reference(String file, int line, int column, String path, String from, RecordType<?> targetType,
                     String targetKey) {
        this(file, null, line, column, path, from, targetType, targetKey);
    }

    public Problem unresolved() {
        return new Problem(file, sheet, line, column, path, from + " refers to " + targetType.word() + " '" + targetKey
                + "', which is neither in this import nor in the store");
    }
}
