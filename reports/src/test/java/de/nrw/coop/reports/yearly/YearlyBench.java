package de.nrw.coop.reports.yearly;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark (not a test): the yearly report of a generated year with 100,000 activities across
 * 40 countries, next to bare JasperReports filling and exporting the same compiled templates
 * with the same rows from memory (same virtualizer settings) and Jasper's own tagged PDF/A export
 * (no PDF/UA post-processing), in the same JVM. Run with the heap
 * capped, e.g. {@code java -Xmx512m -cp ... de.nrw.coop.reports.yearly.YearlyBench [activities] [countries]}.
 * Prints pages, wall time and peak heap of each.
 */
public final class YearlyBench {
    private YearlyBench() {}

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int countries = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path dir = Files.createTempDirectory("yearly-bench");
        // warm-up: class loading, font loading, template loading
        YearlyReport.write(GeneratedYear.of(2019, 2, 20), dir);

        YearlyData data = GeneratedYear.of(2019, countries, activities);
        List<Row> rows = Rows.of(data);
        System.gc();

        // two rounds, bare first then ours; the second round's figures count (JIT warm, caches full)
        long bare = 0;
        long barePeak = 0;
        int barePages = 0;
        long ours = 0;
        long oursPeak = 0;
        YearlyResult result = null;
        for (int round = 1; round <= 2; round++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            try (YearlyPdf.Filled filled = YearlyPdf.fill(2019, null, rows, true);
                 OutputStream out = Files.newOutputStream(dir.resolve("bare.pdf"))) {
                barePages = filled.pages();
                bareExport(filled.print, out);
            }
            bare = System.nanoTime() - t0;
            barePeak = peakHeap();

            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            result = YearlyReport.write(data, dir);
            ours = System.nanoTime() - t1;
            oursPeak = peakHeap();
            System.out.printf("round %d: bare %.1f s, ours %.1f s%n", round, bare / 1e9, ours / 1e9);
        }

        System.out.printf("yearly report: %,d activities, %d countries, max heap %d MB%n", activities, countries,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("bare Jasper (fill+export, same templates and rows): %d pages, %.1f s, peak heap %d MB%n",
                barePages, bare / 1e9, barePeak >> 20);
        System.out.printf("YearlyReport.write (rows+charts+fill+export+xlsx+rename): %d pages, %.1f s, peak heap %d MB%n",
                result.pages(), ours / 1e9, oursPeak >> 20);
        System.out.printf("ratio: %.2f x bare%n", (double) ours / bare);
        System.out.printf("pdf %,d bytes, xlsx %,d bytes in %s%n", Files.size(result.pdf()), Files.size(result.xlsx()), dir);
    }

    /** Jasper's own tagged PDF/A-2a export, without coop's post-processing (PDF/UA fixes, reproducible bytes). */
    static void bareExport(net.sf.jasperreports.engine.JasperPrint print, OutputStream out) throws Exception {
        var exporter = new net.sf.jasperreports.pdf.JRPdfExporter();
        exporter.setExporterInput(new net.sf.jasperreports.export.SimpleExporterInput(print));
        exporter.setExporterOutput(new net.sf.jasperreports.export.SimpleOutputStreamExporterOutput(out));
        var c = new net.sf.jasperreports.pdf.SimplePdfExporterConfiguration();
        c.setTagged(true);
        c.setTagLanguage("de-DE");
        c.setPdfaConformance(net.sf.jasperreports.pdf.type.PdfaConformanceEnum.PDFA_2A);
        Path icc = Files.createTempFile("srgb", ".icc");
        Files.write(icc, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
        c.setIccProfilePath(icc.toString());
        c.setMetadataTitle("Kooperationsbericht 2019");
        exporter.setConfiguration(c);
        try {
            exporter.exportReport();
        } finally {
            Files.delete(icc);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
