package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The optional Vorbemerkung der Landesregierung opens the answers, before question 1. */
class GovernmentPrefaceTest {

    @Test
    void standsBeforeQuestionOneOnThePageAfterTheAttribution() throws IOException {
        Inquiries.Builder b = Inquiries.builder();
        b.governmentPreface = List.of("Die Landesregierung beantwortet die Fragen 1 bis 5 im Zusammenhang.",
                "Die Angaben beruhen auf den Berichten der Ressorts (IM, JM, MWIDE & MKW).");

        byte[] pdf = Pdfs.render(b.build());
        List<String> pages = Pdfs.pages(pdf);

        List<String> second = Pdfs.bodyLines(pages.get(1));
        assertThat(second.get(0)).isEqualTo("Vorbemerkung der Landesregierung");
        assertThat(second).containsSubsequence("Vorbemerkung der Landesregierung",
                "Die Landesregierung beantwortet die Fragen 1 bis 5 im Zusammenhang.",
                "Die Angaben beruhen auf den Berichten der Ressorts (IM, JM, MWIDE & MKW).");
        int preface = second.indexOf("Vorbemerkung der Landesregierung");
        int question1 = indexOfPrefix(second, "1.");
        assertThat(question1).isGreaterThan(preface);
        assertThat(pages.get(0)).doesNotContain("Vorbemerkung der Landesregierung");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertThat(outline.subList(0, 3)).containsExactly("Vorbemerkung der Kleinen Anfrage",
                    "Vorbemerkung der Landesregierung", outline.get(2));
            assertThat(outline.get(2)).startsWith("Frage 1: ");
        }
    }

    @Test
    void isOmittedWhenEmpty() {
        assertThat(Pdfs.text(Pdfs.render(Inquiries.kleineAnfrage4514())))
                .doesNotContain("Vorbemerkung der Landesregierung");
    }

    static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
