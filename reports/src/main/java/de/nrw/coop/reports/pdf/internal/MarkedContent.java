package de.nrw.coop.reports.pdf.internal;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;

/**
 * The marked-content nesting of the page being written, as the export opens and closes it.
 *
 * <p>PDF/UA-1 (7.1-3) wants every mark on a page either inside tagged content or inside an
 * {@code /Artifact} sequence. OpenPDF counts its marked-content depth privately, so the export
 * counts here what it opens: structure tags ({@link ArchivalPdfStructure}), page furniture
 * ({@link ArchivalTagHelper}) and the artifact wrapping of paths ({@link ArtifactPdfContent}).
 */
final class MarkedContent {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    /** {@code <</Type /Pagination>>}: running headers, footers and page numbers (ISO 32000-1, 14.8.2.2). */
    private static final PdfDictionary PAGINATION = new PdfDictionary(new PdfName("Pagination"));

    private int depth;

    /** Whether nothing is open: a mark written now would be neither content nor artifact. */
    boolean atTop() {
        return depth == 0;
    }

    void opened() {
        depth++;
    }

    void closed() {
        if (depth == 0) {
            throw new IllegalStateException("marked content closed more often than opened");
        }
        depth--;
    }

    /** Starts {@code /Artifact BMC}: a path that belongs to the layout (rule, border, background). */
    void beginLayoutArtifact(PdfContentByte content) {
        content.beginMarkedContentSequence(ARTIFACT);
        opened();
    }

    /** Starts {@code /Artifact <</Type /Pagination>> BDC}: a running header, footer or page number. */
    void beginPaginationArtifact(PdfContentByte content) {
        content.beginMarkedContentSequence(ARTIFACT, PAGINATION, true);
        opened();
    }

    void end(PdfContentByte content) {
        content.endMarkedContentSequence();
        closed();
    }
}
