package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.InquirySummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coop inquiry ...}: the stored Kleine Anfragen. */
@Command(name = "inquiry", mixinStandardHelpOptions = true,
        description = "Work with stored Kleine Anfragen and their answers.",
        subcommands = {InquiryCommand.ListCommand.class, InquiryPdfCommand.class,
            InquiryStatusCommand.StatusCommand.class, InquiryStatusCommand.HistoryCommand.class,
            CommandLine.HelpCommand.class})
final class InquiryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, pdf, status or history");
    }

    /** {@code coop inquiry list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List stored inquiries: id and title, drafts marked (Entwurf).")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                print(spec.commandLine().getOut(), store.inquiries());
            }
            return ExitCode.OK;
        }
    }

    static void print(PrintWriter out, List<InquirySummary> inquiries) {
        int width = 0;
        for (InquirySummary s : inquiries) {
            width = Math.max(width, s.id().toString().length());
        }
        for (InquirySummary s : inquiries) {
            String id = s.id().toString();
            out.println(id + " ".repeat(width - id.length() + 2) + s.title() + (s.draft() ? "  (Entwurf)" : ""));
        }
        if (inquiries.isEmpty()) {
            out.println("No inquiries stored. Import a dataset with 'coop import FILE' or try 'coop demo'.");
        }
    }
}
