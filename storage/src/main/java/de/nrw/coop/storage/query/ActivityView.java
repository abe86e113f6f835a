package de.nrw.coop.storage.query;

import de.nrw.coop.model.Activity;
import java.util.List;

/**
 * An activity with the names its report rows show.
 *
 * @param activity     the record
 * @param countryName  German name of its country
 * @param hostNames    NRW hosts: department abbreviations first, then partner names
 * @param partnerNames foreign partners' names, each with its native name where the partner has one:
 *                     "Korean National Police University (경찰대학)"
 */
public record ActivityView(Activity activity, String countryName, List<String> hostNames, List<String> partnerNames) {}
