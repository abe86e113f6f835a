package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The report queries, each on a handle the store opens for it. */
public final class Queries {
    /** Rows the database sends per round trip while streaming activities. */
    private static final int FETCH_SIZE = 1000;

    private Queries() {}

    // ---- filters ---------------------------------------------------------------------------

    /** WHERE conditions for a filter, each added with the parameter it binds. */
    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> params = new HashMap<>();
        final Map<String, List<String>> lists = new HashMap<>();

        /** A condition on one of the filter's years, {@code :fromYear} or {@code :toYear}. */
        Where add(String condition, String parameter, Object value) {
            conditions.add(condition);
            params.put(parameter, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query q) {
            params.forEach(q::bind);
            lists.forEach(q::bindList);
            return q;
        }

        /** The filter's country and department conditions (either may be null: the query ignores it). */
        static Where of(ReportFilter f, String countryCondition, String departmentCondition) {
            Where w = new Where();
            if (!f.countryCodes().isEmpty() && countryCondition != null) {
                w.conditions.add(countryCondition);
                w.lists.put("countries", f.countryCodes());
            }
            if (!f.departmentKeys().isEmpty() && departmentCondition != null) {
                w.conditions.add(departmentCondition);
                w.lists.put("departments", f.departmentKeys());
            }
            return w;
        }
    }

    private static Where activityWhere(ReportFilter f) {
        Where w = Where.of(f, "a.country_code IN (<countries>)", null);
        if (!f.departmentKeys().isEmpty()) {
            // hosted by any of the departments: the same SQL on H2 and PostgreSQL (no && on H2)
            List<String> any = new ArrayList<>();
            for (int i = 0; i < f.departmentKeys().size(); i++) {
                any.add(":department" + i + " = ANY(a.host_department_keys)");
                w.params.put("department" + i, f.departmentKeys().get(i));
            }
            w.conditions.add("(" + String.join(" OR ", any) + ")");
        }
        if (f.fromYear() != null) {
            w.add("a.date_year >= :fromYear", "fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            w.add("a.date_year <= :toYear", "toYear", f.toYear());
        }
        return w;
    }

    private static Where projectWhere(ReportFilter f, String alias) {
        Where w = Where.of(f, "EXISTS (SELECT 1 FROM project_partner pp JOIN partner pt ON pt.partner_key = pp.partner_key"
                        + " WHERE pp.project_key = " + alias + ".project_key AND pt.country_code IN (<countries>))",
                alias + ".lead_department_key IN (<departments>)");
        if (f.toYear() != null) {
            w.add("(" + alias + ".start_on IS NULL OR EXTRACT(YEAR FROM " + alias + ".start_on) <= :toYear)", "toYear",
                    f.toYear());
        }
        if (f.fromYear() != null) {
            w.add("(" + alias + ".end_on IS NULL OR EXTRACT(YEAR FROM " + alias + ".end_on) >= :fromYear)", "fromYear",
                    f.fromYear());
        }
        return w;
    }

    // ---- activities --------------------------------------------------------------------------

    public static List<VisitCount> visitsPerYear(Handle h, ReportFilter f) {
        Where w = activityWhere(f);
        List<VisitCount> counts = w.bind(h.createQuery("SELECT a.country_code, a.date_year, a.direction, COUNT(*)"
                        + " FROM activity a" + w.sql() + " GROUP BY a.country_code, a.date_year, a.direction"))
                .map((rs, ctx) -> new VisitCount(rs.getString(1), rs.getInt(2), Direction.valueOf(rs.getString(3)),
                        rs.getInt(4)))
                .list();
        List<VisitCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing(VisitCount::countryCode).thenComparingInt(VisitCount::year)
                .thenComparing(VisitCount::direction));
        return sorted;
    }

    /**
     * Streams activities in date order, in one pass over one query: an activity's lists are kept
     * in its row, so nothing is looked up per activity or per chunk. Runs inside a transaction:
     * PostgreSQL only honours the fetch size (streams instead of loading every row) with
     * autocommit off. H2 computes the result before it returns the first row, beyond a few
     * thousand rows into a temporary file, not the heap. (Its lazy execution would hand out rows
     * as it walks the date index and was faster, but a lazy scan of a store just after a million
     * rows were imported failed with "MVStoreException: Chunk ... not found": H2 2.3.232 freed
     * chunks the open cursor still needed.)
     */
    public static void forEachActivity(Handle h, ReportFilter f, Consumer<ActivityView> action) {
        Map<String, String> countryNames = names(h, "SELECT country_code, name FROM country");
        Map<String, String> abbreviations = names(h, "SELECT department_key, abbreviation FROM department");
        // "Korean National Police University (경찰대학)": the native name beside the German one, as
        // every other report shows partners
        Map<String, String> partnerNames = RecordTypes.PARTNERS.table().all(h).stream()
                .collect(Collectors.toMap(Partner::key, Partner::label));
        Where w = activityWhere(f);
        w.bind(h.createQuery("SELECT " + RecordTypes.ACTIVITY_COLUMNS + " FROM activity a" + w.sql() + " "
                        + RecordTypes.ACTIVITY_ORDER))
                .setFetchSize(FETCH_SIZE)
                .map(RecordTypes.ACTIVITY_ROW)
                .useIterator(it -> {
                    while (it.hasNext()) {
                        Activity a = it.next();
                        List<String> hosts = new ArrayList<>(a.hostDepartmentKeys().size()
                                + a.hostPartnerKeys().size());
                        a.hostDepartmentKeys().forEach(k -> hosts.add(abbreviations.getOrDefault(k, k)));
                        a.hostPartnerKeys().forEach(k -> hosts.add(partnerNames.getOrDefault(k, k)));
                        List<String> partners = a.partnerKeys().stream().map(k -> partnerNames.getOrDefault(k, k))
                                .toList();
                        action.accept(new ActivityView(a, countryNames.getOrDefault(a.countryCode(), a.countryCode()),
                                hosts, partners));
                    }
                });
    }

    /** A key-to-name map from a query of two columns. */
    private static Map<String, String> names(Handle h, String sql) {
        return h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .collectToMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    // ---- projects, agreements -------------------------------------------------------------------

    public static List<ProjectView> projects(Handle h, ReportFilter f) {
        Where w = projectWhere(f, "p");
        List<String> keys = w.bind(h.createQuery("SELECT p.project_key FROM project p" + w.sql())).mapTo(String.class)
                .list();
        List<Project> projects = new ArrayList<>(RecordTypes.PROJECTS.table().loader().load(h, keys));
        projects.sort(Comparator.comparing(Project::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Project::key));
        Map<String, Department> departments = byKey(RecordTypes.DEPARTMENTS.table().all(h), Department::key);
        Map<String, Partner> partners = byKey(RecordTypes.PARTNERS.table().loader().load(h,
                projects.stream().flatMap(p -> p.partnerKeys().stream()).collect(Collectors.toSet())), Partner::key);
        Map<String, Agreement> agreements = byKey(RecordTypes.AGREEMENTS.table().loader().load(h,
                projects.stream().map(Project::agreementKey).filter(k -> k != null).collect(Collectors.toSet())),
                Agreement::key);
        List<ProjectView> views = new ArrayList<>();
        for (Project p : projects) {
            views.add(new ProjectView(p, departments.get(p.leadDepartmentKey()),
                    p.partnerKeys().stream().map(partners::get).toList(),
                    p.agreementKey() == null ? null : agreements.get(p.agreementKey())));
        }
        return views;
    }

    public static List<AgreementView> agreements(Handle h, ReportFilter f) {
        Where w = Where.of(f, "EXISTS (SELECT 1 FROM agreement_partner ap JOIN partner pt ON pt.partner_key = ap.partner_key"
                        + " WHERE ap.agreement_key = g.agreement_key AND pt.country_code IN (<countries>))",
                "g.department_key IN (<departments>)");
        if (f.toYear() != null) {
            w.add("EXTRACT(YEAR FROM g.signed_on) <= :toYear", "toYear", f.toYear());
        }
        if (f.fromYear() != null) {
            w.add("(g.ended_on IS NULL OR EXTRACT(YEAR FROM g.ended_on) >= :fromYear)", "fromYear", f.fromYear());
        }
        List<String> keys = w.bind(h.createQuery("SELECT g.agreement_key FROM agreement g" + w.sql()))
                .mapTo(String.class).list();
        List<Agreement> agreements = RecordTypes.AGREEMENTS.table().loader().load(h, keys);
        Map<String, Department> departments = byKey(RecordTypes.DEPARTMENTS.table().all(h), Department::key);
        Map<String, Partner> partners = byKey(RecordTypes.PARTNERS.table().loader().load(h,
                agreements.stream().flatMap(a -> a.partnerKeys().stream()).collect(Collectors.toSet())), Partner::key);
        return agreements.stream().map(a -> new AgreementView(a, departments.get(a.departmentKey()),
                a.partnerKeys().stream().map(partners::get).toList())).toList();
    }

    // ---- funding -------------------------------------------------------------------------------

    private static Where fundingWhere(ReportFilter f) {
        Where w = Where.of(f, "EXISTS (SELECT 1 FROM project_partner pp JOIN partner pt ON pt.partner_key = pp.partner_key"
                        + " WHERE pp.project_key = f.project_key AND pt.country_code IN (<countries>))",
                "p.lead_department_key IN (<departments>)");
        if (f.fromYear() != null) {
            w.add("f.funding_year >= :fromYear", "fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            w.add("f.funding_year <= :toYear", "toYear", f.toYear());
        }
        return w;
    }

    public static List<FundingRow> funding(Handle h, ReportFilter f) {
        Where w = fundingWhere(f);
        Map<String, TreeSet<String>> countries = h.createQuery("SELECT DISTINCT pp.project_key, pt.country_code"
                        + " FROM project_partner pp JOIN partner pt ON pt.partner_key = pp.partner_key")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
        // one row per project, year and budget line: the natural key of funding, so nothing is summed away
        return w.bind(h.createQuery("SELECT f.project_key, p.title, f.funding_year, f.budget_line, f.amount_eur"
                        + " FROM funding f JOIN project p ON p.project_key = f.project_key" + w.sql()
                        + " ORDER BY f.project_key, f.funding_year, f.budget_line"))
                .map((rs, ctx) -> new FundingRow(rs.getString(1), rs.getString(2),
                        String.join(", ", countries.getOrDefault(rs.getString(1), new TreeSet<>())), rs.getInt(3),
                        rs.getString(4).isEmpty() ? null : rs.getString(4), money(rs.getBigDecimal(5))))
                .list();
    }

    public static BigDecimal fundingTotal(Handle h, ReportFilter f) {
        Where w = fundingWhere(f);
        return money(w.bind(h.createQuery("SELECT COALESCE(SUM(f.amount_eur), 0) FROM funding f"
                + " JOIN project p ON p.project_key = f.project_key" + w.sql())).mapTo(BigDecimal.class).one());
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    // ---- settlements, key figures ----------------------------------------------------------------

    public static List<Settlement> settlements(Handle h, ReportFilter f) {
        Where w = Where.of(f, "s.country_code IN (<countries>)", null);
        if (f.toYear() != null) {
            w.add("s.from_year <= :toYear", "toYear", f.toYear());
        }
        if (f.fromYear() != null) {
            w.add("s.to_year >= :fromYear", "fromYear", f.fromYear());
        }
        return w.bind(h.createQuery("SELECT s.country_code, s.from_year, s.to_year, s.companies, s.source_text"
                        + " FROM settlement s" + w.sql() + " ORDER BY s.country_code, s.from_year, s.to_year"))
                .map((rs, ctx) -> new Settlement(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5)))
                .list();
    }

    public static List<KeyFigure> keyFigures(Handle h, ReportFilter f) {
        Where w = Where.of(f, "k.country_code IN (<countries>)", null);
        List<String> keys = w.bind(h.createQuery("SELECT k.figure_key FROM key_figure k" + w.sql())).mapTo(String.class)
                .list();
        return RecordTypes.KEY_FIGURES.table().loader().load(h, keys);
    }

    // ---- imports -----------------------------------------------------------------------------

    public static List<ImportRecord> imports(Handle h) {
        Map<Long, List<ImportRecord.FileDigest>> files = h.createQuery("SELECT import_id, file_name, sha256 FROM"
                        + " import_file ORDER BY import_id, pos")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new ImportRecord.FileDigest(rs.getString(2), rs.getString(3))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        record Count(long importId, String type, int added, int changed) {}
        Map<Long, Map<String, Count>> counts = h.createQuery("SELECT import_id, kind_name, added, changed FROM"
                        + " import_count")
                .map((rs, ctx) -> new Count(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .collect(Collectors.groupingBy(Count::importId, Collectors.toMap(Count::type, c -> c)));
        return h.createQuery("SELECT import_id, imported_at, imported_by FROM import_run ORDER BY import_id")
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    Map<String, Count> c = counts.getOrDefault(id, Map.of());
                    Map<String, Integer> added = new LinkedHashMap<>();
                    Map<String, Integer> changed = new LinkedHashMap<>();
                    for (RecordType<?> type : RecordTypes.ALL) {
                        Count n = c.get(type.section());
                        if (n != null) {
                            added.put(type.section(), n.added());
                            changed.put(type.section(), n.changed());
                        }
                    }
                    return new ImportRecord(id, rs.getObject(2, OffsetDateTime.class).toInstant(),
                            List.copyOf(files.getOrDefault(id, List.of())), added, changed, rs.getString(3));
                })
                .list();
    }

    public static Optional<Instant> dataAsOf(Handle h) {
        return h.createQuery("SELECT r.imported_at FROM import_run r WHERE EXISTS (SELECT 1 FROM import_count c"
                        + " WHERE c.import_id = r.import_id AND (c.added > 0 OR c.changed > 0))"
                        + " ORDER BY r.import_id DESC")
                .setMaxRows(1)
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .findFirst();
    }

    /** Every inquiry with its title and whether its answer is a draft (no answer Drucksache yet), ordered by id. */
    public static List<InquirySummary> inquiries(Handle h) {
        return h.createQuery("SELECT inquiry_period, inquiry_number, title, answer_ds_number FROM inquiry"
                        + " ORDER BY inquiry_period, inquiry_number")
                .map((rs, ctx) -> new InquirySummary(new InquiryId(rs.getInt(1), rs.getInt(2)), rs.getString(3),
                        rs.getObject(4) == null))
                .list();
    }

    public static List<Country> countries(Handle h) {
        return RecordTypes.COUNTRIES.table().all(h);
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(r -> map.put(key.apply(r), r));
        return map;
    }
}
