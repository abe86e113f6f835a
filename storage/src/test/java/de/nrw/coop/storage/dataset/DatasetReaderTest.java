package de.nrw.coop.storage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.DatePrecision;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    /** A fixture of {@code src/test/resources/invalid/}, named by its file name in messages. */
    private static DatasetSource invalid(String name) {
        return new DatasetSource(name, () -> {
            InputStream in = DatasetReaderTest.class.getResourceAsStream("/invalid/" + name);
            assertThat(in).as("fixture " + name).isNotNull();
            return in;
        });
    }

    private static DatasetSource inline(String name, String yaml) {
        return new DatasetSource(name, () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void syntaxErrorNamesLineAndColumnAndStopsTheFile() {
        RecordingSink sink = RecordingSink.read(invalid("syntax-error.yaml"));
        assertThat(sink.problemTexts()).containsExactly("syntax-error.yaml:8:4: activities[0]: YAML syntax error:"
                + " the indentation does not line up with the lines above (expected <block end>, but found"
                + " '<block mapping start>' while parsing a block collection started at line 5);"
                + " the rest of this file was not read");
        assertThat(sink.activities).isEmpty();
        assertThat(sink.events).containsExactly("start syntax-error.yaml", "end syntax-error.yaml");
    }

    @Test
    void syntaxErrorStillDigestsTheWholeFile() throws Exception {
        RecordingSink sink = RecordingSink.read(invalid("syntax-error.yaml"));
        byte[] bytes;
        try (InputStream in = invalid("syntax-error.yaml").opener().open()) {
            bytes = in.readAllBytes();
        }
        assertThat(sink.digests).containsExactly(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void impossibleDatesAreRefusedWithTheExpectedForm() {
        RecordingSink sink = RecordingSink.read(invalid("bad-date.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "bad-date.yaml:4:11: activities[0].date: '2019-13-01' is not a valid date (expected YYYY, YYYY-MM"
                        + " or YYYY-MM-DD, e.g. 2019, 2019-01 or 2019-01-15)",
                "bad-date.yaml:14:16: agreements[0].renewals[0]: '2018-02-30' is not a valid date (expected"
                        + " YYYY-MM-DD, e.g. 2019-01-15)");
        assertThat(sink.activities).isEmpty();
        assertThat(sink.agreements).isEmpty();
    }

    @Test
    void misspeltFieldIsAnErrorWithASuggestion() {
        RecordingSink sink = RecordingSink.read(invalid("misspelt-field.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "misspelt-field.yaml:3:5: projects[0].titel: unknown field 'titel'; did you mean 'title'?"
                        + " (allowed here: key, title, department, partners, support, level, start, end, agreement)",
                "misspelt-field.yaml:2:5: projects[0]: required field 'title' is missing");
        assertThat(sink.projects).isEmpty();
    }

    @Test
    void unknownWordsListTheValidChoices() {
        RecordingSink sink = RecordingSink.read(invalid("unknown-enum.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "unknown-enum.yaml:7:11: partners[0].kind: 'polizei' is not a valid partner kind; did you mean"
                        + " 'police'? (expected one of government, police, court, university, research, company,"
                        + " association, city, other)",
                "unknown-enum.yaml:13:16: activities[0].direction: 'to-nrv' is not a valid direction; did you mean"
                        + " 'to-nrw'? (expected one of to-nrw, from-nrw)");
    }

    @Test
    void missingRequiredFieldNamesTheRecord() {
        RecordingSink sink = RecordingSink.read(invalid("missing-required.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "missing-required.yaml:2:5: activities[0]: required field 'date' is missing");
    }

    @Test
    void footnoteMarkerWithoutFootnoteNamesTheParagraph() {
        RecordingSink sink = RecordingSink.read(invalid("footnote-without-footnote.yaml"));
        assertThat(sink.problemTexts()).containsExactly("footnote-without-footnote.yaml:13:9: inquiries[0].preface[1]:"
                + " footnote marker [^3] has no footnote 3 in footnotes");
        assertThat(sink.inquiries).isEmpty();
    }

    @Test
    void duplicateKeysAndFieldsAreReported() {
        RecordingSink sink = RecordingSink.read(invalid("duplicate-key.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "duplicate-key.yaml:4:11: countries[1].code: duplicate country 'KR' in this file; the first is at"
                        + " line 2 (each country appears once per file)",
                "duplicate-key.yaml:12:5: activities[0].direction: field 'direction' appears twice; the first is at"
                        + " line 11; keep one");
        assertThat(sink.countries).extracting(c -> c.name()).containsExactly("Südkorea");
    }

    @Test
    void everyProblemOfAFileIsReported() {
        RecordingSink sink = RecordingSink.read(invalid("several-problems.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "several-problems.yaml:8:5: partners[0].nativName: unknown field 'nativName'; did you mean"
                        + " 'nativeName'? (allowed here: key, name, nativeName, country, level, kind)",
                "several-problems.yaml:15:21: activities[0].delegationSize: expected a whole number, found 'drei'",
                "several-problems.yaml:17:11: activities[1].kind: 'besuch' is not a valid activity kind (expected"
                        + " one of visit, delegation, symposium, event)",
                "several-problems.yaml:18:11: activities[1].date: '2019-13' is not a valid date (expected YYYY,"
                        + " YYYY-MM or YYYY-MM-DD, e.g. 2019, 2019-01 or 2019-01-15)",
                "several-problems.yaml:21:15: activities[1].partners: expected a list (items on lines starting"
                        + " with '- ', or [a, b]), found the text 'oberstes-gericht-kr'",
                "several-problems.yaml:25:13: funding[0].amount: '12.500' is ambiguous: German thousands separators, or"
                        + " a fraction with 3 decimal places where amounts have at most 2; write whole numbers without"
                        + " separators and a decimal point only for fractions (e.g. 12500 or 12500.50)");
        assertThat(sink.partners).isEmpty();
        assertThat(sink.activities).isEmpty();
        assertThat(sink.funding).isEmpty();
    }

    @Test
    void referencesCarryBothEnds() {
        RecordingSink sink = RecordingSink.read(invalid("unknown-partner.yaml"));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.references).extracting(Reference::toString).containsExactly(
                ref(5, 14, "activities[0].country", "COUNTRY", "KR"),
                ref(8, 21, "activities[0].hosts.departments[0]", "DEPARTMENT", "JM-17"),
                ref(9, 18, "activities[0].hosts.partners[0]", "PARTNER", "lg-duisburg"),
                ref(11, 9, "activities[0].partners[0]", "PARTNER", "oberstes-gericht"));
        assertThat(sink.references.get(3).unresolved()).hasToString("unknown-partner.yaml:11:9:"
                + " activities[0].partners[0]: activity 'kr-2019-01-richter' refers to partner 'oberstes-gericht',"
                + " which is neither in this import nor in the store");
        assertThat(sink.activityOrigins).containsExactly(new Origin("unknown-partner.yaml", 2, 5, "activities[0]"));
        assertThat(sink.activities.get(0).date().precision()).isEqualTo(DatePrecision.MONTH);
    }

    private static String ref(int line, int column, String path, String kind, String key) {
        return new Reference("unknown-partner.yaml", line, column, path, "activity 'kr-2019-01-richter'",
                Reference.Kind.valueOf(kind), key).toString();
    }

    @Test
    void scalarsAreTextNotYamlTypes() {
        RecordingSink sink = RecordingSink.read(inline("types.yaml", """
                countries:
                  - code: NO
                    name: Norwegen
                funding:
                  - project: p
                    year: 2019
                    amount: 12500.10
                """));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.countries.get(0).code()).isEqualTo("NO");
        assertThat(sink.funding.get(0).amount()).isEqualByComparingTo(new BigDecimal("12500.10"));
        assertThat(sink.funding.get(0).amount().toPlainString()).isEqualTo("12500.10");
    }

    @Test
    void blockScalarsFoldToOneParagraph() {
        RecordingSink sink = RecordingSink.read(inline("text.yaml", """
                activities:
                  - key: a
                    kind: event
                    date: 2019-01-15
                    country: KR
                    direction: from-nrw
                    sentence: |
                      Am 15. Januar 2019 reiste eine Delegation
                      nach Seoul: „Ein Erfolg“.
                """));
        assertThat(sink.problems).isEmpty();
        assertThat(sink.activities.get(0).sentence()).isEqualTo("Am 15. Januar 2019 reiste eine Delegation nach Seoul: „Ein Erfolg“.");
    }

    @Test
    void unknownListAndModelRulesAreProblems() {
        RecordingSink sink = RecordingSink.read(inline("lists.yaml", """
                activites:
                  - key: a
                agreements:
                  - key: m
                    kind: MoU
                    title: MoU
                    department: IM-17
                    partners: [knpu]
                    signed: 2018-05-15
                    renewals: [2014-09-15]
                """));
        assertThat(sink.problemTexts()).containsExactly(
                "lists.yaml:1:1: activites: unknown list 'activites'; did you mean 'activities'? (a dataset file holds"
                        + " the lists countries, departments, partners, agreements, projects, activities, funding,"
                        + " settlements, keyFigures, inquiries)",
                "lists.yaml:10:16: agreements[0].renewals[0]: renewal 2014-09-15 must come after 2018-05-15 (signing"
                        + " and renewals in order)");
    }

    @Test
    void filesAreReadInOrderAndAMissingOneIsAProblem(@TempDir Path dir) {
        RecordingSink sink = RecordingSink.read(inline("a.yaml", "countries: []\n"),
                DatasetSource.of(dir.resolve("missing.yaml")), inline("empty.yaml", ""));
        assertThat(sink.events).containsExactly("start a.yaml", "end a.yaml",
                "start " + dir.resolve("missing.yaml"), "end " + dir.resolve("missing.yaml"),
                "start empty.yaml", "end empty.yaml");
        assertThat(sink.problemTexts()).hasSize(2);
        assertThat(sink.problemTexts().get(0)).startsWith(dir.resolve("missing.yaml") + ": file not found");
        // an empty file is a mistake (a truncated save, the wrong file), not an import of nothing
        assertThat(sink.problemTexts().get(1)).isEqualTo("empty.yaml: the file holds no data (it is empty, or holds"
                + " only comments); a dataset file holds at least one list such as 'activities:'");
    }

    @Test
    void inquiryProblemsAreAllReported() {
        RecordingSink sink = RecordingSink.read(invalid("inquiry-problems.yaml"));
        assertThat(sink.problemTexts()).containsExactly(
                "inquiry-problems.yaml:6:7: inquiries[0].answer: answer.drucksache, answer.date and answer.issued"
                        + " are set together (final answer) or not at all (draft)",
                "inquiry-problems.yaml:7:17: inquiries[0].requesters: 'requesters' needs at least one entry",
                "inquiry-problems.yaml:8:12: inquiries[0].title: required field 'title' is empty",
                "inquiry-problems.yaml:13:20: inquiries[0].questions[0].answer[0].table: 'visit-per-year' is not a"
                        + " valid table; did you mean 'visits-per-year'? (expected one of visits-per-year, projects,"
                        + " agreements, funding, settlements)",
                "inquiry-problems.yaml:14:46: inquiries[0].questions[0].answer[1].to: period 2020–2019 ends before"
                        + " it starts",
                "inquiry-problems.yaml:15:13: inquiries[0].questions[0].answer[2]: expected a paragraph of text,"
                        + " found an empty text");
        assertThat(sink.inquiries).isEmpty();
    }

    @Test
    void draftWithSixQuestionsAndADataTableIsAcceptedWithAWarning() {
        StringBuilder yaml = new StringBuilder("""
                inquiries:
                  - id: 17/9999
                    drucksache: 17/12000
                    asked: 2020-10-06
                    requesters:
                      - {name: Erika Muster, gender: female, group: "BÜNDNIS 90/DIE GRÜNEN"}
                    title: Entwurf
                    countries: [KR]
                    period: {from: 2017, to: 2019}
                    minister: Der Minister
                    questions:
                      - text: Frage eins?
                        answer:
                          - table: visits-per-year
                            caption: Besuche
                """);
        for (int i = 2; i <= 6; i++) {
            yaml.append("      - text: Frage ").append(i).append("?\n");
        }
        RecordingSink sink = RecordingSink.read(inline("draft.yaml", yaml.toString()));
        assertThat(sink.problemTexts()).isEmpty();
        assertThat(sink.inquiries).singleElement().satisfies(inquiry -> {
            assertThat(inquiry.isDraft()).isTrue();
            assertThat(inquiry.questions()).hasSize(6);
            assertThat(inquiry.warnings()).hasSize(1);
            assertThat(inquiry.questions().get(0).answer()).containsExactly(new de.nrw.coop.model.AnswerBlock.DataTable(
                    de.nrw.coop.model.TableKind.VISITS_PER_YEAR, java.util.List.of(), null, null, "Besuche"));
        });
        assertThat(sink.references).extracting(Reference::path).containsExactly("inquiries[0].countries[0]");
    }

    @Test
    void windowsFilesWithByteOrderMarkAndCrLfRead() {
        byte[] bytes = "\uFEFFcountries:\r\n  - code: KR\r\n    name: >-\r\n      Süd-\r\n      korea\r\n"
                .getBytes(StandardCharsets.UTF_8);
        RecordingSink sink = RecordingSink.read(new DatasetSource("windows.yaml", () -> new ByteArrayInputStream(bytes)));
        assertThat(sink.problemTexts()).isEmpty();
        assertThat(sink.countries.get(0).name()).isEqualTo("Süd- korea");
    }

    @Test
    void aFileNotInUtf8IsAProblem() {
        byte[] bytes = "countries:\n  - code: KR\n    name: Südkorea\n".getBytes(StandardCharsets.ISO_8859_1);
        RecordingSink sink = RecordingSink.read(new DatasetSource("latin1.yaml", () -> new ByteArrayInputStream(bytes)));
        assertThat(sink.problemTexts()).containsExactly("latin1.yaml:3:12: the file is not UTF-8 text: byte 0xFC"
                + " (byte 36 of the file) is not UTF-8 (is it a Latin-1 or Windows-1252 file?); save it with the"
                + " encoding UTF-8; the rest of this file was not read");
        assertThat(sink.countries).isEmpty();
    }
}
