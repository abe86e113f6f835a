package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.Dataset;
import java.util.List;

/**
 * One parsed and validated dataset file, ready to import.
 *
 * @param name       the file as named by the user, or the bundled resource name
 * @param sha256     hex SHA-256 of the file's bytes, recorded with the import
 * @param dataset    its records
 * @param references every key in it that names another record, with its location
 */
public record DatasetFile(String name, String sha256, Dataset dataset, List<Reference> references) {
    public DatasetFile {
        references = List.copyOf(references);
    }
}
