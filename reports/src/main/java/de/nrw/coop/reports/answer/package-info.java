/**
 * The answer to an inquiry in the Landesregierung's layout: data tables computed from the store, footnotes, PDF and Word output.
 */
package de.nrw.coop.reports.answer;
