package de.nrw.coop.reports.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point a test starts in a separate JVM: fills the test report with the given number of
 * rows and writes the final PDF to the given file, so bytes from two JVMs can be compared.
 */
public final class ExportInChildJvm {
    private ExportInChildJvm() {}

    public static void main(String[] args) throws Exception {
        PdfExportTest.compile();
        byte[] pdf = PdfExport.toBytes(PdfExportTest.fill(Integer.parseInt(args[0])), PdfExportTest.meta());
        Files.write(Path.of(args[1]), pdf);
    }
}
