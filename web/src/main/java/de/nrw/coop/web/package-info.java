/**
 * The portal: coop's pages, downloads and uploads for controllers and staff in a browser, over
 * the same store and the same report builders as the command line. {@link de.nrw.coop.web.Portal}
 * starts it; {@link de.nrw.coop.web.PortalConfig} says where it listens and how it knows its users.
 */
package de.nrw.coop.web;
