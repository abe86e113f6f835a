package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.CoopStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;

/** The Word draft of an answer, reopened with POI: styles, footnotes, header and footer, properties, controls. */
class AnswerDocxTest {
    private static final AnswerBlock.DataTable PROJECTS =
            new AnswerBlock.DataTable(TableKind.PROJECTS, List.of(), null, null, "Projekte mit Partnern");

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Every paragraph of the body in document order, content controls opened, table cells left out. */
    static List<CTP> paragraphs(XWPFDocument doc) {
        List<CTP> all = new ArrayList<>();
        for (org.apache.xmlbeans.XmlObject o : doc.getDocument().getBody().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:p")) {
            boolean inTable = false;
            for (org.w3c.dom.Node n = o.getDomNode().getParentNode(); n != null; n = n.getParentNode()) {
                inTable |= "tc".equals(n.getLocalName());
            }
            if (!inTable) {
                all.add((CTP) o);
            }
        }
        return all;
    }

    static String text(CTP p) {
        StringBuilder sb = new StringBuilder();
        org.apache.xmlbeans.XmlCursor c = p.newCursor();
        c.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:t|.//w:tab|.//w:footnoteReference");
        while (c.toNextSelection()) {
            String name = c.getName().getLocalPart();
            sb.append(switch (name) {
                case "t" -> c.getTextValue();
                case "tab" -> "\t";
                default -> "[fn]";
            });
        }
        c.close();
        return sb.toString();
    }

    static String style(CTP p) {
        return p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : null;
    }

    @Test
    void theDraftIsARealWordDocumentInNamedStyles() throws IOException {
        Inquiry inquiry = Inquiries.kleineAnfrage4514();
        byte[] docx = Pdfs.render(inquiry, Map.of(), AnswerFormat.DOCX);
        try (XWPFDocument doc = open(docx)) {
            List<CTP> ps = paragraphs(doc);
            List<String> texts = ps.stream().map(AnswerDocxTest::text).toList();
            List<String> styles = ps.stream().map(AnswerDocxTest::style).toList();

            assertThat(texts.get(0)).isEqualTo("LANDTAG NORDRHEIN-WESTFALEN\tDrucksache 17/11754");
            assertThat(texts.get(1)).isEqualTo("17. Wahlperiode\t09.11.2020");
            assertThat(styles.subList(0, 2)).containsOnly(WordStyles.HEADER_BLOCK);
            assertThat(text(ps, styles, WordStyles.TITLE)).containsExactly(inquiry.title());
            assertThat(text(ps, styles, WordStyles.HEADING)).containsExactly("Vorbemerkung der Kleinen Anfrage");
            assertThat(text(ps, styles, WordStyles.PREFACE)).hasSize(inquiry.preface().size());
            assertThat(text(ps, styles, WordStyles.ATTRIBUTION)).containsExactly(inquiry.attribution());
            // questions: "1.<tab>text" in the question style (bold, hanging indent), one per question, in order
            List<String> questions = text(ps, styles, WordStyles.QUESTION);
            assertThat(questions).hasSize(inquiry.questions().size());
            for (Question q : inquiry.questions()) {
                assertThat(questions.get(q.number() - 1)).isEqualTo(q.number() + ".\t" + q.text());
            }
            CTStyle question = doc.getStyles().getStyle(WordStyles.QUESTION).getCTStyle();
            assertThat(question.getRPr().getBArray()).isNotEmpty();
            assertThat(question.getPPr().getInd().getHanging()).hasToString(String.valueOf(WordStyles.HANG));
            assertThat(question.getPPr().getKeepNext()).isNotNull();
            for (String id : List.of(WordStyles.ANSWER, WordStyles.CAPTION, WordStyles.TABLE, WordStyles.TABLE_HEADING,
                    WordStyles.FOOTNOTE_TEXT, WordStyles.HEADER, WordStyles.FOOTER, WordStyles.PREFACE)) {
                XWPFStyle s = doc.getStyles().getStyle(id);
                assertThat(s).as(id).isNotNull();
                assertThat(s.getName()).as(id).isNotBlank();
            }
            // the answers start on page 2: a page break before question 1
            CTP first = ps.get(styles.indexOf(WordStyles.QUESTION));
            assertThat(first.getPPr().getPageBreakBefore()).isNotNull();
            // every answer paragraph of the store, in the answer style, nothing else
            long storedParagraphs = inquiry.questions().stream().flatMap(q -> q.answer().stream())
                    .filter(b -> b instanceof AnswerBlock.Paragraph).count();
            assertThat(text(ps, styles, WordStyles.ANSWER)).hasSize((int) storedParagraphs);
            // no layout tables: the demo answer has no data table
            assertThat(doc.getTables()).isEmpty();
            assertThat(doc.getDocument().getBody().getDomNode().getOwnerDocument()
                    .getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tbl")
                    .getLength()).isZero();

            // language and fonts: German, Arial-metric, East-Asian fallback
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("de-DE");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("Droid Sans Fallback");
        }
    }

    private static List<String> text(List<CTP> ps, List<String> styles, String style) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (style.equals(styles.get(i))) {
                out.add(text(ps.get(i)));
            }
        }
        return out;
    }

    @Test
    void footnotesAreWordFootnotesAtTheirMarkers() throws IOException {
        Inquiry inquiry = Inquiries.kleineAnfrage4514();
        try (XWPFDocument doc = open(Pdfs.render(inquiry, Map.of(), AnswerFormat.DOCX))) {
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(n -> n.getCTFtnEdn().getType() == null).toList();
            assertThat(notes).hasSize(inquiry.footnotes().size());
            for (int i = 0; i < notes.size(); i++) {
                assertThat(notes.get(i).getParagraphs().get(0).getText().strip()).isEqualTo(inquiry.footnotes().get(i).text());
                assertThat(notes.get(i).getCTFtnEdn().getId().intValue()).isEqualTo(i + 1);
            }
            // separators as Word writes them
            assertThat(doc.getFootnotes().stream().filter(n -> n.getCTFtnEdn().getType() != null)).hasSize(2);
            // the markers of the preface: footnote references where the text had [^1], [^2], no digits left in the text
            List<String> preface = paragraphs(doc).stream().filter(p -> WordStyles.PREFACE.equals(style(p)))
                    .map(AnswerDocxTest::text).toList();
            String all = String.join("\n", preface);
            assertThat(all.split("\\[fn]", -1)).hasSize(inquiry.footnotes().size() + 1);
            assertThat(all).doesNotContain("[^");
        }
    }

    @Test
    void runningHeaderFooterAndPropertiesAreWordParts() throws IOException {
        Inquiry inquiry = Inquiries.kleineAnfrage4514();
        try (XWPFDocument doc = open(Pdfs.render(inquiry, Map.of(), AnswerFormat.DOCX))) {
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            String header = policy.getDefaultHeader().getText();
            assertThat(header).contains("LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode\tDrucksache 17/11754")
                    .contains("Seite");
            assertThat(policy.getDefaultHeader().getParagraphs().get(1).getCTP().getFldSimpleArray(0).getInstr().strip())
                    .isEqualTo("PAGE");
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            assertThat(policy.getFirstPageFooter().getText().strip())
                    .isEqualTo("Datum des Originals: 09.11.2020/Ausgegeben: 13.11.2020");
            assertThat(policy.getDefaultFooter().getText()).isBlank();
            assertThat(doc.getDocument().getBody().getSectPr().getTitlePg()).isNotNull();
            // the body does not repeat the running header
            assertThat(paragraphs(doc).stream().map(AnswerDocxTest::text))
                    .noneMatch(t -> t.contains("LANDTAG NORDRHEIN-WESTFALEN - "));

            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(inquiry.title());
            assertThat(core.getSubject()).isEqualTo("Antwort der Landesregierung auf die Kleine Anfrage 4514,"
                    + " Drucksache 17/11754");
            assertThat(core.getKeywords()).isEqualTo("Kleine Anfrage 17/4514; Drucksache 17/11308; Drucksache 17/11754");
            assertThat(core.getCreator()).isEqualTo("Landesregierung Nordrhein-Westfalen");
            assertThat(core.getCreated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2020-11-09T00:00:00Z")));
            var custom = doc.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DraftTags.INQUIRY).getLpwstr()).isEqualTo("17/4514");
            assertThat(custom.getProperty(DraftTags.KIND).getLpwstr()).isEqualTo(DraftTags.ANSWER_DRAFT);
            for (Question q : inquiry.questions()) {
                assertThat(custom.getProperty(DraftTags.VERSION_PREFIX + q.number()).getLpwstr())
                        .isEqualTo(DraftTags.version(inquiry, q.number())).hasSize(16);
            }
        }
    }

    @Test
    void eachAnswerSitsInATaggedControlAndComputedTablesInLockedOnes() throws IOException {
        Inquiry inquiry = DataTableTest.withTables(PROJECTS);
        try (CoopStore store = Inquiries.demoStore()) {
            Map<AnswerBlock.DataTable, TableData> tables = AnswerTables.resolve(store, inquiry);
            try (XWPFDocument doc = open(Pdfs.render(inquiry, tables, AnswerFormat.DOCX))) {
                CTBody body = doc.getDocument().getBody();
                List<String> tags = new ArrayList<>();
                for (CTSdtBlock sdt : body.getSdtList()) {
                    tags.add(sdt.getSdtPr().getTag().getVal());
                }
                assertThat(tags).containsExactly("coop:front:17/4514",
                        "coop:question:17/4514:1", "coop:answer:17/4514:1",
                        "coop:question:17/4514:2", "coop:answer:17/4514:2",
                        "coop:question:17/4514:3", "coop:answer:17/4514:3",
                        "coop:question:17/4514:4", "coop:answer:17/4514:4",
                        "coop:question:17/4514:5", "coop:answer:17/4514:5");
                for (CTSdtBlock sdt : body.getSdtList()) {
                    String tag = sdt.getSdtPr().getTag().getVal();
                    STLock.Enum lock = sdt.getSdtPr().getLock().getVal();
                    // answers: editable but not deletable; everything else: neither
                    assertThat(lock).as(tag).isEqualTo(tag.startsWith("coop:answer:") ? STLock.SDT_LOCKED
                            : STLock.SDT_CONTENT_LOCKED);
                }
                CTSdtBlock answer3 = body.getSdtArray(6);
                CTSdtBlock computed = answer3.getSdtContent().getSdtArray(0);
                assertThat(computed.getSdtPr().getTag().getVal()).isEqualTo("coop:computed:17/4514:3:1");
                assertThat(computed.getSdtPr().getLock().getVal()).isEqualTo(STLock.SDT_CONTENT_LOCKED);
                CTTbl tbl = computed.getSdtContent().getTblArray(0);
                TableData data = tables.get(PROJECTS);
                assertThat(tbl.getTblPr().getTblStyle().getVal()).isEqualTo(WordStyles.TABLE);
                assertThat(tbl.getTrList()).hasSize(1 + data.rows().size());
                // the header row repeats on every page; body rows stay whole
                assertThat(tbl.getTrArray(0).getTrPr().getTblHeaderList()).hasSize(1);
                assertThat(tbl.getTrArray(1).getTrPr().getTblHeaderList()).isEmpty();
                assertThat(doc.getTables().size()).isZero(); // inside controls, not loose in the body
                org.apache.poi.xwpf.usermodel.XWPFTable table = new org.apache.poi.xwpf.usermodel.XWPFTable(tbl, doc);
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList())
                        .isEqualTo(data.header());
                for (int r = 0; r < data.rows().size(); r++) {
                    assertThat(table.getRow(r + 1).getTableCells().stream().map(c -> c.getText()).toList())
                            .isEqualTo(data.rows().get(r));
                }
                // the Hangul of a partner's native name is set in NanumGothic, the Latin beside it in Arial
                String xml = tbl.xmlText();
                assertThat(xml).contains("경찰대학");
                assertThat(xml).containsPattern("w:eastAsia=\"NanumGothic\"[^>]*/>(<[^>]+>)*<w:t[^>]*>경찰대학");
                assertThat(xml).doesNotContainPattern("NanumGothic[^>]*/>(<[^>]+>)*<w:t[^>]*>[^<]*Korean");
            }
        }
    }

    @Test
    void hanAndKanaGetTheFallbackFont() throws IOException {
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(0, new Question(1, questions.get(0).text(),
                List.of(Inquiries.p("Partner ist die Universität Peking (北京大学) und die Universität Tokio (東京大学, とうきょう・ーゼ)."))));
        b.questions = questions;
        try (XWPFDocument doc = open(Pdfs.render(b.build(), Map.of(), AnswerFormat.DOCX))) {
            String xml = doc.getDocument().getBody().getSdtArray(2).xmlText();
            assertThat(xml).containsPattern("w:eastAsia=\"Droid Sans Fallback\"[^>]*/>(<[^>]+>)*<w:t[^>]*>北京大学<");
            assertThat(xml).containsPattern("w:eastAsia=\"Droid Sans Fallback\"[^>]*/>(<[^>]+>)*<w:t[^>]*>東京大学<");
            // kana with the CJK punctuation of their words; the Latin comma between stays Latin
            assertThat(xml).containsPattern("w:eastAsia=\"Droid Sans Fallback\"[^>]*/>(<[^>]+>)*<w:t[^>]*>とうきょう・ーゼ<");
            assertThat(xml).contains(">, <");
            assertThat(xml).contains(">Partner ist die Universität Peking (<");
        }
    }
}
