package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.intake.QuestionPdf;
import de.nrw.coop.storage.intake.QuestionTextTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coop inquiry new} end to end: the drafts written, what was found printed, bad input refused. */
class InquiryNewCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Map<String, String> env() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put(CoopCommand.ENV_HOME, temp.resolve("home").toString());
        assertThat(Cli.run(env, "demo", "-o", temp.resolve("out").toString()).code()).isZero();
        Path countries = temp.resolve("countries.yaml");
        Files.writeString(countries, """
                countries:
                  - {code: JP, name: Japan, region: Asien, adjective: japanisch}
                  - {code: CN, name: China, region: Asien, adjective: chinesisch}
                """, StandardCharsets.UTF_8);
        assertThat(Cli.run(env, "import", countries.toString()).code()).isZero();
        return env;
    }

    private Path japanPdf() throws Exception {
        byte[] pdf = QuestionPdf.build("17/11301", "06.10.2020", "Kleine Anfrage 4509",
                "des Abgeordneten Sven Werner Tritschler AfD", QuestionTextTest.TITLE.replace("Südkorea", "Japan"),
                QuestionTextTest.PREFACE.stream().map(p -> p.replace("Südkorea", "Japan")).toList(),
                "Ich frage daher die Landesregierung:", QuestionTextTest.QUESTIONS.stream()
                        .map(q -> q.replace("Südkorea", "Japan").replace("südkoreanisch", "japanisch")).toList(), 3,
                "Sven Werner Tritschler", QuestionTextTest.FOOTNOTES,
                "Datum des Originals: 06.10.2020/Ausgegeben: 07.10.2020",
                "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/11301");
        Path file = temp.resolve("q-4509.pdf");
        Files.write(file, pdf);
        return file;
    }

    @Test
    void aSeriesIsWrittenInOneCallAndImports() throws Exception {
        Map<String, String> env = env();
        Path messy = temp.resolve("messy-4510.txt");
        Files.write(messy, QuestionTextTest.resource("messy-4510.txt"));
        Path drafts = temp.resolve("drafts");

        Run run = Cli.run(env, "inquiry", "new", japanPdf().toString(), messy.toString(), "--like", "17/4514",
                "--received", "2020-10-07", "-o", drafts.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Path japan = drafts.resolve("kleine-anfrage-17-4509.yaml");
        Path china = drafts.resolve("kleine-anfrage-17-4510.yaml");
        assertThat(run.out()).isEqualTo(japan + NL + china + NL);
        assertThat(run.err()).contains("q-4509.pdf: found:" + NL + "  Kleine Anfrage 4509 (17. Wahlperiode)" + NL
                        + "  Drucksache 17/11301" + NL + "  date 2020-10-06" + NL
                        + "  requester Sven Werner Tritschler (AfD), male" + NL)
                .contains("  questions: 5 (3 with a \"(Bitte …)\" clause)")
                .contains("messy-4510.txt: not found or left open (marked # TODO where the file needs a value):" + NL
                        + "  gender of Anna Beispiel not stated by the text (several requesters)")
                .contains("messy-4510.txt: warning: gender of Clara Test not stated: fill it in before importing");
        assertThat(Files.readString(japan)).contains("    countries: [JP]").contains("# in 17/4514: ");
        assertThat(Files.readString(china)).contains("    countries: [CN]");

        Run imported = Cli.run(env, "import", japan.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Run refused = Cli.run(env, "import", china.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.DATA_ERR);
        assertThat(refused.err()).contains("gender");
        Run due = Cli.run(env, "inquiry", "due", "--as-of", "2020-11-01");
        assertThat(due.out()).contains("17/4509  2020-11-04  3 days  eingegangen");

        // the drafts are staff's work now: a second run does not overwrite them
        Run again = Cli.run(env, "inquiry", "new", japanPdf().toString(), "-o", drafts.toString());
        assertThat(again.code()).isEqualTo(ExitCode.CANT_CREATE);
        assertThat(again.err()).contains("exists already");
    }

    @Test
    void anInputWithoutInquiryExits65AndWritesNothing() throws Exception {
        Map<String, String> env = env();
        Path menu = temp.resolve("menu.txt");
        Files.writeString(menu, "Speiseplan\n\nMontag: Eintopf\n", StandardCharsets.UTF_8);
        Path drafts = temp.resolve("drafts");

        Run run = Cli.run(env, "inquiry", "new", japanPdf().toString(), menu.toString(), "-o", drafts.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA_ERR);
        assertThat(run.err()).startsWith("coop: " + menu + ": no inquiry recognisable: no \"Kleine Anfrage NUMBER\"");
        assertThat(drafts).doesNotExist();
        Run missing = Cli.run(env, "inquiry", "new", temp.resolve("nope.pdf").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.NO_INPUT);
        Run noModel = Cli.run(env, "inquiry", "new", japanPdf().toString(), "--like", "17/1", "-o", drafts.toString());
        assertThat(noModel.code()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(List.of(run.out(), noModel.out())).allMatch(String::isEmpty);
    }
}
