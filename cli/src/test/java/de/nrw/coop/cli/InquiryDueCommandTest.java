package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.nrw.coop.cli.Cli.Run;
import de.nrw.coop.storage.StoreConfig;
import de.nrw.coop.storage.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code coop inquiry due} and the due dates of {@code coop inquiry list}, on H2 and PostgreSQL. */
class InquiryDueCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    enum Store { H2_FILE, POSTGRES }

    /** The demo (17/4514, published) and draft 17/4506 received 8 October 2020, due 5 November 2020. */
    private Map<String, String> env(Store store) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put(CoopCommand.ENV_HOME, temp.resolve("home").toString());
        if (store == Store.POSTGRES) {
            StoreConfig config = TestStores.postgresConfig();
            env.put(CoopCommand.ENV_URL, config.url());
            env.put(CoopCommand.ENV_USER, config.user());
        }
        assertThat(Cli.run(env, "demo", "-o", temp.resolve("out").toString()).code()).isZero();
        Path yaml = temp.resolve("ka-4506.yaml");
        Files.writeString(yaml, InquiryStatusCommandTest.DRAFT_YAML.replace("Südkorea", "Südkorea, \"Korea\""),
                StandardCharsets.UTF_8);
        Run imported = Cli.run(env, "import", yaml.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        return env;
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void textListsDaysLeftStatusAndLeadAndNothingWhenNothingIsDue(Store store) throws Exception {
        Map<String, String> env = env(store);

        // today: the demo's open inquiry 17/4720 (due 30 December 2020) is long overdue
        Run demo = Cli.run(env, "inquiry", "due", "--within", "3650");
        assertThat(demo.out()).contains("17/4720  2020-12-30").contains(" overdue  eingegangen");

        Run early = Cli.run(env, "inquiry", "due", "--as-of", "2020-10-09");
        assertThat(early.code()).isZero();
        assertThat(early.out()).isEmpty();
        assertThat(early.err()).isEmpty();

        Run soon = Cli.run(env, "inquiry", "due", "--as-of", "2020-11-02");
        assertThat(soon.code()).as(soon.err()).isZero();
        assertThat(soon.out()).isEqualTo(
                "id       due         left    status       lead  internal  title" + NL
                + "17/4506  2020-11-05  3 days  eingegangen                  Projekte und Partnerschaften zwischen"
                + " Nordrhein-Westfalen und Südkorea, \"Korea\"" + NL);

        assertThat(Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--department", "MBEI-17",
                "--department", "IM-17", "--deadline", "2020-10-20").code()).isZero();
        // the internal deadline brings it into a window its due date is not in yet
        Run internal = Cli.run(env, "inquiry", "due", "--as-of", "2020-10-14", "--within", "7");
        assertThat(internal.out().lines().toList()).hasSize(2).last().asString()
                .startsWith("17/4506  2020-11-05  22 days  zugewiesen  MBEI-17  2020-10-20  Projekte");
        Run overdue = Cli.run(env, "inquiry", "due", "--as-of", "2020-11-10", "--within", "0");
        assertThat(overdue.out()).contains("17/4506  2020-11-05  5 days overdue  zugewiesen  MBEI-17");

        // sent: no longer due
        assertThat(Cli.run(env, "inquiry", "status", "17/4506", "versandt").code()).isZero();
        assertThat(Cli.run(env, "inquiry", "due", "--as-of", "2020-11-10").out()).isEmpty();

        Run list = Cli.run(env, "inquiry", "list");
        assertThat(list.out()).isEqualTo(
                "17/4506  versandt        due 2020-11-05  Projekte und Partnerschaften zwischen Nordrhein-Westfalen"
                + " und Südkorea, \"Korea\"" + NL
                + "17/4514  veröffentlicht  due 2020-11-03  Projekte und Partnerschaften zwischen Nordrhein-Westfalen"
                + " und Südkorea" + NL
                + "17/4720  eingegangen     due 2020-12-30  Besuche und Delegationen zwischen Nordrhein-Westfalen und"
                + " Südkorea seit 2017" + NL);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void csvAndJsonCarryEveryColumn(Store store) throws Exception {
        Map<String, String> env = env(store);
        assertThat(Cli.run(env, "inquiry", "status", "17/4506", "zugewiesen", "--department", "MBEI-17",
                "--department", "IM-17", "--department", "JM-17", "--deadline", "2020-10-20").code()).isZero();

        Run csv = Cli.run(env, "inquiry", "due", "--as-of", "2020-11-02", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("id,kind,title,received,due,days_left,internal_deadline,status,"
                + "lead_department,contributing_departments\r\n"
                + "17/4506,Kleine Anfrage,\"Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea,"
                + " \"\"Korea\"\"\",2020-10-08,2020-11-05,3,2020-10-20,zugewiesen,MBEI-17,IM-17 JM-17\r\n");

        Run json = Cli.run(env, "inquiry", "due", "--as-of", "2020-11-10", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        List<Map<String, Object>> items = parse(json.out());
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).containsEntry("id", "17/4506").containsEntry("kind", "Kleine Anfrage")
                .containsEntry("title", "Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea,"
                        + " \"Korea\"")
                .containsEntry("received", "2020-10-08").containsEntry("due", "2020-11-05")
                .containsEntry("days_left", -5L).containsEntry("internal_deadline", "2020-10-20")
                .containsEntry("status", "zugewiesen").containsEntry("lead_department", "MBEI-17")
                .containsEntry("contributing_departments", List.of("IM-17", "JM-17"));
        assertThat(item.keySet()).containsExactlyElementsOf(InquiryDueCommand.COLUMNS);

        Run nothing = Cli.run(env, "inquiry", "due", "--as-of", "2020-10-09", "--format", "json");
        assertThat(nothing.out()).isEmpty();
        Run badFormat = Cli.run(env, "inquiry", "due", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(ExitCode.USAGE);
        Run negative = Cli.run(env, "inquiry", "due", "--within", "-1");
        assertThat(negative.code()).isEqualTo(ExitCode.USAGE);
    }

    /** A JSON array of flat objects; numbers as Long, arrays of strings as lists, null as null. */
    private static List<Map<String, Object>> parse(String json) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> item = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_ARRAY) {
                        List<String> list = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            list.add(p.getText());
                        }
                        item.put(name, list);
                    } else if (value == JsonToken.VALUE_NUMBER_INT) {
                        item.put(name, p.getLongValue());
                    } else {
                        item.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
                    }
                }
                items.add(item);
            }
            assertThat(p.nextToken()).isNull();
        }
        return items;
    }
}
