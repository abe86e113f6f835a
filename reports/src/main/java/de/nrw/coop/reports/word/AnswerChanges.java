package de.nrw.coop.reports.word;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What an import changed in each answer, for people: paragraphs changed, added and removed (found
 * by a longest common subsequence of the paragraphs), footnotes added and removed (by their text,
 * so a renumbering is no change).
 */
final class AnswerChanges {
    private static final int QUOTE = 60;

    private AnswerChanges() {}

    /** One line per question: "question 2: changed paragraph 1; added footnote „…“", or "question 1: unchanged". */
    static List<String> describe(Inquiry before, Inquiry after) {
        List<String> lines = new ArrayList<>();
        for (Question q : before.questions()) {
            List<String> old = keys(before, q.answer());
            List<String> now = keys(after, after.questions().get(q.number() - 1).answer());
            List<String> parts = paragraphChanges(old, now);
            List<String> oldNotes = notes(before, q.answer());
            List<String> newNotes = notes(after, after.questions().get(q.number() - 1).answer());
            for (String n : minus(newNotes, oldNotes)) {
                parts.add("added footnote „" + quote(n) + "“");
            }
            for (String n : minus(oldNotes, newNotes)) {
                parts.add("removed footnote „" + quote(n) + "“");
            }
            lines.add("question " + q.number() + ": " + (parts.isEmpty() ? "unchanged" : String.join("; ", parts)));
        }
        return lines;
    }

    /** Paragraphs as their text with notes inlined; computed blocks as their description. */
    private static List<String> keys(Inquiry inquiry, List<AnswerBlock> blocks) {
        List<String> keys = new ArrayList<>();
        for (AnswerBlock b : blocks) {
            keys.add(b instanceof AnswerBlock.Paragraph p ? "P" + Inquiry.MARKER.matcher(p.text()).replaceAll(
                    m -> Matcher.quoteReplacement("[^" + inquiry.footnote(Integer.parseInt(m.group(1))).text() + "]"))
                    : "C" + b);
        }
        return keys;
    }

    private static List<String> notes(Inquiry inquiry, List<AnswerBlock> blocks) {
        List<String> notes = new ArrayList<>();
        for (AnswerBlock b : blocks) {
            if (b instanceof AnswerBlock.Paragraph p) {
                Matcher m = Inquiry.MARKER.matcher(p.text());
                while (m.find()) {
                    notes.add(inquiry.footnote(Integer.parseInt(m.group(1))).text());
                }
            }
        }
        return notes;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String x : b) {
            rest.remove(x);
        }
        return rest;
    }

    private static List<String> paragraphChanges(List<String> old, List<String> now) {
        int[][] lcs = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                lcs[i][j] = old.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> parts = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                flush(parts, old, now, removed, added);
                i++;
                j++;
            } else if (j < now.size() && (i == old.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(parts, old, now, removed, added);
        return parts;
    }

    /** A run of removed and added blocks between two kept ones: pairs of paragraphs count as changed. */
    private static void flush(List<String> parts, List<String> old, List<String> now, List<Integer> removed,
                              List<Integer> added) {
        int k = 0;
        while (k < removed.size() && k < added.size() && old.get(removed.get(k)).startsWith("P")
                && now.get(added.get(k)).startsWith("P")) {
            parts.add("changed paragraph " + (added.get(k) + 1));
            k++;
        }
        for (int r = k; r < removed.size(); r++) {
            parts.add("removed " + describe(old.get(removed.get(r)), removed.get(r) + 1));
        }
        for (int a = k; a < added.size(); a++) {
            parts.add("added " + describe(now.get(added.get(a)), added.get(a) + 1));
        }
        removed.clear();
        added.clear();
    }

    private static String describe(String key, int position) {
        return key.startsWith("P") ? "paragraph " + position + " („" + quote(key.substring(1)) + "“)"
                : "computed block at " + position;
    }

    private static String quote(String text) {
        String plain = text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= QUOTE) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', QUOTE);
        return plain.substring(0, cut > QUOTE / 2 ? cut : QUOTE).strip() + " …";
    }
}
