package de.nrw.coop.storage.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded import.
 *
 * @param id      running number
 * @param at      when it ran
 * @param files   the files with their SHA-256
 * @param added   rows added per kind ("activities" → 12)
 * @param changed rows changed per kind
 * @param user    who ran it (portal user or operating-system user); null for imports recorded before coop kept it
 */
public record ImportRecord(long id, Instant at, List<FileDigest> files, Map<String, Integer> added,
                           Map<String, Integer> changed, String user) {
    /** A file of an import and the SHA-256 of its bytes. */
    public record FileDigest(String name, String sha256) {}
}
