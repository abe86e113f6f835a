package de.nrw.coop.storage.testing;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a store holds, read through its public operations: two snapshots are equal exactly
 * when the stores hold the same records (child rows included, duplicates would show) and the same
 * import history.
 */
public record Snapshot(List<Country> countries, List<Department> departments,
                       List<Partner> partners, List<ProjectView> projects,
                       List<AgreementView> agreements, List<Activity> activities, List<FundingRow> funding,
                       List<Settlement> settlements, List<KeyFigure> keyFigures, List<Inquiry> inquiries,
                       List<ImportRecord> imports) {

    public static Snapshot of(CoopStore store) {
        ReportFilter all = ReportFilter.all();
        List<Activity> activities = new ArrayList<>();
        store.forEachActivity(all, v -> activities.add(v.activity()));
        List<Inquiry> inquiries = new ArrayList<>();
        for (InquirySummary s : store.inquiries()) {
            inquiries.add(store.inquiry(s.id()).orElseThrow());
        }
        return new Snapshot(store.countries(), store.departments(), store.partners(), store.projects(all), store.agreements(all),
                activities, store.funding(all), store.settlements(all), store.keyFigures(all), inquiries,
                store.imports());
    }

    /** The same data without the import history. */
    public Snapshot data() {
        return new Snapshot(countries, departments, partners, projects, agreements, activities, funding, settlements,
                keyFigures, inquiries, List.of());
    }
}
