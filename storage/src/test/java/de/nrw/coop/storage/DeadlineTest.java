package de.nrw.coop.storage;

import static de.nrw.coop.storage.testing.SampleData.DRAFT;
import static de.nrw.coop.storage.testing.SampleData.INQUIRY;
import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.query.Deadline;
import de.nrw.coop.storage.query.StatusUpdate;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.SampleData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeadlineTest {
    /** Received 1 October 2020: due 29 October, before the sample draft (received 8 October, due 5 November). */
    static final Inquiry EARLIER = new Inquiry(new InquiryId(17, 4507), Drucksache.parse("17/11301"), null,
            LocalDate.of(2020, 10, 1), null, null, null, null, DRAFT.requesters(), "Zusammenarbeit mit Korea",
            List.of("KR"), null, null, List.of(), List.of(), DRAFT.minister(), null, List.of(), DRAFT.questions());

    private static StatusChange state(InquiryStatus status, LocalDate internal) {
        return new StatusChange(DRAFT.id(), 1, Instant.parse("2020-10-08T08:00:00Z"), "alice", status,
                status.needsLead() ? List.of("IM") : List.of(), internal, null);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void openInquiriesComeOverdueFirstThenByDueDateAndSentOnesDrop(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            new Feed().file("ka-4507.yaml").add(EARLIER).importInto(store);

            assertThat(store.deadlines()).extracting(Deadline::id, Deadline::due).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(EARLIER.id(), LocalDate.of(2020, 10, 29)),
                    org.assertj.core.groups.Tuple.tuple(INQUIRY.id(), LocalDate.of(2020, 11, 3)),
                    org.assertj.core.groups.Tuple.tuple(DRAFT.id(), LocalDate.of(2020, 11, 5)));
            List<Deadline> open = store.openDeadlines();
            assertThat(open).extracting(Deadline::id).containsExactly(EARLIER.id(), DRAFT.id());
            Deadline draft = open.get(1);
            assertThat(draft.received()).isEqualTo(LocalDate.of(2020, 10, 8));
            assertThat(draft.kind()).isEqualTo(InquiryKind.KLEINE);
            assertThat(draft.title()).isEqualTo(DRAFT.title());
            assertThat(draft.status().status()).isEqualTo(InquiryStatus.EINGEGANGEN);

            store.changeStatus(new StatusUpdate(EARLIER.id(), InquiryStatus.ZUGEWIESEN, List.of("IM", "JM"),
                    LocalDate.of(2020, 10, 20), null, "alice"));
            Deadline assigned = store.openDeadlines().get(0);
            assertThat(assigned.status().leadDepartment()).isEqualTo("IM");
            assertThat(assigned.internalDeadline()).isEqualTo(LocalDate.of(2020, 10, 20));

            store.changeStatus(new StatusUpdate(EARLIER.id(), InquiryStatus.VERSANDT, List.of(), null, null, "bob"));
            assertThat(store.openDeadlines()).extracting(Deadline::id).containsExactly(DRAFT.id());
        }
    }

    @Test
    void daysLeftCountToTheDueDateAndTheWindowTakesTheInternalDeadlineToo() {
        Deadline d = Deadline.of(DRAFT, state(InquiryStatus.EINGEGANGEN, null));
        assertThat(d.due()).isEqualTo(LocalDate.of(2020, 11, 5));
        assertThat(d.daysLeft(LocalDate.of(2020, 11, 2))).isEqualTo(3);
        assertThat(d.daysLeft(LocalDate.of(2020, 11, 5))).isZero();
        assertThat(d.daysLeft(LocalDate.of(2020, 11, 10))).isEqualTo(-5);
        assertThat(d.isOverdue(LocalDate.of(2020, 11, 5))).isFalse();
        assertThat(d.isOverdue(LocalDate.of(2020, 11, 6))).isTrue();
        assertThat(d.isDueWithin(LocalDate.of(2020, 10, 29), 7)).isTrue();
        assertThat(d.isDueWithin(LocalDate.of(2020, 10, 28), 7)).isFalse();
        assertThat(d.isDueWithin(LocalDate.of(2021, 1, 1), 0)).as("overdue is always due").isTrue();

        Deadline internal = Deadline.of(DRAFT, state(InquiryStatus.ENTWURF, LocalDate.of(2020, 10, 20)));
        assertThat(internal.isDueWithin(LocalDate.of(2020, 10, 15), 7)).isTrue();
        assertThat(internal.isDueWithin(LocalDate.of(2020, 10, 10), 7)).isFalse();
    }

    @Test
    void aGrosseAnfrageIsDueThreeMonthsAfterReceipt() {
        Inquiry grosse = new Inquiry(DRAFT.id(), DRAFT.questionDrucksache(), null, DRAFT.asked(), DRAFT.received(),
                null, null, null, DRAFT.requesters(), DRAFT.title(), DRAFT.countryCodes(), null, null, List.of(),
                List.of(), DRAFT.minister(), null, List.of(), DRAFT.questions(), InquiryKind.GROSSE);
        Deadline d = Deadline.of(grosse, state(InquiryStatus.EINGEGANGEN, null));
        assertThat(d.due()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(d.kind()).isEqualTo(InquiryKind.GROSSE);
    }
}
