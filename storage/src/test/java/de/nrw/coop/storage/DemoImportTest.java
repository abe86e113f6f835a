package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoImportTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDemoImportedTwiceLeavesNoDuplicates(Backend backend) {
        try (CoopStore store = backend.open()) {
            ImportResult first = store.importFiles(DemoData.sources());
            Snapshot once = Snapshot.of(store);

            ImportResult second = store.importFiles(DemoData.sources());
            Snapshot twice = Snapshot.of(store);

            assertThat(first.added().values().stream().mapToInt(Integer::intValue).sum()).isPositive();
            assertThat(second.added().values()).allMatch(n -> n == 0);
            assertThat(second.changed().values()).allMatch(n -> n == 0);
            assertThat(twice.data()).isEqualTo(once.data());
            assertThat(twice.activities()).doesNotHaveDuplicates().hasSize(first.added().get("activities"));
            assertThat(new HashSet<>(twice.activities().stream().map(a -> a.key()).toList()))
                    .hasSize(twice.activities().size());
            assertThat(store.inquiries()).containsExactly(new InquirySummary(new InquiryId(17, 4514),
                    "Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea", false));
            Inquiry inquiry = store.inquiry(new InquiryId(17, 4514)).orElseThrow();
            assertThat(inquiry.questions()).hasSize(5);
            List<ImportRecord> imports = store.imports();
            assertThat(imports).hasSize(2);
            assertThat(imports.get(0).files()).singleElement()
                    .satisfies(f -> assertThat(f.sha256()).matches("[0-9a-f]{64}"));
            assertThat(imports.get(1).files()).isEqualTo(imports.get(0).files());
        }
    }
}
