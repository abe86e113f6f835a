package de.nrw.coop.storage;

import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.AgreementView;
import de.nrw.coop.storage.query.FundingRow;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.query.ProjectView;
import de.nrw.coop.storage.query.ReportFilter;
import de.nrw.coop.storage.query.VisitCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store of cooperation knowledge. Offers operations, never connections.
 *
 * <p>SKELETON: the signatures are the contract between storage, reports and cli; the
 * implementation lands with the storage work.
 */
public final class CoopStore implements AutoCloseable {

    /** Opens (and migrates) the store at the given location. */
    public static CoopStore open(StoreConfig config) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Imports the files all-or-nothing in one transaction, streaming (a million activities fit in a
     * small heap); validates references across the files and the store.
     *
     * @throws de.nrw.coop.storage.dataset.DatasetException with every problem of every file; the store is unchanged
     */
    public ImportResult importFiles(List<DatasetSource> files) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<Country> countries() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<Department> departments() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<InquirySummary> inquiries() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public Optional<Inquiry> inquiry(InquiryId id) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Activities per country, year and direction, ordered by country, year, direction. */
    public List<VisitCount> visitsPerYear(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Streams matching activities in date order without holding them all in memory. */
    public void forEachActivity(ReportFilter filter, Consumer<ActivityView> action) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<ProjectView> projects(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<AgreementView> agreements(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<FundingRow> funding(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public BigDecimal fundingTotal(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<Settlement> settlements(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<KeyFigure> keyFigures(ReportFilter filter) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public List<ImportRecord> imports() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** When the data last changed (the last import that added or changed rows); empty for an empty store. */
    public Optional<Instant> dataAsOf() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void close() {}
}
