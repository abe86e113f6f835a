package de.nrw.coop.reports.pdf.internal;

import java.awt.color.ColorSpace;

import com.lowagie.text.pdf.PdfWriter;

import net.sf.jasperreports.pdf.classic.ClassicPdfContent;

/**
 * The exporter's drawing surface with every path it paints outside tagged content wrapped in
 * {@code /Artifact BMC ... EMC} as it is written (PDF/UA-1 7.1-3).
 *
 * <p>JasperReports 7.0.6 draws lines, rectangles, ellipses, element borders and backgrounds
 * through these six methods and nowhere else, outside any marked content. A path painted inside
 * marked content (a text's underline, a page-furniture frame) is left alone: it belongs to what
 * encloses it. Each call is one whole path (construct and paint), so the sequence never crosses a
 * {@code q}/{@code Q} or a text object.
 */
final class ArtifactPdfContent extends ClassicPdfContent {
    private final MarkedContent marks;

    ArtifactPdfContent(PdfWriter writer, ColorSpace cmykColorSpace, MarkedContent marks) {
        super(writer, cmykColorSpace);
        this.marks = marks;
    }

    @Override
    public void strokeLine(float x1, float y1, float x2, float y2) {
        asArtifact(() -> super.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRectangle(float x, float y, float width, float height) {
        asArtifact(() -> super.fillRectangle(x, y, width, height));
    }

    @Override
    public void fillRoundRectangle(float x, float y, float width, float height, float radius) {
        asArtifact(() -> super.fillRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void strokeRoundRectangle(float x, float y, float width, float height, float radius) {
        asArtifact(() -> super.strokeRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void fillEllipse(float x1, float y1, float x2, float y2) {
        asArtifact(() -> super.fillEllipse(x1, y1, x2, y2));
    }

    @Override
    public void strokeEllipse(float x1, float y1, float x2, float y2) {
        asArtifact(() -> super.strokeEllipse(x1, y1, x2, y2));
    }

    /** Draws as a layout artifact, unless the drawing happens inside marked content already. */
    private void asArtifact(Runnable draw) {
        if (!marks.atTop()) {
            draw.run();
            return;
        }
        marks.beginLayoutArtifact(getPdfContentByte());
        draw.run();
        marks.end(getPdfContentByte());
    }
}
