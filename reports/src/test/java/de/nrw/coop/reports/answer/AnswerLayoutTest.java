package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.CoopStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo inquiry 17/4514 against the real answer (reference text, page breaks, page furniture). */
class AnswerLayoutTest {

    @TempDir
    Path dir;

    @Test
    void reproducesTheReferenceAnswerOnThreePagesFromTheStore() throws IOException {
        Path file = dir.resolve("17-4514.pdf");
        try (CoopStore store = Inquiries.demoStore()) {
            AnswerReport.write(store, InquiryId.parse("17/4514"), AnswerFormat.PDF, file);
        }
        byte[] pdf = Files.readAllBytes(file);
        Pdfs.assertValid(pdf);
        Pdfs.keep("17-4514-from-store.pdf", pdf);
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages).hasSize(3);
        // the original breaks after the footnotes of page 1, before question 1 and before question 5
        assertThat(Pdfs.bodyLines(pages.get(1)).get(0)).startsWith("1.").contains("Welche Projekte");
        assertThat(Pdfs.bodyLines(pages.get(2)).get(0)).startsWith("5.").contains("Welche Erfolge hat");
        assertWordsInOrder(Pdfs.text(pdf), reference());
    }

    @Test
    void firstPageCarriesHeaderRequesterBlockFootnotesAndFooter() {
        List<String> pages = Pdfs.pages(Pdfs.render(Inquiries.kleineAnfrage4514()));
        List<String> first = Pdfs.bodyLines(pages.get(0));

        assertThat(first.subList(0, 9)).containsExactly("LANDTAG NORDRHEIN-WESTFALEN", "17. Wahlperiode",
                "Drucksache 17/11754", "09.11.2020", "Antwort", "der Landesregierung",
                "auf die Kleine Anfrage 4514 vom 6. Oktober 2020", "des Abgeordneten Sven Werner Tritschler AfD",
                "Drucksache 17/11308");
        assertThat(first.get(9)).isEqualTo("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea");
        assertThat(first.get(10)).isEqualTo("Vorbemerkung der Kleinen Anfrage");
        assertThat(first).last().isEqualTo("Datum des Originals: 09.11.2020/Ausgegeben: 13.11.2020");
        String attribution = Pdfs.compact(Inquiries.kleineAnfrage4514().attribution());
        String page1 = Pdfs.compact(pages.get(0));
        assertThat(page1).contains(attribution);
        // both notes below the attribution, on page 1, where their markers are
        assertThat(page1.indexOf("1https://www.land.nrw")).isGreaterThan(page1.indexOf(attribution));
        assertThat(page1).contains("2https://www.land.nrw");
        assertThat(pages.get(0)).doesNotContain("Seite");
    }

    @Test
    void laterPagesCarryTheRunningHeaderWithPageNumber() {
        List<String> pages = Pdfs.pages(Pdfs.render(Inquiries.kleineAnfrage4514()));
        for (int p = 1; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode")
                    .contains("Drucksache 17/11754").contains("Seite " + (p + 1))
                    .doesNotContain("Datum des Originals");
        }
    }

    @Test
    void hasBookmarksTitleAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Pdfs.render(Inquiries.kleineAnfrage4514()))) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).hasSize(6);
            assertThat(outline.get(0)).isEqualTo("Vorbemerkung der Kleinen Anfrage");
            for (int q = 1; q <= 5; q++) {
                assertThat(outline.get(q)).startsWith("Frage " + q + ": ");
            }
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea");
            assertThat(doc.getDocumentInformation().getSubject()).contains("Drucksache 17/11754");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    static String reference() throws IOException {
        try (InputStream in = AnswerLayoutTest.class.getResourceAsStream("/reference/kleine-anfrage-17-4514.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every whitespace-separated word of the reference occurs in the text, in order (line breaks ignored). */
    static void assertWordsInOrder(String text, String reference) {
        String compact = Pdfs.compact(text);
        int at = 0;
        for (String word : reference.strip().split("\\s+")) {
            int found = compact.indexOf(word, at);
            assertThat(found).as("word '%s' after ...%s", word,
                    compact.substring(Math.max(0, at - 40), Math.min(compact.length(), at + 80)))
                    .isGreaterThanOrEqualTo(0);
            at = found + word.length();
        }
    }
}
