package de.nrw.coop.reports.yearly;

import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.TempFiles;
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
 * Writes several files as one: every file goes to a temporary file beside its target first; only
 * when all are complete are they renamed into place. If a rename fails, the targets already
 * replaced are restored from backups taken just before, so the previous run's files stay whole
 * and together; no temporary file is left behind. (Single files use {@link AtomicFile}.)
 */
final class PairWriter {
    private PairWriter() {}

    record Part(Path target, AtomicFile.Writer writer) {}

    static void write(List<Part> parts) {
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
        parts.forEach(p -> TempFiles.removeStale(p.target()));
        List<Path> temps = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        List<Part> moved = new ArrayList<>();
        Part current = null;
        try {
            for (Part p : parts) {
                current = p;
                Path temp = TempFiles.create(p.target(), "part");
                temps.add(temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    p.writer().write(out);
                }
            }
            for (Part p : parts) {
                current = p;
                backups.add(Files.exists(p.target()) ? backup(p.target()) : null);
            }
            for (int i = 0; i < parts.size(); i++) {
                current = parts.get(i);
                move(temps.get(i), current.target());
                TempFiles.release(temps.get(i));
                moved.add(current);
            }
        } catch (IOException | RuntimeException | Error e) {
            for (int i = 0; i < moved.size(); i++) {
                restore(moved.get(i).target(), backups.get(i));
            }
            temps.forEach(PairWriter::deleteQuietly);
            backups.forEach(PairWriter::deleteQuietly);
            if (e instanceof IOException io) {
                Path target = current == null ? parts.get(0).target() : current.target();
                throw new OutputException(target, "cannot write " + target + ": " + io.getMessage(), io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
        backups.forEach(PairWriter::deleteQuietly);
    }

    private static Path backup(Path target) throws IOException {
        Path backup = TempFiles.create(target, "previous");
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

    private static void deleteQuietly(Path path) {
        TempFiles.delete(path);
    }
}
