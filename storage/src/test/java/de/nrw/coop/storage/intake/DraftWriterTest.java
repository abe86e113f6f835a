package de.nrw.coop.storage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.Requester;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Feed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The draft the intake writes is a valid dataset file: imported, it gives back what was recognised. */
class DraftWriterTest {
    private static final Country KR = new Country("KR", "Südkorea", "Asien", "südkoreanisch");

    private static DatasetSource yaml(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DatasetSource(name, () -> new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDraftOfTheDrucksachePdfImportsAsRecognised(Backend backend) {
        try (CoopStore store = backend.open()) {
            new Feed().file("countries.yaml").add(KR).importInto(store);
            Recognized r = QuestionText.read("q-4514.pdf", QuestionTextTest.pdf4514());
            DraftWriter.Draft draft = DraftWriter.write(r, LocalDate.of(2020, 10, 7), store.countries(), null);

            assertThat(draft.warnings()).isEmpty();
            store.importFiles(List.of(yaml(draft.fileName(), draft.yaml())));

            Inquiry i = store.inquiry(InquiryId.parse("17/4514")).orElseThrow();
            assertThat(i.questionDrucksache()).hasToString("17/11308");
            assertThat(i.asked()).isEqualTo(LocalDate.of(2020, 10, 6));
            assertThat(i.received()).isEqualTo(LocalDate.of(2020, 10, 7));
            assertThat(i.deadline()).isEqualTo(LocalDate.of(2020, 11, 4));
            assertThat(i.requesters()).containsExactly(new Requester("Sven Werner Tritschler", Gender.MALE, "AfD"));
            assertThat(i.title()).isEqualTo(QuestionTextTest.TITLE);
            assertThat(i.countryCodes()).containsExactly("KR");
            assertThat(i.fromYear()).isEqualTo(2017);
            assertThat(i.toYear()).isEqualTo(2020);
            assertThat(i.preface()).containsExactlyElementsOf(QuestionTextTest.PREFACE.stream()
                    .map(p -> p.replaceAll("\\^(\\d)", "[^$1]")).toList());
            assertThat(i.footnotes()).containsExactly(new Footnote(1, QuestionTextTest.FOOTNOTES.get(0)),
                    new Footnote(2, QuestionTextTest.FOOTNOTES.get(1)));
            assertThat(i.questions()).extracting(q -> q.text()).containsExactlyElementsOf(QuestionTextTest.QUESTIONS);
            assertThat(i.questions()).allMatch(q -> q.answer().isEmpty());
            assertThat(i.minister()).isEqualTo(DraftWriter.DEFAULT_MINISTER);
            assertThat(i.isDraft()).isTrue();
            assertThat(store.status(i.id())).get().extracting(c -> c.status()).isEqualTo(InquiryStatus.EINGEGANGEN);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void valuesTheTextDoesNotGiveKeepTheImportRefusingUntilFilledIn(Backend backend) throws Exception {
        try (CoopStore store = backend.open()) {
            Recognized r = QuestionText.read("pasted-4509.txt", QuestionTextTest.resource("pasted-4509.txt"));
            DraftWriter.Draft draft = DraftWriter.write(r, LocalDate.of(2020, 10, 7), store.countries(), null);

            assertThat(draft.fileName()).isEqualTo("kleine-anfrage-4509.yaml");
            assertThat(draft.yaml()).contains("  - id:    # TODO: PERIOD/4509; the legislative period was not found\n")
                    .contains("    drucksache:    # TODO: the question's Drucksache, e.g. 17/11308\n")
                    .contains("        group:     # TODO: the parliamentary group\n");
            DatasetException refused = catchThrowableOfType(DatasetException.class,
                    () -> store.importFiles(List.of(yaml(draft.fileName(), draft.yaml()))));
            assertThat(refused.problems()).hasSize(3);
            assertThat(refused.problems().get(0).toString()).contains("inquiries[0]").contains("id");
            assertThat(refused.problems().get(1).toString()).contains("inquiries[0]").contains("drucksache");
            assertThat(refused.problems().get(2).toString()).contains("inquiries[0].requesters[0]").contains("group");

            String filled = draft.yaml().replace("  - id:    # TODO: PERIOD/4509; the legislative period was not found",
                            "  - id: 17/4509")
                    .replace("    drucksache:    # TODO: the question's Drucksache, e.g. 17/11308", "    drucksache: 17/11301")
                    .replace("        group:     # TODO: the parliamentary group", "        group: AfD");
            store.importFiles(List.of(yaml(draft.fileName(), filled)));
            Inquiry i = store.inquiry(InquiryId.parse("17/4509")).orElseThrow();
            assertThat(i.preface().get(1)).endsWith("in Ostasien.[^2]");
            assertThat(i.questions()).hasSize(5);
        }
    }
}
