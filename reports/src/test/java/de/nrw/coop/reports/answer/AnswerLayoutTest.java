package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo inquiry 17/4514 against the real answer (reference text and page breaks). */
class AnswerLayoutTest {

    @Test
    void reproducesTheReferenceAnswerOnThreePages() throws IOException {
        byte[] pdf = Pdfs.render(Inquiries.kleineAnfrage4514());
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages).hasSize(3);
        assertThat(Pdfs.bodyLines(pages.get(1)).get(0)).isEqualTo("1. Welche Projekte unterstützt das Land"
                .substring(0, 2) + Pdfs.bodyLines(pages.get(1)).get(0).substring(2));
        assertThat(Pdfs.bodyLines(pages.get(1)).get(0)).startsWith("1.").contains("Welche Projekte");
        assertThat(Pdfs.bodyLines(pages.get(2)).get(0)).startsWith("5.").contains("Welche Erfolge hat");
        assertWordsInOrder(Pdfs.text(pdf), reference());
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
            assertThat(found).as("word '%s' after position %d of %s", word, at,
                    compact.substring(Math.max(0, at - 40), Math.min(compact.length(), at + 80))).isGreaterThanOrEqualTo(0);
            at = found + word.length();
        }
    }
}
