package de.nrw.coop.storage;

import static de.nrw.coop.storage.testing.SampleData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Question;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.SampleData;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void importingTheSameDataTwiceChangesNothingAndRecordsAnEmptyImport(Backend backend) {
        try (CoopStore store = backend.open()) {
            assertThat(store.dataAsOf()).isEmpty();
            SampleData.feed().importInto(store);
            Snapshot first = Snapshot.of(store);

            ImportResult again = SampleData.feed().importInto(store);

            assertThat(again.importId()).isEqualTo(2);
            assertThat(again.added().values()).hasSize(10).allMatch(n -> n == 0);
            assertThat(again.changed().values()).hasSize(10).allMatch(n -> n == 0);
            Snapshot second = Snapshot.of(store);
            assertThat(second.data()).isEqualTo(first.data());
            assertThat(second.imports()).hasSize(2);
            ImportRecord empty = second.imports().get(1);
            assertThat(empty.added().values()).allMatch(n -> n == 0);
            // nothing changed with the second import: the data is as of the first
            assertThat(store.dataAsOf()).contains(first.imports().get(0).at());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void changedRecordsAreCountedAndTheirChildRowsReplaced(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            Activity fewerPartners = new Activity(TRIP_2019.key(), ActivityKind.VISIT, TRIP_2019.date(), "KR",
                    Direction.FROM_NRW, List.of("JM"), List.of(), List.of("kr-supreme-court"), null, 4,
                    "Erneuerung des MoU", null, "mou-knpu-2014", null);
            Inquiry answered = withAnswer(INQUIRY, 3, "Jetzt beantwortet.");

            ImportResult result = new Feed().file("update.yaml").add(fewerPartners, VISIT_2017, answered, KR)
                    .importInto(store);

            assertThat(result.changed()).containsEntry("activities", 1).containsEntry("inquiries", 1)
                    .containsEntry("countries", 0);
            assertThat(result.added().values()).allMatch(n -> n == 0);
            List<Activity> activities = new ArrayList<>();
            store.forEachActivity(ReportFilter.all(), v -> activities.add(v.activity()));
            assertThat(activities).containsExactly(VISIT_2017, TOKYO_2018, JUDGES_2019, fewerPartners);
            assertThat(store.inquiry(INQUIRY.id())).contains(answered);
            assertThat(store.dataAsOf()).contains(store.imports().get(1).at());
        }
    }

    private static Inquiry withAnswer(Inquiry i, int question, String text) {
        List<Question> questions = new ArrayList<>(i.questions());
        questions.set(question - 1, new Question(question, questions.get(question - 1).text(),
                List.of(new AnswerBlock.Paragraph(text))));
        return new Inquiry(i.id(), i.questionDrucksache(), i.answerDrucksache(), i.asked(), i.received(),
                i.letterDate(), i.answerDate(), i.issued(), i.requesters(), i.title(), i.countryCodes(), i.fromYear(),
                i.toYear(), i.preface(), i.footnotes(), i.minister(), i.concurrence(), i.governmentPreface(),
                questions);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadSecondFileLeavesTheStoreExactlyAsBefore(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            Snapshot before = Snapshot.of(store);
            // more activities than one batch, so rows are written before the bad file is read
            Feed feed = new Feed().file("many.yaml");
            for (int i = 0; i < 2500; i++) {
                feed.add(new Activity("a-" + i, ActivityKind.VISIT, PartialDate.ofYear(2019), "KR", Direction.TO_NRW,
                        List.of("IM"), List.of(), List.of("knpu"), null, null, null, null, null, null));
            }
            feed.add(withAnswer(INQUIRY, 3, "geändert"));
            feed.file("bad.yaml").add(JP).problem("countries[1].code", "'xx' is not an ISO country code");

            DatasetException e = catchThrowableOfType(DatasetException.class, () -> feed.importInto(store));

            assertThat(e.problems()).containsExactly(new Problem("bad.yaml", 2, 1, "countries[1].code",
                    "'xx' is not an ISO country code"));
            assertThat(e).hasMessageContaining("bad.yaml:2:1: countries[1].code: 'xx' is not an ISO country code");
            assertThat(Snapshot.of(store)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownReferenceNamesBothEnds(Backend backend) {
        try (CoopStore store = backend.open()) {
            Activity orphan = new Activity("kr-2020-x", ActivityKind.VISIT, PartialDate.ofYear(2020), "KR",
                    Direction.TO_NRW, List.of("IM"), List.of(), List.of("knpu", "seoul-court"), null, null, null,
                    null, null, null);
            Feed feed = new Feed().file("a.yaml").add(KR, IM, KNPU).file("b.yaml").add(JP, orphan);

            DatasetException e = catchThrowableOfType(DatasetException.class, () -> feed.importInto(store));

            assertThat(e.problems()).singleElement().hasToString("b.yaml:2:3: activities[0].partners[1]: activity"
                    + " 'kr-2020-x' refers to partner 'seoul-court', which is neither in this import nor in the store");
            try (CoopStore empty = backend.open()) {
                assertThat(Snapshot.of(store)).isEqualTo(Snapshot.of(empty));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKeyARecordNamesIsCheckedEvenIfTheReaderReportedNoReference(Backend backend) {
        try (CoopStore store = backend.open()) {
            // a reader that passes records but forgets their references
            CoopStore.Reader forgetful = (files, sink) -> {
                sink.startFile("f.yaml");
                sink.record(RecordTypes.COUNTRIES, KR, new de.nrw.coop.storage.dataset.Origin("f.yaml", 1, 3, "countries[0]"));
                sink.record(RecordTypes.PARTNERS, KNPU, new de.nrw.coop.storage.dataset.Origin("f.yaml", 2, 3, "partners[0]"));
                sink.record(RecordTypes.AGREEMENTS, MOU, new de.nrw.coop.storage.dataset.Origin("f.yaml", 7, 3, "agreements[0]"));
                sink.endFile("f.yaml", "0".repeat(64));
            };

            DatasetException e = catchThrowableOfType(DatasetException.class,
                    () -> store.importFiles(List.of(), forgetful));

            assertThat(e.problems()).extracting(Problem::toString).containsExactly("f.yaml:7:3: agreements[0]:"
                    + " agreement 'mou-knpu-2014' refers to department 'IM', which is neither in this import nor in the store");
            assertThat(store.countries()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void referencesMayPointForwardIntoLaterFilesAndIntoTheStore(Backend backend) {
        try (CoopStore store = backend.open()) {
            new Feed().file("countries.yaml").add(KR, JP).importInto(store);
            // activities first, the partners and ministries they name in a later file; countries from the store
            new Feed().file("activities.yaml").add(JUDGES_2019, TRIP_2019)
                    .file("partners.yaml").add(KNPU, SUPREME_COURT, IM, JM, MOU).importInto(store);

            assertThat(store.visitsPerYear(ReportFilter.all())).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void manyReferencesToOneMissingKeyAreShortened(Backend backend) {
        try (CoopStore store = backend.open()) {
            Feed feed = new Feed().file("a.yaml");
            for (int i = 0; i < 25; i++) {
                feed.add(new Activity("a-" + i, ActivityKind.VISIT, PartialDate.ofYear(2019), "XX", Direction.TO_NRW,
                        List.of(), List.of(), List.of(), null, null, null, null, null, null));
            }

            DatasetException e = catchThrowableOfType(DatasetException.class, () -> feed.importInto(store));

            assertThat(e.problems()).hasSize(11);
            assertThat(e.problems().get(0).toString()).isEqualTo("a.yaml:1:3: activities[0].country: activity 'a-0'"
                    + " refers to country 'XX', which is neither in this import nor in the store");
            assertThat(e.problems().get(10).message()).isEqualTo("15 more references to country 'XX' are not shown");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameKeyTwiceInOneImportNamesBothPlaces(Backend backend) {
        try (CoopStore store = backend.open()) {
            Feed feed = new Feed().file("one.yaml").add(KR, JP, KNPU).file("two.yaml").add(IM, KNPU, KR_2017_2020,
                    KR_2017_2020);

            DatasetException e = catchThrowableOfType(DatasetException.class, () -> feed.importInto(store));

            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "two.yaml:2:3: partners[0]: partner 'knpu' is given twice: first at one.yaml:3:3, again here;"
                            + " each partner may appear once per import",
                    "two.yaml:4:3: settlements[1]: settlement 'KR 2017–2020' is given twice: first at two.yaml:3:3,"
                            + " again here; each settlement may appear once per import");
            assertThat(store.countries()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void problemsAreSortedByFileInTheOrderGivenThenLine(Backend backend) {
        try (CoopStore store = backend.open()) {
            Feed feed = new Feed().file("z.yaml").add(KR).problem("p", "first file, line 2")
                    .file("a.yaml").problem("p", "second file, line 1").add(KNPU).problem("p", "second file, line 3");

            DatasetException e = catchThrowableOfType(DatasetException.class,
                    () -> store.importFiles(feed.sources().subList(0, 2), feed));

            assertThat(e.problems()).extracting(Problem::message)
                    .containsExactly("first file, line 2", "second file, line 1", "second file, line 3");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyImportIsRecordedWithItsFilesDigestsAndCounts(Backend backend) throws Exception {
        try (CoopStore store = backend.open()) {
            Feed feed = SampleData.feed();
            ImportResult result = feed.importInto(store);

            List<ImportRecord> imports = store.imports();
            assertThat(imports).hasSize(1);
            ImportRecord record = imports.get(0);
            assertThat(record.id()).isEqualTo(result.importId());
            assertThat(record.files()).extracting(ImportRecord.FileDigest::name).containsExactly("base.yaml",
                    "korea.yaml");
            assertThat(record.files().get(0).sha256()).isEqualTo(sha256(feed.sources().get(0).opener().open()));
            assertThat(record.files().get(1).sha256()).isEqualTo(sha256(feed.sources().get(1).opener().open()));
            assertThat(record.added()).isEqualTo(result.added()).containsEntry("activities", 4);
            assertThat(record.changed()).isEqualTo(result.changed());
            assertThat(new ArrayList<>(record.added().keySet())).containsExactly("countries", "departments",
                    "partners", "agreements", "projects", "activities", "funding", "settlements", "keyFigures",
                    "inquiries");
            assertThat(store.dataAsOf()).contains(record.at());
            assertThat(record.at()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
        }
    }

    private static String sha256(InputStream in) throws Exception {
        try (in) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
