package de.nrw.coop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code coop} as a separate process (a JVM with the test class path), as cron or a user starts it. */
final class CoopProcess {
    private CoopProcess() {}

    /** What an ended process printed and returned. */
    record Result(int code, String out, String err) {}

    static Process start(Map<String, String> env, Path stderr, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()));
        pb.environment().remove(CoopCommand.ENV_URL);
        pb.environment().putAll(env);
        return pb.start();
    }

    static Result run(Map<String, String> env, Path stderr, String... args) throws Exception {
        Process p = start(env, stderr, args);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("coop " + String.join(" ", args) + " did not end");
        }
        String err = stderr == null ? "" : java.nio.file.Files.readString(stderr, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), "", err);
    }
}
