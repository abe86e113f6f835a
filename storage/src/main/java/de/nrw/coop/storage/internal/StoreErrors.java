package de.nrw.coop.storage.internal;

import de.nrw.coop.storage.StoreBusyException;
import de.nrw.coop.storage.StoreException;
import java.sql.SQLException;

/**
 * Turns what JDBC and JDBI throw into the storage module's exceptions, in one place: a store in
 * use by another process or a lock timeout is {@link StoreBusyException} (the CLI's exit code 75),
 * everything else a {@link StoreException} naming the store's URL, never its password.
 */
public final class StoreErrors {
    /** H2: "Database may be already in use" (file locked by another process). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: lock timeout. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** H2: concurrent update in another transaction. */
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** H2: deadlock. */
    private static final int H2_DEADLOCK = 40001;

    private StoreErrors() {}

    /** The exception to throw for {@code e}, which happened while {@code doing} on the store at {@code url}. */
    public static StoreException translate(RuntimeException e, String doing, String url) {
        if (e instanceof StoreException se) {
            return se;
        }
        SQLException sql = sqlCause(e);
        if (sql != null && isBusy(sql)) {
            return new StoreBusyException("the store " + url + " is busy (" + describe(sql)
                    + "); another coop process may be using it. Try again when it has finished", e);
        }
        String detail = sql != null ? describe(sql) : String.valueOf(e.getMessage());
        return new StoreException("cannot " + doing + " the store " + url + ": " + detail, e);
    }

    /** Whether {@code e} comes from the database or the store (and not from a caller's callback). */
    public static boolean isStoreFailure(RuntimeException e) {
        return e instanceof StoreException || e instanceof org.jdbi.v3.core.JdbiException
                || e instanceof org.flywaydb.core.api.FlywayException || sqlCause(e) != null;
    }

    /** Whether the failure is another process holding the store, not a fault of the store itself. */
    static boolean isBusy(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            int code = s.getErrorCode();
            if (code == H2_DATABASE_ALREADY_OPEN || code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE
                    || code == H2_DEADLOCK) {
                return true;
            }
            // PostgreSQL: lock_not_available, serialization_failure, deadlock_detected
            if ("55P03".equals(state) || "40001".equals(state) || "40P01".equals(state)) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        // H2 appends its own long diagnostics after the first line; the first line says it
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        return message + (e.getSQLState() != null ? " [SQLState " + e.getSQLState() + "]" : "");
    }
}
