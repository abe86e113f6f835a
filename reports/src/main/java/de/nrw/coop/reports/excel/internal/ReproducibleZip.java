package de.nrw.coop.reports.excel.internal;

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
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Copies a zip (an xlsx is one) with every entry's time set to a fixed value, so the same content
 * gives the same bytes: POI stamps its zip entries with the clock. Entries are copied raw (still
 * compressed), which costs little more than copying the file.
 */
final class ReproducibleZip {
    private ReproducibleZip() {}

    /**
     * 1980-01-01 00:00, the earliest DOS time, as local milliseconds: zip stores local time, so
     * the same local value gives the same bytes in every time zone.
     */
    private static long fixedTime() {
        return LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    static void copy(Path zip, OutputStream target) throws IOException {
        long time = fixedTime();
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(target))) {
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
