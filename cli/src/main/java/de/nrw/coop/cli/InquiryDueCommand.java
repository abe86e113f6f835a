package de.nrw.coop.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.Deadline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coop inquiry due [--within DAYS] [--format text|csv|json] [--as-of DATE]}: what must go out soon. */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = {"List the open inquiries (status before versandt) whose due date or internal deadline",
            "falls within DAYS days, or has passed: overdue first, then by due date, with days left, status and",
            "lead department. Prints nothing when nothing is due, so a daily cron job mails only then."})
final class InquiryDueCommand implements Callable<Integer> {
    /** The CSV and JSON columns, in order. */
    static final List<String> COLUMNS = List.of("id", "kind", "title", "received", "due", "days_left",
            "internal_deadline", "status", "lead_department", "contributing_departments");

    @Spec
    private CommandSpec spec;

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "7",
            description = "Days ahead to look (default: ${DEFAULT-VALUE}); overdue inquiries are always listed.")
    private int within;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv or json.")
    private String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Count days from DATE instead of today (YYYY-MM-DD).")
    private LocalDate asOf;

    @Override
    public Integer call() {
        if (within < 0) {
            throw new UsageException("--within " + within + " must not be negative");
        }
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(f)) {
            throw new UsageException("unknown format '" + format + "'; valid: text, csv, json");
        }
        LocalDate today = asOf != null ? asOf : LocalDate.now();
        List<Deadline> due;
        List<String[]> overdue;
        try (CoopStore store = CoopCommand.of(spec.commandLine()).openStore()) {
            due = store.openDeadlines().stream().filter(d -> d.isDueWithin(today, within)).toList();
            overdue = f.equals("text") ? overdueContributions(store, today) : List.of();
        }
        if (due.isEmpty() && overdue.isEmpty()) {
            return ExitCode.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "csv" -> csv(out, due, today);
            case "json" -> json(out, due, today);
            default -> {
                if (!due.isEmpty()) {
                    text(out, due, today);
                }
                if (!overdue.isEmpty()) {
                    if (!due.isEmpty()) {
                        out.println();
                    }
                    out.println("overdue contributions (Ressortabfrage):");
                    InquiryStatusCommand.Table.print(out, overdue);
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Requested contributions not received by their due day, as table rows with a heading row. */
    static List<String[]> overdueContributions(CoopStore store, LocalDate today) {
        List<String[]> rows = new ArrayList<>();
        java.util.Map<de.nrw.coop.model.InquiryId, List<de.nrw.coop.model.Contribution>> received = new java.util.HashMap<>();
        for (de.nrw.coop.model.ContributionRequest r : store.contributionRequests(null)) {
            if (!r.due().isBefore(today)) {
                continue;
            }
            List<de.nrw.coop.model.Contribution> in = received.computeIfAbsent(r.inquiry(), store::contributions);
            if (in.stream().noneMatch(c -> c.question() == r.question() && c.departmentKey().equals(r.departmentKey()))) {
                if (rows.isEmpty()) {
                    rows.add(new String[] {"id", "question", "department", "due", "left", "lead"});
                }
                rows.add(new String[] {r.inquiry().toString(), String.valueOf(r.question()), r.departmentKey(),
                    r.due().toString(), daysLeft(java.time.temporal.ChronoUnit.DAYS.between(today, r.due())), r.leadKey()});
            }
        }
        return rows;
    }

    /** "3 days", "1 day", "today", "2 days overdue". */
    static String daysLeft(long days) {
        if (days == 0) {
            return "today";
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day" : " days") + (days < 0 ? " overdue" : "");
    }

    private static void text(PrintWriter out, List<Deadline> due, LocalDate today) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "due", "left", "status", "lead", "internal", "title"});
        for (Deadline d : due) {
            rows.add(new String[] {d.id().toString(), d.due().toString(), daysLeft(d.daysLeft(today)),
                d.status().status().label(), nullToEmpty(d.status().leadDepartment()),
                d.internalDeadline() == null ? "" : d.internalDeadline().toString(), d.title()});
        }
        InquiryStatusCommand.Table.print(out, rows);
    }

    private static List<String> values(Deadline d, LocalDate today) {
        return List.of(d.id().toString(), d.kind().label(), d.title(), d.received().toString(), d.due().toString(),
                String.valueOf(d.daysLeft(today)), d.internalDeadline() == null ? "" : d.internalDeadline().toString(),
                d.status().status().label(), nullToEmpty(d.status().leadDepartment()),
                String.join(" ", d.status().contributingDepartments()));
    }

    /** RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted. */
    private static void csv(PrintWriter out, List<Deadline> due, LocalDate today) {
        out.print(String.join(",", COLUMNS) + "\r\n");
        for (Deadline d : due) {
            List<String> fields = new ArrayList<>();
            for (String v : values(d, today)) {
                fields.add(v.matches("(?s).*[,\"\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            out.print(String.join(",", fields) + "\r\n");
        }
    }

    private static void json(PrintWriter out, List<Deadline> due, LocalDate today) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartArray();
            for (Deadline d : due) {
                g.writeStartObject();
                g.writeStringField("id", d.id().toString());
                g.writeStringField("kind", d.kind().label());
                g.writeStringField("title", d.title());
                g.writeStringField("received", d.received().toString());
                g.writeStringField("due", d.due().toString());
                g.writeNumberField("days_left", d.daysLeft(today));
                g.writeStringField("internal_deadline",
                        d.internalDeadline() == null ? null : d.internalDeadline().toString());
                g.writeStringField("status", d.status().status().label());
                g.writeStringField("lead_department", d.status().leadDepartment());
                g.writeArrayFieldStart("contributing_departments");
                for (String key : d.status().contributingDepartments()) {
                    g.writeString(key);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the due list: " + e.getMessage(), e);
        }
        out.println();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
