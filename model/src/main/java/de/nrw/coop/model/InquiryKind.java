package de.nrw.coop.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Kleine or Große Anfrage: the words the answer uses for it and how long the government has to
 * answer (GO LT NRW § 92 Abs. 2: four weeks for a Kleine Anfrage; § 90: three months for a Große
 * Anfrage). The one place that rule lives.
 */
public enum InquiryKind {
    KLEINE("Kleine Anfrage", "Kleinen Anfrage", Period.ofWeeks(4)),
    GROSSE("Große Anfrage", "Großen Anfrage", Period.ofMonths(3));

    private final String label;
    private final String genitive;
    private final Period answerPeriod;

    InquiryKind(String label, String genitive, Period answerPeriod) {
        this.label = label;
        this.genitive = genitive;
        this.answerPeriod = answerPeriod;
    }

    /** Nominative and accusative: "Kleine Anfrage" ("auf die Kleine Anfrage 4514"). */
    public String label() {
        return label;
    }

    /** Genitive and dative: "Kleinen Anfrage" ("Vorbemerkung der Kleinen Anfrage"). */
    public String genitive() {
        return genitive;
    }

    /** The time the government has to answer, counted from the day the inquiry reached it. */
    public Period answerPeriod() {
        return answerPeriod;
    }

    /** The day the answer is due when the inquiry reached the government on {@code received}. */
    public LocalDate dueDate(LocalDate received) {
        return received.plus(answerPeriod);
    }

    /** Parses the dataset form: {@code kleine} or {@code grosse} (any case). */
    public static InquiryKind parse(String text) {
        String s = text == null ? "" : text.strip();
        for (InquiryKind kind : values()) {
            if (kind.name().equalsIgnoreCase(s)) {
                return kind;
            }
        }
        throw new ModelException("kind", "'" + s + "' is not an inquiry kind; expected kleine or grosse");
    }
}
