package de.nrw.coop.storage;

import de.nrw.coop.storage.internal.StoreUrls;
import java.nio.file.Path;

/**
 * Where the store lives.
 *
 * @param url      JDBC URL: {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param user     database user; optional
 * @param password database password; optional
 * @param allowTcp whether an H2 server URL ({@code jdbc:h2:tcp://...}) may be used
 * @throws StoreUrlException for a URL coop does not open (see {@link StoreUrls})
 */
public record StoreConfig(String url, String user, String password, boolean allowTcp) {
    public StoreConfig {
        if (url == null || url.isBlank()) {
            throw new StoreUrlException("no JDBC URL given");
        }
        StoreUrls.check(url, allowTcp);
    }

    /** A store URL without H2 server URLs. */
    public StoreConfig(String url, String user, String password) {
        this(url, user, password, false);
    }

    /**
     * The embedded H2 file store in the given folder ({@code coop.mv.db} inside it), shared by every
     * process of this machine: H2's automatic mixed mode lets the first process serve the file to the
     * others on loopback.
     *
     * @throws StoreUrlException if the folder's path holds {@code ;}, which H2 would read as a setting
     */
    public static StoreConfig h2File(Path folder) {
        String path = folder.toAbsolutePath().resolve("coop").toString();
        if (path.indexOf(';') >= 0) {
            throw new StoreUrlException("the store folder '" + folder + "' holds ';', which H2 reads as the start"
                    + " of a setting; choose a folder without ';' (COOP_HOME)");
        }
        return new StoreConfig("jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE", null, null);
    }

    /** Whether the store lives in memory (H2 {@code mem:}) and is gone when the process ends. */
    public boolean inMemory() {
        return StoreUrls.inMemory(url);
    }

    /** The URL as messages show it: without password. */
    public String safeUrl() {
        return StoreUrls.masked(url);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + safeUrl() + ", user " + user + "]";
    }
}
