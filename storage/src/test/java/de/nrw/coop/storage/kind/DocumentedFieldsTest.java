package de.nrw.coop.storage.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The field tables of docs/dataset-format.md section 5 are the record types' descriptors written
 * out: this fails as soon as a field is added, renamed, made required or re-documented on one
 * side only. Each table row must read exactly as {@link #row} makes it from the descriptor.
 */
class DocumentedFieldsTest {
    private static final Path DOC = Path.of("..", "docs", "dataset-format.md");

    @Test
    void everyFlatRecordTypeHasItsFieldTableInTheDocumentation() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int checked = 0;
        for (RecordType<?> type : RecordTypes.ALL) {
            if (!type.isFlat()) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (Field<?> f : type.fields()) {
                expected.add(row(f));
            }
            assertThat(table(doc, type.section())).as("the field table of %s", type.section())
                    .containsExactlyElementsOf(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void theDocumentationListsEverySectionInOrder() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String sections = String.join(", ", RecordTypes.ALL.stream().map(RecordType::section).toList());
        Matcher m = Pattern.compile("only `activities`, say\\), and an import may consist of several files\\.\\n\\n"
                + "((?:    .*\\n)+)").matcher(doc);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).strip().replaceAll("\\s+", " ")).isEqualTo(sections);
    }

    /** A table row as the documentation writes it. */
    static String row(Field<?> f) {
        return normalized("| `" + f.name() + "` | " + (f.isRequired() ? "yes" : "no") + " | " + f.docType() + " | "
                + f.meaning() + " | " + f.example() + " |");
    }

    /** The rows of the first table after the heading {@code ### 5.n section}. */
    private static List<String> table(String doc, String section) {
        Matcher heading = Pattern.compile("^### 5\\.\\d+ " + Pattern.quote(section) + "$", Pattern.MULTILINE)
                .matcher(doc);
        assertThat(heading.find()).as("heading of %s", section).isTrue();
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : doc.substring(heading.end()).split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                rows.add(normalized(line));
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).as("table of %s", section).hasSizeGreaterThan(2);
        assertThat(rows.get(0)).isEqualTo("| field | req. | type | meaning | example |");
        return rows.subList(2, rows.size());
    }

    private static String normalized(String row) {
        return row.strip().replaceAll("\\s+", " ");
    }
}
