package de.nrw.coop.model;

import java.util.List;

/**
 * One block of an answer: a paragraph of text, or a block computed from the store when the answer
 * is rendered (a table, the activities' sentences, a template), so its words agree with the data.
 * A computed block may carry an {@code empty} text, rendered instead when it finds no data; it may
 * hold placeholders like a template.
 */
public sealed interface AnswerBlock permits AnswerBlock.Paragraph, AnswerBlock.DataTable, AnswerBlock.Activities,
        AnswerBlock.Template {

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
     * @param empty        text instead of the table when it has no rows; optional (default: a sentence
     *                     saying there is no data)
     */
    record DataTable(TableKind kind, List<String> countryCodes, Integer fromYear, Integer toYear, String caption,
                     String empty) implements AnswerBlock {
        public DataTable {
            Check.notNull(kind, "table");
            countryCodes = Check.list(countryCodes, "countries");
            checkPeriod(fromYear, toYear);
            caption = Check.optionalText(caption);
            empty = Check.optionalText(empty);
        }

        public DataTable(TableKind kind, List<String> countryCodes, Integer fromYear, Integer toYear, String caption) {
            this(kind, countryCodes, fromYear, toYear, caption, null);
        }
    }

    /**
     * The stored sentences of the activities of the countries and period, in date order: one
     * paragraph, or one per year. Activities without a sentence are not described.
     *
     * @param perYear      one paragraph per year instead of one for all
     * @param countryCodes countries; empty means the inquiry's countries
     * @param fromYear     first year; null means the inquiry's period
     * @param toYear       last year; null means the inquiry's period
     * @param empty        text when there is no sentence; optional
     */
    record Activities(boolean perYear, List<String> countryCodes, Integer fromYear, Integer toYear, String empty)
            implements AnswerBlock {
        public Activities {
            countryCodes = Check.list(countryCodes, "countries");
            checkPeriod(fromYear, toYear);
            empty = Check.optionalText(empty);
        }
    }

    /**
     * A sentence with placeholders ({@link Placeholder}) filled in for the inquiry's countries and
     * period: "In den Jahren {period.from} bis {period.to} ... {settlements.companies} neuen
     * {country.adjective}en Unternehmen ...".
     *
     * @param text  the template
     * @param empty text instead when a data placeholder of {@code text} finds no data; optional
     */
    record Template(String text, String empty) implements AnswerBlock {
        public Template {
            text = Check.text(text, "text");
            empty = Check.optionalText(empty);
        }
    }

    /** The empty text of a computed block; null for a paragraph or a block without one. */
    default String emptyText() {
        if (this instanceof DataTable t) {
            return t.empty();
        }
        if (this instanceof Activities a) {
            return a.empty();
        }
        return this instanceof Template t ? t.empty() : null;
    }

    private static void checkPeriod(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new ModelException("to", "period " + fromYear + "–" + toYear + " ends before it starts");
        }
    }
}
