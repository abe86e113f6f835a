package de.nrw.coop.cli;

/** Checks of option values that picocli's type conversion cannot make. */
final class Choices {
    private Choices() {}

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    /** A year option must be a plausible calendar year; a typo like 20019 is a usage error, not an empty report. */
    static void year(Integer year, String option) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw new UsageException(option + " " + year + " is not a plausible year (" + MIN_YEAR + " to " + MAX_YEAR + ")");
        }
    }
}
