/**
 * The record types of coop described once ({@link de.nrw.coop.storage.kind.RecordTypes}): each
 * type's dataset list, fields, natural key, references, German workbook labels and storage. The
 * dataset reader, the import, the data-entry workbook and the documentation check are driven by
 * these descriptors.
 */
package de.nrw.coop.storage.kind;
