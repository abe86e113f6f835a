package de.nrw.coop.web.internal;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
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
import de.nrw.coop.storage.query.InquirySummary;
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

    /** The inquiries: open ones (drafts) first with their due dates, overdue ones marked. */
    void start(Context ctx) {
        String sort = ctx.queryParam("sortierung");
        Comparator<Listed> order = switch (sort == null ? "frist" : sort) {
            case "frist" -> Comparator.comparing((Listed l) -> l.due).thenComparing(l -> l.inquiry.id());
            case "nummer" -> Comparator.comparing(l -> l.inquiry.id());
            case "titel" -> Comparator.comparing((Listed l) -> l.inquiry.title(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(l -> l.inquiry.id());
            case "eingang" -> Comparator.comparing((Listed l) -> l.received).thenComparing(l -> l.inquiry.id());
            default -> throw HttpProblem.badRequest("Unbekannte Sortierung '" + sort
                    + "'; möglich sind frist, nummer, titel und eingang.");
        };
        String active = sort == null ? "frist" : sort;
        List<Listed> all = new ArrayList<>();
        for (InquirySummary s : store.inquiries()) {
            store.inquiry(s.id()).ifPresent(i -> all.add(new Listed(i, today())));
        }
        all.sort(order);
        List<InquiryRow> open = new ArrayList<>();
        List<InquiryRow> answered = new ArrayList<>();
        for (Listed l : all) {
            (l.open() ? open : answered).add(l.row());
        }
        List<SortColumn> columns = new ArrayList<>();
        for (String[] c : new String[][] {{"nummer", "Nummer"}, {"titel", "Titel"}, {"eingang", "Eingang"},
            {"frist", "Frist"}}) {
            columns.add(new SortColumn(c[1], "/?sortierung=" + c[0], c[0].equals(active)));
        }
        render(ctx, 200, "start.jte", "Anfragen", "anfragen", new Views.Start(open, answered, columns));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An inquiry with what the lists show of it. */
    private static final class Listed {
        final Inquiry inquiry;
        final LocalDate received;
        final LocalDate due;
        final boolean overdue;

        Listed(Inquiry inquiry, LocalDate today) {
            this.inquiry = inquiry;
            this.received = received(inquiry);
            this.due = due(inquiry);
            this.overdue = open() && due.isBefore(today);
        }

        boolean open() {
            return inquiry.answerDrucksache() == null;
        }

        InquiryRow row() {
            return new InquiryRow(inquiry.id().toString(), href(inquiry.id()), inquiry.title(), status(inquiry),
                    DATE.format(received), open() ? DATE.format(due) : "–", overdue,
                    String.join(", ", inquiry.countryCodes()));
        }
    }

    static LocalDate received(Inquiry inquiry) {
        return inquiry.received() != null ? inquiry.received() : inquiry.asked();
    }

    /** The answer's due date, by the kind of inquiry (four weeks or three months after receipt). */
    static LocalDate due(Inquiry inquiry) {
        return inquiry.deadline();
    }

    static String status(Inquiry inquiry) {
        return inquiry.answerDrucksache() == null ? "in Bearbeitung (Entwurf)"
                : "beantwortet (Drucksache " + inquiry.answerDrucksache() + ")";
    }

    static String href(InquiryId id) {
        return "/anfragen/" + id.period() + "/" + id.number();
    }

    // ---- an inquiry -----------------------------------------------------------------------------

    void inquiry(Context ctx) {
        Inquiry inquiry = inquiryOf(ctx);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Drucksache der Anfrage", inquiry.questionDrucksache().toString()));
        facts.add(new Fact("Fragesteller", requesters(inquiry)));
        facts.add(new Fact("Datum der Anfrage", DATE.format(inquiry.asked())));
        facts.add(new Fact("Eingang", DATE.format(received(inquiry))));
        if (inquiry.answerDrucksache() == null) {
            boolean overdue = due(inquiry).isBefore(today());
            facts.add(new Fact("Frist", DATE.format(due(inquiry)) + (overdue ? " (überfällig)" : "")));
        } else {
            facts.add(new Fact("Drucksache der Antwort", inquiry.answerDrucksache().toString()));
            facts.add(new Fact("Datum der Antwort", DATE.format(inquiry.answerDate())));
        }
        facts.add(new Fact("Länder", countries(inquiry.countryCodes())));
        if (inquiry.fromYear() != null || inquiry.toYear() != null) {
            facts.add(new Fact("Zeitraum", (inquiry.fromYear() == null ? "" : inquiry.fromYear()) + " bis "
                    + (inquiry.toYear() == null ? "heute" : inquiry.toYear())));
        }
        facts.add(new Fact("Federführung", inquiry.minister()));
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
                }
            }
            questions.add(new QuestionView(q.number(), plain(q.text()), paragraphs, tables));
        }
        String href = href(inquiry.id());
        boolean overdue = inquiry.answerDrucksache() == null && due(inquiry).isBefore(today());
        render(ctx, 200, "inquiry.jte", "Anfrage " + inquiry.id(), "anfragen",
                new Views.InquiryPage(inquiry.id().toString(), inquiry.title(), status(inquiry), overdue, facts,
                        inquiry.preface().stream().map(Pages::plain).toList(), questions,
                        href + "/antwort.pdf", href + "/antwort.docx"));
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
