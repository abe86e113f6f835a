package de.nrw.coop.reports.word;

import de.nrw.coop.reports.ReportException;
import java.util.List;

/** A Word document coop cannot take back; every problem found, nothing was imported. */
public final class WordImportException extends ReportException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public WordImportException(String file, List<String> problems) {
        this(file, problems, null);
    }

    private WordImportException(String file, List<String> problems, Void sorted) {
        super(message(file, byQuestion(problems)));
        this.problems = byQuestion(problems);
    }

    /** Problems without a question first, then by question number; found order within. */
    private static List<String> byQuestion(List<String> problems) {
        List<String> sorted = new java.util.ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(WordImportException::question));
        return List.copyOf(sorted);
    }

    private static int question(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^question (\\d+):").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    public WordImportException(String file, String problem) {
        this(file, List.of(problem));
    }

    /** The problems, each naming the question where there is one. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String file, List<String> problems) {
        if (problems.size() == 1) {
            return file + ": " + problems.get(0) + "; nothing was imported";
        }
        StringBuilder sb = new StringBuilder(file).append(": ").append(problems.size())
                .append(" problems; nothing was imported");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
