package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.StoreException;
import java.util.List;

/**
 * A dataset is invalid: every problem found, across all files of one import, together. The
 * message shows the first {@link #SHOWN}; {@link #problems()} holds all of them.
 */
public final class DatasetException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Problems the message shows; a file with 10,000 mistakes should not print megabytes. */
    public static final int SHOWN = 100;

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
        for (Problem p : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        if (problems.size() > SHOWN) {
            sb.append(System.lineSeparator()).append("  ... and ").append(problems.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
