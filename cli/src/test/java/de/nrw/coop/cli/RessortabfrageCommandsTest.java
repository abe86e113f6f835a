package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ressortabfrage through the CLI: request, show, a returned form, due. */
class RessortabfrageCommandsTest {

    @TempDir
    Path temp;

    private Run run(String... args) {
        return Cli.inHome(temp.resolve("home"), args);
    }

    @BeforeEach
    void demo() {
        Cli.demo(temp.resolve("home"), temp.resolve("demo"));
    }

    @Test
    void requestShowReturnAndDue() throws Exception {
        Path forms = temp.resolve("forms");
        Run request = run("inquiry", "request", "17/4514", "--department", "IM-17", "--department", "JM-17",
                "--questions", "2,1", "--due", "2020-10-27", "--lead", "MBEI-17", "-o", forms.toString(),
                "--user", "referat-322");
        assertThat(request.code()).as(request.err()).isZero();
        assertThat(request.out()).isEqualTo(String.join(System.lineSeparator(),
                forms.resolve("17-4514-ressortabfrage-IM-17.docx").toString(),
                forms.resolve("17-4514-ressortabfrage-JM-17.docx").toString(),
                "Asked 2 departments about questions 1, 2, due 27.10.2020; lead MBEI-17.", ""));

        Run show = run("inquiry", "show", "17/4514", "--as-of", "2020-10-29");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("question 1: Welche Projekte unterstützt das Land")
                .contains("  IM-17: overdue, due 2020-10-27 (2 days overdue)" + System.lineSeparator()
                        + "  JM-17: overdue, due 2020-10-27 (2 days overdue)")
                .contains("question 3: ").contains("  no contributions requested");

        Path filled = WordCommandsTest.editDocument(forms.resolve("17-4514-ressortabfrage-IM-17.docx"),
                temp.resolve("im.docx"), xml -> {
                    int at = xml.indexOf("coop:contribution:17/4514:1:IM-17");
                    String head = xml.substring(0, at);
                    String tail = xml.substring(at).replaceFirst("<w:showingPlcHdr/>", "")
                            .replaceFirst("Beitrag IM zu Frage 1 hier eintragen",
                                    "Das IM pflegt seit 2014 den Austausch mit der Polizeiuniversität.");
                    return head + tail;
                });
        Run imported = run("import", filled.toString(), "--user", "referat-322");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo(String.join(System.lineSeparator(),
                "im.docx: contribution form of Kleine Anfrage 17/4514 imported:",
                "  question 1: contribution of IM-17 stored (1 paragraph, 0 footnotes); the answer is unchanged",
                "  question 2: left blank, nothing stored", ""));

        Run after = run("inquiry", "show", "17/4514", "--as-of", "2020-10-29");
        assertThat(after.out()).containsPattern("  IM-17: received \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(1 paragraph, 0 footnotes\\)")
                .contains("  JM-17: overdue, due 2020-10-27 (2 days overdue)");

        Run due = run("inquiry", "due", "--as-of", "2020-10-29", "--within", "0");
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.out()).contains("overdue contributions (Ressortabfrage):")
                .containsPattern("17/4514 +2 +IM-17 +2020-10-27 +2 days overdue +MBEI-17")
                .containsPattern("17/4514 +1 +JM-17 +2020-10-27")
                .doesNotContainPattern("17/4514 +1 +IM-17");

        Run history = run("inquiry", "history", "17/4514");
        assertThat(history.out()).contains("contributions requested from IM-17, JM-17 (questions 1, 2), due 2020-10-27")
                .contains("contribution of IM-17 received (form im.docx, question 1)");
        assertThat(Files.list(forms)).hasSize(2);
    }

    @Test
    void anUnknownDepartmentOrNoLeadIsAUsageError() {
        Run unknown = run("inquiry", "request", "17/4514", "--department", "XY-17", "--lead", "MBEI-17", "-o",
                temp.resolve("f").toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown department 'XY-17'; the store knows IM-17, JM-17, MBEI-17");
        Run noLead = run("inquiry", "request", "17/4514", "--department", "IM-17", "-o", temp.resolve("f").toString());
        assertThat(noLead.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noLead.err()).contains("inquiry 17/4514 has no lead department: give --lead KEY");
        assertThat(temp.resolve("f")).doesNotExist();
    }
}
