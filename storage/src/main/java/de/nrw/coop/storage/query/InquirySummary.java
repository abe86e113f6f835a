package de.nrw.coop.storage.query;

import de.nrw.coop.model.InquiryId;

/** One line of the inquiry list. */
public record InquirySummary(InquiryId id, String title, boolean draft) {}
