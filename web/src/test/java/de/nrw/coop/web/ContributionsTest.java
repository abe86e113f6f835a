package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.testing.Backend;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionsTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theInquiryPageShowsPerDepartmentWhenAskedWhenDueWhetherReturnedAndTheReturnedText(Backend backend) {
        try (Running portal = Running.local(backend).contributions()) {
            HttpResponse<String> page = portal.get("/anfragen/17/4999");

            assertThat(page.statusCode()).isEqualTo(200);
            String html = page.body();
            String section = html.substring(html.indexOf("<h2 id=\"beitraege\">"), html.indexOf("<h2 id=\"fragen\">"));
            assertThat(section).contains(
                    "<caption>Ressortabfrage: angeforderte Beiträge je Frage und Ressort, mit Frist und Stand</caption>",
                    "<th scope=\"col\">Ressort</th>", "<th scope=\"col\">Stand</th>");
            // overdue is said in words (not by colour alone), counted from the portal's day, 25.11.2020
            assertThat(section).contains("<tr><th scope=\"row\">Frage 1</th><td><abbr title=\"Ministerium des Innern\">IM</abbr></td>"
                    + "<td>05.11.2020 10:30</td><td>12.11.2020</td><td><strong class=\"badge\">fehlt, seit 13 Tagen überfällig</strong></td></tr>");
            assertThat(section).containsPattern("<tr><th scope=\"row\">Frage 1</th><td><abbr title=\"[^\"]+\">JM</abbr></td>"
                    + "<td>05.11.2020 10:30</td><td>12.11.2020</td><td>eingegangen am 10.11.2020 15:15</td></tr>");
            assertThat(section).containsPattern("<tr><th scope=\"row\">Frage 2</th><td><abbr title=\"[^\"]+\">MBEI</abbr></td>"
                    + "<td>05.11.2020 10:30</td><td>01.12.2020</td><td>ausstehend, noch 6 Tage</td></tr>");
            // question order: both rows of question 1 before question 2
            assertThat(section.indexOf(">IM<")).isLessThan(section.indexOf(">MBEI<"));
            assertThat(section.indexOf(">JM<")).isLessThan(section.indexOf(">MBEI<"));
            // the returned text, paragraph by paragraph, the footnote inline, quotes escaped once
            assertThat(section).containsPattern("<h3>Frage 1: Beitrag JM \\([^)]+\\)</h3>")
                    .contains("<p>Im Januar 2019 besuchten drei Richter „des Obersten Gerichts“ das JM."
                            + " [Fußnote: Quelle: JM, Referat III 4.]</p>", "<p>Weitere Besuche sind nicht bekannt.</p>")
                    .doesNotContain("Beitrag IM", "Beitrag MBEI");
            // the request and the contribution are in the history with the user who recorded them
            assertThat(html).contains("<td>anna</td>", "Ressortabfrage an IM, JM, MBEI", "Beitrag JM eingegangen");
        }
    }

    @Test
    void anInquiryWithoutRequestsSaysSo() {
        try (Running portal = Running.local(Backend.H2)) {
            String html = portal.get("/anfragen/17/4514").body();
            assertThat(html).contains("<h2 id=\"beitraege\">Beiträge der Ressorts</h2>",
                    "Für diese Anfrage wurden keine Beiträge bei den Ressorts angefordert.")
                    .doesNotContain("Ressortabfrage: angeforderte");
        }
    }
}
