package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.PartialDate;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one mapping in a dataset record. Every getter reports what is
 * wrong to the record's {@link Scope} and returns null (or an empty list), so one pass finds
 * all problems of a record. Unknown fields are reported on construction.
 */
final class Fields {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Scope scope;
    final Node.MapNode map;
    final String path;

    Fields(Scope scope, Node.MapNode map, String path, List<String> allowed) {
        this.scope = scope;
        this.map = map;
        this.path = path;
        for (Node.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                scope.problem(e.line(), e.column(), YamlEvents.join(path, e.key()), "unknown field '" + e.key()
                        + "'" + Texts.didYouMean(e.key(), allowed) + " (allowed here: " + Texts.list(allowed) + ")");
            }
        }
    }

    String pathOf(String key) {
        return YamlEvents.join(path, key);
    }

    boolean has(String key) {
        Node n = map.get(key);
        return n != null && !(n instanceof Node.Scalar s && s.isNull());
    }

    /** The value node of a present field, or null; a missing required field is a problem. */
    Node node(String key, boolean required) {
        Node n = map.get(key);
        if (n == null || n instanceof Node.Scalar s && s.isNull()) {
            if (required) {
                scope.problem(map, path, "required field '" + key + "' is missing");
            }
            return null;
        }
        return n;
    }

    /** The scalar of a field, or null if absent (problem if required) or not a single value (problem). */
    Node.Scalar scalar(String key, boolean required, String expected) {
        Node n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s) {
            return s;
        }
        scope.problem(n, pathOf(key), "expected " + expected + ", found " + n.describe());
        return null;
    }

    String text(String key) {
        return text(key, true);
    }

    String optionalText(String key) {
        return text(key, false);
    }

    private String text(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "a text");
        if (s == null) {
            return null;
        }
        String text = text(scope, s, pathOf(key), Limits.text(key));
        if (required && text.isEmpty()) {
            scope.problem(s, pathOf(key), "required field '" + key + "' is empty");
        }
        return text;
    }

    /**
     * The one place a text value is read: folded ({@link Texts#fold}), its characters checked
     * ({@link TextCheck}: no control characters, noncharacters or lone surrogates; {@link PrintableText}:
     * every character printable by the font set) and its length held to its {@link Limits limit}; a
     * problem goes to the scope (the text is still returned, so the record's other problems are found in
     * the same pass).
     */
    static String text(Scope scope, Node.Scalar s, String atPath, Limits.TextLimit limit) {
        String text = Texts.fold(s.value());
        String bad = TextCheck.problem(text);
        if (bad != null) {
            scope.problem(s, atPath, bad);
        } else {
            PrintableText.check(scope, s, atPath, text);
            if (text.length() > limit.maxChars()) {
                scope.problem(s, atPath, "the text has " + text.length() + " characters; a " + limit.name()
                        + " holds at most " + limit.maxChars() + " (docs/dataset-format.md, 'Limits')");
            }
        }
        return text;
    }

    /** A key naming another record, noted as a {@link Reference}. */
    String reference(String key, boolean required, Reference.Kind kind) {
        Node.Scalar s = scalar(key, required, "the key of a " + kind.word());
        if (s == null) {
            return null;
        }
        String text = text(scope, s, pathOf(key), Limits.NAME);
        if (TextCheck.problem(text) == null) {
            // a key with a control character names nothing; quoting it in "unknown key" would print it
            scope.reference(s, pathOf(key), kind);
        }
        return text;
    }

    /** A list of keys naming other records; absent means empty. */
    List<String> references(String key, Reference.Kind kind) {
        return references(key, kind, false);
    }

    /** A list of keys naming other records; if {@code required}, with at least one. */
    List<String> references(String key, Reference.Kind kind, boolean required) {
        List<String> keys = new ArrayList<>();
        List<Node> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (item instanceof Node.Scalar s && !s.isNull()) {
                String text = text(scope, s, itemPath, Limits.NAME);
                if (TextCheck.problem(text) == null) {
                    scope.reference(s, itemPath, kind);
                }
                keys.add(text);
            } else {
                scope.problem(item, itemPath, "expected the key of a " + kind.word() + ", found " + item.describe());
            }
        }
        return keys;
    }

    /** A list of texts (paragraphs, subjects, units); absent means empty. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof Node.Scalar s && !s.isNull()) {
                texts.add(text(scope, s, pathOf(key) + "[" + i + "]", Limits.text(key)));
            } else {
                scope.problem(item, pathOf(key) + "[" + i + "]", "expected a text, found " + item.describe());
            }
        }
        return texts;
    }

    /** The items of a list field; absent means empty; anything but a list is a problem. */
    List<Node> list(String key) {
        return list(key, false);
    }

    /** The items of a list field; if {@code required}, it must be present and hold at least one item. */
    List<Node> list(String key, boolean required) {
        Node n = node(key, required);
        if (n == null) {
            return List.of();
        }
        if (n instanceof Node.Seq seq) {
            if (required && seq.items().isEmpty()) {
                scope.problem(n, pathOf(key), "'" + key + "' needs at least one entry");
            }
            return seq.items();
        }
        scope.problem(n, pathOf(key), "expected a list (items on lines starting with '- ', or [a, b]), found "
                + n.describe());
        return List.of();
    }

    /** A nested mapping, or null. */
    Fields nested(String key, boolean required, String what, List<String> allowed) {
        Node n = node(key, required);
        return n == null ? null : scope.fields(n, pathOf(key), what, allowed);
    }

    /** A day: {@code 2019-01-15}, checked strictly (no 2019-13-01, no 2019-02-30). */
    LocalDate date(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "a date (YYYY-MM-DD)");
        return s == null ? null : day(s, pathOf(key));
    }

    LocalDate day(Node.Scalar s, String atPath) {
        String v = s.value().strip();
        if (DAY.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        scope.problem(s, atPath, "'" + Texts.abbreviate(v) + "' is not a valid date (expected YYYY-MM-DD, e.g. 2019-01-15)");
        return null;
    }

    /** A dates list ({@code renewals}); absent means empty. */
    List<LocalDate> dates(String key) {
        List<LocalDate> dates = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (item instanceof Node.Scalar s && !s.isNull()) {
                dates.add(day(s, itemPath));
            } else {
                scope.problem(item, itemPath, "expected a date (YYYY-MM-DD), found " + item.describe());
            }
        }
        return dates;
    }

    /** A date known to the year, month or day: {@code 2017}, {@code 2019-01}, {@code 2019-01-15}. */
    PartialDate partialDate(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        if (s == null) {
            return null;
        }
        String v = s.value().strip();
        try {
            if (YEAR.matcher(v).matches()) {
                return PartialDate.ofYear(Integer.parseInt(v));
            }
            if (MONTH.matcher(v).matches()) {
                YearMonth ym = YearMonth.parse(v);
                return PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
            }
            if (DAY.matcher(v).matches()) {
                return PartialDate.of(LocalDate.parse(v));
            }
        } catch (DateTimeException e) {
            // reported below
        } catch (ModelException e) {
            scope.problem(s, pathOf(key), e.getMessage());
            return null;
        }
        scope.problem(s, pathOf(key), "'" + Texts.abbreviate(v)
                + "' is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019, 2019-01 or 2019-01-15)");
        return null;
    }

    /** A whole number. */
    Integer integer(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "a whole number");
        if (s == null) {
            return null;
        }
        String v = s.value().strip();
        if (INTEGER.matcher(v).matches()) {
            return Integer.parseInt(v);
        }
        scope.problem(s, pathOf(key), "expected a whole number, found '" + Texts.abbreviate(v) + "'");
        return null;
    }

    /** A decimal read from its text (never through double): {@code 12500.00}. */
    BigDecimal decimal(String key, boolean required) {
        Node.Scalar s = scalar(key, required, "a number");
        if (s == null) {
            return null;
        }
        String v = s.value().strip();
        Limits.DecimalLimit limit = Limits.decimal(key);
        boolean severalPoints = v.indexOf('.') != v.lastIndexOf('.');
        if (GERMAN_THOUSANDS.matcher(v).matches() && (severalPoints || limit.scale() < 3)) {
            // "7.500" is 7.5 to a machine but 7500 to a German reader: refuse to guess. Only several
            // points are surely separators; one point may as well be a mistyped fraction (12.505 for
            // 12.50), so no number is suggested then. Where three decimals are allowed (key figures),
            // one point is the decimal point the format documents
            scope.problem(s, pathOf(key), severalPoints
                    ? "'" + v + "' has German thousands separators; write " + v.replace(".", "")
                            + " (no separators; a decimal point only for fractions, e.g. 12500.50)"
                    : "'" + v + "' is ambiguous: German thousands separators, or a fraction with " + (v.length()
                            - v.indexOf('.') - 1) + " decimal places where " + limit.name() + " have at most "
                            + limit.scale() + "; write whole numbers without separators and a decimal point only"
                            + " for fractions (e.g. 12500 or 12500.50)");
            return null;
        }
        if (DECIMAL.matcher(v).matches()) {
            BigDecimal value = new BigDecimal(v);
            String bad = limit.problem(value);
            if (bad != null) {
                scope.problem(s, pathOf(key), bad);
                return null;
            }
            return value;
        }
        scope.problem(s, pathOf(key), "expected a number such as 7500 or 12500.50 (decimal point, no thousands"
                + " separators), found '" + Texts.abbreviate(v) + "'");
        return null;
    }

    /** One of the dataset words of an enum ({@link Words}). */
    <E extends Enum<E>> E word(String key, boolean required, Words<E> words) {
        Node.Scalar s = scalar(key, required, "one of " + words.choices());
        return s == null ? null : words.read(s, pathOf(key), scope);
    }

    /** A list of dataset words of an enum; absent means empty. */
    <E extends Enum<E>> List<E> wordList(String key, Words<E> words) {
        List<E> values = new ArrayList<>();
        List<Node> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (item instanceof Node.Scalar s && !s.isNull()) {
                values.add(words.read(s, itemPath, scope));
            } else {
                scope.problem(item, itemPath, "expected one of " + words.choices() + ", found " + item.describe());
            }
        }
        return values;
    }

    /** The dataset words of an enum: lower case, '-' for '_' ({@code to-nrw}, {@code finanzielle-foerderung}). */
    static final class Words<E extends Enum<E>> {
        private final String what;
        private final Map<String, E> byWord = new LinkedHashMap<>();

        Words(Class<E> type, String what) {
            this.what = what;
            for (E e : type.getEnumConstants()) {
                byWord.put(word(e), e);
            }
        }

        static String word(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String choices() {
            return Texts.list(byWord.keySet());
        }

        E read(Node.Scalar s, String atPath, Scope scope) {
            String v = s.value().strip();
            E e = byWord.get(v);
            if (e == null) {
                scope.problem(s, atPath, "'" + Texts.abbreviate(v) + "' is not a valid " + what
                        + Texts.didYouMean(v, byWord.keySet()) + " (expected one of " + choices() + ")");
            }
            return e;
        }
    }
}
