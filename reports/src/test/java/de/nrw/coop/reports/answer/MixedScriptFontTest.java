package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * German text beside a Korean name must stay in the Latin family: NanumGothic lacks Latin
 * capitals such as Ä and Ö, so a paragraph set wholly in it would lose them.
 */
class MixedScriptFontTest {

    @Test
    void latinBesideHangulStaysInTheLatinFamilyAndHangulInNanum() throws IOException {
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(0, new Question(1, questions.get(0).text(), List.of(
                Inquiries.p("ÄRZTE ÖFFNEN Übungen der Korean National Police University (경찰대학) in Asan."),
                Inquiries.p("Partner: Korean National Police University (경찰대학)"))));
        b.questions = questions;
        byte[] pdf = Pdfs.render(b.build());

        Map<Character, String> fonts = fontsOf(pdf, "ÄÖÜKPyz경");
        assertThat(fonts).containsOnlyKeys('Ä', 'Ö', 'Ü', 'K', 'P', 'y', 'z', '경');
        fonts.forEach((c, font) -> {
            if (c == '경') {
                assertThat(font).as("font of %s", c).contains("Nanum").doesNotContain("Liberation");
            } else {
                assertThat(font).as("font of %s", c).contains("Liberation").doesNotContain("Nanum");
            }
        });
    }

    /** The fonts each of the given characters is drawn with, joined (every occurrence). */
    private static Map<Character, String> fontsOf(byte[] pdf, String chars) throws IOException {
        Map<Character, String> fonts = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String unicode = text.getUnicode();
                    if (unicode != null && unicode.length() == 1 && chars.indexOf(unicode.charAt(0)) >= 0) {
                        fonts.merge(unicode.charAt(0), text.getFont().getName(),
                                (a, b) -> a.contains(b) ? a : a + "," + b);
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return fonts;
    }
}
