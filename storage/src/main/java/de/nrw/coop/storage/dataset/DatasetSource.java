package de.nrw.coop.storage.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset file to import: a file on disk or a resource bundled in the jar.
 *
 * @param name   as shown in messages and recorded with the import
 * @param opener opens a fresh stream of the file's bytes
 */
public record DatasetSource(String name, Opener opener) {

    /** Opens the bytes of a dataset file. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static DatasetSource of(Path file) {
        return new DatasetSource(file.toString(), () -> Files.newInputStream(file));
    }

    public static DatasetSource resource(Class<?> anchor, String resource) {
        return new DatasetSource(resource, () -> {
            InputStream in = anchor.getResourceAsStream(resource);
            if (in == null) {
                throw new java.io.FileNotFoundException("bundled dataset " + resource + " is missing from the jar");
            }
            return in;
        });
    }
}
