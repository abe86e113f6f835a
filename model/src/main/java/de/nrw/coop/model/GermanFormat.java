package de.nrw.coop.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** The German forms of dates and numbers used in answers and reports. */
public final class GermanFormat {
    private GermanFormat() {}

    /** {@code 09.11.2020}: header and footer form. */
    public static String shortDate(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** {@code 9. November 2020}: running-text form. */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + ". " + PartialDate.monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** {@code 7.500}, {@code 1.234,5}: grouping dots, decimal comma, no trailing zeros. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(value);
    }

    /** {@code 1.234,56 €}. */
    public static String euro(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(value) + " €";
    }
}
