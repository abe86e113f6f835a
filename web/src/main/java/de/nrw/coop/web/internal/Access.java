package de.nrw.coop.web.internal;

import de.nrw.coop.web.Credentials;
import de.nrw.coop.web.PortalConfig;
import de.nrw.coop.web.PortalException;
import de.nrw.coop.web.Role;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Who a request comes from: the one place that knows the three ways of signing in. */
public final class Access {
    /** Request attribute holding the {@link User}. */
    static final String USER = "coop.user";
    /** Request attribute: the trusted proxy says the browser reached it over HTTPS. */
    static final String HTTPS = "coop.https";
    /** The name of the reader on this machine when nobody signs in. */
    static final String LOCAL_READER = "lokal";

    private final PortalConfig config;
    private final Set<InetAddress> proxies = new HashSet<>();

    public Access(PortalConfig config) {
        this.config = config;
        for (String proxy : config.trustedProxies()) {
            proxies.add(address(proxy, "--trusted-proxy"));
        }
    }

    private static InetAddress address(String text, String option) {
        // only literal addresses: a host name would make each request's trust depend on DNS
        if (!text.matches("[0-9.]+|[0-9A-Fa-f:.]+")) {
            throw new PortalException(option + " '" + text + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new PortalException(option + " '" + text + "' is not an IP address", e);
        }
    }

    /** Finds the request's user and keeps it on the request; refuses with 401 or 403. */
    void identify(Context ctx) {
        ctx.attribute(USER, user(ctx));
    }

    static User of(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no user identified for " + ctx.path());
        }
        return user;
    }

    /** Refuses the request unless its user has the role. */
    static User require(Context ctx, Role role) {
        User user = of(ctx);
        if (!user.role().includes(role)) {
            throw HttpProblem.forbidden("Diese Aktion ist Mitarbeiterinnen und Mitarbeitern (Rolle staff) vorbehalten;"
                    + " Sie sind als " + user.name() + " mit der Rolle " + user.role().key() + " angemeldet.");
        }
        return user;
    }

    private User user(Context ctx) {
        InetAddress remote = remote(ctx);
        return switch (config.auth()) {
            case NONE -> {
                if (!remote.isLoopbackAddress()) {
                    throw HttpProblem.forbidden("Ohne Anmeldung bedient das Portal nur Anfragen von diesem Rechner.");
                }
                yield new User(LOCAL_READER, Role.READER);
            }
            case BASIC -> basic(ctx);
            case PROXY -> proxied(ctx, remote);
        };
    }

    private static InetAddress remote(Context ctx) {
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr());
        } catch (UnknownHostException e) {
            throw HttpProblem.forbidden("Unbekannte Absenderadresse.");
        }
    }

    private User basic(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized();
        }
        String name = decoded.substring(0, colon);
        Optional<Role> role = config.credentials().authenticate(name, decoded.substring(colon + 1));
        return new User(name, role.orElseThrow(Access::unauthorized));
    }

    private static HttpProblem unauthorized() {
        return new HttpProblem(401, "Anmeldung erforderlich",
                "Bitte melden Sie sich mit Ihrem Benutzernamen und Passwort an.");
    }

    private User proxied(Context ctx, InetAddress remote) {
        if (!proxies.contains(remote)) {
            // the header means nothing from anyone but the proxy: never fall back to it
            throw HttpProblem.forbidden("Das Portal ist nur über den Anmelde-Proxy erreichbar.");
        }
        String name = ctx.header(config.userHeader());
        if (name == null || name.isBlank()) {
            throw HttpProblem.forbidden("Der Anmelde-Proxy hat keinen Benutzer übermittelt.");
        }
        name = name.strip();
        ctx.attribute(HTTPS, "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
        Credentials credentials = config.credentials();
        Role role = credentials == null ? Role.READER : credentials.roleOf(name).orElse(Role.READER);
        return new User(name, role);
    }
}
