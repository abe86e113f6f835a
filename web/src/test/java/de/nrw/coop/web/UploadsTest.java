package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UploadsTest {
    @TempDir
    Path dir;

    private Running staff(Backend backend) throws IOException {
        return Running.start(backend, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of())).as("anna", "Geheim-123");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUploadWithErrorsListsThemWithFileLineAndFieldAndLeavesTheStoreUnchanged(Backend backend) throws IOException {
        try (Running portal = staff(backend)) {
            Snapshot before = Snapshot.of(portal.store);

            HttpResponse<String> checked = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("broken.yaml", Running.bytes(Running.BROKEN)));

            assertThat(checked.statusCode()).isEqualTo(422);
            String html = checked.body();
            assertThat(html).contains("Fehler in den Daten", "der Datenbestand ist unverändert",
                    "<td>broken.yaml</td><td>Zeile 5, Spalte 11</td><td><code>activities[0].date</code></td><td>'2020-13' is not a valid date",
                    "<td>broken.yaml</td><td>Zeile 6, Spalte 14</td><td><code>activities[0].country</code></td>"
                            + "<td>activity 'xx-2020-visit' refers to country 'XX'")
                    .doesNotContain("Jetzt importieren", "name=\"inhalt\"");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aValidUploadIsImportedOnlyOnConfirmationAndRecordedWithItsUser(Backend backend) throws IOException {
        try (Running portal = staff(backend)) {
            String yaml = new String(Running.bytes(Running.DRAFT), StandardCharsets.UTF_8)
                    .replace("17/4999", "17/5001").replace("17/11999", "17/12001");
            Snapshot before = Snapshot.of(portal.store);

            HttpResponse<String> checked = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("Anfrage 17-5001 (Entwurf).yaml", yaml.getBytes(StandardCharsets.UTF_8)));

            assertThat(checked.statusCode()).isEqualTo(200);
            assertThat(checked.body()).contains("Prüfung bestanden", "Noch ist nichts importiert",
                    "<th scope=\"row\">inquiries</th><td>1</td><td>0</td>", "Jetzt importieren");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);

            List<String> names = Running.hidden(checked.body(), "name");
            List<String> digests = Running.hidden(checked.body(), "sha256");
            List<String> contents = Running.hidden(checked.body(), "inhalt");
            assertThat(names).containsExactly("Anfrage 17-5001 (Entwurf).yaml");

            HttpResponse<String> imported = portal.post("/daten/importieren", Map.of("_csrf", List.of(portal.csrf()),
                    "name", names, "sha256", digests, "inhalt", contents), Map.of());

            assertThat(imported.statusCode()).isEqualTo(200);
            ImportRecord last = portal.store.imports().get(portal.store.imports().size() - 1);
            // the check took no number: the import follows the one of the setup without a gap
            assertThat(portal.store.imports()).hasSize(2);
            assertThat(last.id()).isEqualTo(portal.store.imports().get(0).id() + 1);
            assertThat(imported.body()).contains("Import Nr. " + last.id() + " durch anna ist gespeichert.");
            assertThat(last.user()).isEqualTo("anna");
            assertThat(last.files()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo("Anfrage 17-5001 (Entwurf).yaml");
                assertThat(f.sha256()).isEqualTo(digests.get(0));
            });
            assertThat(portal.get("/").body()).contains("/anfragen/17/5001");
            assertThat(portal.get("/daten").body()).containsPattern(
                    "<tr><td>\\d+</td><td>\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d</td><td>anna</td><td>Anfrage 17-5001 \\(Entwurf\\)\\.yaml</td></tr>");
        }
    }

    @Test
    void aConfirmationWhoseFileWasChangedIsRefused() throws IOException {
        try (Running portal = staff(Backend.H2)) {
            HttpResponse<String> checked = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("a.yaml", Running.bytes(Running.DRAFT)));
            List<String> digests = Running.hidden(checked.body(), "sha256");
            String other = java.util.Base64.getEncoder().encodeToString(Running.bytes(Running.BROKEN));
            Snapshot before = Snapshot.of(portal.store);

            HttpResponse<String> r = portal.post("/daten/importieren", Map.of("_csrf", List.of(portal.csrf()),
                    "name", List.of("a.yaml"), "sha256", digests, "inhalt", List.of(other)), Map.of());

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("ist nicht die geprüfte Datei");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
        }
    }

    @Test
    void onlyYamlAndXlsxFilesAreAcceptedAndAnEmptyChoiceIsExplained() throws IOException {
        try (Running portal = staff(Backend.H2)) {
            HttpResponse<String> pdf = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("antwort.pdf", new byte[] {'%', 'P', 'D', 'F'}));
            assertThat(pdf.statusCode()).isEqualTo(400);
            assertThat(pdf.body()).contains("„antwort.pdf“ ist weder ein Datensatz im YAML-Format");
            HttpResponse<String> none = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())), Map.of());
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("mindestens eine Datei");
        }
    }
}
