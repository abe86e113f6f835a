package de.nrw.coop.storage.query;

import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.StatusChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * An open inquiry with its deadlines and where it stands: one line of the due list.
 *
 * @param id       the inquiry
 * @param kind     Kleine or Große Anfrage
 * @param title    its title
 * @param received the day it reached the government (the day it was dated when not recorded)
 * @param due      the day the answer is due ({@link InquiryKind#dueDate})
 * @param status   its current state: status, departments, internal deadline
 */
public record Deadline(InquiryId id, InquiryKind kind, String title, LocalDate received, LocalDate due,
                       StatusChange status) {

    /** Overdue first, then by due date, then by id: the order of the due list. */
    public static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::id);

    public Deadline {
        Objects.requireNonNull(id, "null id");
        Objects.requireNonNull(kind, "null kind");
        Objects.requireNonNull(received, "null received");
        Objects.requireNonNull(due, "null due");
        Objects.requireNonNull(status, "null status");
    }

    /** The due list's line for a stored inquiry in its current state. */
    public static Deadline of(Inquiry inquiry, StatusChange status) {
        LocalDate received = inquiry.received() == null ? inquiry.asked() : inquiry.received();
        return new Deadline(inquiry.id(), inquiry.kind(), inquiry.title(), received, inquiry.deadline(), status);
    }

    /** The internal deadline set with the assignment; null when none. */
    public LocalDate internalDeadline() {
        return status.internalDeadline();
    }

    /** Days from {@code today} to the due date: 0 on the day, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }

    /**
     * Whether the due date or the internal deadline falls within {@code days} days from
     * {@code today}, or has passed.
     */
    public boolean isDueWithin(LocalDate today, int days) {
        LocalDate last = today.plusDays(days);
        return !due.isAfter(last) || (internalDeadline() != null && !internalDeadline().isAfter(last));
    }
}
