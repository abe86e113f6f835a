package de.nrw.coop.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.pdf.internal.ArchivalPdfExporter;
import de.nrw.coop.reports.pdf.internal.GlyphCheck;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;

/**
 * Writes a filled report as the final archival PDF: tagged PDF/A-2a and PDF/UA-1 in one file,
 * language and title from the {@link PdfMetadata}, byte-reproducible.
 *
 * <p>The archival fixes are made while JasperReports and OpenPDF write the file (see
 * {@code internal.ArchivalPdfExporter}); nothing reads it back.
 *
 * <p>Every PDF coop writes goes through here:
 * <pre>{@code
 * JasperPrint print = JasperFillManager.fillReport(report, parameters, data);
 * AtomicFile.write(target, out -> PdfExport.write(print, meta, out));
 * }</pre>
 *
 * <h2>What templates must do</h2>
 * <ul>
 *   <li><b>Fonts:</b> a default style naming the font set {@code DocSans} (Arial = Liberation Sans
 *       for Latin, NanumGothic for Hangul; registered by the {@code templates} module):
 *       {@code <style name="Base" default="true" fontName="DocSans" fontSize="11"/>}. Never name
 *       NanumGothic alone (no Ä/Ö) nor Arial alone where Korean may appear (Hangul vanishes).
 *       Text in any font that is not embedded fails validation: name only font-extension families.</li>
 *   <li><b>Headings:</b> property {@code net.sf.jasperreports.export.accessibility.tag} = {@code h1}
 *       … {@code h6}; give them a {@code bookmarkLevel} (and an {@code anchorNameExpression}) so
 *       the outline lists them.</li>
 *   <li><b>Page furniture</b> (running headers and footers, page numbers): property
 *       {@value #ACCESSIBILITY_TAG_PROPERTY} = {@value #ARTIFACT} on the text field, or on a
 *       frame holding it. Lines, rectangles and cell borders need nothing: they become artifacts
 *       on their own.</li>
 *   <li><b>Footnotes:</b> {@code net.sf.jasperreports.export.pdf.tag.note} = {@code full} on the
 *       note's text field: it becomes a {@code Note} structure element with a unique ID.</li>
 *   <li><b>Tables</b> in bands: {@code net.sf.jasperreports.export.pdf.tag.table} = {@code start}
 *       on the first cell and {@code end} on the last, {@code ...pdf.tag.tr} = {@code start} /
 *       {@code end} on the first / last cell of each row, {@code ...pdf.tag.th} = {@code full} on
 *       header cells, {@code ...pdf.tag.td} = {@code full} on data cells. Header cells get a scope
 *       here (Column, or Row for a TH in a row that also holds TDs). The table component with
 *       {@code net.sf.jasperreports.components.table.accessible} = {@code true} does this itself.</li>
 *   <li>Do not set the {@code net.sf.jasperreports.export.pdf*} export properties yourself; this
 *       class sets them.</li>
 * </ul>
 *
 * <p>Not thread-safe for the same {@code JasperPrint} exported by two threads at once (page
 * furniture is marked on the print's elements for the duration of the export); distinct prints
 * may be exported concurrently.
 */
public final class PdfExport {
    /** Element property that marks page furniture (see the class comment). */
    public static final String ACCESSIBILITY_TAG_PROPERTY = ArchivalPdfExporter.ACCESSIBILITY_TAG;
    /** Value of {@link #ACCESSIBILITY_TAG_PROPERTY} for page furniture. */
    public static final String ARTIFACT = ArchivalPdfExporter.ARTIFACT;
    /** The font set every template names (Latin, Greek, Cyrillic, Hangul, Han and kana; see coop-fonts.xml). */
    public static final String FONT_SET = "DocSans";

    private PdfExport() {}

    /**
     * Exports {@code print} and writes the final PDF to {@code out} as it is made, in one pass.
     * The stream is not closed. On failure part of a PDF may have been written: write to a
     * temporary target and keep it only on success (as {@code AtomicFile} does).
     *
     * @throws ReportException naming the document title and report if the export fails
     */
    public static void write(JasperPrint print, PdfMetadata meta, OutputStream out) {
        Objects.requireNonNull(print, "null print");
        Objects.requireNonNull(meta, "null meta");
        Objects.requireNonNull(out, "null out");
        GlyphCheck.firstLoss(print).ifPresent(loss -> {
            throw new ReportException("cannot write PDF \"" + meta.title() + "\" (report " + print.getName() + "): "
                    + loss + ", which no font of the PDF prints; it would vanish. Fix the record in the dataset"
                    + " and import it again");
        });
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage(meta.language());
        // No PDF/A conformance for the exporter: for PDF/A-2 it only builds an XMP packet, which
        // ArchivalPdfWriter writes itself, and embeds the output intent, which the embedded ICC
        // profile below gives as well.
        configuration.setEmbedIccProfile(true);
        configuration.setIccProfilePath(SrgbProfile.path().toString());
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setMetadataTitle(meta.title());
        configuration.setDisplayMetadataTitle(true);

        ArchivalPdfExporter exporter = new ArchivalPdfExporter(DefaultJasperReportsContext.getInstance(), meta);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(configuration);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw new ReportException("cannot export PDF \"" + meta.title() + "\" (report " + print.getName()
                    + ", " + print.getPages().size() + " pages): " + e.getMessage(), e);
        }
    }

    /** Exports {@code print} and returns the final PDF. */
    public static byte[] toBytes(JasperPrint print, PdfMetadata meta) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        write(print, meta, buffer);
        return buffer.toByteArray();
    }

    /**
     * The JDK's sRGB profile as a file: the exporter reads the output intent from a path. Written
     * once per JVM, and again if something cleaned the temporary folder meanwhile. The profile's
     * bytes end up in the PDF, so PDFs are byte-identical for one JDK build, not across JDKs.
     */
    private static final class SrgbProfile {
        private static Path file;

        static synchronized Path path() {
            if (file == null || !Files.isRegularFile(file)) {
                file = write();
            }
            return file;
        }

        private static Path write() {
            try {
                Path written = Files.createTempFile("coop-srgb-", ".icc");
                written.toFile().deleteOnExit();
                Files.write(written, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the sRGB output-intent profile to a temporary file", e);
            }
        }
    }
}
