package de.nrw.coop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nrw.coop.cli.Cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report commands end to end through the CLI, on an embedded H2 file store holding the demo. */
class ReportCommandsTest {

    @TempDir
    Path temp;


    private Run run(String... args) {
        return Cli.inHome(temp.resolve("home"), args);
    }

    @BeforeEach
    void demo() {
        Cli.demo(temp.resolve("home"), temp.resolve("demo"));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void demoWritesTheAnswerAndTheTables() throws Exception {
        assertThat(files(temp.resolve("demo"))).contains("17-4514.pdf", "tabellen-KR-2017-2020.xlsx");
        assertThat(text(temp.resolve("demo/17-4514.pdf")))
                .contains("Drucksache 17/11754")
                .contains("Projekte und Partnerschaften zwischen Nordrhein-Westfalen und Südkorea");
    }

    @Test
    void rendersOneInquiryToTheNamedFile() throws Exception {
        Path pdf = temp.resolve("antwort.pdf");
        Run run = run("inquiry", "pdf", "17/4514", "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(text(pdf)).contains("Kleine Anfrage 4514");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(temp.resolve("demo/17-4514.pdf")));
    }

    @Test
    void rendersAllInquiriesAndWordDrafts() throws Exception {
        Path dir = temp.resolve("alle");
        Run run = run("inquiry", "pdf", "--all", "--format", "docx", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(files(dir)).containsExactly("17-4514.docx", "17-4720.docx");
    }

    @Test
    void unknownInquiryExits66NamingTheClosestIds() throws Exception {
        Run run = run("inquiry", "pdf", "17/4515", "-o", temp.resolve("x.pdf").toString());
        assertThat(run.code()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains("17/4515").contains("17/4514").doesNotContain("\tat ");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void malformedInquiryIdIsAUsageError() {
        Run run = run("inquiry", "pdf", "4514", "-o", temp.resolve("x.pdf").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("PERIOD/NUMBER");
    }

    @Test
    void unwritableOutputExits73AndLeavesNothing() throws Exception {
        Path missing = temp.resolve("no/such/folder/x.pdf");
        Run run = run("inquiry", "pdf", "17/4514", "-o", missing.toString());
        assertThat(run.code()).isEqualTo(ExitCode.CANT_CREATE);
        assertThat(run.err()).contains(missing.toString());
        assertThat(temp.resolve("no")).doesNotExist();
    }

    @Test
    void tablesForTheDemoCountryAndPeriod() throws Exception {
        Path xlsx = temp.resolve("t.xlsx");
        Run run = run("tables", "--country", "kr", "--department", "IM", "--from", "2017", "--to", "2020", "-o", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("Übersicht", "Projekte",
                    "Vereinbarungen", "Aktivitäten", "Entwicklung", "Förderung", "Ansiedlungen", "Kennzahlen");
        }
    }

    @Test
    void tablesRefuseUnknownCodesAndReversedPeriodsWritingNothing() throws Exception {
        Path xlsx = temp.resolve("t.xlsx");
        Run unknown = run("tables", "--country", "XX", "-o", xlsx.toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("XX").contains("KR (Südkorea)");
        Run department = run("tables", "--department", "ABC", "-o", xlsx.toString());
        assertThat(department.code()).isEqualTo(ExitCode.USAGE);
        assertThat(department.err()).contains("ABC").contains("IM").contains("JM");
        Run reversed = run("tables", "--from", "2020", "--to", "2017", "-o", xlsx.toString());
        assertThat(reversed.code()).isEqualTo(ExitCode.USAGE);
        assertThat(reversed.err()).contains("--from 2020 lies after --to 2017");
        Run malformed = run("tables", "--from", "zwanzig", "-o", xlsx.toString());
        assertThat(malformed.code()).isEqualTo(ExitCode.USAGE);
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void yearlyWritesBothFilesAndIsByteIdenticalOnReRun() throws Exception {
        Path dir = temp.resolve("jahr");
        Run first = run("yearly", "--year", "2019", "-o", dir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(files(dir)).containsExactly("kooperationsbericht-2019.pdf", "kooperationsbericht-2019.xlsx");
        byte[] pdf = Files.readAllBytes(dir.resolve("kooperationsbericht-2019.pdf"));
        byte[] xlsx = Files.readAllBytes(dir.resolve("kooperationsbericht-2019.xlsx"));
        assertThat(text(dir.resolve("kooperationsbericht-2019.pdf"))).contains("Südkorea").contains("Seite 2 von 5");
        Run again = run("--quiet", "yearly", "--year", "2019", "--country", "kr", "-o", dir.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(files(dir)).containsExactly("kooperationsbericht-2019.pdf", "kooperationsbericht-2019.xlsx");
        assertThat(Files.readAllBytes(dir.resolve("kooperationsbericht-2019.pdf"))).isEqualTo(pdf);
        assertThat(Files.readAllBytes(dir.resolve("kooperationsbericht-2019.xlsx"))).isEqualTo(xlsx);
        // the demo wrote the same report of 2019
        assertThat(Files.readAllBytes(temp.resolve("demo/kooperationsbericht-2019.pdf"))).isEqualTo(pdf);
    }

    @Test
    void yearWithoutDataIsReportedAsSuchWithExitZero() throws Exception {
        Path dir = temp.resolve("leer");
        Run run = run("yearly", "--year", "2031", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(text(dir.resolve("kooperationsbericht-2031.pdf"))).contains("Keine Kooperationsdaten für 2031");
    }

    @Test
    void yearlyRefusesBadYearsAndUnknownCountriesWritingNothing() throws Exception {
        Path dir = temp.resolve("nichts");
        Run malformed = run("yearly", "--year", "neunzehn", "-o", dir.toString());
        assertThat(malformed.code()).isEqualTo(ExitCode.USAGE);
        Run implausible = run("yearly", "--year", "20019", "-o", dir.toString());
        assertThat(implausible.code()).isEqualTo(ExitCode.USAGE);
        assertThat(implausible.err()).contains("--year 20019 is not a plausible year");
        Run unknown = run("yearly", "--year", "2019", "--country", "XX", "-o", dir.toString());
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("XX").contains("KR (Südkorea)");
        assertThat(dir).doesNotExist();
    }

    @Test
    void yearlyIntoAFileInsteadOfAFolderExits73() throws Exception {
        Path file = Files.writeString(temp.resolve("kein-ordner"), "x");
        Run run = run("yearly", "--year", "2019", "-o", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.CANT_CREATE);
        assertThat(run.err()).contains("kein-ordner");
    }
}
