package de.nrw.coop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): wall time of one cold {@code bin/coop inquiry pdf 17/4514}, each a new
 * JVM, alternating three ways to start it: the launcher as installed (the AppCDS archive its first
 * run made, its compiler thresholds), the launcher with {@code COOP_CDS=off} (thresholds only),
 * and the bare {@code java -jar lib/coop.jar}. Prints each run (wall, and CPU when
 * {@code /usr/bin/time} exists) and the medians. Goal: median ≤ 1.0 s with the archive on a quiet
 * machine.
 *
 * <pre>
 * ./mvnw -B -q -pl bench,cli -am package -DskipTests
 * java -cp bench/target/classes de.nrw.coop.bench.ColdStartBenchmark [launcher folder, default cli/target/coop] [runs, default 5]
 * </pre>
 *
 * <p>The launcher folder is copied to a temporary directory first, so the archive is made fresh
 * by the demo run that fills the store (itself not timed); the store is an H2 file in the same
 * temporary directory. Everything is deleted at the end.
 */
public final class ColdStartBenchmark {
    private ColdStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "cli/target/coop");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isExecutable(folder.resolve("bin/coop"))) {
            throw new IllegalArgumentException(folder.resolve("bin/coop") + " is missing: build the cli module first");
        }
        Path work = Files.createTempDirectory("coop-coldstart-");
        try {
            Path installed = work.resolve("coop");
            copy(folder, installed);
            Path home = work.resolve("home");
            run(installed, home, Map.of(), false, "demo", "-o", work.resolve("demo").toString());
            System.out.printf("load average before: %s%n", load());
            List<Run> cds = new ArrayList<>();
            List<Run> noArchive = new ArrayList<>();
            List<Run> bare = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                cds.add(run(installed, home, Map.of(), false, "inquiry", "pdf", "17/4514", "-o", work.resolve("a.pdf").toString()));
                noArchive.add(run(installed, home, Map.of("COOP_CDS", "off"), false, "inquiry", "pdf", "17/4514", "-o",
                        work.resolve("b.pdf").toString()));
                bare.add(run(installed, home, Map.of(), true, "inquiry", "pdf", "17/4514", "-o", work.resolve("c.pdf").toString()));
                System.out.printf("run %d: launcher %s, launcher without archive %s, bare java -jar %s%n", i + 1, cds.get(i),
                        noArchive.get(i), bare.get(i));
            }
            byte[] expected = Files.readAllBytes(work.resolve("a.pdf"));
            for (String other : List.of("b.pdf", "c.pdf")) {
                if (!java.util.Arrays.equals(expected, Files.readAllBytes(work.resolve(other)))) {
                    throw new IllegalStateException("the PDFs of the launcher and of " + other + "'s run differ");
                }
            }
            System.out.printf("load average after: %s%n", load());
            System.out.printf("median of %d: launcher %s, without archive %s, bare java -jar %s (goal for the launcher:"
                    + " <= 1.0 s wall)%n", runs, medianRun(cds), medianRun(noArchive), medianRun(bare));
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One timed process: wall seconds and, when measured, user + system CPU seconds (else NaN). */
    private record Run(double wall, double cpu) {
        @Override
        public String toString() {
            return Double.isNaN(cpu) ? String.format("%.2f s", wall) : String.format("%.2f s (CPU %.2f s)", wall, cpu);
        }
    }

    private static Run run(Path installed, Path home, Map<String, String> env, boolean bareJava, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        Path time = Path.of("/usr/bin/time");
        Path cpuFile = installed.resolveSibling("cpu.txt");
        if (Files.isExecutable(time)) {
            Collections.addAll(line, time.toString(), "-f", "%U %S", "-o", cpuFile.toString());
        }
        if (bareJava) {
            Collections.addAll(line, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    installed.resolve("lib/coop.jar").toString());
        } else {
            line.add(installed.resolve("bin/coop").toString());
        }
        Collections.addAll(line, command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("COOP_HOME", home.toString());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", line) + " exited with " + status);
        }
        double cpu = Double.NaN;
        if (Files.isRegularFile(cpuFile)) {
            String[] parts = Files.readString(cpuFile, StandardCharsets.US_ASCII).strip().split("\\s+");
            cpu = Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1]);
        }
        return new Run(seconds, cpu);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".jsa")) {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Run medianRun(List<Run> runs) {
        return new Run(median(runs.stream().map(Run::wall).toList()), median(runs.stream().map(Run::cpu).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg, StandardCharsets.US_ASCII).strip() : "unknown";
    }
}
