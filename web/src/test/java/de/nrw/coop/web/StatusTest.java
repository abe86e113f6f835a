package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.testing.Backend;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void staffRecordTheNextStepWhichTheHistoryKeepsWithTheirName(Backend backend) throws IOException {
        try (Running portal = Running.start(backend, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of()))) {
            portal.as("anna", "Geheim-123");
            String page = portal.get("/anfragen/17/4999").body();
            assertThat(page).contains("Nächsten Schritt erfassen", "action=\"/anfragen/17/4999/status\"",
                    "<label for=\"interne_frist\">Interne Frist</label>");

            HttpResponse<String> step = portal.postForm("/anfragen/17/4999/status", "_csrf=" + portal.csrf()
                    + "&status=zugewiesen&federfuehrung=JM-17&mitzeichnung=IM-17&interne_frist=2020-11-30"
                    + "&notiz=" + Running.encode("Bitte bis Montag zuarbeiten „dringend“"));

            assertThat(step.statusCode()).isEqualTo(303);
            assertThat(step.headers().firstValue("Location")).hasValue("/anfragen/17/4999");
            StatusChange last = portal.store.status(new InquiryId(17, 4999)).orElseThrow();
            assertThat(last.status()).isEqualTo(InquiryStatus.ZUGEWIESEN);
            assertThat(last.user()).isEqualTo("anna");
            assertThat(last.departments()).containsExactly("JM-17", "IM-17");
            assertThat(last.internalDeadline()).isEqualTo(LocalDate.of(2020, 11, 30));
            assertThat(last.note()).isEqualTo("Bitte bis Montag zuarbeiten „dringend“");
            String after = portal.get("/anfragen/17/4999").body();
            assertThat(after).contains("<td>anna</td><td>zugewiesen</td><td>JM, IM</td><td>30.11.2020</td>",
                    "Federführung</dt><dd>JM", "Interne Frist</dt><dd>30.11.2020");
            assertThat(portal.get("/").body()).contains("<td>zugewiesen</td>\n<td>JM</td>");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStepTheRulesRefuseAnswers400AndReadersMayNotRecordAny(Backend backend) throws IOException {
        try (Running portal = Running.start(backend, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of()))) {
            portal.as("anna", "Geheim-123");
            int before = portal.store.history(new InquiryId(17, 4999)).size();
            HttpResponse<String> published = portal.postForm("/anfragen/17/4999/status", "_csrf=" + portal.csrf()
                    + "&status=veroeffentlicht&federfuehrung=JM-17");
            assertThat(published.statusCode()).isEqualTo(400);
            assertThat(published.body()).contains("Dieser Schritt ist nicht möglich");
            HttpResponse<String> badDate = portal.postForm("/anfragen/17/4999/status", "_csrf=" + portal.csrf()
                    + "&status=zugewiesen&federfuehrung=JM-17&interne_frist=morgen");
            assertThat(badDate.statusCode()).isEqualTo(400);
            assertThat(badDate.body()).contains("„Interne Frist“ ist kein Datum");

            portal.as("carla", "lesen");
            HttpResponse<String> reader = portal.postForm("/anfragen/17/4999/status", "_csrf=" + portal.csrf()
                    + "&status=zugewiesen&federfuehrung=JM-17");
            assertThat(reader.statusCode()).isEqualTo(403);
            assertThat(portal.store.history(new InquiryId(17, 4999))).hasSize(before);
        }
    }
}
