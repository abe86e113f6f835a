package de.nrw.coop.model;

/** A printed paper of the Landtag: legislative period and number, written "17/11754". */
public record Drucksache(int period, int number) {
    public Drucksache {
        if (period < 1 || period > 99) {
            throw new ModelException("drucksache", "legislative period " + period + " must be between 1 and 99");
        }
        if (number < 1) {
            throw new ModelException("drucksache", "Drucksache number " + number + " must be positive");
        }
    }

    /** Parses "17/11754". */
    public static Drucksache parse(String text) {
        int[] parts = split(text, "Drucksache");
        return new Drucksache(parts[0], parts[1]);
    }

    static int[] split(String text, String what) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{1,2}/\\d{1,7}")) {
            throw new ModelException(what, what + " '" + s + "' must be of the form PERIOD/NUMBER, e.g. 17/4514");
        }
        int slash = s.indexOf('/');
        return new int[] {Integer.parseInt(s.substring(0, slash)), Integer.parseInt(s.substring(slash + 1))};
    }

    @Override
    public String toString() {
        return period + "/" + number;
    }
}
