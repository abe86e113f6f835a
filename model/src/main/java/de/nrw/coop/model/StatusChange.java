package de.nrw.coop.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step in the status history of an inquiry, as the store keeps it: append-only, never changed.
 * Each entry holds the inquiry's whole state after the step, so the newest entry is the current
 * state: departments and internal deadline carry over from the entry before unless the step set
 * them anew.
 *
 * @param inquiry          the inquiry
 * @param sequence         1, 2, 3 ... per inquiry, in the order the steps were recorded
 * @param at               when the step was recorded
 * @param user             who recorded it (the OS user, or the one named with --user)
 * @param status           the status after the step
 * @param departments      keys of the departments in charge: the lead department first, then the
 *                         contributing ones; empty before the inquiry is assigned
 * @param internalDeadline the day the lead department is to deliver its draft; optional
 * @param note             why; required for a step backwards
 */
public record StatusChange(InquiryId inquiry, int sequence, Instant at, String user, InquiryStatus status,
                           List<String> departments, LocalDate internalDeadline, String note) {
    public StatusChange {
        Check.notNull(inquiry, "inquiry");
        if (sequence < 1) {
            throw new ModelException("sequence", "status change " + sequence + " of " + inquiry
                    + " must be numbered from 1");
        }
        Check.notNull(at, "at");
        user = Check.text(user, "user");
        Check.notNull(status, "status");
        departments = Check.list(departments, "departments");
        if (departments.stream().distinct().count() != departments.size()) {
            throw new ModelException("departments", "departments " + departments + " of " + inquiry
                    + " name a department twice");
        }
        note = Check.optionalText(note);
    }

    /** The lead department's key; null before the inquiry is assigned. */
    public String leadDepartment() {
        return departments.isEmpty() ? null : departments.get(0);
    }

    /** The contributing departments' keys (mitzeichnende Ressorts). */
    public List<String> contributingDepartments() {
        return departments.isEmpty() ? List.of() : departments.subList(1, departments.size());
    }
}
