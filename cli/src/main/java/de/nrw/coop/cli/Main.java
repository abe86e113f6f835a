package de.nrw.coop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code java -jar coop.jar}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line with the real environment and standard streams; returns the exit code. */
    static int run(String... args) {
        CommandLine commandLine = commandLine(new CoopCommand());
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }

    /** The configured command line: the same in production and in tests. */
    static CommandLine commandLine(CoopCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        // a usage error prints its reason and where to read more, not the whole help page
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("coop: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            failed.getErr().flush();
            return ExitCode.USAGE;
        });
        commandLine.setExecutionStrategy(parseResult -> {
            root.configureLogging();
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }
}
