package de.nrw.coop.reports.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.TestStores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One yearly summary: the PDF's summary table, the workbook's "Übersicht 2019" and its tables
 * overview "Übersicht" print the same figures; a count recorded for 2017 to 2020 is shown as that
 * period and never added into 2019.
 */
class YearlySummaryTest {
    private static final String SETTLEMENTS = """
            countries:
              - code: JP
                name: Japan
                region: Asien
            settlements:
              - country: KR
                from: 2019
                companies: 51
              - country: KR
                from: 2018
                companies: 40
              - country: JP
                from: 2016
                to: 2019
                companies: 7
            """;

    @TempDir
    Path dir;

    @Test
    void everySummaryFigureOfThePdfIsTheWorkbooksAndPeriodsStayPeriods() throws Exception {
        try (CoopStore store = TestStores.h2()) {
            List<DatasetSource> sources = new ArrayList<>(DemoData.sources());
            sources.add(new DatasetSource("settlements.yaml",
                    () -> new ByteArrayInputStream(SETTLEMENTS.getBytes(StandardCharsets.UTF_8))));
            store.importFiles(sources);
            YearlyResult result = YearlyReport.write(store, 2019, List.of(), dir);
            PdfText pdf = PdfText.of(result.pdf());
            String summaryPage = compact(pdf.pages().get(pdf.pageWithLine(Rows.SUMMARY, 3) - 1));

            try (InputStream in = Files.newInputStream(result.xlsx()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
                XSSFSheet summary = wb.getSheet(YearlyWorkbook.sheetName(2019));
                int periodColumn = 3 + YearlyWorkbook.figureNames().size() * 3;
                int rows = 0;
                for (int r = 3; r <= summary.getLastRowNum(); r++) {
                    Row row = summary.getRow(r);
                    String name = row.getCell(0).getStringCellValue();
                    double[] v = new double[periodColumn];
                    for (int c = 3; c < periodColumn; c++) {
                        Cell cell = row.getCell(c);
                        v[c] = cell.getCellType() == CellType.FORMULA ? evaluator.evaluate(cell).getNumberValue()
                                : cell.getNumericCellValue();
                    }
                    List<String> cells = new ArrayList<>(List.of(name,
                            Rows.count((int) v[3], (int) v[4]), Rows.count((int) v[6], (int) v[7]),
                            Rows.count((int) v[9], (int) v[10]), Rows.count((int) v[12], (int) v[13])));
                    cells.add(name.equals("Insgesamt") ? de.nrw.coop.model.GermanFormat.euro(money(v[15]))
                            : Rows.money(money(v[15]), money(v[16])));
                    cells.add(Rows.count((int) v[18], (int) v[19]));
                    Cell period = row.getCell(periodColumn);
                    if (period != null) {
                        cells.add(period.getStringCellValue());
                    }
                    assertThat(summaryPage).as("PDF summary row of %s", name).contains(compact(String.join(" ", cells)));
                    rows++;
                }
                assertThat(rows).as("Japan, Südkorea, Insgesamt").isEqualTo(3);

                // 2019 counts 51 companies; the period totals stay periods, beside it
                Row korea = find(summary, "Südkorea");
                assertThat(korea.getCell(18).getNumericCellValue()).isEqualTo(51);
                assertThat(korea.getCell(19).getNumericCellValue()).isEqualTo(40);
                assertThat(korea.getCell(periodColumn).getStringCellValue()).isEqualTo("2017 bis 2020: 16");
                assertThat(find(summary, "Japan").getCell(periodColumn).getStringCellValue()).isEqualTo("2016 bis 2019: 7");
                Row total = find(summary, "Insgesamt");
                assertThat(evaluator.evaluate(total.getCell(18)).getNumberValue()).isEqualTo(51);
                assertThat(summaryPage).contains(compact("2017 bis 2020: 16")).contains(compact("2016 bis 2019: 7"));

                // the tables overview says the same: 51 for 2019, the periods as periods
                XSSFSheet overview = wb.getSheet("Übersicht");
                assertThat(value(evaluator, find(overview, "Angesiedelte Unternehmen"))).isEqualTo(51);
                assertThat(value(evaluator, find(overview,
                        "Angesiedelte Unternehmen 2017 bis 2020 (Südkorea, nur als Zeitraum erfasst)"))).isEqualTo(16);
                assertThat(value(evaluator, find(overview,
                        "Angesiedelte Unternehmen 2016 bis 2019 (Japan, nur als Zeitraum erfasst)"))).isEqualTo(7);
                assertThat(value(evaluator, find(overview, "davon nach NRW")))
                        .isEqualTo(evaluator.evaluate(total.getCell(9)).getNumberValue());
                assertThat(value(evaluator, find(overview, "davon aus NRW")))
                        .isEqualTo(evaluator.evaluate(total.getCell(12)).getNumberValue());
                assertThat(value(evaluator, find(overview, "Förderung (EUR)"))).isEqualTo(total.getCell(15).getNumericCellValue());
            }
        }
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static double value(XSSFFormulaEvaluator evaluator, Row row) {
        return evaluator.evaluate(row.getCell(1)).getNumberValue();
    }

    private static Row find(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
