package de.nrw.coop.storage.dataset;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The largest values a dataset may hold, described once: every output must hold them whole
 * (Excel keeps at most 32,767 characters in a cell and 15 significant digits in a number), the
 * store must keep them exactly ({@code DECIMAL(18, 2)} for amounts, {@code DECIMAL(24, 6)} for key
 * figures), and the yearly report must fill in reasonable time with every field at its maximum
 * (bench: {@code MaxFieldsBenchmark}). A value beyond its limit is refused at import with
 * {@code file:line:column: field:}, never cut and never rounded. docs/dataset-format.md lists them.
 */
public final class Limits {
    private Limits() {}

    /** At most {@code maxChars} UTF-16 characters (Java's and Excel's count). */
    public record TextLimit(String name, int maxChars) {
        public TextLimit {
            if (maxChars < 1 || maxChars > EXCEL_CELL_CHARS) {
                throw new IllegalArgumentException("text limit " + name + ": " + maxChars
                        + " characters; an Excel cell holds at most " + EXCEL_CELL_CHARS);
            }
        }
    }

    /**
     * A decimal with at most {@code integerDigits} digits before the point, {@code scale} after it and
     * {@link #EXCEL_DIGITS} significant digits in all, so that the store and Excel's double keep it exactly.
     */
    public record DecimalLimit(String name, int integerDigits, int scale) {
        public DecimalLimit {
            if (integerDigits > EXCEL_DIGITS || scale > EXCEL_DIGITS) {
                throw new IllegalArgumentException("decimal limit " + name + ": more digits than Excel keeps ("
                        + EXCEL_DIGITS + ")");
            }
        }

        /** The largest value within the limit, e.g. 9999999999999.99. */
        public BigDecimal max() {
            int decimals = Math.min(scale, EXCEL_DIGITS - integerDigits);
            return BigDecimal.TEN.pow(integerDigits).subtract(BigDecimal.ONE.movePointLeft(decimals));
        }

        /** What is wrong with {@code value}, or null if it fits. */
        public String problem(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            int decimals = Math.max(0, stripped.scale());
            if (decimals > scale) {
                return "'" + value.toPlainString() + "' has " + decimals + " decimal places; " + name
                        + " are kept with at most " + scale + " (write it with " + scale
                        + " or fewer; coop never rounds)";
            }
            int digits = stripped.precision() - stripped.scale();
            if (digits > integerDigits) {
                return "'" + value.toPlainString() + "' has " + digits + " digits before the decimal point; " + name
                        + " have at most " + integerDigits + " (the largest is " + max().toPlainString() + ")";
            }
            if (stripped.precision() > EXCEL_DIGITS) {
                return "'" + value.toPlainString() + "' has " + stripped.precision() + " significant digits; " + name
                        + " have at most " + EXCEL_DIGITS + " (what Excel keeps exactly; coop never rounds)";
            }
            return null;
        }
    }

    /** Excel's limit for the text of one cell. */
    public static final int EXCEL_CELL_CHARS = 32_767;
    /** Significant decimal digits an IEEE double (Excel's number) keeps exactly. */
    public static final int EXCEL_DIGITS = 15;
    /** Deepest nesting of lists and mappings in a dataset file (the deepest record needs 7). */
    public static final int NESTING_DEPTH = 32;

    /** Codes, abbreviations, names, labels, units, minister, groups, budget lines, references. */
    public static final TextLimit NAME = new TextLimit("name", 300);
    /** Titles of agreements, projects and inquiries, subjects, captions, sources, URLs. */
    public static final TextLimit TITLE = new TextLimit("title", 1_000);
    /** Delegation, purpose and sentence of an activity: cells of the workbooks, lines of the yearly report. */
    public static final TextLimit DESCRIPTION = new TextLimit("description", 2_000);
    /** Paragraphs of inquiries and answers: prefaces, questions, answer paragraphs, footnotes. */
    public static final TextLimit PARAGRAPH = new TextLimit("paragraph", 10_000);

    /** Funding amounts in euros: DECIMAL(18, 2) in the store, a number in Excel. */
    public static final DecimalLimit AMOUNT = new DecimalLimit("amounts", 13, 2);
    /** Values of key figures: DECIMAL(24, 6) in the store, a number in Excel (15 significant digits in all). */
    public static final DecimalLimit KEY_FIGURE = new DecimalLimit("key figures", 15, 6);

    private static final Map<String, TextLimit> BY_FIELD = Map.ofEntries(
            Map.entry("delegation", DESCRIPTION),
            Map.entry("purpose", DESCRIPTION),
            Map.entry("sentence", DESCRIPTION),
            Map.entry("title", TITLE),
            Map.entry("subjects", TITLE),
            Map.entry("caption", TITLE),
            Map.entry("url", TITLE),
            Map.entry("source", TITLE),
            Map.entry("concurrence", TITLE),
            Map.entry("preface", PARAGRAPH),
            Map.entry("governmentPreface", PARAGRAPH),
            Map.entry("text", PARAGRAPH),
            Map.entry("answer", PARAGRAPH));

    /** The limit of a text field by its dataset name; {@link #NAME} for any field not listed. */
    public static TextLimit text(String field) {
        return BY_FIELD.getOrDefault(field, NAME);
    }

    /** The limit of a decimal field by its dataset name. */
    public static DecimalLimit decimal(String field) {
        return field.equals("amount") ? AMOUNT : KEY_FIGURE;
    }
}
