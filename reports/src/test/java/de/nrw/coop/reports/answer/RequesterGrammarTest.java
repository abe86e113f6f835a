package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Requester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requester line of page 1 in each grammatical form. */
class RequesterGrammarTest {

    private static List<String> firstPage(List<Requester> requesters) {
        Inquiries.Builder b = Inquiries.builder();
        b.requesters = requesters;
        return Pdfs.bodyLines(Pdfs.pages(Pdfs.render(b.build())).get(0));
    }

    @Test
    void oneMan() {
        assertThat(firstPage(List.of(new Requester("Sven Werner Tritschler", Gender.MALE, "AfD"))))
                .containsSubsequence("auf die Kleine Anfrage 4514 vom 6. Oktober 2020",
                        "des Abgeordneten Sven Werner Tritschler AfD", "Drucksache 17/11308");
    }

    @Test
    void oneWoman() {
        assertThat(firstPage(List.of(new Requester("Berivan Aymaz", Gender.FEMALE, "BÜNDNIS 90/DIE GRÜNEN"))))
                .containsSubsequence("auf die Kleine Anfrage 4514 vom 6. Oktober 2020",
                        "der Abgeordneten Berivan Aymaz BÜNDNIS 90/DIE GRÜNEN", "Drucksache 17/11308");
    }

    @Test
    void severalMembersOfOneGroup() {
        assertThat(firstPage(List.of(new Requester("Rüdiger Weiß", Gender.MALE, "SPD"),
                new Requester("Inge Blask", Gender.FEMALE, "SPD"), new Requester("Jochen Ott", Gender.MALE, "SPD"))))
                .containsSubsequence("auf die Kleine Anfrage 4514 vom 6. Oktober 2020",
                        "der Abgeordneten Rüdiger Weiß, Inge Blask und Jochen Ott SPD", "Drucksache 17/11308");
    }

    @Test
    void severalGroupsOneBlockEach() {
        List<String> page = firstPage(List.of(new Requester("Stefan Engstfeld", Gender.MALE, "BÜNDNIS 90/DIE GRÜNEN"),
                new Requester("Marc Lürbke", Gender.MALE, "FDP"), new Requester("Ödül Özdemir", Gender.FEMALE, "FDP"),
                new Requester("Frank Neppe", Gender.MALE, "fraktionslos")));
        assertThat(page).containsSubsequence("auf die Kleine Anfrage 4514 vom 6. Oktober 2020",
                "des Abgeordneten Stefan Engstfeld BÜNDNIS 90/DIE GRÜNEN",
                "der Abgeordneten Marc Lürbke und Ödül Özdemir FDP",
                "des Abgeordneten Frank Neppe fraktionslos", "Drucksache 17/11308");
    }
}
