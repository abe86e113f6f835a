/**
 * The compiled Jasper templates, styles and fonts of the reports, loaded from the classpath.
 */
package de.nrw.coop.templates;
