package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.VisitCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** Data tables in answers: German numbers, header repeated after a page break, total row, tags. */
class DataTableTest {
    private static final AnswerBlock.DataTable FUNDING =
            new AnswerBlock.DataTable(TableKind.FUNDING, List.of(), null, null, "Förderung nach Projekten und Jahren");
    private static final AnswerBlock.DataTable PROJECTS =
            new AnswerBlock.DataTable(TableKind.PROJECTS, List.of(), null, null, null);

    static List<FundingRow> fundingRows(int n) {
        List<FundingRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new FundingRow("p" + i, "Projekt Nummer " + (i + 1) + " der Hochschulkooperation", "KR",
                    2017 + i % 4, "0710/686 10", new BigDecimal("1234.56").add(BigDecimal.valueOf(i * 1000L))));
        }
        return rows;
    }

    static Inquiry withTables(AnswerBlock.DataTable... tables) {
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        Question q3 = questions.get(2);
        List<AnswerBlock> answer = new ArrayList<>(q3.answer());
        answer.addAll(List.of(tables));
        questions.set(2, new Question(3, q3.text(), answer));
        b.questions = questions;
        return b.build();
    }

    @Test
    void aLongTableRepeatsItsHeaderOnTheNextPageAndEndsWithItsTotal() {
        TableData data = AnswerTables.fundingTable(fundingRows(60));
        byte[] pdf = Pdfs.render(withTables(FUNDING), Map.of(FUNDING, data), AnswerFormat.PDF);
        List<String> pages = Pdfs.pages(pdf);

        List<Integer> withRows = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("Projekt Nummer")) {
                withRows.add(p);
            }
        }
        assertThat(withRows).as("the table spans a page break").hasSizeGreaterThanOrEqualTo(2);
        for (int p : withRows) {
            List<String> lines = Pdfs.bodyLines(pages.get(p));
            int header = lines.indexOf("Projekt Jahr Haushaltstitel Betrag");
            int firstRow = GovernmentPrefaceTest.indexOfPrefix(lines, "Projekt Nummer");
            assertThat(header).as("header row on page %d", p + 1).isGreaterThanOrEqualTo(0).isLessThan(firstRow);
        }
        String last = pages.get(withRows.get(withRows.size() - 1));
        BigDecimal total = BigDecimal.ZERO;
        for (FundingRow r : fundingRows(60)) {
            total = total.add(r.amount());
        }
        assertThat(total).isEqualByComparingTo("1844073.60");
        assertThat(last).contains("Summe 1.844.073,60 €");
        assertThat(Pdfs.text(pdf)).containsOnlyOnce("Summe").containsOnlyOnce("Förderung nach Projekten und Jahren");
        assertThat(Pdfs.compact(Pdfs.text(pdf)))
                .contains(Pdfs.compact("Projekt Nummer 1 der Hochschulkooperation 2017 0710/686 10 1.234,56 €"));
        // the answer text after the table is not lost
        assertThat(Pdfs.compact(Pdfs.text(pdf))).contains(Pdfs.compact("4. Welche Erfolge konnten"));
    }

    @Test
    void fundingOnTwoBudgetLinesGivesOneRowEachWithItsTitleASubtotalAndTheTotal() {
        List<FundingRow> rows = List.of(
                new FundingRow("p-a", "Austausch Polizei", "KR", 2019, "0710/547 20", new BigDecimal("1200.45")),
                new FundingRow("p-a", "Austausch Polizei", "KR", 2019, "0710/686 10", new BigDecimal("7300.55")),
                new FundingRow("p-b", "Hochschulpartnerschaft", "KR", 2019, null, new BigDecimal("500.00")));
        TableData data = AnswerTables.fundingTable(rows);
        assertThat(data.header()).containsExactly("Projekt", "Jahr", "Haushaltstitel", "Betrag");
        assertThat(data.rows()).containsExactly(
                List.of("Austausch Polizei", "2019", "0710/547 20", "1.200,45 €"),
                List.of("Austausch Polizei", "2019", "0710/686 10", "7.300,55 €"),
                java.util.Arrays.asList("Zwischensumme", null, null, "8.501,00 €"),
                List.of("Hochschulpartnerschaft", "2019", "–", "500,00 €"));
        assertThat(data.total()).containsExactly("Summe", null, null, "9.001,00 €");

        byte[] pdf = Pdfs.render(withTables(FUNDING), Map.of(FUNDING, data), AnswerFormat.PDF);
        assertThat(Pdfs.compact(Pdfs.text(pdf))).contains(Pdfs.compact(
                "Austausch Polizei 2019 0710/547 20 1.200,45 € Austausch Polizei 2019 0710/686 10 7.300,55 €"
                        + " Zwischensumme 8.501,00 € Hochschulpartnerschaft 2019 – 500,00 € Summe 9.001,00 €"));
    }

    @Test
    void headerCellsAreTaggedAsTableHeaders() throws IOException {
        TableData data = AnswerTables.fundingTable(fundingRows(3));
        try (PDDocument doc = Loader.loadPDF(Pdfs.render(withTables(FUNDING), Map.of(FUNDING, data), AnswerFormat.PDF))) {
            Map<String, Integer> tags = new HashMap<>();
            count(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags.get("Table")).isEqualTo(1);
            assertThat(tags.get("TR")).isEqualTo(1 + 3 + 1);
            assertThat(tags.get("TH")).isEqualTo(4);
            assertThat(tags.get("TD")).isEqualTo(3 * 4 + 4);
            assertThat(tags.get("H1")).isEqualTo(1);
            assertThat(tags.get("H2")).isEqualTo(1 + 5);
        }
    }

    private static void count(PDStructureNode node, Map<String, Integer> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.merge(e.getStructureType(), 1, Integer::sum);
                count(e, tags);
            }
        }
    }

    @Test
    void hangulNamesRenderInTablesAndText() {
        TableData projects = new TableData(List.of("Projekt", "Partner", "Art der Unterstützung", "Ressort"),
                List.of(List.of("Ausbildung koreanischer Polizeistudenten",
                        "Korean National Police University (경찰대학)", "Ausbildung, Wissensaustausch", "IM")), null, 5);
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(0, new Question(1, questions.get(0).text(), List.of(
                Inquiries.p("Partner ist die Korean National Police University (경찰대학) in Asan."), PROJECTS)));
        b.questions = questions;

        String text = Pdfs.text(Pdfs.render(b.build(), Map.of(PROJECTS, projects), AnswerFormat.PDF));

        assertThat(text).contains("Korean National Police University (경찰대학) in Asan.");
        assertThat(Pdfs.compact(text)).contains("(경찰대학)");
        assertThat(Pdfs.compact(text).split("경찰대학", -1)).hasSize(3);
    }

    @Test
    void visitsAreCountedPerYearAndDirectionInGermanNumbers() {
        TableData t = AnswerTables.visitsTable(List.of(new VisitCount("KR", 2017, Direction.TO_NRW, 2),
                new VisitCount("KR", 2017, Direction.FROM_NRW, 1), new VisitCount("KR", 2018, Direction.TO_NRW, 1),
                new VisitCount("CN", 2018, Direction.TO_NRW, 7500)));

        assertThat(t.header()).containsExactly("Jahr", "Besuche nach NRW", "Besuche aus NRW", "insgesamt");
        assertThat(t.rows()).containsExactly(List.of("2017", "2", "1", "3"), List.of("2018", "7.501", "0", "7.501"));
        assertThat(t.total()).containsExactly("insgesamt", "7.503", "1", "7.504");
    }

    @Test
    void emptyTablesSayThereIsNoData() {
        TableData empty = AnswerTables.fundingTable(List.of());
        String text = Pdfs.text(Pdfs.render(withTables(FUNDING), Map.of(FUNDING, empty), AnswerFormat.PDF));
        assertThat(text).contains(AnswerRows.NO_DATA).doesNotContain("Summe");
    }
}
