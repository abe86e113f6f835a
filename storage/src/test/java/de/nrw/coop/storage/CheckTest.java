package de.nrw.coop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCheckReportsWhatTheImportWouldDoAndLeavesTheStoreUnchanged(Backend backend) {
        try (CoopStore store = backend.open()) {
            Snapshot before = Snapshot.of(store);

            ImportResult checked = store.check(DemoData.sources());

            assertThat(checked.added()).containsEntry("inquiries", 1);
            assertThat(checked.added().get("activities")).isPositive();
            assertThat(Snapshot.of(store)).isEqualTo(before);
            assertThat(store.imports()).isEmpty();
            // the import then does exactly what the check said
            ImportResult imported = store.importFiles(DemoData.sources(), "mmuster");
            assertThat(imported.added()).isEqualTo(checked.added());
            assertThat(store.imports()).singleElement().satisfies(r -> assertThat(r.user()).isEqualTo("mmuster"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void checksTakeNoImportNumberSoTheRecordedImportsCountOnWithoutGaps(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(DemoData.sources(), "mmuster");
            long first = store.imports().get(0).id();

            assertThat(store.check(DemoData.sources()).importId()).isZero();
            assertThat(store.check(DemoData.sources()).importId()).isZero();
            ImportResult second = store.importFiles(DemoData.sources(), "mmuster");

            // sequences ignore rollbacks: a check that took a number would leave a gap here
            assertThat(second.importId()).isEqualTo(first + 1);
            assertThat(store.imports()).extracting(r -> r.id()).containsExactly(first, first + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCheckOfABadFileThrowsTheImportsProblems(Backend backend) {
        try (CoopStore store = backend.open()) {
            List<DatasetSource> bad = List.of(DatasetSource.resource(CheckTest.class, "/invalid/unknown-partner.yaml"));

            DatasetException e = catchThrowableOfType(DatasetException.class, () -> store.check(bad));

            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
            assertThat(store.imports()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anImportWithoutAUserRecordsNone(Backend backend) {
        try (CoopStore store = backend.open()) {
            store.importFiles(DemoData.sources());
            assertThat(store.imports()).singleElement().satisfies(r -> assertThat(r.user()).isNull());
        }
    }
}
