package de.nrw.coop.cli;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.query.Deadline;
import de.nrw.coop.storage.query.InquirySummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coop inquiry ...}: the stored Kleine Anfragen. */
@Command(name = "inquiry", mixinStandardHelpOptions = true,
        description = "Work with stored Kleine Anfragen and their answers.",
        subcommands = {InquiryCommand.ListCommand.class, InquiryNewCommand.class, InquiryDueCommand.class,
            InquiryPdfCommand.class,
            InquiryStatusCommand.StatusCommand.class, InquiryStatusCommand.HistoryCommand.class,
            InquiryRequestCommand.RequestCommand.class, InquiryRequestCommand.ShowCommand.class,
            CommandLine.HelpCommand.class})
final class InquiryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, new, due, pdf, status, history, request or show");
    }

    /** {@code coop inquiry list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List stored inquiries: id, status, due date and title.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                print(spec.commandLine().getOut(), store.inquiries(), store.deadlines());
            }
            return ExitCode.OK;
        }
    }

    /** "17/4514  veröffentlicht  due 2020-11-03  Projekte und Partnerschaften ...", ordered by id. */
    static void print(PrintWriter out, List<InquirySummary> inquiries, List<Deadline> deadlines) {
        if (inquiries.isEmpty()) {
            out.println("No inquiries stored. Import a dataset with 'coop import FILE' or try 'coop demo'.");
            return;
        }
        Map<InquiryId, Deadline> byId = new HashMap<>();
        for (Deadline d : deadlines) {
            byId.put(d.id(), d);
        }
        List<String[]> rows = new ArrayList<>();
        for (InquirySummary s : inquiries) {
            Deadline d = byId.get(s.id());
            rows.add(new String[] {s.id().toString(), d == null ? "" : d.status().status().label(),
                d == null ? "" : "due " + d.due(), s.title()});
        }
        InquiryStatusCommand.Table.print(out, rows);
    }
}
