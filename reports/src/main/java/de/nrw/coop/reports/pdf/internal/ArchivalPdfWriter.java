package de.nrw.coop.reports.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNameTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

import de.nrw.coop.reports.pdf.PdfMetadata;

/**
 * OpenPDF's writer with the archival fixes applied to the objects as they are written:
 * <ul>
 *   <li>font subset tags derived from the content ({@link SubsetTags}), no {@code /CIDSet};</li>
 *   <li>Info dictionary and XMP packet ({@link XmpPacket}: {@code pdfaid} 2A, {@code pdfuaid} 1)
 *       saying the same, with the document date from the data instead of the clock;</li>
 *   <li>the trailer {@code /ID} from a hash of the file ({@link DocumentId});</li>
 *   <li>the structure tree's {@code /IDTree} for the notes' IDs.</li>
 * </ul>
 */
final class ArchivalPdfWriter extends PdfWriter {
    private static final PdfName ID_TREE = new PdfName("IDTree");

    private final DigestingOutputStream file;
    private final PdfMetadata meta;
    private final ArchivalTagHelper tags;
    private final SubsetTags subsetTags = new SubsetTags();

    private ArchivalPdfWriter(PdfDocument pdf, DigestingOutputStream file, PdfMetadata meta, ArchivalTagHelper tags) {
        super(pdf, file);
        this.file = file;
        this.meta = meta;
        this.tags = tags;
    }

    /** A writer for {@code document} into {@code out}, as {@link PdfWriter#getInstance} makes one. */
    static ArchivalPdfWriter attach(Document document, OutputStream out, PdfMetadata meta, ArchivalTagHelper tags)
            throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        ArchivalPdfWriter writer = new ArchivalPdfWriter(pdf, new DigestingOutputStream(out), meta, tags);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    public void close() {
        if (open) {
            writeMetadata();
            writeNoteIds();
        }
        super.close();
    }

    // Font objects go through the first two; close() writes the Info dictionary through the third.

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        subsetTags.rename(object);
        PdfIndirectObject written = super.addToBody(object);
        if (SubsetTags.isFontProgram(object)) {
            flush();
            subsetTags.programWritten(file.hashSoFar());
        }
        return written;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        subsetTags.rename(object);
        return super.addToBody(object, ref);
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, boolean inObjStm) throws IOException {
        PdfIndirectObject written = super.addToBody(object, inObjStm);
        if (object == getInfo()) {
            // close() takes the trailer's /ID from an Info entry FileId when there is one; put
            // only now, after the Info dictionary went out, it is not written into the file
            getInfo().put(PdfName.FILEID, new DocumentId(file));
        }
        return written;
    }

    /** Info and XMP from the same {@link PdfMetadata}: veraPDF compares them entry by entry. */
    private void writeMetadata() {
        PdfDictionary info = getInfo();
        String producer = info.get(PdfName.PRODUCER) instanceof PdfString s ? s.toUnicodeString() : "OpenPDF";
        String keywords = String.join(", ", meta.effectiveKeywords());
        PdfString date = new PdfString(XmpPacket.infoDate(meta.documentDate()));
        info.put(PdfName.TITLE, text(meta.title()));
        info.put(PdfName.AUTHOR, text(meta.author()));
        putOrRemove(info, PdfName.SUBJECT, meta.subject());
        putOrRemove(info, PdfName.KEYWORDS, keywords);
        info.put(PdfName.CREATOR, text(meta.creator()));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        setXmpMetadata(XmpPacket.of(meta, producer, keywords).getBytes(StandardCharsets.UTF_8));
    }

    private static void putOrRemove(PdfDictionary info, PdfName key, String value) {
        if (value.isEmpty()) {
            info.remove(key);
        } else {
            info.put(key, text(value));
        }
    }

    private static PdfString text(String value) {
        return new PdfString(value, PdfObject.TEXT_UNICODE);
    }

    /** Element identifiers must be listed in the structure tree root's /IDTree (ISO 32000-1, 14.7.2). */
    private void writeNoteIds() {
        Map<String, PdfStructureElement> notes = tags.notes();
        if (notes.isEmpty()) {
            return;
        }
        Map<String, PdfObject> tree = new HashMap<>();
        notes.forEach((id, element) -> tree.put(id, element.getReference()));
        try {
            PdfDictionary idTree = PdfNameTree.writeTree(tree, this);
            getStructureTreeRoot().put(ID_TREE, addToBody(idTree).getIndirectReference());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the structure tree's IDTree: " + e.getMessage(), e);
        }
    }
}
