package de.nrw.coop.storage.intake;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An inquiry of the same series as a model ({@code --like 17/4514}): which question of the model
 * each new question is, by its text with the country names neutralised, and what of the model's
 * answer goes over. Computed blocks go over as they are, so they resolve for the new inquiry's own
 * countries when its answer is rendered; a block's own country list naming the model's countries
 * is dropped for the same reason. Prose paragraphs never go over as the answer.
 */
public final class Series {
    /** Share of words two question texts must have in common to be the same question. */
    static final double SAME_QUESTION = 0.8;

    private final Inquiry model;
    private final List<String> countryWords;

    /**
     * @param model     the model inquiry
     * @param countries every country the store knows, for their names and adjectives
     */
    public Series(Inquiry model, List<Country> countries) {
        this.model = model;
        List<String> words = new ArrayList<>();
        for (Country c : countries) {
            words.add(c.name());
            if (c.adjective() != null) {
                for (String ending : List.of("en", "er", "es", "em", "e", "")) {
                    words.add(c.adjective() + ending);
                }
            }
        }
        // longest first, so "südkoreanischen" goes before "südkoreanisch"
        words.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.countryWords = words;
    }

    public Inquiry model() {
        return model;
    }

    /** The model's question that is the same as {@code text}, or null. */
    public Question match(String text) {
        Set<String> words = words(text);
        Question best = null;
        double bestScore = 0;
        for (Question q : model.questions()) {
            Set<String> other = words(q.text());
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            Set<String> all = new HashSet<>(words);
            all.addAll(other);
            double score = all.isEmpty() ? 0 : (double) common.size() / all.size();
            if (score > bestScore) {
                bestScore = score;
                best = q;
            }
        }
        return bestScore >= SAME_QUESTION ? best : null;
    }

    /** The model's computed blocks of the question, ready for the new inquiry's countries. */
    public List<AnswerBlock> computedBlocks(Question modelQuestion) {
        List<AnswerBlock> blocks = new ArrayList<>();
        for (AnswerBlock b : modelQuestion.answer()) {
            if (b instanceof AnswerBlock.DataTable t) {
                blocks.add(new AnswerBlock.DataTable(t.kind(), own(t.countryCodes()), t.fromYear(), t.toYear(),
                        t.caption(), t.empty()));
            } else if (b instanceof AnswerBlock.Activities a) {
                blocks.add(new AnswerBlock.Activities(a.perYear(), own(a.countryCodes()), a.fromYear(), a.toYear(),
                        a.empty()));
            } else if (b instanceof AnswerBlock.Template) {
                blocks.add(b);
            }
        }
        return blocks;
    }

    /** The model's prose paragraphs of the question, for comments. */
    public static List<String> prose(Question modelQuestion) {
        return modelQuestion.answer().stream().filter(b -> b instanceof AnswerBlock.Paragraph)
                .map(b -> ((AnswerBlock.Paragraph) b).text()).toList();
    }

    private List<String> own(List<String> codes) {
        return codes.equals(model.countryCodes()) ? List.of() : codes;
    }

    /** The words of a question, lower case, without punctuation, country names as one word. */
    Set<String> words(String text) {
        String t = text;
        for (String w : countryWords) {
            t = t.replaceAll("(?iu)(?<![\\p{L}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}])", " § ");
        }
        t = Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}\\d§]+", " ");
        Set<String> words = new HashSet<>();
        for (String w : t.strip().split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
