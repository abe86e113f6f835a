package de.nrw.coop.storage.query;

import java.math.BigDecimal;

/** Funding of one project in one year (summed over budget lines). */
public record FundingRow(String projectKey, String projectTitle, String countryCodes, int fundingYear,
                         BigDecimal amount) {}
