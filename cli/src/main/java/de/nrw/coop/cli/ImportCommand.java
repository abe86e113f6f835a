package de.nrw.coop.cli;

import de.nrw.coop.reports.word.WordImport;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Problem;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop import FILE...}: loads YAML datasets and data-entry workbooks, all files or none. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import YAML dataset files (format: docs/dataset-format.md) and data-entry workbooks (.xlsx,"
            + " from 'coop template'), or Word documents coop wrote: an edited answer draft (replaces the stored"
            + " answers) or a returned contribution form.",
            "All files of one call are imported together or not at all; importing the same data again changes nothing."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Dataset files (.yaml) and workbooks (.xlsx), or Word documents coop wrote (.docx): an"
                    + " edited answer draft or a returned contribution form")
    private List<Path> files;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every problem to FILE, one per line (the terminal shows the first "
                    + DatasetException.SHOWN + ").")
    private Path errorsFile;

    @Option(names = "--user", paramLabel = "USER",
            description = "Who imports a Word document, for the inquiry's history (default: the OS user).")
    private String user;

    @Override
    public Integer call() {
        List<DatasetSource> sources = new ArrayList<>();
        for (Path file : files) {
            checkInput(file);
            sources.add(DatasetSource.of(file));
        }
        List<Path> word = files.stream().filter(WordImport::isWordFile).toList();
        if (!word.isEmpty()) {
            if (word.size() != files.size()) {
                throw new UsageException("import Word documents (.docx) and datasets in separate calls");
            }
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStoreForWriting()) {
                WordImports.run(store, word, Clock.systemUTC(), WordImports.user(user), spec.commandLine().getOut());
            }
            return ExitCode.OK;
        }
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStoreForWriting()) {
            ImportResult result = store.importFiles(sources, System.getProperty("user.name"));
            print(spec.commandLine().getOut(), spec.commandLine().getErr(), result, files.size());
        } catch (DatasetException e) {
            if (errorsFile != null) {
                writeAll(e);
            } else if (e.problems().size() > DatasetException.SHOWN) {
                spec.commandLine().getErr().println("coop: the first " + DatasetException.SHOWN + " of "
                        + e.problems().size() + " problems follow; 'coop import --errors FILE ...' writes all of them"
                        + " to FILE");
            }
            throw e;
        }
        return ExitCode.OK;
    }

    /** A file to read must be there, be a regular file and be readable; each case says which it is. */
    static void checkInput(Path file) {
        if (!Files.exists(file)) {
            throw new InputMissingException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputMissingException(file + ": is a directory, not a dataset file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputMissingException(file + ": is not a regular file (a device, a pipe or a socket);"
                    + " name a dataset file");
        }
        if (!Files.isReadable(file)) {
            throw new InputMissingException(file + ": not readable (permission denied)");
        }
    }

    private void writeAll(DatasetException e) {
        AtomicFile.write(errorsFile, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Problem p : e.problems()) {
                w.write(p.toString());
                w.write('\n');
            }
            w.flush();
        });
        spec.commandLine().getErr().println("coop: all " + e.problems().size() + " problems are written to " + errorsFile
                + (e.problems().size() > DatasetException.SHOWN ? "; the first " + DatasetException.SHOWN + " follow" : ""));
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
