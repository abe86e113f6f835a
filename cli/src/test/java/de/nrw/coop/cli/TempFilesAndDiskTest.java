package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.demo.DemoData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports appear whole or not at all, and no temporary file outlives a run: leftovers of killed
 * runs are removed by the next run at the same target, a run stopped with SIGTERM removes its own,
 * kill -9 at random moments never leaves a partial file at the target, and a full disk is exit 74.
 */
class TempFilesAndDiskTest {

    @TempDir
    Path temp;

    private Map<String, String> env() {
        return Map.of(CoopCommand.ENV_HOME, temp.resolve("home").toString());
    }

    /** A store with the demo and {@code n} generated activities of 2019. */
    private void store(int n) throws Exception {
        try (CoopStore store = CoopStore.open(StoreConfig.h2File(temp.resolve("home")))) {
            store.importFiles(DemoData.sources());
        }
        StringBuilder sb = new StringBuilder("activities:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  - key: kr-gen-").append(i).append("\n    kind: visit\n    date: 2019-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
                    .append("\n    country: KR\n    direction: to-nrw\n    hosts:\n      departments: [IM-17]\n")
                    .append("    delegation: eine koreanische Delegation Nr. ").append(i)
                    .append("\n    purpose: Fachaustausch über Cyberkriminalität\n");
        }
        Path file = temp.resolve("gen.yaml");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        Run run = Cli.run(env(), "import", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void leftoversOfKilledRunsAreRemovedByTheNextRunAtTheSameTargetButThoseOfARunningProcessStay() throws Exception {
        store(0);
        Path out = Files.createDirectories(temp.resolve("out"));
        long dead = deadPid();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            List<String> stale = List.of(".t.xlsx." + dead + "-1a2b.part", ".kooperationsbericht-2019.pdf." + dead
                    + "-3c.part", ".kooperationsbericht-2019.xlsx." + dead + "-4d.part",
                    ".kooperationsbericht-2019.pdf." + dead + "-5e.previous", ".a.pdf." + dead + "-6f.part");
            for (String name : stale) {
                Files.createFile(out.resolve(name));
            }
            String live = ".t.xlsx." + alive.pid() + "-77.part";
            Files.createFile(out.resolve(live));
            Files.createFile(out.resolve(".other.xlsx." + dead + "-88.part"));

            assertThat(Cli.run(env(), "tables", "-o", out.resolve("t.xlsx").toString()).code()).isZero();
            assertThat(Cli.run(env(), "yearly", "--year", "2019", "-o", out.toString()).code()).isZero();
            assertThat(Cli.run(env(), "inquiry", "pdf", "17/4514", "-o", out.resolve("a.pdf").toString()).code())
                    .isZero();

            // only another target's leftover and the file of the live process remain
            assertThat(names(out)).containsExactly(".other.xlsx." + dead + "-88.part", live, "a.pdf",
                    "kooperationsbericht-2019.pdf", "kooperationsbericht-2019.xlsx", "t.xlsx");
        } finally {
            alive.destroy();
        }
    }

    @Test
    void aRunStoppedWithSigtermRemovesItsTemporaryFilesAndLeavesNoTarget() throws Exception {
        store(20_000);
        Path out = Files.createDirectories(temp.resolve("out"));
        Process p = CoopProcess.start(env(), temp.resolve("err.txt"), "tables", "-o", out.resolve("t.xlsx").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (names(out).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(names(out)).as("a temporary file appeared while the workbook was written").singleElement()
                .asString().startsWith(".t.xlsx.").endsWith(".part");

        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(names(out)).isEmpty();
        assertThat(Files.readString(temp.resolve("err.txt"))).doesNotContain("\tat ");
    }

    @Test
    void killedAtTwentyRandomMomentsTheReportIsWholeOrAbsentAndTheNextRunLeavesNoTemporaryFile() throws Exception {
        store(3_000);
        Path out = Files.createDirectories(temp.resolve("out"));
        Path target = out.resolve("t.xlsx");
        Random random = new Random(9);
        // how long a whole run takes here, to spread the kills over it
        long start = System.nanoTime();
        assertThat(CoopProcess.run(env(), null, "tables", "-o", target.toString()).code()).isZero();
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        byte[] whole = Files.readAllBytes(target);
        Files.delete(target);
        int killedWhileWriting = 0;
        for (int i = 0; i < 20; i++) {
            Process p = CoopProcess.start(env(), null, "tables", "-o", target.toString());
            // this run's own temporary file (named with its process id; a killed run's stays until the next
            // run at the target removes it)
            String own = "." + p.pid() + "-";
            if (i % 2 == 0) {
                // every other kill waits for the write to begin, so kills during the write do not depend on
                // how fast this machine is; the others fall anywhere in the run
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (p.isAlive() && System.nanoTime() < deadline
                        && names(out).stream().noneMatch(n -> n.endsWith(".part") && n.contains(own))) {
                    Thread.onSpinWait();
                }
                Thread.sleep(random.nextInt(3));
            } else {
                Thread.sleep((long) (runMillis * (0.3 + 0.8 * random.nextDouble())));
            }
            boolean wasWriting = names(out).stream().anyMatch(n -> n.endsWith(".part") && n.contains(own));
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            killedWhileWriting += wasWriting ? 1 : 0;
            // at the target: nothing, or the whole workbook of an earlier run; never a part of one
            if (Files.exists(target)) {
                assertThat(Files.readAllBytes(target)).isEqualTo(whole);
            }
        }
        assertThat(killedWhileWriting).as("kills that hit a run while it wrote").isGreaterThanOrEqualTo(3);

        assertThat(CoopProcess.run(env(), null, "tables", "-o", target.toString()).code()).isZero();

        assertThat(names(out)).containsExactly("t.xlsx");
        assertThat(Files.readAllBytes(target)).isEqualTo(whole);
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
        }
    }

    /** A tiny tmpfs, full; needs root and mount (the CI container has both; elsewhere the test is skipped). */
    private Path fullDisk() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("full"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
        // fill it up to the last block
        try (var fill = Files.newOutputStream(mount.resolve("fill"))) {
            byte[] block = new byte[4096];
            while (true) {
                fill.write(block);
            }
        } catch (java.io.IOException expected) {
            // full
        }
        return mount;
    }

    private static void unmount(Path mount) throws Exception {
        new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskIsExit74ForEveryCommandThatWritesAFileAndLeavesNothing() throws Exception {
        store(0);
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, "countries:\n  - code: JP\n", StandardCharsets.UTF_8);
        Path full = fullDisk();
        try {
            List<List<String>> commands = List.of(
                    List.of("tables", "-o", full.resolve("t.xlsx").toString()),
                    List.of("yearly", "--year", "2019", "-o", full.toString()),
                    List.of("inquiry", "pdf", "17/4514", "-o", full.resolve("a.pdf").toString()),
                    List.of("inquiry", "pdf", "17/4514", "--format", "docx", "-o", full.resolve("a.docx").toString()),
                    List.of("inquiry", "pdf", "--all", "-o", full.toString()),
                    List.of("demo", "-o", full.toString()),
                    List.of("import", "--errors", full.resolve("errors.txt").toString(), bad.toString()));
            for (List<String> command : commands) {
                Run run = Cli.run(env(), command.toArray(String[]::new));
                assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(ExitCode.IO_ERR);
                assertThat(run.err()).as(command.toString()).contains("No space left on device").doesNotContain("\tat ");
                assertThat(names(full)).as(command.toString()).containsExactly("fill");
            }
            // the store itself on the full disk
            Run init = Cli.run(Map.of(CoopCommand.ENV_HOME, full.resolve("home").toString()), "init");
            assertThat(init.code()).as(init.err()).isEqualTo(ExitCode.IO_ERR);
        } finally {
            unmount(full);
        }
    }
}
