/** Flyway's Java migrations (beside the SQL ones in {@code resources/db/migration}): those that differ between H2 and PostgreSQL. */
package db.migration;
