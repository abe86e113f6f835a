package de.nrw.coop.storage.dataset;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers of the dataset reader: folding paragraphs, quoting values, suggesting keys. */
final class Texts {
    private Texts() {}

    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R\\s*");

    /**
     * A paragraph as one line: a block scalar ({@code |} or {@code >}) keeps line breaks, but a
     * paragraph's text has none, so each line break with the blanks around it becomes one space.
     */
    static String fold(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0) {
            return stripped;
        }
        return LINE_BREAK.matcher(stripped).replaceAll(" ");
    }

    /** A value short enough to quote in a message. */
    static String abbreviate(String value) {
        String oneLine = fold(value);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    /** {@code " (did you mean 'activities'?)"} for a near miss, else empty. */
    static String didYouMean(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // two edits catch a swapped or doubled letter; short words need a closer match
        int allowed = Math.min(3, Math.max(1, given.length() / 3));
        return best != null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance, with a swap of neighbours counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code a, b, c} for a message. */
    static String list(Collection<String> values) {
        return String.join(", ", values);
    }
}
