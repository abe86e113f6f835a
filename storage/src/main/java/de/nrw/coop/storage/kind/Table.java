package de.nrw.coop.storage.kind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * How a record type is stored: its main table and key columns, and how its records are loaded,
 * inserted (main row and child rows) and deleted (with their child rows: the schema cascades).
 *
 * @param name       the main table
 * @param keyColumns the columns of the natural key, in the order of the record type's key fields
 * @param loader     loads the records whose first key field is one of the given values ({@code null}: all)
 * @param inserter   inserts records
 * @param deleter    deletes records by natural key; null: by the key columns
 * @param normalize  makes a loaded and a read record comparable (the store keeps six decimals)
 * @param <T>        the record
 */
public record Table<T>(String name, List<String> keyColumns, Loader<T> loader, Writer<T> inserter, Writer<T> deleter,
                       UnaryOperator<T> normalize) {

    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(Handle h, Collection<String> firstKeys);
    }

    @FunctionalInterface
    public interface Writer<T> {
        void write(Connection c, List<T> rows) throws SQLException;
    }

    public Table {
        Objects.requireNonNull(name, "null table name");
        keyColumns = List.copyOf(keyColumns);
        Objects.requireNonNull(loader, "null loader of " + name);
        Objects.requireNonNull(inserter, "null inserter of " + name);
        normalize = normalize == null ? UnaryOperator.identity() : normalize;
    }

    /** A table whose records are deleted by their key columns and compared as loaded. */
    public static <T> Table<T> of(String name, List<String> keyColumns, Loader<T> loader, Writer<T> inserter) {
        return new Table<>(name, keyColumns, loader, inserter, null, null);
    }

    public Table<T> normalizedBy(UnaryOperator<T> normalize) {
        return new Table<>(name, keyColumns, loader, inserter, deleter, normalize);
    }

    public Table<T> deletedBy(Writer<T> deleter) {
        return new Table<>(name, keyColumns, loader, inserter, deleter, normalize);
    }

    /** Every record of the table. */
    public List<T> all(Handle h) {
        return loader.load(h, null);
    }
}
