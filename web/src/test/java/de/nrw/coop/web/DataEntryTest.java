package de.nrw.coop.web;

import static de.nrw.coop.reports.entry.EntryCells.dropdown;
import static de.nrw.coop.reports.entry.EntryCells.type;
import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The data-entry workbook through the portal: downloaded, filled in with POI, uploaded, checked, imported. */
class DataEntryTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dir;

    private Running signedIn(Backend backend, String user, String password) throws IOException {
        return Running.start(backend, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of())).as(user, password);
    }

    @Test
    void readersDownloadTheDataEntryWorkbookOfCoopTemplateWithItsSheetsHeadingsAndDropdowns() throws IOException {
        try (Running portal = signedIn(Backend.H2, "carla", "lesen")) {
            assertThat(portal.get("/daten").body()).contains("<form method=\"get\" action=\"/daten/erfassung.xlsx\">",
                    "<label><input type=\"checkbox\" name=\"art\" value=\"activities\"> Aktivitäten</label>");

            HttpResponse<byte[]> all = portal.download("/daten/erfassung.xlsx");

            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.headers().firstValue("Content-Type")).hasValue(XLSX);
            assertThat(all.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"erfassung.xlsx\"; filename*=UTF-8''erfassung.xlsx");
            assertThat(all.headers().firstValue("Content-Length")).hasValue(Integer.toString(all.body().length));
            assertThat(all.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            try (XSSFWorkbook wb = open(all.body())) {
                List<String> sheets = new ArrayList<>();
                wb.forEach(s -> sheets.add(s.getSheetName()));
                assertThat(sheets).containsExactly("Anleitung", "Listen", "Länder", "Ressorts", "Partner", "Vereinbarungen",
                        "Projekte", "Aktivitäten", "Förderung", "Ansiedlungen", "Kennzahlen");
                assertThat(wb.isSheetHidden(wb.getSheetIndex("Listen"))).isTrue();
                Sheet activities = wb.getSheet("Aktivitäten");
                assertThat(activities.getRow(0).getCell(0).getStringCellValue()).endsWith("\nkey");
                assertThat(activities.getRow(0).getCell(3).getStringCellValue()).endsWith("\ncountry");
                // the keys the store holds are offered: the demo's Südkorea and its departments
                assertThat(dropdown(activities, "D2")).contains("KR");
                assertThat(dropdown(wb.getSheet("Projekte"), "C2")).contains("IM-17", "JM-17");
                assertThat(dropdown(activities, "E2")).contains("to-nrw", "from-nrw");
            }

            HttpResponse<byte[]> chosen = portal.download("/daten/erfassung.xlsx?art=funding&art=activities&art=funding");
            assertThat(chosen.statusCode()).isEqualTo(200);
            try (XSSFWorkbook wb = open(chosen.body())) {
                List<String> sheets = new ArrayList<>();
                wb.forEach(s -> sheets.add(s.getSheetName()));
                assertThat(sheets).containsExactly("Anleitung", "Listen", "Förderung", "Aktivitäten");
            }
        }
    }

    @Test
    void anUnknownOrYamlOnlyKindAnswers400WithTheReasonAndSignInIsRequired() throws IOException {
        try (Running portal = signedIn(Backend.H2, "carla", "lesen")) {
            HttpResponse<String> inquiries = portal.get("/daten/erfassung.xlsx?art=inquiries");
            assertThat(inquiries.statusCode()).isEqualTo(400);
            assertThat(inquiries.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(inquiries.body()).contains("Die Erfassungsmappe kennt keine Datensätze der Art 'inquiries'",
                    "möglich sind countries, departments");
            assertThat(portal.get("/daten/erfassung.xlsx?art=%3Cb%3E").body()).contains("Art '&lt;b&gt;'");
        }
        try (Running portal = signedIn(Backend.H2, "carla", "falsch")) {
            assertThat(portal.download("/daten/erfassung.xlsx").statusCode()).isEqualTo(401);
        }
        try (Running portal = Running.local(Backend.H2)) {
            // no sign-in configured: the local machine reads, and downloading the workbook is reading
            assertThat(portal.download("/daten/erfassung.xlsx?art=countries").statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFilledWorkbookUploadedWithAYamlFileIsCheckedThenImportedOnConfirmation(Backend backend) throws IOException {
        try (Running portal = signedIn(backend, "anna", "Geheim-123")) {
            byte[] workbook = fill(portal.download("/daten/erfassung.xlsx").body(), wb -> {
                Sheet activities = wb.getSheet("Aktivitäten");
                type(activities, "A2", "kr-2020-web");
                type(activities, "B2", "visit");
                type(activities, "C2", "2020-03");
                type(activities, "D2", "KR");
                type(activities, "E2", "to-nrw");
                type(activities, "F2", "IM-17");
                type(activities, "N2", "Besuch „über das Portal“ erfasst – 서울");
            });
            byte[] yaml = new String(Running.bytes(Running.DRAFT), StandardCharsets.UTF_8)
                    .replace("17/4999", "17/5001").replace("17/11999", "17/12001").getBytes(StandardCharsets.UTF_8);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("Erfassung Ressort IM.xlsx", workbook);
            files.put("anfrage.yaml", yaml);
            Snapshot before = Snapshot.of(portal.store);
            List<ImportRecord> importsBefore = portal.store.imports();

            HttpResponse<String> checked = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())), files);

            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
            assertThat(checked.body()).contains("Prüfung bestanden", "<th scope=\"row\">activities</th><td>1</td><td>0</td>",
                    "<th scope=\"row\">inquiries</th><td>1</td><td>0</td>", "Erfassung Ressort IM.xlsx");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
            assertThat(portal.store.imports()).isEqualTo(importsBefore);

            HttpResponse<String> imported = portal.post("/daten/importieren", Map.of("_csrf", List.of(portal.csrf()),
                    "name", Running.hidden(checked.body(), "name"), "sha256", Running.hidden(checked.body(), "sha256"),
                    "inhalt", Running.hidden(checked.body(), "inhalt")), Map.of());

            assertThat(imported.statusCode()).isEqualTo(200);
            List<ImportRecord> imports = portal.store.imports();
            ImportRecord last = imports.get(imports.size() - 1);
            // the check took no number: the import follows the last one without a gap
            assertThat(last.id()).isEqualTo(importsBefore.get(importsBefore.size() - 1).id() + 1);
            assertThat(last.user()).isEqualTo("anna");
            assertThat(last.files()).extracting(ImportRecord.FileDigest::name)
                    .containsExactly("Erfassung Ressort IM.xlsx", "anfrage.yaml");
            assertThat(imported.body()).contains("Import Nr. " + last.id() + " durch anna ist gespeichert.");
            assertThat(Snapshot.of(portal.store).activities()).anySatisfy(a -> {
                assertThat(a.key()).isEqualTo("kr-2020-web");
                assertThat(a.date().toString()).isEqualTo("2020-03");
                assertThat(a.sentence()).isEqualTo("Besuch „über das Portal“ erfasst – 서울");
            });
            assertThat(portal.store.inquiry(new de.nrw.coop.model.InquiryId(17, 5001))).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBrokenWorkbookShowsSheetCellAndFieldOfEachProblemAndChangesNothing(Backend backend) throws IOException {
        try (Running portal = signedIn(backend, "anna", "Geheim-123")) {
            byte[] workbook = fill(portal.download("/daten/erfassung.xlsx?art=activities").body(), wb -> {
                Sheet activities = wb.getSheet("Aktivitäten");
                type(activities, "A2", "kr-2020-web");
                type(activities, "B2", "visit");
                type(activities, "C2", "2020-13");
                type(activities, "D2", "XX");
                type(activities, "E2", "to-nrw");
            });
            Snapshot before = Snapshot.of(portal.store);
            List<ImportRecord> importsBefore = portal.store.imports();

            HttpResponse<String> checked = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("erfassung.xlsx", workbook));

            assertThat(checked.statusCode()).isEqualTo(422);
            assertThat(checked.body()).contains("Fehler in den Daten", "der Datenbestand ist unverändert")
                    .containsPattern("<td>erfassung.xlsx</td><td>Aktivitäten!C2</td><td><code>activities\\[0\\]\\.date</code></td><td>[^<]*2020-13")
                    .containsPattern("<td>erfassung.xlsx</td><td>Aktivitäten!D2</td><td><code>activities\\[0\\]\\.country</code></td><td>[^<]*'XX'")
                    .doesNotContain("Jetzt importieren");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
            assertThat(portal.store.imports()).isEqualTo(importsBefore);
        }
    }

    @Test
    void uploadsTheImportCannotReadAreRefusedWithAMessageNamingEachFile() throws IOException {
        try (Running portal = signedIn(Backend.H2, "anna", "Geheim-123")) {
            Snapshot before = Snapshot.of(portal.store);
            Map<String, List<String>> token = Map.of("_csrf", List.of(portal.csrf()));

            HttpResponse<String> none = portal.post("/daten/pruefen", token, Map.of());
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("Bitte wählen Sie mindestens eine Datei aus (.yaml oder .xlsx).",
                    "<h2 id=\"hochladen\">");

            Map<String, byte[]> mixed = new LinkedHashMap<>();
            mixed.put("antwort.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            mixed.put("alt.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0});
            mixed.put("leer.yaml", new byte[0]);
            mixed.put("tabelle.xlsx", "Land;Name\nKR;Südkorea\n".getBytes(StandardCharsets.UTF_8));
            mixed.put("brief.xlsx", docx());
            mixed.put("gut.yaml", Running.bytes(Running.DRAFT));
            HttpResponse<String> refused = portal.post("/daten/pruefen", token, mixed);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Der Upload wurde nicht geprüft",
                    "<li>„antwort.pdf“ ist weder ein Datensatz im YAML-Format (.yaml, .yml) noch eine Erfassungsmappe (.xlsx)",
                    "<li>„alt.xls“ ist weder", "als „Excel-Arbeitsmappe (*.xlsx)“",
                    "<li>„leer.yaml“ ist leer (0 Bytes).</li>",
                    "<li>„tabelle.xlsx“ ist keine Excel-Arbeitsmappe (.xlsx), auch wenn der Name so endet",
                    "<li>„brief.xlsx“ ist keine Excel-Arbeitsmappe (.xlsx)")
                    .doesNotContain("gut.yaml", "Jetzt importieren");

            Map<String, byte[]> many = new LinkedHashMap<>();
            for (int i = 1; i <= 21; i++) {
                many.put("teil-" + i + ".yaml", Running.bytes(Running.DRAFT));
            }
            HttpResponse<String> tooMany = portal.post("/daten/pruefen", token, many);
            assertThat(tooMany.statusCode()).isEqualTo(413);
            assertThat(tooMany.body()).contains("Sie haben 21 Dateien gewählt; ein Upload nimmt höchstens 20.",
                    "„teil-21.yaml“");

            Map<String, byte[]> big = new LinkedHashMap<>();
            big.put("klein.yaml", Running.bytes(Running.DRAFT));
            big.put("gross.yaml", new byte[8 * 1024 * 1024]);
            HttpResponse<String> tooBig = portal.post("/daten/pruefen", token, big);
            assertThat(tooBig.statusCode()).isEqualTo(413);
            assertThat(tooBig.body()).contains("„gross.yaml“ (8,0 MB) übersteigt mit den Dateien davor die Grenze"
                    + " eines Uploads von 8 MB").doesNotContain("„klein.yaml“");

            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
        }
    }

    @Test
    void aRequestBeyondWhatThePortalReadsAtAllGets413WithItsOwnPage() throws IOException {
        try (Running portal = signedIn(Backend.H2, "anna", "Geheim-123")) {
            Snapshot before = Snapshot.of(portal.store);
            HttpResponse<String> huge = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("riesig.yaml", new byte[30 * 1024 * 1024]));
            assertThat(huge.statusCode()).isEqualTo(413);
            assertThat(huge.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(huge.body()).contains("Zu groß", "höchstens 8 MB", "coop import").doesNotContain("Exception");
            assertThat(Snapshot.of(portal.store)).isEqualTo(before);
        }
    }

    @Test
    void workbookUploadsNeedStaffAndTheCsrfToken() throws IOException {
        byte[] workbook;
        try (Running portal = signedIn(Backend.H2, "carla", "lesen")) {
            workbook = portal.download("/daten/erfassung.xlsx?art=countries").body();
            HttpResponse<String> reader = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("erfassung.xlsx", workbook));
            assertThat(reader.statusCode()).isEqualTo(403);
        }
        try (Running portal = signedIn(Backend.H2, "anna", "Geheim-123")) {
            portal.csrf();
            HttpResponse<String> forged = portal.post("/daten/pruefen", Map.of("_csrf", List.of("B".repeat(43))),
                    Map.of("erfassung.xlsx", workbook));
            assertThat(forged.statusCode()).isEqualTo(403);
            HttpResponse<String> ok = portal.post("/daten/pruefen", Map.of("_csrf", List.of(portal.csrf())),
                    Map.of("erfassung.xlsx", workbook));
            // an empty workbook is valid and would change nothing
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("Nichts: alle Datensätze sind bereits unverändert gespeichert.");
        }
    }

    // ---- POI, as a person in Excel ---------------------------------------------------------------

    /** A Word document: a zip archive like a workbook, without its parts. */
    private static byte[] docx() throws IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Kein Arbeitsblatt");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] fill(byte[] workbook, Consumer<XSSFWorkbook> person) throws IOException {
        try (XSSFWorkbook wb = open(workbook)) {
            person.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

}
