package de.nrw.coop.storage.intake;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.Placeholder;
import de.nrw.coop.model.Question;
import de.nrw.coop.storage.intake.Recognized.Asker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the draft YAML of a recognised question in the dataset format (docs/dataset-format.md):
 * empty answers, or with {@link Series} the model's computed blocks and its prose as comments;
 * {@code received} and the due date in a comment; a {@code # TODO} comment at each value that could
 * not be determined. Values the text does not give stay empty, so the import refuses the file until
 * they are filled in (a requester's gender, a missing Drucksache).
 */
public final class DraftWriter {
    /** The answering minister of the international-cooperation desk, when no model names another. */
    static final String DEFAULT_MINISTER = "Der Minister für Bundes- und Europaangelegenheiten sowie Internationales";
    private static final int WIDTH = 100;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

    /**
     * The draft and what was noted while writing it.
     *
     * @param fileName {@code kleine-anfrage-17-4514.yaml}
     * @param yaml     the file's text
     * @param warnings questions without a match in the model, values left open
     */
    public record Draft(String fileName, String yaml, List<String> warnings) {}

    private DraftWriter() {}

    /**
     * @param r         what the intake recognised
     * @param received  the day the inquiry reached the government
     * @param countries the store's countries, to recognise the ones the inquiry is about
     * @param series    the model of the series; null for empty answers
     */
    public static Draft write(Recognized r, LocalDate received, List<Country> countries, Series series) {
        if (r.number() == null || r.questions().isEmpty()) {
            throw new IntakeException(r.source() + ": no inquiry recognisable: " + String.join("; ", r.notes()));
        }
        List<String> warnings = new ArrayList<>();
        StringBuilder y = new StringBuilder();
        InquiryKind kind = r.kind() == null ? InquiryKind.KLEINE : r.kind();
        String id = r.id();
        y.append("# ").append(kind.label()).append(' ').append(id == null ? r.number() : id).append(", read by coop"
                + " inquiry new from ").append(r.source()).append(".\n");
        y.append("# Check every value against the original and fill in each TODO; then: coop import THIS-FILE\n");
        if (series != null) {
            y.append("# Answers: the computed blocks of ").append(series.model().id()).append(", resolved for this"
                    + " inquiry's countries when\n# the answer is rendered; its prose paragraphs stand as comments"
                    + " \"# in ").append(series.model().id()).append(": …\" to adapt.\n");
        }
        y.append("\ninquiries:\n");
        line(y, 1, "id", id == null ? null : id, id == null ? "TODO: PERIOD/" + r.number() + "; the legislative period"
                + " was not found" : null);
        if (kind == InquiryKind.GROSSE) {
            line(y, 2, "kind", "grosse", null);
        }
        line(y, 2, "drucksache", r.drucksache(), r.drucksache() == null ? "TODO: the question's Drucksache, e.g. 17/11308"
                : null);
        line(y, 2, "asked", r.date() == null ? null : r.date().toString(), r.date() == null ? "TODO: the day the"
                + " question is dated" : null);
        LocalDate asked = r.date();
        LocalDate receivedDay = asked != null && received.isBefore(asked) ? asked : received;
        line(y, 2, "received", receivedDay.toString(), "due " + kind.dueDate(receivedDay) + " ("
                + (kind == InquiryKind.KLEINE ? "four weeks" : "three months") + " after receipt)");
        y.append("    requesters:\n");
        if (r.requesters().isEmpty()) {
            y.append("      - name:      # TODO: the requester's name\n        gender:    # TODO: male or female\n"
                    + "        group:     # TODO: the parliamentary group\n");
        }
        for (Asker a : r.requesters()) {
            if (a.isFraktion()) {
                y.append("      - group: ").append(scalar(a.group())).append('\n');
                continue;
            }
            y.append("      - name: ").append(scalar(a.name())).append('\n');
            if (a.gender() == null) {
                y.append("        gender:    # TODO: male or female; the text does not say (import refuses the file"
                        + " until it is filled in)\n");
                warnings.add("gender of " + a.name() + " not stated: fill it in before importing");
            } else {
                y.append("        gender: ").append(a.gender() == Gender.MALE ? "male" : "female").append('\n');
            }
            if (a.group() == null) {
                y.append("        group:     # TODO: the parliamentary group\n");
            } else {
                y.append("        group: ").append(scalar(a.group())).append('\n');
            }
        }
        if (r.title() == null) {
            y.append("    title:     # TODO: the title\n");
        } else {
            text(y, 2, "title", r.title());
        }
        List<String> found = countriesIn(r, countries);
        if (found.isEmpty()) {
            y.append("    countries: []    # TODO: the codes of the countries it asks about\n");
        } else {
            y.append("    countries: [").append(String.join(", ", found)).append("]    # recognised by name in the"
                    + " text; check\n");
        }
        period(y, r, series);
        if (!r.preface().isEmpty()) {
            y.append("    preface:\n");
            for (String p : r.preface()) {
                item(y, 3, p);
            }
        }
        if (!r.footnotes().isEmpty()) {
            y.append("    footnotes:\n");
            for (int i = 0; i < r.footnotes().size(); i++) {
                y.append("      - number: ").append(i + 1).append('\n');
                text(y, 4, "text", r.footnotes().get(i));
            }
        }
        Inquiry model = series == null ? null : series.model();
        String minister = model == null ? DEFAULT_MINISTER : model.minister();
        y.append("    # TODO: check the answering minister\n");
        text(y, 2, "minister", minister);
        if (model != null && model.concurrence() != null) {
            text(y, 2, "concurrence", model.concurrence());
        }
        y.append("    questions:\n");
        for (int i = 0; i < r.questions().size(); i++) {
            String q = r.questions().get(i);
            y.append("      - text: >-\n");
            folded(y, 5, q);
            if (series == null) {
                y.append("        answer: []\n");
                continue;
            }
            Question same = series.match(q);
            if (same == null) {
                y.append("        # TODO: no question of ").append(model.id()).append(" matches this one; answer it\n");
                y.append("        answer: []\n");
                warnings.add("question " + (i + 1) + " matches no question of " + model.id() + ": empty answer");
                continue;
            }
            y.append("        # question ").append(same.number()).append(" of ").append(model.id()).append('\n');
            for (String prose : Series.prose(same)) {
                comment(y, 4, "in " + model.id() + ": " + prose);
            }
            List<AnswerBlock> blocks = series.computedBlocks(same);
            if (blocks.isEmpty()) {
                y.append("        answer: []    # TODO: adapt the answer of ").append(model.id()).append(" above\n");
                continue;
            }
            y.append("        answer:\n");
            for (AnswerBlock b : blocks) {
                block(y, b, found, countries, warnings, i + 1);
            }
        }
        String fileName = (kind == InquiryKind.KLEINE ? "kleine-anfrage-" : "grosse-anfrage-")
                + (id == null ? String.valueOf(r.number()) : id.replace('/', '-')) + ".yaml";
        return new Draft(fileName, y.toString(), warnings);
    }

    private static void block(StringBuilder y, AnswerBlock b, List<String> countries, List<Country> known,
                              List<String> warnings, int question) {
        String text = b instanceof AnswerBlock.Template t ? t.text() : null;
        if (b instanceof AnswerBlock.DataTable t) {
            y.append("          - table: ").append(t.kind().id()).append('\n');
            rest(y, t.countryCodes(), t.fromYear(), t.toYear());
            if (t.caption() != null) {
                text(y, 6, "caption", t.caption());
            }
        } else if (b instanceof AnswerBlock.Activities a) {
            y.append("          - activities: ").append(a.perYear() ? "per-year" : "sentences").append('\n');
            rest(y, a.countryCodes(), a.fromYear(), a.toYear());
        } else if (b instanceof AnswerBlock.Template t) {
            y.append("          - text: >-\n");
            folded(y, 7, t.text());
        }
        if (b.emptyText() != null) {
            y.append("            empty: >-\n");
            folded(y, 7, b.emptyText());
        }
        for (String t : new String[] {text, b.emptyText()}) {
            if (t != null && t.contains("{" + Placeholder.COUNTRY_ADJECTIVE.id() + "}") && countries.size() == 1) {
                Country c = known.stream().filter(k -> k.code().equals(countries.get(0))).findFirst().orElse(null);
                if (c != null && c.adjective() == null) {
                    warnings.add("question " + question + ": {country.adjective} needs the adjective of " + c.code()
                            + "; add adjective: to the country before rendering");
                }
            }
        }
    }

    private static void rest(StringBuilder y, List<String> countries, Integer from, Integer to) {
        if (!countries.isEmpty()) {
            y.append("            countries: [").append(String.join(", ", countries)).append("]\n");
        }
        if (from != null) {
            y.append("            from: ").append(from).append('\n');
        }
        if (to != null) {
            y.append("            to: ").append(to).append('\n');
        }
    }

    /** The period: the model's, or the years the questions name; always to be checked. */
    private static void period(StringBuilder y, Recognized r, Series series) {
        Integer from = null;
        Integer to = null;
        String why;
        if (series != null && series.model().fromYear() != null) {
            from = series.model().fromYear();
            to = series.model().toYear();
            why = "as in " + series.model().id();
        } else {
            List<Integer> years = new ArrayList<>();
            for (String q : r.questions()) {
                Matcher m = YEAR.matcher(q);
                while (m.find()) {
                    years.add(Integer.parseInt(m.group(1)));
                }
            }
            if (years.isEmpty()) {
                y.append("    # period: {from: YEAR, to: YEAR}    # TODO: the years it asks about, if any\n");
                return;
            }
            from = years.stream().min(Integer::compare).orElseThrow();
            to = r.date() == null ? years.stream().max(Integer::compare).orElseThrow()
                    : Math.max(r.date().getYear(), years.stream().max(Integer::compare).orElseThrow());
            why = "from the years the questions name, to the question's year";
        }
        y.append("    period: {from: ").append(from).append(to == null ? "" : ", to: " + to).append("}    # TODO: check ("
                + why + ")\n");
    }

    /** Codes of the store's countries whose name stands in the title, else anywhere in the question. */
    static List<String> countriesIn(Recognized r, List<Country> countries) {
        List<String> found = new ArrayList<>();
        String title = r.title() == null ? "" : r.title();
        for (Country c : countries) {
            if (mentions(title, c)) {
                found.add(c.code());
            }
        }
        if (found.isEmpty()) {
            String all = String.join(" ", r.preface()) + " " + String.join(" ", r.questions());
            for (Country c : countries) {
                if (!c.code().equals("DE") && mentions(all, c)) {
                    found.add(c.code());
                }
            }
        }
        return found;
    }

    private static boolean mentions(String text, Country c) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(c.name()) + "(?![\\p{L}])").matcher(text).find();
    }

    private static void line(StringBuilder y, int level, String key, String value, String comment) {
        y.append(level == 1 ? "  - " : "  ".repeat(level)).append(key).append(':');
        if (value != null) {
            y.append(' ').append(scalar(value));
        }
        if (comment != null) {
            y.append(value == null ? "    # " : "    # ").append(comment);
        }
        y.append('\n');
    }

    /** A key with a text: on one line when short and plain, else folded. */
    private static void text(StringBuilder y, int level, String key, String value) {
        String indent = "  ".repeat(level);
        if (indent.length() + key.length() + 2 + value.length() <= WIDTH && isPlain(value)) {
            y.append(indent).append(key).append(": ").append(value).append('\n');
        } else {
            y.append(indent).append(key).append(": >-\n");
            folded(y, level + 1, value);
        }
    }

    private static void item(StringBuilder y, int level, String value) {
        y.append("  ".repeat(level - 1)).append("  - >-\n");
        folded(y, level + 1, value);
    }

    /** The text as the lines of a folded block scalar, each at most {@link #WIDTH} wide where words allow. */
    static void folded(StringBuilder y, int level, String text) {
        String indent = "  ".repeat(level);
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                y.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        y.append(indent).append(line).append('\n');
    }

    private static void comment(StringBuilder y, int level, String text) {
        String indent = "  ".repeat(level) + "# ";
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (String word : text.strip().split(" +")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                y.append(indent).append(first ? "" : "  ").append(line).append('\n');
                line.setLength(0);
                first = false;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        y.append(indent).append(first ? "" : "  ").append(line).append('\n');
    }

    private static boolean isPlain(String value) {
        return value.matches("[\\p{L}\\d„(][^:#\"'{}\\[\\],&*!|>%@`]*") && !value.endsWith(" ")
                && !value.matches("(?i)(yes|no|true|false|null|on|off|~)");
    }

    /** A one-line scalar: plain when YAML reads it back unchanged, else double-quoted. */
    static String scalar(String value) {
        if (isPlain(value) && !value.matches("[\\d.:/-]+") || value.matches("\\d{1,2}/\\d{1,7}")
                || value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
