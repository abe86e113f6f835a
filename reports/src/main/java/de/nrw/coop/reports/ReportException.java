package de.nrw.coop.reports;

/** Root of every exception the reports module throws; the message names the report and its parameters. */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
