package de.nrw.coop.model;

import java.util.List;

/** Validation helpers shared by the records' compact constructors. */
final class Check {
    private Check() {}

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new ModelException(field, field + " is required");
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ModelException(field, field + " is required and must not be blank");
        }
        return value.strip();
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new ModelException(field, field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    static <T> List<T> nonEmptyList(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new ModelException(field, field + " needs at least one entry");
        }
        return copy;
    }

    /** Longest natural key the store keeps. */
    static final int MAX_KEY_LENGTH = 100;

    static String key(String value, String field) {
        String key = text(value, field);
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ModelException(field, field + " '" + key.substring(0, 20) + "…' has " + key.length()
                    + " characters; keys have at most " + MAX_KEY_LENGTH);
        }
        if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ModelException(field, field + " '" + key
                    + "' must start with a letter or digit and hold only letters, digits, '.', '_' and '-'");
        }
        return key;
    }

    static int year(int year, String field) {
        if (year < 1900 || year > 2200) {
            throw new ModelException(field, field + " " + year + " is not a plausible year (1900 to 2200)");
        }
        return year;
    }
}
