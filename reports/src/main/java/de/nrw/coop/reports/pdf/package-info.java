/**
 * Archival PDF output (PDF/A-2a and PDF/UA-1) of Jasper prints, with document metadata.
 */
package de.nrw.coop.reports.pdf;
