package de.nrw.coop.reports.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF's structure on generated years: order, grouping, TOC page numbers, page footers, charts, totals. */
class YearlyPdfTest {
    @TempDir
    Path dir;

    @Test
    void multiCountryYearHasSectionsInOrderGroupedByRegionWithMatchingToc() throws IOException {
        YearlyData data = GeneratedYear.of(2019, 14, 700);
        YearlyResult result = YearlyReport.write(data, dir);
        PdfText pdf = PdfText.of(result.pdf());

        assertThat(result.pages()).isEqualTo(pdf.pages().size());
        assertThat(pdf.pages().get(0)).contains("Kooperationsbericht 2019").contains("Berichtsjahr 2019");
        assertThat(pdf.pages().get(1)).contains("Inhalt");

        // every chapter and country heading starts where the table of contents says
        Map<String, Integer> toc = tocEntries(pdf);
        List<String> expected = expectedHeadings(data);
        assertThat(toc.keySet()).containsExactlyElementsOf(expected);
        int from = 3; // cover and at least one page of contents come first
        for (String heading : expected) {
            int page = pdf.pageWithLine(heading, from);
            assertThat(page).as("page of heading %s", heading).isPositive();
            assertThat(toc.get(heading)).as("TOC page of %s", heading).isEqualTo(page);
            from = page;
        }
        // the outline has the chapters (regions) with their countries below them
        assertThat(pdf.outline()).contains("Zusammenfassung", "Asien", "  Südkorea", "Europa", "  Frankreich",
                YearlyData.NO_REGION, "  Australien");

        // regions alphabetical, no region last; countries alphabetical inside their region
        assertThat(expected.indexOf("Afrika")).isLessThan(expected.indexOf("Amerika"));
        assertThat(expected.indexOf("Naher Osten")).isLessThan(expected.indexOf(YearlyData.NO_REGION));
        assertThat(expected.indexOf("China")).isLessThan(expected.indexOf("Südkorea"));
        assertThat(expected.indexOf("Südkorea")).isLessThan(expected.indexOf("Europa"));

        // "Seite x von y" on every page but the cover
        for (int p = 2; p <= pdf.pages().size(); p++) {
            assertThat(pdf.pages().get(p - 1)).contains("Seite " + p + " von " + pdf.pages().size());
        }
        assertThat(pdf.pages().get(0)).doesNotContain("Seite 1");

        // a chart on each country's pages
        for (CountryData c : data.countries()) {
            int start = toc.get(c.country().name());
            int end = nextStart(toc, c.country().name(), pdf.pages().size());
            java.util.Set<String> images = new java.util.HashSet<>();
            for (int p = start; p <= end; p++) {
                images.addAll(pdf.imagesPerPage().get(p - 1));
            }
            assertThat(images).as("charts of %s", c.country().name()).hasSize(1);
        }

        // totals: funding total of the summary and of each country, visit counts
        String text = pdf.all();
        assertThat(text).contains("Insgesamt 5 (±0)".replace("5", Integer.toString(data.countries().size())));
        assertThat(text).contains(GermanFormat.euro(data.fundingTotal()));
        for (CountryData c : data.countries()) {
            assertThat(text).contains("Insgesamt " + GermanFormat.euro(c.fundingTotal()));
            assertThat(text).contains(c.country().name() + " 1 (±0) 1 (±0) " + c.current().visitsToNrw() + " (");
        }
        // the activities of a country in date order, one sentence each
        assertThat(text).contains("Im Januar 2019 reiste eine Delegation aus Nordrhein-Westfalen");
        assertThat(text.indexOf("Im Januar 2019 reiste")).isLessThan(text.indexOf("Im Dezember 2019"));
        // Hangul and umlauts survive
        assertThat(text.replace("\n", "")).contains("경찰대학", "Ärzte", "Südafrika");
    }

    @Test
    void aTableOfContentsOfSeveralPagesStillPointsAtTheRightPages() throws IOException {
        YearlyData data = GeneratedYear.of(2019, 60, 120);
        PdfText pdf = PdfText.of(YearlyReport.write(data, dir).pdf());
        Map<String, Integer> toc = tocEntries(pdf);
        assertThat(pdf.pages().get(2)).as("second TOC page").doesNotContain("Der Bericht stellt");
        assertThat(toc).hasSize(expectedHeadings(data).size());
        int from = 3; // cover and at least one page of contents come first
        for (String heading : expectedHeadings(data)) {
            int page = pdf.pageWithLine(heading, from);
            assertThat(toc.get(heading)).as("TOC page of %s", heading).isEqualTo(page);
            from = page;
        }
    }

    @Test
    void aYearWithoutDataSaysSo() throws IOException {
        YearlyResult result = YearlyReport.write(new YearlyData(2030, List.of(), java.math.BigDecimal.ZERO), dir);
        assertThat(result.empty()).isTrue();
        assertThat(result.countries()).isZero();
        PdfText pdf = PdfText.of(result.pdf());
        assertThat(pdf.all()).contains("Keine Kooperationsdaten für 2030");
        assertThat(pdf.all()).doesNotContain("Zusammenfassung");
    }

    static List<String> expectedHeadings(YearlyData data) {
        List<String> headings = new ArrayList<>(List.of(BodyRows.SUMMARY));
        String region = null;
        for (CountryData c : data.countries()) {
            if (!c.region().equals(region)) {
                region = c.region();
                headings.add(region);
            }
            headings.add(c.country().name());
        }
        return headings;
    }

    private static final Pattern TOC_LINE = Pattern.compile("^(.+?) (\\d+)$");

    /** The entries of the table of contents (the pages after the cover up to the summary). */
    static Map<String, Integer> tocEntries(PdfText pdf) {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int p = 2; p <= pdf.pages().size(); p++) {
            String page = pdf.pages().get(p - 1);
            if (page.contains("Der Bericht stellt")) {
                break;
            }
            for (String line : page.lines().toList()) {
                Matcher m = TOC_LINE.matcher(line.strip());
                if (m.matches() && !line.startsWith("Seite ") && !line.contains("Kooperationsbericht")) {
                    entries.put(m.group(1), Integer.parseInt(m.group(2)));
                }
            }
        }
        return entries;
    }

    private static int nextStart(Map<String, Integer> toc, String after, int last) {
        boolean seen = false;
        for (var e : toc.entrySet()) {
            if (seen) {
                return e.getValue() - 1;
            }
            seen = e.getKey().equals(after);
        }
        return last;
    }
}
