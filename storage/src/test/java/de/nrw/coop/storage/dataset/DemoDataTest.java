package de.nrw.coop.storage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.DatePrecision;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Question;
import de.nrw.coop.storage.demo.DemoData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final RecordingSink sink = new RecordingSink();

    DemoDataTest() {
        DatasetReader.read(DemoData.sources(), sink);
    }

    @Test
    void readsWithoutProblems() {
        assertThat(sink.problemTexts()).isEmpty();
        assertThat(sink.events).containsExactly("start " + DemoData.FILE, "end " + DemoData.FILE);
    }

    @Test
    void digestIsTheSha256OfTheBundledBytes() throws Exception {
        byte[] bytes;
        try (InputStream in = DemoData.sources().get(0).opener().open()) {
            bytes = in.readAllBytes();
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(sink.digests).containsExactly(expected);
    }

    @Test
    void holdsTheRecordsTheAnswerRestsOn() {
        assertThat(sink.countries).extracting(c -> c.code() + " " + c.name() + " " + c.region())
                .containsExactly("KR Südkorea Asien", "DE Deutschland Europa");
        assertThat(sink.departments).extracting(d -> d.abbreviation())
                .containsExactly("IM", "JM", "MBEI", "MWIDE", "STK");
        assertThat(sink.departments.get(3).units()).containsExactly("NRW.INVEST");
        assertThat(sink.partners).filteredOn(p -> p.key().equals("knpu")).singleElement()
                .satisfies(p -> assertThat(p.nativeName()).isEqualTo("경찰대학"));
        assertThat(sink.agreements).singleElement().satisfies(a -> {
            assertThat(a.signed()).isEqualTo(LocalDate.of(2014, 9, 15));
            assertThat(a.renewals()).containsExactly(LocalDate.of(2018, 5, 15));
        });
        assertThat(sink.projects).hasSize(2);
        assertThat(sink.funding).isEmpty();
        assertThat(sink.settlements).singleElement().satisfies(s -> {
            assertThat(s.countryCode()).isEqualTo("KR");
            assertThat(s.fromYear()).isEqualTo(2017);
            assertThat(s.toYear()).isEqualTo(2020);
            assertThat(s.companies()).isEqualTo(16);
        });
        assertThat(sink.keyFigures).extracting(k -> k.value().toPlainString() + " " + k.unit())
                .containsExactly("7500 Personen", "20 Prozent", "1000 Personen", "60 Unternehmen", "30 Kooperationen");
        assertThat(sink.keyFigures).allSatisfy(k -> assertThat(k.source().url())
                .isEqualTo(sink.inquiries.get(0).footnote(1).text()));
    }

    @Test
    void holdsEveryVisitWithItsPrecisionAndDirection() {
        Map<String, Long> perYearAndDirection = sink.activities.stream().collect(Collectors.groupingBy(
                a -> a.date().year() + " " + a.direction(), java.util.TreeMap::new, Collectors.counting()));
        assertThat(perYearAndDirection).containsExactly(
                Map.entry("2017 FROM_NRW", 1L), Map.entry("2017 TO_NRW", 2L),
                Map.entry("2018 TO_NRW", 2L),
                Map.entry("2019 FROM_NRW", 1L), Map.entry("2019 TO_NRW", 2L));
        assertThat(sink.activities).filteredOn(a -> a.key().equals("kr-2019-01-richter-oberstes-gericht"))
                .singleElement().satisfies(a -> {
                    assertThat(a.date()).isEqualTo(PartialDate.ofMonth(2019, 1));
                    assertThat(a.date().precision()).isEqualTo(DatePrecision.MONTH);
                    assertThat(a.direction()).isEqualTo(Direction.TO_NRW);
                    assertThat(a.hostPartnerKeys()).containsExactly("lg-duisburg");
                    assertThat(a.sentence()).isEqualTo("Im Januar 2019 besuchten drei Richter vom Obersten Gericht"
                            + " Koreas das JM sowie das Landgericht Duisburg.");
                });
    }

    @Test
    void holdsTheInquiry() {
        Inquiry inquiry = sink.inquiries.get(0);
        assertThat(inquiry.id()).hasToString("17/4514");
        assertThat(inquiry.answerDrucksache()).hasToString("17/11754");
        assertThat(inquiry.isDraft()).isFalse();
        assertThat(inquiry.issued()).isEqualTo(LocalDate.of(2020, 11, 13));
        assertThat(inquiry.questions()).hasSize(5);
        assertThat(inquiry.footnotes()).hasSize(2);
        assertThat(inquiry.preface().get(1)).endsWith("Partnern aus dem Land in Ostasien.[^1]");
        assertThat(inquiry.preface().get(2)).endsWith("Teilung“.[^2]");
        assertThat(inquiry.footnote(2).text()).isEqualTo(
                "https://www.land.nrw/de/pressemitteilung/ministerpraesident-armin-laschet-empfaengt-den-minister-fuer-handel-industrie-und");
        assertThat(inquiry.questions().get(4).answer()).hasSize(2);
        assertThat(inquiry.warnings()).isEmpty();
    }

    /**
     * Every word of the extracted original, in order, and nothing else, where the answers are
     * paragraphs; answers 3 and 5 are computed (the reports module's ComputedBlocksTest renders
     * them word for word).
     */
    @Test
    void reproducesTheOriginalTextWordForWord() throws IOException {
        String reference;
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/reference/kleine-anfrage-17-4514.txt")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Inquiry inquiry = sink.inquiries.get(0);
        List<String> texts = new ArrayList<>();
        texts.add(inquiry.title());
        texts.add("Vorbemerkung der Kleinen Anfrage");
        texts.addAll(inquiry.preface());
        texts.add(inquiry.attribution());
        inquiry.footnotes().forEach(f -> texts.add(f.number() + " " + f.text()));
        for (Question q : inquiry.questions()) {
            texts.add(q.number() + ". " + q.text());
            for (AnswerBlock b : q.answer()) {
                texts.add(b instanceof AnswerBlock.Paragraph p ? p.text() : "<computed>");
            }
        }
        String ours = normalise(String.join(" ", texts).replaceAll("\\[\\^\\d+]", ""));
        String original = normalise(reference
                .replace("Ostasien.1", "Ostasien.").replace("Teilung“.2", "Teilung“.")
                .replace("ln welcher Höhe", "In welcher Höhe")
                .replace("-\nbotschafter", "-botschafter").replace("minister-\nfuer", "minister-fuer"))
                .replace("Im genannten Zeitraum wurden keine deutsch-südkoreanischen Projekte finanziell unterstützt.",
                        "<computed>")
                .replace("In den Jahren 2017 bis 2020 hat die Tätigkeit von NRW.INVEST zur Ansiedlung von insgesamt 16"
                        + " neuen südkoreanischen Unternehmen in Nordrhein-Westfalen geführt.", "<computed>")
                .replace("Detaillierte Informationen zu Besuchen bei und Empfängen von Partnern aus Südkorea sind den"
                        + " Berichten der Landesregierung über die Europäische und Internationale Zusammenarbeit zu"
                        + " entnehmen.", "<computed>");
        assertThat(ours).isEqualTo(original);
        assertThat(inquiry.questions().get(2).answer()).singleElement().isInstanceOf(AnswerBlock.DataTable.class);
        assertThat(inquiry.questions().get(4).answer()).allMatch(b -> b instanceof AnswerBlock.Template);
    }

    private static String normalise(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
