package de.nrw.coop.web.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files built on demand: the builder writes into a temporary folder of this request, the file is
 * streamed from disk (a big workbook never sits in the heap), and the folder is deleted before the
 * request ends, whether the build, the transfer or the client failed. Only a few builds run at a
 * time (each holds a report's working set); the other requests wait their turn, and one that waits
 * too long is told to come back (503). Sending the finished file needs no turn.
 */
final class Downloads {
    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);
    /** Longest a request waits for its turn to build before it gets 503. */
    static final long WAIT_SECONDS = 300;

    private final Semaphore turns;

    /** @param builds how many files may be built at the same time */
    Downloads(int builds) {
        if (builds < 1) {
            throw new IllegalArgumentException("builds at a time must be at least 1, not " + builds);
        }
        this.turns = new Semaphore(builds, true);
    }

    /** The kinds of file the portal hands out. */
    enum Type {
        PDF("application/pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }
    }

    /**
     * Builds a file and sends it.
     *
     * @param fileName as the browser shall save it (any Unicode)
     * @param build    writes the file into the folder it is given and returns its path
     */
    void send(Context ctx, String fileName, Type type, Function<Path, Path> build) {
        try {
            if (!turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new HttpProblem(503, "Portal ausgelastet", "Gerade werden viele Dateien erstellt."
                        + " Bitte versuchen Sie es in einigen Minuten noch einmal.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "Portal ausgelastet", "Die Anfrage wurde abgebrochen.");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("coop-web-");
        } catch (IOException e) {
            turns.release();
            throw new UncheckedIOException("cannot create a temporary folder for " + fileName, e);
        }
        try {
            Path file;
            try {
                file = build.apply(dir);
            } finally {
                turns.release();
            }
            long size = Files.size(file);
            ctx.status(200);
            ctx.contentType(type.contentType);
            ctx.header("Content-Disposition", contentDisposition(fileName));
            ctx.header("Content-Length", Long.toString(size));
            ctx.header("Cache-Control", "no-store");
            try (InputStream in = Files.newInputStream(file)) {
                OutputStream out = ctx.outputStream();
                in.transferTo(out);
                out.flush();
            }
        } catch (IOException e) {
            // mostly a client that went away mid-download: nothing to tell it any more
            LOG.info("download of {} ended early: {}", fileName, e.toString());
        } finally {
            delete(dir);
        }
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the exact name as
     * {@code filename*=UTF-8''...} (RFC 6266, RFC 5987 percent-encoding).
     */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /**
     * "Südkorea–Japan.xlsx" → "Suedkorea-Japan.xlsx": German transliteration, other letters without
     * their marks, anything else one '_' per character.
     */
    static String asciiFallback(String name) {
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss").replace('–', '-').replace('—', '-');
        StringBuilder sb = new StringBuilder();
        german.codePoints().forEach(cp -> {
            String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            boolean printable = plain.length() == 1 && plain.charAt(0) >= 0x20 && plain.charAt(0) < 0x7f
                    && "\"\\/".indexOf(plain.charAt(0)) < 0;
            sb.append(printable ? plain.charAt(0) : '_');
        });
        return sb.toString();
    }

    /** Percent-encodes everything but RFC 5987's attr-char. */
    static String rfc5987(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete temporary file {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete temporary folder {}: {}", dir, e.toString());
        }
    }
}
