package de.nrw.coop.reports.yearly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.reports.OutputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file pair: written together or not at all, reproducible, the workbook's summary sheet. */
class YearlyFilesTest {
    @TempDir
    Path dir;

    @Test
    void whenTheSecondFileCannotBeWrittenThePreviousReportStaysWholeAndNoTempIsLeft() throws IOException {
        YearlyData data = GeneratedYear.of(2019, 3, 30);
        YearlyResult first = YearlyReport.write(data, dir);
        byte[] previousPdf = Files.readAllBytes(first.pdf());
        // a folder (not empty) where the workbook should go: the second file cannot be written
        Files.delete(first.xlsx());
        Files.createDirectories(first.xlsx().resolve("in-the-way"));

        assertThatThrownBy(() -> YearlyReport.write(GeneratedYear.of(2019, 4, 40), dir))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(first.xlsx().toString());

        assertThat(Files.readAllBytes(first.pdf())).as("previous PDF unchanged").isEqualTo(previousPdf);
        assertThat(listing()).containsExactlyInAnyOrder("kooperationsbericht-2019.pdf", "kooperationsbericht-2019.xlsx");
    }

    @Test
    void aMissingFolderIsAnOutputErrorAndWritesNothing() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> YearlyReport.write(GeneratedYear.of(2019, 1, 1), missing))
                .isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void theWorkbookStartsWithTheSummary() throws IOException {
        YearlyData data = GeneratedYear.of(2019, 4, 40);
        YearlyResult result = YearlyReport.write(data, dir);
        try (InputStream in = Files.newInputStream(result.xlsx()); Workbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Übersicht 2019");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Land");
            for (int i = 0; i < data.countries().size(); i++) {
                var c = data.countries().get(i);
                var row = summary.getRow(3 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.country().name());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(c.current().agreements());
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(c.current().visitsToNrw());
                assertThat(row.getCell(15).getNumericCellValue()).isEqualTo(c.current().funding().doubleValue());
            }
            // then the `coop tables` sheets
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i < book.getNumberOfSheets(); i++) {
                names.add(book.getSheetName(i));
            }
            assertThat(names).containsSubsequence("Übersicht", "Projekte", "Vereinbarungen", "Aktivitäten",
                    "Förderung", "Ansiedlungen", "Kennzahlen");
            var total = summary.getRow(3 + data.countries().size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Insgesamt");
            assertThat(total.getCell(15).getNumericCellValue()).isEqualTo(data.fundingTotal().doubleValue());
        }
    }

    @Test
    void anEmptyYearGivesAWorkbookThatSaysSo() throws IOException {
        YearlyResult result = YearlyReport.write(new YearlyData(2030, List.of(), java.math.BigDecimal.ZERO), dir);
        try (InputStream in = Files.newInputStream(result.xlsx()); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Keine Kooperationsdaten für 2030");
        }
    }

    @Test
    void theWorkbookIsByteIdenticalOnReRun() throws Exception {
        YearlyData data = GeneratedYear.of(2019, 3, 30);
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        YearlyReport.write(data, a);
        Thread.sleep(2100); // zip entry times have a two-second resolution: a clock in the bytes would show
        YearlyReport.write(data, b);
        assertThat(digest(b.resolve(YearlyReport.xlsxName(2019)))).isEqualTo(digest(a.resolve(YearlyReport.xlsxName(2019))));
    }

    @Test
    void thePdfIsByteIdenticalOnReRun() throws Exception {
        YearlyData data = GeneratedYear.of(2019, 3, 30);
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        YearlyReport.write(data, a);
        Thread.sleep(1100);
        YearlyReport.write(data, b);
        assertThat(digest(b.resolve(YearlyReport.pdfName(2019)))).isEqualTo(digest(a.resolve(YearlyReport.pdfName(2019))));
    }

    static String digest(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
