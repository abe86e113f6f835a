package de.nrw.coop.reports.yearly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.reports.pdf.PdfValidation;
import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.TestStores;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yearly report from real stores: the demo data on H2, a generated multi-country year on PostgreSQL. */
class YearlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void demoYear2019() throws Exception {
        try (CoopStore store = TestStores.h2()) {
            store.importFiles(DemoData.sources());
            YearlyResult result = YearlyReport.write(store, 2019, List.of(), dir);
            assertThat(result.empty()).isFalse();
            PdfText pdf = PdfText.of(result.pdf());
            String text = pdf.all();
            assertThat(text).contains("Kooperationsbericht 2019", "Zusammenfassung", "Südkorea", "Asien");
            int to = visits(store, "KR", 2019, Direction.TO_NRW);
            int from = visits(store, "KR", 2019, Direction.FROM_NRW);
            assertThat(to + from).as("the demo has visits in 2019").isPositive();
            assertThat(summaryLine(pdf, "Südkorea")).contains(" " + to + " (").contains(" " + from + " (");
            assertThat(text).contains(GermanFormat.euro(store.fundingTotal(ReportFilter.of(List.of("KR"), 2019, 2019))));
            assertThat(PdfValidation.failures(Files.readAllBytes(result.pdf()))).isEmpty();

            // same data, same bytes (both files)
            Path again = Files.createDirectory(dir.resolve("again"));
            YearlyReport.write(store, 2019, List.of("kr"), again);
            assertThat(YearlyFilesTest.digest(again.resolve(YearlyReport.pdfName(2019))))
                    .isEqualTo(YearlyFilesTest.digest(result.pdf()));
            assertThat(YearlyFilesTest.digest(again.resolve(YearlyReport.xlsxName(2019))))
                    .isEqualTo(YearlyFilesTest.digest(result.xlsx()));
        }
    }

    @Test
    void aYearWithoutDataAndAnUnknownCountry() throws Exception {
        try (CoopStore store = TestStores.h2()) {
            store.importFiles(DemoData.sources());
            YearlyResult result = YearlyReport.write(store, 2031, List.of(), dir);
            assertThat(result.empty()).isTrue();
            assertThat(PdfText.of(result.pdf()).all()).contains("Keine Kooperationsdaten für 2031");
            assertThat(Files.exists(result.xlsx())).isTrue();

            assertThatThrownBy(() -> YearlyReport.write(store, 2019, List.of("XX"), dir))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'XX'").hasMessageContaining("KR");
        }
    }

    @Test
    void anEmptyStoreGivesTheNoDataReport() throws Exception {
        try (CoopStore store = TestStores.h2()) {
            YearlyResult result = YearlyReport.write(store, 2019, List.of(), dir);
            assertThat(result.empty()).isTrue();
            assertThat(PdfText.of(result.pdf()).all()).contains("Keine Kooperationsdaten für 2019");
            try (InputStream in = Files.newInputStream(result.xlsx()); Workbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                        .isEqualTo("Keine Kooperationsdaten für 2019");
            }
        }
    }

    @Test
    void generatedMultiCountryYearOnPostgres() throws Exception {
        try (CoopStore store = TestStores.postgres()) {
            generated().importInto(store);
            YearlyResult result = YearlyReport.write(store, 2019, List.of(), dir);
            YearlyData data = YearlyData.load(store, 2019, List.of());
            PdfText pdf = PdfText.of(result.pdf());

            // sections in order, grouped by region, where the table of contents says
            List<String> expected = YearlyPdfTest.expectedHeadings(data);
            assertThat(expected).containsSubsequence("Afrika", "Ghana", "Asien", "Japan", "Südkorea", "Europa",
                    "Frankreich", "Polen", YearlyData.NO_REGION, "Australien");
            Map<String, Integer> toc = YearlyPdfTest.tocEntries(pdf);
            assertThat(toc.keySet()).containsExactlyElementsOf(expected);
            int from = 3;
            for (String heading : expected) {
                int page = pdf.pageWithLine(heading, from);
                assertThat(toc.get(heading)).as("TOC page of %s", heading).isEqualTo(page);
                from = page;
            }

            // totals that match the store
            String text = pdf.all();
            List<String> codes = data.countries().stream().map(c -> c.country().code()).toList();
            assertThat(text).contains("Insgesamt ").contains(GermanFormat.euro(store.fundingTotal(ReportFilter.of(codes, 2019, 2019))));
            for (CountryData c : data.countries()) {
                String code = c.country().code();
                int to = visits(store, code, 2019, Direction.TO_NRW);
                int fromNrw = visits(store, code, 2019, Direction.FROM_NRW);
                assertThat(c.activities()).hasSize(to + fromNrw);
                assertThat(summaryLine(pdf, c.country().name())).contains(" " + to + " (").contains(" " + fromNrw + " (");
                BigDecimal funding = store.fundingTotal(ReportFilter.of(List.of(code), 2019, 2019));
                if (funding.signum() > 0) {
                    assertThat(text).contains("Insgesamt " + GermanFormat.euro(funding));
                }
            }
            // the workbook: summary first, one row per country
            try (InputStream in = Files.newInputStream(result.xlsx()); Workbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheetName(0)).isEqualTo("Übersicht 2019");
                for (int i = 0; i < data.countries().size(); i++) {
                    assertThat(book.getSheetAt(0).getRow(3 + i).getCell(0).getStringCellValue())
                            .isEqualTo(data.countries().get(i).country().name());
                }
                // the tables of the year: one activity row per activity of the report's countries (header row first)
                int activities = data.countries().stream().mapToInt(c -> c.activities().size()).sum();
                assertThat(book.getSheet("Aktivitäten").getLastRowNum()).isEqualTo(activities);
                assertThat(book.getSheetIndex("Projekte")).isGreaterThan(0);
            }
            assertThat(PdfValidation.failures(Files.readAllBytes(result.pdf()))).isEmpty();
        }
    }

    private static int visits(CoopStore store, String code, int year, Direction direction) {
        return store.visitsPerYear(ReportFilter.of(List.of(code), year, year)).stream()
                .filter(v -> v.direction() == direction).mapToInt(VisitCount::count).sum();
    }

    /** The summary table's line of a country (pages after the contents, before the first region). */
    private static String summaryLine(PdfText pdf, String name) {
        int summary = pdf.pageWithLine(BodyRows.SUMMARY, 3);
        return pdf.pages().get(summary - 1).lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line for " + name));
    }

    /** Six countries in four regions (one without), agreements, projects (one shared), funding, settlements, activities. */
    static Feed generated() {
        Feed feed = new Feed().file("generated.yaml");
        Department im = new Department("IM", "IM", "Ministerium des Innern", null, null, List.of());
        Department mwide = new Department("MWIDE", "MWIDE", "Ministerium für Wirtschaft", null, null, List.of());
        feed.add(im, mwide);
        List<Country> countries = List.of(new Country("KR", "Südkorea", "Asien"), new Country("JP", "Japan", "Asien"),
                new Country("FR", "Frankreich", "Europa"), new Country("PL", "Polen", "Europa"),
                new Country("GH", "Ghana", "Afrika"), new Country("AU", "Australien"));
        List<Object> later = new ArrayList<>();
        int n = 0;
        for (Country c : countries) {
            String k = c.code().toLowerCase();
            Partner p = new Partner("uni-" + k, "Universität " + c.name(), c.code().equals("KR") ? "경찰대학" : null,
                    c.code(), Level.STAATLICH, PartnerKind.UNIVERSITY);
            feed.add(c, p);
            later.add(new Agreement("mou-" + k, "Memorandum of Understanding", "Hochschulkooperation " + c.name(), "IM",
                    List.of(p.key()), LocalDate.of(2015, 3, 1), List.of(LocalDate.of(2019, 3, 1)), null, List.of("Lehre")));
            later.add(new Project("pr-" + k, "Austausch & Lehre " + c.name(), "MWIDE", List.of(p.key()),
                    List.of(SupportKind.BERATUNG, SupportKind.FINANZIELLE_FOERDERUNG), Level.STAATLICH,
                    LocalDate.of(2018, 1, 1), null, "mou-" + k));
            later.add(new Funding("pr-" + k, 2019, new BigDecimal(10_000 + 1_234 * n + ".50"), "0710"));
            later.add(new Funding("pr-" + k, 2018, new BigDecimal(9_000 + n), null));
            later.add(new Settlement(c.code(), 2019, 2019, 2 + n, "NRW.INVEST"));
            later.add(new KeyFigure("kf-" + k, c.code(), "in NRW lebende Staatsangehörige", new BigDecimal(1_000 + n),
                    "Personen", LocalDate.of(2019, 12, 31), new Source("IT.NRW", "https://www.it.nrw")));
            for (int i = 0; i < 40 + 7 * n; i++) {
                int year = i % 5 == 0 ? 2018 : i % 7 == 0 ? 2017 : 2019;
                later.add(new Activity("act-" + k + "-" + i, i % 4 == 0 ? ActivityKind.VISIT : ActivityKind.DELEGATION,
                        i % 3 == 0 ? PartialDate.ofMonth(year, 1 + i % 12) : PartialDate.of(LocalDate.of(year, 1 + i % 12, 1 + i % 28)),
                        c.code(), i % 3 == 1 ? Direction.FROM_NRW : Direction.TO_NRW, List.of("IM"), List.of(),
                        List.of(p.key()), null, null, null, null, null, null));
            }
            n++;
        }
        // a project of two countries: its funding counts once in the total
        later.add(new Project("pr-shared", "Gemeinsames Projekt Korea–Japan", "MWIDE", List.of("uni-kr", "uni-jp"),
                List.of(SupportKind.WISSENSAUSTAUSCH), Level.STAATLICH, LocalDate.of(2019, 1, 1), null, null));
        later.add(new Funding("pr-shared", 2019, new BigDecimal("5000.00"), null));
        feed.file("records.yaml");
        later.forEach(feed::add);
        return feed;
    }
}
