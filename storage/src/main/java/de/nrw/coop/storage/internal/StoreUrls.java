package de.nrw.coop.storage.internal;

import de.nrw.coop.storage.StoreUrlException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which store URLs coop opens. A JDBC URL is code: H2's {@code INIT=RUNSCRIPT FROM '...'} runs SQL
 * (and with {@code CREATE ALIAS} Java) from a file or the network, its {@code TRACE_*} settings write
 * files; pgjdbc's {@code socketFactory}, {@code sslfactory} and their kin instantiate any class on
 * the class path (CVE-2022-21724), {@code loggerFile} writes files. H2 URLs therefore accept only an
 * allow-list of settings; PostgreSQL URLs refuse the parameters that load classes or write files;
 * every other database is refused.
 */
public final class StoreUrls {
    private StoreUrls() {}

    /** H2 settings that neither run code nor write files nor weaken the store's consistency. */
    public static final Set<String> H2_ALLOWED = Set.of("AUTO_SERVER", "AUTO_SERVER_PORT", "DB_CLOSE_DELAY",
            "LOCK_TIMEOUT", "IFEXISTS", "ACCESS_MODE_DATA", "CACHE_SIZE", "DB_CLOSE_ON_EXIT", "MAX_COMPACT_TIME",
            "USER", "PASSWORD");

    /** pgjdbc parameters that load a class, write a file or read further settings from a file. */
    public static final Set<String> POSTGRES_REFUSED = Set.of("socketFactory", "socketFactoryArg", "sslfactory",
            "sslfactoryarg", "sslhostnameverifier", "sslpasswordcallback", "authenticationPluginClassName",
            "loggerFile", "loggerLevel", "service", "jaasLogin", "jaasApplicationName", "gsslib", "sspiServiceClass",
            "sslsocketfactory");

    private static final Set<String> POSTGRES_REFUSED_LOWER = lower(POSTGRES_REFUSED);
    private static final Pattern USERINFO = Pattern.compile("(//[^/@:?;]*):[^/@?;]*@");
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * Checks a store URL.
     *
     * @param allowTcp whether an H2 server URL ({@code jdbc:h2:tcp:} or {@code ssl:}) may be used
     * @throws StoreUrlException naming what is refused
     */
    public static void check(String url, boolean allowTcp) {
        if (url.startsWith("jdbc:h2:")) {
            checkH2(url, allowTcp);
        } else if (url.startsWith("jdbc:postgresql:")) {
            checkPostgres(url);
        } else {
            throw new StoreUrlException("unsupported JDBC URL '" + masked(url) + "': coop stores in H2 (jdbc:h2:file:...)"
                    + " or PostgreSQL (jdbc:postgresql://...)");
        }
    }

    /** The URL as messages may show it: no password, whether as a parameter or in {@code //user:password@host}. */
    public static String masked(String url) {
        return PASSWORD.matcher(USERINFO.matcher(url).replaceAll("$1:***@")).replaceAll("$1***");
    }

    /** Whether the URL names an H2 database in memory, which is gone when the command ends. */
    public static boolean inMemory(String url) {
        return url.regionMatches(true, 0, "jdbc:h2:mem:", 0, "jdbc:h2:mem:".length());
    }

    private static void checkH2(String url, boolean allowTcp) {
        String rest = url.substring("jdbc:h2:".length());
        String[] parts = rest.split(";", -1);
        String name = parts[0];
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.startsWith("tcp:") || lowerName.startsWith("ssl:")) {
            if (!allowTcp) {
                throw new StoreUrlException("the H2 server URL '" + masked(url) + "' is refused: coop connects to a"
                        + " remote H2 server only with --db-allow-tcp (the default store is a file, shared by the"
                        + " processes of this machine by itself)");
            }
        } else if (!lowerName.startsWith("file:") && !lowerName.startsWith("mem:")
                && Pattern.compile("^[a-z][a-z0-9]+:").matcher(lowerName).find()
                && !Pattern.compile("^[a-z]:[\\\\/]").matcher(lowerName).find()) {
            String prefix = name.substring(0, name.indexOf(':') + 1);
            throw new StoreUrlException("the H2 URL '" + masked(url) + "' uses '" + prefix + "', which coop does not"
                    + " open: use jdbc:h2:file:PATH");
        }
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i];
            if (setting.isBlank()) {
                continue;
            }
            int eq = setting.indexOf('=');
            String key = (eq < 0 ? setting : setting.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
            if (eq < 0) {
                throw new StoreUrlException("the H2 URL '" + masked(url) + "' holds '" + masked(setting.strip()) + "' where a"
                        + " setting NAME=VALUE belongs");
            }
            if (!H2_ALLOWED.contains(key)) {
                throw new StoreUrlException("the H2 setting " + key + " is not allowed in a store URL" + why(key)
                        + "; coop allows " + String.join(", ", new java.util.TreeSet<>(H2_ALLOWED)));
            }
        }
    }

    private static String why(String key) {
        if (key.equals("INIT") || key.contains("RUNSCRIPT") || key.contains("SCRIPT")) {
            return " (it runs SQL, and through it Java code, when the store opens)";
        }
        if (key.startsWith("TRACE")) {
            return " (it writes trace files)";
        }
        return "";
    }

    private static void checkPostgres(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return;
        }
        for (String param : url.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? param : param.substring(0, eq), StandardCharsets.UTF_8).strip();
            if (POSTGRES_REFUSED_LOWER.contains(key.toLowerCase(Locale.ROOT))) {
                throw new StoreUrlException("the PostgreSQL parameter " + key + " is not allowed in a store URL ("
                        + (key.toLowerCase(Locale.ROOT).startsWith("logger") ? "it writes files"
                                : key.equalsIgnoreCase("service") ? "it reads further parameters from a file"
                                : "it makes the driver load a class named in the URL") + ")");
            }
        }
    }

    private static Set<String> lower(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
