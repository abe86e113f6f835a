package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.ReportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Footnotes sit at the foot of the page that prints their marker, on any page. */
class FootnotesTest {

    @Test
    void notesOnLaterPagesLandOnTheirMarkersPage() {
        Random random = new Random(7);
        Inquiries.Builder b = Inquiries.builder();
        List<Footnote> notes = new ArrayList<>(b.footnotes);
        List<Question> questions = new ArrayList<>();
        int next = 3;
        for (int q = 1; q <= 5; q++) {
            List<AnswerBlock> answer = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                String text = Texts.paragraph(random, 60 + random.nextInt(60));
                if (p == 1 || (q == 4 && p == 3)) {
                    // a marker in the middle of a paragraph: paragraphs may break across pages
                    int mid = text.indexOf(' ', text.length() / 2);
                    text = text.substring(0, mid) + "[^" + next + "]" + text.substring(mid);
                    notes.add(new Footnote(next, "Quelle Nummer " + next + ": Bericht der Landesregierung über"
                            + " die Europäische und Internationale Zusammenarbeit, Seite " + (100 + next)));
                    next++;
                }
                answer.add(Inquiries.p(text));
            }
            questions.add(new Question(q, b.questions.get(q - 1).text(), answer));
        }
        b.footnotes = notes;
        b.questions = questions;

        List<String> pages = Pdfs.pages(Pdfs.render(b.build()));

        assertThat(pages.size()).isGreaterThanOrEqualTo(4);
        for (int n = 3; n < next; n++) {
            String note = "Quelle Nummer " + n + ":";
            int notePage = -1;
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains(note)) {
                    assertThat(notePage).as("note %d printed once", n).isEqualTo(-1);
                    notePage = p;
                }
            }
            assertThat(notePage).as("note %d printed", n).isGreaterThan(0);
            // the marker: the superscript number right after a word, in the same page's text
            String body = Pdfs.compact(pages.get(notePage));
            int noteAt = body.indexOf(Pdfs.compact(n + " " + note));
            assertThat(body.substring(0, noteAt)).as("marker %d above its note", n).containsPattern("[a-zäöüß]" + n);
        }
        // the notes of page 1 stay on page 1
        assertThat(pages.get(0)).contains("1 https://www.land.nrw").contains("2 https://www.land.nrw");
    }

    @Test
    void notesThatDoNotFitTheFootOfThePageFailLoudly() {
        Inquiries.Builder b = Inquiries.builder();
        List<Footnote> notes = new ArrayList<>();
        notes.add(new Footnote(1, Texts.paragraph(new Random(1), 120)));
        notes.add(b.footnotes.get(1));
        b.footnotes = notes;

        assertThatThrownBy(() -> Pdfs.render(b.build())).isInstanceOf(ReportException.class)
                .hasMessageContaining("17/4514").hasMessageContaining("footnotes of page(s) [1]");
    }

    @Test
    void theNotesOfAPageAreOneNoteElementWithAnIdListedInTheIdTree() throws IOException {
        byte[] pdf = Pdfs.render(Inquiries.builder().build());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            List<PDStructureElement> notes = new ArrayList<>();
            collectNotes(root, notes);
            assertThat(notes).as("one Note per page with footnotes (the answer has them on page 1)").hasSize(1);
            PDStructureElement note = notes.get(0);
            assertThat(note.getElementIdentifier()).isEqualTo("note-1");
            PDNameTreeNode<PDStructureElement> ids = root.getIDTree();
            assertThat(ids).as("IDTree").isNotNull();
            assertThat(ids.getValue("note-1").getCOSObject()).isSameAs(note.getCOSObject());
            // the note's text is inside it: the marked content of the page's footnotes
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(stripper.getText(doc)).contains("1 https://www.land.nrw");
            assertThat(note.getKids()).isNotEmpty();
        }
    }

    private static void collectNotes(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Note".equals(element.getStructureType())) {
                    out.add(element);
                }
                collectNotes(element, out);
            }
        }
    }
}
