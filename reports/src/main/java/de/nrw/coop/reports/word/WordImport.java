package de.nrw.coop.reports.word;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.reports.answer.DraftTags;
import de.nrw.coop.storage.CoopStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code coop import FILE.docx}: takes one of coop's Word documents back, by the kind its
 * properties name: an answer draft replaces the stored answers ({@link DraftImport}), a returned
 * contribution form is stored as the department's contribution ({@link FormImport}). Each
 * document is imported whole or not at all.
 */
public final class WordImport {
    private WordImport() {}

    /**
     * What one import did.
     *
     * @param file    the document's file name
     * @param inquiry the inquiry it belongs to
     * @param kind    {@link DraftTags#ANSWER_DRAFT} or {@link DraftTags#CONTRIBUTION_FORM}
     * @param changes one line per question, for people
     * @param answer  the inquiry as stored after a draft import; null after a form
     */
    public record Result(String file, InquiryId inquiry, String kind, List<String> changes, Inquiry answer) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    /** Whether coop takes the file as a Word document (by its name). */
    public static boolean isWordFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    /**
     * Imports the document and records it in the inquiry's history.
     *
     * @param clock when the document was received
     * @param user  who imports it, for the history
     * @throws WordImportException with every problem found; the store is unchanged
     */
    public static Result importFile(CoopStore store, Path file, Clock clock, String user) {
        DocxContent doc = DocxContent.read(file);
        String kind = doc.property(DraftTags.KIND);
        String inquiry = doc.property(DraftTags.INQUIRY);
        if (kind == null || inquiry == null) {
            throw new WordImportException(doc.file(), "not an answer draft or contribution form written by coop (it"
                    + " lacks the document properties " + DraftTags.KIND + " and " + DraftTags.INQUIRY
                    + "); write one with 'coop inquiry pdf ID --format docx' or 'coop inquiry request'");
        }
        InquiryId id;
        try {
            id = InquiryId.parse(inquiry);
        } catch (ModelException e) {
            throw new WordImportException(doc.file(), "the property " + DraftTags.INQUIRY + " holds '" + inquiry
                    + "', which is no inquiry id");
        }
        return switch (kind) {
            case DraftTags.ANSWER_DRAFT -> DraftImport.run(store, doc, id, user);
            case DraftTags.CONTRIBUTION_FORM -> FormImport.run(store, doc, id, clock, user);
            default -> throw new WordImportException(doc.file(), "the property " + DraftTags.KIND + " names '" + kind
                    + "'; coop reads back '" + DraftTags.ANSWER_DRAFT + "' and '" + DraftTags.CONTRIBUTION_FORM + "'");
        };
    }
}
