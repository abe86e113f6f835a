package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.SampleData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void activitiesStreamInDateOrderAcrossChunks(Backend backend) {
        Random random = new Random(4514);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            int year = 2015 + random.nextInt(5);
            int precision = random.nextInt(3);
            PartialDate date = precision == 0 ? PartialDate.ofYear(year)
                    : precision == 1 ? PartialDate.ofMonth(year, 1 + random.nextInt(2))
                    : new PartialDate(year, 1 + random.nextInt(2), 1 + random.nextInt(2));
            List<String> partners = i % 3 == 0 ? List.of("knpu", "kr-supreme-court") : List.of("kr-supreme-court");
            activities.add(new Activity("act-" + i, ActivityKind.VISIT, date, "KR",
                    i % 2 == 0 ? Direction.TO_NRW : Direction.FROM_NRW, i % 5 == 0 ? List.of("IM", "JM") : List.of("IM"),
                    List.of(), partners, null, null, null, null, null, null));
        }
        try (CoopStore store = backend.open()) {
            new Feed().file("base.yaml").add(SampleData.KR, SampleData.IM, SampleData.JM, SampleData.KNPU,
                    SampleData.SUPREME_COURT).file("activities.yaml").add(activities.toArray()).importInto(store);

            List<ActivityView> streamed = new ArrayList<>();
            store.forEachActivity(ReportFilter.all(), streamed::add);

            List<Activity> expected = new ArrayList<>(activities);
            expected.sort(Comparator.comparing(Activity::date).thenComparing(Activity::key));
            assertThat(streamed).extracting(ActivityView::activity).containsExactlyElementsOf(expected);
            assertThat(streamed).allSatisfy(v -> {
                assertThat(v.countryName()).isEqualTo("Südkorea");
                assertThat(v.hostNames()).startsWith("IM").hasSize(v.activity().hostDepartmentKeys().size());
                assertThat(v.partnerNames()).endsWith("Oberster Gerichtshof Koreas (대법원)");
            });

            List<String> from2017 = new ArrayList<>();
            store.forEachActivity(new ReportFilter(List.of("KR"), List.of("JM"), 2017, 2017),
                    v -> from2017.add(v.activity().key()));
            assertThat(from2017).containsExactlyElementsOf(expected.stream()
                    .filter(a -> a.date().year() == 2017 && a.hostDepartmentKeys().contains("JM"))
                    .map(Activity::key).toList());
        }
    }
}
