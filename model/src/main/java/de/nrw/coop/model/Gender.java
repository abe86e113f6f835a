package de.nrw.coop.model;

/** Grammatical gender of a member of the Landtag, for the requester line of an answer. */
public enum Gender {
    MALE,
    FEMALE
}
