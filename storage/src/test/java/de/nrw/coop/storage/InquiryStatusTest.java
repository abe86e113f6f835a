package de.nrw.coop.storage;

import static de.nrw.coop.storage.testing.SampleData.DRAFT;
import static de.nrw.coop.storage.testing.SampleData.INQUIRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.query.StatusUpdate;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.SampleData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InquiryStatusTest {
    private static final InquiryId ID = DRAFT.id();

    private static StatusUpdate step(InquiryStatus status, String note, String... departments) {
        return new StatusUpdate(ID, status, List.of(departments), null, note, "alice");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportStartsTheHistoryReceivedOrPublished(Backend backend) {
        try (CoopStore store = backend.open()) {
            Instant before = Instant.now().minusMillis(1);
            SampleData.feed().importInto(store);

            List<StatusChange> draft = store.history(ID);
            assertThat(draft).hasSize(1);
            StatusChange first = draft.get(0);
            assertThat(first.sequence()).isEqualTo(1);
            assertThat(first.status()).isEqualTo(InquiryStatus.EINGEGANGEN);
            assertThat(first.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(first.note()).isEqualTo("imported from korea.yaml");
            assertThat(first.departments()).isEmpty();
            assertThat(first.at()).isAfter(before).isBefore(Instant.now().plusMillis(1));
            // 17/4514 comes with its answer's Drucksache: published
            assertThat(store.status(INQUIRY.id())).get().extracting(StatusChange::status)
                    .isEqualTo(InquiryStatus.VEROEFFENTLICHT);
            assertThat(store.statuses()).containsOnlyKeys(INQUIRY.id(), ID);
            assertThat(store.history(new InquiryId(17, 1))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stepsAreRecordedWithTimeUserAndDepartmentsThatCarryOver(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            Instant before = Instant.now().minusMillis(1);

            StatusChange assigned = store.changeStatus(new StatusUpdate(ID, InquiryStatus.ZUGEWIESEN,
                    List.of("MWIDE-17", "IM", "JM"), LocalDate.of(2020, 10, 27), null, "alice"));
            StatusChange draft = store.changeStatus(new StatusUpdate(ID, InquiryStatus.ENTWURF, List.of(), null,
                    "Entwurf an Referat 3", "bob"));

            assertThat(assigned.sequence()).isEqualTo(2);
            assertThat(assigned.leadDepartment()).isEqualTo("MWIDE-17");
            assertThat(assigned.contributingDepartments()).containsExactly("IM", "JM");
            assertThat(assigned.at()).isAfter(before);
            assertThat(draft.sequence()).isEqualTo(3);
            assertThat(draft.user()).isEqualTo("bob");
            assertThat(draft.departments()).containsExactly("MWIDE-17", "IM", "JM");
            assertThat(draft.internalDeadline()).isEqualTo(LocalDate.of(2020, 10, 27));
            assertThat(draft.note()).isEqualTo("Entwurf an Referat 3");
            List<StatusChange> history = store.history(ID);
            assertThat(history.subList(1, 3)).containsExactly(assigned, draft);
            assertThat(store.status(ID)).contains(draft);
            assertThat(store.statuses().get(ID)).isEqualTo(draft);

            // reassigning the same status with other departments is a step of its own
            StatusChange reassigned = store.changeStatus(step(InquiryStatus.ENTWURF, null, "IM"));
            assertThat(reassigned.departments()).containsExactly("IM");
            assertThat(reassigned.internalDeadline()).isEqualTo(LocalDate.of(2020, 10, 27));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStepBackwardsNeedsANote(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            store.changeStatus(step(InquiryStatus.ZUGEWIESEN, null, "IM", "JM"));
            store.changeStatus(step(InquiryStatus.MITZEICHNUNG, null));

            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.ENTWURF, null)))
                    .isInstanceOf(StatusException.class)
                    .hasMessage("inquiry 17/4506 goes back from Mitzeichnung to Entwurf: say why with --note TEXT");
            assertThat(store.history(ID)).hasSize(3);

            StatusChange back = store.changeStatus(step(InquiryStatus.ENTWURF, "JM zeichnet nicht mit"));
            assertThat(back.status()).isEqualTo(InquiryStatus.ENTWURF);
            assertThat(back.note()).isEqualTo("JM zeichnet nicht mit");
            assertThat(store.history(ID)).extracting(StatusChange::status).containsExactly(InquiryStatus.EINGEGANGEN,
                    InquiryStatus.ZUGEWIESEN, InquiryStatus.MITZEICHNUNG, InquiryStatus.ENTWURF);

            // back to received: the assignment is undone
            StatusChange unassigned = store.changeStatus(step(InquiryStatus.EINGEGANGEN, "falsches Ressort"));
            assertThat(unassigned.departments()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theRulesRefuseImpossibleStepsAndRecordNothing(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);

            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.ENTWURF, null)))
                    .isInstanceOf(StatusException.class)
                    .hasMessageStartingWith("inquiry 17/4506 has no lead department yet: assign it first with"
                            + " 'coop inquiry status 17/4506 zugewiesen --department LEAD");
            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.ZUGEWIESEN, null, "MBEI")))
                    .isInstanceOf(StatusException.class)
                    .hasMessage("unknown department 'MBEI'; the store knows IM, JM, MWIDE-17");
            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.ZUGEWIESEN, null, "IM", "IM")))
                    .isInstanceOf(StatusException.class).hasMessageContaining("names a department twice");
            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.EINGEGANGEN, null)))
                    .isInstanceOf(StatusException.class)
                    .hasMessageStartingWith("inquiry 17/4506 is already eingegangen; nothing to record");
            store.changeStatus(step(InquiryStatus.VERSANDT, null, "IM"));
            assertThatThrownBy(() -> store.changeStatus(step(InquiryStatus.VEROEFFENTLICHT, null)))
                    .isInstanceOf(StatusException.class)
                    .hasMessage("inquiry 17/4506 cannot be veröffentlicht before the answer's Drucksache is known:"
                            + " add answer: {drucksache, date, issued} to its YAML and import it");
            assertThatThrownBy(() -> store.changeStatus(new StatusUpdate(new InquiryId(17, 1),
                    InquiryStatus.ZUGEWIESEN, List.of("IM"), null, null, "alice")))
                    .isInstanceOf(StatusException.class).hasMessage("no inquiry 17/1 in the store; import its YAML first");
            assertThat(store.history(ID)).extracting(StatusChange::status)
                    .containsExactly(InquiryStatus.EINGEGANGEN, InquiryStatus.VERSANDT);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reImportingNeverResetsStatusOrHistory(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            store.changeStatus(step(InquiryStatus.ZUGEWIESEN, null, "MWIDE-17"));
            store.changeStatus(step(InquiryStatus.ENTWURF, "erster Entwurf"));
            List<StatusChange> before = store.history(ID);

            // the same files again, then the inquiry with an answer written
            SampleData.feed().importInto(store);
            List<Question> answered = new ArrayList<>(DRAFT.questions());
            answered.set(0, new Question(1, "Eins?", List.of(new de.nrw.coop.model.AnswerBlock.Paragraph("Eins."))));
            Inquiry changed = new Inquiry(DRAFT.id(), DRAFT.questionDrucksache(), null, DRAFT.asked(),
                    DRAFT.received(), null, null, null, DRAFT.requesters(), DRAFT.title(), DRAFT.countryCodes(), null,
                    null, List.of(), List.of(), DRAFT.minister(), null, DRAFT.governmentPreface(), answered);
            ImportResult result = new Feed().file("draft.yaml").add(changed).importInto(store);

            assertThat(result.changed()).containsEntry("inquiries", 1);
            assertThat(store.history(ID)).isEqualTo(before);
            assertThat(store.status(ID)).get().extracting(StatusChange::status).isEqualTo(InquiryStatus.ENTWURF);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void inquiriesStoredBeforeStatusesExistedStartReceivedOrPublished(Backend backend) throws Exception {
        var config = backend.config();
        String user = config.user() == null ? "" : config.user();
        // the schema as it was before statuses: every migration below version 5
        var flyway = Flyway.configure().dataSource(config.url(), user, "").locations("classpath:db/migration");
        MigrationVersion before = java.util.Arrays.stream(flyway.load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.compareTo(MigrationVersion.fromVersion("5")) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        try (Connection c = DriverManager.getConnection(config.url(), user, ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO inquiry (inquiry_period, inquiry_number, question_ds_period, question_ds_number,"
                    + " answer_ds_period, answer_ds_number, asked_on, title, minister) VALUES"
                    + " (17, 1, 17, 10, NULL, NULL, DATE '2020-01-02', 'offen', 'M'),"
                    + " (17, 2, 17, 11, 17, 12, DATE '2020-01-02', 'beantwortet', 'M')");
        }
        try (CoopStore store = CoopStore.open(config)) {
            assertThat(store.status(new InquiryId(17, 1))).get().extracting(StatusChange::status)
                    .isEqualTo(InquiryStatus.EINGEGANGEN);
            assertThat(store.status(new InquiryId(17, 2))).get().extracting(StatusChange::status)
                    .isEqualTo(InquiryStatus.VEROEFFENTLICHT);
            assertThat(store.history(new InquiryId(17, 1))).singleElement().extracting(StatusChange::user)
                    .isEqualTo("coop");
        }
        try (Connection c = DriverManager.getConnection(config.url(), user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM inquiry_status_change")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
