package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.model.TableKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the model's records back from their tables. Used by the queries and by the import, which
 * compares what a file brings with what the store holds to count only real changes.
 *
 * <p>Methods taking {@code keys} load just those records (the import's batches); {@code null}
 * loads every record of the kind.
 */
public final class Records {
    private Records() {}

    // ---- countries, departments, partners -------------------------------------------------

    public static List<Country> countries(Handle h, Collection<String> codes) {
        return select(h, "SELECT country_code, name, region FROM country", "country_code", codes,
                "ORDER BY country_code", rs -> new Country(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public static List<Department> departments(Handle h, Collection<String> keys) {
        Map<String, List<String>> units = children(h,
                "SELECT department_key, unit_name FROM department_unit", "department_key", keys,
                "ORDER BY department_key, pos", rs -> rs.getString(2));
        return select(h, "SELECT department_key, abbreviation, name, valid_from, valid_to FROM department",
                "department_key", keys, "ORDER BY department_key",
                rs -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5),
                        units.getOrDefault(rs.getString(1), List.of())));
    }

    public static List<Partner> partners(Handle h, Collection<String> keys) {
        return select(h, "SELECT partner_key, name, native_name, country_code, level_code, kind_code FROM partner",
                "partner_key", keys, "ORDER BY partner_key", Records::partner);
    }

    static Partner partner(ResultSet rs) throws SQLException {
        return new Partner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Level.valueOf(rs.getString(5)), PartnerKind.valueOf(rs.getString(6)));
    }

    // ---- agreements, projects ------------------------------------------------------------

    public static List<Agreement> agreements(Handle h, Collection<String> keys) {
        Map<String, List<String>> partners = children(h, "SELECT agreement_key, partner_key FROM agreement_partner",
                "agreement_key", keys, "ORDER BY agreement_key, pos", rs -> rs.getString(2));
        Map<String, List<LocalDate>> renewals = children(h,
                "SELECT agreement_key, renewed_on FROM agreement_renewal", "agreement_key", keys,
                "ORDER BY agreement_key, pos", rs -> date(rs, 2));
        Map<String, List<String>> subjects = children(h, "SELECT agreement_key, subject FROM agreement_subject",
                "agreement_key", keys, "ORDER BY agreement_key, pos", rs -> rs.getString(2));
        return select(h, "SELECT agreement_key, kind_name, title, department_key, signed_on, ended_on FROM agreement",
                "agreement_key", keys, "ORDER BY signed_on, agreement_key", rs -> {
                    String key = rs.getString(1);
                    return new Agreement(key, rs.getString(2), rs.getString(3), rs.getString(4),
                            partners.getOrDefault(key, List.of()), date(rs, 5), renewals.getOrDefault(key, List.of()),
                            date(rs, 6), subjects.getOrDefault(key, List.of()));
                });
    }

    public static List<Project> projects(Handle h, Collection<String> keys) {
        Map<String, List<String>> partners = children(h, "SELECT project_key, partner_key FROM project_partner",
                "project_key", keys, "ORDER BY project_key, pos", rs -> rs.getString(2));
        Map<String, List<SupportKind>> support = children(h, "SELECT project_key, support_code FROM project_support",
                "project_key", keys, "ORDER BY project_key, pos", rs -> SupportKind.valueOf(rs.getString(2)));
        return select(h, "SELECT project_key, title, lead_department_key, level_code, start_on, end_on, agreement_key"
                        + " FROM project", "project_key", keys, "ORDER BY project_key", rs -> {
                    String key = rs.getString(1);
                    return new Project(key, rs.getString(2), rs.getString(3), partners.getOrDefault(key, List.of()),
                            support.getOrDefault(key, List.of()), Level.valueOf(rs.getString(4)), date(rs, 5),
                            date(rs, 6), rs.getString(7));
                });
    }

    // ---- activities ------------------------------------------------------------------------

    /** Columns of {@link #activity}, table alias {@code a}. */
    public static final String ACTIVITY_COLUMNS = "a.activity_key, a.kind_code, a.date_year, a.date_month,"
            + " a.date_day, a.country_code, a.direction, a.delegation, a.delegation_size, a.purpose,"
            + " a.project_key, a.agreement_key, a.sentence";

    /** Activities by key, with their host and partner lists. */
    public static List<Activity> activities(Handle h, Collection<String> keys) {
        ActivityChildren children = ActivityChildren.load(h, keys);
        return select(h, "SELECT " + ACTIVITY_COLUMNS + " FROM activity a", "a.activity_key", keys,
                "ORDER BY a.sort_day, a.date_precision, a.activity_key", rs -> activity(rs, children));
    }

    /** An activity from a row of {@link #ACTIVITY_COLUMNS}, its lists from {@code children}. */
    public static Activity activity(ResultSet rs, ActivityChildren children) throws SQLException {
        String key = rs.getString(1);
        return new Activity(key, ActivityKind.valueOf(rs.getString(2)),
                new PartialDate(rs.getInt(3), integer(rs, 4), integer(rs, 5)), rs.getString(6),
                Direction.valueOf(rs.getString(7)), children.hostDepartments(key), children.hostPartners(key),
                children.partners(key), rs.getString(8), integer(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13));
    }

    /** The list columns of some activities: host departments, host partners, partners, in order. */
    public static final class ActivityChildren {
        private final Map<String, List<String>> hostDepartments;
        private final Map<String, List<String>> hostPartners;
        private final Map<String, List<String>> partners;

        private ActivityChildren(Map<String, List<String>> hostDepartments, Map<String, List<String>> hostPartners,
                                 Map<String, List<String>> partners) {
            this.hostDepartments = hostDepartments;
            this.hostPartners = hostPartners;
            this.partners = partners;
        }

        public static ActivityChildren load(Handle h, Collection<String> keys) {
            return new ActivityChildren(
                    children(h, "SELECT activity_key, department_key FROM activity_host_department", "activity_key",
                            keys, "ORDER BY activity_key, pos", rs -> rs.getString(2)),
                    children(h, "SELECT activity_key, partner_key FROM activity_host_partner", "activity_key", keys,
                            "ORDER BY activity_key, pos", rs -> rs.getString(2)),
                    children(h, "SELECT activity_key, partner_key FROM activity_partner", "activity_key", keys,
                            "ORDER BY activity_key, pos", rs -> rs.getString(2)));
        }

        List<String> hostDepartments(String key) {
            return hostDepartments.getOrDefault(key, List.of());
        }

        List<String> hostPartners(String key) {
            return hostPartners.getOrDefault(key, List.of());
        }

        List<String> partners(String key) {
            return partners.getOrDefault(key, List.of());
        }
    }

    // ---- funding, settlements, key figures -------------------------------------------------

    /** Funding rows by natural key ({@link Keys#funding}); {@code null} for all. */
    public static List<Funding> funding(Handle h, Collection<String> projectKeys) {
        return select(h, "SELECT project_key, funding_year, amount_eur, budget_line FROM funding", "project_key",
                projectKeys, "ORDER BY project_key, funding_year, budget_line",
                rs -> new Funding(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), emptyToNull(rs.getString(4))));
    }

    public static List<Settlement> settlements(Handle h, Collection<String> countryCodes) {
        return select(h, "SELECT country_code, from_year, to_year, companies, source_text FROM settlement",
                "country_code", countryCodes, "ORDER BY country_code, from_year, to_year",
                rs -> new Settlement(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
    }

    public static List<KeyFigure> keyFigures(Handle h, Collection<String> keys) {
        return select(h, "SELECT figure_key, country_code, label, figure_value, unit_name, as_of, source_title,"
                        + " source_url FROM key_figure", "figure_key", keys, "ORDER BY country_code, figure_key",
                rs -> new KeyFigure(rs.getString(1), rs.getString(2), rs.getString(3), plain(rs.getBigDecimal(4)),
                        rs.getString(5), date(rs, 6), new Source(rs.getString(7), rs.getString(8))));
    }

    /** A decimal without trailing zeros and never in exponent form: 12000.000000 → 12000, 1.50 → 1.5. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // ---- inquiries -------------------------------------------------------------------------

    public static Optional<Inquiry> inquiry(Handle h, InquiryId id) {
        Map<String, Object> p = Map.of("p", id.period(), "n", id.number());
        String where = " WHERE inquiry_period = :p AND inquiry_number = :n";
        List<Requester> requesters = list(h, "SELECT name, gender, group_name FROM inquiry_requester" + where
                + " ORDER BY pos", p, rs -> new Requester(rs.getString(1),
                rs.getString(2) == null ? null : Gender.valueOf(rs.getString(2)), rs.getString(3)));
        List<String> countries = list(h, "SELECT country_code FROM inquiry_country" + where + " ORDER BY pos", p,
                rs -> rs.getString(1));
        List<String> preface = list(h, "SELECT body FROM inquiry_paragraph" + where + " AND section = 'P' ORDER BY pos",
                p, rs -> rs.getString(1));
        List<String> governmentPreface = list(h, "SELECT body FROM inquiry_paragraph" + where
                + " AND section = 'G' ORDER BY pos", p, rs -> rs.getString(1));
        List<Footnote> footnotes = list(h, "SELECT footnote_number, body FROM inquiry_footnote" + where
                + " ORDER BY footnote_number", p, rs -> new Footnote(rs.getInt(1), rs.getString(2)));
        Map<Integer, Map<Integer, List<String>>> tableCountries = new HashMap<>();
        list(h, "SELECT question_number, block_pos, country_code FROM answer_table_country" + where
                + " ORDER BY question_number, block_pos, pos", p, rs -> {
                    tableCountries.computeIfAbsent(rs.getInt(1), q -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), b -> new ArrayList<>()).add(rs.getString(3));
                    return null;
                });
        Map<Integer, List<AnswerBlock>> blocks = new HashMap<>();
        list(h, "SELECT question_number, pos, block_type, body, table_kind, from_year, to_year, caption"
                + " FROM answer_block" + where + " ORDER BY question_number, pos", p, rs -> {
                    int q = rs.getInt(1);
                    AnswerBlock block = "P".equals(rs.getString(3))
                            ? new AnswerBlock.Paragraph(rs.getString(4))
                            : new AnswerBlock.DataTable(TableKind.valueOf(rs.getString(5)),
                                    tableCountries.getOrDefault(q, Map.of()).getOrDefault(rs.getInt(2), List.of()),
                                    integer(rs, 6), integer(rs, 7), rs.getString(8));
                    blocks.computeIfAbsent(q, x -> new ArrayList<>()).add(block);
                    return null;
                });
        List<Question> questions = list(h, "SELECT question_number, body FROM inquiry_question" + where
                + " ORDER BY question_number", p, rs -> new Question(rs.getInt(1), rs.getString(2),
                blocks.getOrDefault(rs.getInt(1), List.of())));
        return h.createQuery("SELECT question_ds_period, question_ds_number, answer_ds_period, answer_ds_number,"
                        + " asked_on, received_on, letter_on, answer_on, issued_on, title, from_year, to_year, minister,"
                        + " concurrence, inquiry_kind FROM inquiry" + where)
                .bindMap(p)
                .map((rs, ctx) -> new Inquiry(id, new Drucksache(rs.getInt(1), rs.getInt(2)),
                        integer(rs, 3) == null ? null : new Drucksache(rs.getInt(3), rs.getInt(4)), date(rs, 5),
                        date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9), requesters, rs.getString(10), countries,
                        integer(rs, 11), integer(rs, 12), preface, footnotes, rs.getString(13), rs.getString(14),
                        governmentPreface, questions, InquiryKind.valueOf(rs.getString(15))))
                .findOne();
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Maps one row. */
    @FunctionalInterface
    public interface RowFn<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> select(Handle h, String select, String keyColumn, Collection<String> keys, String orderBy,
                              RowFn<T> fn) {
        if (keys != null && keys.isEmpty()) {
            return List.of();
        }
        String sql = select + (keys == null ? "" : " WHERE " + keyColumn + " IN (<keys>)") + " " + orderBy;
        Query q = h.createQuery(sql);
        if (keys != null) {
            q.bindList("keys", new ArrayList<>(keys));
        }
        return q.map((rs, ctx) -> fn.map(rs)).list();
    }

    static <T> List<T> list(Handle h, String sql, Map<String, Object> params, RowFn<T> fn) {
        return h.createQuery(sql).bindMap(params).map((rs, ctx) -> fn.map(rs)).list();
    }

    /** Child rows grouped by the first column, in the order the query returns them. */
    static <T> Map<String, List<T>> children(Handle h, String select, String keyColumn, Collection<String> keys,
                                             String orderBy, RowFn<T> fn) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        if (keys != null && keys.isEmpty()) {
            return byKey;
        }
        String sql = select + (keys == null ? "" : " WHERE " + keyColumn + " IN (<keys>)") + " " + orderBy;
        Query q = h.createQuery(sql);
        if (keys != null) {
            q.bindList("keys", new ArrayList<>(keys));
        }
        q.map((rs, ctx) -> {
            byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(fn.map(rs));
            return Boolean.TRUE;
        }).forEach(x -> { });
        return byKey;
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
