package de.nrw.coop.storage.dataset;

/**
 * Refuses characters no report can show and no reader can see: control characters other than tab
 * and line feed, Unicode noncharacters and lone surrogates. Excel writes them as {@code ?} or
 * {@code _x0000_}, PDF fonts have no glyph for them, and they make two texts that look equal differ.
 */
final class TextCheck {
    private TextCheck() {}

    /** What is wrong with the characters of {@code text}, or null if nothing is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (isNoncharacter(cp)) {
                    return at(text, i, cp, "a Unicode noncharacter");
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return at(text, i, c, "half of a surrogate pair without its other half");
            }
            if (c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL) {
                return at(text, i, c, "a control character");
            }
            if (isNoncharacter(c)) {
                return at(text, i, c, "a Unicode noncharacter");
            }
            i++;
        }
        return null;
    }

    private static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String at(String text, int index, int cp, String what) {
        return "character " + (text.codePointCount(0, index) + 1) + " is " + String.format("U+%04X", cp) + ", " + what
                + "; a dataset text holds no control characters other than tab and line break (remove it; often"
                + " it came with a copy from another program)";
    }
}
