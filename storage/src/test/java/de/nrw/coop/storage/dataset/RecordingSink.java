package de.nrw.coop.storage.dataset;

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
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects everything the reader hands on, in order, each record in the list of its type. */
final class RecordingSink implements DatasetSink {
    private final Map<RecordType<?>, List<Object>> records = new HashMap<>();
    private final Map<RecordType<?>, List<Origin>> origins = new HashMap<>();
    final List<String> events = new ArrayList<>();
    final List<Country> countries = list(RecordTypes.COUNTRIES);
    final List<Department> departments = list(RecordTypes.DEPARTMENTS);
    final List<Partner> partners = list(RecordTypes.PARTNERS);
    final List<Agreement> agreements = list(RecordTypes.AGREEMENTS);
    final List<Project> projects = list(RecordTypes.PROJECTS);
    final List<Activity> activities = list(RecordTypes.ACTIVITIES);
    final List<Funding> funding = list(RecordTypes.FUNDING);
    final List<Settlement> settlements = list(RecordTypes.SETTLEMENTS);
    final List<KeyFigure> keyFigures = list(RecordTypes.KEY_FIGURES);
    final List<Inquiry> inquiries = list(RecordTypes.INQUIRIES);
    final List<Origin> activityOrigins = origins.get(RecordTypes.ACTIVITIES);
    final List<Reference> references = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> digests = new ArrayList<>();

    static RecordingSink read(DatasetSource... sources) {
        RecordingSink sink = new RecordingSink();
        DatasetReader.read(List.of(sources), sink);
        return sink;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(RecordType<T> type) {
        List<T> list = new ArrayList<>();
        records.put(type, (List<Object>) list);
        origins.put(type, new ArrayList<>());
        return list;
    }

    List<String> problemTexts() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Override
    public void startFile(String name) {
        events.add("start " + name);
    }

    @Override
    public <T> void record(RecordType<T> type, T record, Origin origin) {
        records.get(type).add(type.type().cast(record));
        origins.get(type).add(origin);
    }

    @Override
    public void reference(Reference reference) {
        references.add(reference);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void endFile(String name, String sha256) {
        events.add("end " + name);
        digests.add(sha256);
    }
}
