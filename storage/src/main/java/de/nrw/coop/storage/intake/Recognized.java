package de.nrw.coop.storage.intake;

import de.nrw.coop.model.Gender;
import de.nrw.coop.model.InquiryKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What the intake recognised in a question; null or empty where a part was not found.
 *
 * @param source     the input's name, for messages
 * @param kind       Kleine or Große Anfrage
 * @param period     legislative period ("17. Wahlperiode", or the Drucksache's)
 * @param number     the inquiry's number ("Kleine Anfrage 4514")
 * @param drucksache the question's Drucksache ("17/11308")
 * @param date       the day the question is dated
 * @param requesters who asks, in order
 * @param title      the title
 * @param preface    the preface paragraphs, footnote markers as {@code [^n]}
 * @param footnotes  the footnote texts, numbered from 1, each with its marker in the text
 * @param leadIn     "Ich frage daher die Landesregierung:"
 * @param questions  the questions, each with its "(Bitte … aufschlüsseln)" clause
 * @param notes      what could not be determined or was left out, for the report and the YAML
 */
public record Recognized(String source, InquiryKind kind, Integer period, Integer number, String drucksache,
                         LocalDate date, List<Asker> requesters, String title, List<String> preface,
                         List<String> footnotes, String leadIn, List<String> questions, List<String> notes) {

    public Recognized {
        requesters = List.copyOf(requesters);
        preface = List.copyOf(preface);
        footnotes = List.copyOf(footnotes);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /**
     * One requester as the question names them.
     *
     * @param name   the member's name; null for a Fraktion
     * @param gender from the grammar ("des Abgeordneten": male, "der Abgeordneten" with one name:
     *               female); null where the text does not say it
     * @param group  the parliamentary group; null where the text does not name it
     */
    public record Asker(String name, Gender gender, String group) {
        public boolean isFraktion() {
            return name == null;
        }
    }

    /** "17/4514", or null while period or number is unknown. */
    public String id() {
        return period == null || number == null ? null : period + "/" + number;
    }

    /** Lines of the report "found: …". */
    public List<String> found() {
        List<String> found = new java.util.ArrayList<>();
        if (number != null) {
            found.add((kind == null ? InquiryKind.KLEINE : kind).label() + " " + number
                    + (period == null ? "" : " (" + period + ". Wahlperiode)"));
        }
        if (drucksache != null) {
            found.add("Drucksache " + drucksache);
        }
        if (date != null) {
            found.add("date " + date);
        }
        for (Asker a : requesters) {
            found.add("requester " + (a.isFraktion() ? "Fraktion " + a.group()
                    : a.name() + (a.group() == null ? "" : " (" + a.group() + ")")
                    + (a.gender() == null ? "" : ", " + a.gender().name().toLowerCase(java.util.Locale.ROOT))));
        }
        if (title != null) {
            found.add("title: " + title);
        }
        if (!preface.isEmpty()) {
            long markers = preface.stream().mapToLong(p -> de.nrw.coop.model.Inquiry.MARKER.matcher(p).results().count())
                    .sum();
            found.add("preface: " + preface.size() + (preface.size() == 1 ? " paragraph" : " paragraphs") + ", "
                    + markers + (markers == 1 ? " footnote marker" : " footnote markers"));
        }
        if (!footnotes.isEmpty()) {
            found.add("footnotes: " + footnotes.size());
        }
        if (leadIn != null) {
            found.add("lead-in: " + leadIn);
        }
        if (!questions.isEmpty()) {
            long bitte = questions.stream().filter(q -> q.contains("(Bitte")).count();
            found.add("questions: " + questions.size() + " (" + bitte + " with a \"(Bitte …)\" clause)");
        }
        return found;
    }
}
