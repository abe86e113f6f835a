package de.nrw.coop.storage.query;

import de.nrw.coop.model.Activity;
import java.util.List;

/**
 * An activity with the names its report rows show.
 *
 * @param activity     the record
 * @param countryName  German name of its country
 * @param hostNames    NRW hosts: department abbreviations first, then partner names
 * @param partnerNames foreign partners' names
 */
public record ActivityView(Activity activity, String countryName, List<String> hostNames, List<String> partnerNames) {}
