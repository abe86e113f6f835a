package de.nrw.coop.storage.intake;

import de.nrw.coop.model.Gender;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.storage.intake.Recognized.Asker;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Recognises the parts of a Kleine or Große Anfrage in its text: the Landtag's Drucksache PDF
 * (text read by PDFBox) or text pasted from the Landtag's database or a group's web page. It does
 * not depend on one exact layout: it cleans what PDF extraction brings (running headers in the
 * middle of the text, words hyphenated across lines, "ln" for "In"), then finds each part by its
 * wording.
 */
public final class QuestionText {
    private static final Pattern KIND_NUMBER = Pattern.compile("(Kleine|Große|Grosse) Anfrage\\s+(\\d{1,6})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2})\\.\\s*Wahlperiode");
    private static final Pattern DRUCKSACHE = Pattern.compile("Drucksache\\s+(\\d{1,2})/(\\d{1,7})");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern REQUESTER = Pattern.compile(
            "^(?:und\\s+)?(des Abgeordneten|der Abgeordneten|der Fraktion(?: der)?)\\s+(.+)$");
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(Ich|Wir) fragen? (?:daher |deshalb |darum |vor diesem Hintergrund )?die Landesregierung\\s*:?$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦■\\-–*]\\s+(.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\[(\\d{1,2})]|(\\d{1,2}))\\s+(\\S.*)$");
    /** Lines of the page furniture: header, running header, page numbers, footer. */
    private static final Pattern FURNITURE = Pattern.compile("^(LANDTAG NORDRHEIN-WESTFALEN.*|\\d{1,2}\\.\\s*Wahlperiode"
            + "|Drucksache\\s+\\d{1,2}/\\d{1,7}|\\d{2}\\.\\d{2}\\.\\d{4}|Seite\\s+\\d+(\\s+von\\s+\\d+)?"
            + "|Datum des Originals:.*|Ausgegeben:.*|\\d{1,2}\\.\\s*Wahlperiode\\s+Drucksache\\s+\\d{1,2}/\\d{1,7})$");
    /** Parliamentary groups as the Landtag writes them after the names, longest first. */
    static final List<String> GROUPS = List.of("BÜNDNIS 90/DIE GRÜNEN", "DIE LINKE", "fraktionslos", "GRÜNE", "CDU",
            "SPD", "FDP", "AfD");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private QuestionText() {}

    /** Reads a PDF (by its signature) or UTF-8 text. */
    public static Recognized read(String name, byte[] bytes) {
        return parse(name, isPdf(bytes) ? pdfText(name, bytes) : utf8(name, bytes));
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** The text of a PDF, a blank line between paragraphs. */
    static String pdfText(String name, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new IntakeException(name + ": cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IntakeException(name + ": neither a PDF nor UTF-8 text; save the pasted text as UTF-8");
        }
    }

    /** Recognises the parts of the text. */
    public static Recognized parse(String name, String raw) {
        List<String> notes = new ArrayList<>();
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace("\u00AD", "")
                .replace('\t', ' ');
        text = superscripts(text);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(l.strip().replaceAll(" {2,}", " "));
        }

        // the header block and the footer: read first, then dropped with every repetition
        InquiryKind kind = null;
        Integer number = null;
        Integer period = null;
        String drucksache = null;
        LocalDate date = null;
        for (String l : lines) {
            Matcher m = KIND_NUMBER.matcher(l);
            if (number == null && m.find()) {
                kind = m.group(1).equals("Kleine") ? InquiryKind.KLEINE : InquiryKind.GROSSE;
                number = Integer.parseInt(m.group(2));
            }
            Matcher p = PERIOD.matcher(l);
            if (period == null && p.find()) {
                period = Integer.parseInt(p.group(1));
            }
            Matcher d = DRUCKSACHE.matcher(l);
            if (drucksache == null && d.find()) {
                drucksache = d.group(1) + "/" + d.group(2);
            }
            Matcher t = DATE.matcher(l);
            if (date == null && (l.matches("\\d{2}\\.\\d{2}\\.\\d{4}") || l.startsWith("Datum des Originals")
                    || l.contains(" vom ")) && t.find()) {
                date = date(t);
            }
        }
        if (period == null && drucksache != null) {
            period = Integer.parseInt(drucksache.substring(0, drucksache.indexOf('/')));
        }
        List<String> body = new ArrayList<>();
        for (String l : lines) {
            body.add(FURNITURE.matcher(l).matches() ? null : deOcr(l));
        }

        // requesters: after "Kleine Anfrage N", on its line or the following ones
        int start = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) != null && KIND_NUMBER.matcher(body.get(i)).find()) {
                start = i;
                break;
            }
        }
        List<Asker> requesters = new ArrayList<>();
        int afterRequesters = Math.max(start + 1, 0);
        if (start >= 0) {
            String rest = body.get(start).substring(matchEnd(KIND_NUMBER, body.get(start))).strip();
            rest = rest.replaceAll("\\s+vom\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{4}.*$", "").strip();
            if (!rest.isEmpty()) {
                requesters(rest, requesters, notes);
            }
            int i = start + 1;
            while (i < body.size() && (body.get(i) == null || body.get(i).isEmpty())) {
                i++;
            }
            while (i < body.size() && body.get(i) != null && REQUESTER.matcher(body.get(i)).matches()) {
                StringBuilder line = new StringBuilder(body.get(i));
                // a long list of names wraps: the group stands at the end of the last line
                while (i + 1 < body.size() && body.get(i + 1) != null && !body.get(i + 1).isEmpty()
                        && groupAtEnd(line.toString()) == null && !line.toString().startsWith("der Fraktion")) {
                    line.append(' ').append(body.get(++i));
                }
                requesters(line.toString(), requesters, notes);
                i++;
            }
            afterRequesters = i;
        }

        // footnotes: "1 text" lines whose number is the next expected one, anywhere after the title
        List<String> footnotes = new ArrayList<>();
        List<Integer> footnoteLines = new ArrayList<>();
        int leadLine = -1;
        for (int i = afterRequesters; i < body.size(); i++) {
            if (body.get(i) != null && LEAD_IN.matcher(body.get(i)).matches()) {
                leadLine = i;
                break;
            }
        }
        for (int i = afterRequesters + 1; i < body.size(); i++) {
            String l = body.get(i);
            if (l == null) {
                continue;
            }
            Matcher f = FOOTNOTE.matcher(l);
            if (f.matches()) {
                int n = Integer.parseInt(f.group(1) != null ? f.group(1) : f.group(2));
                if (n == footnotes.size() + 1) {
                    StringBuilder note = new StringBuilder(f.group(3));
                    footnoteLines.add(i);
                    body.set(i, null);
                    // a footnote continues on lines that do not start something else
                    while (i + 1 < body.size() && body.get(i + 1) != null && !body.get(i + 1).isEmpty()
                            && !FOOTNOTE.matcher(body.get(i + 1)).matches() && continuesFootnote(note, body.get(i + 1))) {
                        join(note, body.get(++i));
                        body.set(i, null);
                    }
                    footnotes.add(note.toString());
                }
            }
        }

        List<String> signature = requesters.stream().filter(a -> !a.isFraktion()).map(Asker::name).toList();
        // the rest in paragraphs; a paragraph cut by a page break (furniture, footnotes) is rejoined
        List<String> paragraphs = new ArrayList<>();
        List<Integer> paragraphLines = new ArrayList<>();
        StringBuilder current = null;
        boolean cut = false;
        for (int i = afterRequesters; i < body.size(); i++) {
            String l = body.get(i);
            if (l == null) {
                cut = true;
                continue;
            }
            boolean newItem = NUMBERED.matcher(l).matches() || BULLET.matcher(l).matches()
                    || LEAD_IN.matcher(l).matches() || signature.contains(l)
                    || current != null && signature.contains(current.toString());
            if (l.isEmpty()) {
                if (current != null && !cut) {
                    paragraphs.add(current.toString());
                    current = null;
                }
                continue;
            }
            if (current != null && cut && !endsSentence(current) && !newItem) {
                join(current, l);
            } else if (current != null && !newItem && !cut) {
                join(current, l);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(l);
                paragraphLines.add(i);
            }
            cut = false;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }

        String title = null;
        String leadIn = null;
        List<String> preface = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        int p = 0;
        if (p < paragraphs.size() && !LEAD_IN.matcher(paragraphs.get(p)).matches()) {
            title = paragraphs.get(p++);
        }
        while (p < paragraphs.size() && !LEAD_IN.matcher(paragraphs.get(p)).matches()
                && !(leadLine < 0 && isQuestionStart(paragraphs.get(p)))) {
            preface.add(paragraphs.get(p++));
        }
        if (p < paragraphs.size() && LEAD_IN.matcher(paragraphs.get(p)).matches()) {
            leadIn = paragraphs.get(p++);
        }
        List<String> names = requesters.stream().filter(a -> !a.isFraktion()).map(Asker::name).toList();
        for (; p < paragraphs.size(); p++) {
            String para = paragraphs.get(p);
            Matcher n = NUMBERED.matcher(para);
            Matcher b = BULLET.matcher(para);
            if (n.matches()) {
                questions.add(n.group(2));
            } else if (b.matches()) {
                questions.add(b.group(1));
            } else if (!questions.isEmpty() && (para.startsWith("(Bitte") || para.startsWith("(bitte"))) {
                questions.set(questions.size() - 1, questions.get(questions.size() - 1) + " " + para);
            } else if (!questions.isEmpty() && isSignature(para, names)) {
                break;
            } else if (!questions.isEmpty() && !endsSentence(new StringBuilder(questions.get(questions.size() - 1)))) {
                questions.set(questions.size() - 1, questions.get(questions.size() - 1) + " " + para);
            } else if (questions.isEmpty() && leadIn != null) {
                // a lone question without number or bullet
                questions.add(para);
            } else {
                notes.add("left out after the questions: \"" + abbreviate(para) + "\"");
            }
        }

        // footnote markers: only where a footnote of that number exists, in order
        List<String> texts = new ArrayList<>(preface);
        texts.addAll(questions);
        int found = markers(texts, footnotes.size());
        if (found < footnotes.size()) {
            for (int n = found + 1; n <= footnotes.size(); n++) {
                notes.add("footnote " + n + " has no marker in the text; left out: \"" + abbreviate(footnotes.get(n - 1))
                        + "\"");
            }
            footnotes = footnotes.subList(0, found);
        }
        preface = texts.subList(0, preface.size());
        questions = texts.subList(preface.size(), texts.size());

        if (number == null) {
            notes.add("no \"Kleine Anfrage NUMBER\" or \"Große Anfrage NUMBER\"");
        }
        if (period == null) {
            notes.add("no legislative period (\"17. Wahlperiode\" or the Drucksache number)");
        }
        if (drucksache == null) {
            notes.add("no Drucksache of the question");
        }
        if (date == null) {
            notes.add("no date of the question");
        }
        if (requesters.isEmpty()) {
            notes.add("no requester line (\"des Abgeordneten …\", \"der Abgeordneten …\", \"der Fraktion …\")");
        }
        if (title == null) {
            notes.add("no title");
        }
        if (leadIn == null) {
            notes.add("no lead-in (\"Ich frage daher die Landesregierung:\")");
        }
        if (questions.isEmpty()) {
            notes.add("no questions (numbered \"1.\" or bullets)");
        }
        return new Recognized(name, kind, period, number, drucksache, date, requesters, title, preface, footnotes,
                leadIn, questions, notes);
    }

    private static int matchEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.end() : 0;
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Superscript digits (¹²) become bracketed numbers, a form the marker search knows. */
    private static String superscripts(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int d = SUPERSCRIPTS.indexOf(text.charAt(i));
            if (d < 0) {
                sb.append(text.charAt(i));
                continue;
            }
            StringBuilder digits = new StringBuilder();
            while (i < text.length() && SUPERSCRIPTS.indexOf(text.charAt(i)) >= 0) {
                digits.append(SUPERSCRIPTS.indexOf(text.charAt(i)));
                i++;
            }
            i--;
            sb.append('[').append(digits).append(']');
        }
        return sb.toString();
    }

    /** What text recognition does to the capital I: "ln" for "In", "lm" for "Im" at the start of a word. */
    static String deOcr(String line) {
        return line.replaceAll("(?<![\\p{L}\\d])ln(?= \\p{L})", "In").replaceAll("(?<![\\p{L}\\d])lm(?= \\p{L})", "Im");
    }

    /** Joins the next line of a paragraph: a word hyphenated across the line break is rejoined. */
    static void join(StringBuilder sb, String next) {
        int n = sb.length();
        boolean url = lastWord(sb).matches("(?i)(https?://|www\\.).*");
        if (n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2))) {
            String left = lastWord(sb);
            if (url || !Character.isLowerCase(next.codePointAt(0)) || left.matches(".*(isch|sch)-$")) {
                // "Nordrhein-/Westfalen", "deutsch-/südkoreanischen", a URL: the hyphen belongs to the text
                sb.append(next);
            } else {
                sb.setLength(n - 1);
                sb.append(next);
            }
        } else if (url && (sb.charAt(n - 1) == '/' || !next.contains(" "))) {
            sb.append(next);
        } else {
            sb.append(' ').append(next);
        }
    }

    private static String lastWord(StringBuilder sb) {
        int space = sb.lastIndexOf(" ");
        return sb.substring(space + 1);
    }

    private static boolean continuesFootnote(StringBuilder note, String next) {
        if (NUMBERED.matcher(next).matches() || BULLET.matcher(next).matches() || LEAD_IN.matcher(next).matches()) {
            return false;
        }
        // a URL broken across lines continues with a piece without blanks
        return lastWord(note).matches("(?i)(https?://|www\\.).*") ? !next.contains(" ") : !endsSentence(note);
    }

    private static boolean endsSentence(StringBuilder sb) {
        String s = sb.toString().stripTrailing();
        return s.matches("(?s).*[.!?:;)“\"”]$") || s.matches("(?s).*[.!?)“”\"]\\[\\d+]$")
                || s.matches("(?s).*[.!?“”\"]\\d{1,2}$");
    }

    private static boolean isQuestionStart(String para) {
        return NUMBERED.matcher(para).matches() || BULLET.matcher(para).matches();
    }

    private static boolean isSignature(String para, List<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        // the signature: the requesters' names again, on one line or one each
        return names.stream().anyMatch(para::startsWith) && para.length() < 40 * names.size() + 20;
    }

    /** The group a requester line ends with, or null. */
    static String groupAtEnd(String line) {
        for (String g : GROUPS) {
            if (line.endsWith(" " + g) || line.equals(g)) {
                return g;
            }
        }
        return null;
    }

    private static void requesters(String line, List<Asker> out, List<String> notes) {
        String l = line.replaceFirst("^und\\s+", "").strip();
        Matcher m = REQUESTER.matcher(l);
        String grammar;
        String rest;
        if (m.matches()) {
            grammar = m.group(1);
            rest = m.group(2).strip();
        } else {
            notes.add("requester line not understood: \"" + abbreviate(l) + "\"");
            return;
        }
        if (grammar.startsWith("der Fraktion")) {
            out.add(new Asker(null, null, rest));
            return;
        }
        String group = groupAtEnd(rest);
        String names = group == null ? rest : rest.substring(0, rest.length() - group.length()).strip();
        List<String> list = new ArrayList<>();
        for (String part : names.split(",\\s*|\\s+und\\s+")) {
            if (!part.isBlank()) {
                list.add(part.strip());
            }
        }
        Gender gender = null;
        if (list.size() == 1) {
            gender = grammar.equals("des Abgeordneten") ? Gender.MALE : Gender.FEMALE;
        } else if (grammar.equals("des Abgeordneten")) {
            notes.add("\"des Abgeordneten\" names " + list.size() + " members; genders left open");
        }
        for (String name : list) {
            out.add(new Asker(name, gender, group));
            if (group == null) {
                notes.add("no parliamentary group for " + name);
            }
            if (gender == null) {
                notes.add("gender of " + name + " not stated by the text (several requesters)");
            }
        }
    }

    /**
     * Replaces the footnote markers 1 … {@code count} in the texts, in order, with {@code [^n]}: a
     * bracketed number, or digits glued to a word or to punctuation ("Ostasien.1"). A number is a
     * marker only where its footnote exists; the search for n starts after marker n-1.
     *
     * @return how many markers were found (markers 1 … result)
     */
    static int markers(List<String> texts, int count) {
        int t = 0;
        int from = 0;
        int n = 1;
        for (; n <= count; n++) {
            Pattern marker = Pattern.compile("\\[" + n + "]|(?<=[\\p{L}.,;:!?“”\"')\\]])(?<![\\d][.,])" + n + "(?!\\d)");
            boolean hit = false;
            for (int i = t; i < texts.size() && !hit; i++) {
                Matcher m = marker.matcher(texts.get(i));
                if (m.find(i == t ? from : 0)) {
                    String s = texts.get(i);
                    String replaced = s.substring(0, m.start()) + "[^" + n + "]" + s.substring(m.end());
                    texts.set(i, replaced);
                    t = i;
                    from = m.start() + ("[^" + n + "]").length();
                    hit = true;
                }
            }
            if (!hit) {
                break;
            }
        }
        return n - 1;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
