package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InquiryTest {

    private static final Requester TRITSCHLER = new Requester("Sven Werner Tritschler", Gender.MALE, "AfD");

    private static Inquiry inquiry(List<String> preface, List<Footnote> footnotes, List<Question> questions,
                                   Drucksache answer, LocalDate answerDate, LocalDate issued) {
        return new Inquiry(InquiryId.parse("17/4514"), Drucksache.parse("17/11308"), answer,
                LocalDate.of(2020, 10, 6), null, LocalDate.of(2020, 11, 9), answerDate, issued,
                List.of(TRITSCHLER), "Projekte und Partnerschaften", List.of("KR"), 2017, 2020, preface, footnotes,
                "Der Minister für Bundes- und Europaangelegenheiten sowie Internationales",
                "im Einvernehmen mit dem Ministerpräsidenten sowie allen übrigen Mitgliedern der Landesregierung",
                List.of(), questions);
    }

    private static List<Question> questions(int n) {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            questions.add(new Question(i, "Frage " + i + "?", List.of(new AnswerBlock.Paragraph("Antwort " + i + "."))));
        }
        return questions;
    }

    private static Inquiry draft(List<String> preface, List<Footnote> footnotes) {
        return inquiry(preface, footnotes, questions(1), null, null, null);
    }

    @Test
    void buildsTheAttributionParagraphFromMinisterDateAndConcurrence() {
        Inquiry inquiry = inquiry(List.of(), List.of(), questions(5), Drucksache.parse("17/11754"),
                LocalDate.of(2020, 11, 9), LocalDate.of(2020, 11, 13));
        assertThat(inquiry.attribution()).isEqualTo("Der Minister für Bundes- und Europaangelegenheiten sowie"
                + " Internationales hat die Kleine Anfrage 4514 mit Schreiben vom 9. November 2020 namens der"
                + " Landesregierung im Einvernehmen mit dem Ministerpräsidenten sowie allen übrigen Mitgliedern der"
                + " Landesregierung beantwortet.");
        assertThat(inquiry.isDraft()).isFalse();
        assertThat(inquiry.deadline()).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(inquiry.warnings()).isEmpty();
    }

    @Test
    void isADraftUntilTheLandtagHasNumberedIt() {
        assertThat(draft(List.of(), List.of()).isDraft()).isTrue();
        assertThatThrownBy(() -> inquiry(List.of(), List.of(), questions(1), Drucksache.parse("17/11754"), null, null))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("set together");
    }

    @Test
    void acceptsMoreThanFiveQuestionsWithAWarningNamingTheLimit() {
        Inquiry inquiry = inquiry(List.of(), List.of(), questions(6), null, null, null);
        assertThat(inquiry.questions()).hasSize(6);
        assertThat(inquiry.warnings()).singleElement().asString()
                .contains("6 sub-questions").contains("at most 5");
    }

    @Test
    void everyMarkerNeedsItsFootnoteAndEveryFootnoteItsMarker() {
        assertThat(draft(List.of("Text.[^1] Mehr.[^2]"), List.of(new Footnote(1, "a"), new Footnote(2, "b")))
                .footnote(2).text()).isEqualTo("b");
        assertThatThrownBy(() -> draft(List.of("Text.[^1]", "Mehr.[^2]"), List.of(new Footnote(1, "a"))))
                .isInstanceOf(ModelException.class)
                .hasMessage("footnote marker [^2] has no footnote 2 in footnotes")
                .extracting(e -> ((ModelException) e).field()).isEqualTo("preface[1]");
        assertThatThrownBy(() -> draft(List.of("Text."), List.of(new Footnote(1, "a"))))
                .isInstanceOf(ModelException.class)
                .hasMessage("footnote 1 has no marker [^1] in any text of the inquiry");
        assertThatThrownBy(() -> draft(List.of("Text.[^2] [^1]"), List.of(new Footnote(1, "a"), new Footnote(2, "b"))))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("found where [^1] was expected");
    }

    @Test
    void questionsAreNumberedInOrder() {
        List<Question> wrong = List.of(new Question(1, "a?", List.of()), new Question(3, "b?", List.of()));
        assertThatThrownBy(() -> inquiry(List.of(), List.of(), wrong, null, null, null))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("question 2 is numbered 3");
    }

    @Test
    void parsesIdsAndDrucksachen() {
        assertThat(InquiryId.parse("17/4514")).isEqualTo(new InquiryId(17, 4514));
        assertThat(InquiryId.parse("17/4514").fileName()).isEqualTo("17-4514");
        assertThatThrownBy(() -> InquiryId.parse("17-4514"))
                .isInstanceOf(ModelException.class)
                .hasMessage("inquiry id '17-4514' must be of the form PERIOD/NUMBER, e.g. 17/4514");
    }

    @Test
    void aGrosseAnfrageOfAFraktionIsDueInThreeMonthsAndAllowsManyQuestions() {
        Inquiry kleine = inquiry(List.of(), List.of(), questions(6), null, null, null);
        Inquiry grosse = new Inquiry(new InquiryId(17, 12), kleine.questionDrucksache(), null, kleine.asked(), null,
                null, null, null, List.of(Requester.fraktion("SPD")), kleine.title(), kleine.countryCodes(), null,
                null, List.of(), List.of(), kleine.minister(), null, List.of(), questions(6), InquiryKind.GROSSE);
        assertThat(grosse.deadline()).isEqualTo(LocalDate.of(2021, 1, 6));
        assertThat(grosse.designation()).isEqualTo("Große Anfrage 12");
        assertThat(grosse.attribution()).contains("hat die Große Anfrage 12 namens der Landesregierung beantwortet.");
        assertThat(grosse.warnings()).isEmpty();
        assertThat(grosse.requesterLines()).containsExactly("der Fraktion der SPD");
    }

    @Test
    void requestersAreMembersOrFraktionenNotBoth() {
        Inquiry kleine = draft(List.of(), List.of());
        assertThatThrownBy(() -> new Inquiry(kleine.id(), kleine.questionDrucksache(), null, kleine.asked(), null,
                null, null, null, List.of(TRITSCHLER, Requester.fraktion("SPD")), kleine.title(), List.of(), null,
                null, List.of(), List.of(), kleine.minister(), null, List.of(), questions(1), InquiryKind.GROSSE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("either members of the Landtag")
                .extracting(e -> ((ModelException) e).field()).isEqualTo("requesters");
    }
}
