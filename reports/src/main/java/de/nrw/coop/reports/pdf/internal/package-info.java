/**
 * The archival PDF export: JasperReports' PDF exporter and OpenPDF writer, extended so that the
 * file comes out PDF/A-2a + PDF/UA-1 with reproducible bytes in one pass (artifacts, table
 * scopes, note IDs, fonts, metadata, document ID). Not API; {@code PdfExport} is.
 */
package de.nrw.coop.reports.pdf.internal;
