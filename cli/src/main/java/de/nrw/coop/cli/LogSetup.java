package de.nrw.coop.cli;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * coop's logging set-up, made in code: one appender to stderr with timestamps (stdout stays for
 * results; cron and systemd capture stderr), stack traces hidden unless {@code --verbose}.
 *
 * <p>Found by logback through {@code META-INF/services}. Building these few objects takes a
 * fraction of what parsing a {@code logback.xml} does (an XML parser and logback's Joran
 * machinery load ~300 classes), which counts for a command that starts cold. An operator who
 * wants another set-up still gets it: with {@code -Dlogback.configurationFile=...} this class
 * steps aside and logback reads that file; so it does for a {@code logback-test.xml} on the class
 * path (the tests' quiet set-up).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Name of the one appender; {@link CoopCommand#configureLogging()} swaps its encoder for --verbose. */
    static final String APPENDER = "STDERR";
    /** The line format; {@code %nopex}: no stack traces in the log, the verbose option switches them on. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{0}: %msg%n%nopex";
    /** Key of the context object that says this set-up is in charge (not an operator's or a test's file). */
    private static final String IN_CHARGE = LogSetup.class.getName();

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = encoder(context, PATTERN);
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        context.putObject(IN_CHARGE, Boolean.TRUE);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether this class set up {@code context}; false when a configuration file did. */
    static boolean inCharge(LoggerContext context) {
        return context.getObject(IN_CHARGE) != null;
    }

    static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
