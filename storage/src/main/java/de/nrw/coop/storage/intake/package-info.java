/**
 * Intake of a new Kleine or Große Anfrage: reads the question as the Landtag publishes it (the
 * Drucksache PDF, or text pasted from the Landtag's database or a group's web page), recognises
 * its parts ({@link de.nrw.coop.storage.intake.QuestionText}) and writes the inquiry's draft YAML
 * in the dataset format ({@link de.nrw.coop.storage.intake.DraftWriter}), optionally taking over
 * the computed answers of an earlier inquiry of the same series ({@link de.nrw.coop.storage.intake.Series}).
 */
package de.nrw.coop.storage.intake;
