package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.Question;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Computed answer blocks resolved from a real store: activities, templates, empty texts. */
class ComputedBlocksTest {

    /** Japan with settlements, funding and activities over two years; China with none of them. */
    static final String DATA = """
            countries:
              - {code: JP, name: Japan, region: Asien, adjective: japanisch}
              - {code: CN, name: China, region: Asien, adjective: chinesisch}
              - {code: GB, name: Vereinigtes Königreich, region: Europa}
            departments:
              - {key: MKW, abbreviation: MKW, name: Ministerium für Kultur und Wissenschaft}
            partners:
              - {key: tokyo-uni, name: Universität Tokio, country: JP, level: nichtstaatlich, kind: university}
            projects:
              - key: jp-forschung
                title: Forschungskooperation Tokio
                department: MKW
                partners: [tokyo-uni]
                support: [finanzielle-foerderung]
                level: nichtstaatlich
                start: 2018-01-01
            funding:
              - {project: jp-forschung, year: 2018, amount: 12500.50}
              - {project: jp-forschung, year: 2019, amount: 2500}
            settlements:
              - {country: JP, from: 2017, to: 2020, companies: 1234}
            activities:
              - key: jp-2019-b
                kind: visit
                date: 2019-05-02
                country: JP
                direction: to-nrw
                sentence: Im Mai 2019 besuchte eine Delegation der Universität Tokio das MKW.
              - key: jp-2018
                kind: visit
                date: 2018-11
                country: JP
                direction: from-nrw
                sentence: Im November 2018 reiste die Ministerin nach Tokio.
              - key: jp-2019-a
                kind: visit
                date: 2019-03
                country: JP
                direction: to-nrw
                sentence: Im März 2019 kamen Studierende aus Tokio nach Bonn.
              - key: jp-2019-ohne
                kind: visit
                date: 2019-04
                country: JP
                direction: to-nrw
            """;

    static String inquiry(String id, String country) {
        return """
                inquiries:
                  - id: %s
                    drucksache: 17/1%s
                    asked: 2020-10-06
                    requesters: [{name: Anna Beispiel, gender: female, group: GRÜNE}]
                    title: Zusammenarbeit
                    countries: [%s]
                    period: {from: 2017, to: 2020}
                    minister: Der Minister
                    questions:
                      - text: Welche Besuche gab es?
                        answer:
                          - activities: per-year
                            empty: Besuche aus {country.name} sind nicht bekannt.
                          - activities: sentences
                      - text: Welche Mittel?
                        answer:
                          - text: Das Land hat {funding.projects} {country.adjective}e Projekte mit {funding.total} gefördert.
                            empty: Im genannten Zeitraum wurden keine deutsch-{country.adjective}en Projekte finanziell unterstützt.
                          - table: funding
                            empty: Keine Förderung für {country.name}.
                      - text: Welche Ansiedlungen?
                        answer:
                          - text: >-
                              In den Jahren {period.from} bis {period.to} hat NRW.INVEST {settlements.companies}
                              {country.adjective}e Unternehmen angesiedelt.
                          - text: Ohne Daten bleibt es bei {country.name}.
                """.formatted(id, id.substring(3), country);
    }

    private static DatasetSource yaml(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DatasetSource(name, () -> new ByteArrayInputStream(bytes));
    }

    private static CoopStore store() {
        CoopStore store = Inquiries.demoStore();
        store.importFiles(List.of(yaml("data.yaml", DATA), yaml("jp.yaml", inquiry("17/4509", "JP")),
                yaml("cn.yaml", inquiry("17/4510", "CN")), yaml("gb.yaml", inquiry("17/4511", "GB"))));
        return store;
    }

    private static List<String> texts(Question q) {
        List<String> texts = new ArrayList<>();
        for (AnswerBlock b : q.answer()) {
            texts.add(b instanceof AnswerBlock.Paragraph p ? p.text() : b.getClass().getSimpleName());
        }
        return texts;
    }

    @Test
    void theDemoAnswersThreeAndFiveRenderWordForWordAsTheOriginal() throws IOException {
        Inquiry demo = Inquiries.kleineAnfrage4514();
        assertThat(texts(demo.questions().get(2))).containsExactly(
                "Im genannten Zeitraum wurden keine deutsch-südkoreanischen Projekte finanziell unterstützt.");
        assertThat(texts(demo.questions().get(4))).containsExactly(
                "In den Jahren 2017 bis 2020 hat die Tätigkeit von NRW.INVEST zur Ansiedlung von insgesamt 16 neuen"
                        + " südkoreanischen Unternehmen in Nordrhein-Westfalen geführt.",
                "Detaillierte Informationen zu Besuchen bei und Empfängen von Partnern aus Südkorea sind den Berichten"
                        + " der Landesregierung über die Europäische und Internationale Zusammenarbeit zu entnehmen.");

        // the whole resolved inquiry against the extracted original: every word, in order, nothing else
        String reference;
        try (InputStream in = ComputedBlocksTest.class.getResourceAsStream("/reference/kleine-anfrage-17-4514.txt")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> texts = new ArrayList<>();
        texts.add(demo.title());
        texts.add("Vorbemerkung der Kleinen Anfrage");
        texts.addAll(demo.preface());
        texts.add(demo.attribution());
        demo.footnotes().forEach(f -> texts.add(f.number() + " " + f.text()));
        for (Question q : demo.questions()) {
            texts.add(q.number() + ". " + q.text());
            texts.addAll(texts(q));
        }
        String ours = normalise(String.join(" ", texts).replaceAll("\\[\\^\\d+]", ""));
        String original = normalise(reference
                .replace("Ostasien.1", "Ostasien.").replace("Teilung“.2", "Teilung“.")
                .replace("ln welcher Höhe", "In welcher Höhe")
                .replace("-\nbotschafter", "-botschafter").replace("minister-\nfuer", "minister-fuer"));
        assertThat(ours).isEqualTo(original);
    }

    private static String normalise(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    @Test
    void blocksResolveForTheCountrysDataAndFallBackToTheirEmptyTexts() {
        try (CoopStore store = store()) {
            Inquiry japan = ComputedBlocks.resolve(store, store.inquiry(InquiryId.parse("17/4509")).orElseThrow());
            assertThat(texts(japan.questions().get(0))).containsExactly(
                    "Im November 2018 reiste die Ministerin nach Tokio.",
                    "Im März 2019 kamen Studierende aus Tokio nach Bonn. Im Mai 2019 besuchte eine Delegation der"
                            + " Universität Tokio das MKW.",
                    "Im November 2018 reiste die Ministerin nach Tokio. Im März 2019 kamen Studierende aus Tokio nach"
                            + " Bonn. Im Mai 2019 besuchte eine Delegation der Universität Tokio das MKW.");
            assertThat(texts(japan.questions().get(1))).containsExactly(
                    "Das Land hat 1 japanische Projekte mit 15.000,50 € gefördert.", "DataTable");
            assertThat(texts(japan.questions().get(2))).containsExactly(
                    "In den Jahren 2017 bis 2020 hat NRW.INVEST 1.234 japanische Unternehmen angesiedelt.",
                    "Ohne Daten bleibt es bei Japan.");

            Inquiry china = ComputedBlocks.resolve(store, store.inquiry(InquiryId.parse("17/4510")).orElseThrow());
            assertThat(texts(china.questions().get(0))).containsExactly(
                    "Besuche aus China sind nicht bekannt.", AnswerRows.NO_DATA);
            assertThat(texts(china.questions().get(1))).containsExactly(
                    "Im genannten Zeitraum wurden keine deutsch-chinesischen Projekte finanziell unterstützt.",
                    "Keine Förderung für China.");
            assertThat(texts(china.questions().get(2))).containsExactly(AnswerRows.NO_DATA,
                    "Ohne Daten bleibt es bei China.");
        }
    }

    @Test
    void aCountryWithoutAdjectiveIsADataErrorNamingCountryAndQuestion() {
        try (CoopStore store = store()) {
            Inquiry britain = store.inquiry(InquiryId.parse("17/4511")).orElseThrow();
            assertThatThrownBy(() -> ComputedBlocks.resolve(store, britain))
                    .isInstanceOf(ModelException.class)
                    .hasMessage("country GB (Vereinigtes Königreich) has no adjective, which {country.adjective} in"
                            + " the answer to question 2 of 17/4511 needs; add adjective: to the country in the dataset");
        }
    }

    @Test
    void resolvedAnswersRenderAsValidPdf() throws IOException {
        try (CoopStore store = store()) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("coop-", ".pdf");
            try {
                AnswerReport.write(store, InquiryId.parse("17/4509"), AnswerFormat.PDF, file);
                byte[] pdf = java.nio.file.Files.readAllBytes(file);
                Pdfs.assertValid(pdf);
                String text = Pdfs.compact(Pdfs.text(pdf));
                assertThat(text).contains(Pdfs.compact("Das Land hat 1 japanische Projekte mit 15.000,50 € gefördert."))
                        .contains(Pdfs.compact("Forschungskooperation Tokio"))
                        .doesNotContain("{");
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }
}
