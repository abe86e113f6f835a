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

/**
 * Receives the records of dataset files as {@link DatasetReader} parses them, one file after the
 * other, each record as soon as it is complete and valid, so an import of a million activities
 * never holds them all in memory. Records with problems are not passed on; their problems go to
 * {@link #problem}. The import that drives the reader decides, after the last file, whether to
 * commit (no problem anywhere) or roll back.
 */
public interface DatasetSink {

    void startFile(String name);

    void country(Country country, Origin origin);

    void department(Department department, Origin origin);

    void partner(Partner partner, Origin origin);

    void agreement(Agreement agreement, Origin origin);

    void project(Project project, Origin origin);

    void activity(Activity activity, Origin origin);

    void funding(Funding funding, Origin origin);

    void settlement(Settlement settlement, Origin origin);

    void keyFigure(KeyFigure keyFigure, Origin origin);

    void inquiry(Inquiry inquiry, Origin origin);

    /** A key in the file that names another record; resolved by the import against the whole import and the store. */
    void reference(Reference reference);

    /** Something wrong in the file. */
    void problem(Problem problem);

    /** The file is read through; {@code sha256} is the hex digest of its bytes. */
    void endFile(String name, String sha256);
}
