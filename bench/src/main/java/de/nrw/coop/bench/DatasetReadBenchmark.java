package de.nrw.coop.bench;

import de.nrw.coop.storage.dataset.DatasetReader;
import de.nrw.coop.storage.dataset.DatasetSink;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Origin;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.dataset.Reference;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: measures the dataset reader alone on a generated file of N activities, so the
 * import benchmark's figures can be split into reading and storing, next to the bare library: a
 * SnakeYAML event loop over the same file (what the reader is built on) in the same run.
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests &amp;&amp; java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
 *     de.nrw.coop.bench.DatasetReadBenchmark 1000000
 * </pre>
 */
public final class DatasetReadBenchmark {
    private DatasetReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("coop-activities-", ".yaml");
        try {
            write(file, n);
            System.out.printf("file: %,d activities, %,d bytes, max heap %,d MB%n", n, Files.size(file),
                    Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= 3; run++) {
                long bareStart = System.nanoTime();
                long events = bareEvents(file);
                double bare = (System.nanoTime() - bareStart) / 1e9;
                Counter counter = new Counter();
                long start = System.nanoTime();
                DatasetReader.read(List.of(DatasetSource.of(file)), counter);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: bare SnakeYAML %,d events in %.2f s = %,.0f activities/s;"
                        + " coop reader %,d activities, %d problems in %.2f s = %,.0f activities/s;"
                        + " coop / bare %.2f%n", run, events, bare, n / bare, counter.activities,
                        counter.problems, seconds, counter.activities / seconds, bare / seconds);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The bare library: SnakeYAML's event parser over the file, every event counted, nothing built. */
    private static long bareEvents(Path file) throws IOException {
        long events = 0;
        try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // the same parser settings as the reader: no size limit on a dataset file
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            org.yaml.snakeyaml.parser.Parser parser = new org.yaml.snakeyaml.parser.ParserImpl(
                    new org.yaml.snakeyaml.reader.StreamReader(in), options);
            while (parser.getEvent() != null && !parser.checkEvent(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
                events++;
            }
        }
        return events;
    }

    private static void write(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("activities:\n");
            for (int i = 0; i < n; i++) {
                w.write("  - key: act-" + i + "\n    kind: visit\n    date: " + (2000 + i % 20) + "-0" + (1 + i % 9)
                        + "\n    country: KR\n    direction: " + (i % 2 == 0 ? "to-nrw" : "from-nrw")
                        + "\n    hosts:\n      departments: [IM-17]\n    partners: [knpu]\n    sentence: >-\n"
                        + "      Besuch Nummer " + i + " einer Delegation\n      aus Südkorea.\n");
            }
        }
    }

    private static final class Counter implements DatasetSink {
        long activities;
        long problems;

        @Override
        public void startFile(String name) {}

        @Override
        public <T> void record(RecordType<T> type, T record, Origin origin) {
            if (type == RecordTypes.ACTIVITIES) {
                activities++;
            }
        }

        @Override
        public void reference(Reference reference) {}

        @Override
        public void problem(Problem problem) {
            problems++;
        }

        @Override
        public void endFile(String name, String sha256) {}
    }
}
