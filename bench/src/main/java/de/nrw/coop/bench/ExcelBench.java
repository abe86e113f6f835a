package de.nrw.coop.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.reports.excel.CellStyles;
import de.nrw.coop.reports.excel.TablesData;
import de.nrw.coop.reports.excel.TablesWorkbook;
import de.nrw.coop.storage.query.ActivityView;
import de.nrw.coop.storage.query.ReportFilter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark, not a test: exports generated activities as the Aktivitäten sheet three ways and
 * prints rows per second and heap for each: coop's {@link TablesWorkbook}, a bare SXSSF loop
 * writing the same cells, and JasperReports' JRXlsxExporter (fill with a swap-file virtualizer,
 * then export). Each runs in a JVM of its own so heap figures do not mix.
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests &amp;&amp; \
 *     java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" de.nrw.coop.bench.ExcelBench 1000000 1000000
 * </pre>
 * First number: rows for coop and bare SXSSF (each in a JVM with -Xmx256m); second: rows for
 * Jasper (a JVM with -Xmx2g; 0 skips it). Each JVM first exports 2,000 rows untimed (class loading,
 * JIT). Figures: wall-clock and process CPU time (on a shared machine CPU time is the steadier
 * one), peak heap used (the heap pools' peaks: includes garbage not yet collected, so it follows
 * -Xmx) and peak live heap (largest heap in use right after a collection: what the writer keeps).
 *
 * <p>Measured 2026-11-29 on the shared 2-core build machine (load 6–9), 1,000,000 rows each:
 * <pre>
 * bare    25,616 rows/s wall, 53,648 rows/cpu-s, heap used  105 MB, live  15 MB (-Xmx256m)
 * coop    31,681 rows/s wall, 50,125 rows/cpu-s, heap used  108 MB, live  18 MB (-Xmx256m)
 * jasper   4,910 rows/s wall,  9,219 rows/cpu-s, heap used 1067 MB, live 283 MB (-Xmx2g)
 * </pre>
 */
public final class ExcelBench {
    private ExcelBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].startsWith("--run=")) {
            runOne(args[0].substring(6), Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int jasperRows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("coop-excel-bench");
        System.out.printf("coop Excel benchmark: %,d activities (coop, bare SXSSF, generator); %,d for JRXlsxExporter%n",
                rows, jasperRows);
        fork("generate", rows, "-Xmx256m", dir);
        fork("bare", rows, "-Xmx256m", dir);
        fork("coop", rows, "-Xmx256m", dir);
        if (jasperRows > 0) {
            fork("jasper", jasperRows, "-Xmx2g", dir);
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    private static void fork(String mode, int rows, String xmx, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, xmx, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                ExcelBench.class.getName(), "--run=" + mode, Integer.toString(rows), dir.toString());
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            System.out.printf("%-8s %s: failed with exit code %d%n", mode, xmx, exit);
        }
    }

    // ---------------------------------------------------------------- one measurement per JVM

    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    private static void runOne(String mode, int rows, Path dir) throws Exception {
        watchLiveHeap();
        Path target = dir.resolve(mode + ".xlsx");
        // warm-up: class loading and JIT of a small export are not part of the rate
        JasperReport report = mode.equals("jasper") ? JasperCompileManager.compileReport(design()) : null;
        export(mode, WARM_UP_ROWS, dir.resolve(mode + "-warm-up.xlsx"), dir, report);
        Files.delete(dir.resolve(mode + "-warm-up.xlsx"));
        System.gc();
        LIVE_PEAK.set(0);
        HeapPeaks.reset();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        export(mode, rows, target, dir, report);
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        long poolPeak = HeapPeaks.sum();
        long maxHeap = Runtime.getRuntime().maxMemory();
        String size = String.format("%,d KB", Files.size(target) / 1024);
        System.out.printf("%-8s rows %,9d  wall %6.1f s = %,8.0f rows/s  cpu %6.1f s = %,8.0f rows/cpu-s"
                        + "  peak heap used %,5d MB  peak live after GC %,4d MB  (-Xmx %,d MB)  file %s%n",
                mode, rows, seconds, rows / seconds, cpuSeconds, rows / cpuSeconds, poolPeak >> 20,
                LIVE_PEAK.get() >> 20, maxHeap >> 20, size);
    }

    private static final int WARM_UP_ROWS = 2_000;

    private static void export(String mode, int rows, Path target, Path dir, JasperReport report) throws Exception {
        switch (mode) {
            case "generate" -> {
                long[] sink = {0};
                generate(rows, v -> sink[0] += v.activity().key().length());
                Files.writeString(target, Long.toString(sink[0]));
            }
            case "coop" -> TablesWorkbook.write(data(rows), TablesWorkbook.Options.defaults(), target);
            case "bare" -> bare(action -> generate(rows, action), target);
            case "jasper" -> jasper(report, rows, target, dir);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** Records the largest heap still in use right after a collection: what the writer really keeps. */
    private static void watchLiveHeap() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (!e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                && !e.getKey().contains("Compressed")) {
                            used += e.getValue().getUsed();
                        }
                    }
                    LIVE_PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    // ---------------------------------------------------------------- data

    private static final String[] COUNTRIES = {"Südkorea", "Japan", "China", "Frankreich", "Polen"};
    private static final String[] CODES = {"KR", "JP", "CN", "FR", "PL"};
    private static final ActivityKind[] KINDS = ActivityKind.values();

    /** Deterministic activities, made on the fly (never held in a list). */
    static void generate(int rows, Consumer<ActivityView> action) {
        for (int i = 0; i < rows; i++) {
            action.accept(activity(i));
        }
    }

    /** The i-th generated activity. */
    static ActivityView activity(int i) {
        int c = i % COUNTRIES.length;
        int year = 2000 + (i / 50_000) % 25;
        PartialDate date = switch (i % 3) {
            case 0 -> PartialDate.of(LocalDate.of(year, 1 + i % 12, 1 + i % 28));
            case 1 -> PartialDate.ofMonth(year, 1 + i % 12);
            default -> PartialDate.ofYear(year);
        };
        Activity a = new Activity("act-" + i, KINDS[i % KINDS.length], date, CODES[c],
                i % 2 == 0 ? Direction.TO_NRW : Direction.FROM_NRW, List.of(i % 2 == 0 ? "IM" : "JM"), List.of(),
                List.of("p" + (i % 97)), i % 4 == 0 ? "Delegation Nr. " + i : null, 1 + i % 30,
                "Austausch über Ausbildung und Zusammenarbeit, Runde " + (i % 1000), null, null, null);
        return new ActivityView(a, COUNTRIES[c], a.hostDepartmentKeys(), List.of("Partnerorganisation " + (i % 97)));
    }

    private static TablesData data(int rows) {
        return new TablesData(ReportFilter.all(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                List.of(), action -> generate(rows, action), List.of(), List.of(), List.of());
    }

    // ---------------------------------------------------------------- bare SXSSF

    private static final String[] HEADERS = {"Datum", "Genauigkeit", "Jahr", "Land", "Art", "Richtung",
        "NRW-Gastgeber", "Partner", "Delegation", "Delegationsgröße", "Zweck", "Schlüssel"};

    /** The same cells and styles, nothing else: no table, no widths, no reproducible zip. */
    static void bare(TablesData.ActivitySource rows, Path target) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        CellStyles styles = new CellStyles(wb);
        SXSSFSheet sheet = wb.createSheet("Aktivitäten");
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            header.createCell(c).setCellValue(HEADERS[c]);
        }
        int[] r = {1};
        rows.forEach(view -> {
            Activity a = view.activity();
            Row row = sheet.createRow(r[0]++);
            if (a.date().day() != null) {
                Cell cell = row.createCell(0);
                cell.setCellValue(a.date().firstDay());
                cell.setCellStyle(styles.date());
            }
            row.createCell(1).setCellValue(a.date().precision().name());
            Cell year = row.createCell(2);
            year.setCellValue(a.date().year());
            year.setCellStyle(styles.year());
            row.createCell(3).setCellValue(view.countryName());
            row.createCell(4).setCellValue(a.kind().label());
            row.createCell(5).setCellValue(a.direction().label());
            row.createCell(6).setCellValue(String.join("; ", view.hostNames()));
            row.createCell(7).setCellValue(String.join("; ", view.partnerNames()));
            if (a.delegation() != null) {
                row.createCell(8).setCellValue(a.delegation());
            }
            if (a.delegationSize() != null) {
                Cell size = row.createCell(9);
                size.setCellValue(a.delegationSize());
                size.setCellStyle(styles.integer());
            }
            if (a.purpose() != null) {
                row.createCell(10).setCellValue(a.purpose());
            }
            row.createCell(11).setCellValue(a.key());
        });
        try (OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
        wb.close();
    }

    // ---------------------------------------------------------------- JasperReports

    private static final Class<?>[] TYPES = {java.util.Date.class, String.class, Integer.class, String.class,
        String.class, String.class, String.class, String.class, String.class, Integer.class, String.class,
        String.class};
    private static final int[] WIDTHS = {70, 60, 40, 80, 90, 60, 90, 140, 120, 50, 260, 80};

    private static void jasper(JasperReport report, int rows, Path target, Path dir) throws Exception {
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(50,
                new JRSwapFile(dir.toString(), 4096, 4096), true);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        JasperPrint print = JasperFillManager.fillReport(report, parameters, new GeneratedSource(rows));
        virtualizer.setReadOnly(true);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(target.toFile()));
        SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
        config.setOnePagePerSheet(false);
        config.setDetectCellType(true);
        config.setRemoveEmptySpaceBetweenRows(true);
        config.setRemoveEmptySpaceBetweenColumns(true);
        config.setWhitePageBackground(false);
        config.setMaxRowsPerSheet(1_048_576);
        exporter.setConfiguration(config);
        exporter.exportReport();
        virtualizer.cleanup();
    }

    private static JasperDesign design() throws JRException {
        JasperDesign design = new JasperDesign();
        design.setName("activities");
        int width = 0;
        for (int w : WIDTHS) {
            width += w;
        }
        design.setPageWidth(width);
        design.setColumnWidth(width);
        design.setPageHeight(60 * 15 + 20);
        design.setLeftMargin(0);
        design.setRightMargin(0);
        design.setTopMargin(0);
        design.setBottomMargin(0);
        // the column header once in the sheet, not once per page
        design.getPropertiesMap().setProperty("net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.1",
                "columnHeader");
        JRDesignBand header = new JRDesignBand();
        header.setHeight(20);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(15);
        int x = 0;
        for (int c = 0; c < HEADERS.length; c++) {
            JRDesignField field = new JRDesignField();
            field.setName("f" + c);
            field.setValueClass(TYPES[c]);
            design.addField(field);
            JRDesignStaticText text = new JRDesignStaticText();
            text.setX(x);
            text.setWidth(WIDTHS[c]);
            text.setHeight(20);
            text.setText(HEADERS[c]);
            text.setBold(true);
            header.addElement(text);
            JRDesignTextField value = new JRDesignTextField();
            value.setX(x);
            value.setWidth(WIDTHS[c]);
            value.setHeight(15);
            value.setExpression(new JRDesignExpression("$F{f" + c + "}"));
            value.setBlankWhenNull(true);
            if (c == 0) {
                value.setPattern("dd.MM.yyyy");
            }
            detail.addElement(value);
            x += WIDTHS[c];
        }
        design.setColumnHeader(header);
        ((JRDesignSection) design.getDetailSection()).addBand(detail);
        return design;
    }

    /** Pulls generated activities one at a time, as a streaming store query would. */
    private static final class GeneratedSource implements JRDataSource {
        private final Object[][] buffer = new Object[1][];
        private final java.util.Iterator<Object[]> rows;

        GeneratedSource(int count) {
            rows = new java.util.Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < count;
                }

                @Override
                public Object[] next() {
                    return cells(activity(i++));
                }
            };
        }

        @Override
        public boolean next() {
            if (!rows.hasNext()) {
                return false;
            }
            buffer[0] = rows.next();
            return true;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return buffer[0][Integer.parseInt(field.getName().substring(1))];
        }
    }

    private static Object[] cells(ActivityView view) {
        Activity a = view.activity();
        return new Object[] {
            a.date().day() == null ? null : java.sql.Date.valueOf(a.date().firstDay()),
            a.date().precision().name(), a.date().year(), view.countryName(), a.kind().label(), a.direction().label(),
            String.join("; ", view.hostNames()), String.join("; ", view.partnerNames()), a.delegation(),
            a.delegationSize(), a.purpose(), a.key()
        };
    }
}
