package de.nrw.coop.storage.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of docs/dataset-format.md that are whole files must read without problems. */
class DocumentedExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "dataset-format.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void wholeFileExamplesReadWithoutProblems() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(doc);
        while (m.find()) {
            // snippets are indented (they show a part of a record); whole files start at column 1
            if (!Character.isWhitespace(m.group(1).charAt(0))) {
                files.add(m.group(1));
            }
        }
        assertThat(files).hasSize(2);
        for (int i = 0; i < files.size(); i++) {
            byte[] bytes = files.get(i).getBytes(StandardCharsets.UTF_8);
            RecordingSink sink = RecordingSink.read(
                    new DatasetSource("example-" + i + ".yaml", () -> new ByteArrayInputStream(bytes)));
            assertThat(sink.problemTexts()).as("example %d", i).isEmpty();
            assertThat(sink.activities).as("example %d", i).isNotEmpty();
        }
        RecordingSink full = RecordingSink.read(new DatasetSource("full.yaml",
                () -> new ByteArrayInputStream(files.get(1).getBytes(StandardCharsets.UTF_8))));
        assertThat(full.inquiries).singleElement().satisfies(inquiry -> {
            assertThat(inquiry.questions()).hasSize(2);
            assertThat(inquiry.footnotes()).hasSize(1);
        });
    }
}
