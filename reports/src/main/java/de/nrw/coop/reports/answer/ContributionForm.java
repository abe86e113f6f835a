package de.nrw.coop.reports.answer;

import de.nrw.coop.model.Department;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;

/**
 * The form of a Ressortabfrage: what the lead department sends another department to get its part
 * of the answer. A Word document with the inquiry's header, its Vorbemerkung and the asked
 * questions, a content control under each asked question for the department's text (tagged with
 * inquiry, question and department, {@link DraftTags}), the due date and the lead department.
 * {@code coop import} reads the returned form as the department's contribution.
 */
public final class ContributionForm {
    private ContributionForm() {}

    /** The file name of a department's form: {@code 17-4514-ressortabfrage-IM-17.docx}. */
    public static String fileName(Inquiry inquiry, Department department) {
        return inquiry.id().fileName() + "-ressortabfrage-" + department.key() + ".docx";
    }

    /**
     * Writes the form, whole or not at all.
     *
     * @param questions the asked questions' numbers, ascending
     * @param date      the day of the request (the document's date, so the same request gives the same bytes)
     */
    public static void write(Inquiry inquiry, Department department, Department lead, List<Integer> questions,
                             LocalDate due, LocalDate date, Path target) {
        AtomicFile.write(target, out -> write(inquiry, department, lead, questions, due, date, out));
    }

    static void write(Inquiry inquiry, Department department, Department lead, List<Integer> questions,
                      LocalDate due, LocalDate date, OutputStream out) throws IOException {
        WordDocument word = new WordDocument();
        word.property(DraftTags.INQUIRY, inquiry.id().toString());
        word.property(DraftTags.KIND, DraftTags.CONTRIBUTION_FORM);
        word.property(DraftTags.DEPARTMENT, department.key());
        word.property(DraftTags.DUE, due.toString());
        word.property(DraftTags.LEAD, lead.key());
        Function<Integer, String> notes = n -> inquiry.footnote(n).text();
        Map<String, Object> p = AnswerRows.parameters(inquiry);
        WordDocument.Blocks body = word.body();
        WordDocument.Blocks front = word.control(body, DraftTags.tag(DraftTags.FRONT, inquiry.id()),
                "Kopf und Vorbemerkung (nicht bearbeitbar)", STLock.SDT_CONTENT_LOCKED);
        CTP first = word.paragraph(front, WordStyles.HEADER_BLOCK, null, null);
        word.text(first, "LANDTAG NORDRHEIN-WESTFALEN", null, WordStyles.HEADER_PARLIAMENT);
        word.runs(first, "\tRessortabfrage", null);
        word.paragraph(front, WordStyles.HEADER_BLOCK, p.get("PERIOD_LINE") + "\tBeitrag bis " + GermanFormat.shortDate(due),
                null);
        word.paragraph(front, WordStyles.ANSWER_HEADING, "Ressortabfrage", null);
        String requester = (String) p.get("REQUESTER_BLOCK");
        word.paragraph(front, WordStyles.REQUESTER, "zur Antwort " + requester, null);
        word.paragraph(front, WordStyles.TITLE, inquiry.title(), notes);
        word.paragraph(front, WordStyles.FORM_NOTE, "Federführend: " + lead.abbreviation() + " – " + lead.name()
                + "\nErbeten von: " + department.abbreviation() + " – " + department.name()
                + "\nBeitrag bis: " + GermanFormat.longDate(due)
                + "\nBitte tragen Sie Ihren Beitrag in die markierten Felder unter den Fragen ein und senden Sie diese"
                + " Datei zurück. Übernommen werden Absätze und Fußnoten; Formatierungen, Tabellen und Bilder nicht."
                + " Felder, zu denen Sie nichts beitragen, bleiben leer.", null);
        if (!inquiry.preface().isEmpty()) {
            word.paragraph(front, WordStyles.HEADING, AnswerRows.prefaceHeading(inquiry), null);
            for (String paragraph : inquiry.preface()) {
                word.paragraph(front, WordStyles.PREFACE, paragraph, notes);
            }
        }
        for (int number : questions) {
            Question q = inquiry.questions().get(number - 1);
            WordDocument.Blocks question = word.control(body, DraftTags.tag(DraftTags.QUESTION, inquiry.id(), number),
                    "Frage " + number + " (nicht bearbeitbar)", STLock.SDT_CONTENT_LOCKED);
            word.paragraph(question, WordStyles.QUESTION, number + ".\t" + q.text(), notes);
            WordDocument.Blocks answer = word.control(body, DraftTags.tag(DraftTags.CONTRIBUTION, inquiry.id(), number,
                    department.key()), "Beitrag " + department.abbreviation() + " zu Frage " + number, STLock.SDT_LOCKED);
            CTP placeholder = word.paragraph(answer, WordStyles.ANSWER, null, null);
            CTR r = placeholder.addNewR();
            r.addNewRPr().addNewRStyle().setVal(WordStyles.PLACEHOLDER);
            WordDocument.text(r, "Beitrag " + department.abbreviation() + " zu Frage " + number + " hier eintragen");
            // Word shows the text as a placeholder and removes it when the user starts typing
            word.showingPlaceholder(answer);
        }
        word.runningHeader((String) p.get("RUNNING_LEFT"), "Ressortabfrage " + department.abbreviation() + " zu "
                + inquiry.id());
        word.firstPageFooter("Rückgabe bis " + GermanFormat.shortDate(due) + " an " + lead.abbreviation()
                + " (federführend)");
        word.write("Ressortabfrage " + department.abbreviation() + ": " + inquiry.title(),
                "Ressortabfrage zur " + inquiry.kind().genitive() + " " + inquiry.id() + " an "
                        + department.abbreviation(),
                List.of(inquiry.kind().label() + " " + inquiry.id(), "Ressortabfrage", department.abbreviation()),
                lead.name(), date, out);
    }
}
