/**
 * The domain: records of cooperation (countries, ministries, partners, agreements, projects, activities, funding, settlements, key figures) and inquiries with their answers, each validated in its constructor.
 */
package de.nrw.coop.model;
