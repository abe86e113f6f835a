package de.nrw.coop.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void remembersWhereEachKeyWasFirstGivenAcrossGrowth() {
        KeyIndex index = new KeyIndex();
        for (int i = 0; i < 200_000; i++) {
            assertThat(index.add("activities", "act-" + i, i % 3, i + 1, 5)).isNull();
        }
        assertThat(index.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(index.add("activities", "act-" + i, 7, 1, 1)).isEqualTo(new KeyIndex.Place(i % 3, i + 1, 5));
        }
        assertThat(index.size()).isEqualTo(200_000);
    }

    @Test
    void theSameKeyOfAnotherKindIsAnotherKey() {
        KeyIndex index = new KeyIndex();
        assertThat(index.add("partners", "knpu", 0, 1, 1)).isNull();
        assertThat(index.add("projects", "knpu", 0, 2, 1)).isNull();
        assertThat(index.add("partners", "knpu", 1, 3, 1)).isEqualTo(new KeyIndex.Place(0, 1, 1));
    }
}
