package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text the fonts cannot print (here one the import would refuse, built in memory as if the fonts
 * had shrunk since) stops the render naming the record and the character; no file appears.
 */
class GlyphLossTest {

    @Test
    void aRenderThatWouldLoseAGlyphFailsNamingTheRecordAndWritesNoFile(@TempDir Path dir) {
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>(b.questions);
        questions.set(0, new Question(1, questions.get(0).text(),
                List.<AnswerBlock>of(Inquiries.p("Partner: Universität Kairo (جامعة القاهرة)."))));
        b.questions = questions;
        Path target = dir.resolve("17-4514.pdf");

        assertThatThrownBy(() -> AnswerReport.write(b.build(), Map.of(), AnswerFormat.PDF, target))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("(report answer 17/4514)")
                .hasMessageContaining("Universität Kairo")
                .hasMessageContaining("U+062C ARABIC LETTER JEEM (script ARABIC), which no font of the PDF prints");
        assertThat(dir).isEmptyDirectory();
    }
}
