package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store commands end to end, on an H2 file store (the default kind) and on real PostgreSQL. */
class StoreCommandsTest {

    private static final String NL = System.lineSeparator();
    private static final String DEMO_LINE = "17/4514  Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea";

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

    private static Run run(Map<String, String> env, String... args) {
        return Cli.run(env, args);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void demoTwiceLeavesOneInquiryAndNoDuplicates(Store store) {
        Map<String, String> env = env(store);
        Run first = run(env, "demo", "-o", temp.resolve("out").toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Added").contains("inquiries: 1");
        Run second = run(env, "demo", "-o", temp.resolve("out").toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Added nothing. Changed nothing.");
        Run list = run(env, "inquiry", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).isEqualTo(DEMO_LINE + NL);
        if (store == Store.H2_FILE) {
            assertThat(temp.resolve("home/coop.mv.db")).isRegularFile();
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void brokenDatasetExits65WithFileLineAndFieldAndChangesNothing(Store store) throws Exception {
        Map<String, String> env = env(store);
        assertThat(run(env, "demo", "-o", temp.resolve("out").toString()).code()).isZero();
        Path good = temp.resolve("good.yaml");
        Files.writeString(good, String.join("\n",
                "countries:",
                "  - code: JP",
                "    name: Japan",
                "    region: Asien",
                ""), StandardCharsets.UTF_8);
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "activities:",
                "  - key: jp-2019-besuch",
                "    kind: visit",
                "    date: 2019-13-01",
                "    country: JP",
                "    direction: to-nrw",
                "    partners: [unbekannter-partner]",
                "    purpse: Austausch",
                ""), StandardCharsets.UTF_8);

        Run run = run(env, "import", good.toString(), bad.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA_ERR);
        assertThat(run.out()).isEmpty();
        List<String> lines = new ArrayList<>(List.of(run.err().split("\\R")));
        assertThat(lines.get(0)).startsWith("coop: ").contains("nothing was imported");
        assertThat(run.err())
                .contains(bad + ":4:11: activities[0].date: '2019-13-01' is not a valid date")
                .contains(bad + ":8:5: activities[0].purpse: unknown field 'purpse'; did you mean 'purpose'?")
                .contains("unbekannter-partner")
                .doesNotContain("\tat ");
        // all-or-nothing: the good file's country did not land either
        Run tables = run(env, "inquiry", "list");
        assertThat(tables.out()).isEqualTo(DEMO_LINE + NL);
        assertThat(run(env, "import", good.toString()).out()).contains("Added countries: 1.");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aCharacterNoFontPrintsExits65NamingItAndChangesNothing(Store store) throws Exception {
        Map<String, String> env = env(store);
        assertThat(run(env, "demo", "-o", temp.resolve("out").toString()).code()).isZero();
        Path bad = temp.resolve("kairo.yaml");
        Files.writeString(bad, String.join("\n",
                "countries:",
                "  - code: EG",
                "    name: Ägypten",
                "partners:",
                "  - key: kairo",
                "    name: Universität Kairo",
                "    nativeName: \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
                "    country: EG",
                "    level: staatlich",
                "    kind: university",
                ""), StandardCharsets.UTF_8);

        Run run = run(env, "import", bad.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA_ERR).isEqualTo(65);
        assertThat(run.err()).contains(bad + ":7:17: partners[0].nativeName: U+0627 ARABIC LETTER ALEF (script ARABIC)"
                + " cannot be printed").doesNotContain("\tat ");
        assertThat(run(env, "inquiry", "list").out()).isEqualTo(DEMO_LINE + NL);
        assertThat(run(env, "import", bad.toString()).code()).isEqualTo(65);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void emptyStoreSaysHowToFillIt(Store store) {
        Run run = run(env(store), "inquiry", "list");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("No inquiries stored").contains("coop demo");
    }
}
