package de.nrw.coop.reports.answer;

/** What an answer is rendered to. */
public enum AnswerFormat {
    /** The archival PDF that goes to the Landtag. */
    PDF("pdf"),
    /** An editable Word draft of the same document, for staff who still edit by hand. */
    DOCX("docx");

    private final String extension;

    AnswerFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }
}
