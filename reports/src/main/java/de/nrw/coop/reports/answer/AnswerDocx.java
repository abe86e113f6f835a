package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.pdf.PdfMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;

/**
 * The answer as an editable Word draft: the same document as the PDF, in named styles, with real
 * footnotes and running header, and made to come back. Each question's answer sits in a content
 * control tagged with the inquiry and question ({@link DraftTags}) that staff edit freely; the
 * computed blocks sit in locked controls inside it and show their current values; the front
 * matter and the questions are locked. The document carries the version of every stored answer,
 * so an import can tell a stale draft. Contributions of the departments, if any, follow each
 * answer in a marked section that the import ignores.
 */
final class AnswerDocx {
    /** Where the departments' contributions are shown in a draft; time stamps in this zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Inquiry inquiry;
    /** What each computed block shows, by question and block position; null: tables only, shown from {@code tables}. */
    private final Map<Integer, List<List<AnswerBlock>>> computed;
    private final Map<AnswerBlock.DataTable, TableData> tables;
    private final List<Contribution> contributions;
    private final WordDocument word = new WordDocument();
    private final Function<Integer, String> notes;

    private AnswerDocx(Inquiry inquiry, Map<Integer, List<List<AnswerBlock>>> computed,
                       Map<AnswerBlock.DataTable, TableData> tables, List<Contribution> contributions) {
        this.inquiry = inquiry;
        this.computed = computed;
        this.tables = tables;
        this.contributions = contributions;
        this.notes = n -> inquiry.footnote(n).text();
    }

    /**
     * @param computed what each block shows (see {@link ComputedBlocks#resolveEach}); null where the
     *                 answers hold no computed blocks but tables
     */
    static void write(Inquiry inquiry, Map<Integer, List<List<AnswerBlock>>> computed,
                      Map<AnswerBlock.DataTable, TableData> tables, List<Contribution> contributions,
                      OutputStream out) throws IOException {
        new AnswerDocx(inquiry, computed, tables, contributions).write(out);
    }

    private void write(OutputStream out) throws IOException {
        Map<String, Object> p = AnswerRows.parameters(inquiry);
        word.property(DraftTags.INQUIRY, inquiry.id().toString());
        word.property(DraftTags.KIND, DraftTags.ANSWER_DRAFT);
        WordDocument.Blocks body = word.body();
        WordDocument.Blocks front = word.control(body, DraftTags.tag(DraftTags.FRONT, inquiry.id()),
                "Kopf und Vorbemerkung (nicht bearbeitbar)", STLock.SDT_CONTENT_LOCKED);
        frontMatter(front, p);
        word.paragraph(front, WordStyles.ATTRIBUTION, inquiry.attribution(), notes);

        boolean breakNext = true;
        if (!inquiry.governmentPreface().isEmpty()) {
            WordDocument.Blocks gov = word.control(body, DraftTags.tag(DraftTags.FRONT, inquiry.id(), 0),
                    "Vorbemerkung der Landesregierung (nicht bearbeitbar)", STLock.SDT_CONTENT_LOCKED);
            CTP heading = word.paragraph(gov, WordStyles.HEADING, AnswerRows.GOVERNMENT_PREFACE_HEADING, null);
            WordDocument.pageBreakBefore(heading);
            breakNext = false;
            for (String paragraph : inquiry.governmentPreface()) {
                word.paragraph(gov, WordStyles.PREFACE, paragraph, notes);
            }
        }
        for (Question q : inquiry.questions()) {
            WordDocument.Blocks question = word.control(body, DraftTags.tag(DraftTags.QUESTION, inquiry.id(), q.number()),
                    "Frage " + q.number() + " (nicht bearbeitbar)", STLock.SDT_CONTENT_LOCKED);
            CTP qp = word.paragraph(question, WordStyles.QUESTION, q.number() + ".\t" + q.text(), notes);
            if (breakNext) {
                WordDocument.pageBreakBefore(qp);
                breakNext = false;
            }
            answer(body, q);
            contributions(body, q);
            word.property(DraftTags.VERSION_PREFIX + q.number(), DraftTags.version(inquiry, q.number()));
        }
        word.runningHeader((String) p.get("RUNNING_LEFT"), (String) p.get("HEADER_RIGHT"));
        word.firstPageFooter((String) p.get("FOOTER_LINE"));
        // the same title, subject, keywords and author as the PDF's metadata
        PdfMetadata meta = AnswerRenderer.metadata(inquiry);
        word.write(meta.title(), meta.subject(), meta.effectiveKeywords(), meta.author(), meta.documentDate(), out);
    }

    /** Header block, "Antwort", requester block, title and the Vorbemerkung der Kleinen Anfrage. */
    void frontMatter(WordDocument.Blocks where, Map<String, Object> p) {
        CTP first = word.paragraph(where, WordStyles.HEADER_BLOCK, null, null);
        word.text(first, "LANDTAG NORDRHEIN-WESTFALEN", null, WordStyles.HEADER_PARLIAMENT);
        word.runs(first, "\t" + p.get("HEADER_RIGHT"), null);
        String date = (String) p.get("HEADER_DATE");
        word.paragraph(where, WordStyles.HEADER_BLOCK, p.get("PERIOD_LINE") + (date == null ? "" : "\t" + date), null);
        word.paragraph(where, WordStyles.ANSWER_HEADING, "Antwort", null);
        word.paragraph(where, WordStyles.REQUESTER, (String) p.get("REQUESTER_BLOCK"), null);
        word.paragraph(where, WordStyles.TITLE, inquiry.title(), notes);
        if (!inquiry.preface().isEmpty()) {
            word.paragraph(where, WordStyles.HEADING, AnswerRows.prefaceHeading(inquiry), null);
            for (String paragraph : inquiry.preface()) {
                word.paragraph(where, WordStyles.PREFACE, paragraph, notes);
            }
        }
    }

    private void answer(WordDocument.Blocks body, Question q) {
        WordDocument.Blocks answer = word.control(body, DraftTags.tag(DraftTags.ANSWER, inquiry.id(), q.number()),
                "Antwort zu Frage " + q.number(), STLock.SDT_LOCKED);
        int count = 0;
        for (int i = 0; i < q.answer().size(); i++) {
            AnswerBlock block = q.answer().get(i);
            if (block instanceof AnswerBlock.Paragraph para) {
                word.paragraph(answer, WordStyles.ANSWER, para.text(), notes);
            } else {
                count++;
                WordDocument.Blocks locked = word.control(answer, DraftTags.tag(DraftTags.COMPUTED, inquiry.id(),
                        q.number(), String.valueOf(count)), "Berechnet aus den Daten (nicht bearbeitbar)",
                        STLock.SDT_CONTENT_LOCKED);
                List<AnswerBlock> shown = computed == null ? List.of(block) : computed.get(q.number()).get(i);
                for (AnswerBlock s : shown) {
                    if (s instanceof AnswerBlock.Paragraph para) {
                        word.paragraph(locked, WordStyles.ANSWER, para.text(), notes);
                    } else {
                        computedBlock(locked, q, s);
                    }
                }
                word.property(DraftTags.COMPUTED_PREFIX + q.number() + "." + count,
                        DraftTags.contentHash(WordDocument.textOf(locked)));
            }
        }
        if (q.answer().isEmpty()) {
            // an empty control still needs a paragraph to type into
            word.paragraph(answer, WordStyles.ANSWER, null, null);
        }
    }

    private void computedBlock(WordDocument.Blocks where, Question q, AnswerBlock block) {
        if (block instanceof AnswerBlock.DataTable t) {
            TableData data = tables.get(t);
            if (data == null) {
                throw new IllegalArgumentException("no data resolved for table " + t.kind().id() + " of question "
                        + q.number() + " of inquiry " + inquiry.id());
            }
            if (t.caption() != null) {
                word.paragraph(where, WordStyles.CAPTION, t.caption(), notes);
            }
            if (data.rows().isEmpty()) {
                word.paragraph(where, WordStyles.ANSWER, AnswerRows.NO_DATA, null);
            } else {
                word.table(where, data.header(), data.rows(), data.total(), data.numericFrom());
                // an empty line's space below the table, as between paragraphs
                word.paragraph(where, WordStyles.ANSWER, null, null);
            }
        } else {
            throw new IllegalArgumentException("question " + q.number() + " of inquiry " + inquiry.id()
                    + ": the Word draft cannot show a computed block of type " + block.getClass().getSimpleName());
        }
    }

    private void contributions(WordDocument.Blocks body, Question q) {
        List<Contribution> mine = new ArrayList<>();
        for (Contribution c : contributions) {
            if (c.question() == q.number()) {
                mine.add(c);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        WordDocument.Blocks section = word.control(body, DraftTags.tag(DraftTags.CONTRIBUTIONS, inquiry.id(), q.number()),
                "Beiträge der Ressorts zu Frage " + q.number() + " (nicht Teil der Antwort)", STLock.SDT_CONTENT_LOCKED);
        word.paragraph(section, WordStyles.CONTRIBUTION_HEADING, "Beiträge der Ressorts zu Frage " + q.number()
                + " – nicht Teil der Antwort, wird beim Import nicht gelesen; zum Übernehmen in die Antwort kopieren", null);
        for (Contribution c : mine) {
            word.paragraph(section, WordStyles.CONTRIBUTION_HEADING, c.departmentKey() + ", eingegangen am "
                    + GermanFormat.shortDate(c.received().atZone(ZONE).toLocalDate()) + ":", null);
            for (String text : c.inlineText()) {
                word.paragraph(section, WordStyles.CONTRIBUTION, text, null);
            }
        }
    }
}
