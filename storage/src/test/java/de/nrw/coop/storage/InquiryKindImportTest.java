package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.Requester;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Große Anfragen asked by Fraktionen, and Drucksache numbers that belong to one document each. */
class InquiryKindImportTest {

    static String inquiry(String id, String kind, String drucksache, String answerDrucksache, String requesters) {
        return "  - id: " + id + "\n"
                + (kind == null ? "" : "    kind: " + kind + "\n")
                + "    drucksache: " + drucksache + "\n"
                + "    asked: 2020-10-06\n"
                + (answerDrucksache == null ? "" : "    answer:\n      drucksache: " + answerDrucksache
                        + "\n      date: 2020-11-09\n      issued: 2020-11-13\n")
                + "    requesters:\n" + requesters
                + "    title: Zusammenarbeit mit Japan\n"
                + "    minister: Der Minister für Bundes- und Europaangelegenheiten sowie Internationales\n"
                + "    questions:\n      - text: Welche Projekte gibt es?\n";
    }

    static final String MEMBER = "      - name: Anna Beispiel\n        gender: female\n        group: SPD\n";
    static final String TWO_FRAKTIONEN = "      - group: CDU\n      - group: FDP\n";

    private static DatasetSource yaml(String name, String text) {
        return new DatasetSource(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aGrosseAnfrageOfTwoFraktionenIsStoredAndDueInThreeMonths(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml("a.yaml", "inquiries:\n"
                    + inquiry("17/12", "grosse", "17/11001", null, TWO_FRAKTIONEN)
                    + inquiry("17/4600", null, "17/11002", null, MEMBER))));
            Inquiry grosse = store.inquiry(InquiryId.parse("17/12")).orElseThrow();
            assertThat(grosse.kind()).isEqualTo(InquiryKind.GROSSE);
            assertThat(grosse.requesters()).containsExactly(Requester.fraktion("CDU"), Requester.fraktion("FDP"));
            assertThat(grosse.requesterLines()).containsExactly("der Fraktion der CDU und der Fraktion der FDP");
            assertThat(grosse.deadline()).isEqualTo(LocalDate.of(2021, 1, 6));
            Inquiry kleine = store.inquiry(InquiryId.parse("17/4600")).orElseThrow();
            assertThat(kleine.kind()).isEqualTo(InquiryKind.KLEINE);
            assertThat(kleine.deadline()).isEqualTo(LocalDate.of(2020, 11, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMemberWithoutGenderIsRefused(Backend backend) {
        try (CoopStore store = backend.open()) {
            DatasetException e = catchThrowableOfType(DatasetException.class, () -> store.importFiles(List.of(
                    yaml("a.yaml", "inquiries:\n" + inquiry("17/12", "grosse", "17/11001", null,
                            "      - name: Anna Beispiel\n        group: SPD\n")))));
            assertThat(e.problems()).extracting(Problem::toString)
                    .containsExactly("a.yaml:7:9: inquiries[0].requesters[0]: required field 'gender' is missing");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoInquiriesWithOneDrucksacheAreRefusedNamingBothAndBothPlaces(Backend backend) {
        try (CoopStore store = backend.open()) {
            DatasetException e = catchThrowableOfType(DatasetException.class, () -> store.importFiles(List.of(
                    yaml("a.yaml", "inquiries:\n" + inquiry("17/4600", null, "17/11002", "17/11754", MEMBER)),
                    yaml("b.yaml", "inquiries:\n" + inquiry("17/4601", null, "17/11002", null, MEMBER)
                            + inquiry("17/4602", null, "17/11003", "17/11754", MEMBER)))));
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "b.yaml:2:5: inquiries[0]: Drucksache 17/11002 is the question of inquiry 17/4601 here and"
                            + " the question of inquiry 17/4600 at a.yaml:2:5; a Drucksache number belongs to one"
                            + " document",
                    "b.yaml:13:5: inquiries[1]: Drucksache 17/11754 is the answer of inquiry 17/4602 here and"
                            + " the answer of inquiry 17/4600 at a.yaml:2:5; a Drucksache number belongs to one"
                            + " document");
            try (CoopStore empty = backend.open()) {
                assertThat(Snapshot.of(store)).isEqualTo(Snapshot.of(empty));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDrucksacheOfAStoredInquiryIsRefusedForAnother(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml("a.yaml", "inquiries:\n"
                    + inquiry("17/4600", null, "17/11002", "17/11754", MEMBER))));
            Snapshot before = Snapshot.of(store);
            DatasetException e = catchThrowableOfType(DatasetException.class, () -> store.importFiles(List.of(
                    yaml("b.yaml", "inquiries:\n" + inquiry("17/4601", null, "17/11754", null, MEMBER)))));
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "b.yaml:2:5: inquiries[0]: Drucksache 17/11754 is the question of inquiry 17/4601 here and"
                            + " the answer of inquiry 17/4600 in the store (imported earlier); a Drucksache number"
                            + " belongs to one document");
            assertThat(Snapshot.of(store)).isEqualTo(before);
            // the same inquiry imported again keeps its numbers
            store.importFiles(List.of(yaml("a.yaml", "inquiries:\n"
                    + inquiry("17/4600", null, "17/11002", "17/11754", MEMBER))));
        }
    }
}
