package de.nrw.coop.reports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files coop writes beside a target ({@code .NAME.PID-N.part}, {@code .NAME.PID-N.previous}):
 * made with the process id in the name, deleted by a shutdown hook if the process is stopped
 * (SIGTERM, Ctrl-C) while they exist, and removed by the next run at the same target if a killed
 * process (kill -9, power loss) left them behind.
 */
public final class TempFiles {
    private TempFiles() {}

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Pattern OURS = Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-f]+\\.(part|previous)");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "coop-temp-files"));
    }

    /**
     * A new, empty, hidden file beside {@code target}, deleted on shutdown until {@link #release}d.
     * Created with the process's usual permissions (umask), not the owner-only ones of
     * {@link Files#createTempFile}: the reports are read by others.
     */
    public static Path create(Path target, String suffix) throws IOException {
        Path absolute = target.toAbsolutePath();
        for (int attempt = 0; ; attempt++) {
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                    + "-" + Long.toHexString(System.nanoTime()) + "." + suffix);
            try {
                Path created = Files.createFile(temp);
                LIVE.add(created);
                return created;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Registers a temporary file made elsewhere for deletion on shutdown. */
    public static void register(Path temp) {
        LIVE.add(temp);
    }

    /** The file was renamed into place or deleted: nothing to clean up any more. */
    public static void release(Path temp) {
        LIVE.remove(temp);
    }

    /** Deletes the file (if it is there) and releases it; a failure is left to the shutdown hook. */
    public static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
            LIVE.remove(temp);
        } catch (IOException ignored) {
            // the original failure matters more than a leftover temporary file
        }
    }

    /**
     * Removes what killed runs left beside {@code target}: temporary files of coop processes that no
     * longer run. Those of a live process (another run writing the same target now) stay.
     *
     * @return the number of files removed
     */
    public static int removeStale(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        String name = absolute.getFileName().toString();
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + globEscape(name) + ".*")) {
            for (Path entry : entries) {
                Matcher m = OURS.matcher(entry.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) {
                    continue;
                }
                long pid = Long.parseLong(m.group(2));
                boolean alive = pid != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && !LIVE.contains(entry) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // cleaning up is a courtesy; the write itself reports real trouble
        }
        return removed;
    }

    private static String globEscape(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void deleteLive() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the JVM is stopping; nothing more can be done
            }
        }
    }
}
