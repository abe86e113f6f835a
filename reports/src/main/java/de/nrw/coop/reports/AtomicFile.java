package de.nrw.coop.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * which is renamed over the target only once it is complete. A reader never sees a half-written
 * file, and a failure leaves the previous file untouched.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Receives the stream to write the content to. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputException(target, "cannot write " + target + ": folder " + folder + " does not exist", null);
        }
        TempFiles.removeStale(absolute);
        Path temp;
        try {
            temp = TempFiles.create(absolute, "part");
        } catch (IOException e) {
            throw new OutputException(target, "cannot write " + target + ": folder " + folder
                    + " is not writable (" + e.getMessage() + ")", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            TempFiles.release(temp);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new OutputException(target, "cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void deleteQuietly(Path temp) {
        TempFiles.delete(temp);
    }
}
