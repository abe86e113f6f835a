package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Every script of the partner countries prints, each glyph in the family made for it: Han and
 * kana in Droid Sans Fallback, Hangul in NanumGothic, everything else (Latin with all European
 * diacritics, Greek, Cyrillic, and the brackets, digits and spaces beside CJK names) in Liberation
 * Sans; CJK punctuation Liberation lacks in Droid Sans Fallback.
 */
class CjkFontTest {

    static final List<String> TEXTS = List.of(
            "Partner: Universität Peking (北京大学) und 國立臺灣大學, 2019年 gegründet.",
            "Partnerstadt Tokio (東京, とうきょう), Kulturzentrum センター。「東京」・日本",
            "Korean National Police University (경찰대학) in Asan, 경기도 (Gyeonggi-do).",
            "Αθήνα Πανεπιστήμιο, Łódź Politechnika Łódzka, İstanbul Şişli Üniversitesi, Řeka Brno,"
                    + " Timișoara Științe, Москва Университет, ÄÖÜ äöüß „Zitat“ – Ende.");

    @Test
    void everyCharacterPrintsInTheFamilyOfItsScript() throws IOException {
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(0, new Question(1, questions.get(0).text(), TEXTS.stream().<de.nrw.coop.model.AnswerBlock>map(Inquiries::p).toList()));
        b.questions = questions;
        byte[] pdf = Pdfs.render(b.build()); // veraPDF: PDF/A-2a and PDF/UA-1 with no failure
        // the subset tags of the CJK fonts are renamed from their content like the others: same bytes
        assertThat(Pdfs.render(b.build())).isEqualTo(pdf);

        String text = Pdfs.compact(Pdfs.text(pdf));
        for (String t : TEXTS) {
            assertThat(text).contains(Pdfs.compact(t));
        }
        int[] checked = {0};
        List<String> wrong = wrongFonts(pdf, checked);
        assertThat(checked[0]).isGreaterThan(1000);
        assertThat(wrong).isEmpty();
    }

    /**
     * Every drawn glyph whose font is not the family of its character's script, as "北 in
     * ABCDEF+LiberationSans, expected DroidSans"; {@code checked[0]} counts the glyphs checked.
     */
    static List<String> wrongFonts(byte[] pdf, int[] checked) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    String unicode = position.getUnicode();
                    if (unicode != null && !unicode.isBlank()) {
                        String font = position.getFont().getName();
                        unicode.codePoints().forEach(c -> {
                            checked[0]++;
                            String expected = expectedFont(c);
                            if (font == null || !font.contains(expected)) {
                                wrong.add(new String(Character.toChars(c)) + " in " + font + ", expected " + expected);
                            }
                        });
                    }
                    super.processTextPosition(position);
                }
            }.getText(document);
        }
        return wrong;
    }

    /** The family a code point must be drawn with. */
    static String expectedFont(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HANGUL -> "Nanum";
            case HAN, HIRAGANA, KATAKANA -> "DroidSans";
            default -> c >= 0x3000 && c < 0x3100 || c >= 0xFF00 ? "DroidSans" : "Liberation";
        };
    }
}
