package de.nrw.coop.cli;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.reports.answer.ContributionForm;
import de.nrw.coop.storage.CoopStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The Ressortabfrage: {@code coop inquiry request} writes the forms, {@code coop inquiry show} what came back. */
final class InquiryRequestCommand {
    /** Days before the inquiry's due date that contributions are due by default. */
    static final int DEFAULT_LEAD_DAYS = 7;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private InquiryRequestCommand() {}

    /** {@code coop inquiry request ID --department KEY... [--questions 1,2,4] [--due DATE] [--lead KEY] -o DIR}. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"Ask departments for their parts of the answer (Ressortabfrage): writes one Word form per",
                "department into DIR, with the inquiry's header, the asked questions, a field for each, the due date",
                "and the lead department, and records the request in the inquiry's history. The departments return",
                "the filled form; 'coop import FORM.docx' stores it as their contribution."})
    static final class RequestCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "Inquiry id, e.g. 17/4514")
        private String id;

        @Option(names = "--department", paramLabel = "KEY", required = true,
                description = "Department to ask (its key, e.g. IM-17); repeat for several.")
        private List<String> departments;

        @Option(names = "--questions", paramLabel = "N,N...", split = ",",
                description = "The questions to ask about (default: all).")
        private List<Integer> questions;

        @Option(names = "--due", paramLabel = "DATE",
                description = "When the contributions are due (YYYY-MM-DD; default: " + DEFAULT_LEAD_DAYS
                        + " days before the inquiry is due).")
        private LocalDate due;

        @Option(names = "--lead", paramLabel = "KEY",
                description = "The lead department (default: the one assigned with 'coop inquiry status ID zugewiesen').")
        private String lead;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "Folder for the forms (created if missing).")
        private Path output;

        @Option(names = "--user", paramLabel = "USER", description = "Who asks, for the history (default: the OS user).")
        private String user;

        @Override
        public Integer call() {
            InquiryId inquiryId = InquiryPdfCommand.inquiryId(id);
            String who = WordImports.user(user);
            PrintWriter out = spec.commandLine().getOut();
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                InquiryStatusCommand.requireStored(store, inquiryId);
                Inquiry inquiry = store.inquiry(inquiryId).orElseThrow();
                Map<String, Department> known = store.departments().stream()
                        .collect(Collectors.toMap(Department::key, Function.identity(), (a, b) -> a));
                String leadKey = lead != null ? lead
                        : store.status(inquiryId).map(StatusChange::leadDepartment).orElse(null);
                if (leadKey == null) {
                    throw new UsageException("inquiry " + inquiryId + " has no lead department: give --lead KEY or"
                            + " assign it with 'coop inquiry status " + inquiryId + " zugewiesen --department KEY'");
                }
                Department leadDepartment = department(known, leadKey);
                List<Department> asked = new ArrayList<>();
                for (String key : new java.util.LinkedHashSet<>(departments)) {
                    if (key.equals(leadKey)) {
                        throw new UsageException("--department " + key + " is the lead department; ask the others");
                    }
                    asked.add(department(known, key));
                }
                List<Integer> numbers = new ArrayList<>(new TreeSet<>(questions == null
                        ? inquiry.questions().stream().map(Question::number).toList() : questions));
                for (int n : numbers) {
                    if (n < 1 || n > inquiry.questions().size()) {
                        throw new UsageException("--questions " + n + ": inquiry " + inquiryId + " has questions 1 to "
                                + inquiry.questions().size());
                    }
                }
                LocalDate dueDay = due != null ? due : inquiry.deadline().minusDays(DEFAULT_LEAD_DAYS);
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                LocalDate today = now.atZone(ZONE).toLocalDate();
                InquiryPdfCommand.createFolder(output);
                List<ContributionRequest> requests = new ArrayList<>();
                List<Path> written = new ArrayList<>();
                for (Department d : asked) {
                    Path target = output.resolve(ContributionForm.fileName(inquiry, d));
                    ContributionForm.write(inquiry, d, leadDepartment, numbers, dueDay, today, target);
                    written.add(target);
                    for (int n : numbers) {
                        requests.add(new ContributionRequest(inquiryId, d.key(), n, dueDay, leadKey, now));
                    }
                }
                store.recordRequests(requests, "contributions requested from "
                        + asked.stream().map(Department::key).collect(Collectors.joining(", ")) + " (question"
                        + (numbers.size() == 1 ? " " : "s ") + numbers.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "), due " + dueDay, who);
                written.forEach(out::println);
                out.println("Asked " + asked.size() + (asked.size() == 1 ? " department" : " departments")
                        + " about question" + (numbers.size() == 1 ? " " : "s ")
                        + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", due "
                        + GermanFormat.shortDate(dueDay) + "; lead " + leadKey + ".");
            }
            return ExitCode.OK;
        }

        private static Department department(Map<String, Department> known, String key) {
            Department d = known.get(key);
            if (d == null) {
                throw new UsageException("unknown department '" + key + "'; the store knows "
                        + String.join(", ", new TreeSet<>(known.keySet())));
            }
            return d;
        }
    }

    /** {@code coop inquiry show ID [--as-of DATE]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show an inquiry: status, due date, and per question the departments' contributions",
                "received and those still missing or overdue."})
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "Inquiry id, e.g. 17/4514")
        private String id;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Count overdue days from DATE instead of today.")
        private LocalDate asOf;

        @Override
        public Integer call() {
            InquiryId inquiryId = InquiryPdfCommand.inquiryId(id);
            LocalDate today = asOf != null ? asOf : LocalDate.now(ZONE);
            PrintWriter out = spec.commandLine().getOut();
            try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
                InquiryStatusCommand.requireStored(store, inquiryId);
                Inquiry inquiry = store.inquiry(inquiryId).orElseThrow();
                out.println(inquiryId + "  " + inquiry.title());
                store.status(inquiryId).ifPresent(s -> out.println("status: " + s.status().label()
                        + (s.leadDepartment() == null ? "" : "; lead: " + s.leadDepartment())
                        + "; due " + inquiry.deadline()));
                List<ContributionRequest> requests = store.contributionRequests(inquiryId);
                List<Contribution> contributions = store.contributions(inquiryId);
                for (Question q : inquiry.questions()) {
                    out.println("question " + q.number() + ": " + shorten(q.text()));
                    List<String> lines = lines(q.number(), requests, contributions, today);
                    if (lines.isEmpty()) {
                        out.println("  no contributions requested");
                    }
                    lines.forEach(l -> out.println("  " + l));
                }
            }
            return ExitCode.OK;
        }

        static List<String> lines(int question, List<ContributionRequest> requests, List<Contribution> contributions,
                                  LocalDate today) {
            List<String> lines = new ArrayList<>();
            for (Contribution c : contributions) {
                if (c.question() == question) {
                    lines.add(c.departmentKey() + ": received " + c.received().atZone(ZONE).toLocalDateTime()
                            .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ') + " (" + c.paragraphs().size()
                            + (c.paragraphs().size() == 1 ? " paragraph" : " paragraphs") + ", "
                            + c.footnotes().size() + (c.footnotes().size() == 1 ? " footnote" : " footnotes") + ")");
                }
            }
            for (ContributionRequest r : requests) {
                if (r.question() == question && contributions.stream()
                        .noneMatch(c -> c.question() == question && c.departmentKey().equals(r.departmentKey()))) {
                    long left = ChronoUnit.DAYS.between(today, r.due());
                    lines.add(r.departmentKey() + ": " + (left < 0 ? "overdue" : "missing") + ", due " + r.due() + " ("
                            + InquiryDueCommand.daysLeft(left) + ")");
                }
            }
            return lines;
        }

        private static String shorten(String text) {
            String plain = text.replaceAll("\\s+", " ").strip();
            return plain.length() <= 80 ? plain : plain.substring(0, Math.max(plain.lastIndexOf(' ', 80), 40)) + " …";
        }
    }
}
