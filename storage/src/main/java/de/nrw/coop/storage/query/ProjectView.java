package de.nrw.coop.storage.query;

import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import java.util.List;

/** A project with its lead ministry, its partners and (optional) agreement resolved. */
public record ProjectView(Project project, Department lead, List<Partner> partners, Agreement agreement) {}
