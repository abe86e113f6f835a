/**
 * Reading datasets: YAML files and data-entry workbooks, streamed into a DatasetSink with every problem placed by file, line and column or sheet and cell.
 */
package de.nrw.coop.storage.dataset;
