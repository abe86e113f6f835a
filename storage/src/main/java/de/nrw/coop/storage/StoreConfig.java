package de.nrw.coop.storage;

import java.nio.file.Path;

/**
 * Where the store lives.
 *
 * @param url      JDBC URL: {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param user     database user; optional
 * @param password database password; optional
 */
public record StoreConfig(String url, String user, String password) {
    public StoreConfig {
        if (url == null || url.isBlank()) {
            throw new StoreException("no JDBC URL given");
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("unsupported JDBC URL '" + url + "': coop stores in H2 (jdbc:h2:...)"
                    + " or PostgreSQL (jdbc:postgresql://...)");
        }
    }

    /** The embedded H2 file store in the given folder ({@code coop.mv.db} inside it). */
    public static StoreConfig h2File(Path folder) {
        return new StoreConfig("jdbc:h2:file:" + folder.toAbsolutePath().resolve("coop"), null, null);
    }
}
