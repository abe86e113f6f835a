package de.nrw.coop.model;

import java.math.BigDecimal;

/**
 * Money NRW gave to a project in a year.
 *
 * @param projectKey the project
 * @param fundingYear the budget year
 * @param amount     in EUR, at most two decimal places, not negative
 * @param budgetLine Haushaltstitel; optional
 */
public record Funding(String projectKey, int fundingYear, BigDecimal amount, String budgetLine) {
    public Funding {
        projectKey = Check.text(projectKey, "project");
        Check.year(fundingYear, "year");
        Check.notNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new ModelException("amount", "amount " + amount.toPlainString() + " EUR must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ModelException("amount", "amount " + amount.toPlainString() + " EUR has more than two decimal places");
        }
        amount = amount.setScale(2);
        budgetLine = Check.optionalText(budgetLine);
    }
}
