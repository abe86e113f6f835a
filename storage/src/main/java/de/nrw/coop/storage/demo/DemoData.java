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

    /** An open inquiry of the demo, drafted from the data and not yet answered: the due list shows it. */
    public static final String OPEN_FILE = "kleine-anfrage-17-4720.yaml";

    private DemoData() {}

    /** The demo's dataset of 17/4514, ready for {@code CoopStore.importFiles}. */
    public static List<DatasetSource> sources() {
        return List.of(DatasetSource.resource(DemoData.class, FILE));
    }

    /** What {@code coop demo} loads: 17/4514 and the open inquiry 17/4720. */
    public static List<DatasetSource> desk() {
        return List.of(DatasetSource.resource(DemoData.class, FILE), DatasetSource.resource(DemoData.class, OPEN_FILE));
    }
}
