package de.nrw.coop.storage;

import static de.nrw.coop.storage.testing.SampleData.KR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opening a store runs Flyway (validation and migration) only when the schema's version differs
 * from this build's newest migration. A checksum edited in the history is the witness: Flyway's
 * validation refuses it, so an open that succeeds with it has skipped Flyway.
 */
class SchemaCheckTest {

    static Stream<Arguments> backends() {
        return Stream.of(Arguments.of("H2", (Supplier<StoreConfig>) TestStores::h2Config),
                Arguments.of("PostgreSQL", (Supplier<StoreConfig>) TestStores::postgresConfig));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aStoreAtTheCurrentVersionOpensWithoutFlyway(String name, Supplier<StoreConfig> configs) throws SQLException {
        StoreConfig config = configs.get();
        try (CoopStore store = CoopStore.open(config)) {
            new Feed().file("k.yaml").add(KR).importInto(store);
        }
        sql(config, "update \"flyway_schema_history\" set \"checksum\" = 4711 where \"version\" = '1'");

        try (CoopStore store = CoopStore.open(config)) {
            assertThat(store.countries()).containsExactly(KR);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aStoreAtAnotherVersionIsValidatedByFlyway(String name, Supplier<StoreConfig> configs) throws SQLException {
        StoreConfig config = configs.get();
        CoopStore.open(config).close();
        sql(config, "update \"flyway_schema_history\" set \"checksum\" = 4711 where \"version\" = '1'");
        // the history now ends one migration early: the version differs, so Flyway runs and validates
        sql(config, "delete from \"flyway_schema_history\" where \"installed_rank\" ="
                + " (select max(\"installed_rank\") from \"flyway_schema_history\")");

        StoreException e = catchThrowableOfType(StoreException.class, () -> CoopStore.open(config));

        assertThat(e).hasMessageContaining("checksum");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void aStoreWithAFailedMigrationGoesToFlyway(String name, Supplier<StoreConfig> configs) throws SQLException {
        StoreConfig config = configs.get();
        CoopStore.open(config).close();
        sql(config, "update \"flyway_schema_history\" set \"success\" = false where \"installed_rank\" ="
                + " (select max(\"installed_rank\") from \"flyway_schema_history\")");

        StoreException e = catchThrowableOfType(StoreException.class, () -> CoopStore.open(config));

        assertThat(e).hasMessageContaining("failed");
    }

    private static void sql(StoreConfig config, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.url(), config.user() == null ? "" : config.user(),
                config.password() == null ? "" : config.password()); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }
}
