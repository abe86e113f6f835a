/**
 * The bundled demo dataset (Kleine Anfrage 17/4514).
 */
package de.nrw.coop.storage.demo;
