package de.nrw.coop.cli;

/**
 * The exit codes of {@code coop}: part of its API for operators and schedulers. The numbers above
 * 2 follow BSD {@code sysexits.h}. {@link ErrorHandler} maps every exception to one of them.
 */
public final class ExitCode {
    private ExitCode() {}

    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug; run again with --verbose and report the stack trace. */
    public static final int INTERNAL = 1;
    /** Wrong usage: unknown option, malformed value, invalid combination. */
    public static final int USAGE = 2;
    /** Invalid data: a dataset file with errors, or a Word document coop cannot take back; nothing was imported. */
    public static final int DATA_ERR = 65;
    /** Input missing: a file or a stored record (an inquiry id) that does not exist. */
    public static final int NO_INPUT = 66;
    /** An output file or folder cannot be created. */
    public static final int CANT_CREATE = 73;
    /** An I/O error: reading a file or talking to the database failed. */
    public static final int IO_ERR = 74;
    /** The store is busy (locked by another process); try again later. */
    public static final int TEMP_FAIL = 75;
}
