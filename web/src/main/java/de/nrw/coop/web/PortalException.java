package de.nrw.coop.web;

/** The root of the portal's failures: it cannot start (port taken), or its configuration is wrong. */
public class PortalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PortalException(String message) {
        super(message);
    }

    public PortalException(String message, Throwable cause) {
        super(message, cause);
    }
}
