package de.nrw.coop.reports.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static de.nrw.coop.reports.entry.EntryCells.dropdown;
import static de.nrw.coop.reports.entry.EntryCells.type;

import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.testing.Backend;
import de.nrw.coop.storage.testing.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data-entry workbook end to end, on H2 and PostgreSQL: the template {@code coop template}
 * writes, filled in with POI as a person fills it in Excel (typing into cells that take the
 * column's format, choosing from dropdowns), imports to the same store as the same records in
 * YAML; broken workbooks are refused with {@code Sheet!Cell} messages and leave the store as it was.
 */
class EntryWorkbookTest {
    /** What both stores hold before: the keys the dropdowns offer. */
    private static final String BASE = """
            countries:
              - code: KR
                name: Südkorea
                region: Asien
              - code: DE
                name: Deutschland
                region: Europa
            departments:
              - key: JM-17
                abbreviation: JM
                name: Ministerium der Justiz
              - key: IM-17
                abbreviation: IM
                name: Ministerium des Innern
            partners:
              - key: knpu
                name: Korean National Police University
                nativeName: 경찰대학
                country: KR
                level: staatlich
                kind: police
              - key: lg-duisburg
                name: Landgericht Duisburg
                country: DE
                level: staatlich
                kind: court
            projects:
              - key: p
                title: Ein Projekt
                department: JM-17
                level: staatlich
            """;

    /** The records the filled-in workbook holds, written as YAML. */
    private static final String SAME_AS_YAML = """
            countries:
              - code: JP
                name: Japan
                region: Asien
            partners:
              - key: oberstes-gericht-kr
                name: Oberstes Gericht Koreas
                nativeName: 대법원
                country: KR
                level: staatlich
                kind: court
            agreements:
              - key: mou-im-knpu
                kind: Memorandum of Understanding
                title: Memorandum of Understanding zwischen dem IM und der KNPU
                department: IM-17
                partners: [knpu]
                signed: 2014-09-15
                renewals: [2018-05-15]
                subjects: [Ausbildung koreanischer Polizeistudenten, Wissensaustausch]
            projects:
              - key: "2019"
                title: Justizaustausch mit Korea
                department: JM-17
                partners: [knpu, oberstes-gericht-kr]
                support: [ausbildung, wissensaustausch]
                level: staatlich
                start: 2018-03-01
                agreement: mou-im-knpu
            activities:
              - key: kr-2019-01-richter
                kind: visit
                date: 2019-01
                country: KR
                direction: to-nrw
                hosts:
                  departments: [JM-17]
                  partners: [lg-duisburg]
                partners: [oberstes-gericht-kr]
                delegation: drei Richter vom Obersten Gericht Koreas
                delegationSize: 3
                project: "2019"
                sentence: Im Januar 2019 besuchten drei Richter „des Obersten Gerichts“ das JM.
              - key: kr-2019-05-15-im
                kind: delegation
                date: 2019-05-15
                country: KR
                direction: from-nrw
                hosts:
                  departments: [IM-17]
            funding:
              - project: "2019"
                year: 2019
                amount: 12500.50
                budgetLine: 0710/686 10
            settlements:
              - country: KR
                from: 2017
                to: 2020
                companies: 16
                source: NRW.INVEST
              - country: KR
                from: 2021
                companies: 4
            keyFigures:
              - key: kr-einwohner-nrw
                country: KR
                label: in NRW lebende Südkoreaner
                value: 7500.25
                unit: Personen
                asOf: 2019-12-31
                source:
                  title: IT.NRW
                  url: https://www.it.nrw/
            """;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFilledInTemplateImportsLikeTheSameRecordsInYaml(Backend backend, @TempDir Path dir) throws IOException {
        Snapshot fromWorkbook;
        Path workbook = dir.resolve("erfassung.xlsx");
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml(dir, "base.yaml", BASE)));
            EntryTemplate.write(store, List.of(), workbook);
            fill(workbook, EntryWorkbookTest::fillIn);
            ImportResult result = store.importFiles(List.of(DatasetSource.of(workbook)));
            assertThat(result.added()).containsEntry("activities", 2).containsEntry("settlements", 2)
                    .containsEntry("projects", 1).containsEntry("funding", 1).containsEntry("countries", 1);
            fromWorkbook = withoutImports(Snapshot.of(store));
            // the same workbook again changes nothing
            ImportResult again = store.importFiles(List.of(DatasetSource.of(workbook)));
            assertThat(again.added().values()).containsOnly(0);
            assertThat(again.changed().values()).containsOnly(0);
        }
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml(dir, "base.yaml", BASE)));
            store.importFiles(List.of(yaml(dir, "same.yaml", SAME_AS_YAML)));
            assertThat(withoutImports(Snapshot.of(store))).isEqualTo(fromWorkbook);
        }
        assertThat(fromWorkbook.activities()).hasSize(2);
        assertThat(fromWorkbook.activities().get(0).date().toString()).isEqualTo("2019-01");
        assertThat(fromWorkbook.funding().get(0).amount()).isEqualByComparingTo("12500.50");
    }

    /** Fills the template as a person would: typed values, dropdown choices, empty rows between. */
    private static void fillIn(XSSFWorkbook wb) {
        Sheet countries = wb.getSheet("Länder");
        type(countries, "A2", "JP");
        type(countries, "B2", "Japan");
        type(countries, "C2", "Asien");

        Sheet partners = wb.getSheet("Partner");
        type(partners, "A2", "oberstes-gericht-kr");
        type(partners, "B2", "Oberstes Gericht Koreas");
        type(partners, "C2", "대법원");
        type(partners, "D2", choose(partners, "D2", "KR"));
        type(partners, "E2", choose(partners, "E2", "staatlich"));
        type(partners, "F2", choose(partners, "F2", "court"));

        Sheet agreements = wb.getSheet("Vereinbarungen");
        type(agreements, "A2", "mou-im-knpu");
        type(agreements, "B2", "Memorandum of Understanding");
        type(agreements, "C2", "Memorandum of Understanding zwischen dem IM und der KNPU");
        type(agreements, "D2", choose(agreements, "D2", "IM-17"));
        type(agreements, "E2", "knpu");
        type(agreements, "F2", LocalDate.of(2014, 9, 15));
        type(agreements, "G2", "2018-05-15");
        type(agreements, "I2", "Ausbildung koreanischer Polizeistudenten, Wissensaustausch");

        Sheet projects = wb.getSheet("Projekte");
        type(projects, "A2", 2019); // a key typed as a number
        type(projects, "B2", "Justizaustausch mit Korea");
        type(projects, "C2", choose(projects, "C2", "JM-17"));
        type(projects, "D2", "knpu, oberstes-gericht-kr");
        type(projects, "E2", "ausbildung, wissensaustausch");
        type(projects, "F2", choose(projects, "F2", "staatlich"));
        type(projects, "G2", LocalDate.of(2018, 3, 1));
        type(projects, "I2", "mou-im-knpu");

        Sheet activities = wb.getSheet("Aktivitäten");
        type(activities, "A2", "kr-2019-01-richter");
        type(activities, "B2", choose(activities, "B2", "visit"));
        type(activities, "C2", "2019-01"); // a partial date typed as text
        type(activities, "D2", choose(activities, "D2", "KR"));
        type(activities, "E2", choose(activities, "E2", "to-nrw"));
        type(activities, "F2", "JM-17");
        type(activities, "G2", "lg-duisburg");
        type(activities, "H2", "oberstes-gericht-kr");
        type(activities, "I2", "drei Richter vom Obersten Gericht Koreas");
        type(activities, "J2", 3);
        type(activities, "L2", 2019);
        type(activities, "N2", "Im Januar 2019 besuchten drei Richter „des Obersten Gerichts“ das JM.");
        // row 3 left empty; a cell only cleared is empty too
        type(activities, "C3", "   ");
        type(activities, "A4", "kr-2019-05-15-im");
        type(activities, "B4", choose(activities, "B4", "delegation"));
        type(activities, "C4", LocalDate.of(2019, 5, 15));
        type(activities, "D4", "KR");
        type(activities, "E4", choose(activities, "E4", "from-nrw"));
        type(activities, "F4", "IM-17");

        Sheet funding = wb.getSheet("Förderung");
        type(funding, "A2", 2019);
        type(funding, "B2", 2019);
        type(funding, "C2", 12500.5);
        type(funding, "D2", "0710/686 10");

        Sheet settlements = wb.getSheet("Ansiedlungen");
        type(settlements, "A2", "KR");
        type(settlements, "B2", 2017);
        type(settlements, "C2", 2020);
        type(settlements, "D2", 16);
        type(settlements, "E2", "NRW.INVEST");
        type(settlements, "A3", "KR");
        type(settlements, "B3", 2021);
        type(settlements, "D3", 4);

        Sheet figures = wb.getSheet("Kennzahlen");
        type(figures, "A2", "kr-einwohner-nrw");
        type(figures, "B2", "KR");
        type(figures, "C2", "in NRW lebende Südkoreaner");
        type(figures, "D2", 7500.25);
        type(figures, "E2", "Personen");
        type(figures, "F2", LocalDate.of(2019, 12, 31));
        type(figures, "G2", "IT.NRW");
        type(figures, "H2", "https://www.it.nrw/");
    }

    @Test
    void theTemplateDescribesEveryField(@TempDir Path dir) throws IOException {
        Path workbook = dir.resolve("erfassung.xlsx");
        Path again = dir.resolve("again.xlsx");
        try (CoopStore store = Backend.H2.open()) {
            store.importFiles(List.of(yaml(dir, "base.yaml", BASE)));
            EntryTemplate.write(store, List.of(), workbook);
            EntryTemplate.write(store, List.of(), again);
        }
        // the same store gives the same bytes
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(workbook));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Anleitung", "Listen", "Länder", "Ressorts", "Partner",
                    "Vereinbarungen", "Projekte", "Aktivitäten", "Förderung", "Ansiedlungen", "Kennzahlen");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Listen"))).isTrue();
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getSheet("Anleitung").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Erfassungsmappe für coop");
            XSSFSheet activities = wb.getSheet("Aktivitäten");
            Row header = activities.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Datum *\ndate");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Gastgeber: Ressorts\nhosts.departments");
            assertThat(header.getCell(2).getCellComment().getString().getString())
                    .startsWith("Pflichtfeld. So genau wie die Quelle");
            assertThat(header.getLastCellNum()).isEqualTo((short) 14);
            // partial dates are text (Excel must not make a day of 2019-01); days are formatted dates
            assertThat(activities.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            assertThat(wb.getSheet("Projekte").getColumnStyle(6).getDataFormatString()).isEqualTo("DD.MM.YYYY");
            assertThat(wb.getSheet("Förderung").getColumnStyle(1).getDataFormatString()).isEqualTo("0");
            assertThat(dropdown(activities, "B2")).containsExactly("visit", "delegation", "symposium", "event");
            assertThat(dropdown(activities, "D2")).containsExactly("DE", "KR");
            assertThat(dropdown(wb.getSheet("Projekte"), "C2")).containsExactly("IM-17", "JM-17");
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("coop");
        }
    }

    // ---- broken workbooks --------------------------------------------------------------------------

    /** One broken workbook: what a person did wrong, and what coop says. */
    private record Broken(String what, Consumer<XSSFWorkbook> fill, List<String> problems) {}

    private static final List<Broken> BROKEN = List.of(
            new Broken("a month that does not exist, in row 7", wb -> {
                activity(wb.getSheet("Aktivitäten"), 7);
                type(wb.getSheet("Aktivitäten"), "C7", "2019-13");
            }, List.of("erfassung.xlsx:Aktivitäten!C7: activities[5].date: '2019-13' is not a valid date (expected"
                    + " YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019, 2019-01 or 2019-01-15)")),
            new Broken("a word typed past the dropdown", wb -> {
                activity(wb.getSheet("Aktivitäten"), 2);
                type(wb.getSheet("Aktivitäten"), "B2", "besuch");
            }, List.of("erfassung.xlsx:Aktivitäten!B2: activities[0].kind: 'besuch' is not a valid activity kind"
                    + " (expected one of visit, delegation, symposium, event)")),
            new Broken("a required cell left empty", wb -> {
                Sheet partners = wb.getSheet("Partner");
                type(partners, "A2", "neu");
                type(partners, "D2", "KR");
                type(partners, "E2", "staatlich");
                type(partners, "F2", "court");
            }, List.of("erfassung.xlsx:Partner!A2: partners[0]: required field 'name' is missing")),
            new Broken("a country nobody has entered", wb -> {
                activity(wb.getSheet("Aktivitäten"), 2);
                type(wb.getSheet("Aktivitäten"), "D2", "XX");
            }, List.of("erfassung.xlsx:Aktivitäten!D2: activities[0].country: activity 'a-2' refers to country"
                    + " 'XX', which is neither in this import nor in the store")),
            new Broken("a third decimal place, hidden by the cell's format", wb -> {
                funding(wb.getSheet("Förderung"));
                type(wb.getSheet("Förderung"), "C2", 12500.505);
            }, List.of("erfassung.xlsx:Förderung!C2: funding[0].amount: '12500.505' has 3 decimal places; amounts"
                    + " are kept with at most 2 (write it with 2 or fewer; coop never rounds)")),
            new Broken("a number in words", wb -> {
                activity(wb.getSheet("Aktivitäten"), 2);
                type(wb.getSheet("Aktivitäten"), "J2", "drei");
            }, List.of("erfassung.xlsx:Aktivitäten!J2: activities[0].delegationSize: expected a whole number,"
                    + " found 'drei'")),
            new Broken("the same country twice", wb -> {
                Sheet countries = wb.getSheet("Länder");
                for (int row = 2; row <= 3; row++) {
                    type(countries, "A" + row, "JP");
                    type(countries, "B" + row, "Japan");
                }
            }, List.of("erfassung.xlsx:Länder!A3: countries[1].code: duplicate country 'JP' in this file; the first"
                    + " is at row 2 (each country appears once per file)")),
            new Broken("a heading renamed", wb -> {
                type(wb.getSheet("Projekte"), "B1", "Titel\ntitel");
            }, List.of("erfassung.xlsx:Projekte!B1: unknown column 'titel'; did you mean 'title'? (the last line of"
                    + " a heading names the field; allowed here: key, title, department, partners, support, level,"
                    + " start, end, agreement)")),
            new Broken("a sheet renamed", wb -> wb.setSheetName(wb.getSheetIndex("Aktivitäten"), "Aktivitaeten"),
                    List.of("erfassung.xlsx:Aktivitaeten: unknown sheet 'Aktivitaeten'; did you mean 'Aktivitäten'?"
                            + " (a data-entry workbook holds the sheets Länder, Ressorts, Partner, Vereinbarungen,"
                            + " Projekte, Aktivitäten, Förderung, Ansiedlungen, Kennzahlen; inquiries are written in"
                            + " YAML)")),
            new Broken("a formula that fails", wb -> {
                funding(wb.getSheet("Förderung"));
                Cell amount = wb.getSheet("Förderung").getRow(1).getCell(2);
                amount.setCellFormula("1/0");
                amount.setCellErrorValue(FormulaError.DIV0.getCode());
            }, List.of("erfassung.xlsx:Förderung!C2: funding[0].amount: the cell shows the Excel error #DIV/0!;"
                    + " enter the value itself")),
            new Broken("a time of day in a date", wb -> {
                Sheet agreements = wb.getSheet("Vereinbarungen");
                type(agreements, "A2", "mou");
                type(agreements, "B2", "MoU");
                type(agreements, "C2", "MoU");
                type(agreements, "D2", "IM-17");
                type(agreements, "E2", "knpu");
                type(agreements, "F2", LocalDateTime.of(2014, 9, 15, 10, 30));
            }, List.of("erfassung.xlsx:Vereinbarungen!F2: agreements[0].signed: '2014-09-15 10:30' is not a valid"
                    + " date (expected YYYY-MM-DD, e.g. 2019-01-15)")),
            new Broken("a period that ends before it starts, and an empty list item", wb -> {
                Sheet settlements = wb.getSheet("Ansiedlungen");
                type(settlements, "A2", "KR");
                type(settlements, "B2", 2020);
                type(settlements, "C2", 2017);
                type(settlements, "D2", 3);
                Sheet projects = wb.getSheet("Projekte");
                type(projects, "A2", "p");
                type(projects, "B2", "P");
                type(projects, "C2", "JM-17");
                type(projects, "D2", "knpu,,lg-duisburg");
                type(projects, "F2", "staatlich");
            }, List.of("erfassung.xlsx:Projekte!D2: projects[0].partners[1]: expected the key of a partner, found"
                    + " nothing", "erfassung.xlsx:Ansiedlungen!C2: settlements[0].to: period 2020–2017 ends before it"
                    + " starts")));

    @ParameterizedTest
    @EnumSource(Backend.class)
    void brokenWorkbooksAreRefusedCellByCellAndChangeNothing(Backend backend, @TempDir Path dir) throws IOException {
        assertThat(BROKEN).hasSizeGreaterThanOrEqualTo(10);
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml(dir, "base.yaml", BASE)));
            Path template = dir.resolve("template.xlsx");
            EntryTemplate.write(store, List.of(), template);
            Snapshot before = Snapshot.of(store);
            for (Broken broken : BROKEN) {
                Path workbook = dir.resolve("erfassung.xlsx");
                Files.copy(template, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                fill(workbook, broken.fill());
                DatasetException e = catchThrowableOfType(DatasetException.class,
                        () -> store.importFiles(List.of(new DatasetSource("erfassung.xlsx",
                                () -> Files.newInputStream(workbook)))));
                assertThat(e).as(broken.what()).isNotNull();
                assertThat(e.problems()).extracting(Problem::toString).as(broken.what())
                        .containsExactlyElementsOf(broken.problems());
                assertThat(Snapshot.of(store)).as(broken.what()).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void workbooksAndYamlImportTogetherAllOrNothing(Backend backend, @TempDir Path dir) throws IOException {
        try (CoopStore store = backend.open()) {
            store.importFiles(List.of(yaml(dir, "base.yaml", BASE)));
            Path workbook = dir.resolve("erfassung.xlsx");
            EntryTemplate.write(store, List.of(), workbook);
            // the workbook names a partner the YAML file of the same import brings
            fill(workbook, wb -> {
                activity(wb.getSheet("Aktivitäten"), 2);
                type(wb.getSheet("Aktivitäten"), "H2", "neu");
            });
            String partner = """
                    partners:
                      - key: neu
                        name: Neuer Partner
                        country: KR
                        level: staatlich
                        kind: %s
                    """;
            Snapshot before = Snapshot.of(store);
            DatasetSource entry = new DatasetSource("erfassung.xlsx", () -> Files.newInputStream(workbook));
            DatasetException e = catchThrowableOfType(DatasetException.class, () -> store.importFiles(List.of(
                    entry, named(yaml(dir, "partner.yaml", partner.formatted("polizei"))))));
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "erfassung.xlsx:Aktivitäten!H2: activities[0].partners[0]: activity 'a-2' refers to partner"
                            + " 'neu', which is neither in this import nor in the store",
                    "partner.yaml:6:11: partners[0].kind: 'polizei' is not a valid partner kind; did you mean"
                            + " 'police'? (expected one of government, police, court, university, research, company,"
                            + " association, city, other)");
            assertThat(Snapshot.of(store)).isEqualTo(before);

            ImportResult result = store.importFiles(List.of(entry,
                    named(yaml(dir, "partner.yaml", partner.formatted("police")))));
            assertThat(result.added()).containsEntry("activities", 1).containsEntry("partners", 1);
            assertThat(store.imports().get(store.imports().size() - 1).files()).extracting(f -> f.name())
                    .containsExactly("erfassung.xlsx", "partner.yaml");
        }
    }

    // ---- filling in, as a person would -------------------------------------------------------------

    /** A valid activity in the given row, key {@code a-ROW}. */
    private static void activity(Sheet sheet, int row) {
        type(sheet, "A" + row, "a-" + row);
        type(sheet, "B" + row, "visit");
        type(sheet, "C" + row, "2019");
        type(sheet, "D" + row, "KR");
        type(sheet, "E" + row, "to-nrw");
    }

    private static void funding(Sheet sheet) {
        type(sheet, "A2", "p");
        type(sheet, "B2", 2019);
        type(sheet, "C2", 100);
    }

    /** Picks a value from the cell's dropdown: it must be offered there. */
    private static String choose(Sheet sheet, String ref, String value) {
        assertThat(dropdown(sheet, ref)).as("dropdown of %s!%s", sheet.getSheetName(), ref).contains(value);
        return value;
    }

    private static void fill(Path workbook, Consumer<XSSFWorkbook> person) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            person.accept(wb);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
    }

    private static DatasetSource yaml(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return DatasetSource.of(file);
    }

    /** The source under its file name alone, as messages show it when coop runs in the file's folder. */
    private static DatasetSource named(DatasetSource source) {
        return new DatasetSource(Path.of(source.name()).getFileName().toString(), source.opener());
    }

    private static Snapshot withoutImports(Snapshot s) {
        return new Snapshot(s.countries(), s.departments(), s.partners(), s.projects(), s.agreements(),
                s.activities(), s.funding(), s.settlements(), s.keyFigures(), s.inquiries(), List.of());
    }
}
