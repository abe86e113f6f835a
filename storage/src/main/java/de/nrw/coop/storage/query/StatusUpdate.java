package de.nrw.coop.storage.query;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A status change to record.
 *
 * @param inquiry          the inquiry
 * @param status           the new status
 * @param departments      the lead department first, then the contributing ones; empty keeps the
 *                         departments of the current state
 * @param internalDeadline the internal deadline; null keeps the current one
 * @param note             why; required for a step backwards; optional otherwise
 * @param user             who records the change
 */
public record StatusUpdate(InquiryId inquiry, InquiryStatus status, List<String> departments,
                           LocalDate internalDeadline, String note, String user) {
    public StatusUpdate {
        Objects.requireNonNull(inquiry, "null inquiry");
        Objects.requireNonNull(status, "null status");
        departments = departments == null ? List.of() : List.copyOf(departments);
        note = note == null || note.isBlank() ? null : note.strip();
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a status change needs the user who records it");
        }
        user = user.strip();
    }
}
