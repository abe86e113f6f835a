package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

/** A table's caption never stays alone at the foot of a page: it starts the page its table starts on. */
class CaptionTest {
    private static final String CAPTION = "Förderung nach Projekten und Jahren";
    private static final AnswerBlock.DataTable FUNDING = new AnswerBlock.DataTable(
            de.nrw.coop.model.TableKind.FUNDING, List.of(), null, null, CAPTION);

    @Test
    void theCaptionIsOnThePageOfTheTablesFirstRowWhereverTheTableFalls() {
        TableData data = AnswerTables.fundingTable(DataTableTest.fundingRows(4));
        int movedToNextPage = 0;
        // paragraphs of one line each move the table down the page in steps of about one band
        for (int k = 0; k < 32; k++) {
            Inquiries.Builder b = Inquiries.builder();
            List<Question> questions = new ArrayList<>(b.questions);
            Question q3 = questions.get(2);
            List<AnswerBlock> answer = new ArrayList<>(q3.answer());
            for (int i = 0; i < k; i++) {
                answer.add(Inquiries.p("Absatz " + (i + 1) + " vor der Tabelle."));
            }
            answer.add(FUNDING);
            questions.set(2, new Question(3, q3.text(), answer));
            b.questions = questions;
            JasperPrint print = AnswerRenderer.fill(b.build(), Map.of(FUNDING, data));

            int captionPage = page(print, CAPTION);
            int firstRowPage = page(print, "Projekt Nummer 1 der Hochschulkooperation");
            int paragraphPage = k == 0 ? captionPage : page(print, "Absatz " + k + " vor der Tabelle.");
            assertThat(captionPage).as("page of the caption with %d paragraphs before the table", k)
                    .isEqualTo(firstRowPage);
            if (captionPage > paragraphPage) {
                movedToNextPage++;
            }
        }
        assertThat(movedToNextPage).as("renders in which the table had to move to the next page").isPositive();
    }

    /** The 0-based page of the first text element whose text is {@code text}. */
    private static int page(JasperPrint print, String text) {
        for (int p = 0; p < print.getPages().size(); p++) {
            if (holds(print.getPages().get(p).getElements(), text)) {
                return p;
            }
        }
        throw new AssertionError("'" + text + "' is on no page");
    }

    private static boolean holds(List<JRPrintElement> elements, String text) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame && holds(frame.getElements(), text)) {
                return true;
            }
            if (e instanceof JRPrintText t && t.getFullText() != null && t.getFullText().strip().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
