package de.nrw.coop.storage;

/** Root of every exception the storage module throws. Messages carry the operation and its arguments. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
