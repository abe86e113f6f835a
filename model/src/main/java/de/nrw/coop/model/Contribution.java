package de.nrw.coop.model;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A department's contribution to the answer of one question (Ressortabfrage), as returned in its
 * form. It is material for the lead desk, never part of the answer by itself.
 *
 * @param inquiry       the inquiry asked about
 * @param departmentKey the contributing department
 * @param question      the question it answers, 1-based
 * @param paragraphs    the text, paragraphs in order; may hold markers {@code [^n]} numbered 1, 2 ... within the contribution
 * @param footnotes     the texts of those markers
 * @param received      when coop read the returned form
 */
public record Contribution(InquiryId inquiry, String departmentKey, int question, List<String> paragraphs,
                           List<Footnote> footnotes, Instant received) {
    public Contribution {
        Check.notNull(inquiry, "inquiry");
        departmentKey = Check.key(departmentKey, "department");
        if (question < 1) {
            throw new ModelException("question", "question number " + question + " must be positive");
        }
        paragraphs = Check.nonEmptyList(paragraphs, "paragraphs");
        footnotes = Check.list(footnotes, "footnotes");
        Check.notNull(received, "received");
        int expected = 1;
        for (String p : paragraphs) {
            Matcher m = Inquiry.MARKER.matcher(p);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) != expected) {
                    throw new ModelException("footnotes", "marker [^" + m.group(1) + "] found where [^" + expected
                            + "] was expected");
                }
                expected++;
            }
        }
        if (footnotes.size() != expected - 1) {
            throw new ModelException("footnotes", "the contribution has " + (expected - 1) + " markers and "
                    + footnotes.size() + " footnotes");
        }
    }

    /** The text with each marker replaced by its note in brackets, for showing the contribution inline. */
    public List<String> inlineText() {
        return paragraphs.stream().map(p -> Inquiry.MARKER.matcher(p).replaceAll(m -> Matcher.quoteReplacement(
                " [Fußnote: " + footnotes.get(Integer.parseInt(m.group(1)) - 1).text() + "]"))).toList();
    }
}
