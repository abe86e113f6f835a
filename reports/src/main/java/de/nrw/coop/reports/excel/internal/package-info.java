/**
 * How the controllers' workbook is written: streaming sheets, Excel tables, formulas, reproducible output. Not API.
 */
package de.nrw.coop.reports.excel.internal;
