package de.nrw.coop.cli;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerReport;
import de.nrw.coop.storage.CoopStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop inquiry pdf ID -o FILE.pdf} and {@code coop inquiry pdf --all -o DIR}. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Render the answer to a stored Kleine Anfrage in the Landesregierung's layout:",
            "PDF/A-2a and PDF/UA-1, or an editable Word draft with --format docx.",
            "An answer without its Drucksache number and issue date renders as a draft (Entwurf)."})
final class InquiryPdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Inquiry id, e.g. 17/4514")
    private String id;

    @Option(names = "--all", description = "Render every stored inquiry into the folder given by -o.")
    private boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", required = true,
            description = "Output file (one inquiry) or folder (--all, or an existing folder: file named after the id).")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf (default) or docx.")
    private String format;

    @Override
    public Integer call() {
        AnswerFormat answerFormat = format(format);
        if (all == (id != null)) {
            throw new UsageException("give either an inquiry ID or --all");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            if (all) {
                createFolder(output);
                List<Path> written = store.consistent(view -> AnswerReport.writeAll(view, answerFormat, output));
                written.forEach(out::println);
                out.println("Wrote " + written.size() + (written.size() == 1 ? " answer" : " answers") + " to " + output);
            } else {
                InquiryId inquiryId = inquiryId(id);
                Path target = Files.isDirectory(output)
                        ? output.resolve(inquiryId.fileName() + "." + answerFormat.name().toLowerCase(Locale.ROOT))
                        : output;
                store.consistent(view -> {
                    AnswerReport.write(view, inquiryId, answerFormat, target);
                    return target;
                });
                out.println(target);
            }
        }
        return ExitCode.OK;
    }

    static InquiryId inquiryId(String text) {
        try {
            return InquiryId.parse(text);
        } catch (ModelException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static AnswerFormat format(String text) {
        for (AnswerFormat f : AnswerFormat.values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new UsageException("unknown format '" + text + "'; valid: pdf, docx");
    }

    static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputException(folder, "cannot create output folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
