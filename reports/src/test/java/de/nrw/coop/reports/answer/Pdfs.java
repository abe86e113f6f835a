package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.reports.pdf.PdfValidation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders answers to bytes and reads them back with PDFBox. */
final class Pdfs {
    private Pdfs() {}

    static byte[] render(Inquiry inquiry) {
        return render(inquiry, Map.of(), AnswerFormat.PDF);
    }

    static byte[] render(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables, AnswerFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AnswerRenderer.render(inquiry, tables, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        if (format == AnswerFormat.PDF) {
            assertValid(bytes);
        }
        keep(inquiry.id().fileName() + (inquiry.isDraft() ? "-draft" : "") + "." + format.extension(), bytes);
        return bytes;
    }

    /** Every PDF the tests render must pass PDF/A-2a and PDF/UA-1 with zero failed rules. */
    static void assertValid(byte[] pdf) {
        assertThat(PdfValidation.failures(pdf)).as("veraPDF failures").isEmpty();
    }

    /** Keeps the last render of each name under target/answers for a look by eye. */
    static void keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "answers");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in content order. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /**
     * The page's text lines, blank lines dropped, running header (pages 2+) dropped; a no-break
     * space (which keeps a group's name on one line) reads as a space.
     */
    static List<String> bodyLines(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\\R")) {
            String s = line.replace('\u00A0', ' ').strip();
            if (!s.isEmpty() && !s.startsWith("LANDTAG NORDRHEIN-WESTFALEN -") && !s.matches("Seite \\d+")) {
                lines.add(s);
            }
        }
        return lines;
    }

    /** Collapses all whitespace, for comparisons that must not depend on line breaks. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
