package de.nrw.coop.reports.excel.internal;

import java.util.Objects;

/**
 * A column of a data table: its header text (also the Excel table's column name, so unique within
 * the table) and the type of its cells.
 */
public record Column(String header, Type type) {
    public Column {
        Objects.requireNonNull(header, "null header");
        Objects.requireNonNull(type, "null type");
    }

    /** What a column holds; decides the cell type and number format. */
    public enum Type {
        /** Text; always a string cell, never a formula. */
        TEXT,
        /** A whole number (count, size). */
        INTEGER,
        /** A year: a number shown without grouping. */
        YEAR,
        /** A day: a real date shown DD.MM.YYYY; empty where unknown. */
        DATE,
        /** EUR amount. */
        MONEY,
        /** Any other number. */
        DECIMAL,
        /** A web address: the text with a hyperlink on it. */
        URL
    }

    public static Column text(String header) {
        return new Column(header, Type.TEXT);
    }

    public static Column integer(String header) {
        return new Column(header, Type.INTEGER);
    }

    public static Column year(String header) {
        return new Column(header, Type.YEAR);
    }

    public static Column date(String header) {
        return new Column(header, Type.DATE);
    }

    public static Column money(String header) {
        return new Column(header, Type.MONEY);
    }

    public static Column decimal(String header) {
        return new Column(header, Type.DECIMAL);
    }

    public static Column url(String header) {
        return new Column(header, Type.URL);
    }
}
