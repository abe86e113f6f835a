package de.nrw.coop.bench;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.GermanFormat;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.Question;
import de.nrw.coop.reports.answer.AnswerFormat;
import de.nrw.coop.reports.answer.AnswerRenderer;
import de.nrw.coop.reports.answer.AnswerTables;
import de.nrw.coop.reports.answer.ComputedBlocks;
import de.nrw.coop.reports.pdf.PdfExport;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.demo.DemoData;
import de.nrw.coop.storage.query.InquirySummary;
import de.nrw.coop.storage.testing.Feed;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.templates.Templates;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Benchmark (not a test): renders 1,000 stored inquiries to PDF in one process, and next to it
 * bare JasperReports filling the same compiled template once from in-memory beans and exporting
 * it with a plain tagged PDF export, in the same run. Prints documents per second of both.
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" de.nrw.coop.bench.AnswerBenchmark [inquiries] [rounds]
 * </pre>
 */
public final class AnswerBenchmark {
    private AnswerBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (CoopStore store = CoopStore.open(new StoreConfig("jdbc:h2:mem:answer-bench;DB_CLOSE_DELAY=-1", null, null))) {
            store.importFiles(DemoData.sources());
            Inquiry demo = store.inquiry(InquiryId.parse("17/4514")).orElseThrow();
            Feed feed = new Feed().file("bench.yaml");
            for (int i = 1; i < count; i++) {
                feed.add(copy(demo, 5000 + i));
            }
            feed.importInto(store);
            List<InquiryId> ids = store.inquiries().stream().map(InquirySummary::id).toList();
            // the bare path gets the answers as coop renders them: computed blocks already resolved
            List<Inquiry> inMemory = ids.stream()
                    .map(id -> ComputedBlocks.resolve(store, store.inquiry(id).orElseThrow())).toList();
            JasperReport report = Templates.load(Templates.ANSWER);
            System.out.printf("answer benchmark: %d stored inquiries (H2 in memory), %d rounds, Java %s%n",
                    ids.size(), rounds, System.getProperty("java.version"));

            // warm-up of both paths
            for (int i = 0; i < Math.min(100, ids.size()); i++) {
                coop(store, ids.get(i));
                bare(report, inMemory.get(i));
            }
            // the two paths alternate document by document, so load from other processes on this
            // machine falls on both alike
            for (int round = 1; round <= rounds; round++) {
                long coopNanos = 0;
                long bareNanos = 0;
                long[] phases = new long[3];
                long bareArchivalNanos = 0;
                for (int i = 0; i < ids.size(); i++) {
                    long t0 = System.nanoTime();
                    coopPhases(store, ids.get(i), phases);
                    long t1 = System.nanoTime();
                    bare(report, inMemory.get(i));
                    long t2 = System.nanoTime();
                    bareArchival(report, inMemory.get(i));
                    long t3 = System.nanoTime();
                    coopNanos += t1 - t0;
                    bareNanos += t2 - t1;
                    bareArchivalNanos += t3 - t2;
                }
                double coop = ids.size() / (coopNanos / 1e9);
                double bare = inMemory.size() / (bareNanos / 1e9);
                System.out.printf("round %d: coop (store -> inquiry -> tables -> fill(s) -> PdfExport PDF/A-2a+UA-1) %7.1f docs/s;"
                        + " bare Jasper (beans -> 1 fill -> tagged JRPdfExporter) %7.1f docs/s; ratio %.2f%n",
                        round, coop, bare, coop / bare);
                double bareArchival = inMemory.size() / (bareArchivalNanos / 1e9);
                System.out.printf("  same bare fill exported with PdfExport (archival, as coop): %7.1f docs/s;"
                        + " coop vs that %.2f%n", bareArchival, coop / bareArchival);
                System.out.printf("  coop per document: store read + tables %.1f ms, fill(s) + checks %.1f ms,"
                        + " PdfExport %.1f ms; bare per document %.1f ms%n", phases[0] / 1e6 / ids.size(),
                        phases[1] / 1e6 / ids.size(), phases[2] / 1e6 / ids.size(), bareNanos / 1e6 / ids.size());
            }
        }
    }

    /** What {@code coop inquiry pdf --all} does per inquiry, minus the file system. */
    static void coop(CoopStore store, InquiryId id) {
        Inquiry inquiry = ComputedBlocks.resolve(store, store.inquiry(id).orElseThrow());
        try {
            AnswerRenderer.render(inquiry, AnswerTables.resolve(store, inquiry), AnswerFormat.PDF,
                    OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@link #coop} with its phases timed: store and computed blocks, fill, export (same calls as AnswerRenderer.render). */
    static void coopPhases(CoopStore store, InquiryId id, long[] phases) {
        long t0 = System.nanoTime();
        Inquiry inquiry = ComputedBlocks.resolve(store, store.inquiry(id).orElseThrow());
        var tables = AnswerTables.resolve(store, inquiry);
        long t1 = System.nanoTime();
        JasperPrint print = AnswerRenderer.fill(inquiry, tables);
        long t2 = System.nanoTime();
        PdfExport.write(print, AnswerRenderer.metadata(inquiry), OutputStream.nullOutputStream());
        long t3 = System.nanoTime();
        phases[0] += t1 - t0;
        phases[1] += t2 - t1;
        phases[2] += t3 - t2;
    }

    /** The bare fill, exported through coop's archival PdfExport: isolates the renderer's own cost. */
    static void bareArchival(JasperReport report, Inquiry inquiry) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report, bareParameters(inquiry),
                    new JRBeanCollectionDataSource(beans(inquiry)));
            PdfExport.write(print, AnswerRenderer.metadata(inquiry), OutputStream.nullOutputStream());
        } catch (net.sf.jasperreports.engine.JRException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bare JasperReports: one fill from beans (notes placed on page 1, known beforehand), plain export. */
    static void bare(JasperReport report, Inquiry inquiry) {
        try {
            {
                Map<String, Object> parameters = bareParameters(inquiry);
                JasperPrint print = JasperFillManager.fillReport(report, parameters,
                        new JRBeanCollectionDataSource(beans(inquiry)));
                JRPdfExporter exporter = new JRPdfExporter();
                exporter.setExporterInput(new SimpleExporterInput(print));
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(OutputStream.nullOutputStream()));
                SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
                config.setTagged(true);
                config.setTagLanguage("de-DE");
                exporter.setConfiguration(config);
                exporter.exportReport();
            }
        } catch (net.sf.jasperreports.engine.JRException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template's parameters as plain code would set them, notes known to stand on page 1. */
    static Map<String, Object> bareParameters(Inquiry inquiry) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("HEADER_RIGHT", "Drucksache " + inquiry.answerDrucksache());
        parameters.put("HEADER_DATE", GermanFormat.shortDate(inquiry.answerDate()));
        parameters.put("PERIOD_LINE", inquiry.id().period() + ". Wahlperiode");
        parameters.put("RUNNING_LEFT", "LANDTAG NORDRHEIN-WESTFALEN - " + inquiry.id().period() + ". Wahlperiode");
        parameters.put("REQUESTER_BLOCK", "der Landesregierung\nauf die Kleine Anfrage " + inquiry.id().number()
                + " vom " + GermanFormat.longDate(inquiry.asked()) + "\n"
                + String.join("\n", inquiry.requesterLines()) + "\nDrucksache " + inquiry.questionDrucksache());
        parameters.put("TITLE", inquiry.title());
        parameters.put("FOOTER_LINE", "Datum des Originals: " + GermanFormat.shortDate(inquiry.letterDate())
                + "/Ausgegeben: " + GermanFormat.shortDate(inquiry.issued()));
        StringBuilder notes = new StringBuilder();
        inquiry.footnotes().forEach(f -> notes.append(notes.length() == 0 ? "" : "\n")
                .append("<sup>").append(f.number()).append("</sup> ").append(f.text()));
        parameters.put("NOTES", Map.of(1, notes.toString()));
        return parameters;
    }

    static List<BenchRow> beans(Inquiry inquiry) {
        List<BenchRow> rows = new ArrayList<>();
        int block = 0;
        rows.add(new BenchRow(0, ++block, "heading", "Vorbemerkung der Kleinen Anfrage", null, false));
        for (String p : inquiry.preface()) {
            rows.add(new BenchRow(0, ++block, "para", Inquiry.MARKER.matcher(p).replaceAll("<sup>$1</sup>"), null, false));
        }
        rows.add(new BenchRow(0, ++block, "para", inquiry.attribution(), null, false));
        boolean first = true;
        for (Question q : inquiry.questions()) {
            for (AnswerBlock b : q.answer()) {
                if (b instanceof AnswerBlock.Paragraph p) {
                    rows.add(new BenchRow(q.number(), ++block, "para", p.text(), q, first));
                    first = false;
                }
            }
        }
        return rows;
    }

    private static Inquiry copy(Inquiry d, int number) {
        // a Drucksache number belongs to one document: each copy gets its own
        return new Inquiry(new InquiryId(17, number), new de.nrw.coop.model.Drucksache(17, 100_000 + number),
                new de.nrw.coop.model.Drucksache(17, 200_000 + number), d.asked(),
                d.received(), d.letterDate(), d.answerDate(), d.issued(), d.requesters(), d.title() + " (" + number + ")",
                d.countryCodes(), d.fromYear(), d.toYear(), d.preface(), d.footnotes(), d.minister(), d.concurrence(),
                d.governmentPreface(), d.questions());
    }
}
