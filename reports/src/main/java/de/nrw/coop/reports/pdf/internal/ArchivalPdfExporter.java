package de.nrw.coop.reports.pdf.internal;

import java.io.IOException;

import com.lowagie.text.pdf.PdfDestination;

import de.nrw.coop.reports.pdf.PdfMetadata;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * The PDF exporter that writes PDF/A-2a + PDF/UA-1 with reproducible bytes in one pass: no
 * post-processing reads the file again.
 *
 * <p>What JasperReports 7.0.6 writes differently from what veraPDF and reproducibility need, and
 * where it is set right while writing:
 * <ul>
 *   <li>page furniture (property {@value #ACCESSIBILITY_TAG} = {@value #ARTIFACT} on a text or a
 *       frame; 7.0.6 has no such tag) becomes a pagination artifact ({@link ArchivalTagHelper});</li>
 *   <li>untagged lines, rectangles, borders and backgrounds become layout artifacts
 *       ({@link ArtifactPdfContent});</li>
 *   <li>header cells get their scope, notes their ID ({@link ArchivalTagHelper});</li>
 *   <li>the per-page anchor no longer shows an empty text in a non-embedded Helvetica: only its
 *       destination is written ({@link #writePageAnchor(int)});</li>
 *   <li>CIDSet, font subset tags, Info and XMP metadata, dates and the document ID
 *       ({@link ArchivalPdfProducer}, {@link ArchivalPdfWriter}).</li>
 * </ul>
 * One instance exports one document.
 */
public final class ArchivalPdfExporter extends JRPdfExporter {
    /** Property that marks page furniture; the same name later Jasper versions read natively. */
    public static final String ACCESSIBILITY_TAG = "net.sf.jasperreports.export.accessibility.tag";
    /** Value of {@link #ACCESSIBILITY_TAG} for page furniture. */
    public static final String ARTIFACT = "artifact";

    private final PdfMetadata meta;
    private final MarkedContent marks = new MarkedContent();
    private final ArchivalTagHelper tags;
    private int artifactFrames;

    public ArchivalPdfExporter(JasperReportsContext context, PdfMetadata meta) {
        super(context);
        this.meta = meta;
        this.tags = new ArchivalTagHelper(this, marks);
        this.tagHelper = tags;
    }

    static boolean isArtifact(JRPrintElement element) {
        return element.hasProperties()
                && ARTIFACT.equalsIgnoreCase(element.getPropertiesMap().getProperty(ACCESSIBILITY_TAG));
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ArchivalPdfProducer(createPdfProducerContext(), meta, marks, tags);
    }

    @Override
    public void exportFrame(JRPrintFrame frame) throws IOException, JRException {
        boolean artifact = isArtifact(frame);
        if (artifact) {
            artifactFrames++;
        }
        try {
            super.exportFrame(frame);
        } finally {
            if (artifact) {
                artifactFrames--;
            }
        }
    }

    @Override
    public void exportText(JRPrintText text) {
        if (artifactFrames == 0 && !isArtifact(text)) {
            super.exportText(text);
            return;
        }
        tags.furniture(true);
        try {
            super.exportText(text);
        } finally {
            tags.furniture(false);
        }
    }

    /**
     * Writes only the destination that links to a page point at ({@code JR_PAGE_ANCHOR_<report>_<page>}).
     * Jasper's own anchor shows a blank in the report's default font, which for a font set is a
     * non-embedded Helvetica (forbidden in PDF/A), inside an empty structure element.
     */
    @Override
    protected void writePageAnchor(int pageIndex) {
        ((ClassicPdfProducer) pdfProducer).getPdfContentByte().localDestination(
                JR_PAGE_ANCHOR_PREFIX + reportIndex + "_" + (pageIndex + 1),
                new PdfDestination(PdfDestination.XYZ, 0, pageFormat.getPageHeight(), 0));
    }
}
