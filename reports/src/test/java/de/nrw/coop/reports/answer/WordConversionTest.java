package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.query.FundingRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word draft read by a second program: LibreOffice converts it to PDF, and the text of that
 * PDF must run in the same order as coop's own PDF of the same answer (PDFBox text, by position).
 * Page furniture is left out of the comparison: footnotes sit at the foot of whichever page their
 * marker lands on, and the two programs break pages differently.
 */
class WordConversionTest {

    @TempDir
    Path work;

    @Test
    void theDraftConvertedByLibreOfficeReadsLikeCoopsPdf() throws Exception {
        LibreOffice.sofficeOrSkip();
        Inquiry inquiry = Inquiries.kleineAnfrage4514();
        assertSameText(inquiry, Map.of());
    }

    @Test
    void withADataTableAndHangulToo() throws Exception {
        LibreOffice.sofficeOrSkip();
        AnswerBlock.DataTable funding = new AnswerBlock.DataTable(TableKind.FUNDING, List.of(), null, null,
                "Förderung nach Jahren");
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(2, new Question(3, questions.get(2).text(), List.of(
                Inquiries.p("Gefördert wurde die Zusammenarbeit mit der Korean National Police University (경찰대학)."),
                funding)));
        b.questions = questions;
        Inquiry inquiry = b.build();
        List<FundingRow> rows = List.of(new FundingRow("p1", "Polizeiaustausch", "KR", 2018, "0710/547 20", new BigDecimal("12500.00")),
                new FundingRow("p1", "Polizeiaustausch", "KR", 2019, "0710/547 20", new BigDecimal("7250.50")));
        String text = assertSameText(inquiry, Map.of(funding, AnswerTables.fundingTable(rows)));
        assertThat(text).contains("(경찰대학).FörderungnachJahren").contains("12.500,00€").contains("7.250,50€")
                .contains("19.750,50€4.Welche");
    }

    private String assertSameText(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables)
            throws IOException, InterruptedException {
        byte[] pdf = Pdfs.render(inquiry, tables, AnswerFormat.PDF);
        byte[] converted = LibreOffice.toPdf(Pdfs.render(inquiry, tables, AnswerFormat.DOCX), work);
        Pdfs.keep(inquiry.id().fileName() + "-libreoffice.pdf", converted);
        String ours = body(inquiry, pdf);
        String theirs = body(inquiry, converted);
        assertThat(theirs).isEqualTo(ours);
        assertThat(ours).contains("Antwort").contains("5.WelcheErfolgehatdieWirtschaftsförderungNRW.INVEST");
        return ours;
    }

    /** The PDF's text by position, whitespace removed, without running header, page numbers, footnotes and footer. */
    static String body(Inquiry inquiry, byte[] pdf) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        StringBuilder kept = new StringBuilder();
        String running = AnswerRows.parameters(inquiry).get("RUNNING_LEFT") + " "
                + AnswerRows.parameters(inquiry).get("HEADER_RIGHT");
        for (String line : text.split("\\R")) {
            if (!line.strip().equals(running) && !line.strip().matches("Seite \\d+")) {
                kept.append(line).append('\n');
            }
        }
        String compact = Pdfs.compact(kept.toString());
        for (Footnote note : inquiry.footnotes()) {
            compact = compact.replace(Pdfs.compact(note.number() + " " + note.text()), "");
        }
        return compact.replace(Pdfs.compact(AnswerRows.footerLine(inquiry)), "");
    }
}
