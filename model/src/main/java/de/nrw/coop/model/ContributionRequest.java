package de.nrw.coop.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead desk asked a department for its part of the answer to one question (Ressortabfrage).
 *
 * @param inquiry       the inquiry
 * @param departmentKey the department asked
 * @param question      the question, 1-based
 * @param due           the day the contribution is due
 * @param leadKey       the lead department that asked
 * @param requested     when the form was written
 */
public record ContributionRequest(InquiryId inquiry, String departmentKey, int question, LocalDate due, String leadKey,
                                  Instant requested) {
    public ContributionRequest {
        Check.notNull(inquiry, "inquiry");
        departmentKey = Check.key(departmentKey, "department");
        if (question < 1) {
            throw new ModelException("question", "question number " + question + " must be positive");
        }
        Check.notNull(due, "due");
        leadKey = Check.key(leadKey, "lead");
        Check.notNull(requested, "requested");
    }
}
