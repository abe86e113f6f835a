package de.nrw.coop.storage.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A question Drucksache as the Landtag lays it out, drawn with PDFBox for the intake tests: the
 * header block, "Kleine Anfrage N", the requester line, the bold title, the preface with
 * superscript footnote markers, the lead-in, the numbered questions, the signature, the footnotes
 * at the foot of the page of their marker, the page-1 footer and the running header of page 2.
 */
public final class QuestionPdf {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 70;
    private static final float WIDTH = 455;
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    private final PDDocument doc = new PDDocument();
    private PDPageContentStream out;
    private float y;
    private int page;

    private QuestionPdf() {}

    /**
     * @param preface   paragraphs; "^n" marks a superscript footnote marker
     * @param questions the questions; {@code breakBefore} of them go to page 2
     * @param footnotes the footnotes, all standing on page 1
     */
    public static byte[] build(String drucksache, String date, String kindAndNumber, String requester, String title,
                        List<String> preface, String leadIn, List<String> questions, int breakBefore,
                        String signature, List<String> footnotes, String footer, String runningHeader) {
        QuestionPdf pdf = new QuestionPdf();
        try {
            pdf.newPage();
            pdf.line("LANDTAG NORDRHEIN-WESTFALEN", BOLD, 12);
            pdf.line("17. Wahlperiode", REGULAR, SIZE);
            pdf.line("Drucksache " + drucksache, BOLD, 12);
            pdf.line(date, REGULAR, SIZE);
            pdf.gap();
            pdf.line(kindAndNumber, BOLD, 14);
            pdf.line(requester, REGULAR, SIZE);
            pdf.gap();
            pdf.paragraph(title, BOLD);
            for (String p : preface) {
                pdf.paragraph(p, REGULAR);
            }
            pdf.paragraph(leadIn, REGULAR);
            for (int i = 0; i < questions.size(); i++) {
                if (i == breakBefore) {
                    pdf.footer(footnotes, footer);
                    pdf.newPage();
                    pdf.line(runningHeader, REGULAR, 9);
                    pdf.gap();
                }
                pdf.paragraph((i + 1) + ". " + questions.get(i), REGULAR);
            }
            pdf.paragraph(signature, REGULAR);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.doc.save(bytes);
            pdf.doc.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        out = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - 60;
        page++;
    }

    private void gap() {
        y -= 2 * LEADING;
    }

    private void line(String text, PDType1Font font, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
        y -= LEADING + (size - SIZE);
    }

    /** Words wrapped to the column; "^n" raised and small, glued to the word before. */
    private void paragraph(String text, PDType1Font font) throws IOException {
        List<String> words = List.of(text.split(" "));
        List<String> line = new ArrayList<>();
        float width = 0;
        for (String w : words) {
            float ww = font.getStringWidth(w.replaceAll("\\^\\d+", "") + " ") / 1000 * SIZE;
            if (width + ww > WIDTH && !line.isEmpty()) {
                words(line, font);
                line.clear();
                width = 0;
            }
            line.add(w);
            width += ww;
        }
        words(line, font);
        gap();
    }

    private void words(List<String> line, PDType1Font font) throws IOException {
        float x = LEFT;
        for (String w : line) {
            String[] parts = w.split("\\^", -1);
            out.beginText();
            out.setFont(font, SIZE);
            out.newLineAtOffset(x, y);
            out.showText(parts[0]);
            out.endText();
            x += font.getStringWidth(parts[0]) / 1000 * SIZE;
            for (int i = 1; i < parts.length; i++) {
                String digits = parts[i].replaceAll("\\D.*", "");
                String tail = parts[i].substring(digits.length());
                out.beginText();
                out.setFont(font, 7);
                out.newLineAtOffset(x, y + 4);
                out.showText(digits);
                out.endText();
                x += font.getStringWidth(digits) / 1000 * 7;
                if (!tail.isEmpty()) {
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.newLineAtOffset(x, y);
                    out.showText(tail);
                    out.endText();
                    x += font.getStringWidth(tail) / 1000 * SIZE;
                }
            }
            x += font.getStringWidth(" ") / 1000 * SIZE;
        }
        y -= LEADING;
    }

    /** The footnotes at the foot of the page, small, then the footer line. */
    private void footer(List<String> footnotes, String footer) throws IOException {
        float at = 60 + 12 * (footnotes.size() + 1);
        for (int i = 0; i < footnotes.size(); i++) {
            out.beginText();
            out.setFont(REGULAR, 8);
            out.newLineAtOffset(LEFT, at - 12 * i);
            out.showText((i + 1) + " " + footnotes.get(i));
            out.endText();
        }
        out.beginText();
        out.setFont(REGULAR, 8);
        out.newLineAtOffset(LEFT, 40);
        out.showText(footer);
        out.endText();
    }
}
