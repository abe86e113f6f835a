package de.nrw.coop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the coop command line as {@code main} does, with a given environment and captured output. */
final class Cli {
    private Cli() {}

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    /** Runs coop on the embedded H2 file store in {@code home} (as {@code COOP_HOME}). */
    static Run inHome(Path home, String... args) {
        return run(Map.of(CoopCommand.ENV_HOME, home.toString()), args);
    }

    /** Loads the demo into the store in {@code home}, its reports into {@code out}; fails the test otherwise. */
    static void demo(Path home, Path out) {
        Run demo = inHome(home, "demo", "-o", out.toString());
        org.assertj.core.api.Assertions.assertThat(demo.code()).as(demo.err()).isZero();
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new CoopCommand(env));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
