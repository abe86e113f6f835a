package de.nrw.coop.reports.answer;

import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Inquiry;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRStyledTextParser;
import org.xml.sax.SAXException;

/**
 * Footnotes at the foot of the page that prints their marker. Jasper has no footnotes: the answer
 * is filled once, the superscript markers are looked up page by page in the filled document (a
 * paragraph broken across pages holds only its own page's text), and the document is filled again
 * with the notes of each page in the page footer, whose fixed height keeps the page breaks.
 */
final class Footnotes {
    /**
     * Property the template sets on the footer's note field (in the export namespace, so Jasper
     * copies it to the filled element; exporters ignore it).
     */
    static final String NOTE_PROPERTY = "net.sf.jasperreports.export.coop.footnotes";

    private Footnotes() {}

    /** Marker numbers per 1-based page, in the order they print. */
    static Map<Integer, List<Integer>> markersByPage(JasperPrint print) {
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            List<Integer> markers = new ArrayList<>();
            collect(pages.get(i).getElements(), markers);
            if (!markers.isEmpty()) {
                byPage.put(i + 1, markers);
            }
        }
        return byPage;
    }

    private static void collect(List<JRPrintElement> elements, List<Integer> markers) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), markers);
            } else if (e instanceof JRPrintText text && "styled".equals(text.getMarkup())
                    && !text.getPropertiesMap().containsProperty(NOTE_PROPERTY)) {
                String full = text.getFullText();
                if (full != null && full.contains("<sup>")) {
                    superscripts(full, markers);
                }
            }
        }
    }

    private static void superscripts(String styled, List<Integer> markers) {
        JRStyledText parsed;
        try {
            parsed = JRStyledTextParser.getInstance().parse(new HashMap<>(), styled, Locale.GERMANY);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot parse styled text of the answer: " + styled, e);
        }
        String plain = parsed.getText();
        for (JRStyledText.Run run : parsed.getRuns()) {
            if (TextAttribute.SUPERSCRIPT_SUPER.equals(run.attributes.get(TextAttribute.SUPERSCRIPT))) {
                String number = plain.substring(run.startIndex, run.endIndex).strip();
                if (number.matches("\\d+")) {
                    markers.add(Integer.valueOf(number));
                }
            }
        }
    }

    /**
     * Where the notes are likely to go before any fill: the markers of the Vorbemerkung der Kleinen
     * Anfrage on page 1 (the answers start on a new page), all others unknown (left out).
     */
    static Map<Integer, List<Integer>> frontMatterGuess(Inquiry inquiry) {
        List<Integer> first = new ArrayList<>();
        for (String paragraph : inquiry.preface()) {
            Matcher m = Inquiry.MARKER.matcher(paragraph);
            while (m.find()) {
                first.add(Integer.valueOf(m.group(1)));
            }
        }
        return first.isEmpty() ? Map.of() : Map.of(1, first);
    }

    /** The notes text of {@link #frontMatterGuess}. */
    static Map<Integer, String> guess(Inquiry inquiry) {
        return notesByPage(inquiry, frontMatterGuess(inquiry), false);
    }

    /** The styled footer text per page: one line per note, "¹ text". */
    static Map<Integer, String> notesByPage(Inquiry inquiry, Map<Integer, List<Integer>> markers) {
        return notesByPage(inquiry, markers, true);
    }

    private static Map<Integer, String> notesByPage(Inquiry inquiry, Map<Integer, List<Integer>> markers,
                                                    boolean complete) {
        Map<Integer, String> notes = new HashMap<>();
        int found = 0;
        for (Map.Entry<Integer, List<Integer>> page : markers.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (int number : page.getValue()) {
                Footnote note = inquiry.footnote(number);
                sb.append(sb.length() == 0 ? "" : "\n").append("<sup>").append(number).append("</sup> ")
                        .append(AnswerRows.styled(note.text()));
                found++;
            }
            notes.put(page.getKey(), sb.toString());
        }
        if (complete && found != inquiry.footnotes().size()) {
            throw new IllegalStateException("answer " + inquiry.id() + ": found " + found + " footnote markers in"
                    + " the rendered pages, the inquiry has " + inquiry.footnotes().size() + " footnotes");
        }
        return notes;
    }

    /**
     * Pages whose footer could not hold all of their notes: Jasper cuts text that does not fit
     * silently, so the printed note text is compared with the notes given.
     */
    static List<Integer> overflowingPages(JasperPrint print, Map<Integer, String> notes) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < print.getPages().size(); i++) {
            String expected = notes.get(i + 1);
            if (expected == null) {
                continue;
            }
            JRPrintText printed = noteField(print.getPages().get(i).getElements());
            if (printed == null || printed.getTextTruncateIndex() != null
                    || plain(printed.getFullText()).length() < plain(expected).length()) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    private static JRPrintText noteField(List<JRPrintElement> elements) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                JRPrintText inner = noteField(frame.getElements());
                if (inner != null) {
                    return inner;
                }
            } else if (e instanceof JRPrintText text && text.getPropertiesMap().containsProperty(NOTE_PROPERTY)) {
                return text;
            }
        }
        return null;
    }

    private static String plain(String styled) {
        if (styled == null) {
            return "";
        }
        try {
            return JRStyledTextParser.getInstance().parse(new HashMap<>(), styled, Locale.GERMANY).getText()
                    .strip();
        } catch (SAXException e) {
            throw new IllegalStateException("cannot parse styled text of the answer: " + styled, e);
        }
    }
}
