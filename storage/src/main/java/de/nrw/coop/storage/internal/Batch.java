package de.nrw.coop.storage.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * A JDBC batch insert with typed setters (so NULLs carry their SQL type on both databases),
 * executed every {@value #SIZE} rows. Plain JDBC here because the import writes up to millions of
 * rows and a statement per row, or a framework's per-argument lookup, would cost most of the time.
 */
final class Batch implements AutoCloseable {
    static final int SIZE = 1000;

    private final PreparedStatement statement;
    private int column;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    Batch text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.VARCHAR);
        } else {
            statement.setString(++column, value);
        }
        return this;
    }

    Batch integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.INTEGER);
        } else {
            statement.setInt(++column, value);
        }
        return this;
    }

    Batch bool(Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.BOOLEAN);
        } else {
            statement.setBoolean(++column, value);
        }
        return this;
    }

    Batch bigint(long value) throws SQLException {
        statement.setLong(++column, value);
        return this;
    }

    Batch date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DATE);
        } else {
            statement.setObject(++column, value);
        }
        return this;
    }

    Batch decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DECIMAL);
        } else {
            statement.setBigDecimal(++column, value);
        }
        return this;
    }

    /** Ends the row; sends the batch when it is full. */
    void add() throws SQLException {
        statement.addBatch();
        column = 0;
        if (++pending >= SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
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
