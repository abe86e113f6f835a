package de.nrw.coop.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an inquiry stands on its way from the Landtag back to the Landtag, in the order of that
 * way: received, assigned to a lead department (with contributing departments), drafted, co-signed
 * by the contributing departments, signed off by the minister's office, sent to the Landtag,
 * published as a Drucksache. The declaration order is the order of the steps.
 */
public enum InquiryStatus {
    EINGEGANGEN("eingegangen"),
    ZUGEWIESEN("zugewiesen"),
    ENTWURF("Entwurf"),
    MITZEICHNUNG("Mitzeichnung"),
    SCHLUSSZEICHNUNG("Schlusszeichnung"),
    VERSANDT("versandt"),
    VEROEFFENTLICHT("veröffentlicht");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    /** The German word staff use: "Mitzeichnung", "veröffentlicht". */
    public String label() {
        return label;
    }

    /** The command-line and file form: the label in lower case with ö as oe ("veroeffentlicht"). */
    public String id() {
        return label.toLowerCase(Locale.ROOT).replace("ö", "oe");
    }

    /** Whether the answer still has to go out: every status before {@link #VERSANDT}. */
    public boolean isOpen() {
        return compareTo(VERSANDT) < 0;
    }

    /** Whether a lead department must be known from this status on. */
    public boolean needsLead() {
        return compareTo(ZUGEWIESEN) >= 0;
    }

    /** The ids of all statuses, in order, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(InquiryStatus::id).toList());
    }

    /** Parses an id or a label, in any case ("Entwurf", "entwurf", "veröffentlicht", "veroeffentlicht"). */
    public static InquiryStatus parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("ö", "oe");
        for (InquiryStatus status : values()) {
            if (status.id().equals(s)) {
                return status;
            }
        }
        throw new ModelException("status", "'" + (text == null ? "" : text.strip()) + "' is not an inquiry status;"
                + " expected one of " + ids());
    }

    /** All statuses in order. */
    public static List<InquiryStatus> inOrder() {
        return List.of(values());
    }
}
