package de.nrw.coop.storage.demo;

import de.nrw.coop.storage.dataset.DatasetSource;
import java.util.List;

/**
 * The demo dataset bundled in the jar: Kleine Anfrage 17/4514 "Projekte und Partnerschaften
 * zwischen Nordrhein-Westfalen und Südkorea" with every record its answer rests on.
 */
public final class DemoData {
    /** The bundled file, relative to this class. */
    public static final String FILE = "kleine-anfrage-17-4514.yaml";

    private DemoData() {}

    /** The demo's dataset files, ready for {@code CoopStore.importFiles}. */
    public static List<DatasetSource> sources() {
        return List.of(DatasetSource.resource(DemoData.class, FILE));
    }
}
