package de.nrw.coop.reports.excel;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain data for the sheet writers, with the nasty texts the tests look for. */
final class Fixtures {
    private Fixtures() {}

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String HANGUL = "경찰대학";
    static final Instant AS_OF = Instant.parse("2021-03-04T10:15:00Z");

    static final Country KR = new Country("KR", "Südkorea", "Asien");
    static final Country JP = new Country("JP", "Japan", "Asien");
    static final Department IM = new Department("IM", "IM", "Ministerium des Innern", null, null, List.of());
    static final Department JM = new Department("JM", "JM", "Ministerium der Justiz", null, null, List.of());
    static final Partner KNPU = new Partner("knpu", "Korean National Police University", HANGUL, "KR",
            Level.STAATLICH, PartnerKind.POLICE);
    static final Partner SEOUL = new Partner("seoul-court", "Landgericht Seoul", null, "KR", Level.STAATLICH,
            PartnerKind.COURT);
    static final Partner TOKYO = new Partner("tokyo", "Tokyo University", null, "JP", Level.NICHTSTAATLICH,
            PartnerKind.UNIVERSITY);

    static final Agreement MOU = new Agreement("mou-police", "Memorandum of Understanding", "MoU Polizeiausbildung",
            "IM", List.of("knpu"), LocalDate.of(2016, 5, 10), List.of(LocalDate.of(2019, 5, 10)), null,
            List.of("Ausbildung", "Bekämpfung der Cyberkriminalität"));

    static List<ProjectView> projects() {
        Project police = new Project("p-police", "Polizeiausbildung „Cyber“", "IM", List.of("knpu"),
                List.of(SupportKind.AUSBILDUNG, SupportKind.BERATUNG), Level.STAATLICH, LocalDate.of(2017, 1, 1),
                LocalDate.of(2019, 12, 31), "mou-police");
        Project law = new Project("p-law", HYPERLINK, "JM", List.of("seoul-court"),
                List.of(SupportKind.WISSENSAUSTAUSCH), Level.STAATLICH, LocalDate.of(2018, 3, 1), null, null);
        Project uni = new Project("p-uni", "Austausch Tokyo", "JM", List.of("tokyo"),
                List.of(SupportKind.FINANZIELLE_FOERDERUNG), Level.NICHTSTAATLICH, null, null, null);
        return List.of(new ProjectView(police, IM, List.of(KNPU), MOU), new ProjectView(law, JM, List.of(SEOUL), null),
                new ProjectView(uni, JM, List.of(TOKYO), null));
    }

    static List<AgreementView> agreements() {
        return List.of(new AgreementView(MOU, IM, List.of(KNPU)));
    }

    static List<ActivityView> activities() {
        List<ActivityView> list = new ArrayList<>();
        list.add(view(new Activity("a1", ActivityKind.VISIT, PartialDate.ofYear(2017), "KR", Direction.TO_NRW,
                List.of("IM"), List.of(), List.of("knpu"), "+1", 3, "-2", null, null, null)));
        list.add(view(new Activity("a2", ActivityKind.DELEGATION, PartialDate.ofMonth(2018, 2), "KR",
                Direction.FROM_NRW, List.of("JM"), List.of(), List.of("seoul-court"), "drei Richter", null,
                "@SUM(A1)", null, null, null)));
        list.add(view(new Activity("a3", ActivityKind.SYMPOSIUM, PartialDate.of(LocalDate.of(2019, 5, 15)), "KR",
                Direction.TO_NRW, List.of("IM"), List.of(), List.of("knpu"), null, 12, HYPERLINK, null, null, null)));
        list.add(view(new Activity("a4", ActivityKind.EVENT, PartialDate.of(LocalDate.of(2020, 11, 9)), "JP",
                Direction.TO_NRW, List.of("JM"), List.of(), List.of("tokyo"), null, 2, "Ärztekammer Düsseldorf",
                null, null, null)));
        return list;
    }

    private static ActivityView view(Activity a) {
        String country = a.countryCode().equals("KR") ? KR.name() : JP.name();
        List<String> partners = a.partnerKeys().stream().map(k -> switch (k) {
            case "knpu" -> KNPU.name() + " (" + HANGUL + ")";
            case "seoul-court" -> SEOUL.name();
            default -> TOKYO.name();
        }).toList();
        return new ActivityView(a, country, a.hostDepartmentKeys(), partners);
    }

    static List<VisitCount> visits() {
        return List.of(new VisitCount("KR", 2017, Direction.TO_NRW, 1), new VisitCount("KR", 2018, Direction.FROM_NRW, 1),
                new VisitCount("KR", 2019, Direction.TO_NRW, 1), new VisitCount("JP", 2020, Direction.TO_NRW, 1));
    }

    static List<FundingRow> funding() {
        // p-police is funded on two budget lines (Haushaltstitel) in 2018
        return List.of(new FundingRow("p-police", "Polizeiausbildung „Cyber“", "KR", 2017, "0710/686 10",
                        new BigDecimal("12500.00")),
                new FundingRow("p-police", "Polizeiausbildung „Cyber“", "KR", 2018, "0710/686 10",
                        new BigDecimal("7300.55")),
                new FundingRow("p-police", "Polizeiausbildung „Cyber“", "KR", 2018, "0710/547 20",
                        new BigDecimal("1200.45")),
                new FundingRow("p-uni", "Austausch Tokyo", "JP", 2018, null, new BigDecimal("999.99")),
                new FundingRow("p-uni", "Austausch Tokyo", "JP", 2020, null, new BigDecimal("0.01")));
    }

    static BigDecimal fundingTotal() {
        return funding().stream().map(FundingRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<Settlement> settlements() {
        return List.of(new Settlement("KR", 2017, 2020, 16, "NRW.INVEST"), new Settlement("JP", 2019, 2019, 4, null));
    }

    static List<KeyFigure> keyFigures() {
        return List.of(new KeyFigure("kr-residents", "KR", "in NRW lebende Südkoreaner", new BigDecimal("7500"),
                "Personen", LocalDate.of(2020, 12, 31), new Source("IT.NRW", "https://www.it.nrw/")));
    }

    static TablesData data(ReportFilter filter) {
        return data(filter, activities());
    }

    static TablesData data(ReportFilter filter, List<ActivityView> activities) {
        return new TablesData(filter, List.of(KR, JP), List.of(IM, JM), Optional.of(AS_OF), projects(), agreements(),
                visits(), activities::forEach, funding(), settlements(), keyFigures());
    }
}
