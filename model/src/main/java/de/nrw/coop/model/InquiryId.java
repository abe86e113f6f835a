package de.nrw.coop.model;

/**
 * Identifies an inquiry (Kleine or Große Anfrage): legislative period and its running number,
 * written "17/4514".
 */
public record InquiryId(int period, int number) implements Comparable<InquiryId> {
    public InquiryId {
        if (period < 1 || period > 99) {
            throw new ModelException("id", "legislative period " + period + " must be between 1 and 99");
        }
        if (number < 1) {
            throw new ModelException("id", "inquiry number " + number + " must be positive");
        }
    }

    /** Parses "17/4514". */
    public static InquiryId parse(String text) {
        int[] parts = Drucksache.split(text, "inquiry id");
        return new InquiryId(parts[0], parts[1]);
    }

    /** A file-name-safe form: "17-4514". */
    public String fileName() {
        return period + "-" + number;
    }

    @Override
    public int compareTo(InquiryId o) {
        return period != o.period ? Integer.compare(period, o.period) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return period + "/" + number;
    }
}
