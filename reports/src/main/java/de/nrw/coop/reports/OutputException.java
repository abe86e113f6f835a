package de.nrw.coop.reports;

import java.nio.file.Path;

/** An output file could not be created (folder missing or not writable, disk full...). */
public final class OutputException extends ReportException {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public OutputException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
