package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop import FILE...}: loads YAML datasets, all files or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import YAML dataset files (format: docs/dataset-format.md).",
            "All files of one call are imported together or not at all; importing the same data again changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (.yaml)")
    private List<Path> files;

    @Override
    public Integer call() {
        List<DatasetSource> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InputMissingException(file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new InputMissingException(file + ": not readable");
            }
            sources.add(DatasetSource.of(file));
        }
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            ImportResult result = store.importFiles(sources, System.getProperty("user.name"));
            print(spec.commandLine().getOut(), spec.commandLine().getErr(), result, files.size());
        }
        return ExitCode.OK;
    }

    /** One summary line for people and logs: "Imported 2 files (import #3). Added activities: 7, partners: 3. Changed nothing." */
    static void print(PrintWriter out, PrintWriter err, ImportResult result, int fileCount) {
        for (String warning : result.warnings()) {
            err.println("coop: warning: " + warning);
        }
        out.println("Imported " + fileCount + (fileCount == 1 ? " file" : " files") + " (import #" + result.importId()
                + "). Added " + counts(result.added()) + ". Changed " + counts(result.changed()) + ".");
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (String kind : new TreeSet<>(counts.keySet())) {
            int n = counts.get(kind);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(kind).append(": ").append(n);
            }
        }
        return sb.length() == 0 ? "nothing" : sb.toString();
    }
}
