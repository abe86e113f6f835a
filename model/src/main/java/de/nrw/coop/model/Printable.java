package de.nrw.coop.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The code points coop's documents can print: the coverage of the {@code DocSans} font set that
 * every PDF embeds (Liberation Sans, NanumGothic for Hangul, Droid Sans Fallback for Han and kana),
 * as Jasper's script rules apply it. The description is the resource {@code printable.txt} beside
 * this class, generated from the shipped fonts; {@code FontCoverageTest} (reports) fails when it and
 * the fonts differ, so the import can refuse what no font prints without depending on the fonts.
 */
public final class Printable {
    private static final String RESOURCE = "printable.txt";
    private static final int[] STARTS;
    private static final int[] ENDS;

    static {
        List<int[]> ranges = ranges();
        STARTS = ranges.stream().mapToInt(r -> r[0]).toArray();
        ENDS = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    private Printable() {}

    /** Whether the font set has a glyph for the code point. */
    public static boolean covers(int codePoint) {
        int i = Arrays.binarySearch(STARTS, codePoint);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && codePoint <= ENDS[before];
    }

    /** The first code point of {@code text} no font prints, if any. */
    public static Optional<Integer> firstUncovered(String text) {
        return text.codePoints().filter(c -> !covers(c)).boxed().findFirst();
    }

    /** How many distinct code points of {@code text} no font prints. */
    public static long uncoveredCount(String text) {
        return text.codePoints().filter(c -> !covers(c)).distinct().count();
    }

    /** "U+0627 ARABIC LETTER ALEF (script ARABIC)": a code point as messages name it. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X %s (script %s)", codePoint, name == null ? "UNASSIGNED" : name,
                Character.UnicodeScript.of(codePoint).name());
    }

    /** The ranges of the description, {@code {first, last}} each, ascending; for the coverage test. */
    public static List<int[]> ranges() {
        try (InputStream in = Printable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Printable.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<int[]> ranges = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int dash = s.indexOf('-');
                int first = Integer.parseInt(dash < 0 ? s : s.substring(0, dash), 16);
                int last = dash < 0 ? first : Integer.parseInt(s.substring(dash + 1), 16);
                ranges.add(new int[] {first, last});
            }
            return ranges;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The description's text for the given ranges: the form {@code printable.txt} is written in. */
    public static String format(List<int[]> ranges) {
        StringBuilder sb = new StringBuilder("# Code points the DocSans font set prints (see Printable.java).\n"
                + "# Generated from the shipped fonts by FontCoverageTest (reports); do not edit by hand.\n");
        for (int[] r : ranges) {
            sb.append(r[0] == r[1] ? String.format("%04X", r[0]) : String.format("%04X-%04X", r[0], r[1])).append('\n');
        }
        return sb.toString();
    }
}
