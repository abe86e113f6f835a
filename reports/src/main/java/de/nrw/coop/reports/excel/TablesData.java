package de.nrw.coop.reports.excel;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a tables workbook shows, as plain values; activities come as a stream (a callback)
 * so a million of them never sit in memory together.
 *
 * @param filter      what was asked
 * @param countries   all countries of the store (names for codes)
 * @param departments all departments of the store (names for keys)
 * @param dataAsOf    when the data last changed; empty for an empty store
 * @param projects    matching projects
 * @param agreements  matching agreements
 * @param visits      activities per country, year and direction
 * @param activities  streams the matching activities in date order
 * @param funding     funding per project and year
 * @param settlements companies settled
 * @param keyFigures  key figures
 */
public record TablesData(ReportFilter filter, List<Country> countries, List<Department> departments,
                         Optional<Instant> dataAsOf, List<ProjectView> projects, List<AgreementView> agreements,
                         List<VisitCount> visits, ActivitySource activities, List<FundingRow> funding,
                         List<Settlement> settlements, List<KeyFigure> keyFigures) {

    /** Hands each matching activity to the action, in date order. */
    @FunctionalInterface
    public interface ActivitySource {
        void forEach(Consumer<ActivityView> action);
    }

    public TablesData {
        Objects.requireNonNull(filter, "null filter");
        countries = List.copyOf(countries);
        departments = List.copyOf(departments);
        Objects.requireNonNull(dataAsOf, "null dataAsOf (use Optional.empty())");
        projects = List.copyOf(projects);
        agreements = List.copyOf(agreements);
        visits = List.copyOf(visits);
        Objects.requireNonNull(activities, "null activities");
        funding = List.copyOf(funding);
        settlements = List.copyOf(settlements);
        keyFigures = List.copyOf(keyFigures);
    }

    /** Queries the store; activities are streamed from it later, while the sheet is written. */
    public static TablesData query(CoopStore store, ReportFilter filter) {
        return new TablesData(filter, store.countries(), store.departments(), store.dataAsOf(),
                store.projects(filter), store.agreements(filter), store.visitsPerYear(filter),
                action -> store.forEachActivity(filter, action), store.funding(filter),
                store.settlements(filter), store.keyFigures(filter));
    }
}
