package de.nrw.coop.storage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.TableKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The computed answer blocks in a dataset: read into the model, or refused at the placeholder's place. */
class ComputedBlocksReaderTest {

    private static DatasetSource inline(String name, String yaml) {
        return new DatasetSource(name, () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String inquiry(String countries, String answer) {
        return """
                inquiries:
                  - id: 17/4509
                    drucksache: 17/11301
                    asked: 2020-10-06
                    requesters: [{name: Anna Beispiel, gender: female, group: GRÜNE}]
                    title: Zusammenarbeit
                    countries: %s
                    period: {from: 2017, to: 2020}
                    minister: Der Minister
                    questions:
                      - text: Welche?
                        answer:
                %s""".formatted(countries, answer);
    }

    @Test
    void everyComputedBlockIsRead() {
        RecordingSink sink = RecordingSink.read(inline("ok.yaml", inquiry("[JP]", """
                          - activities: per-year
                            countries: [JP]
                            from: 2018
                            empty: Keine Besuche aus {country.name}.
                          - activities: sentences
                          - text: >-
                              In den Jahren {period.from} bis {period.to} wurden {settlements.companies}
                              {country.adjective}e Unternehmen angesiedelt.
                            empty: Keine Angaben.
                          - table: funding
                            empty: Keine Förderung.
                """)));
        assertThat(sink.problemTexts()).isEmpty();
        Inquiry inquiry = sink.inquiries.get(0);
        assertThat(inquiry.questions().get(0).answer()).containsExactly(
                new AnswerBlock.Activities(true, List.of("JP"), 2018, null, "Keine Besuche aus {country.name}."),
                new AnswerBlock.Activities(false, List.of(), null, null, null),
                new AnswerBlock.Template("In den Jahren {period.from} bis {period.to} wurden {settlements.companies}"
                        + " {country.adjective}e Unternehmen angesiedelt.", "Keine Angaben."),
                new AnswerBlock.DataTable(TableKind.FUNDING, List.of(), null, null, null, "Keine Förderung."));
    }

    @Test
    void anUnknownPlaceholderIsAProblemAtItsLineAndColumn() {
        RecordingSink sink = RecordingSink.read(inline("typo.yaml", inquiry("[JP]", """
                          - text: >-
                              In den Jahren {period.from} bis {period.to} wurden
                              {settlement.companies} Unternehmen angesiedelt.
                          - text: "Aus {country.nam}"
                """)));
        assertThat(sink.problemTexts()).containsExactly(
                "typo.yaml:15:15: inquiries[0].questions[0].answer[0].text: unknown placeholder {settlement.companies};"
                        + " known: {country.name}, {country.adjective}, {country.names}, {period.from}, {period.to},"
                        + " {settlements.companies}, {funding.total}, {funding.projects}, {activities.count},"
                        + " {projects.count}, {agreements.count}",
                "typo.yaml:16:24: inquiries[0].questions[0].answer[1].text: unknown placeholder {country.nam};"
                        + " known: {country.name}, {country.adjective}, {country.names}, {period.from}, {period.to},"
                        + " {settlements.companies}, {funding.total}, {funding.projects}, {activities.count},"
                        + " {projects.count}, {agreements.count}");
        assertThat(sink.inquiries).isEmpty();
    }

    @Test
    void aCountryPlaceholderInAnInquiryAboutSeveralCountriesIsAProblem() {
        RecordingSink sink = RecordingSink.read(inline("several.yaml", inquiry("[JP, CN]", """
                          - text: Das gilt für {country.names}.
                          - table: funding
                            empty: Keine deutsch-{country.adjective}en Projekte.
                """)));
        assertThat(sink.problemTexts()).containsExactly(
                "several.yaml:15:34: inquiries[0].questions[0].answer[1].empty: {country.adjective} needs an inquiry"
                        + " about exactly one country; this one has 2 (use {country.names}, or make one inquiry per"
                        + " country)");
    }

    @Test
    void aPeriodPlaceholderNeedsThePeriodAndAnUnknownActivityFormIsAProblem() {
        String yaml = inquiry("[JP]", """
                          - text: Seit {period.from} nichts.
                          - activities: monthly
                """).replace("    period: {from: 2017, to: 2020}\n", "");
        RecordingSink sink = RecordingSink.read(inline("period.yaml", yaml));
        assertThat(sink.problemTexts()).containsExactly(
                "period.yaml:12:24: inquiries[0].questions[0].answer[0].text: {period.from} needs the inquiry's"
                        + " period (period: {from: ..., to: ...})",
                "period.yaml:13:25: inquiries[0].questions[0].answer[1].activities: 'monthly' is not a form of"
                        + " activities (expected sentences: one paragraph, or per-year: one paragraph per year)");
    }
}
