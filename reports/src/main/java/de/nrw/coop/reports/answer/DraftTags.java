package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How coop marks its Word documents so it can read them back: the tags of the content controls,
 * the custom document properties, and the version of a stored answer a draft was written from.
 *
 * <p>Tags: {@code coop:answer:17/4514:2} (the editable answer to question 2),
 * {@code coop:computed:17/4514:2:1} (the first computed block of that answer, locked),
 * {@code coop:question:17/4514:2}, {@code coop:front:17/4514} and
 * {@code coop:contributions:17/4514:2} (locked, never read back), and in a contribution form
 * {@code coop:contribution:17/4514:2:IM-17} (department key last).
 */
public final class DraftTags {
    /** Custom property: the inquiry id ("17/4514"). */
    public static final String INQUIRY = "coop.inquiry";
    /** Custom property: what the document is, {@link #ANSWER_DRAFT} or {@link #CONTRIBUTION_FORM}. */
    public static final String KIND = "coop.document";
    public static final String ANSWER_DRAFT = "answer-draft";
    public static final String CONTRIBUTION_FORM = "contribution-form";
    /** Custom property prefix: version of question N's stored answer, {@code coop.version.q2}. */
    public static final String VERSION_PREFIX = "coop.version.q";
    /** Custom property prefix: hash of what a computed block shows, {@code coop.computed.q3.1}; catches edits of locked content. */
    public static final String COMPUTED_PREFIX = "coop.computed.q";
    /** Custom properties of a form: the asked department's key, the due day, the lead department. */
    public static final String DEPARTMENT = "coop.department";
    public static final String DUE = "coop.due";
    public static final String LEAD = "coop.lead";

    public static final String ANSWER = "answer";
    public static final String COMPUTED = "computed";
    public static final String QUESTION = "question";
    public static final String FRONT = "front";
    public static final String CONTRIBUTIONS = "contributions";
    public static final String CONTRIBUTION = "contribution";

    private static final Pattern TAG = Pattern.compile("coop:([a-z]+):(\\d+/\\d+)(?::(\\d+))?(?::([^:]+))?");

    private DraftTags() {}

    /** A parsed tag; {@code question} 0 and {@code rest} null where the tag has none. */
    public record Tag(String kind, InquiryId inquiry, int question, String rest) {}

    public static String tag(String kind, InquiryId inquiry) {
        return "coop:" + kind + ":" + inquiry;
    }

    public static String tag(String kind, InquiryId inquiry, int question) {
        return tag(kind, inquiry) + ":" + question;
    }

    public static String tag(String kind, InquiryId inquiry, int question, String rest) {
        return tag(kind, inquiry, question) + ":" + rest;
    }

    /** The tag parsed, or null if it is not one of coop's. */
    public static Tag parse(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            return null;
        }
        return new Tag(m.group(1), InquiryId.parse(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4));
    }

    /**
     * The version of a question's stored answer: a hash of the question and its answer blocks,
     * footnotes by their text (a renumbering elsewhere in the document is no change).
     */
    public static String version(Inquiry inquiry, int question) {
        Question q = inquiry.questions().get(question - 1);
        StringBuilder sb = new StringBuilder(resolved(inquiry, q.text()));
        for (AnswerBlock block : q.answer()) {
            sb.append('\u001e');
            sb.append(block instanceof AnswerBlock.Paragraph p ? "P" + resolved(inquiry, p.text()) : block.toString());
        }
        return hash(sb.toString());
    }

    /** The hash of a control's text, whitespace left out (Word may re-space runs). */
    public static String contentHash(String text) {
        return hash(text.replaceAll("\\s+", ""));
    }

    private static String hash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    private static String resolved(Inquiry inquiry, String text) {
        return Inquiry.MARKER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                "[^" + inquiry.footnote(Integer.parseInt(m.group(1))).text() + "]"));
    }
}
