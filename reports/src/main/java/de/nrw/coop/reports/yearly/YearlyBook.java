package de.nrw.coop.reports.yearly;

import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The yearly report's compiled book template and the parameters it is filled with, for running
 * JasperReports on it directly (the benchmark's "bare" contender). {@link YearlyReport} is the
 * way to write the report; this adds nothing to it.
 *
 * <pre>{@code
 * JasperPrint print = JasperFillManager.fillReport(YearlyBook.template(), YearlyBook.parameters(data),
 *         YearlyBook.dataSource());
 * }</pre>
 */
public final class YearlyBook {
    private YearlyBook() {}

    /** The compiled book (templates/src/main/jrxml/yearly.jrxml with its cover, contents and body parts). */
    public static JasperReport template() {
        return YearlyPdf.Templates.get().book();
    }

    /** The fill parameters of the data: year, part templates and the body rows; a new, mutable map (and data source) each call. */
    public static Map<String, Object> parameters(YearlyData data) {
        return YearlyPdf.parameters(data.year(), YearlyReport.coverNote(data), BodyRows.of(data));
    }

    /** The book's own data source: one record, the parts do the rest. */
    public static JREmptyDataSource dataSource() {
        return new JREmptyDataSource(1);
    }
}
