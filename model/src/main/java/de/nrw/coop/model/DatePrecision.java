package de.nrw.coop.model;

/** How much of a date the sources tell: "im Jahr 2017", "im Januar 2019", "am 15. Mai 2018". */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
