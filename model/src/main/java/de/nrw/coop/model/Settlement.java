package de.nrw.coop.model;

/**
 * Companies from a country that settled in NRW with the help of NRW.INVEST, per year or, where the
 * sources give only a total, for a period ("16 ... in den Jahren 2017 bis 2020").
 *
 * @param countryCode where the companies come from
 * @param fromYear    first year counted
 * @param toYear      last year counted (equal to fromYear for one year)
 * @param companies   how many companies settled
 * @param source      where the figure comes from; optional
 */
public record Settlement(String countryCode, int fromYear, int toYear, int companies, String source) {
    public Settlement {
        countryCode = Check.text(countryCode, "country");
        Check.year(fromYear, "from");
        Check.year(toYear, "to");
        if (toYear < fromYear) {
            throw new ModelException("to", "period " + fromYear + "–" + toYear + " ends before it starts");
        }
        if (companies < 0) {
            throw new ModelException("companies", "company count " + companies + " must not be negative");
        }
        source = Check.optionalText(source);
    }

    public boolean singleYear() {
        return fromYear == toYear;
    }
}
