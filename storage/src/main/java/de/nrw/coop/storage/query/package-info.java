/**
 * What the report queries return: views of stored records joined with what reports print beside them, and the filter they take.
 */
package de.nrw.coop.storage.query;
