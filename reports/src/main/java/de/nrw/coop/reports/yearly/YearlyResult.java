package de.nrw.coop.reports.yearly;

import java.nio.file.Path;

/**
 * What {@link YearlyReport#write} wrote.
 *
 * @param pdf       the PDF report
 * @param xlsx      the workbook
 * @param pages     pages of the PDF
 * @param countries countries with a section
 * @param empty     true when the year had no cooperation data: both files then say so
 *                  ("Keine Kooperationsdaten für YEAR") and the job still succeeds
 */
public record YearlyResult(Path pdf, Path xlsx, int pages, int countries, boolean empty) {}
