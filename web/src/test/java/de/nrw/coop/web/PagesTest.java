package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.testing.Backend;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PagesTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theStartPageListsOpenInquiriesWithTheirDueDateAndMarksTheOverdueOne(Backend backend) {
        try (Running portal = Running.local(backend)) {
            HttpResponse<String> page = portal.get("/");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            String html = page.body();
            assertThat(html).contains("<html lang=\"de\">", "Offene Anfragen", "Beantwortete Anfragen");
            String open = html.substring(html.indexOf("Offene Anfragen"), html.indexOf("Beantwortete Anfragen"));
            assertThat(open).contains("href=\"/anfragen/17/4999\"", "Kleine Anfrage", "<td>eingegangen</td>",
                    "19.11.2020", "seit 6 Tagen überfällig", "22.10.2020", "class=\"overdue\"").doesNotContain("17/4514");
            String answered = html.substring(html.indexOf("Beantwortete Anfragen"));
            assertThat(answered).contains("href=\"/anfragen/17/4514\"", "<td>veröffentlicht</td>")
                    .doesNotContain("17/4999");
            assertThat(html).contains("Ohne Anmeldung");
        }
    }

    @Test
    void theListsSortByTheChosenColumnAndRefuseAnUnknownOne() {
        try (Running portal = Running.local(Backend.H2)) {
            store(portal);
            String byNumber = portal.get("/?sortierung=nummer").body();
            String open = byNumber.substring(byNumber.indexOf("Offene Anfragen"), byNumber.indexOf("Beantwortete"));
            assertThat(open.indexOf("17/4998")).isPositive().isLessThan(open.indexOf("17/4999"));
            assertThat(open).contains("aria-sort=\"ascending\"><a href=\"/?sortierung=nummer\"");

            String byDue = portal.get("/?sortierung=frist").body();
            String openByDue = byDue.substring(byDue.indexOf("Offene Anfragen"), byDue.indexOf("Beantwortete"));
            // 17/4999 is due 19.11.2020, 17/4998 (received 20.11.2020) on 18.12.2020
            assertThat(openByDue.indexOf("17/4999")).isLessThan(openByDue.indexOf("17/4998"));
            assertThat(openByDue).contains("18.12.2020", "noch 23 Tage");

            HttpResponse<String> bad = portal.get("/?sortierung=farbe");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("Unbekannte Sortierung 'farbe'");
        }
    }

    /** Adds a second draft, received later, not yet due. */
    private static void store(Running portal) {
        String yaml = new String(Running.bytes(Running.DRAFT), java.nio.charset.StandardCharsets.UTF_8)
                .replace("17/4999", "17/4998").replace("17/11999", "17/11998")
                .replace("asked: 2020-10-20", "asked: 2020-11-18").replace("received: 2020-10-22", "received: 2020-11-20")
                .replace("Südkorea seit 2019", "Japan");
        portal.store.importFiles(java.util.List.of(new de.nrw.coop.storage.dataset.DatasetSource("second.yaml",
                () -> new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anInquiryPageShowsItsMetadataQuestionsAndDownloads(Backend backend) {
        try (Running portal = Running.local(backend)) {
            HttpResponse<String> page = portal.get("/anfragen/17/4514");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Anfrage 17/4514: Projekte und Partnerschaften zwischen"
                    + " Nordrhein-Westfalen und Südkorea</h1>", "Sven Werner Tritschler (AfD)", "06.10.2020",
                    "Drucksache der Antwort</dt><dd>17/11754", "Südkorea", "2017 bis 2020",
                    "href=\"/anfragen/17/4514/antwort.pdf\"", "href=\"/anfragen/17/4514/antwort.docx\"",
                    "Welche Erfolge hat die Wirtschaftsförderung NRW.INVEST bisher hervorgebracht?",
                    "Ostasien.[1]", "„Südkorea ist für Nordrhein-Westfalen");
            String draft = portal.get("/anfragen/17/4999").body();
            assertThat(draft).contains("Frist</dt><dd>19.11.2020 (seit 6 Tagen überfällig)", "Noch keine Antwort.",
                    "Erika Mustermann (GRÜNE)", "<h2 id=\"verlauf\">Verlauf</h2>", "<td>eingegangen</td>")
                    // readers see the history but not the form for the next step
                    .doesNotContain("Nächsten Schritt erfassen");
        }
    }

    @Test
    void anUnknownOrMalformedInquiryIsRefusedWithTheReason() {
        try (Running portal = Running.local(Backend.H2)) {
            HttpResponse<String> unknown = portal.get("/anfragen/17/1");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("Die Anfrage 17/1 ist nicht gespeichert.");
            HttpResponse<String> malformed = portal.get("/anfragen/17/abc");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("'17/abc' ist keine Nummer einer Anfrage");
            HttpResponse<String> nowhere = portal.get("/gibt-es-nicht");
            assertThat(nowhere.statusCode()).isEqualTo(404);
            assertThat(nowhere.body()).contains("<html lang=\"de\">", "Diese Seite gibt es im Portal nicht.");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsIncluded() {
        try (Running portal = Running.local(Backend.H2)) {
            for (String path : new String[] {"/", "/gibt-es-nicht", "/anfragen/17/abc", "/static/coop.css",
                "/tabellen/arbeitsmappe?land=XX"}) {
                HttpResponse<String> r = portal.get(path);
                assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'",
                                "frame-ancestors 'none'", "style-src 'self'").doesNotContain("script-src", "unsafe"));
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            }
            HttpResponse<String> css = portal.get("/static/coop.css");
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
            assertThat(css.body()).contains(":focus-visible");
            // no page loads anything from elsewhere, and none carries script
            String start = portal.get("/").body();
            assertThat(start).doesNotContain("<script", "http://", "https://", "style=\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theReportsPageListsTheYearsWithData(Backend backend) {
        try (Running portal = Running.local(backend)) {
            String html = portal.get("/berichte").body();
            assertThat(html).contains("href=\"/berichte/2019/pdf\"", "kooperationsbericht-2019.xlsx",
                    "href=\"/berichte/2017/xlsx\"");
            assertThat(html.indexOf("2019/pdf")).isLessThan(html.indexOf("2017/pdf"));
            assertThat(portal.get("/berichte/1990/pdf").statusCode()).isEqualTo(404);
            assertThat(portal.get("/berichte/neunzehn/pdf").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void theTablesFormOffersTheStoresCountriesAndDepartments() {
        try (Running portal = Running.local(Backend.H2)) {
            String html = portal.get("/tabellen").body();
            assertThat(html).contains("<legend>Länder</legend>", "value=\"KR\"", "Südkorea (KR)",
                    "<label for=\"von\">Von (Jahr)</label>", "action=\"/tabellen/arbeitsmappe\"", "value=\"JM\"");
        }
    }
}
