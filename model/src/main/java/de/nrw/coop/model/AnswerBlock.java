package de.nrw.coop.model;

import java.util.List;

/** One block of an answer: a paragraph of text, or a table the store computes. */
public sealed interface AnswerBlock permits AnswerBlock.Paragraph, AnswerBlock.DataTable {

    /** A paragraph; may hold footnote markers {@code [^n]}. */
    record Paragraph(String text) implements AnswerBlock {
        public Paragraph {
            text = Check.text(text, "text");
        }
    }

    /**
     * A table computed from the store when the answer is rendered, so its numbers agree with the data.
     *
     * @param kind         which table
     * @param countryCodes countries; empty means the inquiry's countries
     * @param fromYear     first year; null means the inquiry's period
     * @param toYear       last year; null means the inquiry's period
     * @param caption      heading above the table; optional
     */
    record DataTable(TableKind kind, List<String> countryCodes, Integer fromYear, Integer toYear, String caption)
            implements AnswerBlock {
        public DataTable {
            Check.notNull(kind, "table");
            countryCodes = Check.list(countryCodes, "countries");
            if (fromYear != null && toYear != null && toYear < fromYear) {
                throw new ModelException("to", "period " + fromYear + "–" + toYear + " ends before it starts");
            }
            caption = Check.optionalText(caption);
        }
    }
}
