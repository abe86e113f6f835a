package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log a separate coop process writes to stderr: coop's own format, or an operator's logback file. */
class LogSetupTest {

    @TempDir
    Path temp;

    private Map<String, String> env(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(CoopCommand.ENV_HOME, temp.resolve("home").toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void coopLogsToStderrWithTimestampLevelAndLoggerAndNoLibraryChatter() throws Exception {
        Cli.demo(temp.resolve("home"), temp.resolve("demo"));

        CoopProcess.Result run = CoopProcess.run(env(), temp.resolve("err.txt"), "yearly", "--year", "2019", "-o",
                temp.resolve("out").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern(
                "(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  YearlyCommand: yearly report 2019: ");
        // libraries stay at warnings: no Flyway, H2 or Jasper lines at INFO
        assertThat(run.err()).doesNotContain("Flyway").doesNotContain("flyway").doesNotContain("jasperreports");
    }

    @Test
    void anOperatorsLogbackFileReplacesTheFormatAndKeepsItsLevels() throws Exception {
        Cli.demo(temp.resolve("home"), temp.resolve("demo"));
        Path config = temp.resolve("logback-ops.xml");
        Files.writeString(config, """
                <configuration>
                  <appender name="OPS" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>OPS|%level|%logger{0}|%msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OPS"/></root>
                  <logger name="de.nrw.coop.cli" level="INFO"/>
                </configuration>
                """, StandardCharsets.UTF_8);

        CoopProcess.Result run = CoopProcess.run(env("JAVA_TOOL_OPTIONS", "-Dlogback.configurationFile=" + config),
                temp.resolve("err.txt"), "yearly", "--year", "2019", "-o", temp.resolve("out").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("OPS|INFO|YearlyCommand|yearly report 2019: ");
        // the file's WARN for everything else holds: coop does not raise it to INFO
        assertThat(run.err()).doesNotContain("OPS|INFO|YearlyReport|");
    }
}
