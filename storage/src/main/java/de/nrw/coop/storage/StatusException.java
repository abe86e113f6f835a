package de.nrw.coop.storage;

/**
 * A status change the rules refuse: a step backwards without a note, a status that needs a lead
 * department before one is assigned, "veröffentlicht" before the answer's Drucksache is known, an
 * unknown department. The message says what to do instead; nothing was recorded.
 */
public final class StatusException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StatusException(String message) {
        super(message);
    }
}
