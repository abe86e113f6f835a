package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional Vorbemerkung der Landesregierung opens the answers, before question 1. */
class GovernmentPrefaceTest {

    @Test
    void standsBeforeQuestionOneOnThePageAfterTheAttribution() {
        Inquiries.Builder b = Inquiries.builder();
        b.governmentPreface = List.of("Die Landesregierung beantwortet die Fragen 1 bis 5 im Zusammenhang.",
                "Die Angaben beruhen auf den Berichten der Ressorts (IM, JM, MWIDE & MKW).");

        List<String> pages = Pdfs.pages(Pdfs.render(b.build()));

        List<String> second = Pdfs.bodyLines(pages.get(1));
        assertThat(second.get(0)).isEqualTo("Vorbemerkung der Landesregierung");
        assertThat(second).containsSubsequence("Vorbemerkung der Landesregierung",
                "Die Landesregierung beantwortet die Fragen 1 bis 5 im Zusammenhang.",
                "Die Angaben beruhen auf den Berichten der Ressorts (IM, JM, MWIDE & MKW).");
        int preface = second.indexOf("Vorbemerkung der Landesregierung");
        int question1 = indexOfPrefix(second, "1.");
        assertThat(question1).isGreaterThan(preface);
        assertThat(pages.get(0)).doesNotContain("Vorbemerkung der Landesregierung");
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
