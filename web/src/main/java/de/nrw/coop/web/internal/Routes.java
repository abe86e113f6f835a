package de.nrw.coop.web.internal;

import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreBusyException;
import de.nrw.coop.web.PortalConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route of the portal, its guards and its error pages, in one place. */
public final class Routes {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /**
     * No script at all, styles only from the portal, no framing (clickjacking), forms only to the
     * portal itself.
     */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private static final byte[] CSS = resource("coop.css");

    private Routes() {}

    /** Installs the routes on a Javalin configuration. */
    public static void install(JavalinConfig javalin, CoopStore store, PortalConfig config, Clock clock) {
        Access access = new Access(config);
        Pages pages = new Pages(store, config, clock);
        Uploads uploads = new Uploads(store, pages);
        var routes = javalin.routes;

        routes.before(ctx -> {
            headers(ctx);
            if (ctx.path().equals("/health")) {
                return;
            }
            access.identify(ctx);
            if (ctx.method() == HandlerType.POST) {
                try {
                    Csrf.check(ctx);
                } catch (HttpProblem e) {
                    throw e;
                } catch (Exception e) {
                    // reading the token parses the form: a body beyond the server's limit or a broken one fails there
                    throw unreadableForm(ctx, e);
                }
            }
        });
        // a load balancer's probe: answers without sign-in, says nothing but whether the store answers
        routes.get("/health", ctx -> {
            store.dataAsOf();
            ctx.contentType("text/plain; charset=utf-8").result("ok");
        });
        routes.get("/static/coop.css", ctx -> {
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType("text/css; charset=utf-8").result(CSS);
        });
        routes.get("/", pages::start);
        routes.get("/anfragen/{period}/{number}", pages::inquiry);
        routes.post("/anfragen/{period}/{number}/status", pages::changeStatus);
        routes.get("/anfragen/{period}/{number}/antwort.pdf", ctx -> pages.answer(ctx, AnswerFormat.PDF));
        routes.get("/anfragen/{period}/{number}/antwort.docx", ctx -> pages.answer(ctx, AnswerFormat.DOCX));
        routes.get("/tabellen", pages::tablesForm);
        routes.get("/tabellen/arbeitsmappe", pages::tables);
        routes.get("/berichte", pages::reports);
        routes.get("/berichte/{year}/pdf", ctx -> pages.yearly(ctx, true));
        routes.get("/berichte/{year}/xlsx", ctx -> pages.yearly(ctx, false));
        routes.get("/daten", uploads::form);
        routes.get("/daten/erfassung.xlsx", uploads::entryWorkbook);
        routes.post("/daten/pruefen", uploads::check);
        routes.post("/daten/importieren", uploads::confirm);

        routes.exception(HttpProblem.class, (e, ctx) -> {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Basic realm=\"coop\", charset=\"UTF-8\"");
            }
            pages.error(ctx, e.status(), e.title(), e.getMessage());
        });
        routes.exception(StoreBusyException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "30");
            pages.error(ctx, 503, "Datenbestand belegt",
                    "Der Datenbestand wird gerade von einem anderen Vorgang verwendet. Bitte versuchen Sie es gleich noch einmal.");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // the details go to the log; the page gets a short message and never a stack trace
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            pages.error(ctx, 500, "Interner Fehler", "Die Datei oder Seite konnte nicht erstellt werden."
                    + " Die Einzelheiten stehen im Protokoll des Portals (" + java.time.Instant.now() + ").");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(Pages.RENDERED) == null) {
                pages.error(ctx, 404, "Nicht gefunden", "Diese Seite gibt es im Portal nicht.");
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(Pages.RENDERED) == null) {
                pages.error(ctx, 405, "Nicht erlaubt", "Diese Methode ist hier nicht vorgesehen.");
            }
        });
    }

    /** 413 for a form beyond what the server reads at all, 400 for one that arrived broken; never a 500. */
    private static HttpProblem unreadableForm(Context ctx, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("max length exceeded")) {
                LOG.info("{} {}: form beyond the request limit refused", ctx.method(), ctx.path());
                return new HttpProblem(413, "Zu groß", "Die Dateien sind zusammen größer, als das Portal annimmt:"
                        + " ein Upload darf höchstens " + Uploads.LIMIT + " groß sein; größere Datensätze importiert"
                        + " coop import auf der Kommandozeile.");
            }
        }
        LOG.info("{} {}: unreadable form: {}", ctx.method(), ctx.path(), e.toString());
        return HttpProblem.badRequest("Das Formular ist unvollständig oder beschädigt angekommen; bitte senden Sie es"
                + " noch einmal.");
    }

    /** Security headers on every answer, error pages and downloads included. */
    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream("/de/nrw/coop/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
