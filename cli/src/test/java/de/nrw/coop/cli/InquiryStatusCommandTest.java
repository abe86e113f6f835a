package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code coop inquiry status} and {@code coop inquiry history} end to end, on H2 and PostgreSQL. */
class InquiryStatusCommandTest {

    static final String DRAFT_YAML = """
            inquiries:
              - id: 17/4506
                drucksache: 17/11300
                asked: 2020-10-06
                received: 2020-10-08
                requesters:
                  - name: Anna Beispiel
                    gender: female
                    group: BÜNDNIS 90/DIE GRÜNEN
                title: Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea
                countries: [KR]
                minister: Der Minister für Bundes- und Europaangelegenheiten sowie Internationales
                questions:
                  - text: Welche Projekte gibt es?
            """;

    @TempDir
    Path temp;

    enum Store { H2_FILE, POSTGRES }

    private Map<String, String> env(Store store) {
        Map<String, String> env = new HashMap<>();
        env.put(CoopCommand.ENV_HOME, temp.resolve("home").toString());
        if (store == Store.POSTGRES) {
            StoreConfig config = TestStores.postgresConfig();
            env.put(CoopCommand.ENV_URL, config.url());
            env.put(CoopCommand.ENV_USER, config.user());
        }
        return env;
    }

    private Map<String, String> withDraft(Store store) throws Exception {
        Map<String, String> env = env(store);
        assertThat(Cli.run(env, "demo", "-o", temp.resolve("out").toString()).code()).isZero();
        Path yaml = temp.resolve("ka-4506.yaml");
        Files.writeString(yaml, DRAFT_YAML, StandardCharsets.UTF_8);
        Run imported = Cli.run(env, "import", yaml.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        return env;
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void stepsAreRecordedAndTheHistoryPrintsThemInOrder(Store store) throws Exception {
        Map<String, String> env = withDraft(store);

        Run assign = Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--department", "MBEI-17",
                "--department", "IM-17", "--deadline", "2020-10-27", "--user", "alice");
        assertThat(assign.code()).as(assign.err()).isZero();
        assertThat(assign.out()).startsWith("17/4506  zugewiesen  MBEI-17 (lead), IM-17  internal deadline 2020-10-27"
                + "  (recorded ").endsWith(" by alice)" + System.lineSeparator());
        Run draft = Cli.run(env, "inquiry", "status", "17/4506", "Entwurf", "--user", "bob");
        assertThat(draft.code()).as(draft.err()).isZero();
        Run back = Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--user", "bob");
        assertThat(back.code()).isEqualTo(ExitCode.USAGE);
        assertThat(back.err()).isEqualTo("coop: inquiry 17/4506 goes back from Entwurf to zugewiesen: say why with"
                + " --note TEXT" + System.lineSeparator());
        Run backWithNote = Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--note", "Federführung MWIDE?",
                "--user", "bob");
        assertThat(backWithNote.code()).as(backWithNote.err()).isZero();

        Run history = Cli.run(env, "inquiry", "history", "17/4506");
        assertThat(history.code()).as(history.err()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("#\\s+recorded\\s+user\\s+status\\s+departments\\s+deadline\\s+note");
        assertThat(lines.get(1)).matches("1  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\S+\\s+eingegangen\\s+"
                + "imported from .*ka-4506.yaml");
        assertThat(lines.get(2)).matches("2  .*  alice\\s+zugewiesen\\s+MBEI-17 \\(lead\\), IM-17  2020-10-27");
        assertThat(lines.get(3)).matches("3  .*  bob\\s+Entwurf\\s+MBEI-17 \\(lead\\), IM-17  2020-10-27");
        assertThat(lines.get(4)).matches("4  .*  bob\\s+zugewiesen\\s+MBEI-17 \\(lead\\), IM-17  2020-10-27"
                + "  Federführung MWIDE\\?");

        // re-importing the YAML changes neither status nor history
        Run again = Cli.run(env, "import", temp.resolve("ka-4506.yaml").toString());
        assertThat(again.code()).isZero();
        assertThat(Cli.run(env, "inquiry", "history", "17/4506").out()).isEqualTo(history.out());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void wrongStepsAreUsageErrorsAndUnknownInquiriesMissingInput(Store store) throws Exception {
        Map<String, String> env = withDraft(store);

        Run unknownState = Cli.run(env, "inquiry", "status", "17/4506", "fertig");
        assertThat(unknownState.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownState.err()).contains("'fertig' is not an inquiry status; expected one of eingegangen,"
                + " zugewiesen, entwurf, mitzeichnung, schlusszeichnung, versandt, veroeffentlicht");
        Run noLead = Cli.run(env, "inquiry", "status", "17/4506", "mitzeichnung");
        assertThat(noLead.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noLead.err()).contains("has no lead department yet");
        Run unknownDepartment = Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--department", "XY");
        assertThat(unknownDepartment.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownDepartment.err()).contains("unknown department 'XY'");
        Run badDate = Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--department", "IM-17",
                "--deadline", "27.10.2020");
        assertThat(badDate.code()).isEqualTo(ExitCode.USAGE);
        Run missing = Cli.run(env, "inquiry", "history", "17/9999");
        assertThat(missing.code()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).startsWith("coop: no inquiry 17/9999 in the store");
        Run missingStatus = Cli.run(env, "inquiry", "status", "17/9999", "zugewiesen", "--department", "IM-17");
        assertThat(missingStatus.code()).isEqualTo(ExitCode.NO_INPUT);
        // the demo's answered inquiry is published
        Run published = Cli.run(env, "inquiry", "history", "17/4514");
        assertThat(published.out().lines().toList().get(1)).contains("veröffentlicht");
        assertThat(Cli.run(env, "inquiry", "history", "17/4506").out().lines()).hasSize(2);
    }
}
