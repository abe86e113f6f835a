package de.nrw.coop.storage.testing;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.model.TableKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small dataset with one record or more of every kind, umlauts, „quotes“ and Hangul included,
 * for round-trip tests here and in the modules that read the store.
 */
public final class SampleData {
    private SampleData() {}

    public static final Country KR = new Country("KR", "Südkorea", "Asien");
    public static final Country JP = new Country("JP", "Japan", "Asien");

    public static final Department IM = new Department("IM", "IM", "Ministerium des Innern", null, null, List.of());
    public static final Department JM = new Department("JM", "JM", "Ministerium der Justiz", null, null, List.of());
    public static final Department MWIDE = new Department("MWIDE-17", "MWIDE",
            "Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie", LocalDate.of(2017, 6, 30),
            LocalDate.of(2022, 6, 28), List.of("NRW.INVEST"));

    public static final Partner KNPU = new Partner("knpu", "Korean National Police University", "경찰대학", "KR",
            Level.STAATLICH, PartnerKind.POLICE);
    public static final Partner SUPREME_COURT = new Partner("kr-supreme-court", "Oberster Gerichtshof Koreas",
            "대법원", "KR", Level.STAATLICH, PartnerKind.COURT);
    public static final Partner TOKYO_UNI = new Partner("tokyo-uni", "Universität Tokio", "東京大学", "JP",
            Level.NICHTSTAATLICH, PartnerKind.UNIVERSITY);

    public static final Agreement MOU = new Agreement("mou-knpu-2014", "Memorandum of Understanding",
            "MoU über die Zusammenarbeit in der polizeilichen Ausbildung", "IM", List.of("knpu"),
            LocalDate.of(2014, 9, 15), List.of(LocalDate.of(2018, 5, 15)), null,
            List.of("Ausbildung", "Bekämpfung der Cyberkriminalität"));

    public static final Project EXCHANGE = new Project("police-exchange", "Austausch „Polizei NRW–Korea“", "IM",
            List.of("knpu"), List.of(SupportKind.AUSBILDUNG, SupportKind.WISSENSAUSTAUSCH), Level.STAATLICH,
            LocalDate.of(2015, 1, 1), null, "mou-knpu-2014");
    public static final Project TOKYO = new Project("tokyo-research", "Forschungskooperation Tokio", "MWIDE-17",
            List.of("tokyo-uni"), List.of(SupportKind.FINANZIELLE_FOERDERUNG), Level.NICHTSTAATLICH,
            LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31), null);

    public static final Activity VISIT_2017 = new Activity("kr-2017-knpu", ActivityKind.DELEGATION,
            PartialDate.ofYear(2017), "KR", Direction.TO_NRW, List.of("IM"), List.of(), List.of("knpu"),
            "eine Delegation der Korean National Police University", null, "Austausch", "police-exchange",
            "mou-knpu-2014", null);
    public static final Activity JUDGES_2019 = new Activity("kr-2019-01-richter", ActivityKind.VISIT,
            PartialDate.ofMonth(2019, 1), "KR", Direction.TO_NRW, List.of("JM"), List.of(),
            List.of("kr-supreme-court"), "drei Richter vom Obersten Gericht Koreas", 3, null, null, null,
            "Im Januar 2019 besuchten drei Richter vom Obersten Gericht Koreas das JM sowie das Landgericht Duisburg.");
    public static final Activity TRIP_2019 = new Activity("kr-2019-05-15-im", ActivityKind.DELEGATION,
            PartialDate.of(LocalDate.of(2019, 5, 15)), "KR", Direction.FROM_NRW, List.of("IM", "JM"), List.of("knpu"),
            List.of("knpu", "kr-supreme-court"), null, 4, "Erneuerung des MoU", null, "mou-knpu-2014", null);
    public static final Activity TOKYO_2018 = new Activity("jp-2018-tokyo", ActivityKind.SYMPOSIUM,
            PartialDate.ofMonth(2018, 11), "JP", Direction.FROM_NRW, List.of("MWIDE-17"), List.of(),
            List.of("tokyo-uni"), null, null, null, "tokyo-research", null, null);

    public static final Funding TOKYO_2018_A = new Funding("tokyo-research", 2018, new BigDecimal("12500.50"),
            "0602/686 10");
    public static final Funding TOKYO_2018_B = new Funding("tokyo-research", 2018, new BigDecimal("2500"), null);
    public static final Funding TOKYO_2019 = new Funding("tokyo-research", 2019, new BigDecimal("7000.25"), null);

    public static final Settlement KR_2017_2020 = new Settlement("KR", 2017, 2020, 16, "NRW.INVEST");
    public static final Settlement JP_2019 = new Settlement("JP", 2019, 2019, 31, null);

    public static final KeyFigure KR_RESIDENTS = new KeyFigure("kr-residents", "KR", "in NRW lebende Südkoreaner",
            new BigDecimal("7012"), "Personen", LocalDate.of(2019, 12, 31),
            new Source("IT.NRW, Ausländerzentralregister", "https://www.it.nrw/statistik"));
    public static final KeyFigure KR_SHARE = new KeyFigure("kr-share", "KR", "Anteil an allen Ausländern",
            new BigDecimal("0.25"), "Prozent", null, new Source("eigene Berechnung", null));

    public static final Inquiry INQUIRY = new Inquiry(new InquiryId(17, 4514), Drucksache.parse("17/11308"),
            Drucksache.parse("17/11754"), LocalDate.of(2020, 10, 6), null, LocalDate.of(2020, 11, 9),
            LocalDate.of(2020, 11, 9), LocalDate.of(2020, 11, 13),
            List.of(new Requester("Sven Werner Tritschler", Gender.MALE, "AfD")),
            "Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea", List.of("KR"), 2017, 2019,
            List.of("In NRW leben rund 7.000 Südkoreaner.[^1]", "Zweiter Absatz mit „Anführungszeichen“.[^2]"),
            List.of(new Footnote(1, "IT.NRW"), new Footnote(2, "https://www.example.org/경찰대학")),
            "Der Minister für Bundes- und Europaangelegenheiten sowie Internationales",
            "im Einvernehmen mit dem Ministerpräsidenten", List.of(),
            List.of(new Question(1, "Welche Projekte gibt es?", List.of(
                            new AnswerBlock.Paragraph("Die Polizei NRW arbeitet mit der KNPU (경찰대학) zusammen."),
                            new AnswerBlock.DataTable(TableKind.VISITS_PER_YEAR, List.of("KR"), 2017, 2019,
                                    "Besuche je Jahr"),
                            new AnswerBlock.DataTable(TableKind.FUNDING, List.of(), null, null, null))),
                    new Question(2, "Welche Besuche gab es?", List.of(new AnswerBlock.Paragraph("Siehe oben."))),
                    new Question(3, "Noch unbeantwortet?", List.of())));

    /** A draft inquiry with six questions (one more than the rules allow: a warning, no refusal). */
    public static final Inquiry DRAFT = new Inquiry(new InquiryId(17, 4506), Drucksache.parse("17/11300"), null,
            LocalDate.of(2020, 10, 6), LocalDate.of(2020, 10, 8), null, null, null,
            List.of(new Requester("Anna Beispiel", Gender.FEMALE, "BÜNDNIS 90/DIE GRÜNEN"),
                    new Requester("Bernd Muster", Gender.MALE, "BÜNDNIS 90/DIE GRÜNEN")),
            "Zusammenarbeit mit Japan", List.of("JP"), null, null, List.of(), List.of(),
            "Der Minister für Bundes- und Europaangelegenheiten sowie Internationales", null,
            List.of("Die Landesregierung beantwortet wie folgt."),
            List.of(new Question(1, "Eins?", List.of()), new Question(2, "Zwei?", List.of()),
                    new Question(3, "Drei?", List.of()), new Question(4, "Vier?", List.of()),
                    new Question(5, "Fünf?", List.of()), new Question(6, "Sechs?", List.of())));

    /** Every record above, in an order a staff member might write them (references before targets, too). */
    public static List<Object> all() {
        return List.of(INQUIRY, DRAFT, KR_RESIDENTS, KR_SHARE, VISIT_2017, JUDGES_2019, TRIP_2019, TOKYO_2018,
                EXCHANGE, TOKYO, MOU, KNPU, SUPREME_COURT, TOKYO_UNI, IM, JM, MWIDE, KR, JP, TOKYO_2018_A,
                TOKYO_2018_B, TOKYO_2019, KR_2017_2020, JP_2019);
    }

    /** The sample as a feed of two files: {@code base.yaml} (countries, ministries, partners) and {@code korea.yaml}. */
    public static Feed feed() {
        return new Feed().file("base.yaml").add(KR, JP, IM, JM, MWIDE, KNPU, SUPREME_COURT, TOKYO_UNI)
                .file("korea.yaml").add(INQUIRY, DRAFT, KR_RESIDENTS, KR_SHARE, VISIT_2017, JUDGES_2019, TRIP_2019,
                        TOKYO_2018, EXCHANGE, TOKYO, MOU, TOKYO_2018_A, TOKYO_2018_B, TOKYO_2019, KR_2017_2020,
                        JP_2019);
    }
}
