package de.nrw.coop.storage.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * A JDBC batch insert with typed setters (so NULLs carry their SQL type on both databases),
 * executed every {@value #SIZE} rows. Plain JDBC here because the import writes up to millions of
 * rows and a statement per row, or a framework's per-argument lookup, would cost most of the time.
 */
public final class Batch implements AutoCloseable {
    public static final int SIZE = 1000;

    private final PreparedStatement statement;
    private int column;
    private int pending;

    public Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    public Batch text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.VARCHAR);
        } else {
            statement.setString(++column, value);
        }
        return this;
    }

    public Batch integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.INTEGER);
        } else {
            statement.setInt(++column, value);
        }
        return this;
    }

    /** A list of keys as an SQL array; an empty list as NULL (what the schema stores for none). */
    public Batch keys(List<String> values) throws SQLException {
        if (values.isEmpty()) {
            statement.setNull(++column, Types.ARRAY);
        } else {
            statement.setArray(++column, statement.getConnection().createArrayOf("VARCHAR", values.toArray()));
        }
        return this;
    }

    public Batch bool(Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.BOOLEAN);
        } else {
            statement.setBoolean(++column, value);
        }
        return this;
    }

    public Batch bigint(long value) throws SQLException {
        statement.setLong(++column, value);
        return this;
    }

    public Batch date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DATE);
        } else {
            statement.setObject(++column, value);
        }
        return this;
    }

    public Batch decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DECIMAL);
        } else {
            statement.setBigDecimal(++column, value);
        }
        return this;
    }

    /** Ends the row; sends the batch when it is full. */
    public void add() throws SQLException {
        statement.addBatch();
        column = 0;
        if (++pending >= SIZE) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
