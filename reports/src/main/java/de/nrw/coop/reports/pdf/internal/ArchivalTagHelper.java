package de.nrw.coop.reports.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;

/**
 * Jasper's structure tagging with what PDF/UA-1 asks beyond it, decided while the tags are made:
 * <ul>
 *   <li>page furniture ({@link #furniture(boolean)}) is written as a pagination artifact instead
 *       of a structure element;</li>
 *   <li>every {@code TH} gets a table attribute {@code /Scope} (7.5-1): {@code Column}, or
 *       {@code Row} once its row also holds a {@code TD};</li>
 *   <li>every {@code Note} gets a unique {@code /ID} (7.9-1), listed in the structure tree's
 *       {@code /IDTree} by {@link ArchivalPdfWriter}.</li>
 * </ul>
 */
final class ArchivalTagHelper extends JRPdfExporterTagHelper {
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW = new PdfName("Row");
    private static final PdfName TR = new PdfName("TR");

    private final MarkedContent marks;
    private boolean furniture;

    /** The TR whose header cells are in {@link #rowHeaders}; a TD in it makes them row headers. */
    private PdfStructureElement currentRow;
    private final List<PdfStructureElement> rowHeaders = new ArrayList<>();
    private boolean rowHasData;

    private final Map<String, PdfStructureElement> notes = new LinkedHashMap<>();

    ArchivalTagHelper(JRPdfExporter exporter, MarkedContent marks) {
        super(exporter);
        this.marks = marks;
    }

    /** While on, texts are page furniture: marked as artifacts, absent from the structure tree. */
    void furniture(boolean on) {
        furniture = on;
    }

    /** The notes by their {@code /ID}, in document order. */
    Map<String, PdfStructureElement> notes() {
        return notes;
    }

    @Override
    protected void startText(JRPrintText textElement, String actualText) {
        if (furniture && isTagged) {
            marks.beginPaginationArtifact(contentByte());
            return;
        }
        super.startText(textElement, actualText);
    }

    @Override
    protected void endText() {
        if (furniture && isTagged) {
            marks.end(contentByte());
            return;
        }
        super.endText();
    }

    @Override
    protected StyledTextListWriter getListWriter() {
        // list items of furniture would become structure elements without content
        return furniture ? null : super.getListWriter();
    }

    @Override
    protected void createThStartTag(JRPrintElement element) {
        PdfStructureElement parent = element(tagStack.peek());
        super.createThStartTag(element);
        PdfStructureElement th = element(tagStack.peek());
        if (TR.equals(parent.get(PdfName.S))) {
            enterRow(parent);
            rowHeaders.add(th);
            setScope(th, rowHasData ? ROW : COLUMN);
        } else {
            setScope(th, COLUMN);
        }
    }

    @Override
    protected void createTdStartTag(JRPrintElement element) {
        PdfStructureElement parent = element(tagStack.peek());
        super.createTdStartTag(element);
        if (TR.equals(parent.get(PdfName.S))) {
            enterRow(parent);
            if (!rowHasData) {
                rowHasData = true;
                for (PdfStructureElement th : rowHeaders) {
                    setScope(th, ROW);
                }
            }
        }
    }

    @Override
    protected void createStartTag(JRPrintElement element, String pdfTag) {
        super.createStartTag(element, pdfTag);
        if ("Note".equals(pdfTag)) {
            String id = "note-" + (notes.size() + 1);
            PdfStructureElement note = element(tagStack.peek());
            note.put(PdfName.ID, new PdfString(id));
            notes.put(id, note);
        }
    }

    private void enterRow(PdfStructureElement row) {
        if (row != currentRow) {
            currentRow = row;
            rowHeaders.clear();
            rowHasData = false;
        }
    }

    /** Sets {@code /Scope} in the cell's table attributes, which may already hold its spans. */
    private static void setScope(PdfStructureElement th, PdfName scope) {
        PdfObject existing = th.get(PdfName.A);
        if (existing instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getPdfObject(i) instanceof PdfDictionary attributes && PdfName.TABLE.equals(attributes.get(PdfName.O))) {
                    attributes.put(SCOPE, scope);
                    return;
                }
            }
            array.add(tableAttributes(scope));
        } else if (existing instanceof PdfDictionary attributes && PdfName.TABLE.equals(attributes.get(PdfName.O))) {
            attributes.put(SCOPE, scope);
        } else if (existing instanceof PdfDictionary attributes) {
            PdfArray both = new PdfArray(attributes);
            both.add(tableAttributes(scope));
            th.put(PdfName.A, both);
        } else {
            th.put(PdfName.A, tableAttributes(scope));
        }
    }

    private static PdfDictionary tableAttributes(PdfName scope) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(SCOPE, scope);
        return attributes;
    }

    private static PdfStructureElement element(net.sf.jasperreports.pdf.common.PdfStructureEntry entry) {
        return ((ClassicStructureEntry) entry).getElement();
    }

    private com.lowagie.text.pdf.PdfContentByte contentByte() {
        return ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
    }
}
