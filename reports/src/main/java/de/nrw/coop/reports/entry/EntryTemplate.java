package de.nrw.coop.reports.entry;

import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.ReproducibleZip;
import de.nrw.coop.reports.excel.CellStyles;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.dataset.EntryWorkbook;
import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.FieldType;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the data-entry workbook ({@code coop template}): an explanation sheet, then one sheet
 * per record type with a column per field (German label and field name, help as a comment,
 * the field's cell format), dropdowns for words and for the keys the store holds (kept on a
 * hidden list sheet). Everything comes from the record types' descriptors; the layout is
 * {@link EntryWorkbook}'s, which the import reads back.
 */
public final class EntryTemplate {
    private EntryTemplate() {}

    /** Rows the formats and dropdowns cover: far more than a person enters by hand. */
    static final int ROWS = 5000;
    /** Creation date when the store holds no data yet. */
    private static final Instant NO_DATA = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * Writes the workbook for the given types (all flat types if empty), whole or not at all.
     *
     * @throws IllegalArgumentException for a type that is not entered in a workbook (inquiries)
     */
    public static void write(CoopStore store, List<RecordType<?>> types, Path output) {
        List<RecordType<?>> sheets = types.isEmpty() ? EntryWorkbook.types() : types;
        for (RecordType<?> t : sheets) {
            if (!t.isFlat()) {
                throw new IllegalArgumentException(t.section() + " are written in YAML, not in the workbook");
            }
        }
        Map<RecordType<?>, List<String>> keys = new LinkedHashMap<>();
        for (RecordType<?> t : RecordTypes.referred()) {
            keys.put(t, store.keys(t));
        }
        Optional<Instant> asOf = store.dataAsOf();
        AtomicFile.write(output, out -> write(sheets, keys, asOf, out));
    }

    static void write(List<RecordType<?>> types, Map<RecordType<?>, List<String>> keys, Optional<Instant> asOf,
                      OutputStream out) throws IOException {
        Path temp = Files.createTempFile("coop-template-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var core = workbook.getProperties().getCoreProperties();
            core.setTitle("Erfassungsmappe coop");
            core.setCreator("coop");
            // the clock would make every template differ: the data's as-of date instead
            core.setCreated(Optional.of(Date.from(asOf.orElse(NO_DATA).truncatedTo(ChronoUnit.SECONDS))));
            Styles styles = new Styles(workbook);
            guide(workbook, styles, types);
            Map<RecordType<?>, String> lists = lists(workbook, keys);
            for (RecordType<?> type : types) {
                sheet(workbook, styles, type, lists);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(EntryWorkbook.LISTS_SHEET), true);
            workbook.setActiveSheet(0);
            try (OutputStream file = Files.newOutputStream(temp)) {
                workbook.write(file);
            }
            ReproducibleZip.copy(temp, out);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // ---- the explanation -----------------------------------------------------------------------

    private static void guide(Workbook workbook, Styles styles, List<RecordType<?>> types) {
        Sheet sheet = workbook.createSheet(EntryWorkbook.GUIDE_SHEET);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = List.of(
                "Erfassungsmappe für coop",
                "",
                "So füllen Sie diese Mappe aus:",
                "• Jedes Blatt nimmt eine Art von Datensätzen auf: " + String.join(", ",
                        types.stream().map(RecordType::label).toList()) + ".",
                "• Zeile 1 enthält die Überschriften, jede weitere Zeile ist ein Datensatz. Leere Zeilen werden"
                        + " übersprungen; Blätter, die Sie nicht brauchen, bleiben einfach leer.",
                "• Jede Überschrift nennt das Feld auf Deutsch, darunter seinen Namen (z. B. date). Den Namen bitte"
                        + " nicht ändern. Der Kommentar an der Überschrift erklärt das Feld; * markiert Pflichtfelder.",
                "• Auswahllisten: Felder mit festen Wörtern (z. B. Richtung, Ebene) lassen nur diese Wörter zu."
                        + " Verweise auf ein Land, Ressort, einen Partner, eine Vereinbarung oder ein Projekt bieten die"
                        + " gespeicherten Schlüssel an; ein Schlüssel, den Sie in dieser Mappe neu anlegen, ist auch erlaubt.",
                "• Datumsfelder als Datum eingeben. Das Datum einer Aktivität darf auch nur ein Jahr (2017) oder"
                        + " ein Monat (2019-01) sein; schreiben Sie es so, wie Ihre Quelle es angibt.",
                "• Mehrere Werte in einer Zelle (Partner, Ressorts, Gegenstände) durch Komma trennen, z. B."
                        + " knpu, lg-seoul.",
                "• Zahlen und Beträge als Zahl eingeben (Dezimalkomma, ohne Tausenderpunkte). coop liest den Wert,"
                        + " den Excel speichert, nicht die gerundete Anzeige.",
                "• Anfragen (mit Fragen und Antworten) werden nicht hier erfasst, sondern als YAML-Datei"
                        + " (docs/dataset-format.md).",
                "",
                "Einlesen:",
                "coop import erfassung.xlsx   (auch zusammen mit YAML-Dateien in einem Aufruf)",
                "Alles oder nichts: Ist etwas falsch, übernimmt coop nichts und nennt jede Stelle mit Blatt und"
                        + " Zelle, z. B. erfassung.xlsx:Aktivitäten!C7: activities[5].date: ...",
                "Dieselbe Mappe erneut einzulesen ändert nichts; ein geänderter Datensatz wird über seinen"
                        + " Schlüssel aktualisiert.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.title : lines.get(i).endsWith(":") ? styles.header : styles.wrap);
        }
    }

    // ---- the key lists ---------------------------------------------------------------------------

    /** Writes the stored keys, a column per type; returns each non-empty column's range for a dropdown. */
    private static Map<RecordType<?>, String> lists(Workbook workbook, Map<RecordType<?>, List<String>> keys) {
        Sheet sheet = workbook.createSheet(EntryWorkbook.LISTS_SHEET);
        Map<RecordType<?>, String> ranges = new LinkedHashMap<>();
        Row header = sheet.createRow(0);
        int column = 0;
        for (Map.Entry<RecordType<?>, List<String>> e : keys.entrySet()) {
            header.createCell(column).setCellValue(e.getKey().section());
            List<String> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(column).setCellValue(values.get(i));
            }
            if (!values.isEmpty()) {
                String letter = CellReference.convertNumToColString(column);
                ranges.put(e.getKey(), "'" + EntryWorkbook.LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$"
                        + (values.size() + 1));
            }
            column++;
        }
        return ranges;
    }

    // ---- a record type's sheet -------------------------------------------------------------------

    private static <T> void sheet(Workbook workbook, Styles styles, RecordType<T> type,
                                  Map<RecordType<?>, String> lists) {
        Sheet sheet = workbook.createSheet(type.label());
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int column = 0;
        for (Map.Entry<String, Field<T>> e : type.leaves().entrySet()) {
            String path = e.getKey();
            Field<T> field = e.getValue();
            Cell cell = header.createCell(column);
            Field<T> label = field;
            cell.setCellValue(EntryWorkbook.heading(path, label).replaceFirst("\n", required(type, path) ? " *\n" : "\n"));
            cell.setCellStyle(styles.header);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString((required(type, path) ? "Pflichtfeld. " : "")
                    + field.help()));
            comment.setAuthor("coop");
            cell.setCellComment(comment);
            sheet.setDefaultColumnStyle(column, styles.of(field.type()));
            sheet.setColumnWidth(column, Math.min(60, Math.max(14, field.label().length() + 4)) * 256);
            validation(sheet, validations, field, column, lists);
            column++;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Whether a value must be given: the field, and for a nested field its mapping, are required. */
    private static boolean required(RecordType<?> type, String path) {
        Field<?> f = type.leaves().get(path);
        if (!f.isRequired()) {
            return false;
        }
        int dot = path.indexOf('.');
        return dot < 0 || type.fields().stream().anyMatch(m -> m.name().equals(path.substring(0, dot))
                && m.isRequired());
    }

    private static void validation(Sheet sheet, DataValidationHelper helper, Field<?> field, int column,
                                   Map<RecordType<?>, String> lists) {
        CellRangeAddressList cells = new CellRangeAddressList(1, Math.min(ROWS,
                SpreadsheetVersion.EXCEL2007.getLastRowIndex()), column, column);
        DataValidation v;
        if (field.type() == FieldType.WORD) {
            v = helper.createValidation(helper.createExplicitListConstraint(
                    field.words().words().toArray(String[]::new)), cells);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("Kein gültiger Wert", "Bitte einen Wert aus der Liste wählen: "
                    + String.join(", ", field.words().words()));
        } else if (field.type() == FieldType.REFERENCE && lists.containsKey(field.target())) {
            v = helper.createValidation(helper.createFormulaListConstraint(lists.get(field.target())), cells);
            // a key entered in this workbook (or another file of the import) is allowed too
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            v.createErrorBox("Unbekannter Schlüssel", "Dieser Schlüssel ist noch nicht gespeichert. In Ordnung,"
                    + " wenn er in dieser Mappe oder einer anderen Datei desselben Imports angelegt wird.");
        } else if (field.type() == FieldType.YEAR) {
            v = helper.createValidation(helper.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "1900", "2200"), cells);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("Kein Jahr", "Bitte ein Jahr zwischen 1900 und 2200 eingeben.");
        } else {
            return;
        }
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    /** The cell styles of the template. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle text;
        final CellStyle date;
        final CellStyle year;
        final CellStyle integer;
        final CellStyle number;

        Styles(Workbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            text = format(workbook, textFormat);
            date = format(workbook, workbook.createDataFormat().getFormat(CellStyles.DATE_FORMAT));
            year = format(workbook, workbook.createDataFormat().getFormat(CellStyles.YEAR_FORMAT));
            integer = format(workbook, workbook.createDataFormat().getFormat("0"));
            number = format(workbook, workbook.createDataFormat().getFormat("#,##0.00##"));
        }

        private static CellStyle format(Workbook workbook, short format) {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(format);
            return s;
        }

        /**
         * The format of a field's cells. Texts, keys, words, lists and partial dates are text, so
         * Excel turns neither 2019-01 into a day nor a key 0710 into a number.
         */
        CellStyle of(FieldType type) {
            return switch (type) {
                case DAY -> date;
                case YEAR -> year;
                case WHOLE_NUMBER -> integer;
                case NUMBER -> number;
                default -> text;
            };
        }
    }
}
