package de.nrw.coop.storage.intake;

import de.nrw.coop.storage.StoreException;

/** An input in which no inquiry is recognisable, or that cannot be read; the message says why. */
public final class IntakeException extends StoreException {
    private static final long serialVersionUID = 1L;

    public IntakeException(String message) {
        super(message);
    }

    public IntakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
