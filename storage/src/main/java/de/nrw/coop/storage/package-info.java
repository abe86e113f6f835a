/**
 * The store of cooperation knowledge (H2 or PostgreSQL): opening, importing datasets all or nothing, the report queries.
 */
package de.nrw.coop.storage;
