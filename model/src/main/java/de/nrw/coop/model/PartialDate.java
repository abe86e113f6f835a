package de.nrw.coop.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A date known to a year, a month or a day. Sorting puts a partial date at the first day it may
 * stand for, so "2019" sorts before "Januar 2019" before "15. Januar 2019".
 *
 * @param year  the year, always known
 * @param month 1 to 12, or {@code null} for a year-only date
 * @param day   1 to the month's length, or {@code null} unless the day is known
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final String[] MONTHS = {
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember"
    };

    private static final Comparator<PartialDate> ORDER = Comparator.comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::precision);

    public PartialDate {
        Check.year(year, "date.year");
        if (month == null && day != null) {
            throw new ModelException("date.day", "a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new ModelException("date.month", "month " + month + " is not between 1 and 12");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new ModelException("date.day", "day " + day + " does not exist in " + year + "-" + month);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code 2019}, {@code 2019-01} or {@code 2019-01-15}.
     *
     * @throws ModelException naming what was expected
     */
    public static PartialDate parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(s));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return ofMonth(ym.getYear(), ym.getMonthValue());
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return of(LocalDate.parse(s));
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new ModelException("date", "'" + s + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day this date may stand for. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date may stand for. */
    public LocalDate lastDay() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** {@code 2019}, {@code 2019-01} or {@code 2019-01-15}: the form datasets use. */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** German running-text form with its preposition: "im Jahr 2017", "im Januar 2019", "am 15. Mai 2018". */
    public String german() {
        return switch (precision()) {
            case YEAR -> "im Jahr " + year;
            case MONTH -> "im " + MONTHS[month - 1] + " " + year;
            case DAY -> "am " + day + ". " + MONTHS[month - 1] + " " + year;
        };
    }

    /** German name of a month, 1 = "Januar". */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
