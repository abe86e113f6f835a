package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.reports.yearly.YearlyResult;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset with a Chinese university, a Japanese city and Greek, Polish and Turkish names,
 * imported into a real store: the answer PDF, its DOCX, the yearly report and its workbook give
 * every character back, every glyph of the PDFs is in the family of its script, and both PDFs
 * pass veraPDF.
 */
class PartnerScriptsTest {
    private static final List<String> NAMES = List.of("北京大学", "東京 (とうきょう)", "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών",
            "Politechnika Łódzka", "İstanbul Şişli Belediyesi", "Universität Peking (北京大学)");

    @TempDir
    Path dir;

    @Test
    void everyScriptArrivesInEveryOutput() throws Exception {
        try (CoopStore store = TestStores.h2()) {
            store.importFiles(List.of(DatasetSource.resource(PartnerScriptsTest.class, "/scripts/partner-scripts.yaml")));

            Path pdf = dir.resolve("17-4600.pdf");
            AnswerReport.write(store, InquiryId.parse("17/4600"), AnswerFormat.PDF, pdf);
            byte[] answer = Files.readAllBytes(pdf);
            Pdfs.assertValid(answer);
            assertThat(Pdfs.compact(Pdfs.text(answer))).contains(NAMES.stream().map(Pdfs::compact).toList())
                    .contains(Pdfs.compact("Projekte mit Partnern in 北京 und 東京"));
            assertFonts(answer);

            Path docx = dir.resolve("17-4600.docx");
            AnswerReport.write(store, InquiryId.parse("17/4600"), AnswerFormat.DOCX, docx);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                assertThat(Pdfs.compact(words.getText())).contains(NAMES.stream().map(Pdfs::compact).toList());
            }

            YearlyResult yearly = YearlyReport.write(store, 2019, List.of(), dir);
            byte[] report = Files.readAllBytes(yearly.pdf());
            Pdfs.assertValid(report);
            String reportText = Pdfs.compact(text(report));
            assertThat(reportText).contains(NAMES.stream().map(Pdfs::compact).toList());
            assertFonts(report);

            try (InputStream in = Files.newInputStream(yearly.xlsx()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                StringBuilder cells = new StringBuilder();
                for (String sheet : List.of("Projekte", "Aktivitäten")) {
                    for (Row row : wb.getSheet(sheet)) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                cells.append(cell.getStringCellValue()).append('\n');
                            }
                        }
                    }
                }
                assertThat(cells.toString()).contains(NAMES.subList(1, NAMES.size()))
                        .contains("Universität Peking (北京大学)", "Präfektur Tokio (東京 (とうきょう))");
            }
        }
    }

    private static void assertFonts(byte[] pdf) throws IOException {
        int[] checked = {0};
        assertThat(CjkFontTest.wrongFonts(pdf, checked)).isEmpty();
        assertThat(checked[0]).isGreaterThan(300);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
