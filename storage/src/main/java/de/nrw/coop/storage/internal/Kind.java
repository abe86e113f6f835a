package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Settlement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * How the import stores one kind of record: its natural key, how to load stored records to compare
 * with, how to delete and insert them. The kinds' names are the keys of the import's counts.
 */
final class Kind<T> {
    @FunctionalInterface
    interface Loader<T> {
        List<T> load(Handle h, Collection<String> lookupKeys);
    }

    @FunctionalInterface
    interface Writer<T> {
        void write(Connection c, List<T> rows) throws SQLException;
    }

    static final Kind<Country> COUNTRIES = new Kind<>("countries", "country", Country::code, Country::code,
            Records::countries, deleteBy("DELETE FROM country WHERE country_code = ?", Country::code), Writes::countries,
            UnaryOperator.identity());
    static final Kind<Department> DEPARTMENTS = new Kind<>("departments", "department", Department::key,
            Department::key, Records::departments,
            deleteBy("DELETE FROM department WHERE department_key = ?", Department::key), Writes::departments,
            UnaryOperator.identity());
    static final Kind<Partner> PARTNERS = new Kind<>("partners", "partner", Partner::key, Partner::key,
            Records::partners, deleteBy("DELETE FROM partner WHERE partner_key = ?", Partner::key), Writes::partners,
            UnaryOperator.identity());
    static final Kind<Agreement> AGREEMENTS = new Kind<>("agreements", "agreement", Agreement::key, Agreement::key,
            Records::agreements, deleteBy("DELETE FROM agreement WHERE agreement_key = ?", Agreement::key),
            Writes::agreements, UnaryOperator.identity());
    static final Kind<Project> PROJECTS = new Kind<>("projects", "project", Project::key, Project::key,
            Records::projects, deleteBy("DELETE FROM project WHERE project_key = ?", Project::key), Writes::projects,
            UnaryOperator.identity());
    static final Kind<Activity> ACTIVITIES = new Kind<>("activities", "activity", Activity::key, Activity::key,
            Records::activities, deleteBy("DELETE FROM activity WHERE activity_key = ?", Activity::key),
            Writes::activities, UnaryOperator.identity());
    static final Kind<Funding> FUNDING = new Kind<>("funding", "funding", Kind::fundingKey, Funding::projectKey,
            Records::funding, (c, rows) -> {
                try (Batch b = new Batch(c, "DELETE FROM funding WHERE project_key = ? AND funding_year = ?"
                        + " AND budget_line = ?")) {
                    for (Funding f : rows) {
                        b.text(f.projectKey()).integer(f.fundingYear())
                                .text(f.budgetLine() == null ? "" : f.budgetLine()).add();
                    }
                }
            }, Writes::funding, UnaryOperator.identity());
    static final Kind<Settlement> SETTLEMENTS = new Kind<>("settlements", "settlement", Kind::settlementKey,
            Settlement::countryCode, Records::settlements, (c, rows) -> {
                try (Batch b = new Batch(c, "DELETE FROM settlement WHERE country_code = ? AND from_year = ?"
                        + " AND to_year = ?")) {
                    for (Settlement s : rows) {
                        b.text(s.countryCode()).integer(s.fromYear()).integer(s.toYear()).add();
                    }
                }
            }, Writes::settlements, UnaryOperator.identity());
    static final Kind<KeyFigure> KEY_FIGURES = new Kind<>("keyFigures", "key figure", KeyFigure::key, KeyFigure::key,
            Records::keyFigures, deleteBy("DELETE FROM key_figure WHERE figure_key = ?", KeyFigure::key),
            Writes::keyFigures,
            // the store keeps six decimal places: compare 1.5 and 1.500000 as equal
            k -> new KeyFigure(k.key(), k.countryCode(), k.label(), Records.plain(k.value()), k.unit(), k.asOf(),
                    k.source()));
    static final Kind<Inquiry> INQUIRIES = new Kind<>("inquiries", "inquiry", i -> i.id().toString(),
            i -> i.id().toString(), Kind::loadInquiries, (c, rows) -> {
                try (Batch b = new Batch(c, "DELETE FROM inquiry WHERE inquiry_period = ? AND inquiry_number = ?")) {
                    for (Inquiry i : rows) {
                        b.integer(i.id().period()).integer(i.id().number()).add();
                    }
                }
            }, Writes::inquiries, UnaryOperator.identity());

    /** Every kind, in the order counts are reported. */
    static final List<Kind<?>> ALL = List.of(COUNTRIES, DEPARTMENTS, PARTNERS, AGREEMENTS, PROJECTS, ACTIVITIES,
            FUNDING, SETTLEMENTS, KEY_FIGURES, INQUIRIES);

    final String name;
    final String word;
    final Function<T, String> key;
    final Function<T, String> lookupKey;
    final Loader<T> loader;
    final Writer<T> deleter;
    final Writer<T> inserter;
    final UnaryOperator<T> normalize;

    private Kind(String name, String word, Function<T, String> key, Function<T, String> lookupKey, Loader<T> loader,
                 Writer<T> deleter, Writer<T> inserter, UnaryOperator<T> normalize) {
        this.name = name;
        this.word = word;
        this.key = key;
        this.lookupKey = lookupKey;
        this.loader = loader;
        this.deleter = deleter;
        this.inserter = inserter;
        this.normalize = normalize;
    }

    static String fundingKey(Funding f) {
        return f.projectKey() + " " + f.fundingYear() + (f.budgetLine() == null ? "" : " " + f.budgetLine());
    }

    static String settlementKey(Settlement s) {
        return s.countryCode() + " " + s.fromYear() + (s.toYear() == s.fromYear() ? "" : "–" + s.toYear());
    }

    private static List<Inquiry> loadInquiries(Handle h, Collection<String> ids) {
        List<Inquiry> found = new ArrayList<>();
        for (String id : ids) {
            Records.inquiry(h, de.nrw.coop.model.InquiryId.parse(id)).ifPresent(found::add);
        }
        return found;
    }

    private static <T> Writer<T> deleteBy(String sql, Function<T, String> key) {
        return (c, rows) -> {
            try (Batch b = new Batch(c, sql)) {
                for (T row : rows) {
                    b.text(key.apply(row)).add();
                }
            }
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
