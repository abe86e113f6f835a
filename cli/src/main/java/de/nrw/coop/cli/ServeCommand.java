package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.web.Credentials;
import de.nrw.coop.web.Portal;
import de.nrw.coop.web.PortalConfig;
import de.nrw.coop.web.PortalException;
import de.nrw.coop.web.Role;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coop serve}: the portal for controllers and staff, over the same store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the portal: inquiries with due dates, answer PDF and Word draft, tables workbook,",
            "yearly reports and dataset uploads in a browser (German pages), until stopped (Ctrl-C, SIGTERM).",
            "Without --auth it serves the reader role to this machine only.",
            "Credentials file: one user a line, name:role:hash (role reader or staff; hash from --hash-password)."})
final class ServeCommand implements Callable<Integer> {

    /** Stops the portal in tests; the real command runs until the JVM is told to end. */
    static volatile CountDownLatch stop;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = PortalConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--auth", paramLabel = "MODE", defaultValue = "none",
            description = "none (default: reader role, local requests only), basic (HTTP basic against --credentials),"
                    + " proxy (user name from --user-header, set by the reverse proxy at --trusted-proxy).")
    private String auth;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Users and roles (name:role:hash lines); basic needs it, proxy takes roles from it (others are readers).")
    private Path credentials;

    @Option(names = "--user-header", paramLabel = "HEADER", defaultValue = PortalConfig.DEFAULT_USER_HEADER,
            description = "Header carrying the proxy's user (default: ${DEFAULT-VALUE}).")
    private String userHeader;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR", arity = "1..*",
            description = "IP address of the reverse proxy; only its requests may carry the user header (repeatable).")
    private List<String> trustedProxies;

    @Option(names = "--builds", paramLabel = "N",
            description = "Files built at the same time; more download requests wait their turn (default: processors, at least 2).")
    private Integer builds;

    @Option(names = "--hash-password", paramLabel = "NAME:ROLE",
            description = "Print a credentials line for the user, hashing a password read from the terminal"
                    + " (or the first line of standard input), and exit.")
    private String hashFor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (hashFor != null) {
            out.println(credentialsLine(hashFor));
            return ExitCode.OK;
        }
        PortalConfig.Auth mode = auth(auth);
        Credentials users = null;
        if (credentials != null) {
            if (!Files.isRegularFile(credentials)) {
                throw new InputMissingException(credentials + ": no such file");
            }
            users = Credentials.load(credentials, mode == PortalConfig.Auth.BASIC);
        }
        PortalConfig config;
        try {
            config = new PortalConfig(bind, port, mode, users, userHeader, trustedProxies,
                    builds == null ? PortalConfig.DEFAULT_BUILDS : builds);
        } catch (PortalException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch stopped = stop != null ? stop : new CountDownLatch(1);
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore();
             Portal portal = Portal.start(store, config, Clock.systemDefaultZone())) {
            out.println("coop portal listening on http://" + hostForUrl(bind) + ":" + portal.port() + "/ (store "
                    + store.url() + ")");
            out.println(switch (mode) {
                case NONE -> "No sign-in configured (--auth): serving the reader role to this machine only;"
                        + " uploads and imports answer 403.";
                case BASIC -> "Sign-in: HTTP basic against " + credentials + ".";
                case PROXY -> "Sign-in: header " + config.userHeader() + " from " + String.join(", ", config.trustedProxies())
                        + " only" + (credentials == null ? "; every user is a reader." : "; roles from " + credentials + ".");
            });
            out.flush();
            Thread hook = new Thread(stopped::countDown, "coop-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        }
        return ExitCode.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook is running
        }
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    private static PortalConfig.Auth auth(String text) {
        for (PortalConfig.Auth a : PortalConfig.Auth.values()) {
            if (a.name().equalsIgnoreCase(text)) {
                return a;
            }
        }
        throw new UsageException("unknown --auth '" + text + "'; valid: none, basic, proxy");
    }

    private String credentialsLine(String nameAndRole) {
        String[] parts = nameAndRole.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || Role.parse(parts[1].toLowerCase(Locale.ROOT)) == null) {
            throw new UsageException("--hash-password wants NAME:ROLE with role reader or staff, not '" + nameAndRole + "'");
        }
        char[] password = readPassword();
        try {
            return parts[0] + ":" + parts[1].toLowerCase(Locale.ROOT) + ":" + Credentials.hash(password);
        } catch (PortalException e) {
            throw new UsageException(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new UsageException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UsageException("no password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
