package de.nrw.coop.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.ReportException;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.ReportFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesWorkbookTest {
    private static final ReportFilter KR_2017_2020 = ReportFilter.of(List.of("KR", "JP"), 2017, 2020);
    private static final List<String> SHEETS = List.of("Übersicht", "Projekte", "Vereinbarungen", "Aktivitäten",
            "Entwicklung", "Förderung", "Ansiedlungen", "Kennzahlen");

    static byte[] bytes(TablesData data, TablesWorkbook.Options options, int maxRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesWorkbook.write(data, options, out, maxRows);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFWorkbook standard() throws IOException {
        return open(bytes(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), 1_048_575));
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(r)) {
            texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
        }
        return texts;
    }

    @Test
    void sheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(SHEETS);
        }
    }

    @Test
    void headersOfEverySheet() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            assertThat(row(wb.getSheet("Projekte"), 0)).containsExactly("Schlüssel", "Projekt", "Länder",
                    "Federführendes Ressort", "Partner", "Partnerebene", "Unterstützungsarten", "Beginn", "Ende",
                    "Vereinbarung");
            assertThat(row(wb.getSheet("Vereinbarungen"), 0)).containsExactly("Schlüssel", "Art", "Titel", "Ressort",
                    "Partner", "Länder", "Unterzeichnet", "Verlängerungen", "Letzte Verlängerung", "Beendet",
                    "Gegenstände");
            assertThat(row(wb.getSheet("Aktivitäten"), 0)).containsExactly("Datum", "Genauigkeit", "Jahr", "Land",
                    "Art", "Richtung", "NRW-Gastgeber", "Partner", "Delegation", "Delegationsgröße", "Zweck",
                    "Schlüssel");
            assertThat(row(wb.getSheet("Entwicklung"), 0)).startsWith("Jahr", "Ländercode", "Land",
                    "Vereinbarungen in Kraft", "Aktive Projekte", "Besuche nach NRW", "Besuche aus NRW",
                    "Projekte mit Schirmherrschaft");
            // declined after "mit", never "mit finanzielle Förderung"
            assertThat(row(wb.getSheet("Entwicklung"), 0)).contains("Projekte mit finanzieller Förderung",
                    "Projekte mit sonstiger Unterstützung").noneMatch(h -> h.contains("mit finanzielle ")
                    || h.contains("mit sonstige "));
            assertThat(row(wb.getSheet("Förderung"), 0)).containsExactly("Schlüssel", "Projekt", "Länder", "Jahr",
                    "Haushaltstitel", "Betrag (EUR)");
            assertThat(row(wb.getSheet("Ansiedlungen"), 0)).containsExactly("Land", "Ländercode", "Von", "Bis",
                    "Zeitraum", "Unternehmen", "Quelle");
            assertThat(row(wb.getSheet("Kennzahlen"), 0)).containsExactly("Schlüssel", "Land", "Kennzahl", "Wert",
                    "Einheit", "Stand", "Quelle", "Link");
        }
    }

    @Test
    void everyDataSheetIsAStyledTableWithFrozenRepeatedHeaderAndLandscapePrint() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            for (String name : SHEETS.subList(1, SHEETS.size())) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(sheet.getTables()).as(name).hasSize(1);
                XSSFTable table = sheet.getTables().get(0);
                int lastRow = Math.max(1, dataRows(name));
                int lastCol = sheet.getRow(0).getLastCellNum() - 1;
                assertThat(table.getArea().formatAsString()).as(name)
                        .isEqualTo("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(lastCol) + (lastRow + 1));
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
                assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
                assertThat(table.getName()).isNotBlank();
                for (int c = 0; c <= lastCol; c++) {
                    assertThat(table.getColumns().get(c).getName()).isEqualTo(sheet.getRow(0).getCell(c).getStringCellValue());
                }
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                for (int c = 0; c <= lastCol; c++) {
                    assertThat(sheet.getColumnWidth(c)).as(name + " column " + c).isGreaterThanOrEqualTo(8 * 256);
                }
            }
        }
    }

    private static int dataRows(String sheet) {
        return switch (sheet) {
            case "Projekte" -> 3;
            case "Vereinbarungen", "Kennzahlen" -> 1;
            case "Aktivitäten" -> 4;
            case "Entwicklung" -> 8; // 4 years × 2 countries
            case "Förderung" -> 5;
            case "Ansiedlungen" -> 2;
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    @Test
    void activitiesAreTyped() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFSheet sheet = wb.getSheet("Aktivitäten");
            XSSFRow yearOnly = sheet.getRow(1);
            // a partial date is a typed date cell too: its first day, formatted as precise as the source
            assertThat(yearOnly.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(yearOnly.getCell(0))).isTrue();
            assertThat(yearOnly.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("YYYY");
            assertThat(yearOnly.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 1, 1));
            assertThat(yearOnly.getCell(1).getStringCellValue()).isEqualTo("Jahr");
            assertThat(yearOnly.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yearOnly.getCell(2).getNumericCellValue()).isEqualTo(2017);
            assertThat(yearOnly.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(yearOnly.getCell(5).getStringCellValue()).isEqualTo("nach NRW");
            assertThat(yearOnly.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yearOnly.getCell(9).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Monat");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("MM.YYYY");
            assertThat(sheet.getRow(2).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2018, 2, 1));
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("aus NRW");
            XSSFCell day = sheet.getRow(3).getCell(0);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("DD.MM.YYYY");
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 15));
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tag");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).contains(Fixtures.HANGUL);
            assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("Ärztekammer Düsseldorf");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFSheet activities = wb.getSheet("Aktivitäten");
            assertText(activities.getRow(1).getCell(8), "+1");
            assertText(activities.getRow(1).getCell(10), "-2");
            assertText(activities.getRow(2).getCell(10), "@SUM(A1)");
            assertText(activities.getRow(3).getCell(10), Fixtures.HYPERLINK);
            assertText(wb.getSheet("Projekte").getRow(2).getCell(1), Fixtures.HYPERLINK);
            assertThat(activities.getRow(3).getCell(10).getHyperlink()).isNull();
        }
    }

    @Test
    void streamedTextIsAnInlineStringInTheXml() throws IOException {
        byte[] bytes = bytes(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), 1_048_575);
        String xml = entry(bytes, "xl/worksheets/sheet4.xml");
        assertThat(xml).contains("<is><t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is>")
                .contains("<is><t>@SUM(A1)</t></is>").doesNotContain("<f>");
        assertThat(entry(bytes, "xl/workbook.xml")).contains("name=\"Aktivitäten\"");
    }

    static String entry(byte[] bytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static void assertText(XSSFCell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
    }

    @Test
    void datesAndMoneyAreTypedAndFormatted() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFCell start = wb.getSheet("Projekte").getRow(1).getCell(7);
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("DD.MM.YYYY");
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 1, 1));
            assertThat(wb.getSheet("Projekte").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("Korean National Police University (" + Fixtures.HANGUL + ")");
            assertThat(wb.getSheet("Projekte").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Polizeiausbildung „Cyber“");
            // one row per project, year and budget line, each with its Haushaltstitel
            assertThat(row(wb.getSheet("Förderung"), 2)).containsExactly("p-police", "Polizeiausbildung „Cyber“", "KR",
                    "2018.0", "0710/686 10", "7300.55");
            assertThat(row(wb.getSheet("Förderung"), 3)).containsExactly("p-police", "Polizeiausbildung „Cyber“", "KR",
                    "2018.0", "0710/547 20", "1200.45");
            XSSFCell amount = wb.getSheet("Förderung").getRow(2).getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(7300.55);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 €");
            XSSFCell signed = wb.getSheet("Vereinbarungen").getRow(1).getCell(6);
            assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 5, 10));
            assertThat(wb.getSheet("Vereinbarungen").getRow(1).getCell(7).getStringCellValue()).isEqualTo("10.05.2019");
            XSSFCell link = wb.getSheet("Kennzahlen").getRow(1).getCell(7);
            assertThat(link.getStringCellValue()).isEqualTo("https://www.it.nrw/");
            assertThat(link.getHyperlink().getAddress()).isEqualTo("https://www.it.nrw/");
            assertThat(wb.getSheet("Kennzahlen").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(7500);
        }
    }

    @Test
    void everyFormulaEvaluatesAndFundingTotalsMatchTheData() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (var sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            CellValue value = evaluator.evaluate(cell);
                            assertThat(value.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .isEqualTo(CellType.NUMERIC);
                            // the cached result written with the formula is what Excel computes
                            assertThat(value.getNumberValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .isCloseTo(cell.getNumericCellValue(), org.assertj.core.data.Offset.offset(1e-9));
                            formulas++;
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(20);
            XSSFSheet funding = wb.getSheet("Förderung");
            double total = evaluator.evaluate(funding.getRow(7).getCell(5)).getNumberValue();
            assertThat(funding.getRow(7).getCell(5).getCellFormula()).isEqualTo("SUM($F$2:$F$6)");
            assertThat(BigDecimal.valueOf(total).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(Fixtures.fundingTotal());
            // cross table: header at row 11 (0-based 10), years 2017, 2018, 2020
            assertThat(funding.getRow(10).getCell(2).getNumericCellValue()).isEqualTo(2017);
            assertThat(funding.getRow(10).getCell(5).getStringCellValue()).isEqualTo("Summe");
            XSSFRow crossTotal = funding.getRow(13);
            assertThat(crossTotal.getCell(0).getStringCellValue()).isEqualTo("Summe");
            assertThat(evaluator.evaluate(crossTotal.getCell(5)).getNumberValue()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9));
            // both budget lines of p-police in 2018 add up in the cross table, and into its subtotal
            assertThat(evaluator.evaluate(funding.getRow(11).getCell(3)).getNumberValue()).isEqualTo(8501.00);
            assertThat(evaluator.evaluate(funding.getRow(11).getCell(5)).getNumberValue()).isEqualTo(21001.00);
            assertThat(evaluator.evaluate(funding.getRow(12).getCell(3)).getNumberValue()).isEqualTo(999.99);
        }
    }

    @Test
    void overviewTellsWhatWasAskedTheDataDateRowCountsAndLinks() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFSheet sheet = wb.getSheet("Übersicht");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(row(sheet, 2)).containsExactly("Länder", "Südkorea (KR); Japan (JP)");
            assertThat(row(sheet, 3)).containsExactly("Ressorts", "alle");
            assertThat(row(sheet, 4)).containsExactly("Zeitraum", "2017 bis 2020");
            XSSFCell asOf = sheet.getRow(5).getCell(1);
            assertThat(asOf.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2021, 3, 4, 11, 15));
            int r = 8;
            for (String name : SHEETS.subList(1, SHEETS.size())) {
                XSSFRow row = sheet.getRow(r++);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
                assertThat(row.getCell(0).getHyperlink().getAddress()).isEqualTo("'" + name + "'!A1");
                assertThat(evaluator.evaluate(row.getCell(1)).getNumberValue()).as(name).isEqualTo(dataRows(name));
            }
            r++;
            assertThat(sheet.getRow(++r).getCell(0).getStringCellValue()).isEqualTo("Projekte");
            assertThat(sheet.getRow(r + 2).getCell(0).getStringCellValue()).isEqualTo("Aktivitäten");
            assertThat(evaluator.evaluate(sheet.getRow(r + 2).getCell(1)).getNumberValue()).isEqualTo(4);
            assertThat(evaluator.evaluate(sheet.getRow(r + 3).getCell(1)).getNumberValue()).isEqualTo(3);
            assertThat(evaluator.evaluate(sheet.getRow(r + 4).getCell(1)).getNumberValue()).isEqualTo(1);
            assertThat(sheet.getRow(r + 5).getCell(0).getStringCellValue()).isEqualTo("Förderung (EUR)");
            assertThat(evaluator.evaluate(sheet.getRow(r + 5).getCell(1)).getNumberValue()).isCloseTo(
                    Fixtures.fundingTotal().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(evaluator.evaluate(sheet.getRow(r + 6).getCell(1)).getNumberValue()).isEqualTo(20);
        }
    }

    @Test
    void developmentCountsPerYearAndCountry() throws IOException {
        try (XSSFWorkbook wb = standard()) {
            XSSFSheet sheet = wb.getSheet("Entwicklung");
            // rows: 2017 JP, 2017 KR, 2018 JP, 2018 KR, ...
            XSSFRow kr2018 = sheet.getRow(4);
            assertThat(kr2018.getCell(0).getNumericCellValue()).isEqualTo(2018);
            assertThat(kr2018.getCell(1).getStringCellValue()).isEqualTo("KR");
            assertThat(kr2018.getCell(2).getStringCellValue()).isEqualTo("Südkorea");
            assertThat(kr2018.getCell(3).getNumericCellValue()).isEqualTo(1); // MoU in force
            assertThat(kr2018.getCell(4).getNumericCellValue()).isEqualTo(2); // police + law
            assertThat(kr2018.getCell(5).getNumericCellValue()).isEqualTo(0);
            assertThat(kr2018.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(kr2018.getCell(7 + 1).getNumericCellValue()).as("Beratung").isEqualTo(1);
            XSSFRow jp2020 = sheet.getRow(7);
            assertThat(jp2020.getCell(1).getStringCellValue()).isEqualTo("JP");
            assertThat(jp2020.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(jp2020.getCell(7 + 2).getNumericCellValue()).as("finanzielle Förderung").isEqualTo(1);
        }
    }

    @Test
    void documentPropertiesAndNoClockInTheBytes() throws IOException {
        byte[] first = bytes(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), 1_048_575);
        byte[] second = bytes(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), 1_048_575);
        assertThat(second).isEqualTo(first);
        try (XSSFWorkbook wb = open(first)) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Tabellen zur internationalen Zusammenarbeit");
            assertThat(core.getSubject()).isEqualTo("Kooperationsdaten: Länder KR, JP; Ressorts alle; 2017 bis 2020");
            assertThat(core.getCreated()).isEqualTo(Date.from(Fixtures.AS_OF));
            assertThat(core.getModified()).isNull();
        }
        long fixed = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTime()).as(e.getName()).isEqualTo(fixed);
                entries++;
            }
            assertThat(entries).isGreaterThan(10);
        }
    }

    @Test
    void activitiesBeyondASheetContinueOnFurtherSheets() throws IOException {
        List<ActivityView> many = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            many.addAll(Fixtures.activities().subList(i % 4, i % 4 + 1));
        }
        byte[] bytes = bytes(Fixtures.data(ReportFilter.all(), many), TablesWorkbook.Options.defaults(), 3);
        try (XSSFWorkbook wb = open(bytes)) {
            assertThat(wb.getSheetName(3)).isEqualTo("Aktivitäten");
            assertThat(wb.getSheetName(4)).isEqualTo("Aktivitäten (2)");
            assertThat(wb.getSheetName(5)).isEqualTo("Aktivitäten (3)");
            assertThat(wb.getSheetAt(5).getTables().get(0).getArea().formatAsString()).isEqualTo("A1:L2");
            assertThat(wb.getSheetAt(4).getTables().get(0).getArea().formatAsString()).isEqualTo("A1:L4");
            assertThat(wb.getSheetAt(4).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Datum");
            assertThat(wb.getSheetAt(4).getTables().get(0).getName()).isEqualTo("Aktivitaeten_2");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            XSSFSheet overview = wb.getSheet("Übersicht");
            double activities = 0;
            for (Row row : overview) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Aktivitäten")
                        && row.getCell(0).getHyperlink() == null) {
                    activities = evaluator.evaluate(row.getCell(1)).getNumberValue();
                }
            }
            assertThat(activities).isEqualTo(7);
        }
    }

    @Test
    void emptyDataGivesEmptyTables() throws IOException {
        TablesData empty = new TablesData(ReportFilter.all(), List.of(), List.of(), java.util.Optional.empty(),
                List.of(), List.of(), List.of(), action -> { }, List.of(), List.of(), List.of());
        try (XSSFWorkbook wb = open(bytes(empty, TablesWorkbook.Options.defaults(), 1_048_575))) {
            assertThat(wb.getSheet("Aktivitäten").getTables().get(0).getArea().formatAsString()).isEqualTo("A1:L2");
            assertThat(wb.getSheet("Übersicht").getRow(5).getCell(1).getStringCellValue()).isEqualTo("keine Daten");
            XSSFSheet funding = wb.getSheet("Förderung");
            assertThat(funding.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:F2");
            assertThat(funding.getRow(2) == null).as("row 3 left free").isTrue();
            assertThat(funding.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Summe");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
    }

    @Test
    void leadingSheetComesFirst() throws IOException {
        TablesWorkbook.Options options = new TablesWorkbook.Options("Jahresbericht 2020", "Jahresbericht", null, null)
                .withLeadingSheet("Zusammenfassung", (sheet, styles) -> {
                    Cell cell = sheet.createRow(0).createCell(0);
                    cell.setCellValue("Bericht");
                    cell.setCellStyle(styles.title());
                });
        try (XSSFWorkbook wb = open(bytes(Fixtures.data(KR_2017_2020), options, 1_048_575))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Zusammenfassung");
            assertThat(wb.getSheetName(1)).isEqualTo("Übersicht");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bericht");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Jahresbericht 2020");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
    }

    @Test
    void writesAFileWholeAndNothingWhenTheFolderIsMissing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("tabellen.xlsx");
        TablesWorkbook.write(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), target);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
        }
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        Path impossible = blocked.resolve("tabellen.xlsx");
        assertThatThrownBy(() -> TablesWorkbook.write(Fixtures.data(KR_2017_2020), TablesWorkbook.Options.defaults(), impossible))
                .isInstanceOf(OutputException.class).hasMessageContaining("tabellen.xlsx");
        assertThat(Files.exists(impossible)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("tabellen.xlsx", "a-file");
        }
    }

    @Test
    void failureWhileStreamingLeavesNoFile(@TempDir Path dir) throws IOException {
        TablesData broken = new TablesData(KR_2017_2020, List.of(Fixtures.KR), List.of(), java.util.Optional.empty(),
                List.of(), List.of(), List.of(), action -> {
                    action.accept(Fixtures.activities().get(0));
                    throw new IllegalStateException("connection lost");
                }, List.of(), List.of(), List.of());
        Path target = dir.resolve("tabellen.xlsx");
        assertThatThrownBy(() -> TablesWorkbook.write(broken, TablesWorkbook.Options.defaults(), target))
                .isInstanceOf(ReportException.class).hasMessageContaining("connection lost")
                .hasMessageContaining("Länder KR, JP");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void storeFailuresKeepTheirTypeForTheExitCode(@TempDir Path dir) throws IOException {
        TablesData broken = new TablesData(KR_2017_2020, List.of(), List.of(), java.util.Optional.empty(), List.of(),
                List.of(), List.of(), action -> {
                    throw new de.nrw.coop.storage.StoreException("database gone");
                }, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> TablesWorkbook.write(broken, TablesWorkbook.Options.defaults(), dir.resolve("t.xlsx")))
                .isExactlyInstanceOf(de.nrw.coop.storage.StoreException.class).hasMessage("database gone");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void textBeyondExcelsCellLimitIsRefusedWithItsPlace() {
        ActivityView first = Fixtures.activities().get(0);
        var a = first.activity();
        ActivityView huge = new ActivityView(new de.nrw.coop.model.Activity(a.key(), a.kind(), a.date(), a.countryCode(),
                a.direction(), a.hostDepartmentKeys(), a.hostPartnerKeys(), a.partnerKeys(), a.delegation(),
                a.delegationSize(), "x".repeat(32_768), null, null, null), first.countryName(), first.hostNames(),
                first.partnerNames());
        assertThatThrownBy(() -> bytes(Fixtures.data(KR_2017_2020, List.of(first, huge)), TablesWorkbook.Options.defaults(), 10))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("sheet Aktivitäten, cell K3").hasMessageContaining("32767");
    }

    @Test
    void fileNames() {
        assertThat(TablesWorkbook.fileName(ReportFilter.of(List.of("KR"), 2017, 2020))).isEqualTo("tabellen-KR-2017-2020.xlsx");
        assertThat(TablesWorkbook.fileName(ReportFilter.all())).isEqualTo("tabellen-alle.xlsx");
        assertThat(TablesWorkbook.fileName(ReportFilter.of(List.of("KR", "JP"), null, 2020))).isEqualTo("tabellen-KR-JP-bis-2020.xlsx");
    }
}
