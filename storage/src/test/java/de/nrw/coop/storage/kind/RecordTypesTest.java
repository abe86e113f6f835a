package de.nrw.coop.storage.kind;

import static de.nrw.coop.storage.testing.SampleData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The descriptors agree with the model: what a field reads out of a record, the builder puts back. */
class RecordTypesTest {
    private static final List<Object> SAMPLES = List.of(KR, JP, IM, MWIDE, KNPU, TOKYO_UNI, MOU, EXCHANGE, TOKYO,
            VISIT_2017, JUDGES_2019, TOKYO_2018, TOKYO_2018_A, TOKYO_2018_B, KR_2017_2020, JP_2019, KR_RESIDENTS);

    @Test
    void everyFlatRecordIsRebuiltFromItsFieldsValues() {
        List<RecordType<?>> covered = new ArrayList<>();
        for (Object sample : SAMPLES) {
            RecordType<?> type = typeOf(sample);
            assertThat(rebuilt(type, sample)).as("%s %s", type, sample).isEqualTo(sample);
            if (!covered.contains(type)) {
                covered.add(type);
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RecordTypes.ALL.stream().filter(RecordType::isFlat)
                .toList());
    }

    @Test
    void keysReadAsTheImportQuotesThem() {
        assertThat(RecordTypes.SETTLEMENTS.key(KR_2017_2020)).isEqualTo("KR 2017–2020");
        assertThat(RecordTypes.SETTLEMENTS.key(JP_2019)).isEqualTo("JP 2019");
        assertThat(RecordTypes.FUNDING.key(TOKYO_2018_B)).isEqualTo("tokyo-research 2018");
        assertThat(RecordTypes.FUNDING.lookupKey(TOKYO_2018_B)).isEqualTo("tokyo-research");
        assertThat(RecordTypes.INQUIRIES.key(INQUIRY)).isEqualTo("17/4514");
    }

    @Test
    void referencesPointOnlyToTypesDeclaredBefore() {
        for (int i = 0; i < RecordTypes.ALL.size(); i++) {
            RecordType<?> type = RecordTypes.ALL.get(i);
            for (Field<?> f : type.references()) {
                assertThat(RecordTypes.ALL.indexOf(f.target())).as("%s.%s", type, f).isBetween(0, i - 1);
            }
        }
        assertThat(RecordTypes.referred()).containsExactly(RecordTypes.COUNTRIES, RecordTypes.DEPARTMENTS,
                RecordTypes.PARTNERS, RecordTypes.AGREEMENTS, RecordTypes.PROJECTS);
    }

    private static RecordType<?> typeOf(Object record) {
        return RecordTypes.ALL.stream().filter(t -> t.type().isInstance(record)).findFirst().orElseThrow();
    }

    private static <T> T rebuilt(RecordType<T> type, Object sample) {
        T record = type.type().cast(sample);
        Values values = new Values();
        for (Map.Entry<String, Field<T>> e : type.leaves().entrySet()) {
            values.put(e.getKey(), e.getValue().valueOf(record));
        }
        return type.build(values);
    }
}
