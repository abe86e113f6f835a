package de.nrw.coop.reports.answer;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.ReportException;
import java.util.List;

/** The store holds no inquiry of the requested id; the message names the closest ids it does hold. */
public final class UnknownInquiryException extends ReportException {
    private static final long serialVersionUID = 1L;

    private final transient InquiryId id;
    private final transient List<InquiryId> closest;

    public UnknownInquiryException(InquiryId id, List<InquiryId> closest) {
        super(message(id, closest));
        this.id = id;
        this.closest = List.copyOf(closest);
    }

    private static String message(InquiryId id, List<InquiryId> closest) {
        String s = "no Kleine Anfrage " + id + " in the store";
        if (closest.isEmpty()) {
            return s + " (the store holds no inquiries)";
        }
        StringBuilder sb = new StringBuilder(s).append("; closest stored: ");
        for (int i = 0; i < closest.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(closest.get(i));
        }
        return sb.toString();
    }

    public InquiryId id() {
        return id;
    }

    /** Stored ids closest to the requested one, closest first. */
    public List<InquiryId> closest() {
        return closest;
    }
}
