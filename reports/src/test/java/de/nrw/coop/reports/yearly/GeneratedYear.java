package de.nrw.coop.reports.yearly;

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
import de.nrw.coop.reports.yearly.YearlyData.CountryData;
import de.nrw.coop.reports.yearly.YearlyData.Figures;
import de.nrw.coop.reports.yearly.YearlyData.YearVisits;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated year in memory (no store): countries in several regions with agreements, projects,
 * funding, settlements, key figures and many activities. Seeded, so the same arguments give the
 * same data. Used by tests of the rendering and by the benchmark.
 */
public final class GeneratedYear {
    private static final String[][] COUNTRIES = {
        {"KR", "Südkorea", "Asien"}, {"JP", "Japan", "Asien"}, {"CN", "China", "Asien"}, {"IN", "Indien", "Asien"},
        {"FR", "Frankreich", "Europa"}, {"PL", "Polen", "Europa"}, {"NL", "Niederlande", "Europa"},
        {"BE", "Belgien", "Europa"}, {"US", "Vereinigte Staaten", "Amerika"}, {"BR", "Brasilien", "Amerika"},
        {"GH", "Ghana", "Afrika"}, {"ZA", "Südafrika", "Afrika"}, {"IL", "Israel", "Naher Osten"},
        {"AU", "Australien", null},
    };

    private GeneratedYear() {}

    /** {@code countries} countries (cycling through regions), {@code activities} activities in total. */
    public static YearlyData of(int year, int countries, int activities) {
        Random random = new Random(4514);
        Department im = new Department("IM", "IM", "Ministerium des Innern", null, null, List.of());
        Department mwide = new Department("MWIDE", "MWIDE", "Ministerium für Wirtschaft", null, null, List.of("NRW.INVEST"));
        List<CountryData> result = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < countries; i++) {
            String[] c = COUNTRIES[i % COUNTRIES.length];
            String code = i < COUNTRIES.length ? c[0] : String.valueOf((char) ('A' + i / 26)) + (char) ('A' + i % 26);
            String name = i < COUNTRIES.length ? c[1] : c[1] + " " + (i / COUNTRIES.length + 1);
            Country country = new Country(code, name, c[2]);
            Partner partner = new Partner("p-" + code.toLowerCase(), "Partnerhochschule " + name,
                    code.equals("KR") ? "경찰대학" : null, code, Level.STAATLICH, PartnerKind.UNIVERSITY);
            Agreement agreement = new Agreement("a-" + code.toLowerCase(), "Memorandum of Understanding",
                    "Zusammenarbeit in Ausbildung & Forschung mit " + name, "IM", List.of(partner.key()),
                    LocalDate.of(year - 3, 5, 1), List.of(LocalDate.of(year - 1, 5, 1)), null, List.of("Ausbildung"));
            Project project = new Project("pr-" + code.toLowerCase(), "Austauschprogramm Ärzte " + name, "MWIDE",
                    List.of(partner.key()), List.of(SupportKind.FINANZIELLE_FOERDERUNG, SupportKind.BERATUNG),
                    Level.STAATLICH, LocalDate.of(year - 2, 1, 1), null, agreement.key());
            BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(90_000) * 100L, 2);
            total = total.add(amount);
            int n = activities / countries + (i < activities % countries ? 1 : 0);
            List<Activity> generated = new ArrayList<>(n);
            int to = 0;
            for (int k = 0; k < n; k++) {
                int month = 1 + k * 12 / Math.max(1, n);
                Direction direction = k % 3 == 0 ? Direction.FROM_NRW : Direction.TO_NRW;
                if (direction == Direction.TO_NRW) {
                    to++;
                }
                Activity a = new Activity("act-" + code + "-" + k, k % 5 == 4 ? ActivityKind.SYMPOSIUM : ActivityKind.DELEGATION,
                        k % 2 == 0 ? PartialDate.ofMonth(year, month) : PartialDate.of(LocalDate.of(year, month, 1 + k % 28)),
                        code, direction, List.of("IM"), List.of(), List.of(partner.key()), null, 2 + k % 7,
                        k % 4 == 0 ? "Austausch über Ausbildung" : null, null, null,
                        k % 10 == 9 ? "Staff wrote this sentence about visit " + k + " with " + name + "." : null);
                generated.add(a);
            }
            // the store streams activities in date order
            generated.sort(java.util.Comparator.comparing(Activity::date));
            List<String> sentences = new ArrayList<>(n);
            for (Activity a : generated) {
                sentences.add(Sentences.of(new ActivityView(a, name, List.of("IM"), List.of(partner.name()))));
            }
            List<YearVisits> visits = List.of(new YearVisits(year - 2, 3 + i % 4, 1 + i % 3),
                    new YearVisits(year - 1, 4 + i % 5, 2), new YearVisits(year, to, n - to));
            Figures now = new Figures(1, 1, to, n - to, amount, 2 + i % 3);
            Figures before = new Figures(1, 1, 4 + i % 5, 2, amount.subtract(BigDecimal.valueOf(1000)).max(BigDecimal.ZERO), 1);
            List<KeyFigure> figures = List.of(
                    new KeyFigure("kf-" + code.toLowerCase() + "-res", code, "in NRW lebende Staatsangehörige",
                            BigDecimal.valueOf(1000 + i * 37), "Personen", LocalDate.of(year, 12, 31),
                            new Source("IT.NRW, Ausländerstatistik", "https://www.it.nrw/statistik")),
                    new KeyFigure("kf-" + code.toLowerCase() + "-co", code, "Unternehmen in NRW",
                            BigDecimal.valueOf(40 + i), "Unternehmen", null, new Source("NRW.INVEST Jahresbericht", null)));
            result.add(new CountryData(country, now, before,
                    List.of(new AgreementView(agreement, im, List.of(partner))),
                    List.of(new ProjectView(project, mwide, List.of(partner), agreement)),
                    sentences,
                    List.of(new FundingRow(project.key(), project.title(), code, year, null, amount)), amount,
                    List.of(new Settlement(code, year, year, 2 + i % 3, "NRW.INVEST"),
                            new Settlement(code, year - 2, year, 5, null)),
                    figures, visits));
        }
        result.sort(YearlyData.reportOrder());
        return new YearlyData(year, result, total);
    }
}
