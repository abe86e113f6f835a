/**
 * The data-entry workbook staff fill in Excel ({@code coop template}); it is read back by the
 * storage's dataset reader ({@code coop import erfassung.xlsx}).
 */
package de.nrw.coop.reports.entry;
