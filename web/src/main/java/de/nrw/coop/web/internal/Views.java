package de.nrw.coop.web.internal;

import java.util.List;

/**
 * What the templates show, already in German and formatted: the templates only place text, they
 * neither compute nor format.
 */
public final class Views {
    private Views() {}

    /**
     * The frame of every page.
     *
     * @param section the navigation entry of the page ("anfragen", "tabellen", "berichte", "daten")
     * @param notice  a line for every page (no sign-in configured), or null
     */
    public record Frame(String title, String section, String user, String role, boolean staff, String csrf,
                        String notice) {}

    /** One inquiry of the start page's lists; {@code left} says the days to the due date in words. */
    public record InquiryRow(String id, String href, String title, String kind, String status, String lead,
                             String received, String due, String left, boolean overdue) {}

    /** A column heading of a sortable table: its link and whether the table is sorted by it. */
    public record SortColumn(String label, String href, boolean active) {}

    public record Start(List<InquiryRow> open, List<InquiryRow> answered, List<SortColumn> columns) {}

    public record QuestionView(int number, String text, List<String> paragraphs, List<String> tables) {}

    /** One line of a definition list: term and description. */
    public record Fact(String term, String value) {}

    /** One step of an inquiry's history. */
    public record Step(String at, String user, String status, String departments, String deadline, String note) {}

    /** The staff's form for the next step of an inquiry. */
    public record StatusForm(String action, List<Choice> statuses, List<Choice> leads, List<Choice> contributing,
                             String deadline) {}

    /**
     * A department's part of the answer to one question (Ressortabfrage): asked when, due when,
     * and whether it came back; {@code state} says it in words ("eingegangen am ...", "ausstehend,
     * noch 3 Tage", "überfällig seit 2 Tagen"), so overdue is never told by colour alone.
     *
     * @param text the returned text, paragraphs with footnotes inline; empty while it is missing
     */
    public record ContributionView(int question, String department, String departmentName, String requested,
                                   String due, String state, boolean returned, boolean overdue, List<String> text) {}

    public record InquiryPage(String id, String title, String status, boolean overdue, List<Fact> facts,
                              List<String> preface, List<QuestionView> questions, String pdfHref, String docxHref,
                              List<Step> history, StatusForm form, List<ContributionView> contributions) {
        /** The contributions that came back, for the texts below the overview. */
        public List<ContributionView> returned() {
            return contributions.stream().filter(ContributionView::returned).toList();
        }
    }

    /** A checkbox of a form. */
    public record Choice(String name, String value, String label, boolean checked) {}

    public record TablesForm(List<Choice> countries, List<Choice> departments, String from, String to,
                             String error) {}

    public record YearLinks(int year, String pdfHref, String xlsxHref, String pdfName, String xlsxName) {}

    public record Reports(List<YearLinks> years) {}

    /** One recorded import: when, by whom, which files. */
    public record ImportLine(long id, String at, String user, String files) {}

    /**
     * The data page.
     *
     * @param kinds  the kinds of record the data-entry workbook can hold, for its download form
     * @param errors why the last upload was refused, one line per file; empty otherwise
     */
    public record DataEntry(boolean staff, String limit, int maxFiles, List<ImportLine> imports, List<Choice> kinds,
                            List<String> errors) {}

    /** One problem of an upload, with its place in words ("Zeile 12, Spalte 5"). */
    public record ProblemView(String file, String place, String field, String message) {}

    /** An uploaded file carried, unchanged, from the check to the confirmed import. */
    public record Carried(String name, String sha256, String base64, String size) {}

    /** Rows a kind of record gains or changes. */
    public record Count(String kind, int added, int changed) {}

    public record Checked(List<Carried> files, List<ProblemView> problems, List<Count> counts,
                          List<String> warnings) {}

    public record Imported(long importId, String user, List<String> files, List<Count> counts,
                           List<String> warnings) {}

    public record ErrorPage(int status, String title, String reason) {}
}
