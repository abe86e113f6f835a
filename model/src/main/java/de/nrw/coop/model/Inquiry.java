package de.nrw.coop.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kleine or Große Anfrage and the government's answer to it.
 *
 * <p>An answer is a <em>draft</em> until the Landtag has given it a Drucksache number, a date and an
 * issue date ({@link #answerDrucksache}, {@link #answerDate}, {@link #issued}); the three are set
 * together or not at all.
 *
 * @param id                 "17/4514"
 * @param questionDrucksache Drucksache of the question ("17/11308")
 * @param answerDrucksache   Drucksache of the answer ("17/11754"); null for a draft
 * @param asked              day the inquiry was dated
 * @param received           day it reached the government; null means {@code asked}
 * @param letterDate         day of the government's answer letter ("Datum des Originals"); optional
 * @param answerDate         date of the answer's Drucksache; null for a draft
 * @param issued             day the Landtag issued it ("Ausgegeben"); null for a draft
 * @param requesters         members who signed, in order, or the Fraktionen that ask (never both)
 * @param title              title of the inquiry
 * @param countryCodes       partner countries it concerns
 * @param fromYear           first year it asks about; optional
 * @param toYear             last year it asks about; optional
 * @param preface            Vorbemerkung der Kleinen Anfrage, paragraphs, may hold markers {@code [^n]}
 * @param footnotes          texts of the markers, numbered through the whole document
 * @param minister           the answering minister ("Der Minister für Bundes- und Europaangelegenheiten sowie Internationales")
 * @param concurrence        "im Einvernehmen mit ..."; optional
 * @param governmentPreface  Vorbemerkung der Landesregierung, paragraphs; may be empty
 * @param questions          the sub-questions with their answers
 * @param kind               Kleine or Große Anfrage
 */
public record Inquiry(InquiryId id, Drucksache questionDrucksache, Drucksache answerDrucksache,
                      LocalDate asked, LocalDate received, LocalDate letterDate, LocalDate answerDate,
                      LocalDate issued, List<Requester> requesters, String title, List<String> countryCodes,
                      Integer fromYear, Integer toYear, List<String> preface, List<Footnote> footnotes,
                      String minister, String concurrence, List<String> governmentPreface,
                      List<Question> questions, InquiryKind kind) {

    /** Sub-questions the Landtag's rules allow (GO LT NRW § 92 Abs. 3, 17th period). */
    public static final int MAX_QUESTIONS = 5;

    /** A footnote marker inside a text: {@code [^1]}. */
    public static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");

    public Inquiry {
        Check.notNull(id, "id");
        Check.notNull(questionDrucksache, "drucksache");
        Check.notNull(asked, "asked");
        requesters = Check.nonEmptyList(requesters, "requesters");
        title = Check.text(title, "title");
        countryCodes = Check.list(countryCodes, "countries");
        preface = Check.list(preface, "preface");
        footnotes = Check.list(footnotes, "footnotes");
        minister = Check.text(minister, "minister");
        concurrence = Check.optionalText(concurrence);
        governmentPreface = Check.list(governmentPreface, "governmentPreface");
        questions = Check.nonEmptyList(questions, "questions");
        Check.notNull(kind, "kind");
        if (requesters.stream().anyMatch(Requester::isFraktion) && !requesters.stream().allMatch(Requester::isFraktion)) {
            throw new ModelException("requesters", "requesters are either members of the Landtag (name, gender, group)"
                    + " or Fraktionen (group only), not both");
        }

        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new ModelException("to", "period " + fromYear + "–" + toYear + " ends before it starts");
        }
        boolean anyFinal = answerDrucksache != null || answerDate != null || issued != null;
        boolean allFinal = answerDrucksache != null && answerDate != null && issued != null;
        if (anyFinal && !allFinal) {
            throw new ModelException("answer", "answer.drucksache, answer.date and answer.issued are set together"
                    + " (final answer) or not at all (draft)");
        }
        requireOrder(asked, "asked", received, "received");
        requireOrder(received == null ? asked : received, "received", letterDate, "letterDate");
        requireOrder(letterDate == null ? asked : letterDate, "letterDate", issued, "issued");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).number() != i + 1) {
                throw new ModelException("questions[" + i + "].number", "question " + (i + 1) + " is numbered "
                        + questions.get(i).number() + "; questions are numbered 1, 2, 3 ... in order");
            }
        }
        checkFootnotes(footnotes, texts(preface, governmentPreface, questions));
    }

    /** A Kleine Anfrage: the canonical constructor with {@code kind} {@link InquiryKind#KLEINE}. */
    public Inquiry(InquiryId id, Drucksache questionDrucksache, Drucksache answerDrucksache, LocalDate asked,
                   LocalDate received, LocalDate letterDate, LocalDate answerDate, LocalDate issued,
                   List<Requester> requesters, String title, List<String> countryCodes, Integer fromYear,
                   Integer toYear, List<String> preface, List<Footnote> footnotes, String minister,
                   String concurrence, List<String> governmentPreface, List<Question> questions) {
        this(id, questionDrucksache, answerDrucksache, asked, received, letterDate, answerDate, issued, requesters,
                title, countryCodes, fromYear, toYear, preface, footnotes, minister, concurrence, governmentPreface,
                questions, InquiryKind.KLEINE);
    }

    private static void requireOrder(LocalDate earlier, String earlierName, LocalDate later, String laterName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            throw new ModelException(laterName, laterName + " " + later + " lies before " + earlierName + " " + earlier);
        }
    }

    /** Every text that may carry markers, in document order, keyed by its field path. */
    private static Map<String, String> texts(List<String> preface, List<String> governmentPreface,
                                             List<Question> questions) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < preface.size(); i++) {
            texts.put("preface[" + i + "]", preface.get(i));
        }
        for (int i = 0; i < governmentPreface.size(); i++) {
            texts.put("governmentPreface[" + i + "]", governmentPreface.get(i));
        }
        for (int q = 0; q < questions.size(); q++) {
            texts.put("questions[" + q + "].text", questions.get(q).text());
            List<AnswerBlock> answer = questions.get(q).answer();
            for (int b = 0; b < answer.size(); b++) {
                if (answer.get(b) instanceof AnswerBlock.Paragraph p) {
                    texts.put("questions[" + q + "].answer[" + b + "]", p.text());
                }
            }
        }
        return texts;
    }

    private static void checkFootnotes(List<Footnote> footnotes, Map<String, String> texts) {
        Map<Integer, Footnote> byNumber = new LinkedHashMap<>();
        for (Footnote f : footnotes) {
            if (byNumber.put(f.number(), f) != null) {
                throw new ModelException("footnotes", "footnote " + f.number() + " is defined twice");
            }
        }
        int expected = 1;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Matcher m = MARKER.matcher(text.getValue());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (!byNumber.containsKey(n)) {
                    throw new ModelException(text.getKey(), "footnote marker [^" + n + "] has no footnote " + n
                            + " in footnotes");
                }
                if (n != expected) {
                    throw new ModelException(text.getKey(), "footnote marker [^" + n + "] found where [^" + expected
                            + "] was expected; markers are numbered 1, 2, 3 ... in the order they appear, once each");
                }
                expected++;
            }
        }
        for (Footnote f : footnotes) {
            if (f.number() >= expected) {
                throw new ModelException("footnotes", "footnote " + f.number() + " has no marker [^" + f.number()
                        + "] in any text of the inquiry");
            }
        }
    }

    /** Whether the Landtag has not yet given the answer its Drucksache number and issue date. */
    public boolean isDraft() {
        return answerDrucksache == null;
    }

    /** The day the answer is due: {@link InquiryKind#dueDate} of the day the inquiry reached the government. */
    public LocalDate deadline() {
        return kind.dueDate(received == null ? asked : received);
    }

    /** "Kleine Anfrage 4514", "Große Anfrage 12": how the answer names the inquiry. */
    public String designation() {
        return kind.label() + " " + id.number();
    }

    /** Rules of the Landtag this inquiry breaks without being refused for it. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (kind == InquiryKind.KLEINE && questions.size() > MAX_QUESTIONS) {
            warnings.add("Kleine Anfrage " + id + " has " + questions.size() + " sub-questions; the Landtag's rules"
                    + " allow at most " + MAX_QUESTIONS + " (GO LT NRW § 92 Abs. 3)");
        }
        return warnings;
    }

    /** The requester lines of the answer's first page, one block per parliamentary group. */
    public List<String> requesterLines() {
        return RequesterLine.lines(requesters);
    }

    /**
     * The attribution paragraph: "Der Minister ... hat die Kleine Anfrage 4514 mit Schreiben vom
     * 9. November 2020 namens der Landesregierung im Einvernehmen mit ... beantwortet."
     */
    public String attribution() {
        StringBuilder sb = new StringBuilder(minister).append(" hat die ").append(designation());
        if (letterDate != null) {
            sb.append(" mit Schreiben vom ").append(GermanFormat.longDate(letterDate));
        }
        sb.append(" namens der Landesregierung");
        if (concurrence != null) {
            sb.append(' ').append(concurrence);
        }
        return sb.append(" beantwortet.").toString();
    }

    /** The footnote with the given number. */
    public Footnote footnote(int number) {
        for (Footnote f : footnotes) {
            if (f.number() == number) {
                return f;
            }
        }
        throw new ModelException("footnotes", "inquiry " + id + " has no footnote " + number);
    }
}
