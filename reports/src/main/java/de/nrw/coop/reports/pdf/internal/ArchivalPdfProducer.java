package de.nrw.coop.reports.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.TextField;

import de.nrw.coop.reports.pdf.PdfMetadata;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.PrintPageFormat;
import net.sf.jasperreports.engine.util.NullOutputStream;
import net.sf.jasperreports.pdf.classic.ClassicDocument;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfOutline;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfDocument;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfOutlineEntry;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfRadioCheck;
import net.sf.jasperreports.pdf.common.PdfStructure;

/**
 * Jasper's OpenPDF producer writing through an {@link ArchivalPdfWriter}, with the drawing
 * surface and structure of this package.
 *
 * <p>{@link ClassicPdfProducer} keeps its OpenPDF writer and content in private fields set by
 * {@code createWriter} and {@code createPdfContent}; since the writer must be ours, every method
 * that reads those fields is overridden here to use ours (checked against the 7.0.6 sources).
 * Form fields are refused: an archival answer has none, and they would need that writer too.
 */
final class ArchivalPdfProducer extends ClassicPdfProducer {
    private final PdfMetadata meta;
    private final MarkedContent marks;
    private final ArchivalTagHelper tags;

    private ClassicDocument document;
    private ArchivalPdfWriter writer;
    private ArtifactPdfContent content;
    private ArchivalPdfStructure structure;
    private Document imageTesterDocument;
    private PdfContentByte imageTester;

    ArchivalPdfProducer(PdfProducerContext context, PdfMetadata meta, MarkedContent marks, ArchivalTagHelper tags) {
        super(context);
        this.meta = meta;
        this.marks = marks;
        this.tags = tags;
    }

    @Override
    public PdfDocument createDocument(PrintPageFormat pageFormat) {
        document = (ClassicDocument) super.createDocument(pageFormat);
        return document;
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        try {
            writer = ArchivalPdfWriter.attach(document.getDocument(), os, meta, tags);
            writer.setCloseStream(false);
            // as the superclass does: images are tried on a throw-away page before they are placed
            imageTesterDocument = new Document(new Rectangle(10, 10));
            PdfWriter testerWriter = PdfWriter.getInstance(imageTesterDocument, new NullOutputStream());
            imageTesterDocument.open();
            imageTesterDocument.newPage();
            imageTester = testerWriter.getDirectContent();
            imageTester.setLiteral("\n");
            return new ClassicPdfWriter(this, writer);
        } catch (DocumentException e) {
            throw getContext().handleDocumentException(e);
        }
    }

    @Override
    public PdfWriter getPdfWriter() {
        return writer;
    }

    @Override
    public void setTagged() {
        writer.setTagged();
    }

    @Override
    public PdfContent createPdfContent() {
        content = new ArtifactPdfContent(writer, getContext().getCMYKColorSpace(), marks);
        return content;
    }

    @Override
    public PdfContent getPdfContent() {
        return content;
    }

    @Override
    public PdfContentByte getPdfContentByte() {
        return content.getPdfContentByte();
    }

    @Override
    public PdfStructure getPdfStructure() {
        if (structure == null) {
            structure = new ArchivalPdfStructure(this, marks);
        }
        return structure;
    }

    @Override
    public void newPage() {
        document.getDocument().newPage();
        content.refreshContent();
    }

    @Override
    public PdfOutlineEntry getRootOutline() {
        return new ClassicPdfOutline(getPdfContentByte().getRootOutline());
    }

    /** Fonts without {@code /CIDSet}: optional in PDF/A-2, and OpenPDF's is incomplete (veraPDF 6.2.11.4.2). */
    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = super.getFont(attributes, locale);
        BaseFont base = font.getBaseFont();
        if (base != null) {
            // the font objects are shared by every export in the JVM; all of them are better off without it
            base.setIncludeCidSet(false);
        }
        return font;
    }

    @Override
    public PdfImage createImage(byte[] data, boolean verify) throws IOException, JRException {
        try {
            Image image = Image.getInstance(data);
            if (verify) {
                imageTester.addImage(image, 10, 0, 0, 10, 0, 0);
            }
            return new ClassicImage(image);
        } catch (DocumentException e) {
            throw getContext().handleDocumentException(e);
        }
    }

    @Override
    protected TextField createTextFormField(float llx, float lly, float urx, float ury, String fieldName) {
        throw noFormFields(fieldName);
    }

    @Override
    public PdfRadioCheck createCheckField(float llx, float lly, float urx, float ury, String fieldName, String onValue) {
        throw noFormFields(fieldName);
    }

    @Override
    public PdfRadioCheck getRadioField(float llx, float lly, float urx, float ury, String fieldName, String onValue) {
        throw noFormFields(fieldName);
    }

    private static UnsupportedOperationException noFormFields(String fieldName) {
        return new UnsupportedOperationException("form field \"" + fieldName
                + "\": archival PDFs have no form fields; remove the pdf.field.type property from the template");
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            if (imageTesterDocument != null) {
                imageTesterDocument.close();
            }
        }
    }
}
