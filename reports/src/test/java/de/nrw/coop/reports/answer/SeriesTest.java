package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.intake.DraftWriter;
import de.nrw.coop.storage.intake.QuestionPdf;
import de.nrw.coop.storage.intake.QuestionText;
import de.nrw.coop.storage.intake.QuestionTextTest;
import de.nrw.coop.storage.intake.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series made like 17/4514: three new inquiries (Japan, China, Poland) read by the intake, their
 * drafts taking over the model's computed answers, imported and rendered: each answer computed
 * from its own country's data, the empty texts where a country has none.
 */
class SeriesTest {
    /** Japan: funding and settlements; China: nothing; Poland: settlements only. */
    static final String DATA = """
            countries:
              - {code: JP, name: Japan, region: Asien, adjective: japanisch}
              - {code: CN, name: China, region: Asien, adjective: chinesisch}
              - {code: PL, name: Polen, region: Europa, adjective: polnisch}
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
            settlements:
              - {country: JP, from: 2017, to: 2020, companies: 1234}
              - {country: PL, from: 2017, to: 2020, companies: 40}
            """;

    @TempDir
    Path dir;

    private static byte[] pdf(int number, String drucksache, String country, String adjective,
                              UnaryOperator<List<String>> questions) {
        UnaryOperator<String> c = s -> s.replace("Südkorea", country).replace("südkoreanisch", adjective);
        return QuestionPdf.build(drucksache, "06.10.2020", "Kleine Anfrage " + number,
                "des Abgeordneten Sven Werner Tritschler AfD", c.apply(QuestionTextTest.TITLE),
                QuestionTextTest.PREFACE.stream().map(c).toList(), "Ich frage daher die Landesregierung:",
                questions.apply(QuestionTextTest.QUESTIONS.stream().map(c).toList()), 3, "Sven Werner Tritschler",
                QuestionTextTest.FOOTNOTES, "Datum des Originals: 06.10.2020/Ausgegeben: 07.10.2020",
                "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache " + drucksache);
    }

    private static DatasetSource yaml(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DatasetSource(name, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void threeCountriesLikeTheModelRenderTheirOwnComputedAnswers() throws Exception {
        try (CoopStore store = Inquiries.demoStore()) {
            store.importFiles(List.of(yaml("data.yaml", DATA)));
            Series series = new Series(store.inquiry(InquiryId.parse("17/4514")).orElseThrow(), store.countries());
            LocalDate received = LocalDate.of(2020, 10, 7);

            DraftWriter.Draft japan = DraftWriter.write(QuestionText.read("q-4509.pdf",
                    pdf(4509, "17/11301", "Japan", "japanisch", q -> q)), received, store.countries(), series);
            DraftWriter.Draft china = DraftWriter.write(QuestionText.read("messy-4510.txt",
                    QuestionTextTest.resource("messy-4510.txt")), received, store.countries(), series);
            DraftWriter.Draft poland = DraftWriter.write(QuestionText.read("q-4511.pdf",
                    pdf(4511, "17/11305", "Polen", "polnisch", q -> {
                        List<String> other = new ArrayList<>(q);
                        other.set(1, "Welche Städtepartnerschaften bestehen zwischen Kommunen in Polen und in"
                                + " Nordrhein-Westfalen?");
                        return other;
                    })), received, store.countries(), series);

            assertThat(japan.fileName()).isEqualTo("kleine-anfrage-17-4509.yaml");
            assertThat(japan.warnings()).isEmpty();
            assertThat(japan.yaml()).contains("    countries: [JP]")
                    .contains("    received: 2020-10-07    # due 2020-11-04 (four weeks after receipt)")
                    .contains("        # in 17/4514: Am 15. September 2014 wurde ein Memorandum of Understanding")
                    .contains("          - table: funding\n            empty: >-\n")
                    .contains("{settlements.companies} neuen {country.adjective}en")
                    .doesNotContain("16 neuen südkoreanischen");
            assertThat(poland.warnings()).containsExactly("question 2 matches no question of 17/4514: empty answer");
            assertThat(poland.yaml()).contains("        # TODO: no question of 17/4514 matches this one; answer it\n"
                    + "        answer: []\n");
            assertThat(china.warnings()).hasSize(3).allMatch(w -> w.startsWith("gender of "));

            // the import refuses the China draft until the genders are filled in
            DatasetException refused = catchThrowableOfType(DatasetException.class, () -> store.importFiles(List.of(
                    yaml(china.fileName(), china.yaml()))));
            assertThat(refused.problems()).hasSize(3).allMatch(p -> p.toString().contains("gender"));
            String chinaFilled = china.yaml().replace("        gender:    # TODO: male or female; the text does not"
                    + " say (import refuses the file until it is filled in)", "        gender: female");
            store.importFiles(List.of(yaml(japan.fileName(), japan.yaml()), yaml(china.fileName(), chinaFilled),
                    yaml(poland.fileName(), poland.yaml())));

            String jp = render(store, "17/4509");
            assertThat(jp).contains(Pdfs.compact("Forschungskooperation Tokio"))
                    .contains(Pdfs.compact("12.500,50 €"))
                    .contains(Pdfs.compact("In den Jahren 2017 bis 2020 hat die Tätigkeit von NRW.INVEST zur Ansiedlung"
                            + " von insgesamt 1.234 neuen japanischen Unternehmen in Nordrhein-Westfalen geführt."))
                    .contains(Pdfs.compact("Partnern aus Japan sind den Berichten"))
                    .doesNotContain(Pdfs.compact("keine deutsch-japanischen"));
            String cn = render(store, "17/4510");
            assertThat(cn).contains(Pdfs.compact("Im genannten Zeitraum wurden keine deutsch-chinesischen Projekte"
                            + " finanziell unterstützt."))
                    .contains(Pdfs.compact("Für die Jahre 2017 bis 2020 liegen keine Angaben von NRW.INVEST zur"
                            + " Ansiedlung chinesischer Unternehmen in Nordrhein-Westfalen vor."))
                    .contains(Pdfs.compact("Partnern aus China sind den Berichten"))
                    .contains(Pdfs.compact("der Abgeordneten Anna Beispiel, Bernd Muster und Clara Test GRÜNE"));
            String pl = render(store, "17/4511");
            assertThat(pl).contains(Pdfs.compact("keine deutsch-polnischen Projekte finanziell unterstützt."))
                    .contains(Pdfs.compact("insgesamt 40 neuen polnischen Unternehmen"))
                    .contains(Pdfs.compact("Welche Städtepartnerschaften bestehen"));
            for (String text : List.of(jp, cn, pl)) {
                assertThat(text).doesNotContain("{").doesNotContain("Südkorea");
            }
        }
    }

    private String render(CoopStore store, String id) throws Exception {
        Path file = dir.resolve(InquiryId.parse(id).fileName() + ".pdf");
        AnswerReport.write(store, InquiryId.parse(id), AnswerFormat.PDF, file);
        byte[] pdf = Files.readAllBytes(file);
        Pdfs.assertValid(pdf);
        Pdfs.keep(file.getFileName().toString(), pdf);
        return Pdfs.compact(Pdfs.text(pdf));
    }
}
