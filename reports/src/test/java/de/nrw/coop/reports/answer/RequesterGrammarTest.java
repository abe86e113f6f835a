package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Gender;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.Requester;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
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

    @Test
    void aGrosseAnfrageOfAFraktion() {
        Inquiries.Builder b = Inquiries.builder();
        b.id = new InquiryId(17, 12);
        b.kind = InquiryKind.GROSSE;
        b.requesters = List.of(Requester.fraktion("SPD"));
        byte[] pdf = Pdfs.render(b.build());
        List<String> first = Pdfs.bodyLines(Pdfs.pages(pdf).get(0));
        assertThat(first).containsSubsequence("Antwort", "der Landesregierung",
                "auf die Große Anfrage 12 vom 6. Oktober 2020", "der Fraktion der SPD", "Drucksache 17/11308",
                "Vorbemerkung der Großen Anfrage");
        assertThat(Pdfs.compact(Pdfs.text(pdf))).contains(Pdfs.compact("hat die Große Anfrage 12 mit Schreiben vom"));
    }

    @Test
    void twoFraktionenShareTheLine() {
        Inquiries.Builder b = Inquiries.builder();
        b.kind = InquiryKind.GROSSE;
        b.requesters = List.of(Requester.fraktion("CDU"), Requester.fraktion("FDP"));
        assertThat(Pdfs.bodyLines(Pdfs.pages(Pdfs.render(b.build())).get(0)))
                .contains("der Fraktion der CDU und der Fraktion der FDP");
    }

    @Test
    void aGroupsNameNeverBreaksAcrossLines() throws Exception {
        // names of growing length move the line's end through "BÜNDNIS 90/DIE GRÜNEN"
        int wrapped = 0;
        for (int k = 0; k < 24; k++) {
            Inquiries.Builder b = Inquiries.builder();
            b.requesters = List.of(new Requester("Anna Beispiel-" + "Langname".substring(0, k % 8)
                            + "x".repeat(k / 8 * 3), Gender.FEMALE, "BÜNDNIS 90/DIE GRÜNEN"),
                    new Requester("Bernd Mustermann", Gender.MALE, "BÜNDNIS 90/DIE GRÜNEN"),
                    new Requester("Carla Schmidt-Wolff", Gender.FEMALE, "BÜNDNIS 90/DIE GRÜNEN"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AnswerRenderer.render(b.build(), Map.of(), AnswerFormat.PDF, out);
            List<String> lines = Pdfs.bodyLines(Pdfs.pages(out.toByteArray()).get(0));
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("der Abgeordneten")).findFirst().orElseThrow());
            if (!lines.get(at).contains("Carla Schmidt-Wolff")) {
                continue;
            }
            if (!lines.get(at).endsWith("BÜNDNIS 90/DIE GRÜNEN")) {
                wrapped++;
                assertThat(lines.get(at + 1)).as("line after '%s'", lines.get(at)).isEqualTo("BÜNDNIS 90/DIE GRÜNEN");
            }
        }
        assertThat(wrapped).as("renders whose requester line wrapped").isPositive();
    }
}
