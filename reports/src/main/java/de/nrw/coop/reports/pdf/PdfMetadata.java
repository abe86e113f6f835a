package de.nrw.coop.reports.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a PDF says about itself: title (also shown as the viewer's window title), author,
 * subject, keywords, document language and the document date.
 *
 * <p>The document date comes from the DATA (the date of the answer letter, the report's cut-off
 * day), never from the clock: it becomes the creation and modification date in the Info
 * dictionary and in the XMP metadata, so the same data gives the same bytes. A draft carries
 * the keyword {@value #DRAFT_KEYWORD} in its metadata.
 *
 * <pre>{@code
 * PdfMetadata meta = PdfMetadata.builder("Antwort der Landesregierung auf die Kleine Anfrage 4514", letterDate)
 *         .subject("Drucksache 17/4514")
 *         .keywords(List.of("Kleine Anfrage", "Korea"))
 *         .draft(drucksache == null)
 *         .build();
 * }</pre>
 *
 * @param title        document title, non-blank
 * @param author       author, e.g. {@value #DEFAULT_AUTHOR}
 * @param subject      subject, may be empty
 * @param keywords     keywords in order, without duplicates of {@value #DRAFT_KEYWORD}
 * @param language     BCP 47 language tag of the document, e.g. {@code de-DE}
 * @param documentDate date of the document, taken from the data
 * @param draft        whether the document is a draft
 * @param creator      application that created the content (Info /Creator, xmp:CreatorTool)
 */
public record PdfMetadata(
        String title,
        String author,
        String subject,
        List<String> keywords,
        String language,
        LocalDate documentDate,
        boolean draft,
        String creator) {

    /** Author of every official document of the desk. */
    public static final String DEFAULT_AUTHOR = "Landesregierung Nordrhein-Westfalen";
    /** Default document language. */
    public static final String DEFAULT_LANGUAGE = "de-DE";
    /** Default creator. */
    public static final String DEFAULT_CREATOR = "coop";
    /** Keyword added to the metadata of a draft. */
    public static final String DRAFT_KEYWORD = "Entwurf";

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public PdfMetadata {
        Objects.requireNonNull(title, "null title");
        Objects.requireNonNull(author, "null author");
        Objects.requireNonNull(subject, "null subject (use \"\" for none)");
        Objects.requireNonNull(keywords, "null keywords");
        Objects.requireNonNull(language, "null language");
        Objects.requireNonNull(documentDate, "null documentDate: the date must come from the data");
        Objects.requireNonNull(creator, "null creator");
        if (title.isBlank()) {
            throw new IllegalArgumentException("PDF title must not be blank (it is the window title and the archive's label)");
        }
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalArgumentException("PDF language must be a BCP 47 tag such as de-DE, got \"" + language + "\"");
        }
        keywords = List.copyOf(keywords);
        for (String keyword : keywords) {
            if (keyword.isBlank() || keyword.contains(",")) {
                throw new IllegalArgumentException("PDF keyword must be non-blank and without commas, got \"" + keyword + "\" in " + keywords);
            }
        }
    }

    /** Starts metadata with the defaults: author {@value #DEFAULT_AUTHOR}, language {@value #DEFAULT_LANGUAGE}, final document. */
    public static Builder builder(String title, LocalDate documentDate) {
        return new Builder(title, documentDate);
    }

    /** The keywords as written to the file: the draft keyword added for a draft. */
    public List<String> effectiveKeywords() {
        if (!draft || keywords.contains(DRAFT_KEYWORD)) {
            return keywords;
        }
        List<String> all = new ArrayList<>(keywords);
        all.add(DRAFT_KEYWORD);
        return List.copyOf(all);
    }

    /** Builder for {@link PdfMetadata}; every setter is optional. */
    public static final class Builder {
        private final String title;
        private final LocalDate documentDate;
        private String author = DEFAULT_AUTHOR;
        private String subject = "";
        private List<String> keywords = List.of();
        private String language = DEFAULT_LANGUAGE;
        private boolean draft;
        private String creator = DEFAULT_CREATOR;

        private Builder(String title, LocalDate documentDate) {
            this.title = title;
            this.documentDate = documentDate;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Marks the document as a draft (keyword {@value PdfMetadata#DRAFT_KEYWORD} in the metadata). */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder creator(String creator) {
            this.creator = creator;
            return this;
        }

        public PdfMetadata build() {
            return new PdfMetadata(title, author, subject, keywords, language, documentDate, draft, creator);
        }
    }
}
