package de.nrw.coop.storage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.Gender;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.storage.intake.Recognized.Asker;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intake recognises every part of a question, in a Drucksache PDF, pasted web text and messy extracted text. */
public class QuestionTextTest {
    public static final String TITLE = "Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea";
    public static final List<String> PREFACE = List.of(
            "Südkorea ist einer der Staaten in Asien, mit denen Nordrhein-Westfalen sehr enge Beziehungen unterhält."
                    + " Etwa 7.500 Südkoreaner, das sind 20 Prozent aller in Deutschland lebender Menschen aus diesem"
                    + " Staat, sind in NRW ansässig; ungefähr 1.000 von ihnen studieren.",
            "60 südkoreanische Unternehmen haben ihren Sitz im bevölkerungsreichsten Bundesland, und NRWs"
                    + " Universitäten unterhalten etwa 30 Hochschulkooperationen mit Partnern aus dem Land in Ostasien.^1",
            "Im Dezember letzten Jahres empfing Ministerpräsident Armin Laschet den Minister für Handel, Industrie und"
                    + " Energie der Republik Korea, Yun-mo Sung, in der Staatskanzlei und erklärte anlässlich dieses"
                    + " Treffens: „Südkorea ist für Nordrhein-Westfalen und für Deutschland ein wichtiger Partner. Uns"
                    + " verbinden gemeinsame Werte und Interessen wie Demokratie, freier Handel, aber auch die gemeinsame"
                    + " Erfahrung der nationalen Teilung“.^2");
    public static final List<String> QUESTIONS = List.of(
            "Welche Projekte unterstützt das Land Nordrhein-Westfalen bzw. welche Verbindungen unterhält das Land mit"
                    + " Partnern aus Südkorea auf staatlicher sowie auf nichtstaatlicher Ebene? (Bitte nach Projekten,"
                    + " Art der Unterstützung und nach Partnern aufschlüsseln)",
            "Wie haben sich diese Projekte bzw. Partnerschaften im Verlaufe der letzten drei Jahre entwickelt? (Bitte"
                    + " nach Jahren, Anzahl der Partnerschaften/Projekte und Intensität der Zusammenarbeit aufschlüsseln"
                    + " [Schirmherrschaft, Beratung, etc.])",
            "In welcher Höhe stehen im Land Nordrhein-Westfalen Mittel zur Förderung deutsch-südkoreanischer Projekte"
                    + " zur Verfügung? (Bitte aufschlüsseln nach Projekten die in dem Zeitraum von 2017 bis heute"
                    + " finanziell unterstützt wurden bzw. werden)",
            "Welche Erfolge konnten mit grenzübergreifenden Kooperationsprogrammen bzw. grenzüberschreitender"
                    + " Zusammenarbeit zwischen Südkorea und dem Land Nordrhein-Westfalen seit dem Jahre 2017 erwirkt"
                    + " werden?",
            "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST bisher hervorgebracht?");
    public static final List<String> FOOTNOTES = List.of(
            "https://www.land.nrw/de/pressemitteilung/ministerpraesident-armin-laschet-empfaengt-den-botschafter-der-republik-korea-0",
            "https://www.land.nrw/de/pressemitteilung/ministerpraesident-armin-laschet-empfaengt-den-minister-fuer-handel-industrie-und");

    /** The question of 17/4514 as a Drucksache PDF: questions 4 and 5 on page 2. */
    public static byte[] pdf4514() {
        return QuestionPdf.build("17/11308", "06.10.2020", "Kleine Anfrage 4514",
                "des Abgeordneten Sven Werner Tritschler AfD", TITLE, PREFACE, "Ich frage daher die Landesregierung:",
                QUESTIONS, 3, "Sven Werner Tritschler", FOOTNOTES, "Datum des Originals: 06.10.2020/Ausgegeben: 07.10.2020",
                "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/11308");
    }

    public static byte[] resource(String name) throws IOException {
        try (InputStream in = QuestionTextTest.class.getResourceAsStream("/intake/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> marked(List<String> texts) {
        return texts.stream().map(t -> t.replaceAll("\\^(\\d+)", "[^$1]")).toList();
    }

    @Test
    void theDrucksachePdfGivesEveryPart() {
        Recognized r = QuestionText.read("q-4514.pdf", pdf4514());

        assertThat(r.kind()).isEqualTo(InquiryKind.KLEINE);
        assertThat(r.number()).isEqualTo(4514);
        assertThat(r.period()).isEqualTo(17);
        assertThat(r.id()).isEqualTo("17/4514");
        assertThat(r.drucksache()).isEqualTo("17/11308");
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 10, 6));
        assertThat(r.requesters()).containsExactly(new Asker("Sven Werner Tritschler", Gender.MALE, "AfD"));
        assertThat(r.title()).isEqualTo(TITLE);
        assertThat(r.preface()).containsExactlyElementsOf(marked(PREFACE));
        assertThat(r.footnotes()).containsExactlyElementsOf(FOOTNOTES);
        assertThat(r.leadIn()).isEqualTo("Ich frage daher die Landesregierung:");
        assertThat(r.questions()).containsExactlyElementsOf(QUESTIONS);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void pastedWebTextWithBulletsAndGluedFootnoteDigits() throws IOException {
        Recognized r = QuestionText.read("pasted-4509.txt", resource("pasted-4509.txt"));

        assertThat(r.number()).isEqualTo(4509);
        assertThat(r.period()).isNull();
        assertThat(r.drucksache()).isNull();
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 10, 6));
        assertThat(r.requesters()).containsExactly(new Asker("Sven Werner Tritschler", Gender.MALE, null));
        assertThat(r.title()).isEqualTo("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Japan");
        assertThat(r.preface()).hasSize(2);
        assertThat(r.preface().get(0)).endsWith("ungefähr 1.000 von ihnen studieren.[^1]")
                .contains("Etwa 8.000 Japaner");
        assertThat(r.preface().get(1)).startsWith("60 japanische Unternehmen").endsWith("in Ostasien.[^2]");
        assertThat(r.footnotes()).containsExactly(
                "https://www.land.nrw/de/pressemitteilung/ministerpraesident-empfaengt-den-botschafter-japans",
                "https://www.land.nrw/de/hochschulkooperationen-japan");
        assertThat(r.leadIn()).isEqualTo("Ich frage daher die Landesregierung:");
        assertThat(r.questions()).containsExactlyElementsOf(QUESTIONS.stream()
                .map(q -> q.replace("Südkorea", "Japan").replace("deutsch-südkoreanischer", "deutsch-japanischer"))
                .toList());
        assertThat(r.notes()).containsExactly("no parliamentary group for Sven Werner Tritschler",
                "no legislative period (\"17. Wahlperiode\" or the Drucksache number)",
                "no Drucksache of the question");
    }

    @Test
    void messyExtractedTextWithHyphenationPageHeadersAndLnForIn() throws IOException {
        Recognized r = QuestionText.read("messy-4510.txt", resource("messy-4510.txt"));

        assertThat(r.id()).isEqualTo("17/4510");
        assertThat(r.drucksache()).isEqualTo("17/11304");
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 10, 6));
        assertThat(r.requesters()).containsExactly(new Asker("Anna Beispiel", null, "GRÜNE"),
                new Asker("Bernd Muster", null, "GRÜNE"), new Asker("Clara Test", null, "GRÜNE"));
        assertThat(r.title()).isEqualTo("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und China");
        assertThat(r.preface()).containsExactly(
                "China ist einer der Staaten in Asien, mit denen Nordrhein-Westfalen enge Beziehungen unterhält. Etwa"
                        + " 9.000 Chinesen studieren in NRW.[^1]",
                "Im Dezember letzten Jahres empfing der Ministerpräsident eine Delegation aus der Volksrepublik China"
                        + " und erklärte: „China ist ein wichtiger Partner.“[^2]");
        assertThat(r.footnotes()).containsExactly(
                "https://www.land.nrw/de/pressemitteilung/ministerpraesident-empfaengt-delegation-aus-china",
                "https://www.land.nrw/de/china-partner");
        assertThat(r.leadIn()).isEqualTo("Wir fragen daher die Landesregierung:");
        assertThat(r.questions()).containsExactlyElementsOf(QUESTIONS.stream()
                .map(q -> q.replace("Südkorea", "China").replace("deutsch-südkoreanischer", "deutsch-chinesischer"))
                .toList());
        assertThat(r.notes()).containsExactly(
                "gender of Anna Beispiel not stated by the text (several requesters)",
                "gender of Bernd Muster not stated by the text (several requesters)",
                "gender of Clara Test not stated by the text (several requesters)");
    }

    @Test
    void aNumberIsAMarkerOnlyWhereItsFootnoteExists() {
        Recognized r = QuestionText.parse("t.txt", """
                Kleine Anfrage 12 der Fraktion der SPD vom 01.02.2021

                Titel

                Im Jahr 2020 waren es 3 Besuche, ein Anteil von 10.5 Prozent.1 Der Ausländeranteil.2 stieg [3]

                Wir fragen daher die Landesregierung:

                - Wie viele?

                1 Quelle eins
                2 Quelle zwei
                """);
        assertThat(r.requesters()).containsExactly(new Asker(null, null, "SPD"));
        assertThat(r.preface()).containsExactly(
                "Im Jahr 2020 waren es 3 Besuche, ein Anteil von 10.5 Prozent.[^1] Der Ausländeranteil.[^2] stieg [3]");
        assertThat(r.footnotes()).containsExactly("Quelle eins", "Quelle zwei");
    }

    @Test
    void aGrosseAnfrageOfAFraktionIsDueInThreeMonths() {
        Recognized r = QuestionText.parse("ga-12.txt", """
                LANDTAG NORDRHEIN-WESTFALEN
                17. Wahlperiode
                Drucksache 17/9000
                02.03.2020
                Große Anfrage 12
                der Fraktion der SPD
                Internationale Zusammenarbeit des Landes

                Wir fragen daher die Landesregierung:

                1. Mit welchen Staaten arbeitet das Land zusammen?
                """);
        assertThat(r.kind()).isEqualTo(InquiryKind.GROSSE);
        assertThat(r.id()).isEqualTo("17/12");
        assertThat(r.requesters()).containsExactly(new Asker(null, null, "SPD"));
        assertThat(r.title()).isEqualTo("Internationale Zusammenarbeit des Landes");
        assertThat(r.preface()).isEmpty();
        assertThat(r.questions()).containsExactly("Mit welchen Staaten arbeitet das Land zusammen?");

        DraftWriter.Draft draft = DraftWriter.write(r, LocalDate.of(2020, 3, 3), List.of(), null);
        assertThat(draft.fileName()).isEqualTo("grosse-anfrage-17-12.yaml");
        assertThat(draft.yaml()).contains("  - id: 17/12\n    kind: grosse\n")
                .contains("    received: 2020-03-03    # due 2020-06-03 (three months after receipt)\n")
                .contains("      - group: SPD\n")
                .contains("    countries: []    # TODO: the codes of the countries it asks about\n")
                .contains("        answer: []\n");
    }

    @Test
    void textWithoutAnInquiryIsRefusedWithTheReason() {
        Recognized r = QuestionText.parse("menu.txt", "Speiseplan der Kantine\n\nMontag: Eintopf\n");
        assertThatThrownBy(() -> DraftWriter.write(r, LocalDate.of(2020, 10, 7), List.of(), null))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("menu.txt: no inquiry recognisable: no \"Kleine Anfrage NUMBER\" or \"Große"
                        + " Anfrage NUMBER\"");
    }
}
