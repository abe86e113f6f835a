package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Imports one at a time: the import id comes from a sequence (it was {@code MAX() + 1}, which two
 * concurrent imports could both take), and the one-row table {@code store_lock} is what an H2 import
 * locks for its transaction (PostgreSQL imports take an advisory lock). A Java migration because
 * the sequence must start after the ids already taken, which H2 and PostgreSQL write differently.
 */
public final class V3__import_serialisation extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement()) {
            long next;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(import_id), 0) + 1 FROM import_run")) {
                rs.next();
                next = rs.getLong(1);
            }
            s.execute("CREATE SEQUENCE import_id_seq START WITH " + next + (postgres ? "" : " NO CACHE"));
            s.execute("CREATE TABLE store_lock (lock_name VARCHAR(20) NOT NULL PRIMARY KEY)");
            s.execute("INSERT INTO store_lock (lock_name) VALUES ('import')");
        }
    }
}
