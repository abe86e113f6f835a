package de.nrw.coop.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code coop}: the root command; holds the options every subcommand shares. */
@Command(name = "coop",
        mixinStandardHelpOptions = true,
        versionProvider = CoopCommand.Version.class,
        description = "Reporting engine of the international-cooperation desk (Landesregierung NRW):"
                + " answers to Kleine Anfragen, Excel tables, the yearly cooperation report.",
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            InquiryCommand.class,
            TablesCommand.class,
            TemplateCommand.class,
            YearlyCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  internal error (run again with --verbose and report the stack trace)",
            "  2  usage error",
            " 65  invalid data (nothing was imported)",
            " 66  input missing (file missing or not a regular file, inquiry not found)",
            " 73  cannot create output",
            " 74  I/O error (file or database), disk full",
            " 75  store busy (another import held it past the lock timeout): try again later"
        })
public final class CoopCommand {

    /** Environment variable with the JDBC URL of the store. */
    static final String ENV_URL = "COOP_DB_URL";
    static final String ENV_USER = "COOP_DB_USER";
    static final String ENV_PASSWORD = "COOP_DB_PASSWORD";
    /** Environment variable naming the folder of the default embedded store. */
    static final String ENV_HOME = "COOP_HOME";

    private final Map<String, String> env;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Store to use: jdbc:h2:file:... or jdbc:postgresql://host/db."
                    + " Default: $" + ENV_URL + ", else the embedded H2 store in $" + ENV_HOME
                    + " (default ~/.coop).")
    private String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT,
            description = "Database user (default: $" + ENV_USER + ").")
    private String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            description = "Database password (default: $" + ENV_PASSWORD + "; prefer the variable: options show in ps).")
    private String dbPassword;

    @Option(names = "--db-allow-tcp", scope = ScopeType.INHERIT,
            description = "Allow an H2 server URL (jdbc:h2:tcp://...); refused otherwise.")
    private boolean allowTcp;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log debug detail and show stack traces of errors.")
    private boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Log only warnings and errors (for cron).")
    private boolean quiet;

    public CoopCommand() {
        this(System.getenv());
    }

    CoopCommand(Map<String, String> env) {
        this.env = env;
    }

    /** The root command object of any command line of this tree. */
    static CoopCommand of(CommandLine commandLine) {
        return (CoopCommand) commandLine.getCommandSpec().root().userObject();
    }

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    /** Where the store lives: --db, else $COOP_DB_URL, else the embedded H2 file store. */
    StoreConfig storeConfig() {
        String url = firstNonBlank(dbUrl, env.get(ENV_URL));
        String user = firstNonBlank(dbUser, env.get(ENV_USER));
        String password = firstNonBlank(dbPassword, env.get(ENV_PASSWORD));
        if (url == null) {
            return StoreConfig.h2File(defaultHome());
        }
        // a URL coop refuses is a wrong option value (StoreUrlException: exit 2), not an I/O failure
        return new StoreConfig(url, user, password, allowTcp);
    }

    /**
     * The store for a command that writes into it: an H2 store in memory is refused, as everything
     * written into it would be gone when the command ends.
     */
    StoreConfig writableStoreConfig() {
        StoreConfig config = storeConfig();
        if (config.inMemory()) {
            throw new UsageException("the store " + config.safeUrl() + " lives in memory and is gone when this"
                    + " command ends, so nothing written into it would be kept; use jdbc:h2:file:PATH or PostgreSQL");
        }
        return config;
    }

    Path defaultHome() {
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".coop");
    }

    /** Opens the store; the folder of the default embedded store is created on first use. */
    CoopStore openStore() {
        return open(storeConfig());
    }

    /** Opens the store for a command that writes into it ({@link #writableStoreConfig()}). */
    CoopStore openStoreForWriting() {
        return open(writableStoreConfig());
    }

    private CoopStore open(StoreConfig config) {
        if (firstNonBlank(dbUrl, env.get(ENV_URL)) == null) {
            Path home = defaultHome();
            try {
                java.nio.file.Files.createDirectories(home);
            } catch (java.io.IOException e) {
                throw new de.nrw.coop.reports.OutputException(home, "cannot create the store folder " + home
                        + ": " + e.getMessage(), e);
            }
        }
        return CoopStore.open(config);
    }

    /** Sets the log levels from --verbose / --quiet before any command runs. */
    void configureLogging() {
        // an operator's (or the tests') logback file keeps its levels unless --verbose or --quiet asks
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context
                && (LogSetup.inCharge(context) || verbose || quiet)) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(quiet ? Level.WARN : verbose ? Level.DEBUG : Level.INFO);
            // third-party libraries talk a lot at INFO; keep them to warnings unless asked
            Level libraries = verbose ? Level.DEBUG : Level.WARN;
            for (String name : new String[] {"org.flywaydb", "net.sf.jasperreports", "org.apache", "io.zonky", "org.verapdf",
                "org.eclipse.jetty", "io.javalin"}) {
                context.getLogger(name).setLevel(libraries);
            }
            // POI warns "Failed to dispose sheet" with a stack trace when a temporary file it made is
            // already gone; coop removes its own files, so that is no news to a user
            context.getLogger("org.apache.poi.xssf.streaming").setLevel(verbose ? Level.DEBUG : Level.ERROR);
            if (verbose && root.getAppender(LogSetup.APPENDER) instanceof ch.qos.logback.core.OutputStreamAppender<?> appender
                    && appender.getEncoder() instanceof ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder) {
                // the pattern hides stack traces (%nopex); --verbose shows them
                @SuppressWarnings("unchecked")
                ch.qos.logback.core.OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> typed =
                        (ch.qos.logback.core.OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) appender;
                typed.setEncoder(LogSetup.encoder(context, encoder.getPattern().replace("%nopex", "")));
            }
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CoopCommand.class.getPackage().getImplementationVersion();
            return new String[] {"coop " + (version == null ? "(development build)" : version)};
        }
    }
}
