/**
 * What every report shares: writing files whole or not at all (AtomicFile), reproducible zips, the reports' exceptions.
 */
package de.nrw.coop.reports;
