package de.nrw.coop.storage.testing;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;

/**
 * The databases every store test runs on: {@code @ParameterizedTest @EnumSource(Backend.class)}.
 */
public enum Backend {
    H2,
    POSTGRES;

    /** A fresh, migrated, empty store. */
    public CoopStore open() {
        return CoopStore.open(config());
    }

    /** Where a fresh, empty store lives (not yet created); opening it twice opens the same store. */
    public StoreConfig config() {
        return this == H2 ? TestStores.h2Config() : TestStores.postgresConfig();
    }
}
