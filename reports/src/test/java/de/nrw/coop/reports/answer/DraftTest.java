package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Before the Landtag gives the answer its number and issue date, the answer renders as a draft. */
class DraftTest {

    @Test
    void saysEntwurfAndInventsNoNumberOrDate() throws IOException {
        byte[] pdf = Pdfs.render(Inquiries.builder().draft().build());
        List<String> pages = Pdfs.pages(pdf);
        String text = String.join("\n", pages);

        assertThat(Pdfs.bodyLines(pages.get(0)).subList(0, 3))
                .containsExactly("LANDTAG NORDRHEIN-WESTFALEN", "17. Wahlperiode", "Entwurf");
        for (int p = 1; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode").contains("Entwurf");
        }
        assertThat(text).doesNotContain("17/11754").doesNotContain("13.11.2020").doesNotContain("Ausgegeben")
                // the question's own Drucksache is known and stays
                .contains("Drucksache 17/11308")
                // the letter is dated; its date is known, the issue date is not
                .contains("Datum des Originals: 09.11.2020");
        assertThat(Pdfs.bodyLines(pages.get(0))).doesNotContain("09.11.2020");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Entwurf");
            assertThat(doc.getDocumentInformation().getSubject()).contains("Entwurf").doesNotContain("17/11754");
            assertThat(doc.getDocumentInformation().getKeywords()).contains("Entwurf");
        }
    }

    @Test
    void aDraftWithoutLetterDateHasNoFooterLine() {
        Inquiries.Builder b = Inquiries.builder().draft();
        b.letterDate = null;
        String text = Pdfs.text(Pdfs.render(b.build()));
        assertThat(text).doesNotContain("Datum des Originals").doesNotContain("Schreiben vom")
                .doesNotContain("09.11.2020");
    }
}
