package de.nrw.coop.cli;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.StatusUpdate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coop inquiry status ...} and {@code coop inquiry history ...}: the way of an answer. */
final class InquiryStatusCommand {
    private InquiryStatusCommand() {}

    /** Local time of a recorded step, to the minute. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code coop inquiry status ID STATE [--department KEY]... [--deadline DATE] [--note TEXT] [--user U]}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Record a step of an inquiry's way: eingegangen, zugewiesen, Entwurf, Mitzeichnung,",
                "Schlusszeichnung, versandt, veröffentlicht. Each step is kept in the history with time and user.",
                "A step backwards needs --note; every status from zugewiesen on needs a lead department;",
                "veröffentlicht needs the answer's Drucksache in the imported YAML."})
    static final class StatusCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "Inquiry id, e.g. 17/4514")
        private String id;

        @Parameters(index = "1", paramLabel = "STATE", description = "The new status: ${COMPLETION-CANDIDATES}",
                completionCandidates = States.class)
        private String state;

        @Option(names = "--department", paramLabel = "KEY", arity = "1..*",
                description = "Departments in charge: the lead department first, then the contributing ones"
                        + " (default: keep the current ones).")
        private List<String> departments = new ArrayList<>();

        @Option(names = "--deadline", paramLabel = "DATE",
                description = "Internal deadline for the lead department's draft (YYYY-MM-DD; default: keep).")
        private LocalDate deadline;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why; required for a step backwards.")
        private String note;

        @Option(names = "--user", paramLabel = "USER",
                description = "Who records the step (default: the OS user).")
        private String user;

        @Override
        public Integer call() {
            InquiryId inquiryId = InquiryPdfCommand.inquiryId(id);
            InquiryStatus status = status(state);
            String who = user != null ? user : System.getProperty("user.name");
            if (who == null || who.isBlank()) {
                throw new UsageException("cannot tell who records the step: give --user");
            }
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                requireStored(store, inquiryId);
                StatusChange change = store.changeStatus(new StatusUpdate(inquiryId, status, departments, deadline,
                        note, who));
                spec.commandLine().getOut().println(describe(change));
            }
            return ExitCode.OK;
        }
    }

    /** {@code coop inquiry history ID}. */
    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "Print every recorded step of an inquiry, oldest first.")
    static final class HistoryCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Inquiry id, e.g. 17/4514")
        private String id;

        @Override
        public Integer call() {
            InquiryId inquiryId = InquiryPdfCommand.inquiryId(id);
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                requireStored(store, inquiryId);
                print(spec.commandLine().getOut(), store.history(inquiryId));
            }
            return ExitCode.OK;
        }
    }

    /** The candidates for STATE in the help. */
    static final class States extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        States() {
            super(InquiryStatus.inOrder().stream().map(InquiryStatus::id).toList());
        }
    }

    static InquiryStatus status(String text) {
        try {
            return InquiryStatus.parse(text);
        } catch (ModelException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void requireStored(CoopStore store, InquiryId id) {
        if (store.inquiry(id).isEmpty()) {
            throw new InputMissingException("no inquiry " + id + " in the store " + store.url()
                    + "; 'coop inquiry list' shows the stored ones");
        }
    }

    /** "17/4506  zugewiesen  MWIDE-17 (lead), IM  internal deadline 2020-10-27  (2026-12-01 21:30, alice)". */
    static String describe(StatusChange c) {
        StringBuilder sb = new StringBuilder().append(c.inquiry()).append("  ").append(c.status().label());
        if (!c.departments().isEmpty()) {
            sb.append("  ").append(departments(c));
        }
        if (c.internalDeadline() != null) {
            sb.append("  internal deadline ").append(c.internalDeadline());
        }
        sb.append("  (recorded ").append(TIME.format(c.at().atZone(ZoneId.systemDefault()))).append(" by ")
                .append(c.user()).append(')');
        return sb.toString();
    }

    static String departments(StatusChange c) {
        if (c.departments().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(c.leadDepartment() + " (lead)");
        parts.addAll(c.contributingDepartments());
        return String.join(", ", parts);
    }

    static void print(PrintWriter out, List<StatusChange> history) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "recorded", "user", "status", "departments", "deadline", "note"});
        for (StatusChange c : history) {
            rows.add(new String[] {String.valueOf(c.sequence()), TIME.format(c.at().atZone(ZoneId.systemDefault())),
                c.user(), c.status().label(), departments(c),
                c.internalDeadline() == null ? "" : c.internalDeadline().toString(), c.note() == null ? "" : c.note()});
        }
        Table.print(out, rows);
    }

    /** Left-aligned columns two spaces apart, no trailing blanks. */
    static final class Table {
        private Table() {}

        static void print(PrintWriter out, List<String[]> rows) {
            int columns = rows.get(0).length;
            int[] width = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    line.append(row[i]);
                    if (i < columns - 1) {
                        line.append(" ".repeat(width[i] - row[i].length() + 2));
                    }
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }
}
