package de.nrw.coop.storage;

/** The store is locked by another process (an H2 file in use, a PostgreSQL lock timeout). */
public final class StoreBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
