package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.testing.Backend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DownloadsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theAnswerPdfIsTheCommandLinesAnswerWithItsTextInOrder(Backend backend) throws IOException {
        try (Running portal = Running.local(backend)) {
            HttpResponse<byte[]> pdf = portal.download("/anfragen/17/4514/antwort.pdf");

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue(
                    "attachment; filename=\"Antwort 17-4514.pdf\"; filename*=UTF-8''Antwort%2017-4514.pdf");
            assertThat(pdf.headers().firstValueAsLong("Content-Length")).hasValue(pdf.body().length);
            String text = text(pdf.body());
            assertThat(text).contains("Antwort", "Südkorea", "NRW.INVEST");
            assertThat(text.indexOf("Welche Projekte unterstützt")).isPositive()
                    .isLessThan(text.indexOf("Welche Erfolge hat die Wirtschaftsförderung"));
        }
    }

    @Test
    void theWordDraftOpensInPoiWithTheQuestions() throws IOException {
        try (Running portal = Running.local(Backend.H2)) {
            HttpResponse<byte[]> docx = portal.download("/anfragen/17/4999/antwort.docx");

            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(docx.headers().firstValue("Content-Type"))
                    .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                assertThat(words.getText()).contains("Welche Besuche aus Südkorea gab es seit 2019?",
                        "Welche Projekte werden gefördert?");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theTablesWorkbookOfTheFormsChoiceReopensInPoi(Backend backend) throws IOException {
        try (Running portal = Running.local(backend)) {
            HttpResponse<byte[]> xlsx = portal.download("/tabellen/arbeitsmappe?land=KR&ressort=JM&von=2017&bis=2020");

            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
            // the umlaut and the dash travel as UTF-8 (RFC 5987), with an ASCII name for old clients
            assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValue("attachment;"
                    + " filename=\"Tabellen Suedkorea 2017-2020.xlsx\";"
                    + " filename*=UTF-8''Tabellen%20S%C3%BCdkorea%202017%E2%80%932020.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                List<String> sheets = new ArrayList<>();
                book.forEach(s -> sheets.add(s.getSheetName()));
                assertThat(sheets).contains("Übersicht", "Aktivitäten", "Projekte");
                Sheet activities = book.getSheet("Aktivitäten");
                List<String> cells = new ArrayList<>();
                activities.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
                // the JM's visits of Korean judges, and nothing of other departments or countries
                assertThat(String.join("|", cells)).contains("Obersten Gericht").doesNotContain("Japan");
            }
        }
    }

    @Test
    void badChoicesAnswer400WithTheReasonOnTheFormAndNoTrace() {
        try (Running portal = Running.local(Backend.H2)) {
            HttpResponse<String> unknown = portal.get("/tabellen/arbeitsmappe?land=XX");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(unknown.body()).contains("Die Auswahl ist ungültig", "unknown country 'XX'",
                    "KR (Südkorea)", "<legend>Länder</legend>");

            HttpResponse<String> inverted = portal.get("/tabellen/arbeitsmappe?land=KR&von=2020&bis=2017");
            assertThat(inverted.statusCode()).isEqualTo(400);
            assertThat(inverted.body()).contains("Der Zeitraum ist verkehrt herum: 2020 liegt nach 2017.",
                    "value=\"2020\"", "value=\"KR\" checked");

            HttpResponse<String> notAYear = portal.get("/tabellen/arbeitsmappe?von=zwanzig");
            assertThat(notAYear.statusCode()).isEqualTo(400);
            assertThat(notAYear.body()).contains("„Von“ muss eine Jahreszahl sein, nicht 'zwanzig'.");
            for (HttpResponse<String> r : List.of(unknown, inverted, notAYear)) {
                assertThat(r.body()).doesNotContain("Exception", "at de.nrw", "at io.javalin");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theYearlyReportIsBuiltOnDemandAsPdfAndWorkbook(Backend backend) throws IOException {
        try (Running portal = Running.local(backend)) {
            HttpResponse<byte[]> pdf = portal.download("/berichte/2019/pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).contains("filename=\"kooperationsbericht-2019.pdf\""));
            assertThat(text(pdf.body())).contains("2019", "Südkorea");

            HttpResponse<byte[]> xlsx = portal.download("/berichte/2019/xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(book.getNumberOfSheets()).isGreaterThan(1);
            }
        }
    }

    @Test
    void noTemporaryFileOutlivesARequestNotEvenAFailedOne() throws IOException {
        try (Running portal = Running.local(Backend.H2)) {
            List<Path> before = temporaryFolders();
            assertThat(portal.download("/anfragen/17/4514/antwort.pdf").statusCode()).isEqualTo(200);
            assertThat(portal.download("/tabellen/arbeitsmappe").statusCode()).isEqualTo(200);
            assertThat(portal.download("/berichte/2019/xlsx").statusCode()).isEqualTo(200);
            assertThat(portal.download("/tabellen/arbeitsmappe?land=XX").statusCode()).isEqualTo(400);
            assertThat(temporaryFolders()).isEqualTo(before);
        }
    }

    @Test
    void aFailureWhileBuildingAnswers500WithAShortMessageAndNoTrace() throws Exception {
        var config = de.nrw.coop.storage.testing.TestStores.h2Config();
        try (var store = de.nrw.coop.storage.CoopStore.open(config)) {
            store.importFiles(de.nrw.coop.storage.demo.DemoData.sources());
            try (Portal portal = Portal.start(store, PortalConfig.local(0), Running.CLOCK);
                 var c = java.sql.DriverManager.getConnection(config.url());
                 var s = c.createStatement()) {
                // the store loses a table under the running portal
                s.execute("DROP TABLE settlement CASCADE");
                var http = java.net.http.HttpClient.newHttpClient();
                HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + portal.port() + "/berichte/2019/pdf")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(500);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
                assertThat(r.body()).contains("Interner Fehler", "Protokoll")
                        .doesNotContain("Exception", "SETTLEMENT", "at de.nrw", "jdbc:");
            }
        }
    }

    static List<Path> temporaryFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("coop-web-")).sorted().toList();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
