package de.nrw.coop.web.internal;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerReport;
import de.nrw.coop.reports.excel.FilterException;
import de.nrw.coop.reports.excel.ReportFilters;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StatusException;
import de.nrw.coop.storage.query.Deadline;
import de.nrw.coop.storage.query.StatusUpdate;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import de.nrw.coop.web.PortalConfig;
import de.nrw.coop.web.internal.Views.Choice;
import de.nrw.coop.web.internal.Views.Fact;
import de.nrw.coop.web.internal.Views.Frame;
import de.nrw.coop.web.internal.Views.InquiryRow;
import de.nrw.coop.web.internal.Views.QuestionView;
import de.nrw.coop.web.internal.Views.SortColumn;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The pages and downloads; every figure comes from the store through the report builders. */
public final class Pages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY)
            .withZone(java.time.ZoneId.of("Europe/Berlin"));
    /** Earliest and latest year a form accepts: the store's own limits of a year. */
    private static final int MIN_YEAR = 1946;
    private static final int MAX_YEAR = 2100;

    /** Request attribute: a page of ours is the answer already (error handlers leave it alone). */
    static final String RENDERED = "coop.rendered";

    private final CoopStore store;
    private final Clock clock;
    private final String notice;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Downloads downloads;

    public Pages(CoopStore store, PortalConfig config, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.downloads = new Downloads(config.builds());
        this.notice = config.auth() == PortalConfig.Auth.NONE
                ? "Ohne Anmeldung: Sie sehen das Portal mit Leserechten; Hochladen und Importieren sind gesperrt."
                : null;
    }

    // ---- rendering ------------------------------------------------------------------------------

    void render(Context ctx, int status, String template, String title, String section, Object view) {
        User user = ctx.attribute(Access.USER);
        Frame frame = new Frame(title, section, user == null ? null : user.name(),
                user == null ? null : user.role().key(), user != null && user.staff(), Csrf.token(ctx), notice);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("frame", frame);
        params.put("view", view);
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    void error(Context ctx, int status, String title, String reason) {
        render(ctx, status, "error.jte", title, null, new Views.ErrorPage(status, title, reason));
    }

    // ---- start page -----------------------------------------------------------------------------

    /**
     * The inquiries: open ones (status before versandt) with status, lead department and due date,
     * overdue ones marked, then the answered ones.
     */
    void start(Context ctx) {
        String sort = ctx.queryParam("sortierung");
        String active = sort == null ? "frist" : sort;
        Comparator<Deadline> order = switch (active) {
            case "frist" -> Deadline.ORDER;
            case "nummer" -> Comparator.comparing(Deadline::id);
            case "titel" -> Comparator.comparing(Deadline::title, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Deadline::id);
            case "status" -> Comparator.comparing((Deadline d) -> d.status().status()).thenComparing(Deadline.ORDER);
            case "ressort" -> Comparator.comparing((Deadline d) -> lead(d.status()), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Deadline.ORDER);
            case "eingang" -> Comparator.comparing(Deadline::received).thenComparing(Deadline::id);
            default -> throw HttpProblem.badRequest("Unbekannte Sortierung '" + sort
                    + "'; möglich sind frist, nummer, titel, status, ressort und eingang.");
        };
        Map<String, String> abbreviations = abbreviations();
        LocalDate today = today();
        List<Deadline> all = new ArrayList<>(store.deadlines());
        all.sort(order);
        List<InquiryRow> open = new ArrayList<>();
        List<InquiryRow> answered = new ArrayList<>();
        for (Deadline d : all) {
            boolean isOpen = d.status().status().isOpen();
            String lead = d.status().leadDepartment();
            InquiryRow row = new InquiryRow(d.id().toString(), href(d.id()), d.title(), d.kind().label(),
                    d.status().status().label(), lead == null ? "–" : abbreviations.getOrDefault(lead, lead),
                    DATE.format(d.received()), isOpen ? DATE.format(d.due()) : "–",
                    isOpen ? left(d.daysLeft(today)) : "", isOpen && d.isOverdue(today));
            (isOpen ? open : answered).add(row);
        }
        List<SortColumn> columns = new ArrayList<>();
        for (String[] c : new String[][] {{"nummer", "Nummer"}, {"titel", "Titel"}, {"status", "Status"},
            {"ressort", "Federführung"}, {"eingang", "Eingang"}, {"frist", "Frist"}}) {
            columns.add(new SortColumn(c[1], "/?sortierung=" + c[0], c[0].equals(active)));
        }
        render(ctx, 200, "start.jte", "Anfragen", "anfragen", new Views.Start(open, answered, columns));
    }

    private String lead(StatusChange status) {
        return status.leadDepartment() == null ? "" : status.leadDepartment();
    }

    /** "noch 3 Tage", "heute fällig", "seit 6 Tagen überfällig". */
    static String left(long days) {
        if (days == 0) {
            return "heute fällig";
        }
        if (days > 0) {
            return "noch " + days + (days == 1 ? " Tag" : " Tage");
        }
        return "seit " + -days + (days == -1 ? " Tag" : " Tagen") + " überfällig";
    }

    private Map<String, String> abbreviations() {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        store.departments().forEach(d -> abbreviations.put(d.key(), d.abbreviation()));
        return abbreviations;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String href(InquiryId id) {
        return "/anfragen/" + id.period() + "/" + id.number();
    }

    // ---- an inquiry -----------------------------------------------------------------------------

    void inquiry(Context ctx) {
        Inquiry inquiry = inquiryOf(ctx);
        StatusChange status = store.status(inquiry.id()).orElse(null);
        boolean open = status == null ? inquiry.isDraft() : status.status().isOpen();
        boolean overdue = open && inquiry.deadline().isBefore(today());
        Map<String, String> abbreviations = abbreviations();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Art", inquiry.kind().label()));
        facts.add(new Fact("Drucksache der Anfrage", inquiry.questionDrucksache().toString()));
        facts.add(new Fact("Fragesteller", requesters(inquiry)));
        facts.add(new Fact("Datum der Anfrage", DATE.format(inquiry.asked())));
        facts.add(new Fact("Eingang", DATE.format(received(inquiry))));
        if (open) {
            facts.add(new Fact("Frist", DATE.format(inquiry.deadline()) + " ("
                    + left(java.time.temporal.ChronoUnit.DAYS.between(today(), inquiry.deadline())) + ")"));
        }
        if (status != null && status.leadDepartment() != null) {
            facts.add(new Fact("Federführung", abbreviations.getOrDefault(status.leadDepartment(), status.leadDepartment())));
        }
        if (status != null && !status.contributingDepartments().isEmpty()) {
            facts.add(new Fact("Mitzeichnung", String.join(", ", status.contributingDepartments().stream()
                    .map(k -> abbreviations.getOrDefault(k, k)).toList())));
        }
        if (status != null && status.internalDeadline() != null) {
            facts.add(new Fact("Interne Frist", DATE.format(status.internalDeadline())));
        }
        if (inquiry.answerDrucksache() != null) {
            facts.add(new Fact("Drucksache der Antwort", inquiry.answerDrucksache().toString()));
            facts.add(new Fact("Datum der Antwort", DATE.format(inquiry.answerDate())));
        }
        facts.add(new Fact("Länder", countries(inquiry.countryCodes())));
        if (inquiry.fromYear() != null || inquiry.toYear() != null) {
            facts.add(new Fact("Zeitraum", (inquiry.fromYear() == null ? "" : inquiry.fromYear()) + " bis "
                    + (inquiry.toYear() == null ? "heute" : inquiry.toYear())));
        }
        facts.add(new Fact("Antwortendes Ministerium", inquiry.minister()));
        if (inquiry.concurrence() != null) {
            facts.add(new Fact("Im Einvernehmen mit", inquiry.concurrence()));
        }
        List<QuestionView> questions = new ArrayList<>();
        for (Question q : inquiry.questions()) {
            List<String> paragraphs = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            for (AnswerBlock block : q.answer()) {
                if (block instanceof AnswerBlock.Paragraph p) {
                    paragraphs.add(plain(p.text()));
                } else if (block instanceof AnswerBlock.DataTable t) {
                    tables.add(t.caption() == null ? "Tabelle aus den Daten" : plain(t.caption()));
                } else {
                    tables.add("aus den Daten berechnet");
                }
            }
            questions.add(new QuestionView(q.number(), plain(q.text()), paragraphs, tables));
        }
        List<Views.Step> history = new ArrayList<>();
        for (StatusChange c : store.history(inquiry.id())) {
            history.add(new Views.Step(AT.format(c.at()), c.user(), c.status().label(),
                    String.join(", ", c.departments().stream().map(k -> abbreviations.getOrDefault(k, k)).toList()),
                    c.internalDeadline() == null ? "" : DATE.format(c.internalDeadline()),
                    c.note() == null ? "" : c.note()));
        }
        User user = ctx.attribute(Access.USER);
        String href = href(inquiry.id());
        Views.StatusForm form = user != null && user.staff() ? statusForm(href, status) : null;
        render(ctx, 200, "inquiry.jte", "Anfrage " + inquiry.id(), "anfragen",
                new Views.InquiryPage(inquiry.id().toString(), inquiry.title(),
                        status == null ? status(inquiry) : status.status().label(), overdue, facts,
                        inquiry.preface().stream().map(Pages::plain).toList(), questions,
                        href + "/antwort.pdf", href + "/antwort.docx", history, form,
                        contributions(inquiry.id())));
    }

    /**
     * Per question and department: what was requested and what came back, in question order, the
     * departments in the order they were asked; a contribution stored without a request is shown too.
     */
    private List<Views.ContributionView> contributions(InquiryId id) {
        Map<String, de.nrw.coop.model.Department> departments = new LinkedHashMap<>();
        store.departments().forEach(d -> departments.put(d.key(), d));
        Map<String, Contribution> returned = new LinkedHashMap<>();
        for (Contribution c : store.contributions(id)) {
            returned.put(c.question() + "/" + c.departmentKey(), c);
        }
        Map<String, ContributionRequest> requested = new LinkedHashMap<>();
        for (ContributionRequest r : store.contributionRequests(id)) {
            requested.put(r.question() + "/" + r.departmentKey(), r);
        }
        Set<String> keys = new java.util.LinkedHashSet<>(requested.keySet());
        keys.addAll(returned.keySet());
        LocalDate today = today();
        List<Views.ContributionView> views = new ArrayList<>();
        for (String key : keys) {
            ContributionRequest r = requested.get(key);
            Contribution c = returned.get(key);
            int question = r != null ? r.question() : c.question();
            String department = r != null ? r.departmentKey() : c.departmentKey();
            de.nrw.coop.model.Department d = departments.get(department);
            String state;
            boolean overdue = false;
            if (c != null) {
                state = "eingegangen am " + AT.format(c.received());
            } else {
                long days = java.time.temporal.ChronoUnit.DAYS.between(today, r.due());
                overdue = days < 0;
                state = (overdue ? "fehlt, " : "ausstehend, ") + left(days);
            }
            views.add(new Views.ContributionView(question, d == null ? department : d.abbreviation(),
                    d == null ? department : d.name(), r == null ? "–" : AT.format(r.requested()),
                    r == null ? "–" : DATE.format(r.due()), state, c != null, overdue,
                    c == null ? List.of() : c.inlineText()));
        }
        views.sort(Comparator.comparingInt(Views.ContributionView::question));
        return views;
    }

    private Views.StatusForm statusForm(String href, StatusChange status) {
        List<Choice> statuses = new ArrayList<>();
        InquiryStatus next = status == null ? InquiryStatus.EINGEGANGEN : status.status();
        for (InquiryStatus s : InquiryStatus.values()) {
            statuses.add(new Choice("status", s.id(), s.label(), s == next));
        }
        List<Choice> leads = new ArrayList<>();
        List<Choice> contributing = new ArrayList<>();
        String lead = status == null ? null : status.leadDepartment();
        List<String> others = status == null ? List.of() : status.contributingDepartments();
        leads.add(new Choice("federfuehrung", "", "(unverändert)", lead == null));
        for (var d : store.departments()) {
            String label = d.abbreviation() + " – " + d.name();
            leads.add(new Choice("federfuehrung", d.key(), label, d.key().equals(lead)));
            contributing.add(new Choice("mitzeichnung", d.key(), label, others.contains(d.key())));
        }
        String deadline = status == null || status.internalDeadline() == null ? "" : status.internalDeadline().toString();
        return new Views.StatusForm(href + "/status", statuses, leads, contributing, deadline);
    }

    /** A staff member records the next step; the history keeps it with their name. */
    void changeStatus(Context ctx) {
        User user = Access.require(ctx, de.nrw.coop.web.Role.STAFF);
        Inquiry inquiry = inquiryOf(ctx);
        InquiryStatus status;
        try {
            status = InquiryStatus.parse(ctx.formParam("status"));
        } catch (ModelException e) {
            throw HttpProblem.badRequest("Unbekannter Status '" + ctx.formParam("status") + "'.");
        }
        List<String> departments = new ArrayList<>();
        String lead = ctx.formParam("federfuehrung");
        List<String> contributing = ctx.formParams("mitzeichnung");
        if (lead != null && !lead.isBlank()) {
            departments.add(lead.strip());
            contributing.stream().filter(k -> !k.equals(lead.strip())).forEach(departments::add);
        } else if (!contributing.isEmpty()) {
            throw HttpProblem.badRequest("Mitzeichnende Ressorts brauchen ein federführendes Ressort.");
        }
        String deadlineText = ctx.formParam("interne_frist");
        LocalDate deadline = null;
        if (deadlineText != null && !deadlineText.isBlank()) {
            try {
                deadline = LocalDate.parse(deadlineText.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw HttpProblem.badRequest("„Interne Frist“ ist kein Datum (JJJJ-MM-TT): '" + deadlineText + "'.");
            }
        }
        try {
            store.changeStatus(new StatusUpdate(inquiry.id(), status, departments, deadline, ctx.formParam("notiz"),
                    user.name()));
        } catch (StatusException e) {
            throw HttpProblem.badRequest("Dieser Schritt ist nicht möglich: " + e.getMessage());
        }
        ctx.redirect(href(inquiry.id()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    static LocalDate received(Inquiry inquiry) {
        return inquiry.received() != null ? inquiry.received() : inquiry.asked();
    }

    static String status(Inquiry inquiry) {
        return inquiry.answerDrucksache() == null ? "in Bearbeitung (Entwurf)"
                : "beantwortet (Drucksache " + inquiry.answerDrucksache() + ")";
    }

    private static String requesters(Inquiry inquiry) {
        List<String> names = new ArrayList<>();
        for (Requester r : inquiry.requesters()) {
            names.add(r.name() + " (" + r.group() + ")");
        }
        return String.join(", ", names);
    }

    /** Footnote markers as the reader sees them: "[^1]" → "[1]". */
    private static String plain(String text) {
        return Inquiry.MARKER.matcher(text).replaceAll("[$1]");
    }

    private String countries(List<String> codes) {
        if (codes.isEmpty()) {
            return "alle";
        }
        Map<String, String> names = new LinkedHashMap<>();
        store.countries().forEach(c -> names.put(c.code(), c.name()));
        return String.join(", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
    }

    private Inquiry inquiryOf(Context ctx) {
        InquiryId id;
        try {
            id = new InquiryId(Integer.parseInt(ctx.pathParam("period")), Integer.parseInt(ctx.pathParam("number")));
        } catch (NumberFormatException | ModelException e) {
            throw HttpProblem.badRequest("'" + ctx.pathParam("period") + "/" + ctx.pathParam("number")
                    + "' ist keine Nummer einer Anfrage (Wahlperiode/Nummer, z. B. 17/4514).");
        }
        return store.inquiry(id).orElseThrow(() -> HttpProblem.notFound("Die Anfrage " + id
                + " ist nicht gespeichert."));
    }

    /** Builds a file on demand and streams it (see {@link Downloads}). */
    void download(Context ctx, String fileName, Downloads.Type type, java.util.function.Function<Path, Path> build) {
        downloads.send(ctx, fileName, type, build);
    }

    void answer(Context ctx, AnswerFormat format) {
        Inquiry inquiry = inquiryOf(ctx);
        String name = "Antwort " + inquiry.id().fileName() + "." + format.extension();
        downloads.send(ctx, name, format == AnswerFormat.PDF ? Downloads.Type.PDF : Downloads.Type.DOCX, dir -> {
            Path file = dir.resolve(inquiry.id().fileName() + "." + format.extension());
            AnswerReport.write(store, inquiry.id(), format, file);
            return file;
        });
    }

    // ---- tables ---------------------------------------------------------------------------------

    void tablesForm(Context ctx) {
        render(ctx, 200, "tables.jte", "Tabellen", "tabellen", tablesForm(Set.of(), Set.of(), "", "", null));
    }

    private Views.TablesForm tablesForm(Set<String> countries, Set<String> departments, String from, String to,
                                        String error) {
        List<Choice> countryChoices = new ArrayList<>();
        for (Country c : store.countries()) {
            countryChoices.add(new Choice("land", c.code(), c.name() + " (" + c.code() + ")", countries.contains(c.code())));
        }
        Set<String> abbreviations = new TreeSet<>();
        store.departments().forEach(d -> abbreviations.add(d.abbreviation()));
        List<Choice> departmentChoices = new ArrayList<>();
        for (String a : abbreviations) {
            departmentChoices.add(new Choice("ressort", a, a, departments.contains(a)));
        }
        return new Views.TablesForm(countryChoices, departmentChoices, from, to, error);
    }

    /** The controllers' workbook for the form's choices; a bad choice shows the form again with the reason (400). */
    void tables(Context ctx) {
        List<String> countries = ctx.queryParams("land");
        List<String> departments = ctx.queryParams("ressort");
        String fromText = blankToEmpty(ctx.queryParam("von"));
        String toText = blankToEmpty(ctx.queryParam("bis"));
        ReportFilter filter;
        try {
            Integer from = year(fromText, "Von");
            Integer to = year(toText, "Bis");
            if (from != null && to != null && to < from) {
                throw HttpProblem.badRequest("Der Zeitraum ist verkehrt herum: " + from + " liegt nach " + to + ".");
            }
            try {
                filter = ReportFilters.resolve(countries, departments, from, to, store.countries(), store.departments());
            } catch (FilterException e) {
                throw HttpProblem.badRequest("Die Auswahl passt nicht zu den gespeicherten Daten: " + e.getMessage());
            }
        } catch (HttpProblem e) {
            render(ctx, 400, "tables.jte", "Tabellen", "tabellen", tablesForm(Set.copyOf(countries),
                    Set.copyOf(departments), fromText, toText, e.getMessage()));
            return;
        }
        downloads.send(ctx, tablesName(filter), Downloads.Type.XLSX, dir -> {
            Path file = dir.resolve(TablesWorkbook.fileName(filter));
            TablesWorkbook.write(store, filter, file);
            return file;
        });
    }

    /** "Tabellen Südkorea, Japan 2017–2020.xlsx": the countries by name, as controllers ask for them. */
    private String tablesName(ReportFilter filter) {
        String countries = filter.countryCodes().isEmpty() ? "alle Länder" : countries(filter.countryCodes());
        String period = filter.fromYear() == null && filter.toYear() == null ? ""
                : " " + (filter.fromYear() == null ? "bis " + filter.toYear()
                : filter.toYear() == null ? "ab " + filter.fromYear() : filter.fromYear() + "–" + filter.toYear());
        return "Tabellen " + countries + period + ".xlsx";
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Integer year(String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("„" + field + "“ muss eine Jahreszahl sein, nicht '" + text + "'.");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw HttpProblem.badRequest("„" + field + "“: " + year + " liegt nicht zwischen " + MIN_YEAR + " und "
                    + MAX_YEAR + ".");
        }
        return year;
    }

    // ---- yearly reports -------------------------------------------------------------------------

    void reports(Context ctx) {
        List<Views.YearLinks> years = new ArrayList<>();
        for (int year : years()) {
            years.add(new Views.YearLinks(year, "/berichte/" + year + "/pdf", "/berichte/" + year + "/xlsx",
                    YearlyReport.pdfName(year), YearlyReport.xlsxName(year)));
        }
        render(ctx, 200, "reports.jte", "Jahresberichte", "berichte", new Views.Reports(years));
    }

    /** Years with activities, newest first. */
    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (VisitCount v : store.visitsPerYear(ReportFilter.all())) {
            years.add(v.year());
        }
        return List.copyOf(years);
    }

    void yearly(Context ctx, boolean pdf) {
        int year;
        try {
            year = Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("'" + ctx.pathParam("year") + "' ist keine Jahreszahl.");
        }
        if (!years().contains(year)) {
            throw HttpProblem.notFound("Für " + year + " sind keine Kooperationsdaten gespeichert.");
        }
        String name = pdf ? YearlyReport.pdfName(year) : YearlyReport.xlsxName(year);
        downloads.send(ctx, name, pdf ? Downloads.Type.PDF : Downloads.Type.XLSX, dir -> {
            var result = YearlyReport.write(store, year, List.of(), dir);
            return pdf ? result.pdf() : result.xlsx();
        });
    }
}
