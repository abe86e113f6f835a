package de.nrw.coop.storage;

/**
 * A store URL coop refuses: another database than H2 or PostgreSQL, or a setting that could run
 * code, write files or lose data. The message names the setting and never shows a password.
 */
public final class StoreUrlException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreUrlException(String message) {
        super(message);
    }
}
