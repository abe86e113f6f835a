package de.nrw.coop.web;

import java.util.List;
import java.util.Objects;

/**
 * Where the portal listens and how it knows who asks.
 *
 * @param bind           address to listen on; loopback unless the operator says otherwise
 * @param port           TCP port; 0 picks a free one (tests)
 * @param auth           how users are known
 * @param credentials    users with roles (and, for {@link Auth#BASIC}, password hashes); null only with {@link Auth#NONE},
 *                       or with {@link Auth#PROXY} where every proxy user is a reader
 * @param userHeader     {@link Auth#PROXY}: the header carrying the user name the proxy authenticated
 * @param trustedProxies {@link Auth#PROXY}: addresses whose requests may carry that header
 * @param builds         files built at the same time; further download requests wait their turn, so
 *                       the heap holds at most this many reports' working sets
 */
public record PortalConfig(String bind, int port, Auth auth, Credentials credentials, String userHeader,
                           List<String> trustedProxies, int builds) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_USER_HEADER = "X-Remote-User";
    /** Builds at a time by default: one per processor, at least two. */
    public static final int DEFAULT_BUILDS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** How the portal knows its users. */
    public enum Auth {
        /** Nobody signs in: the reader role, for requests from this machine only. */
        NONE,
        /** HTTP basic authentication against the credentials file's password hashes. */
        BASIC,
        /** A header set by the reverse proxy, accepted only from the trusted proxy addresses. */
        PROXY
    }

    public PortalConfig {
        Objects.requireNonNull(bind, "null bind address");
        Objects.requireNonNull(auth, "null auth");
        if (port < 0 || port > 65535) {
            throw new PortalException("port " + port + " is not between 0 and 65535");
        }
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        userHeader = userHeader == null || userHeader.isBlank() ? DEFAULT_USER_HEADER : userHeader.strip();
        if (auth == Auth.BASIC && credentials == null) {
            throw new PortalException("--auth basic needs a credentials file (--credentials FILE)");
        }
        if (auth == Auth.PROXY && trustedProxies.isEmpty()) {
            throw new PortalException("--auth proxy needs the proxy's address (--trusted-proxy ADDR): "
                    + "a user header from anyone else would let them sign in as anybody");
        }
        if (auth != Auth.PROXY && !trustedProxies.isEmpty()) {
            throw new PortalException("--trusted-proxy applies only to --auth proxy");
        }
        if (builds < 1) {
            throw new PortalException("--builds " + builds + " must be at least 1");
        }
    }

    /** The configuration with the default number of builds at a time. */
    public PortalConfig(String bind, int port, Auth auth, Credentials credentials, String userHeader,
                        List<String> trustedProxies) {
        this(bind, port, auth, credentials, userHeader, trustedProxies, DEFAULT_BUILDS);
    }

    /** Readers on this machine only, on the default port. */
    public static PortalConfig local(int port) {
        return new PortalConfig(DEFAULT_BIND, port, Auth.NONE, null, null, List.of());
    }
}
