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
import java.util.ArrayList;
import java.util.List;

/** Collects everything the reader hands on, in order. */
final class RecordingSink implements DatasetSink {
    final List<String> events = new ArrayList<>();
    final List<Country> countries = new ArrayList<>();
    final List<Department> departments = new ArrayList<>();
    final List<Partner> partners = new ArrayList<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Origin> activityOrigins = new ArrayList<>();
    final List<Funding> funding = new ArrayList<>();
    final List<Settlement> settlements = new ArrayList<>();
    final List<KeyFigure> keyFigures = new ArrayList<>();
    final List<Inquiry> inquiries = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<String> digests = new ArrayList<>();

    static RecordingSink read(DatasetSource... sources) {
        RecordingSink sink = new RecordingSink();
        DatasetReader.read(List.of(sources), sink);
        return sink;
    }

    List<String> problemTexts() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Override
    public void startFile(String name) {
        events.add("start " + name);
    }

    @Override
    public void country(Country country, Origin origin) {
        countries.add(country);
    }

    @Override
    public void department(Department department, Origin origin) {
        departments.add(department);
    }

    @Override
    public void partner(Partner partner, Origin origin) {
        partners.add(partner);
    }

    @Override
    public void agreement(Agreement agreement, Origin origin) {
        agreements.add(agreement);
    }

    @Override
    public void project(Project project, Origin origin) {
        projects.add(project);
    }

    @Override
    public void activity(Activity activity, Origin origin) {
        activities.add(activity);
        activityOrigins.add(origin);
    }

    @Override
    public void funding(Funding f, Origin origin) {
        funding.add(f);
    }

    @Override
    public void settlement(Settlement settlement, Origin origin) {
        settlements.add(settlement);
    }

    @Override
    public void keyFigure(KeyFigure keyFigure, Origin origin) {
        keyFigures.add(keyFigure);
    }

    @Override
    public void inquiry(Inquiry inquiry, Origin origin) {
        inquiries.add(inquiry);
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
