package de.nrw.coop.model;

import java.util.List;

/**
 * Everything one import brings: the unit the store loads all-or-nothing.
 */
public record Dataset(List<Country> countries, List<Department> departments, List<Partner> partners,
                      List<Agreement> agreements, List<Project> projects, List<Activity> activities,
                      List<Funding> funding, List<Settlement> settlements, List<KeyFigure> keyFigures,
                      List<Inquiry> inquiries) {
    public Dataset {
        countries = Check.list(countries, "countries");
        departments = Check.list(departments, "departments");
        partners = Check.list(partners, "partners");
        agreements = Check.list(agreements, "agreements");
        projects = Check.list(projects, "projects");
        activities = Check.list(activities, "activities");
        funding = Check.list(funding, "funding");
        settlements = Check.list(settlements, "settlements");
        keyFigures = Check.list(keyFigures, "keyFigures");
        inquiries = Check.list(inquiries, "inquiries");
    }

    public static Dataset empty() {
        return new Dataset(null, null, null, null, null, null, null, null, null, null);
    }

    /** The two datasets together, this one first. */
    public Dataset plus(Dataset other) {
        return new Dataset(concat(countries, other.countries), concat(departments, other.departments),
                concat(partners, other.partners), concat(agreements, other.agreements),
                concat(projects, other.projects), concat(activities, other.activities),
                concat(funding, other.funding), concat(settlements, other.settlements),
                concat(keyFigures, other.keyFigures), concat(inquiries, other.inquiries));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Rows of every kind together. */
    public int size() {
        return countries.size() + departments.size() + partners.size() + agreements.size() + projects.size()
                + activities.size() + funding.size() + settlements.size() + keyFigures.size() + inquiries.size();
    }
}
