package de.nrw.coop.model;

import java.util.List;

/**
 * A sub-question of an inquiry and the government's answer to it.
 *
 * @param number 1-based position
 * @param text   the question as asked, including its "(Bitte ... aufschlüsseln)" clause
 * @param answer the answer blocks in order; empty while unanswered
 */
public record Question(int number, String text, List<AnswerBlock> answer) {
    public Question {
        if (number < 1) {
            throw new ModelException("number", "question number " + number + " must be positive");
        }
        text = Check.text(text, "text");
        answer = Check.list(answer, "answer");
    }
}
