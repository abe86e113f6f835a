package de.nrw.coop.storage.query;

import de.nrw.coop.model.Direction;

/** How many activities a country had with NRW in a year, in one direction. */
public record VisitCount(String countryCode, int year, Direction direction, int count) {}
