package de.nrw.coop.model;

/**
 * A footnote of an inquiry; its marker {@code [^number]} stands in one of the inquiry's texts.
 */
public record Footnote(int number, String text) {
    public Footnote {
        if (number < 1) {
            throw new ModelException("footnotes", "footnote number " + number + " must be positive");
        }
        text = Check.text(text, "footnotes[" + number + "]");
    }
}
