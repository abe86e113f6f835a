package de.nrw.coop.reports.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a finished streaming workbook reproducibly: document properties from the data (the
 * creation date is the data's as-of date, never the clock), zip entry times fixed.
 */
public final class XlsxOutput {
    private XlsxOutput() {}

    /** Creation date used when the store holds no data at all. */
    private static final Instant NO_DATA = Instant.parse("2000-01-01T00:00:00Z");

    /** The document's title, subject and creation date (as-of date of the data). */
    public record Properties(String title, String subject, Optional<Instant> created) {}

    /**
     * Writes and disposes the workbook (its temporary files are deleted whether or not writing
     * succeeds).
     */
    public static void write(SXSSFWorkbook workbook, Properties properties, OutputStream out) throws IOException {
        Path temp = null;
        try {
            POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(properties.title());
            core.setSubjectProperty(properties.subject());
            core.setCreator("coop");
            // the document format stores whole seconds
            core.setCreated(Optional.of(Date.from(properties.created().orElse(NO_DATA).truncatedTo(ChronoUnit.SECONDS))));
            temp = Files.createTempFile("coop-tables-", ".xlsx");
            de.nrw.coop.reports.TempFiles.register(temp);
            try (OutputStream file = Files.newOutputStream(temp)) {
                workbook.write(file);
            }
            ReproducibleZip.copy(temp, out);
        } finally {
            workbook.close();
            if (temp != null) {
                de.nrw.coop.reports.TempFiles.delete(temp);
            }
        }
    }
}
