package de.nrw.coop.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files whole or not at all: each file's content goes to a temporary file beside its
 * target ({@link TempFiles}), renamed over the target only once every file is complete. A reader
 * never sees a half-written file, and a failure leaves the previous files untouched. Several files
 * written together ({@link #writeAll}: the yearly report's PDF and workbook) stay together: if a
 * rename fails, the targets already replaced are restored from backups taken just before.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Receives the stream to write the content to. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** One file of {@link #writeAll}. */
    public record Part(Path target, Writer writer) {}

    public static void write(Path target, Writer writer) {
        writeAll(List.of(new Part(target, writer)));
    }

    /** Writes the files as one: all of them, or none (the previous ones stay). */
    public static void writeAll(List<Part> parts) {
        for (Part p : parts) {
            Path folder = p.target().toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new OutputException(p.target(), "cannot write " + p.target() + ": folder " + folder
                        + " does not exist", null);
            }
            if (Files.exists(p.target(), LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p.target())) {
                throw new OutputException(p.target(), "cannot write " + p.target()
                        + ": something that is not a file is in the way", null);
            }
        }
        parts.forEach(p -> TempFiles.removeStale(p.target().toAbsolutePath()));
        List<Path> temps = new ArrayList<>();
        for (Part p : parts) {
            try {
                temps.add(TempFiles.create(p.target().toAbsolutePath(), "part"));
            } catch (IOException e) {
                temps.forEach(TempFiles::delete);
                throw new OutputException(p.target(), "cannot write " + p.target() + ": folder "
                        + p.target().toAbsolutePath().getParent() + " is not writable (" + e.getMessage() + ")", e);
            }
        }
        List<Path> backups = new ArrayList<>();
        List<Part> moved = new ArrayList<>();
        Part current = parts.get(0);
        try {
            for (int i = 0; i < parts.size(); i++) {
                current = parts.get(i);
                try (OutputStream out = Files.newOutputStream(temps.get(i))) {
                    current.writer().write(out);
                }
            }
            if (parts.size() > 1) {
                for (Part p : parts) {
                    current = p;
                    backups.add(Files.exists(p.target()) ? backup(p.target()) : null);
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                current = parts.get(i);
                move(temps.get(i), current.target().toAbsolutePath());
                TempFiles.release(temps.get(i));
                moved.add(current);
            }
        } catch (IOException | RuntimeException | Error e) {
            for (int i = 0; i < moved.size() && i < backups.size(); i++) {
                restore(moved.get(i).target(), backups.get(i));
            }
            temps.forEach(TempFiles::delete);
            backups.forEach(TempFiles::delete);
            if (e instanceof IOException io) {
                throw new OutputException(current.target(), "cannot write " + current.target() + ": "
                        + io.getMessage(), io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
        backups.forEach(TempFiles::delete);
    }

    private static Path backup(Path target) throws IOException {
        Path backup = TempFiles.create(target.toAbsolutePath(), "previous");
        Files.delete(backup);
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return backup;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restore(Path target, Path backup) {
        try {
            if (backup == null) {
                Files.deleteIfExists(target);
            } else {
                move(backup, target);
            }
        } catch (IOException ignored) {
            // the original failure is reported; nothing more can be done here
        }
    }
}
