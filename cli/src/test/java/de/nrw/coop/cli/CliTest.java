package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;


    private Run run(String... args) {
        return Cli.run(Map.of(CoopCommand.ENV_HOME, temp.resolve("home").toString()), args);
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("init", "import", "inquiry", "Exit codes:", "75  store busy");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAShortMessage() {
        Run run = run("--bogus");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("coop: Unknown option: '--bogus'", "Try 'coop --help'");
        assertThat(run.err()).doesNotContain("Exit codes:");
    }

    @Test
    void importOfAMissingFileNamesTheFileAndExits66() {
        Path missing = temp.resolve("nope.yaml");
        Run run = run("import", missing.toString());
        assertThat(run.code()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).isEqualTo("coop: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void unsupportedStoreUrlIsAUsageErrorWithoutStackTrace() {
        Run run = run("--db", "jdbc:mysql://localhost/coop", "init");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unsupported JDBC URL 'jdbc:mysql://localhost/coop'").doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run run = run("--verbose", "--db", "jdbc:mysql://localhost/coop", "init");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\tat ");
    }
}
