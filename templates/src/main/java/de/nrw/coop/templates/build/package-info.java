/**
 * Build-time tools: compiling the templates reproducibly.
 */
package de.nrw.coop.templates.build;
