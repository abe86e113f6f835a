package de.nrw.coop.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.SampleData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workbook from a real store (H2 and PostgreSQL), its formulas checked against the store's own sums. */
class StoreTablesTest {
    private static final List<ReportFilter> FILTERS = List.of(ReportFilter.all(),
            ReportFilter.of(List.of("KR"), 2017, 2020), ReportFilter.of(List.of("JP"), 2018, 2018),
            new ReportFilter(List.of(), List.of("MWIDE-17"), null, null));

    @ParameterizedTest
    @EnumSource(Backend.class)
    void formulasAgreeWithTheStore(Backend backend, @TempDir Path dir) throws Exception {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            for (ReportFilter filter : FILTERS) {
                Path target = dir.resolve(TablesWorkbook.fileName(filter));
                TablesWorkbook.write(store, filter, target);
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
                    XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
                    evaluator.evaluateAll();
                    XSSFSheet funding = wb.getSheet("Förderung");
                    Cell total = sumCell(funding);
                    BigDecimal evaluated = BigDecimal.valueOf(evaluator.evaluate(total).getNumberValue())
                            .setScale(2, RoundingMode.HALF_UP);
                    assertThat(evaluated).as(filter.toString()).isEqualByComparingTo(store.fundingTotal(filter));
                    assertThat(rows(wb, "Projekte")).isEqualTo(store.projects(filter).size());
                    assertThat(rows(wb, "Vereinbarungen")).isEqualTo(store.agreements(filter).size());
                    assertThat(rows(wb, "Förderung")).isEqualTo(store.funding(filter).size());
                    assertThat(rows(wb, "Ansiedlungen")).isEqualTo(store.settlements(filter).size());
                    assertThat(rows(wb, "Kennzahlen")).isEqualTo(store.keyFigures(filter).size());
                    AtomicInteger activities = new AtomicInteger();
                    store.forEachActivity(filter, a -> activities.incrementAndGet());
                    assertThat(rows(wb, "Aktivitäten")).as(filter.toString()).isEqualTo(activities.get());
                    assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                            .isEqualTo(store.dataAsOf().orElseThrow().truncatedTo(ChronoUnit.SECONDS));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sampleDataSurvivesWithHangulAndWritesTheSameBytesTwice(Backend backend) throws Exception {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            ReportFilter filter = ReportFilter.of(List.of("KR"), 2017, 2020);
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            TablesWorkbook.write(store, filter, first);
            TablesWorkbook.write(store, filter, second);
            assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
            try (XSSFWorkbook wb = TablesWorkbookTest.open(first.toByteArray())) {
                String all = text(wb.getSheet("Aktivitäten")) + text(wb.getSheet("Projekte"));
                assertThat(all).contains("경찰대학").contains("Austausch „Polizei NRW–Korea“").contains("Südkorea");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void partialDatesAreTypedDatesAsPreciseAsTheSourceAndPartnersKeepTheirNativeNames(Backend backend)
            throws Exception {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TablesWorkbook.write(store, ReportFilter.all(), out);
            try (XSSFWorkbook wb = TablesWorkbookTest.open(out.toByteArray())) {
                XSSFSheet sheet = wb.getSheet("Aktivitäten");
                java.util.Map<String, String> formats = java.util.Map.of("Tag", "DD.MM.YYYY", "Monat", "MM.YYYY",
                        "Jahr", "YYYY");
                java.util.Set<String> seen = new java.util.TreeSet<>();
                List<java.time.LocalDate> dates = new java.util.ArrayList<>();
                for (int r = 1; r <= 4; r++) {
                    Row row = sheet.getRow(r);
                    Cell date = row.getCell(0);
                    String precision = row.getCell(1).getStringCellValue();
                    assertThat(date.getCellType()).as("Datum of row %d (%s)", r, precision).isEqualTo(CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(date)).isTrue();
                    assertThat(date.getCellStyle().getDataFormatString()).isEqualTo(formats.get(precision));
                    seen.add(precision);
                    dates.add(date.getLocalDateTimeCellValue().toLocalDate());
                }
                assertThat(seen).containsExactly("Jahr", "Monat", "Tag");
                // first day of the year or month; sorted with the others
                assertThat(dates).containsExactly(java.time.LocalDate.of(2017, 1, 1), java.time.LocalDate.of(2018, 11, 1),
                        java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 5, 15)).isSorted();
                assertThat(text(sheet)).contains("Korean National Police University (경찰대학)");

                // two budget lines of one project and year: two rows; the cross table adds them up
                XSSFSheet funding = wb.getSheet("Förderung");
                assertThat(rows(wb, "Förderung")).isEqualTo(3);
                assertThat(funding.getRow(1).getCell(4) == null).as("no Haushaltstitel").isTrue();
                assertThat(funding.getRow(2).getCell(4).getStringCellValue()).isEqualTo("0602/686 10");
                XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
                Row cross = null;
                for (Row row : funding) {
                    if (row.getRowNum() > 4 && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                            && row.getCell(0).getStringCellValue().equals("tokyo-research")) {
                        cross = row;
                    }
                }
                assertThat(cross).as("cross-table row of tokyo-research").isNotNull();
                assertThat(evaluator.evaluate(cross.getCell(2)).getNumberValue()).isEqualTo(15000.50);
                assertThat(evaluator.evaluate(cross.getCell(4)).getNumberValue())
                        .isEqualTo(store.fundingTotal(ReportFilter.all()).doubleValue());
            }
        }
    }

    /** The first "Summe" row below the table: its amount cell. */
    private static Cell sumCell(XSSFSheet funding) {
        for (Row row : funding) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 0 && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("Summe")) {
                return row.getCell(5);
            }
        }
        throw new AssertionError("no Summe row");
    }

    /** Rows of the sheet's Excel table (an empty table has one empty row). */
    private static int rows(XSSFWorkbook wb, String sheet) {
        XSSFSheet s = wb.getSheet(sheet);
        int count = 0;
        for (int r = 1; r <= s.getTables().get(0).getEndCellReference().getRow(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getPhysicalNumberOfCells() > 0) {
                count++;
            }
        }
        return count;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    sb.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
