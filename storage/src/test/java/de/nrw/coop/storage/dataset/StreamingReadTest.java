package de.nrw.coop.storage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.Activity;
import de.nrw.coop.storage.kind.RecordType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file far larger than SnakeYAML's default 3 MB limit, read record by record. Nothing is kept
 * but counts, so the test proves the reader needs no tree of the whole document (the 1,000,000
 * activity run under a 256 MB heap is the import benchmark's job).
 */
class StreamingReadTest {
    private static final int ACTIVITIES = 200_000;

    @Test
    void readsTwoHundredThousandActivities(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("activities.yaml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("activities:\n");
            for (int i = 0; i < ACTIVITIES; i++) {
                w.write("  - key: act-" + i + "\n"
                        + "    kind: visit\n"
                        + "    date: " + (2000 + i % 20) + (i % 12 < 9 ? "-0" : "-") + (1 + i % 12) + "\n"
                        + "    country: KR\n"
                        + "    direction: " + (i % 2 == 0 ? "to-nrw" : "from-nrw") + "\n"
                        + "    hosts:\n"
                        + "      departments: [IM-17]\n"
                        + "    sentence: >-\n"
                        + "      Besuch Nummer " + i + " einer Delegation\n"
                        + "      aus Südkorea (경찰대학).\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

        CountingSink sink = new CountingSink();
        DatasetReader.read(List.of(DatasetSource.of(file)), sink);

        assertThat(sink.firstProblem).isNull();
        assertThat(sink.activities).isEqualTo(ACTIVITIES);
        assertThat(sink.references).isEqualTo(2L * ACTIVITIES);
        assertThat(sink.lastKey).isEqualTo("act-" + (ACTIVITIES - 1));
        assertThat(sink.lastSentence).isEqualTo("Besuch Nummer " + (ACTIVITIES - 1) + " einer Delegation aus Südkorea (경찰대학).");
    }

    /** Keeps counts only. */
    private static final class CountingSink implements DatasetSink {
        long activities;
        long references;
        String lastKey;
        String lastSentence;
        Problem firstProblem;

        @Override
        public void startFile(String name) {}

        @Override
        public <T> void record(RecordType<T> type, T record, Origin origin) {
            if (record instanceof Activity activity) {
                activities++;
                lastKey = activity.key();
                lastSentence = activity.sentence();
            }
        }

        @Override
        public void reference(Reference reference) {
            references++;
        }

        @Override
        public void problem(Problem problem) {
            if (firstProblem == null) {
                firstProblem = problem;
            }
        }

        @Override
        public void endFile(String name, String sha256) {}
    }
}
