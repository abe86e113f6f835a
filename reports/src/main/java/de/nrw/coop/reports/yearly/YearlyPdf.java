package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.pdf.PdfExport;
import de.nrw.coop.reports.pdf.PdfMetadata;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Fills the yearly report's book (cover, table of contents, body; templates yearly*.jrxml compiled
 * at build time) and exports it through {@link PdfExport}. Pages beyond a few dozen are swapped to a
 * temporary file ({@link JRSwapFileVirtualizer}), so a year with 100,000 activities fills in a
 * small heap.
 */
final class YearlyPdf {
    /** Pages kept in memory while filling; the rest live in the swap file. */
    static final int PAGES_IN_MEMORY = 40;

    private YearlyPdf() {}

    /** The compiled templates, loaded once. */
    record Templates(JasperReport book, JasperReport cover, JasperReport toc, JasperReport body) {
        private static Templates loaded;

        static synchronized Templates get() {
            if (loaded == null) {
                loaded = new Templates(load("yearly"), load("yearly-cover"), load("yearly-toc"), load("yearly-body"));
            }
            return loaded;
        }

        private static JasperReport load(String name) {
            try {
                return de.nrw.coop.templates.Templates.load(name);
            } catch (RuntimeException e) {
                throw new ReportException("cannot load the compiled template '" + name + "': " + e.getMessage(), e);
            }
        }
    }

    /** The filled report; close it to drop its swap file. */
    static final class Filled implements AutoCloseable {
        final JasperPrint print;
        private final JRSwapFileVirtualizer virtualizer;

        Filled(JasperPrint print, JRSwapFileVirtualizer virtualizer) {
            this.print = print;
            this.virtualizer = virtualizer;
        }

        int pages() {
            return print.getPages().size();
        }

        @Override
        public void close() {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    static Map<String, Object> parameters(int year, String coverNote, List<BodyRow> rows) {
        Templates t = Templates.get();
        Map<String, Object> p = new HashMap<>();
        p.put("YEAR", year);
        p.put("COVER_NOTE", coverNote);
        p.put("COVER_REPORT", t.cover());
        p.put("TOC_REPORT", t.toc());
        p.put("BODY_REPORT", t.body());
        p.put("BODY_ROWS", new RowSource(rows));
        return p;
    }

    static Filled fill(int year, String coverNote, List<BodyRow> rows, boolean virtualize) {
        Map<String, Object> p = parameters(year, coverNote, rows);
        JRSwapFileVirtualizer virtualizer = null;
        if (virtualize) {
            JRSwapFile swap = new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256);
            virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
            p.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(Templates.get().book(), p, new JREmptyDataSource(1));
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            return new Filled(print, virtualizer);
        } catch (JRException | RuntimeException e) {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            throw new ReportException("cannot fill the yearly report " + year + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the final archival PDF (tagged PDF/A-2a + PDF/UA-1, reproducible) through
     * {@link PdfExport}; the document date is the last day of the report year.
     */
    static void export(JasperPrint print, int year, OutputStream out) {
        PdfExport.write(print, metadata(year), out);
    }

    static PdfMetadata metadata(int year) {
        return PdfMetadata.builder("Kooperationsbericht " + year, LocalDate.of(year, 12, 31))
                .subject("Die europäische und internationale Zusammenarbeit des Landes Nordrhein-Westfalen im Jahr " + year)
                .keywords(List.of("Kooperationsbericht", Integer.toString(year)))
                .build();
    }
}
