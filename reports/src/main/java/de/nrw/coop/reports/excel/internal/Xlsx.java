package de.nrw.coop.reports.excel.internal;

import de.nrw.coop.reports.excel.CellStyles;
import de.nrw.coop.reports.excel.SheetNames;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A streaming workbook with its styles and the sheet and table names handed out. */
public final class Xlsx {
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    public static final int WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final SheetNames sheetNames = new SheetNames();
    private final Set<String> tableNames = new HashSet<>();

    public Xlsx() {
        workbook = new SXSSFWorkbook(WINDOW);
        styles = new CellStyles(workbook);
    }

    public SXSSFWorkbook workbook() {
        return workbook;
    }

    public CellStyles styles() {
        return styles;
    }

    public SheetNames sheetNames() {
        return sheetNames;
    }

    /** Table names are workbook-wide and case-insensitive: "Name", else "Name_2"... */
    String uniqueTableName(String wanted) {
        String name = wanted;
        for (int n = 2; !tableNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }
}
