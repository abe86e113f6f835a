package de.nrw.coop.bench;

import de.nrw.coop.reports.yearly.YearlyBook;
import de.nrw.coop.reports.yearly.GeneratedYear;
import de.nrw.coop.reports.yearly.YearlyData;
import de.nrw.coop.reports.yearly.YearlyReport;
import de.nrw.coop.reports.yearly.YearlyResult;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The yearly report of a generated year (default 100,000 activities across 40 countries) next to
 * bare JasperReports in the same JVM: the same compiled book template filled with the same rows
 * from memory, with the same swap-file virtualizer (40 pages in memory), exported by Jasper's own
 * tagged PDF/A-2a exporter. coop adds building the rows and charts, {@code PdfExport}'s PDF/UA-1 and
 * reproducibility fixes (written during the export), the workbook and the paired rename.
 * Two rounds (bare, then coop); the second round's figures are printed as the result.
 * Peak heap: sum of the heap pools' peaks during a contender's run (an upper bound).
 */
public final class YearlyBenchmark {
    private YearlyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int countries = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path dir = Files.createTempDirectory("coop-yearly-bench");
        try {
            YearlyReport.write(GeneratedYear.of(2019, 2, 20), dir); // warm-up
            YearlyData data = GeneratedYear.of(2019, countries, activities);
            long bare = 0;
            long barePeak = 0;
            int barePages = 0;
            long coop = 0;
            long coopPeak = 0;
            YearlyResult result = null;
            for (int round = 1; round <= 2; round++) {
                System.gc();
                HeapPeaks.reset();
                long t0 = System.nanoTime();
                barePages = bare(data, dir.resolve("bare.pdf"));
                bare = System.nanoTime() - t0;
                barePeak = HeapPeaks.sum();

                System.gc();
                HeapPeaks.reset();
                long t1 = System.nanoTime();
                result = YearlyReport.write(data, dir);
                coop = System.nanoTime() - t1;
                coopPeak = HeapPeaks.sum();
                System.out.printf("round %d: bare %.1f s, coop %.1f s%n", round, bare / 1e9, coop / 1e9);
            }
            System.out.printf("yearly report %d: %,d activities, %d countries, max heap %d MB%n", data.year(),
                    activities, countries, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("bare Jasper (fill + tagged PDF/A export): %,d pages, %.1f s, peak heap %d MB%n",
                    barePages, bare / 1e9, barePeak >> 20);
            System.out.printf("coop YearlyReport.write (PDF/A-2a+UA-1 + xlsx): %,d pages, %.1f s, peak heap %d MB%n",
                    result.pages(), coop / 1e9, coopPeak >> 20);
            System.out.printf("ratio coop / bare: %.2f (goal <= 1.1)%n", (double) coop / bare);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int bare(YearlyData data, Path target) throws Exception {
        Map<String, Object> parameters = YearlyBook.parameters(data);
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(40,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256), true);
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        Path icc = Files.createTempFile("srgb", ".icc");
        try (OutputStream out = Files.newOutputStream(target)) {
            JasperPrint print = JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                    .fill(YearlyBook.template(), parameters, YearlyBook.dataSource());
            virtualizer.setReadOnly(true);
            Files.write(icc, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
            c.setTagged(true);
            c.setTagLanguage("de-DE");
            c.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
            c.setIccProfilePath(icc.toString());
            c.setMetadataTitle("Kooperationsbericht " + data.year());
            exporter.setConfiguration(c);
            exporter.exportReport();
            return print.getPages().size();
        } finally {
            virtualizer.cleanup();
            Files.deleteIfExists(icc);
        }
    }
}
