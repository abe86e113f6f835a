package de.nrw.coop.reports.answer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Five questions whose answers run over many pages: no question is left at a page foot. */
class LongAnswersTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void noQuestionEndsAPage(int seed) {
        Random random = new Random(seed);
        Inquiries.Builder b = Inquiries.builder();
        List<Question> questions = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            List<AnswerBlock> answer = new ArrayList<>();
            int paragraphs = 2 + random.nextInt(9);
            for (int p = 0; p < paragraphs; p++) {
                answer.add(Inquiries.p(Texts.paragraph(random, 20 + random.nextInt(140))));
            }
            String question = "Frage " + q + " zur Sache: " + Texts.question(random, 10 + random.nextInt(40))
                    + " (Bitte nach Haushaltstiteln aufschlüsseln)";
            questions.add(new Question(q, question, answer));
        }
        b.questions = questions;

        List<String> pages = Pdfs.pages(Pdfs.render(b.build()));

        assertThat(pages.size()).isGreaterThanOrEqualTo(4);
        for (int p = 1; p < pages.size(); p++) {
            List<String> lines = Pdfs.bodyLines(pages.get(p));
            String last = Pdfs.compact(lines.get(lines.size() - 1));
            for (Question q : questions) {
                assertThat(Pdfs.compact(q.number() + ". " + q.text())).as("page %d ends with question %d", p + 1,
                        q.number()).doesNotEndWith(last);
                assertThat(Pdfs.compact(q.text())).as("page %d ends inside question %d", p + 1, q.number())
                        .doesNotContain(last);
            }
        }
        // every question is followed on its page by the start of its answer
        for (Question q : questions) {
            String first = ((AnswerBlock.Paragraph) q.answer().get(0)).text().substring(0, 25);
            String page = pages.stream().filter(s -> s.contains("Frage " + q.number() + " zur Sache")).findFirst()
                    .orElseThrow();
            assertThat(Pdfs.compact(page)).contains(Pdfs.compact(first));
        }
    }
}
