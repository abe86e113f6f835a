package de.nrw.coop.storage.query;

import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Partner;
import java.util.List;

/** An agreement with its ministry and partners resolved. */
public record AgreementView(Agreement agreement, Department department, List<Partner> partners) {}
