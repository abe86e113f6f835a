package de.nrw.coop.web.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Forged form posts: every form carries a token that must equal the one in the browser's
 * {@code SameSite=Strict} cookie (double submit). Nothing is kept on the server, so any instance
 * behind the proxy accepts the forms of any other.
 */
final class Csrf {
    static final String COOKIE = "coop-csrf";
    static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    /** The request's token, set as a cookie first where the browser has none yet. */
    static String token(Context ctx) {
        String token = ctx.attribute(COOKIE);
        if (token != null) {
            return token;
        }
        token = ctx.cookie(COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                    + (ctx.req().isSecure() || Boolean.TRUE.equals(ctx.attribute(Access.HTTPS)) ? "; Secure" : ""));
        }
        ctx.attribute(COOKIE, token);
        return token;
    }

    /** Refuses a post whose form token does not match its cookie. */
    static void check(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII))) {
            throw HttpProblem.forbidden("Das Formular ist abgelaufen oder stammt nicht von diesem Portal."
                    + " Bitte laden Sie die Seite neu und senden Sie es noch einmal.");
        }
    }
}
