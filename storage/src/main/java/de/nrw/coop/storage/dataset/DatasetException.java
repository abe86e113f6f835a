package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.StoreException;
import java.util.List;

/** A dataset is invalid: every problem found, across all files of one import, together. */
public final class DatasetException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" in the dataset; nothing was imported");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
