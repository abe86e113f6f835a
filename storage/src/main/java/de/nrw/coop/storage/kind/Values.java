package de.nrw.coop.storage.kind;

import java.util.HashMap;
import java.util.Map;

/**
 * The parsed values of one record's fields, by field path ({@code code}, {@code hosts.partners}),
 * as a {@link RecordType}'s builder receives them: texts as String, dates as LocalDate or
 * PartialDate, numbers as Integer or BigDecimal, words as their enum constant, lists as List. A
 * field left empty has no value (null), a list field left empty an empty list.
 */
public final class Values {
    private final Map<String, Object> values = new HashMap<>();

    public void put(String path, Object value) {
        values.put(path, value);
    }

    /** The value of a field, typed by where it is used: {@code new Country(v.get("code"), ...)}. */
    @SuppressWarnings("unchecked")
    public <V> V get(String path) {
        return (V) values.get(path);
    }

    /** The value as text, for keys made of several fields ({@code 2019} for a year). */
    public String text(String path) {
        Object v = values.get(path);
        return v == null ? null : v.toString();
    }
}
