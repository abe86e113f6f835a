package de.nrw.coop.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: Debian's headless Chromium driven through chromedriver, both from
 * /usr/bin (Selenium Manager never runs, nothing is downloaded). Signs in as staff, finds the
 * overdue inquiry and the contributions of its departments, downloads its PDF, fills the tables form
 * and downloads the workbook, downloads the data-entry workbook, fills it in wrongly with POI and
 * uploads it, then a file that is no workbook and a broken dataset, and reads their errors; checks every page with axe-core and every file that
 * arrives; screenshots go to target/browser/. Skipped, saying why, where Chromium is missing.
 */
class PortalBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "browser");

    /** Selenium warns on java.util.logging that it has no CDP for this Chromium: unused here, kept quiet. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path dir;
    static Running portal;
    static WebDriver browser;
    static Path downloads;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("PortalBrowserTest SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " missing; install them with: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium missing: apt-get install -y chromium chromium-driver");
        axe = new String(Running.bytes("/axe/axe.min.js"), StandardCharsets.UTF_8);
        Files.createDirectories(SHOTS);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        portal = Running.start(Backend.H2, new PortalConfig("127.0.0.1", 0, PortalConfig.Auth.BASIC,
                Running.credentials(dir), null, List.of())).contributions();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=de-DE",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("plugins.always_open_pdf_externally", true);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.WARNING)
                .withLogFile(SHOTS.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void staffFindTheDueInquiryDownloadTheirFilesAndSeeTheErrorsOfABrokenUpload() throws Exception {
        // sign in: HTTP basic, credentials in the first address; the browser keeps them for the origin
        browser.get("http://anna:Geheim-123@127.0.0.1:" + portal.portal.port() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anfragen");
        assertThat(browser.findElement(By.cssSelector(".user")).getText()).contains("anna", "staff");
        accessible("start");
        // the first Tab reaches the skip link, which leads to the content
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Zum Inhalt springen");

        // the overdue inquiry, marked in the list of open ones
        WebElement overdue = browser.findElement(By.cssSelector("tr.overdue"));
        assertThat(overdue.getText()).contains("17/4999", "19.11.2020", "überfällig");
        overdue.findElement(By.linkText("17/4999")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Anfrage 17/4999");
        assertThat(browser.getPageSource()).contains("19.11.2020 (seit 6 Tagen überfällig)", "Verlauf", "Nächsten Schritt erfassen");
        // the Ressortabfrage: per department asked when, due when, returned or not (overdue in words)
        List<String> asked = browser.findElements(By.cssSelector("table.contributions tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(asked).hasSize(3);
        assertThat(asked.get(0)).contains("Frage 1", "IM", "05.11.2020 10:30", "12.11.2020", "fehlt, seit 13 Tagen überfällig");
        assertThat(asked.get(1)).contains("Frage 1", "JM", "eingegangen am 10.11.2020 15:15");
        assertThat(asked.get(2)).contains("Frage 2", "MBEI", "01.12.2020", "ausstehend, noch 6 Tage");
        assertThat(browser.findElement(By.cssSelector("article.contribution")).getText()).contains("Frage 1: Beitrag JM",
                "Im Januar 2019 besuchten drei Richter „des Obersten Gerichts“ das JM. [Fußnote: Quelle: JM, Referat III 4.]");
        accessible("inquiry");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('beitraege').scrollIntoView()");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SHOTS.resolve("inquiry-contributions.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.partialLinkText("Antwort als PDF")).click();
        Path pdf = arrived(".pdf");
        String text = DownloadsTest.text(Files.readAllBytes(pdf));
        assertThat(text).contains("Welche Besuche aus Südkorea gab es seit 2019?", "Welche Projekte werden gefördert?");

        // the tables form: an inverted period first, then a good choice
        browser.findElement(By.linkText("Tabellen")).click();
        accessible("tables");
        browser.findElement(By.xpath("//label[contains(., 'Südkorea (KR)')]")).click();
        browser.findElement(By.id("von")).sendKeys("2020");
        browser.findElement(By.id("bis")).sendKeys("2017");
        browser.findElement(By.cssSelector("form.tables button")).click();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Der Zeitraum ist verkehrt herum: 2020 liegt nach 2017.");
        accessible("tables-error");
        browser.findElement(By.id("von")).clear();
        browser.findElement(By.id("von")).sendKeys("2017");
        browser.findElement(By.id("bis")).clear();
        browser.findElement(By.id("bis")).sendKeys("2020");
        assertThat(browser.findElement(By.cssSelector("input[value=KR]")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("form.tables button")).click();
        Path xlsx = arrived(".xlsx");
        assertThat(xlsx.getFileName().toString()).isEqualTo("Tabellen Südkorea 2017–2020.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            List<String> cells = new ArrayList<>();
            book.getSheet("Aktivitäten").forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(String.join("|", cells)).contains("Obersten Gericht").doesNotContain("Japan");
        }

        browser.findElement(By.linkText("Jahresberichte")).click();
        accessible("reports");

        // a broken dataset: its errors with file, line and field; nothing imported
        Snapshot before = Snapshot.of(portal.store);
        browser.findElement(By.linkText("Daten")).click();
        accessible("data");

        // the data-entry workbook of coop template, with the activities only, filled in wrongly and handed back
        browser.findElement(By.xpath("//form[@action='/daten/erfassung.xlsx']//label[contains(., 'Aktivitäten')]")).click();
        browser.findElement(By.xpath("//button[text()='Erfassungsmappe herunterladen']")).click();
        Path template = arrived(".xlsx");
        assertThat(template.getFileName().toString()).isEqualTo("erfassung.xlsx");
        byte[] filled;
        try (XSSFWorkbook book = DataEntryTest.open(Files.readAllBytes(template))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Anleitung", "Listen", "Aktivitäten");
            assertThat(book.getSheet("Aktivitäten").getRow(0).getCell(2).getStringCellValue()).endsWith("\ndate");
            assertThat(de.nrw.coop.reports.entry.EntryCells.dropdown(book.getSheet("Aktivitäten"), "D2")).contains("KR");
        }
        filled = DataEntryTest.fill(Files.readAllBytes(template), book -> {
            var sheet = book.getSheet("Aktivitäten");
            de.nrw.coop.reports.entry.EntryCells.type(sheet, "A2", "kr-2020-web");
            de.nrw.coop.reports.entry.EntryCells.type(sheet, "B2", "visit");
            de.nrw.coop.reports.entry.EntryCells.type(sheet, "C2", "2020-13");
            de.nrw.coop.reports.entry.EntryCells.type(sheet, "D2", "XX");
            de.nrw.coop.reports.entry.EntryCells.type(sheet, "E2", "to-nrw");
        });
        Path brokenBook = Files.write(dir.resolve("erfassung-falsch.xlsx"), filled);
        browser.findElement(By.id("dateien")).sendKeys(brokenBook.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Prüfen']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fehler in den Daten");
        List<String> cells = browser.findElements(By.cssSelector("table.problems tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0)).contains("erfassung-falsch.xlsx", "Aktivitäten!C2", "activities[0].date", "2020-13");
        assertThat(cells.get(1)).contains("erfassung-falsch.xlsx", "Aktivitäten!D2", "activities[0].country", "'XX'");
        accessible("upload-workbook-errors");
        assertThat(Snapshot.of(portal.store)).isEqualTo(before);

        // a file that only calls itself a workbook is refused before any check, by name
        browser.findElement(By.linkText("Daten")).click();
        Path fake = Files.writeString(dir.resolve("liste.xlsx"), "Land;Name\nKR;Südkorea\n");
        browser.findElement(By.id("dateien")).sendKeys(fake.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Prüfen']")).click();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("„liste.xlsx“ ist keine Excel-Arbeitsmappe (.xlsx)");
        accessible("upload-refused");

        // and the broken YAML dataset
        Path broken = Files.write(dir.resolve("broken.yaml"), Running.bytes(Running.BROKEN));
        browser.findElement(By.id("dateien")).sendKeys(broken.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[text()='Prüfen']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fehler in den Daten");
        List<String> rows = browser.findElements(By.cssSelector("table.problems tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("broken.yaml", "Zeile 5, Spalte 11", "activities[0].date", "2020-13");
        assertThat(rows.get(1)).contains("Zeile 6, Spalte 14", "activities[0].country", "'XX'");
        assertThat(browser.findElements(By.xpath("//button[text()='Jetzt importieren']"))).isEmpty();
        accessible("upload-errors");
        assertThat(Snapshot.of(portal.store)).isEqualTo(before);
    }

    @Test
    void axeFindsTheFaultsOfAPageThatHasThem() {
        // the checker itself can fail: a page without language, title and image text
        browser.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        List<String> violations = axe();
        assertThat(String.join("\n", violations)).contains("html-has-lang", "image-alt", "label", "document-title");
    }

    /** Runs axe-core (WCAG 2.1 A and AA, best practices) on the page and keeps a screenshot of it. */
    private static void accessible(String name) throws IOException {
        List<String> violations = axe();
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(violations).as("axe-core on the %s page (%s)", name, browser.getCurrentUrl())
                .containsExactly("passed");
    }

    /** axe-core's violations of the page, or "passed" where there are none and it checked something. */
    @SuppressWarnings("unchecked")
    private static List<String> axe() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        return (List<String>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                        + " 'best-practice']}})"
                        + ".then(r => done(r.violations.length === 0 && r.passes.length > 10 ? ['passed']"
                        + " : r.violations.map(v => v.id + ': ' + v.help + ' at '"
                        + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
    }

    /** Waits for a download to finish and returns it. */
    private static Path arrived(String extension) throws IOException {
        Path[] found = new Path[1];
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(extension)).toList();
                try (Stream<Path> all = Files.list(downloads)) {
                    if (done.isEmpty() || all.anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                        return false;
                    }
                }
                found[0] = done.get(0);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        Path target = SHOTS.resolve(found[0].getFileName());
        Files.copy(found[0], target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(found[0]);
        return target;
    }
}
