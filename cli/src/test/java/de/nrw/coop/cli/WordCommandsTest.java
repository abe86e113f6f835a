package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word workflow through the CLI, on an embedded H2 file store holding the demo. */
class WordCommandsTest {

    @TempDir
    Path temp;

    private Run run(String... args) {
        return Cli.inHome(temp.resolve("home"), args);
    }

    @BeforeEach
    void demo() {
        Cli.demo(temp.resolve("home"), temp.resolve("demo"));
    }

    /** Rewrites word/document.xml of the DOCX, as Word does when it saves. */
    static Path editDocument(Path docx, Path target, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String edited = edit.apply(xml);
                    assertThat(edited).isNotEqualTo(xml);
                    content = edited.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }

    @Test
    void aDraftEditedInWordComesBackAndAStaleOneIsRefused() throws Exception {
        Path draft = temp.resolve("17-4514.docx");
        Run write = run("inquiry", "pdf", "17/4514", "--format", "docx", "-o", draft.toString());
        assertThat(write.code()).as(write.err()).isZero();
        Path edited = editDocument(draft, temp.resolve("antwort.docx"), xml -> xml.replace("beuchten", "besuchten"));

        Run imported = run("import", edited.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo(String.join(System.lineSeparator(),
                "antwort.docx: answer draft of Kleine Anfrage 17/4514 imported:",
                "  question 1: unchanged",
                "  question 2: changed paragraph 2",
                "  question 3: unchanged",
                "  question 4: unchanged",
                "  question 5: unchanged", ""));
        Path pdf = temp.resolve("antwort.pdf");
        assertThat(run("inquiry", "pdf", "17/4514", "-o", pdf.toString()).code()).isZero();

        // the first draft was written before that import: a conflict, exit 65, nothing changed
        Path stale = editDocument(draft, temp.resolve("alt.docx"), xml -> xml.replace("beuchten", "besuchen"));
        Run refused = run("import", stale.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.DATA_ERR);
        assertThat(refused.err()).startsWith("coop: alt.docx: question 2: the stored answer changed after this draft"
                + " was written (draft version ").doesNotContain("\tat ");
        assertThat(refused.out()).isEmpty();
        Path again = temp.resolve("again.pdf");
        assertThat(run("inquiry", "pdf", "17/4514", "-o", again.toString()).code()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void wordAndYamlGoInSeparateCalls() throws Exception {
        Path draft = temp.resolve("17-4514.docx");
        assertThat(run("inquiry", "pdf", "17/4514", "--format", "docx", "-o", draft.toString()).code()).isZero();
        Path yaml = Files.writeString(temp.resolve("x.yaml"), "countries: []\n");
        Run run = run("import", draft.toString(), yaml.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("import Word documents (.docx) and datasets in separate calls");
    }
}
