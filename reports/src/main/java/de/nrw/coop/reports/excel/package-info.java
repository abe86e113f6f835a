/**
 * The controllers' workbook (coop tables): its data, filters and cell styles.
 */
package de.nrw.coop.reports.excel;
