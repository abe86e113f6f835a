package de.nrw.coop.reports.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerReport;
import de.nrw.coop.reports.pdf.PdfValidation;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A draft edited the way Word saves it (document XML rewritten: a paragraph changed, a footnote
 * added, a paragraph deleted) goes back into the store, on H2 and PostgreSQL; and every draft coop
 * cannot take back is refused with the question named and the store unchanged.
 */
class RoundTripTest {
    static final InquiryId ID = InquiryId.parse("17/4514");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-11-05T09:30:00Z"), ZoneOffset.UTC);
    static final AnswerBlock.DataTable VISITS = new AnswerBlock.DataTable(TableKind.VISITS_PER_YEAR, List.of(), null,
            null, "Besuche nach Jahren");

    @TempDir
    Path dir;

    /** The demo store, with a computed table added to answer 3 so there is a locked block to keep. */
    static CoopStore demo(Backend backend) {
        CoopStore store = backend.open();
        store.importFiles(DemoData.sources());
        store.replaceAnswers(ID, i -> {
            List<AnswerBlock> q3 = new ArrayList<>(i.questions().get(2).answer());
            q3.add(VISITS);
            return i.withAnswers(Map.of(3, q3), Map.of());
        });
        return store;
    }

    Path draft(CoopStore store) {
        Path file = dir.resolve("17-4514.docx");
        AnswerReport.write(store, ID, AnswerFormat.DOCX, file);
        return file;
    }

    static String pdfText(CoopStore store, Path dir) throws IOException {
        Path pdf = dir.resolve("17-4514.pdf");
        AnswerReport.write(store, ID, AnswerFormat.PDF, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfValidation.failures(bytes)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static final String NEW_NOTE = "<w:footnote w:id=\"3\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>"
            + "</w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r>"
            + "<w:t xml:space=\"preserve\"> Bericht der Landesregierung über die Internationale Zusammenarbeit 2019,"
            + " S. 41</w:t></w:r></w:p></w:footnote>";

    /** A paragraph changed (with Word's run splitting and proofing marks), a footnote added, a paragraph deleted. */
    Path edited(Path draft) {
        return Docx.of(draft)
                .document(xml -> Docx.once(xml, "<w:t xml:space=\"preserve\">Im genannten Zeitraum beuchten drei",
                        "<w:t xml:space=\"preserve\">Im genannten Zeitraum </w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                                + "<w:r w:rsidR=\"00A1B2C3\"><w:t>besuchten</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
                                + "<w:r><w:t xml:space=\"preserve\"> drei"))
                .document(xml -> Docx.once(xml, "für die polizeiliche Alltagsarbeit.</w:t></w:r>",
                        "für die polizeiliche Alltagsarbeit.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>"
                                + "</w:rPr><w:footnoteReference w:id=\"3\"/></w:r><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>"
                                + "<w:bookmarkEnd w:id=\"0\"/>"))
                .document(xml -> Docx.deleteParagraph(xml, "Die Zusammenarbeit des JM mit Südkorea diente"))
                .edit("word/footnotes.xml", xml -> xml.replace("</w:footnotes>", NEW_NOTE + "</w:footnotes>"))
                .save(dir.resolve("answer.docx"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedDraftReplacesTheStoredAnswersAndKeepsComputedBlocks(Backend backend) throws IOException {
        try (CoopStore store = demo(backend)) {
            Inquiry before = store.inquiry(ID).orElseThrow();
            WordImport.Result result = WordImport.importFile(store, edited(draft(store)), CLOCK, "referat-322");

            assertThat(result.kind()).isEqualTo("answer-draft");
            assertThat(result.changes()).containsExactly(
                    "question 1: unchanged",
                    "question 2: changed paragraph 2",
                    "question 3: unchanged",
                    "question 4: changed paragraph 1; removed paragraph 3 („Die Zusammenarbeit des JM mit Südkorea"
                            + " diente dem …“); added footnote „Bericht der Landesregierung über die Internationale …“",
                    "question 5: unchanged");

            Inquiry after = store.inquiry(ID).orElseThrow();
            assertThat(after).isEqualTo(result.answer());
            // the import is a step in the inquiry's history; the status stays
            var history = store.history(ID);
            assertThat(history.get(history.size() - 1).note())
                    .isEqualTo("answer imported from Word draft answer.docx: questions 2, 4 changed");
            assertThat(history.get(history.size() - 1).user()).isEqualTo("referat-322");
            assertThat(history.get(history.size() - 1).status()).isEqualTo(history.get(history.size() - 2).status());
            Question q2 = after.questions().get(1);
            assertThat(((AnswerBlock.Paragraph) q2.answer().get(1)).text())
                    .startsWith("Im genannten Zeitraum besuchten drei Richter des Landgerichts Seoul");
            // the new footnote is number 3, after the two of the Vorbemerkung, with its text
            assertThat(((AnswerBlock.Paragraph) after.questions().get(3).answer().get(0)).text())
                    .endsWith("für die polizeiliche Alltagsarbeit.[^3]");
            assertThat(after.footnotes()).hasSize(3);
            assertThat(after.footnote(3).text())
                    .isEqualTo("Bericht der Landesregierung über die Internationale Zusammenarbeit 2019, S. 41");
            assertThat(after.footnote(1)).isEqualTo(before.footnote(1));
            assertThat(after.questions().get(3).answer()).hasSize(2);
            // the computed text blocks of answer 5 stay templates
            assertThat(after.questions().get(4)).isEqualTo(before.questions().get(4));
            // the computed table is still the computed block, not its printed values
            assertThat(after.questions().get(2).answer()).hasSize(2).last().isEqualTo(VISITS);
            // nothing else moved
            assertThat(after.preface()).isEqualTo(before.preface());
            assertThat(after.questions().get(0)).isEqualTo(before.questions().get(0));

            String pdf = pdfText(store, dir);
            assertThat(pdf).contains("besuchten drei Richter").doesNotContain("beuchten")
                    .doesNotContain("diente dem Informations- und Fachaustausch")
                    .contains("16 neuen südkoreanischen Unternehmen")
                    .contains("3 Bericht der Landesregierung über die Internationale Zusammenarbeit 2019, S. 41")
                    .contains("Alltagsarbeit.3")
                    .contains("Besuche nach Jahren");

            // a new draft of the new state imports as unchanged
            WordImport.Result again = WordImport.importFile(store, draft(store), CLOCK, "referat-322");
            assertThat(again.changes()).allMatch(line -> line.endsWith(": unchanged"));
            assertThat(store.inquiry(ID).orElseThrow()).isEqualTo(after);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDraftWrittenBeforeTheStoreChangedIsAConflict(Backend backend) {
        try (CoopStore store = demo(backend)) {
            Path old = edited(draft(store));
            Inquiry changed = store.replaceAnswers(ID, i -> i.withAnswers(Map.of(2,
                    List.of(new AnswerBlock.Paragraph("Inzwischen anders beantwortet."))), Map.of())).orElseThrow();
            String stored = de.nrw.coop.reports.answer.DraftTags.version(changed, 2);
            String drafted = de.nrw.coop.reports.answer.DraftTags.version(demoState(backend), 2);
            assertThatThrownBy(() -> WordImport.importFile(store, old, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("answer.docx: question 2: the stored answer changed after this draft was written"
                            + " (draft version " + drafted + ", stored version " + stored + "); importing would"
                            + " overwrite that change: write a new draft (coop inquiry pdf 17/4514 --format docx"
                            + " -o FILE) and carry the edits over; nothing was imported");
            assertThat(store.inquiry(ID).orElseThrow()).isEqualTo(changed);
            assertThat(store.history(ID)).noneMatch(c -> c.note() != null && c.note().contains("Word draft"));
        }
    }

    private static Inquiry demoState(Backend backend) {
        try (CoopStore fresh = demo(backend)) {
            return fresh.inquiry(ID).orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletedControlsAreRefusedNamingTheQuestion(Backend backend) {
        try (CoopStore store = demo(backend)) {
            Inquiry before = store.inquiry(ID).orElseThrow();
            Path file = Docx.of(draft(store))
                    .document(xml -> Docx.unwrapControl(xml, "coop:answer:17/4514:2"))
                    .document(xml -> Docx.deleteControl(xml, "coop:computed:17/4514:3:1"))
                    .save(dir.resolve("answer.docx"));
            assertThatThrownBy(() -> WordImport.importFile(store, file, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("answer.docx: 2 problems; nothing was imported" + System.lineSeparator()
                            + "  question 2: the answer control (coop:answer:17/4514:2) was deleted; without it coop"
                            + " cannot tell the answer from the rest: write a new draft and carry the edits over"
                            + System.lineSeparator()
                            + "  question 3: the computed block coop:computed:17/4514:3:1 was deleted; computed blocks"
                            + " come from the data and stay in the answer: undo the deletion");
            assertThat(store.inquiry(ID).orElseThrow()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDraftOfAnInquiryTheStoreDoesNotHoldIsRefused(Backend backend) {
        try (CoopStore store = demo(backend)) {
            Path file = Docx.of(draft(store))
                    .edit("docProps/custom.xml", xml -> xml.replace("<vt:lpwstr>17/4514</vt:lpwstr>",
                            "<vt:lpwstr>17/9999</vt:lpwstr>"))
                    .save(dir.resolve("answer.docx"));
            assertThatThrownBy(() -> WordImport.importFile(store, file, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("answer.docx: the draft is of Kleine Anfrage 17/9999, which is not in the store ("
                            + store.url() + "); nothing was imported");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void whatTheStoreCannotHoldIsRefusedNotDropped(Backend backend) {
        try (CoopStore store = demo(backend)) {
            Inquiry before = store.inquiry(ID).orElseThrow();
            Path file = Docx.of(draft(store))
                    .document(xml -> Docx.once(xml, "<w:r><w:t xml:space=\"preserve\">Die Zusammenarbeit des JM",
                            "<w:ins w:id=\"7\" w:author=\"Referat 322\" w:date=\"2020-11-04T10:00:00Z\"><w:r><w:t>Neu: </w:t>"
                                    + "</w:r></w:ins><w:r><w:t xml:space=\"preserve\">Die Zusammenarbeit des JM"))
                    .document(xml -> Docx.once(xml, "<w:r><w:t xml:space=\"preserve\">Am 15. September 2014",
                            "<w:r><w:rPr><w:b/></w:rPr><w:t>Wichtig:</w:t></w:r><w:r><w:t xml:space=\"preserve\">"
                                    + "Am 15. September 2014"))
                    .document(xml -> xml.replace("16 neuen", "18 neuen"))
                    .document(xml -> Docx.once(xml, "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST bisher",
                            "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST seit 2017"))
                    .save(dir.resolve("answer.docx"));
            assertThatThrownBy(() -> WordImport.importFile(store, file, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("answer.docx: 4 problems; nothing was imported" + System.lineSeparator()
                            + "  question 1: „Wichtig:“ is bold; answers are stored as plain text and the formatting"
                            + " would be lost: remove it (select the text, Ctrl+Space) and import again"
                            + System.lineSeparator()
                            + "  question 4: the document holds tracked changes; accept or reject them in Word"
                            + " (Review > Accept/Reject), save, and import again" + System.lineSeparator()
                            + "  question 5: the text of the question was changed; coop reads back only the answers,"
                            + " the question stays as the Landtag asked it: undo the change" + System.lineSeparator()
                            + "  question 5: the computed block coop:computed:17/4514:5:1 was edited; its values come"
                            + " from the data and an edit there would be lost: undo the edit, or write the text as a"
                            + " paragraph of its own outside the block");
            assertThat(store.inquiry(ID).orElseThrow()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFileThatIsNoCoopDocumentIsRefused(Backend backend) throws IOException {
        try (CoopStore store = backend.open()) {
            Path notZip = Files.writeString(dir.resolve("notes.docx"), "just text");
            assertThatThrownBy(() -> WordImport.importFile(store, notZip, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessageStartingWith("notes.docx: not a Word document (.docx) coop can read: ");
            Path plain = dir.resolve("plain.docx");
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(plain)) {
                doc.createParagraph().createRun().setText("Antwort");
                doc.write(out);
            }
            assertThatThrownBy(() -> WordImport.importFile(store, plain, CLOCK, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("plain.docx: not an answer draft or contribution form written by coop (it lacks the"
                            + " document properties coop.document and coop.inquiry); write one with 'coop inquiry pdf"
                            + " ID --format docx' or 'coop inquiry request'; nothing was imported");
        }
    }
}
