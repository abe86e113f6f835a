package de.nrw.coop.reports.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Legal, unique sheet names: Excel allows at most 31 characters, none of {@code : \ / ? * [ ]},
 * no apostrophe at either end, not blank, not "History", and compares names case-insensitively.
 * One instance per workbook remembers the names handed out.
 */
public final class SheetNames {
    /** Excel's limit on the length of a sheet name. */
    public static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** Makes {@code wanted} legal (illegal characters become "_", cut to 31 characters). */
    public static String sanitise(String wanted) {
        String name = wanted == null ? "" : wanted.strip();
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean illegal = c == ':' || c == '\\' || c == '/' || c == '?' || c == '*' || c == '[' || c == ']'
                    || Character.isISOControl(c);
            out.appendCodePoint(illegal ? '_' : c);
        });
        name = out.toString();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = cut(name.strip(), MAX_LENGTH);
        if (name.isBlank()) {
            return "Blatt";
        }
        if (name.equalsIgnoreCase("History")) {
            return name + "_";
        }
        return name;
    }

    /** A legal name not handed out before by this instance: "Name", else "Name (2)", "Name (3)"... */
    public String unique(String wanted) {
        String base = sanitise(wanted);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()).strip() + suffix;
        }
        return name;
    }

    /** Cuts to at most {@code max} UTF-16 units without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
