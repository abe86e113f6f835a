package de.nrw.coop.storage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a store's schema is already at the version of the migrations this build carries, so
 * that opening it can skip Flyway (loading Flyway, scanning and checksumming every migration
 * costs a good part of a cold command).
 *
 * <p>The migrations are listed at build time in {@value #INDEX} (written by the storage module's
 * pom from the SQL migrations in {@code src/main/resources/db/migration} and the Java ones in
 * {@code src/main/java/db/migration}), so the newest version is derived from the
 * files themselves and never kept by hand.
 */
public final class SchemaVersion {
    static final String INDEX = "db/migrations.list";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.(?:sql|java)");
    private static volatile List<Integer> latest;

    private SchemaVersion() {}

    /**
     * True when the store's Flyway history holds only successful migrations and its newest
     * version is the newest of this build; false when it is older, newer, failed or missing
     * (then Flyway migrates, or refuses with its own message).
     */
    public static boolean isCurrent(Connection connection) {
        List<Integer> newest = null;
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    String version = rs.getString(1);
                    if (version != null) {
                        List<Integer> v = parse(version);
                        if (newest == null || compare(v, newest) > 0) {
                            newest = v;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            // no history table yet (a new store): Flyway creates it. PostgreSQL aborts the
            // transaction on an error; roll back so the connection stays usable.
            rollbackQuietly(connection, autoCommit);
            return false;
        }
        return newest != null && compare(newest, latest()) == 0;
    }

    /** The newest migration version this build carries. */
    static List<Integer> latest() {
        List<Integer> known = latest;
        if (known == null) {
            known = readIndex();
            latest = known;
        }
        return known;
    }

    private static List<Integer> readIndex() {
        InputStream in = SchemaVersion.class.getClassLoader().getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException("the migration index " + INDEX + " is missing from the class path;"
                    + " the storage module was not built by its pom");
        }
        List<Integer> newest = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                Matcher m = MIGRATION.matcher(line.strip());
                if (m.matches()) {
                    List<Integer> v = parse(m.group(1));
                    if (newest == null || compare(v, newest) > 0) {
                        newest = v;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration index " + INDEX, e);
        }
        if (newest == null) {
            throw new IllegalStateException("the migration index " + INDEX + " names no migration");
        }
        return newest;
    }

    /** "5.1" or "5_1" as [5, 1]; Flyway writes V5_1 as version 5.1. */
    static List<Integer> parse(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String part : version.split("[._]")) {
            try {
                parts.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                return List.of(-1);
            }
        }
        return parts;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static void rollbackQuietly(Connection connection, boolean autoCommit) {
        try {
            if (!autoCommit) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the caller goes on to Flyway, which reports any real connection problem
        }
    }
}
