/**
 * The import's transaction sink and the report queries' SQL. Not API.
 */
package de.nrw.coop.storage.internal;
