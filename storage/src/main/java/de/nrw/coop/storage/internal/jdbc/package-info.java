/**
 * JDBC and JDBI helpers shared by the record types' loaders and writers and by the report
 * queries: typed batch inserts and key-filtered selects. Not API.
 */
package de.nrw.coop.storage.internal.jdbc;
