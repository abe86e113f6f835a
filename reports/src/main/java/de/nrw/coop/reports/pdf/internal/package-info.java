/**
 * The PDF export's post-processing: tagging artifacts, XMP metadata, content streams. Not API.
 */
package de.nrw.coop.reports.pdf.internal;
