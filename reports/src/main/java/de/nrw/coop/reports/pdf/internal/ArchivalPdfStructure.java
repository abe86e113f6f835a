package de.nrw.coop.reports.pdf.internal;

import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/** Jasper's structure tagging, counting the marked content it opens into {@link MarkedContent}. */
final class ArchivalPdfStructure extends ClassicPdfStructure {
    private final MarkedContent marks;

    ArchivalPdfStructure(ClassicPdfProducer producer, MarkedContent marks) {
        super(producer);
        this.marks = marks;
    }

    @Override
    public PdfStructureEntry beginTag(PdfStructureEntry parent, String name) {
        PdfStructureEntry tag = super.beginTag(parent, name);
        marks.opened();
        return tag;
    }

    @Override
    public PdfStructureEntry beginTag(PdfStructureEntry parent, String name, String text) {
        PdfStructureEntry tag = super.beginTag(parent, name, text);
        marks.opened();
        return tag;
    }

    @Override
    public void endTag() {
        super.endTag();
        marks.closed();
    }
}
