package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.excel.TablesData;
import de.nrw.coop.storage.CoopStore;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The yearly cooperation report (Kooperationsbericht): {@code DIR/kooperationsbericht-YEAR.pdf}
 * and {@code DIR/kooperationsbericht-YEAR.xlsx}, written together or not at all.
 *
 * <p>Job grade: both files are written to temporary files beside their targets, then renamed into
 * place; a failure leaves the previous run's files whole and no temporary file behind. The same
 * data gives byte-identical files (dates come from the report year, never from the clock).
 * A year without any cooperation data is not an error: both files then say
 * "Keine Kooperationsdaten für YEAR" and {@link YearlyResult#empty()} is true (the CLI exits 0).
 */
public final class YearlyReport {
    private static final Logger LOG = LoggerFactory.getLogger(YearlyReport.class);

    private YearlyReport() {}

    /** {@code kooperationsbericht-YEAR.pdf}. */
    public static String pdfName(int year) {
        return "kooperationsbericht-" + year + ".pdf";
    }

    /** {@code kooperationsbericht-YEAR.xlsx}. */
    public static String xlsxName(int year) {
        return "kooperationsbericht-" + year + ".xlsx";
    }

    /**
     * Writes the report of a year.
     *
     * @param countryCodes ISO codes to report on; empty: every country with data in the year
     * @throws IllegalArgumentException naming the valid codes when a code is not a stored country
     * @throws de.nrw.coop.reports.OutputException when the folder is missing or a file cannot be written
     * @throws de.nrw.coop.reports.ReportException when the report cannot be rendered
     */
    public static YearlyResult write(CoopStore store, int year, List<String> countryCodes, Path dir) {
        LOG.info("yearly report {}: reading the store", year);
        YearlyData data = YearlyData.load(store, year, countryCodes);
        return write(data, YearlyWorkbook.tables(store, data, countryCodes == null ? List.of() : countryCodes), dir);
    }

    /**
     * Writes the report of already loaded data (tests, benchmark). Without a store, the workbook's
     * table sheets after the summary have their headers but no records.
     */
    public static YearlyResult write(YearlyData data, Path dir) {
        return write(data, YearlyWorkbook.noTables(data), dir);
    }

    private static YearlyResult write(YearlyData data, TablesData tables, Path dir) {
        int year = data.year();
        List<BodyRow> rows = BodyRows.of(data);
        LOG.info("yearly report {}: {} countries, {} rows; filling", year, data.countries().size(), rows.size());
        Path pdf = dir.resolve(pdfName(year));
        Path xlsx = dir.resolve(xlsxName(year));
        int[] pages = new int[1];
        AtomicFile.writeAll(List.of(
                new AtomicFile.Part(pdf, out -> {
                    try (YearlyPdf.Filled filled = YearlyPdf.fill(year, coverNote(data), rows, true)) {
                        pages[0] = filled.pages();
                        LOG.info("yearly report {}: {} pages; exporting PDF", year, pages[0]);
                        YearlyPdf.export(filled.print, year, out);
                    }
                }),
                new AtomicFile.Part(xlsx, out -> YearlyWorkbook.write(data, tables, out))));
        LOG.info("yearly report {}: {} countries, {} pages, wrote {} and {}", year, data.countries().size(),
                pages[0], pdf, xlsx);
        return new YearlyResult(pdf, xlsx, pages[0], data.countries().size(), data.empty());
    }

    static String coverNote(YearlyData data) {
        return data.empty() ? BodyRows.emptyTitle(data.year()) : null;
    }

}
