package de.nrw.coop.reports.excel;

import de.nrw.coop.reports.ReportException;

/** What was asked for cannot be answered: an unknown country or department, a period ending before it starts. */
public final class FilterException extends ReportException {
    private static final long serialVersionUID = 1L;

    public FilterException(String message) {
        super(message);
    }
}
