package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.storage.testing.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Answers rendered from a real store (H2 with the demo dataset). */
class StoreAnswerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void writeAllNamesFilesAfterTheIds(Backend backend) throws Exception {
        try (CoopStore store = Inquiries.demoStore(backend)) {
            List<Path> files = AnswerReport.writeAll(store, AnswerFormat.PDF, dir);
            assertThat(files).containsExactly(dir.toAbsolutePath().normalize().resolve("17-4514.pdf"));
            Pdfs.assertValid(Files.readAllBytes(files.get(0)));
            assertThat(Pdfs.pages(Files.readAllBytes(files.get(0)))).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownIdNamesTheClosestStoredOnesAndWritesNothing(Backend backend) throws Exception {
        try (CoopStore store = Inquiries.demoStore(backend)) {
            assertThatThrownBy(() -> AnswerReport.write(store, InquiryId.parse("17/4515"), AnswerFormat.PDF,
                    dir.resolve("x.pdf")))
                    .isInstanceOf(UnknownInquiryException.class)
                    .hasMessage("no Kleine Anfrage 17/4515 in the store; closest stored: 17/4514");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tablesAreComputedFromTheStoreForTheInquirysCountriesAndPeriod(Backend backend) {
        AnswerBlock.DataTable visits = new AnswerBlock.DataTable(TableKind.VISITS_PER_YEAR, List.of(), null, null,
                "Besuche nach Jahren");
        AnswerBlock.DataTable projects = new AnswerBlock.DataTable(TableKind.PROJECTS, List.of(), null, null, null);
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        List<AnswerBlock> answer = new ArrayList<>(questions.get(1).answer());
        answer.add(visits);
        questions.set(1, new Question(2, questions.get(1).text(), answer));
        questions.set(0, new Question(1, questions.get(0).text(),
                List.of(questions.get(0).answer().get(0), projects)));
        b.questions = questions;
        Inquiry inquiry = b.build();

        try (CoopStore store = Inquiries.demoStore(backend)) {
            Map<AnswerBlock.DataTable, TableData> tables = AnswerTables.resolve(store, inquiry);
            List<VisitCount> counts = store.visitsPerYear(ReportFilter.of(List.of("KR"), 2017, 2020));
            int toNrw = counts.stream().filter(c -> c.direction() == Direction.TO_NRW).mapToInt(VisitCount::count).sum();
            int fromNrw = counts.stream().filter(c -> c.direction() == Direction.FROM_NRW).mapToInt(VisitCount::count).sum();

            TableData v = tables.get(visits);
            assertThat(toNrw + fromNrw).isPositive();
            assertThat(v.total()).containsExactly("insgesamt", String.valueOf(toNrw), String.valueOf(fromNrw),
                    String.valueOf(toNrw + fromNrw));
            assertThat(v.rows()).allSatisfy(row -> assertThat(Integer.parseInt(row.get(0))).isBetween(2017, 2020));
            assertThat(tables.get(projects).rows()).anySatisfy(row ->
                    assertThat(row.get(1)).contains("Korean National Police University (경찰대학)"));

            String text = Pdfs.compact(Pdfs.text(Pdfs.render(inquiry, tables, AnswerFormat.PDF)));
            assertThat(text).contains("BesuchenachJahren").contains("JahrBesuchenachNRWBesucheausNRWinsgesamt")
                    .contains("(경찰대학)");
        }
    }
}
