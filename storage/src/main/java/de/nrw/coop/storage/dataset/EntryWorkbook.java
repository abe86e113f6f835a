package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.kind.RecordTypes;
import java.util.List;

/**
 * The layout of the data-entry workbook, shared by the template that {@code coop template} writes
 * and the reader that imports it: one sheet per flat record type named by its German label, the
 * headings in row 1 (the German label, then the field's path on a line of its own), one record per
 * row from row 2. Rows are numbered as in the dataset: row 2 is {@code activities[0]}.
 */
public final class EntryWorkbook {
    private EntryWorkbook() {}

    /** The first sheet: how to fill in the workbook. Not read. */
    public static final String GUIDE_SHEET = "Anleitung";
    /** The hidden sheet with the keys the dropdowns offer. Not read. */
    public static final String LISTS_SHEET = "Listen";

    /** The record types a workbook can hold, in sheet order: every type read field by field. */
    public static List<RecordType<?>> types() {
        return RecordTypes.ALL.stream().filter(RecordType::isFlat).toList();
    }

    /** The type whose sheet has this name, or null. */
    public static RecordType<?> bySheet(String sheet) {
        return types().stream().filter(t -> t.label().equals(sheet)).findFirst().orElse(null);
    }

    /** The heading of a field's column: {@code Datum} and, on its own line, {@code date}. */
    public static String heading(String path, Field<?> field) {
        return field.label() + "\n" + path;
    }

    /** The field path a heading names: its last line, so a heading may be retitled but not renamed. */
    static String pathOf(String heading) {
        String h = heading.strip();
        return h.substring(h.lastIndexOf('\n') + 1).strip();
    }
}
