package de.nrw.coop.storage;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param importId running number of the recorded import
 * @param added    rows added per kind
 * @param changed  rows changed per kind
 * @param warnings rules broken without refusal (more than five sub-questions, ...)
 */
public record ImportResult(long importId, Map<String, Integer> added, Map<String, Integer> changed,
                           List<String> warnings) {}
