package de.nrw.coop.reports.answer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Turns an inquiry into the answer template's parameters and rows. */
final class AnswerRows {
    static final String GOVERNMENT_PREFACE_HEADING = "Vorbemerkung der Landesregierung";
    static final String NO_DATA = "Für den genannten Zeitraum liegen keine Daten vor.";
    private static final int ANCHOR_LENGTH = 70;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private AnswerRows() {}

    /** Parameters of the template except the footnotes (see {@link Footnotes}). */
    static Map<String, Object> parameters(Inquiry inquiry) {
        Map<String, Object> p = new HashMap<>();
        int period = inquiry.id().period();
        p.put("HEADER_RIGHT", inquiry.isDraft() ? "Entwurf" : "Drucksache " + inquiry.answerDrucksache());
        p.put("HEADER_DATE", inquiry.isDraft() ? null : GermanFormat.shortDate(inquiry.answerDate()));
        p.put("PERIOD_LINE", period + ". Wahlperiode");
        p.put("RUNNING_LEFT", "LANDTAG NORDRHEIN-WESTFALEN - " + period + ". Wahlperiode");
        StringBuilder requester = new StringBuilder("der Landesregierung\nauf die ")
                .append(inquiry.designation()).append(" vom ").append(GermanFormat.longDate(inquiry.asked()));
        for (String line : inquiry.requesterLines()) {
            requester.append('\n').append(unbreakableGroups(line, inquiry));
        }
        requester.append("\nDrucksache ").append(inquiry.questionDrucksache());
        p.put("REQUESTER_BLOCK", requester.toString());
        p.put("TITLE", styled(inquiry.title()));
        p.put("FOOTER_LINE", footerLine(inquiry));
        return p;
    }

    /** "Vorbemerkung der Kleinen Anfrage", "Vorbemerkung der Großen Anfrage". */
    static String prefaceHeading(Inquiry inquiry) {
        return "Vorbemerkung der " + inquiry.kind().genitive();
    }

    /**
     * A parliamentary group's name never breaks across lines ("BÜNDNIS 90/DIE GRÜNEN" once broke
     * after "DIE"): its spaces become no-break spaces.
     */
    static String unbreakableGroups(String line, Inquiry inquiry) {
        String result = line;
        for (Requester r : inquiry.requesters()) {
            if (r.group().indexOf(' ') >= 0) {
                result = result.replace(r.group(), r.group().replace(' ', NO_BREAK_SPACE));
            }
        }
        return result;
    }

    /** "Datum des Originals: 09.11.2020/Ausgegeben: 13.11.2020", with only the parts that are known. */
    static String footerLine(Inquiry inquiry) {
        List<String> parts = new ArrayList<>();
        if (inquiry.letterDate() != null) {
            parts.add("Datum des Originals: " + GermanFormat.shortDate(inquiry.letterDate()));
        }
        if (inquiry.issued() != null) {
            parts.add("Ausgegeben: " + GermanFormat.shortDate(inquiry.issued()));
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    static List<Row> rows(Inquiry inquiry, Map<AnswerBlock.DataTable, TableData> tables) {
        Builder b = new Builder();
        if (!inquiry.preface().isEmpty()) {
            b.heading(0, prefaceHeading(inquiry), prefaceHeading(inquiry));
            for (String paragraph : inquiry.preface()) {
                b.paragraph(0, paragraph);
            }
        }
        b.paragraph(0, inquiry.attribution());
        b.breakNext = true;
        if (!inquiry.governmentPreface().isEmpty()) {
            b.heading(0, GOVERNMENT_PREFACE_HEADING, GOVERNMENT_PREFACE_HEADING);
            for (String paragraph : inquiry.governmentPreface()) {
                b.paragraph(0, paragraph);
            }
        }
        for (Question q : inquiry.questions()) {
            b.question = q;
            int before = b.rows.size();
            for (AnswerBlock block : q.answer()) {
                if (block instanceof AnswerBlock.Paragraph p) {
                    b.paragraph(q.number(), p.text());
                } else if (block instanceof AnswerBlock.DataTable t) {
                    TableData data = tables.get(t);
                    if (data == null) {
                        throw new IllegalArgumentException("no data resolved for table " + t.kind().id()
                                + " of question " + q.number() + " of inquiry " + inquiry.id());
                    }
                    b.table(q.number(), t.caption(), data);
                }
            }
            if (b.rows.size() == before) {
                b.add(q.number(), "none", null, null, 0, 0, 0, false, List.of(), List.of());
            }
        }
        return b.rows;
    }

    /** Jasper styled text: XML special characters escaped, footnote markers as superscripts. */
    static String styled(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher m = Inquiry.MARKER.matcher(escaped);
        return m.replaceAll("<sup>$1</sup>");
    }

    static String anchor(String prefix, String text) {
        String plain = Inquiry.MARKER.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        if (plain.length() > ANCHOR_LENGTH) {
            int cut = plain.lastIndexOf(' ', ANCHOR_LENGTH);
            plain = plain.substring(0, cut > ANCHOR_LENGTH / 2 ? cut : ANCHOR_LENGTH) + " …";
        }
        return prefix + plain;
    }

    private static final class Builder {
        final List<Row> rows = new ArrayList<>();
        int block;
        boolean breakNext;
        Question question;

        void heading(int section, String text, String anchor) {
            block++;
            add(section, "heading", styled(text), anchor, 0, 0, 0, false, List.of(), List.of());
        }

        void paragraph(int section, String text) {
            block++;
            add(section, "para", styled(text), null, 0, 0, 0, false, List.of(), List.of());
        }

        void table(int section, String caption, TableData data) {
            if (data.rows().isEmpty()) {
                if (caption != null) {
                    block++;
                    add(section, "caption", styled(caption), null, 0, 0, 0, false, List.of(), List.of());
                }
                paragraph(section, NO_DATA);
                return;
            }
            // the caption travels with the table's rows and prints in the table's group header, so
            // it starts a page together with the header row and the first rows
            String text = caption == null ? null : styled(caption);
            block++;
            int n = data.rows().size();
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1 && data.total() == null;
                add(section, "row", text, null, data.columns(), data.numericFrom(), i, last, data.header(),
                        data.rows().get(i));
            }
            if (data.total() != null) {
                add(section, "total", text, null, data.columns(), data.numericFrom(), n, true, data.header(),
                        data.total());
            }
        }

        void add(int section, String kind, String text, String anchor, int cols, int numericFrom, int rowIndex,
                 boolean lastRow, List<String> head, List<String> cells) {
            String qnum = null;
            String qtext = null;
            String qanchor = null;
            if (section > 0) {
                qnum = question.number() + ".";
                qtext = styled(question.text());
                qanchor = anchor("Frage " + question.number() + ": ", question.text());
            }
            rows.add(new Row(section, block, kind, text, anchor, breakNext, qnum, qtext, qanchor, cols,
                    numericFrom, rowIndex, lastRow, head, cells));
            breakNext = false;
        }
    }
}
