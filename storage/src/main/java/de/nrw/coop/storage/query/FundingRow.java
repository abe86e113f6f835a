package de.nrw.coop.storage.query;

import java.math.BigDecimal;

/**
 * Funding of one project in one year on one budget line (Haushaltstitel).
 *
 * @param budgetLine the Haushaltstitel; null where the dataset gives none
 */
public record FundingRow(String projectKey, String projectTitle, String countryCodes, int fundingYear,
                         String budgetLine, BigDecimal amount) {}
