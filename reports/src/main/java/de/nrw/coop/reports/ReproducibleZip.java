package de.nrw.coop.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Copies a zip (xlsx and docx files are zips) with every entry's time set to a fixed value, so
 * the same content gives the same bytes: POI and Jasper stamp their zip entries with the clock.
 * Entries are copied raw (still compressed), which costs little more than copying the file.
 */
public final class ReproducibleZip {
    private ReproducibleZip() {}

    /** 1980-01-01 00:00, the earliest time a zip entry can carry. */
    public static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Copies a zip file with every entry stamped {@link #EARLIEST}. */
    public static void copy(Path zip, OutputStream target) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(zip).get()) {
            copy(in, EARLIEST, target);
        }
    }

    /** Copies a zip held in memory with every entry stamped {@code stamp} (a document's date). */
    public static void copy(byte[] zip, LocalDateTime stamp, OutputStream target) throws IOException {
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            copy(in, stamp, target);
        }
    }

    private static void copy(ZipFile in, LocalDateTime stamp, OutputStream target) throws IOException {
        // zip stores local time: the same local value gives the same bytes in every time zone
        long time = stamp.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(target))) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = in.getRawInputStream(entry)) {
                    out.addRawArchiveEntry(copy, raw);
                }
            }
            out.finish();
        }
    }
}
