package de.nrw.coop.reports.word;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.reports.answer.DraftTags;
import de.nrw.coop.storage.CoopStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads a returned contribution form: the text in each question's control becomes the
 * department's contribution to that question (paragraphs, footnotes numbered 1, 2 ... within it,
 * time received). Never touches the answer; controls left blank are no contribution.
 */
final class FormImport {
    private FormImport() {}

    static WordImport.Result run(CoopStore store, DocxContent doc, InquiryId id, Clock clock, String user) {
        Inquiry inquiry = store.inquiry(id).orElseThrow(() -> new WordImportException(doc.file(), "the form is of"
                + " Kleine Anfrage " + id + ", which is not in the store (" + store.url() + ")"));
        String department = doc.property(DraftTags.DEPARTMENT);
        if (department == null) {
            throw new WordImportException(doc.file(), "the form names no department (property "
                    + DraftTags.DEPARTMENT + ")");
        }
        List<ContributionRequest> requests = store.contributionRequests(id).stream()
                .filter(r -> r.departmentKey().equals(department)).toList();
        List<String> problems = new ArrayList<>(doc.problems);
        List<String> lines = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<Integer, DocxContent.Control> byQuestion = new LinkedHashMap<>();
        for (List<DocxContent.Control> controls : doc.controlsByTag().values()) {
            DocxContent.Control c = controls.get(0);
            DraftTags.Tag tag = c.tag();
            if (!DraftTags.CONTRIBUTION.equals(tag.kind())) {
                continue;
            }
            if (!tag.inquiry().equals(id) || !department.equals(tag.rest())) {
                problems.add("the control " + c.rawTag() + " is not one of this form (" + id + ", " + department + ")");
            } else if (controls.size() > 1) {
                problems.add("question " + tag.question() + ": the control " + c.rawTag() + " is there "
                        + controls.size() + " times; keep one");
            } else if (requests.stream().noneMatch(r -> r.question() == tag.question())) {
                problems.add("question " + tag.question() + ": " + department + " was not asked about this question"
                        + " (no request recorded in the store)");
            } else {
                byQuestion.put(tag.question(), c);
            }
        }
        for (ContributionRequest r : requests) {
            if (!byQuestion.containsKey(r.question())) {
                problems.add("question " + r.question() + ": the control for " + department + "'s contribution ("
                        + DraftTags.tag(DraftTags.CONTRIBUTION, id, r.question(), department)
                        + ") was deleted; write the text into a new form (coop inquiry request)");
            }
        }
        for (Map.Entry<Integer, DocxContent.Control> e : byQuestion.entrySet()) {
            int question = e.getKey();
            List<String> paragraphs = new ArrayList<>();
            List<Footnote> notes = new ArrayList<>();
            if (!e.getValue().placeholder()) {
                for (DocxContent.Block b : e.getValue().blocks()) {
                    if (b instanceof DocxContent.Paragraph p && !p.blank()) {
                        paragraphs.add(Inquiry.MARKER.matcher(p.text()).replaceAll(m -> {
                            notes.add(new Footnote(notes.size() + 1,
                                    doc.footnotes().getOrDefault(Integer.parseInt(m.group(1)), "")));
                            return Matcher.quoteReplacement("[^" + notes.size() + "]");
                        }));
                    } else if (b instanceof DocxContent.Control c) {
                        problems.add("question " + question + ": the control " + c.rawTag()
                                + " does not belong in a contribution");
                    }
                }
            }
            if (paragraphs.isEmpty()) {
                lines.add("question " + question + ": left blank, nothing stored");
                continue;
            }
            try {
                contributions.add(new Contribution(id, department, question, paragraphs, notes, received));
            } catch (ModelException ex) {
                problems.add("question " + question + ": " + ex.getMessage());
                continue;
            }
            lines.add("question " + question + ": contribution of " + department + " stored (" + paragraphs.size()
                    + (paragraphs.size() == 1 ? " paragraph" : " paragraphs") + ", " + notes.size()
                    + (notes.size() == 1 ? " footnote" : " footnotes") + "); the answer is unchanged");
        }
        if (!problems.isEmpty()) {
            throw new WordImportException(doc.file(), problems);
        }
        if (inquiry.questions().size() < byQuestion.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)) {
            throw new WordImportException(doc.file(), "the form asks about a question Kleine Anfrage " + id
                    + " does not have");
        }
        if (contributions.isEmpty()) {
            throw new WordImportException(doc.file(), "every control of the form is blank: " + department
                    + " has not written a contribution yet");
        }
        String note = "contribution of " + department + " received (form " + doc.file() + ", question"
                + (contributions.size() == 1 ? " " : "s ") + String.join(", ", contributions.stream()
                .map(c -> String.valueOf(c.question())).toList()) + ")";
        int replaced = store.storeContributions(contributions, note, user);
        if (replaced > 0) {
            lines.add(replaced + (replaced == 1 ? " earlier contribution" : " earlier contributions") + " of "
                    + department + " replaced");
        }
        return new WordImport.Result(doc.file(), id, DraftTags.CONTRIBUTION_FORM, lines, null);
    }
}
