/**
 * Benchmarks that measure coop against the bare libraries it uses, in the same run (ratios, never absolute times): import, dataset reading, answer PDFs, Excel, yearly report.
 */
package de.nrw.coop.bench;
