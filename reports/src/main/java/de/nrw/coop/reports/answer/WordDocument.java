package de.nrw.coop.reports.answer;

import de.nrw.coop.model.Inquiry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document as coop writes it, built with Apache POI XWPF: the page of the PDF (A4, its
 * margins), named styles ({@link WordStyles}), real footnotes, header and footer parts, document
 * properties, content controls, and reproducible bytes. Text goes in as coop stores it: footnote
 * markers {@code [^n]} become footnote references, Hangul and Han/kana get their East-Asian font.
 */
final class WordDocument {
    /** A4 and the PDF's margins, in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_LEFT = 1420;
    static final int MARGIN_RIGHT = 1140;
    static final int MARGIN_TOP = 840;
    static final int MARGIN_BOTTOM = 680;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** East-Asian fonts beside the Arial-metric Latin family: NanumGothic for Hangul, Droid Sans Fallback for Han and kana. */
    static final String HANGUL_FONT = "NanumGothic";
    static final String HAN_FONT = "Droid Sans Fallback";
    static final String LATIN_FONT = "Arial";

    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFFootnotes footnotes;
    private final Map<String, String> custom = new LinkedHashMap<>();
    private int nextSdtId = 1;

    /** Where blocks go: the body, or the content of a block-level content control. */
    static final class Blocks {
        private final CTBody body;
        private final CTSdtContentBlock content;
        private final CTSdtBlock sdt;

        private Blocks(CTBody body, CTSdtContentBlock content, CTSdtBlock sdt) {
            this.body = body;
            this.content = content;
            this.sdt = sdt;
        }

        CTP addP() {
            return body != null ? body.addNewP() : content.addNewP();
        }

        CTTbl addTable() {
            return body != null ? body.addNewTbl() : content.addNewTbl();
        }

        CTSdtBlock addSdt() {
            return body != null ? body.addNewSdt() : content.addNewSdt();
        }
    }

    WordDocument() {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(WordStyles.xml()).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the Word styles do not parse: " + e.getMessage(), e);
        }
        footnotes = doc.createFootnotes();
        // Word's own separators (ids -1 and 0), so footnote numbering starts at 1 as in the PDF
        separator(-1, STFtnEdn.SEPARATOR);
        separator(0, STFtnEdn.CONTINUATION_SEPARATOR);
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        var mar = sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setHeader(BigInteger.valueOf(MARGIN_TOP / 2));
        mar.setFooter(BigInteger.valueOf(MARGIN_BOTTOM / 2));
        mar.setGutter(BigInteger.ZERO);
    }

    private void separator(int id, STFtnEdn.Enum type) {
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setId(BigInteger.valueOf(id));
        note.setType(type);
        CTP p = note.addNewP();
        p.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        CTR r = p.addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
        footnotes.addFootnote(note);
    }

    XWPFDocument poi() {
        return doc;
    }

    Blocks body() {
        return new Blocks(doc.getDocument().getBody(), null, null);
    }

    /**
     * Adds a block-level content control.
     *
     * @param lock SDT_LOCKED (content editable, control not deletable) or SDT_CONTENT_LOCKED (neither)
     */
    Blocks control(Blocks where, String tag, String alias, STLock.Enum lock) {
        CTSdtBlock sdt = where.addSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewAlias().setVal(alias);
        pr.addNewTag().setVal(tag);
        pr.addNewId().setVal(BigInteger.valueOf(nextSdtId++));
        pr.addNewLock().setVal(lock);
        return new Blocks(null, sdt.addNewSdtContent(), sdt);
    }

    /** The text of every run inside the control, in order; what {@link DraftTags#contentHash} is taken of. */
    static String textOf(Blocks control) {
        StringBuilder sb = new StringBuilder();
        org.apache.xmlbeans.XmlCursor c = control.sdt.getSdtContent().newCursor();
        c.selectPath("declare namespace w='" + W + "' .//w:t");
        while (c.toNextSelection()) {
            sb.append(c.getTextValue());
        }
        c.close();
        return sb.toString();
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Marks the control's content as its placeholder: Word greys it and clears it when the user types. */
    void showingPlaceholder(Blocks control) {
        control.sdt.getSdtPr().addNewShowingPlcHdr();
    }

    /** A paragraph of the style; the text may hold footnote markers, which need {@code notes}. */
    CTP paragraph(Blocks where, String style, String text, Function<Integer, String> notes) {
        CTP p = where.addP();
        p.addNewPPr().addNewPStyle().setVal(style);
        if (text != null) {
            text(p, text, notes, null);
        }
        return p;
    }

    /** Appends text runs (and footnote references) to the paragraph, in an optional character style. */
    void text(CTP p, String text, Function<Integer, String> notes, String charStyle) {
        Matcher m = Inquiry.MARKER.matcher(text);
        int last = 0;
        while (m.find()) {
            runs(p, text.substring(last, m.start()), charStyle);
            int number = Integer.parseInt(m.group(1));
            if (notes == null) {
                throw new IllegalArgumentException("footnote marker [^" + number + "] in a text without footnotes: "
                        + text);
            }
            footnoteReference(p, footnote(number, notes.apply(number)));
            last = m.end();
        }
        runs(p, text.substring(last), charStyle);
    }

    /**
     * Runs of one script each, so Word sets Hangul and Han/kana in their fonts; neutral characters
     * (brackets, punctuation, digits, spaces) stay with the Latin family, except the CJK
     * punctuation and full-width forms.
     */
    void runs(CTP p, String text, String charStyle) {
        if (text.isEmpty()) {
            return;
        }
        int start = 0;
        Script current = Script.of(text.codePointAt(0));
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script s = Script.of(cp);
            if (s != current) {
                run(p, text.substring(start, i), current, charStyle);
                start = i;
                current = s;
            }
            i += Character.charCount(cp);
        }
        run(p, text.substring(start), current, charStyle);
    }

    private enum Script {
        LATIN, HANGUL, HAN;

        static Script of(int cp) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                return HANGUL;
            }
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
                return HAN;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.HIRAGANA
                    || block == Character.UnicodeBlock.CJK_COMPATIBILITY) {
                return HAN;
            }
            return LATIN;
        }
    }

    private void run(CTP p, String text, Script script, String charStyle) {
        if (text.isEmpty()) {
            return;
        }
        CTR r = p.addNewR();
        if (charStyle != null || script == Script.HANGUL || script == Script.HAN) {
            CTRPr pr = r.addNewRPr();
            if (charStyle != null) {
                pr.addNewRStyle().setVal(charStyle);
            }
            if (script == Script.HANGUL || script == Script.HAN) {
                var fonts = pr.addNewRFonts();
                fonts.setEastAsia(script == Script.HANGUL ? HANGUL_FONT : HAN_FONT);
                fonts.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
                pr.addNewLang().setEastAsia(script == Script.HANGUL ? "ko-KR" : "zh-CN");
            }
        }
        text(r, text);
    }

    /** Text with line breaks and tabs as Word elements. */
    static void text(CTR r, String text) {
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                r.addNewBr();
            }
            String[] cells = lines[l].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    r.addNewTab();
                }
                if (!cells[c].isEmpty()) {
                    CTText t = r.addNewT();
                    t.setStringValue(cells[c]);
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }

    /** Adds a footnote (its text may not hold markers) and returns its id. */
    int footnote(int number, String text) {
        int id = footnotes.getFootnotesList().size() - 1;
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setId(BigInteger.valueOf(id));
        CTP p = note.addNewP();
        p.addNewPPr().addNewPStyle().setVal(WordStyles.FOOTNOTE_TEXT);
        CTR ref = p.addNewR();
        ref.addNewRPr().addNewRStyle().setVal(WordStyles.FOOTNOTE_REFERENCE);
        ref.addNewFootnoteRef();
        runs(p, " " + text, null);
        footnotes.addFootnote(note);
        return id;
    }

    private static void footnoteReference(CTP p, int id) {
        CTR r = p.addNewR();
        r.addNewRPr().addNewRStyle().setVal(WordStyles.FOOTNOTE_REFERENCE);
        r.addNewFootnoteReference().setId(BigInteger.valueOf(id));
    }

    /**
     * A data table: header row repeated on every page, body rows, an optional total row; columns
     * from {@code numericFrom} (1-based) right-aligned.
     */
    void table(Blocks where, List<String> header, List<List<String>> rows, List<String> total, int numericFrom) {
        CTTbl tbl = where.addTable();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(WordStyles.TABLE);
        var width = pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        var grid = tbl.addNewTblGrid();
        int col = TEXT_WIDTH / header.size();
        for (int i = 0; i < header.size(); i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(col));
        }
        CTRow head = tbl.addNewTr();
        head.addNewTrPr().addNewTblHeader();
        head.getTrPr().addNewCantSplit();
        for (int i = 0; i < header.size(); i++) {
            CTTc tc = cell(head, col);
            tc.getTcPr().addNewShd().setVal(STShd.CLEAR);
            tc.getTcPr().getShd().setFill("E6E6E6");
            tc.getTcPr().getShd().setColor("auto");
            cellText(tc, i + 1 >= numericFrom ? WordStyles.TABLE_HEADING_NUMBER : WordStyles.TABLE_HEADING, header.get(i));
        }
        for (List<String> row : rows) {
            CTRow tr = tbl.addNewTr();
            tr.addNewTrPr().addNewCantSplit();
            for (int i = 0; i < row.size(); i++) {
                cellText(cell(tr, col), i + 1 >= numericFrom ? WordStyles.TABLE_NUMBER : WordStyles.TABLE_TEXT, row.get(i));
            }
        }
        if (total != null) {
            CTRow tr = tbl.addNewTr();
            tr.addNewTrPr().addNewCantSplit();
            for (int i = 0; i < total.size(); i++) {
                cellText(cell(tr, col), i + 1 >= numericFrom ? WordStyles.TABLE_TOTAL_NUMBER : WordStyles.TABLE_TOTAL,
                        total.get(i));
            }
        }
    }

    private static CTTc cell(CTRow tr, int width) {
        CTTc tc = tr.addNewTc();
        var w = tc.addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        return tc;
    }

    private void cellText(CTTc tc, String style, String text) {
        CTP p = tc.addNewP();
        p.addNewPPr().addNewPStyle().setVal(style);
        if (text != null) {
            runs(p, text, null);
        }
    }

    /** The running header of pages 2 and later: left text, right text, "Seite" and the PAGE field. */
    void runningHeader(String left, String right) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        CTP first = header.createParagraph().getCTP();
        first.addNewPPr().addNewPStyle().setVal(WordStyles.HEADER);
        runs(first, left + "\t" + right, null);
        CTP second = header.createParagraph().getCTP();
        second.addNewPPr().addNewPStyle().setVal(WordStyles.HEADER);
        runs(second, "\tSeite ", null);
        CTSimpleField page = second.addNewFldSimple();
        page.setInstr(" PAGE ");
        text(page.addNewR(), "2");
        // the PDF's running header band is taller than its two lines: keep the body off it
        second.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
        // page 1 carries the header block in the body and no running header
        doc.createHeader(HeaderFooterType.FIRST).createParagraph().getCTP().addNewPPr().addNewPStyle()
                .setVal(WordStyles.HEADER);
    }

    /** The footer of page 1 (pages 2 and later have none). */
    void firstPageFooter(String line) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.FIRST);
        CTP p = footer.createParagraph().getCTP();
        p.addNewPPr().addNewPStyle().setVal(WordStyles.FOOTER);
        if (line != null) {
            runs(p, line, null);
        }
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP().addNewPPr().addNewPStyle()
                .setVal(WordStyles.FOOTER);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** A page break before the paragraph. */
    static void pageBreakBefore(CTP p) {
        CTPPr pr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        pr.addNewPageBreakBefore();
    }

    /** A custom document property (text); coop reads its drafts back by these. */
    void property(String name, String value) {
        custom.put(name, value);
    }

    /**
     * Writes the document: properties set, every zip entry stamped with the document's date
     * instead of the clock, so the same content gives the same bytes.
     */
    void write(String title, String subject, List<String> keywords, String author, LocalDate date, OutputStream out)
            throws IOException {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setKeywords(String.join("; ", keywords));
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        Date stamp = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.setRevision("1");
        props.getExtendedProperties().getUnderlyingProperties().setApplication("coop");
        for (Map.Entry<String, String> e : custom.entrySet()) {
            props.getCustomProperties().addProperty(e.getKey(), e.getValue());
        }
        // no sectPr references are left dangling: POI adds header/footer references to the body's sectPr
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        for (CTHdrFtrRef ref : sect.getHeaderReferenceList()) {
            if (ref.getType() == null) {
                ref.setType(STHdrFtr.DEFAULT);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.write(bytes);
        doc.close();
        restamp(bytes.toByteArray(), date, out);
    }

    /** Copies the zip with every entry stamped with the given day (zip stores local time). */
    static void restamp(byte[] zipBytes, LocalDate date, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(date.atStartOfDay());
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
