package de.nrw.coop.cli;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.intake.DraftWriter;
import de.nrw.coop.storage.intake.QuestionText;
import de.nrw.coop.storage.intake.Recognized;
import de.nrw.coop.storage.intake.Series;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop inquiry new FILE... [--received DATE] [--like ID] [-o DIR]}: the draft YAML of new questions. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Read new Kleine or Große Anfragen (the Landtag's Drucksache PDF, or pasted text) and write",
            "one draft inquiry YAML per file: every part recognised, empty answers, # TODO where a value is",
            "unknown. With --like ID the answers take over the computed blocks of that stored inquiry."})
final class InquiryNewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Question Drucksache (.pdf) or pasted text (UTF-8).")
    private List<Path> files;

    @Option(names = "--received", paramLabel = "DATE",
            description = "Day the inquiries reached the government (YYYY-MM-DD; default: today).")
    private LocalDate received;

    @Option(names = "--like", paramLabel = "ID",
            description = "Stored inquiry of the same series whose computed answers to take over, e.g. 17/4514.")
    private String like;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the YAML files (default: the current folder).")
    private Path output;

    @Override
    public Integer call() {
        LocalDate day = received != null ? received : LocalDate.now();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<byte[]> inputs = new ArrayList<>();
        for (Path file : files) {
            try {
                inputs.add(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                throw new InputMissingException("file not found: " + file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        List<Country> countries;
        Series series = null;
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            countries = store.countries();
            if (like != null) {
                InquiryId model = InquiryPdfCommand.inquiryId(like);
                series = new Series(store.inquiry(model).orElseThrow(() -> new InputMissingException("no inquiry "
                        + model + " in the store to take the answers from; 'coop inquiry list' shows the stored ones")),
                        countries);
            }
        }
        // read and check all first: one unrecognisable input writes nothing
        List<Recognized> recognized = new ArrayList<>();
        List<DraftWriter.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Recognized r = QuestionText.read(files.get(i).toString(), inputs.get(i));
            recognized.add(r);
            drafts.add(DraftWriter.write(r, day, countries, series));
        }
        InquiryPdfCommand.createFolder(output);
        for (int i = 0; i < drafts.size(); i++) {
            Path target = output.resolve(drafts.get(i).fileName());
            if (Files.exists(target)) {
                throw new OutputException(target, target + " exists already; move it away or choose another -o", null);
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Recognized r = recognized.get(i);
            DraftWriter.Draft d = drafts.get(i);
            Path target = output.resolve(d.fileName());
            AtomicFile.write(target, o -> o.write(d.yaml().getBytes(StandardCharsets.UTF_8)));
            out.println(target);
            err.println(files.get(i) + ": found:");
            r.found().forEach(f -> err.println("  " + f));
            if (!r.notes().isEmpty()) {
                err.println(files.get(i) + ": not found or left open (marked # TODO where the file needs a value):");
                r.notes().forEach(n -> err.println("  " + n));
            }
            for (String w : d.warnings()) {
                err.println(files.get(i) + ": warning: " + w);
            }
        }
        return ExitCode.OK;
    }
}
