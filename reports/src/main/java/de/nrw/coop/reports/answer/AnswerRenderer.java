package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.pdf.PdfExport;
import de.nrw.coop.reports.pdf.PdfMetadata;
import de.nrw.coop.templates.Templates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * Renders one answer from an inquiry and its resolved tables; needs no store, so tests and the
 * benchmark can render from memory. Thread-safe: the compiled template is shared, each call fills
 * its own document.
 */
public final class AnswerRenderer {
    private AnswerRenderer() {}

    /**
     * Fills the answer template twice (footnotes, see {@link Footnotes}).
     *
     * @param tables data of every {@link AnswerBlock.DataTable} of the inquiry's answers
     * @throws ReportException if the notes of a page do not fit its footer
     */
    public static JasperPrint fill(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables) {
        JasperReport report = Templates.load(Templates.ANSWER);
        List<Row> rows = new ArrayList<>(AnswerRows.rows(inquiry, tables));
        Map<String, Object> parameters = AnswerRows.parameters(inquiry);
        try {
            // Notes of the Vorbemerkung der Kleinen Anfrage go to page 1 in nearly every answer: fill
            // with that guess, and fill again only when the filled pages say otherwise.
            Map<Integer, String> guess = Footnotes.guess(inquiry);
            parameters.put("NOTES", guess);
            JasperPrint print = fill(report, parameters, rows);
            // a question left at a page foot: break before it and fill again (each pass moves one on)
            for (int pass = 0; pass < inquiry.questions().size(); pass++) {
                List<Integer> orphans = Orphans.questions(print, report);
                if (orphans.isEmpty()) {
                    break;
                }
                breakBefore(rows, orphans.get(0));
                print = fill(report, parameters, rows);
            }
            Map<Integer, List<Integer>> markers = Footnotes.markersByPage(print);
            Map<Integer, String> notes = Footnotes.notesByPage(inquiry, markers);
            if (!notes.equals(guess)) {
                // the footer has a fixed height, so the notes cannot move a page break
                parameters.put("NOTES", notes);
                print = fill(report, parameters, rows);
                if (!markers.equals(Footnotes.markersByPage(print))) {
                    throw new ReportException("answer " + inquiry.id() + ": footnote markers moved between pages"
                            + " when the notes were added; " + markers + " became " + Footnotes.markersByPage(print));
                }
            }
            List<Integer> overflowing = Footnotes.overflowingPages(print, notes);
            if (!overflowing.isEmpty()) {
                throw new ReportException("answer " + inquiry.id() + ": the footnotes of page(s) " + overflowing
                        + " do not fit the foot of the page; shorten the notes or move a marker");
            }
            print.setName(inquiry.isDraft() ? "answer " + inquiry.id() + " (draft)" : "answer " + inquiry.id());
            return print;
        } catch (JRException e) {
            throw new ReportException("cannot fill the answer to " + inquiry.kind().label() + " " + inquiry.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private static JasperPrint fill(JasperReport report, Map<String, Object> parameters, List<Row> rows)
            throws JRException {
        return JasperFillManager.getInstance(AnswerReport.CONTEXT).fill(report, new HashMap<>(parameters),
                new RowDataSource(rows));
    }

    private static void breakBefore(List<Row> rows, int question) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).section() == question) {
                rows.set(i, rows.get(i).withBreakBefore());
                return;
            }
        }
    }

    /** Title, subject, keywords, draft flag and date of the PDF: all from the inquiry, never the clock. */
    public static PdfMetadata metadata(Inquiry inquiry) {
        String subject = "Antwort der Landesregierung auf die " + inquiry.designation()
                + (inquiry.isDraft() ? " (Entwurf)" : ", Drucksache " + inquiry.answerDrucksache());
        List<String> keywords = new ArrayList<>(List.of(inquiry.kind().label() + " " + inquiry.id(),
                "Drucksache " + inquiry.questionDrucksache()));
        if (!inquiry.isDraft()) {
            keywords.add("Drucksache " + inquiry.answerDrucksache());
        }
        return PdfMetadata.builder((inquiry.isDraft() ? "Entwurf: " : "") + inquiry.title(), documentDate(inquiry))
                .subject(subject)
                .keywords(keywords)
                .draft(inquiry.isDraft())
                .build();
    }

    /** Renders the answer in the given format to the stream. */
    public static void render(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables, AnswerFormat format,
                              OutputStream out) throws IOException {
        JasperPrint print = fill(inquiry, tables);
        try {
            switch (format) {
                case PDF -> PdfExport.write(print, metadata(inquiry), out);
                case DOCX -> exportDocx(print, documentDate(inquiry), out);
            }
        } catch (JRException e) {
            throw new ReportException("cannot export the answer to " + inquiry.kind().label() + " " + inquiry.id() + " as "
                    + format.extension() + ": " + e.getMessage(), e);
        }
    }

    /** The day the document stands for: the answer letter's date, else its Drucksache date, else the day asked. */
    static LocalDate documentDate(Inquiry inquiry) {
        if (inquiry.letterDate() != null) {
            return inquiry.letterDate();
        }
        return inquiry.answerDate() != null ? inquiry.answerDate() : inquiry.asked();
    }

    /**
     * Jasper's DOCX export, made reproducible: the exporter stamps every zip entry with the
     * current time, so the entries are copied into a new zip stamped with the document's date.
     */
    static void exportDocx(JasperPrint print, LocalDate date, OutputStream out) throws JRException, IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        JRDocxExporter exporter = new JRDocxExporter(AnswerReport.CONTEXT);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(docx));
        SimpleDocxReportConfiguration config = new SimpleDocxReportConfiguration();
        config.setFlexibleRowHeight(true);
        exporter.setConfiguration(config);
        exporter.exportReport();

        LocalDateTime stamp = date.atStartOfDay();
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
