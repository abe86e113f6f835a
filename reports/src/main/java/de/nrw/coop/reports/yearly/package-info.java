/**
 * The yearly cooperation report (coop yearly): its data, PDF and workbook, written together.
 */
package de.nrw.coop.reports.yearly;
