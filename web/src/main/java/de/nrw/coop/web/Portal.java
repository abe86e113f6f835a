package de.nrw.coop.web;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.web.internal.Routes;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.time.Clock;
import java.util.Objects;

/**
 * The running portal. Stateless apart from the store: several instances on one PostgreSQL store
 * can stand behind the proxy, and the command line's jobs use the same store at the same time.
 */
public final class Portal implements AutoCloseable {
    /** Largest request body: the upload limit of the data-entry page plus its base64 round trip. */
    private static final long MAX_REQUEST_BYTES = 24L * 1024 * 1024;

    private final Javalin app;

    private Portal(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the portal over the store.
     *
     * @param clock tells which inquiries are overdue
     * @throws PortalException if it cannot listen where configured
     */
    public static Portal start(CoopStore store, PortalConfig config, Clock clock) {
        Objects.requireNonNull(store, "null store");
        Objects.requireNonNull(config, "null config");
        Objects.requireNonNull(clock, "null clock");
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.host = config.bind();
            javalin.jetty.port = config.port();
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            // downloads are PDF and zip containers already; compressing them again costs CPU for nothing
            javalin.http.compressionStrategy = CompressionStrategy.NONE;
            javalin.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            Routes.install(javalin, store, config, clock);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new PortalException("cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return new Portal(app);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The port it listens on (the chosen one where the configuration said 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
