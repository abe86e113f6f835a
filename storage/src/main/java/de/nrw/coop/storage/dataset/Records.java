package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.storage.dataset.Reference.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the list items of one dataset file into model records and passes each valid one to the
 * sink. One instance per file: it remembers the keys seen to report duplicates within the file.
 */
final class Records {

    /** The top-level lists of a dataset file, in the order the documentation presents them. */
    enum Section {
        COUNTRIES("countries", "a country"),
        DEPARTMENTS("departments", "a department"),
        PARTNERS("partners", "a partner"),
        AGREEMENTS("agreements", "an agreement"),
        PROJECTS("projects", "a project"),
        ACTIVITIES("activities", "an activity"),
        FUNDING("funding", "a funding entry"),
        SETTLEMENTS("settlements", "a settlement count"),
        KEY_FIGURES("keyFigures", "a key figure"),
        INQUIRIES("inquiries", "an inquiry");

        final String key;
        final String what;

        Section(String key, String what) {
            this.key = key;
            this.what = what;
        }

        static Section byKey(String key) {
            for (Section s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            return null;
        }

        static List<String> keys() {
            return Arrays.stream(values()).map(s -> s.key).toList();
        }
    }

    static final List<String> COUNTRY = List.of("code", "name", "region", "adjective");
    static final List<String> DEPARTMENT = List.of("key", "abbreviation", "name", "validFrom", "validTo", "units");
    static final List<String> PARTNER = List.of("key", "name", "nativeName", "country", "level", "kind");
    static final List<String> AGREEMENT = List.of("key", "kind", "title", "department", "partners", "signed",
            "renewals", "ended", "subjects");
    static final List<String> PROJECT = List.of("key", "title", "department", "partners", "support", "level",
            "start", "end", "agreement");
    static final List<String> ACTIVITY = List.of("key", "kind", "date", "country", "direction", "hosts",
            "partners", "delegation", "delegationSize", "purpose", "project", "agreement", "sentence");
    static final List<String> HOSTS = List.of("departments", "partners");
    static final List<String> FUNDING = List.of("project", "year", "amount", "budgetLine");
    static final List<String> SETTLEMENT = List.of("country", "from", "to", "companies", "source");
    static final List<String> KEY_FIGURE = List.of("key", "country", "label", "value", "unit", "asOf", "source");
    static final List<String> SOURCE = List.of("title", "url");

    static final Fields.Words<Level> LEVELS = new Fields.Words<>(Level.class, "level");
    static final Fields.Words<PartnerKind> PARTNER_KINDS = new Fields.Words<>(PartnerKind.class, "partner kind");
    static final Fields.Words<SupportKind> SUPPORT_KINDS = new Fields.Words<>(SupportKind.class, "kind of support");
    static final Fields.Words<ActivityKind> ACTIVITY_KINDS = new Fields.Words<>(ActivityKind.class, "activity kind");
    static final Fields.Words<Direction> DIRECTIONS = new Fields.Words<>(Direction.class, "direction");

    private final String file;
    private final DatasetSink sink;
    private final Map<Section, KeySet> keys = new EnumMap<>(Section.class);

    /** Opens the file again to find a spot inside a value; null when it cannot be reopened. */
    private final DatasetSource.Opener opener;
    private List<String> lines;

    Records(String file, DatasetSink sink) {
        this(file, sink, null);
    }

    Records(String file, DatasetSink sink, DatasetSource.Opener opener) {
        this.file = file;
        this.sink = sink;
        this.opener = opener;
    }

    /**
     * The 1-based line and column of the first {@code needle} at or after the start of
     * {@code value} in the file: a spot inside a folded paragraph, for a problem that belongs to a
     * word of it. The scalar's own place when the file cannot be read again or the needle is not
     * found (it never spans a line break: needles hold no blanks). Only problems call this.
     */
    int[] locate(Node.Scalar value, String needle) {
        if (opener != null && lines == null) {
            try (java.io.InputStream in = opener.open()) {
                lines = List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1));
            } catch (java.io.IOException | RuntimeException e) {
                lines = List.of();
            }
        }
        if (lines != null) {
            // a paragraph is not longer than this; a needle further on is not in it
            int last = Math.min(lines.size(), value.line() + 500);
            for (int l = value.line() - 1; l >= 0 && l < last; l++) {
                int from = l == value.line() - 1 ? Math.max(0, value.column() - 1) : 0;
                int at = lines.get(l).indexOf(needle, Math.min(from, lines.get(l).length()));
                if (at >= 0) {
                    return new int[] {l + 1, at + 1};
                }
            }
        }
        return new int[] {value.line(), value.column()};
    }

    /** Reads one list item of a section and passes the record, its references and its problems on. */
    void read(Section section, Node item, String path, List<Problem> composeProblems) {
        Scope scope = new Scope(file, path, item, section.what.substring(section.what.indexOf(' ') + 1));
        scope.problems.addAll(composeProblems);
        switch (section) {
            case COUNTRIES -> country(scope);
            case DEPARTMENTS -> department(scope);
            case PARTNERS -> partner(scope);
            case AGREEMENTS -> agreement(scope);
            case PROJECTS -> project(scope);
            case ACTIVITIES -> activity(scope);
            case FUNDING -> funding(scope);
            case SETTLEMENTS -> settlement(scope);
            case KEY_FIGURES -> keyFigure(scope);
            case INQUIRIES -> new InquiryReader(scope, this).read(sink);
        }
        finish(scope);
    }

    /** Problems and references of a record go to the sink after the record itself. */
    private void finish(Scope scope) {
        for (Reference r : scope.references()) {
            sink.reference(r);
        }
        for (Problem p : scope.problems) {
            sink.problem(p);
        }
    }

    /**
     * Notes a natural key; a second record with the same key in the file is a problem.
     *
     * @param what the record in words for {@link Scope#from} ("activity 'x'")
     */
    private void key(Scope scope, Section section, String key, Node at, String atPath, String what) {
        if (key == null) {
            return;
        }
        scope.from = what;
        int first = keys.computeIfAbsent(section, s -> new KeySet()).add(key, at.line());
        if (first != 0) {
            scope.problem(at, atPath, "duplicate " + what + " in this file" + (first > 0 ? "; the first is at line "
                    + first : "") + " (each " + section.what.substring(section.what.indexOf(' ') + 1)
                    + " appears once per file)");
        }
    }

    private void key(Scope scope, Section section, Fields f, String field, String key, String what) {
        if (key != null) {
            key(scope, section, key, f.map.get(field), f.pathOf(field), what);
        }
    }

    private static Map<String, String> none() {
        return Map.of();
    }

    private void country(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a country", COUNTRY);
        if (f == null) {
            return;
        }
        String code = f.text("code");
        String name = f.text("name");
        String region = f.optionalText("region");
        String adjective = f.optionalText("adjective");
        key(scope, Section.COUNTRIES, f, "code", code, "country '" + code + "'");
        if (scope.ok()) {
            Country c = scope.build(f.map, f.path, none(), () -> new Country(code, name, region, adjective));
            if (c != null) {
                sink.country(c, scope.origin());
            }
        }
    }

    private void department(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a department", DEPARTMENT);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        String abbreviation = f.text("abbreviation");
        String name = f.text("name");
        LocalDate validFrom = f.date("validFrom", false);
        LocalDate validTo = f.date("validTo", false);
        List<String> units = f.texts("units");
        key(scope, Section.DEPARTMENTS, f, "key", key, "department '" + key + "'");
        if (scope.ok()) {
            Department d = scope.build(f.map, f.path, none(),
                    () -> new Department(key, abbreviation, name, validFrom, validTo, units));
            if (d != null) {
                sink.department(d, scope.origin());
            }
        }
    }

    private void partner(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a partner", PARTNER);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        key(scope, Section.PARTNERS, f, "key", key, "partner '" + key + "'");
        String name = f.text("name");
        String nativeName = f.optionalText("nativeName");
        String country = f.reference("country", true, Kind.COUNTRY);
        Level level = f.word("level", true, LEVELS);
        PartnerKind kind = f.word("kind", true, PARTNER_KINDS);
        if (scope.ok()) {
            Partner p = scope.build(f.map, f.path, none(), () -> new Partner(key, name, nativeName, country, level, kind));
            if (p != null) {
                sink.partner(p, scope.origin());
            }
        }
    }

    private void agreement(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "an agreement", AGREEMENT);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        key(scope, Section.AGREEMENTS, f, "key", key, "agreement '" + key + "'");
        String kind = f.text("kind");
        String title = f.text("title");
        String department = f.reference("department", true, Kind.DEPARTMENT);
        List<String> partners = f.references("partners", Kind.PARTNER, true);
        LocalDate signed = f.date("signed", true);
        List<LocalDate> renewals = f.dates("renewals");
        LocalDate ended = f.date("ended", false);
        List<String> subjects = f.texts("subjects");
        if (scope.ok()) {
            Agreement a = scope.build(f.map, f.path, none(),
                    () -> new Agreement(key, kind, title, department, partners, signed, renewals, ended, subjects));
            if (a != null) {
                sink.agreement(a, scope.origin());
            }
        }
    }

    private void project(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a project", PROJECT);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        key(scope, Section.PROJECTS, f, "key", key, "project '" + key + "'");
        String title = f.text("title");
        String department = f.reference("department", true, Kind.DEPARTMENT);
        List<String> partners = f.references("partners", Kind.PARTNER);
        List<SupportKind> support = f.wordList("support", SUPPORT_KINDS);
        Level level = f.word("level", true, LEVELS);
        LocalDate start = f.date("start", false);
        LocalDate end = f.date("end", false);
        String agreement = f.reference("agreement", false, Kind.AGREEMENT);
        if (scope.ok()) {
            Project p = scope.build(f.map, f.path, none(),
                    () -> new Project(key, title, department, partners, support, level, start, end, agreement));
            if (p != null) {
                sink.project(p, scope.origin());
            }
        }
    }

    private void activity(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "an activity", ACTIVITY);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        key(scope, Section.ACTIVITIES, f, "key", key, "activity '" + key + "'");
        ActivityKind kind = f.word("kind", true, ACTIVITY_KINDS);
        PartialDate date = f.partialDate("date", true);
        String country = f.reference("country", true, Kind.COUNTRY);
        Direction direction = f.word("direction", true, DIRECTIONS);
        Fields hosts = f.nested("hosts", false, "the NRW hosts", HOSTS);
        List<String> hostDepartments = hosts == null ? List.of() : hosts.references("departments", Kind.DEPARTMENT);
        List<String> hostPartners = hosts == null ? List.of() : hosts.references("partners", Kind.PARTNER);
        List<String> partners = f.references("partners", Kind.PARTNER);
        String delegation = f.optionalText("delegation");
        Integer delegationSize = f.integer("delegationSize", false);
        String purpose = f.optionalText("purpose");
        String project = f.reference("project", false, Kind.PROJECT);
        String agreement = f.reference("agreement", false, Kind.AGREEMENT);
        String sentence = f.optionalText("sentence");
        if (scope.ok()) {
            Activity a = scope.build(f.map, f.path, none(), () -> new Activity(key, kind, date, country, direction,
                    hostDepartments, hostPartners, partners, delegation, delegationSize, purpose, project, agreement,
                    sentence));
            if (a != null) {
                sink.activity(a, scope.origin());
            }
        }
    }

    private void funding(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a funding entry", FUNDING);
        if (f == null) {
            return;
        }
        String project = f.reference("project", true, Kind.PROJECT);
        Integer year = f.integer("year", true);
        BigDecimal amount = f.decimal("amount", true);
        String budgetLine = f.optionalText("budgetLine");
        if (project != null && year != null) {
            // the store keys funding by project, year and budget line: one project may draw on two lines a year
            key(scope, Section.FUNDING, project + "\u0000" + year + "\u0000" + (budgetLine == null ? "" : budgetLine),
                    f.map, f.path, "funding of project '" + project + "' for " + year
                            + (budgetLine == null ? "" : " from budget line '" + budgetLine + "'"));
        }
        if (scope.ok()) {
            Funding fu = scope.build(f.map, f.path, none(), () -> new Funding(project, year, amount, budgetLine));
            if (fu != null) {
                sink.funding(fu, scope.origin());
            }
        }
    }

    private void settlement(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a settlement count", SETTLEMENT);
        if (f == null) {
            return;
        }
        String country = f.reference("country", true, Kind.COUNTRY);
        Integer from = f.integer("from", true);
        Integer given = f.integer("to", false);
        Integer to = given == null ? from : given;
        Integer companies = f.integer("companies", true);
        String source = f.optionalText("source");
        if (country != null && from != null) {
            key(scope, Section.SETTLEMENTS, country + "\u0000" + from + "\u0000" + to, f.map, f.path,
                    "settlement count " + country + " " + (from.equals(to) ? "" + from : from + "–" + to));
        }
        if (scope.ok()) {
            Settlement s = scope.build(f.map, f.path, none(), () -> new Settlement(country, from, to, companies, source));
            if (s != null) {
                sink.settlement(s, scope.origin());
            }
        }
    }

    private void keyFigure(Scope scope) {
        Fields f = scope.fields(scope.node, scope.path, "a key figure", KEY_FIGURE);
        if (f == null) {
            return;
        }
        String key = f.text("key");
        key(scope, Section.KEY_FIGURES, f, "key", key, "key figure '" + key + "'");
        String country = f.reference("country", true, Kind.COUNTRY);
        String label = f.text("label");
        BigDecimal value = f.decimal("value", true);
        String unit = f.text("unit");
        LocalDate asOf = f.date("asOf", false);
        Fields src = f.nested("source", true, "a source", SOURCE);
        String title = src == null ? null : src.text("title");
        String url = src == null ? null : src.optionalText("url");
        if (scope.ok()) {
            Source source = scope.build(f.map, f.path, none(), () -> new Source(title, url));
            KeyFigure k = source == null ? null : scope.build(f.map, f.path, none(),
                    () -> new KeyFigure(key, country, label, value, unit, asOf, source));
            if (k != null) {
                sink.keyFigure(k, scope.origin());
            }
        }
    }

    /** Used by {@link InquiryReader} for the inquiry's id. */
    void inquiryKey(Scope scope, String id, Node at, String atPath) {
        key(scope, Section.INQUIRIES, id, at, atPath, "inquiry " + id);
    }
}
