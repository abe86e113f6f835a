package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: files, names, bad input and bad output. */
class AnswerReportTest {

    @TempDir
    Path dir;

    @Test
    void writesThePdfWhole() throws IOException {
        Path target = dir.resolve("17-4514.pdf");
        AnswerReport.write(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.PDF, target);
        Pdfs.assertValid(Files.readAllBytes(target));
        assertThat(Pdfs.pages(Files.readAllBytes(target))).hasSize(3);
        assertThat(listing()).containsExactly("17-4514.pdf");
    }

    @Test
    void writesAnEditableDocxOfTheSameDocument() throws IOException {
        Path target = dir.resolve("17-4514.docx");
        AnswerReport.write(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.DOCX, target);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea")
                    .contains("Vorbemerkung der Kleinen Anfrage").contains("des Abgeordneten Sven Werner Tritschler AfD");
            AnswerLayoutTest.assertWordsInOrder(text,
                    "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST bisher hervorgebracht?");
        }
    }

    @Test
    void aFolderThatIsNotThereIsAnOutputErrorAndLeavesNoFile() throws IOException {
        Path target = dir.resolve("missing").resolve("17-4514.pdf");
        assertThatThrownBy(() -> AnswerReport.write(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.PDF, target))
                .isInstanceOf(OutputException.class).hasMessageContaining("17-4514.pdf");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> AnswerReport.write(Inquiries.kleineAnfrage4514(), Map.of(), AnswerFormat.PDF,
                file.resolve("17-4514.pdf"))).isInstanceOf(OutputException.class);
        assertThat(listing()).containsExactly("a-file");
    }

    @Test
    void aRenderThatFailsHalfwayLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path target = Files.writeString(dir.resolve("17-4514.pdf"), "previous");
        Inquiries.Builder b = Inquiries.builder();
        b.footnotes = List.of(new Footnote(1, Texts.paragraph(new Random(1), 150)), b.footnotes.get(1));
        assertThatThrownBy(() -> AnswerReport.write(b.build(), Map.of(), AnswerFormat.PDF, target))
                .isInstanceOf(ReportException.class);
        assertThat(listing()).containsExactly("17-4514.pdf");
        assertThat(Files.readString(target)).isEqualTo("previous");
    }

    @Test
    void fileNamesComeFromIdsAndStayInTheFolder() {
        assertThat(AnswerReport.fileIn(dir, new InquiryId(17, 4514), AnswerFormat.PDF))
                .isEqualTo(dir.toAbsolutePath().normalize().resolve("17-4514.pdf"));
        assertThat(AnswerReport.fileIn(dir.resolve("sub/.."), new InquiryId(7, 1), AnswerFormat.DOCX))
                .isEqualTo(dir.toAbsolutePath().normalize().resolve("7-1.docx"));
    }

    @Test
    void unknownIdsNameTheClosestStoredIds() {
        List<InquiryId> stored = List.of(InquiryId.parse("17/4506"), InquiryId.parse("17/4512"),
                InquiryId.parse("17/4514"), InquiryId.parse("16/4513"), InquiryId.parse("17/9000"));

        List<InquiryId> closest = AnswerReport.closest(stored, InquiryId.parse("17/4515"));
        UnknownInquiryException e = new UnknownInquiryException(InquiryId.parse("17/4515"), closest);

        assertThat(closest).containsExactly(InquiryId.parse("17/4514"), InquiryId.parse("17/4512"),
                InquiryId.parse("17/4506"));
        assertThat(e).isInstanceOf(ReportException.class).hasMessage(
                "no Kleine Anfrage 17/4515 in the store; closest stored: 17/4514, 17/4512, 17/4506");
        assertThat(new UnknownInquiryException(InquiryId.parse("17/1"), List.of()))
                .hasMessageContaining("17/1").hasMessageContaining("holds no inquiries");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
