package de.nrw.coop.reports.excel;

import de.nrw.coop.reports.AtomicFile;
import de.nrw.coop.reports.OutputException;
import de.nrw.coop.reports.ReportException;
import de.nrw.coop.reports.excel.internal.TableSheet;
import de.nrw.coop.reports.excel.internal.TablesWriter;
import de.nrw.coop.reports.excel.internal.Xlsx;
import de.nrw.coop.reports.excel.internal.XlsxOutput;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.StoreException;
import de.nrw.coop.storage.query.ReportFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The controllers' workbook ({@code coop tables}): Übersicht, Projekte, Vereinbarungen,
 * Aktivitäten, Entwicklung, Förderung, Ansiedlungen, Kennzahlen, written with Apache POI's
 * streaming SXSSF (a million activities fit in a 256 MB heap).
 *
 * <p>Every data sheet is an Excel table (name, style TableStyleMedium2, filter) with a frozen,
 * styled header row that repeats on printed pages; cells are typed (dates DD.MM.YYYY, money
 * {@code #,##0.00 €}); text from the data is always a text cell, never a formula. The same data
 * gives the same bytes: the document's creation date is the data's as-of date, zip entry times are
 * fixed.
 *
 * <p>Beyond Excel's 1,048,575 data rows a sheet, activities continue on "Aktivitäten (2)" and so
 * on, each an Excel table of its own, all counted in the Übersicht.
 */
public final class TablesWorkbook {
    private TablesWorkbook() {}

    /** Default document title. */
    public static final String TITLE = "Tabellen zur internationalen Zusammenarbeit";

    /** A sheet put before the tables, e.g. the yearly report's summary. */
    @FunctionalInterface
    public interface SheetWriter {
        /** Writes rows (in ascending order) into the given, still empty, streaming sheet. */
        void write(Sheet sheet, CellStyles styles);
    }

    /**
     * How the workbook is titled, and an optional first sheet.
     *
     * @param title        document title
     * @param subject      document subject; null for one derived from the filter
     * @param leadingSheet name of a sheet to put first; null for none
     * @param leading      writes that sheet; null for none
     */
    public record Options(String title, String subject, String leadingSheet, SheetWriter leading) {
        public Options {
            Objects.requireNonNull(title, "null title");
            if ((leadingSheet == null) != (leading == null)) {
                throw new IllegalArgumentException("a leading sheet needs both a name and a writer");
            }
        }

        public static Options defaults() {
            return new Options(TITLE, null, null, null);
        }

        /** The same, with a first sheet before the tables (the yearly report's summary). */
        public Options withLeadingSheet(String name, SheetWriter writer) {
            return new Options(title, subject, name, writer);
        }

        public Options withSubject(String newSubject) {
            return new Options(title, newSubject, leadingSheet, leading);
        }
    }

    /**
     * Writes the workbook for the filter to {@code target}, whole or not at all.
     *
     * @throws OutputException when the target cannot be written (folder missing, not writable)
     */
    public static void write(CoopStore store, ReportFilter filter, Path target) {
        write(TablesData.query(store, filter), Options.defaults(), target);
    }

    /** Writes the workbook for the filter to the stream (left open). */
    public static void write(CoopStore store, ReportFilter filter, OutputStream out) {
        write(TablesData.query(store, filter), Options.defaults(), out);
    }

    /** Writes the workbook of the given data to {@code target}, whole or not at all. */
    public static void write(TablesData data, Options options, Path target) {
        AtomicFile.write(target, out -> write(data, options, out, TableSheet.MAX_DATA_ROWS));
    }

    /**
     * Writes the workbook of the given data to the stream (left open).
     *
     * @throws OutputException (without a target path) when the stream fails
     */
    public static void write(TablesData data, Options options, OutputStream out) {
        try {
            write(data, options, out, TableSheet.MAX_DATA_ROWS);
        } catch (IOException e) {
            throw new OutputException(null, "cannot write tables workbook for " + describe(data.filter()) + ": "
                    + e.getMessage(), e);
        }
    }

    /** As above, with fewer rows a sheet (tests of the continuation sheets). */
    static void write(TablesData data, Options options, OutputStream out, int maxRowsPerSheet) throws IOException {
        Xlsx book = new Xlsx();
        try {
            if (options.leading() != null) {
                Sheet sheet = book.workbook().createSheet(book.sheetNames().unique(options.leadingSheet()));
                options.leading().write(sheet, book.styles());
            }
            new TablesWriter(book, data, maxRowsPerSheet).write();
        } catch (ReportException | StoreException e) {
            // already say what went wrong, and the CLI maps them to their exit codes
            book.workbook().close();
            throw e;
        } catch (RuntimeException e) {
            book.workbook().close();
            throw new ReportException("tables workbook for " + describe(data.filter()) + ": " + e.getMessage(), e);
        }
        String subject = options.subject() != null ? options.subject() : "Kooperationsdaten: " + describe(data.filter());
        XlsxOutput.write(book.workbook(), new XlsxOutput.Properties(options.title(), subject, data.dataAsOf()), out);
    }

    /** "Länder KR, JP; Ressorts alle; 2017 bis 2020": the filter in words, for subjects and messages. */
    public static String describe(ReportFilter filter) {
        String countries = filter.countryCodes().isEmpty() ? "alle" : String.join(", ", filter.countryCodes());
        String departments = filter.departmentKeys().isEmpty() ? "alle" : String.join(", ", filter.departmentKeys());
        return "Länder " + countries + "; Ressorts " + departments + "; " + TablesWriter.period(filter);
    }

    /**
     * The conventional file name: {@code tabellen-KR-2017-2020.xlsx}, {@code tabellen-alle.xlsx};
     * departments are left out (the CLI may add them).
     */
    public static String fileName(ReportFilter filter) {
        StringBuilder name = new StringBuilder("tabellen");
        name.append('-').append(filter.countryCodes().isEmpty() ? "alle"
                : filter.countryCodes().stream().collect(Collectors.joining("-")));
        Optional.ofNullable(filter.fromYear()).ifPresent(y -> name.append('-').append(y));
        Optional.ofNullable(filter.toYear()).ifPresent(y -> name.append(filter.fromYear() == null ? "-bis-" : "-").append(y));
        return name.append(".xlsx").toString();
    }
}
