package de.nrw.coop.reports.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Finds questions left at the foot of a page without the start of their answer. The template's
 * {@code minHeightToStartNewPage} catches most (a fixed height, while questions run from one to
 * several lines); this check finds the rest in the filled document, and the renderer fills again
 * with a page break before each question found.
 */
final class Orphans {
    private static final Pattern QUESTION_ANCHOR = Pattern.compile("Frage (\\d+): .*", Pattern.DOTALL);

    private Orphans() {}

    /** Numbers of the questions that end their page's content, in page order. */
    static List<Integer> questions(JasperPrint print, JasperReport report) {
        int footerTop = report.getPageHeight() - report.getBottomMargin()
                - (report.getPageFooter() == null ? 0 : report.getPageFooter().getHeight());
        List<Integer> orphans = new ArrayList<>();
        for (JRPrintPage page : print.getPages()) {
            JRPrintElement question = null;
            int questionNumber = 0;
            int bottom = 0;
            for (JRPrintElement e : page.getElements()) {
                if (e.getY() >= footerTop) {
                    continue;
                }
                bottom = Math.max(bottom, e.getY() + e.getHeight());
                Integer n = questionNumber(e);
                if (n != null) {
                    question = e;
                    questionNumber = n;
                }
            }
            if (question != null && question.getY() + question.getHeight() >= bottom) {
                orphans.add(questionNumber);
            }
        }
        return orphans;
    }

    private static Integer questionNumber(JRPrintElement e) {
        if (e instanceof JRPrintAnchor anchor && anchor.getAnchorName() != null) {
            Matcher m = QUESTION_ANCHOR.matcher(anchor.getAnchorName());
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (e instanceof JRPrintFrame frame) {
            for (JRPrintElement inner : frame.getElements()) {
                Integer n = questionNumber(inner);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }
}
