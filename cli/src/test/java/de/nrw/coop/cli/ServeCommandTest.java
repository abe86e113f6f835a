package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.testing.TestStores;
import de.nrw.coop.web.Credentials;
import de.nrw.coop.web.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void hashPasswordPrintsACredentialsLineTheServerAccepts() throws Exception {
        InputStream stdin = System.in;
        Cli.Run run;
        try {
            System.setIn(new ByteArrayInputStream("Grüße-1234\n".getBytes(StandardCharsets.UTF_8)));
            run = Cli.run(Map.of(), "serve", "--hash-password", "anna:staff");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run.code()).isZero();
        String line = run.out().strip();
        assertThat(line).matches("anna:staff:\\$2a\\$12\\$[./A-Za-z0-9]{53}");
        Path file = Files.writeString(dir.resolve("users.txt"), line + "\n");
        assertThat(Credentials.load(file, true).authenticate("anna", "Grüße-1234")).contains(Role.STAFF);
    }

    @Test
    void wrongOptionsAreUsageErrorsAndABadCredentialsFileIsDataError() throws Exception {
        Map<String, String> env = Map.of("COOP_DB_URL", TestStores.h2Config().url());
        Cli.Run role = Cli.run(env, "serve", "--hash-password", "anna:admin");
        assertThat(role.code()).isEqualTo(ExitCode.USAGE);
        assertThat(role.err()).contains("role reader or staff");
        Cli.Run basic = Cli.run(env, "serve", "--auth", "basic");
        assertThat(basic.code()).isEqualTo(ExitCode.USAGE);
        assertThat(basic.err()).contains("--auth basic needs a credentials file");
        Cli.Run proxy = Cli.run(env, "serve", "--auth", "proxy");
        assertThat(proxy.code()).isEqualTo(ExitCode.USAGE);
        assertThat(proxy.err()).contains("--trusted-proxy");
        Cli.Run mode = Cli.run(env, "serve", "--auth", "ldap");
        assertThat(mode.code()).isEqualTo(ExitCode.USAGE);
        Path bad = Files.writeString(dir.resolve("users.txt"), "anna:staff:geheim\n");
        Cli.Run file = Cli.run(env, "serve", "--auth", "basic", "--credentials", bad.toString());
        assertThat(file.code()).isEqualTo(ExitCode.DATA_ERR);
        assertThat(file.err()).contains("users.txt:1: the hash of user anna is not a bcrypt hash");
        Cli.Run missing = Cli.run(env, "serve", "--auth", "basic", "--credentials", dir.resolve("none.txt").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void servePrintsWhereItListensAndThatNobodySignsInThenServesTheStore() throws Exception {
        Map<String, String> env = Map.of("COOP_DB_URL", TestStores.h2Config().url());
        assertThat(Cli.run(env, "demo", "-o", dir.toString()).code()).isZero();
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine(new CoopCommand(env));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        ServeCommand.stop = new CountDownLatch(1);
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> code.set(commandLine.execute("serve", "--port", "0")));
        server.start();
        try {
            Matcher m = null;
            for (int i = 0; i < 600 && (m == null || !m.find()); i++) {
                Thread.sleep(100);
                m = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/").matcher(out.toString());
            }
            assertThat(m.find(0)).as(out.toString()).isTrue();
            assertThat(out.toString()).contains("serving the reader role to this machine only");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + m.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("17/4514");
        } finally {
            ServeCommand.stop.countDown();
            server.join(30_000);
            ServeCommand.stop = null;
        }
        assertThat(code.get()).isZero();
    }
}
