package de.nrw.coop.reports.word;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.answer.DraftTags;
import de.nrw.coop.storage.CoopStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an edited answer draft back: every answer control replaces the stored answer of its
 * question (paragraphs and footnotes, computed blocks kept where their locked controls stand), all
 * questions in one transaction. Refuses a draft whose controls were deleted, whose inquiry is not
 * stored, whose questions were edited, or that was written from an older version of an answer.
 */
final class DraftImport {
    private final DocxContent doc;
    private final InquiryId id;
    private final List<String> problems = new ArrayList<>();

    private DraftImport(DocxContent doc, InquiryId id) {
        this.doc = doc;
        this.id = id;
    }

    static WordImport.Result run(CoopStore store, DocxContent doc, InquiryId id, String user) {
        return new DraftImport(doc, id).run(store, user);
    }

    private WordImport.Result run(CoopStore store, String user) {
        Inquiry stored = store.inquiry(id).orElseThrow(() -> new WordImportException(doc.file(), "the draft is of"
                + " Kleine Anfrage " + id + ", which is not in the store (" + store.url() + ")"));
        Parsed parsed = parse(stored);
        List<String> lines = new ArrayList<>();
        Inquiry after = store.replaceAnswers(id, current -> {
            // checked again inside the transaction: another import may have come first
            if (!current.equals(stored)) {
                List<String> again = new ArrayList<>();
                checkVersions(current, again);
                if (!again.isEmpty()) {
                    throw new WordImportException(doc.file(), again);
                }
            }
            Inquiry changed;
            try {
                changed = current.withAnswers(parsed.answers(), doc.footnotes());
            } catch (ModelException e) {
                throw new WordImportException(doc.file(), e.getMessage());
            }
            lines.addAll(AnswerChanges.describe(current, changed));
            return changed;
        }, (before, changed) -> "answer imported from Word draft " + doc.file() + ": " + summary(lines), user).orElseThrow(() -> new WordImportException(doc.file(), "Kleine Anfrage " + id + " is no longer in the store"));
        return new WordImport.Result(doc.file(), id, DraftTags.ANSWER_DRAFT, lines, after);
    }

    /** "questions 2, 4 changed" or "no changes", for the history. */
    private static String summary(List<String> lines) {
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            if (!line.endsWith(": unchanged")) {
                changed.add(line.substring("question ".length(), line.indexOf(':')));
            }
        }
        return changed.isEmpty() ? "no changes" : (changed.size() == 1 ? "question " : "questions ")
                + String.join(", ", changed) + " changed";
    }

    /** The answers of the draft, by question. */
    private record Parsed(Map<Integer, List<AnswerBlock>> answers) {}

    private Parsed parse(Inquiry stored) {
        problems.addAll(doc.problems);
        checkVersions(stored, problems);
        Map<String, List<DocxContent.Control>> controls = doc.controlsByTag();
        Map<Integer, List<AnswerBlock>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, List<DocxContent.Control>> e : controls.entrySet()) {
            DraftTags.Tag tag = e.getValue().get(0).tag();
            if (!tag.inquiry().equals(id)) {
                problems.add("the control " + e.getKey() + " belongs to Kleine Anfrage " + tag.inquiry()
                        + ", not to " + id + " as the draft says; parts of two drafts were mixed");
            } else if (e.getValue().size() > 1) {
                problems.add(DocxContent.where(tag) + ": the control " + e.getKey() + " is there "
                        + e.getValue().size() + " times; keep one");
            } else if (tag.question() > stored.questions().size()) {
                problems.add("the draft has a control for question " + tag.question() + ", but Kleine Anfrage " + id
                        + " has " + stored.questions().size() + " questions");
            }
        }
        for (Question q : stored.questions()) {
            String questionTag = DraftTags.tag(DraftTags.QUESTION, id, q.number());
            List<DocxContent.Control> question = controls.get(questionTag);
            if (question == null) {
                problems.add("question " + q.number() + ": the control holding the question (" + questionTag
                        + ") was deleted; write a new draft");
            } else if (!doc.resolvedText(question.get(0)).equals(q.number() + ".\t" + resolved(stored, q.text()))) {
                problems.add("question " + q.number() + ": the text of the question was changed; coop reads back"
                        + " only the answers, the question stays as the Landtag asked it: undo the change");
            }
            String answerTag = DraftTags.tag(DraftTags.ANSWER, id, q.number());
            List<DocxContent.Control> answer = controls.get(answerTag);
            if (answer == null) {
                problems.add("question " + q.number() + ": the answer control (" + answerTag + ") was deleted;"
                        + " without it coop cannot tell the answer from the rest: write a new draft and carry the"
                        + " edits over");
                continue;
            }
            answers.put(q.number(), blocks(q, answer.get(0)));
        }
        if (!problems.isEmpty()) {
            throw new WordImportException(doc.file(), problems);
        }
        return new Parsed(answers);
    }

    private void checkVersions(Inquiry stored, List<String> out) {
        for (Question q : stored.questions()) {
            String drafted = doc.property(DraftTags.VERSION_PREFIX + q.number());
            String current = DraftTags.version(stored, q.number());
            if (drafted == null) {
                out.add("question " + q.number() + ": the draft carries no version of this answer (property "
                        + DraftTags.VERSION_PREFIX + q.number() + "); it was not written by coop for the stored"
                        + " inquiry: write a new draft");
            } else if (!drafted.equals(current)) {
                out.add("question " + q.number() + ": the stored answer changed after this draft was written"
                        + " (draft version " + drafted + ", stored version " + current + "); importing would"
                        + " overwrite that change: write a new draft (coop inquiry pdf " + id
                        + " --format docx -o FILE) and carry the edits over");
            }
        }
    }

    /** The answer control's content as answer blocks: paragraphs, and the stored computed blocks where their controls stand. */
    private List<AnswerBlock> blocks(Question q, DocxContent.Control answer) {
        List<AnswerBlock> computed = new ArrayList<>();
        for (AnswerBlock b : q.answer()) {
            if (!(b instanceof AnswerBlock.Paragraph)) {
                computed.add(b);
            }
        }
        Map<Integer, Integer> seen = new HashMap<>();
        List<AnswerBlock> blocks = new ArrayList<>();
        for (DocxContent.Block b : answer.blocks()) {
            if (b instanceof DocxContent.Paragraph p) {
                if (!p.blank()) {
                    blocks.add(new AnswerBlock.Paragraph(p.text()));
                }
            } else if (b instanceof DocxContent.Control c) {
                DraftTags.Tag tag = c.tag();
                int index = parseIndex(tag.rest());
                if (!DraftTags.COMPUTED.equals(tag.kind()) || tag.question() != q.number() || index < 1
                        || index > computed.size() || !tag.inquiry().equals(id)) {
                    problems.add("question " + q.number() + ": the control " + c.rawTag()
                            + " does not belong in this answer; move it back or write a new draft");
                    continue;
                }
                if (seen.merge(index, 1, Integer::sum) > 1) {
                    problems.add("question " + q.number() + ": the computed block " + c.rawTag()
                            + " is there twice; keep one");
                    continue;
                }
                String shown = doc.property(DraftTags.COMPUTED_PREFIX + q.number() + "." + index);
                if (shown == null || !shown.equals(DraftTags.contentHash(c.text()))) {
                    problems.add("question " + q.number() + ": the computed block " + c.rawTag() + " was edited;"
                            + " its values come from the data and an edit there would be lost: undo the edit, or"
                            + " write the text as a paragraph of its own outside the block");
                }
                blocks.add(computed.get(index - 1));
            }
        }
        for (int i = 1; i <= computed.size(); i++) {
            if (!seen.containsKey(i)) {
                problems.add("question " + q.number() + ": the computed block "
                        + DraftTags.tag(DraftTags.COMPUTED, id, q.number(), String.valueOf(i))
                        + " was deleted; computed blocks come from the data and stay in the answer: undo the deletion");
            }
        }
        return blocks;
    }

    private static int parseIndex(String rest) {
        try {
            return rest == null ? -1 : Integer.parseInt(rest);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String resolved(Inquiry inquiry, String text) {
        return Inquiry.MARKER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "[^" + inquiry.footnote(Integer.parseInt(m.group(1))).text() + "]"));
    }
}
