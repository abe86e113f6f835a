package de.nrw.coop.reports.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerReport;
import de.nrw.coop.reports.answer.ContributionForm;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.testing.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;

/**
 * The Ressortabfrage end to end on H2 and PostgreSQL: forms for two departments, returned filled in
 * as Word saves them, stored as contributions without touching the answer, and shown in the lead
 * desk's answer draft.
 */
class ContributionCycleTest {
    static final LocalDate DUE = LocalDate.of(2020, 10, 27);
    static final LocalDate ASKED = LocalDate.of(2020, 10, 13);

    @TempDir
    Path dir;

    private Path form(CoopStore store, Inquiry inquiry, String key, List<Integer> questions) {
        Department d = department(store, key);
        Department lead = department(store, "MBEI-17");
        Path file = dir.resolve(ContributionForm.fileName(inquiry, d));
        ContributionForm.write(inquiry, d, lead, questions, DUE, ASKED, file);
        List<ContributionRequest> requests = new ArrayList<>();
        for (int q : questions) {
            requests.add(new ContributionRequest(inquiry.id(), key, q, DUE, "MBEI-17", Instant.parse("2020-10-13T08:00:00Z")));
        }
        store.recordRequests(requests, "contributions requested from " + key, "referat-322");
        return file;
    }

    private static Department department(CoopStore store, String key) {
        return store.departments().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    /** Types the text into the department's field of the question, as Word does: the placeholder goes. */
    static String fill(String xml, String tag, String paragraphsXml) {
        int at = xml.indexOf("w:val=\"" + tag + "\"");
        int plc = xml.indexOf("<w:showingPlcHdr/>", at);
        xml = xml.substring(0, plc) + xml.substring(plc + "<w:showingPlcHdr/>".length());
        int start = xml.indexOf("<w:sdtContent>", at) + "<w:sdtContent>".length();
        int end = xml.indexOf("</w:sdtContent>", start);
        return xml.substring(0, start) + paragraphsXml + xml.substring(end);
    }

    static String p(String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"CoopAnswer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoDepartmentsContributeAndTheDraftShowsTheirParts(Backend backend) throws IOException {
        try (CoopStore store = RoundTripTest.demo(backend)) {
            Inquiry inquiry = store.inquiry(RoundTripTest.ID).orElseThrow();
            Path im = form(store, inquiry, "IM-17", List.of(1, 2));
            Path jm = form(store, inquiry, "JM-17", List.of(2));

            // the form: properties, header, questions, one field per asked question, due date and lead
            try (InputStream in = Files.newInputStream(im); XWPFDocument doc = new XWPFDocument(in)) {
                var custom = doc.getProperties().getCustomProperties();
                assertThat(custom.getProperty("coop.document").getLpwstr()).isEqualTo("contribution-form");
                assertThat(custom.getProperty("coop.department").getLpwstr()).isEqualTo("IM-17");
                assertThat(custom.getProperty("coop.due").getLpwstr()).isEqualTo("2020-10-27");
                assertThat(custom.getProperty("coop.lead").getLpwstr()).isEqualTo("MBEI-17");
                assertThat(doc.getProperties().getCoreProperties().getTitle())
                        .isEqualTo("Ressortabfrage IM: " + inquiry.title());
                List<String> tags = new ArrayList<>();
                for (CTSdtBlock sdt : doc.getDocument().getBody().getSdtList()) {
                    tags.add(sdt.getSdtPr().getTag().getVal());
                }
                assertThat(tags).containsExactly("coop:front:17/4514", "coop:question:17/4514:1",
                        "coop:contribution:17/4514:1:IM-17", "coop:question:17/4514:2", "coop:contribution:17/4514:2:IM-17");
                CTSdtBlock field = doc.getDocument().getBody().getSdtArray(2);
                assertThat(field.getSdtPr().getShowingPlcHdr()).isNotNull();
                String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                assertThat(text).contains("Federführend: MBEI – ").contains("Erbeten von: IM – Ministerium des Innern")
                        .contains("Beitrag bis: 27. Oktober 2020").contains("1.\t" + inquiry.questions().get(0).text())
                        .doesNotContain(inquiry.questions().get(2).text());
                assertThat(doc.getHeaderFooterPolicy().getFirstPageFooter().getText().strip())
                        .isEqualTo("Rückgabe bis 27.10.2020 an MBEI (federführend)");
                assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText())
                        .contains("LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode\tRessortabfrage IM zu 17/4514");
            }

            String note = "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\">"
                    + " Kooperationsvereinbarung vom 15.09.2014</w:t></w:r></w:p></w:footnote>";
            Path imBack = Docx.of(im)
                    .document(xml -> fill(xml, "coop:contribution:17/4514:1:IM-17",
                            p("Das IM unterhält seit 2014 eine Kooperation mit der Korean National Police University"
                                    + " (경찰대학).</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>"
                                    + "</w:rPr><w:footnoteReference w:id=\"3\"/></w:r><w:r><w:t>")
                                    + p("Sie umfasst den Austausch von Studierenden.")))
                    .edit("word/footnotes.xml", xml -> xml.replace("</w:footnotes>", note + "</w:footnotes>"))
                    .save(dir.resolve("im-zurueck.docx"));
            Path jmBack = Docx.of(jm)
                    .document(xml -> fill(xml, "coop:contribution:17/4514:2:JM-17",
                            p("Im Januar 2019 besuchten drei Richter vom Obersten Gericht Koreas das JM.")))
                    .save(dir.resolve("jm-zurueck.docx"));

            java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2020-10-20T10:15:00Z"), java.time.ZoneOffset.UTC);
            WordImport.Result fromIm = WordImport.importFile(store, imBack, clock, "referat-322");
            assertThat(fromIm.kind()).isEqualTo("contribution-form");
            assertThat(fromIm.changes()).containsExactly(
                    "question 1: contribution of IM-17 stored (2 paragraphs, 1 footnote); the answer is unchanged",
                    "question 2: left blank, nothing stored");
            WordImport.importFile(store, jmBack, clock, "referat-322");

            // the answer is untouched; the contributions are stored with department, question, text, notes, time
            assertThat(store.inquiry(RoundTripTest.ID).orElseThrow()).isEqualTo(inquiry);
            List<Contribution> stored = store.contributions(RoundTripTest.ID);
            assertThat(stored).extracting(Contribution::departmentKey, Contribution::question)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("IM-17", 1),
                            org.assertj.core.groups.Tuple.tuple("JM-17", 2));
            assertThat(stored.get(0).paragraphs()).containsExactly(
                    "Das IM unterhält seit 2014 eine Kooperation mit der Korean National Police University (경찰대학).[^1]",
                    "Sie umfasst den Austausch von Studierenden.");
            assertThat(stored.get(0).footnotes()).containsExactly(new Footnote(1, "Kooperationsvereinbarung vom 15.09.2014"));
            assertThat(stored.get(0).received()).isEqualTo(Instant.parse("2020-10-20T10:15:00Z"));
            // still missing: IM on question 2
            assertThat(store.contributionRequests(RoundTripTest.ID)).hasSize(3);
            var history = store.history(RoundTripTest.ID);
            assertThat(history.get(history.size() - 1).note())
                    .isEqualTo("contribution of JM-17 received (form jm-zurueck.docx, question 2)");

            // the lead desk's draft shows each question's contributions in a marked, locked section
            Path draft = dir.resolve("entwurf.docx");
            AnswerReport.write(store, RoundTripTest.ID, AnswerFormat.DOCX, draft);
            try (InputStream in = Files.newInputStream(draft); XWPFDocument doc = new XWPFDocument(in)) {
                CTSdtBlock section = null;
                for (CTSdtBlock sdt : doc.getDocument().getBody().getSdtList()) {
                    if (sdt.getSdtPr().getTag().getVal().equals("coop:contributions:17/4514:1")) {
                        section = sdt;
                    }
                }
                assertThat(section).isNotNull();
                String xml = section.xmlText().replaceAll("<[^>]+>", "");
                assertThat(xml).contains("Beiträge der Ressorts zu Frage 1 – nicht Teil der Antwort")
                        .contains("IM-17, eingegangen am 20.10.2020:")
                        .contains("(경찰대학). [Fußnote: Kooperationsvereinbarung vom 15.09.2014]");
                assertThat(section.getSdtPr().getLock().getVal())
                        .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock.SDT_CONTENT_LOCKED);
            }
            // and reading that draft back takes nothing from the contributions
            WordImport.Result back = WordImport.importFile(store, draft, clock, "referat-322");
            assertThat(back.changes()).allMatch(line -> line.endsWith(": unchanged"));
            assertThat(store.inquiry(RoundTripTest.ID).orElseThrow()).isEqualTo(inquiry);

            // a form of a department that was not asked about the question is refused
            Path foreign = Docx.of(jmBack).document(xml -> xml.replace("coop:contribution:17/4514:2:JM-17",
                    "coop:contribution:17/4514:3:JM-17")).save(dir.resolve("jm-frage3.docx"));
            assertThatThrownBy(() -> WordImport.importFile(store, foreign, clock, "referat-322"))
                    .isInstanceOf(WordImportException.class)
                    .hasMessage("jm-frage3.docx: 2 problems; nothing was imported" + System.lineSeparator()
                            + "  question 2: the control for JM-17's contribution (coop:contribution:17/4514:2:JM-17)"
                            + " was deleted; write the text into a new form (coop inquiry request)"
                            + System.lineSeparator()
                            + "  question 3: JM-17 was not asked about this question (no request recorded in the store)");
        }
    }
}
