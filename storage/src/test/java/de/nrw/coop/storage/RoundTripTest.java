package de.nrw.coop.storage;

import static de.nrw.coop.storage.testing.SampleData.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Direction;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.SampleData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyKindComesBackAsImported(Backend backend) {
        try (CoopStore store = backend.open()) {
            ImportResult result = SampleData.feed().importInto(store);

            assertThat(result.added()).containsEntry("countries", 2).containsEntry("departments", 3)
                    .containsEntry("partners", 3).containsEntry("agreements", 1).containsEntry("projects", 2)
                    .containsEntry("activities", 4).containsEntry("funding", 3).containsEntry("settlements", 2)
                    .containsEntry("keyFigures", 2).containsEntry("inquiries", 2);
            assertThat(result.changed().values()).allMatch(n -> n == 0);
            assertThat(result.warnings()).singleElement().asString().contains("17/4506", "6 sub-questions");

            assertThat(store.countries()).containsExactly(JP, KR);
            assertThat(store.departments()).containsExactly(IM, JM, MWIDE);
            assertThat(store.inquiry(INQUIRY.id())).contains(INQUIRY);
            assertThat(store.inquiry(DRAFT.id())).contains(DRAFT);
            assertThat(store.inquiry(new InquiryId(17, 1))).isEmpty();
            assertThat(store.inquiries()).containsExactly(
                    new InquirySummary(DRAFT.id(), DRAFT.title(), true),
                    new InquirySummary(INQUIRY.id(), INQUIRY.title(), false));

            assertThat(store.projects(ReportFilter.all())).containsExactly(
                    new ProjectView(EXCHANGE, IM, List.of(KNPU), MOU),
                    new ProjectView(TOKYO, MWIDE, List.of(TOKYO_UNI), null));
            assertThat(store.agreements(ReportFilter.all())).containsExactly(new AgreementView(MOU, IM, List.of(KNPU)));
            assertThat(store.settlements(ReportFilter.all())).containsExactly(JP_2019, KR_2017_2020);
            assertThat(store.keyFigures(ReportFilter.all())).containsExactly(KR_RESIDENTS, KR_SHARE);
            assertThat(store.funding(ReportFilter.all())).containsExactly(
                    // one row per budget line (Haushaltstitel), never summed into one figure
                    new FundingRow("tokyo-research", TOKYO.title(), "JP", 2018, null, new BigDecimal("2500.00")),
                    new FundingRow("tokyo-research", TOKYO.title(), "JP", 2018, "0602/686 10",
                            new BigDecimal("12500.50")),
                    new FundingRow("tokyo-research", TOKYO.title(), "JP", 2019, null, new BigDecimal("7000.25")));
            assertThat(store.fundingTotal(ReportFilter.all())).isEqualByComparingTo("22000.75")
                    .hasToString("22000.75");

            List<ActivityView> activities = new ArrayList<>();
            store.forEachActivity(ReportFilter.all(), activities::add);
            assertThat(activities).extracting(ActivityView::activity)
                    .containsExactly(VISIT_2017, TOKYO_2018, JUDGES_2019, TRIP_2019);
            ActivityView trip = activities.get(3);
            assertThat(trip.countryName()).isEqualTo("Südkorea");
            assertThat(trip.hostNames()).containsExactly("IM", "JM", "Korean National Police University (경찰대학)");
            // native names as on every report that names partners
            assertThat(trip.partnerNames()).containsExactly("Korean National Police University (경찰대학)",
                    "Oberster Gerichtshof Koreas (대법원)");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void filtersSelectByCountryDepartmentAndPeriod(Backend backend) {
        try (CoopStore store = backend.open()) {
            SampleData.feed().importInto(store);
            ReportFilter korea = ReportFilter.of(List.of("KR"), 2017, 2019);

            assertThat(store.visitsPerYear(korea)).containsExactly(
                    new VisitCount("KR", 2017, Direction.TO_NRW, 1),
                    new VisitCount("KR", 2019, Direction.TO_NRW, 1),
                    new VisitCount("KR", 2019, Direction.FROM_NRW, 1));
            assertThat(store.visitsPerYear(ReportFilter.of(List.of(), 2018, 2018)))
                    .containsExactly(new VisitCount("JP", 2018, Direction.FROM_NRW, 1));
            assertThat(store.visitsPerYear(new ReportFilter(List.of(), List.of("JM"), null, null)))
                    .extracting(VisitCount::count).containsExactly(1, 1);

            assertThat(store.projects(korea)).extracting(v -> v.project().key()).containsExactly("police-exchange");
            assertThat(store.projects(ReportFilter.of(List.of(), 2020, 2021))).extracting(v -> v.project().key())
                    .containsExactly("police-exchange");
            assertThat(store.projects(new ReportFilter(List.of(), List.of("MWIDE-17"), null, null)))
                    .extracting(v -> v.project().key()).containsExactly("tokyo-research");
            assertThat(store.agreements(ReportFilter.of(List.of("KR"), 2010, 2013))).isEmpty();
            assertThat(store.agreements(ReportFilter.of(List.of("KR"), 2010, 2014))).hasSize(1);
            assertThat(store.agreements(ReportFilter.of(List.of("JP"), null, null))).isEmpty();

            assertThat(store.funding(korea)).isEmpty();
            assertThat(store.fundingTotal(korea)).isEqualByComparingTo("0").hasToString("0.00");
            assertThat(store.fundingTotal(ReportFilter.of(List.of("JP"), 2019, 2020))).isEqualByComparingTo("7000.25");

            assertThat(store.settlements(ReportFilter.of(List.of(), 2020, 2025))).containsExactly(KR_2017_2020);
            assertThat(store.settlements(ReportFilter.of(List.of(), 2019, 2019))).containsExactly(JP_2019,
                    KR_2017_2020);
            assertThat(store.keyFigures(ReportFilter.of(List.of("JP"), null, null))).isEmpty();
            // key figures carry no year: a filter with years (and no countries) still gives all of them
            assertThat(store.keyFigures(ReportFilter.of(List.of(), 2019, 2019))).containsExactly(KR_RESIDENTS, KR_SHARE);
            assertThat(store.projects(ReportFilter.of(List.of(), null, 2019))).isNotEmpty();

            List<String> keys = new ArrayList<>();
            store.forEachActivity(korea, v -> keys.add(v.activity().key()));
            assertThat(keys).containsExactly("kr-2017-knpu", "kr-2019-01-richter", "kr-2019-05-15-im");
        }
    }
}
