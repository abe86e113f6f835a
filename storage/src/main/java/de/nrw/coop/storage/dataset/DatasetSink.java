package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.kind.RecordType;

/**
 * Receives the records of dataset files as {@link DatasetReader} parses them, one file after the
 * other, each record as soon as it is complete and valid, so an import of a million activities
 * never holds them all in memory. Records with problems are not passed on; their problems go to
 * {@link #problem}. The import that drives the reader decides, after the last file, whether to
 * commit (no problem anywhere) or roll back.
 */
public interface DatasetSink {

    void startFile(String name);

    /** A valid record of the given type, with where it stands. */
    <T> void record(RecordType<T> type, T record, Origin origin);

    /** A key in the file that names another record; resolved by the import against the whole import and the store. */
    void reference(Reference reference);

    /** Something wrong in the file. */
    void problem(Problem problem);

    /** The file is read through; {@code sha256} is the hex digest of its bytes. */
    void endFile(String name, String sha256);
}
