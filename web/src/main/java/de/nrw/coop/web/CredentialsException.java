package de.nrw.coop.web;

import java.nio.file.Path;

/** A credentials file coop cannot use, with the file and line at fault. */
public final class CredentialsException extends PortalException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
