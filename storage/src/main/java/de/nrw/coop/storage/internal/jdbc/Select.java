package de.nrw.coop.storage.internal.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Loading records by natural key: the one query shape every record type's loader uses, with JDBI
 * doing the mapping. {@code keys == null} loads every row; an empty collection loads none.
 */
public final class Select {
    private Select() {}

    /** The rows of {@code select} whose {@code keyColumn} is one of {@code keys}, in {@code orderBy}. */
    public static <T> List<T> rows(Handle h, String select, String keyColumn, Collection<String> keys, String orderBy,
                                   RowMapper<T> mapper) {
        if (keys != null && keys.isEmpty()) {
            return List.of();
        }
        return query(h, select, keyColumn, keys, orderBy).map(mapper).list();
    }

    /** Child rows grouped by the first column (the owner's key), each group in {@code orderBy}. */
    public static <T> Map<String, List<T>> children(Handle h, String select, String keyColumn, Collection<String> keys,
                                                    String orderBy, RowMapper<T> mapper) {
        if (keys != null && keys.isEmpty()) {
            return Map.of();
        }
        return query(h, select, keyColumn, keys, orderBy)
                .map((rs, ctx) -> Map.entry(rs.getString(1), mapper.map(rs, ctx)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Query query(Handle h, String select, String keyColumn, Collection<String> keys, String orderBy) {
        Query q = h.createQuery(select + (keys == null ? "" : " WHERE " + keyColumn + " IN (<keys>)") + " " + orderBy);
        return keys == null ? q : q.bindList("keys", new ArrayList<>(keys));
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A list of keys from an SQL array column; NULL is the empty list. */
    public static List<String> keys(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            List<String> keys = new ArrayList<>(values.length);
            for (Object v : values) {
                keys.add((String) v);
            }
            return keys;
        } finally {
            array.free();
        }
    }

    public static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** The store keeps an absent text that is part of a key as '' (keys cannot hold NULL). */
    public static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A decimal without trailing zeros and never in exponent form: 12000.000000 → 12000, 1.50 → 1.5. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
