package de.nrw.coop.reports;

import de.nrw.coop.storage.query.FundingRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Funding rows grouped by project for the tables that print them (answer, yearly report): one row
 * per project, year and budget line as the store gives them, a subtotal per project, the total.
 * The sums are computed here once from the exact amounts.
 */
public final class FundingLines {
    /** Label of a project's subtotal row. */
    public static final String SUBTOTAL = "Zwischensumme";
    /** What a row without Haushaltstitel shows. */
    public static final String NO_BUDGET_LINE = "–";

    private FundingLines() {}

    /** One project's rows, in the store's order, and their sum. */
    public record Project(String key, List<FundingRow> rows, BigDecimal sum) {}

    /** The rows grouped by project, projects in order of first appearance. */
    public static List<Project> byProject(List<FundingRow> funding) {
        Map<String, List<FundingRow>> groups = new LinkedHashMap<>();
        for (FundingRow f : funding) {
            groups.computeIfAbsent(f.projectKey(), k -> new ArrayList<>()).add(f);
        }
        List<Project> projects = new ArrayList<>();
        groups.forEach((key, rows) -> projects.add(new Project(key, List.copyOf(rows), total(rows))));
        return projects;
    }

    public static BigDecimal total(List<FundingRow> funding) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (FundingRow f : funding) {
            total = total.add(f.amount());
        }
        return total;
    }

    /** The Haushaltstitel as printed: the title, or a dash where the dataset gives none. */
    public static String budgetLine(FundingRow f) {
        return f.budgetLine() == null ? NO_BUDGET_LINE : f.budgetLine();
    }
}
