package de.nrw.coop.storage.dataset;

import de.nrw.coop.storage.kind.Field;
import de.nrw.coop.storage.kind.FieldType;
import de.nrw.coop.storage.kind.RecordType;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a data-entry workbook ({@link EntryWorkbook}) into a {@link DatasetSink}, exactly as
 * {@link DatasetReader} reads YAML: each row becomes the same small tree a YAML list item does
 * (cell texts as scalars, comma-separated cells as lists, each with its row and column), and the
 * same record reader checks it, so a workbook gets the same checks and messages as YAML, placed
 * at {@code Sheet!C7}.
 *
 * <p>What a cell holds: the text shown for text, key and word columns (a key Excel stored as the
 * number 2019 is "2019"); the number Excel holds for number columns (never rounded to its
 * display); a day for a date cell. Rows with every cell empty are skipped.
 */
final class WorkbookReader {
    private WorkbookReader() {}

    static void read(DatasetSource source, DatasetSink sink) {
        String name = source.name();
        sink.startFile(name);
        byte[] bytes = new byte[0];
        try (InputStream in = source.opener().open()) {
            bytes = in.readAllBytes();
            read(name, bytes, sink);
        } catch (FileNotFoundException | NoSuchFileException e) {
            sink.problem(new Problem(name, 0, 0, "", "file not found (" + e.getMessage() + ")"));
        } catch (IOException e) {
            sink.problem(new Problem(name, 0, 0, "", "cannot read the file: " + e));
        }
        sink.endFile(name, sha256(bytes));
    }

    private static void read(String name, byte[] bytes, DatasetSink sink) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is no workbook (or an encrypted one) with various runtime exceptions
            sink.problem(new Problem(name, 0, 0, "", "not an Excel workbook (.xlsx) that coop can read: "
                    + e.getMessage()));
            return;
        }
        try (workbook) {
            OneProblemPerErrorCell filtered = new OneProblemPerErrorCell(sink);
            RecordReader records = new RecordReader(name, filtered);
            List<String> known = EntryWorkbook.types().stream().map(RecordType::label).toList();
            for (Sheet sheet : workbook) {
                String sheetName = sheet.getSheetName();
                if (sheetName.equals(EntryWorkbook.GUIDE_SHEET) || sheetName.equals(EntryWorkbook.LISTS_SHEET)) {
                    continue;
                }
                RecordType<?> type = EntryWorkbook.bySheet(sheetName);
                if (type == null) {
                    sink.problem(new Problem(name, sheetName, 0, 0, "", "unknown sheet '" + sheetName + "'"
                            + Texts.didYouMean(sheetName, known) + " (a data-entry workbook holds the sheets "
                            + Texts.list(known) + "; inquiries are written in YAML)"));
                    continue;
                }
                records.sheet(sheetName);
                new SheetReader(name, sheet, type, records, sink, filtered).read();
            }
        } catch (IOException e) {
            sink.problem(new Problem(name, 0, 0, "", "cannot read the file: " + e));
        }
    }

    /** The rows of one sheet. */
    private static final class SheetReader {
        private static final DataFormatter SHOWN = shown();

        private final String file;
        private final Sheet sheet;
        private final RecordType<?> type;
        private final RecordReader records;
        private final DatasetSink sink;
        private final OneProblemPerErrorCell errorCells;
        /** Column index to field path, from the headings. */
        private final Map<Integer, String> columns = new LinkedHashMap<>();

        SheetReader(String file, Sheet sheet, RecordType<?> type, RecordReader records, DatasetSink sink,
                    OneProblemPerErrorCell errorCells) {
            this.file = file;
            this.sheet = sheet;
            this.type = type;
            this.records = records;
            this.sink = sink;
            this.errorCells = errorCells;
        }

        private static DataFormatter shown() {
            DataFormatter f = new DataFormatter(Locale.GERMANY);
            f.setUseCachedValuesForFormulaCells(true);
            return f;
        }

        void read() {
            headings();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    row(row);
                }
            }
        }

        private void headings() {
            Row header = sheet.getRow(0);
            if (header == null) {
                return;
            }
            List<String> allowed = new ArrayList<>(type.leaves().keySet());
            Map<String, Integer> seen = new HashMap<>();
            for (Cell cell : header) {
                String heading = SHOWN.formatCellValue(cell);
                if (heading.isBlank()) {
                    continue;
                }
                String path = EntryWorkbook.pathOf(heading);
                int column = cell.getColumnIndex();
                if (!type.leaves().containsKey(path)) {
                    problem(1, column + 1, "", "unknown column '" + path + "'" + Texts.didYouMean(path, allowed)
                            + " (the last line of a heading names the field; allowed here: " + Texts.list(allowed) + ")");
                } else if (seen.putIfAbsent(path, column) != null) {
                    problem(1, column + 1, "", "column '" + path + "' appears twice; the first is column "
                            + Problem.columnName(seen.get(path) + 1));
                } else {
                    columns.put(column, path);
                }
            }
        }

        private void row(Row row) {
            int line = row.getRowNum() + 1;
            String path = type.section() + "[" + (row.getRowNum() - 1) + "]";
            List<Problem> problems = new ArrayList<>();
            LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
            boolean empty = true;
            for (Cell cell : row) {
                int column = cell.getColumnIndex() + 1;
                String fieldPath = columns.get(cell.getColumnIndex());
                Field<?> field = fieldPath == null ? null : type.leaves().get(fieldPath);
                String text;
                try {
                    text = text(cell, field);
                } catch (CellError e) {
                    Problem p = new Problem(file, sheet.getSheetName(), line, column,
                            fieldPath == null ? path : path + "." + fieldPath, e.getMessage());
                    problems.add(p);
                    errorCells.errorAt(p);
                    // the error text stands in for the value, so the field does not count as missing
                    text = e.shown;
                }
                if (text == null) {
                    continue;
                }
                empty = false;
                if (field == null) {
                    problems.add(new Problem(file, sheet.getSheetName(), line, column, path, "a value in a column"
                            + " without a known heading: '" + Texts.abbreviate(text) + "'"));
                    continue;
                }
                put(entries, fieldPath, new Node.Entry(leaf(fieldPath), line, column, value(field, text, line, column)));
            }
            if (!empty) {
                records.read(type, new Node.MapNode(entries, line, 1), path, problems);
            }
        }

        /** Puts a value at its path, {@code hosts.partners} into the mapping {@code hosts}. */
        private static void put(LinkedHashMap<String, Node.Entry> entries, String path, Node.Entry entry) {
            int dot = path.indexOf('.');
            if (dot < 0) {
                entries.put(path, entry);
                return;
            }
            String outer = path.substring(0, dot);
            Node.Entry mapping = entries.computeIfAbsent(outer, k -> new Node.Entry(outer, entry.line(),
                    entry.column(), new Node.MapNode(new LinkedHashMap<>(), entry.line(), entry.column())));
            ((Node.MapNode) mapping.value()).entries().put(entry.key(), entry);
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        /** A cell's text as a scalar, or a comma-separated cell as a list (an empty item stays one, to be reported). */
        private static Node value(Field<?> field, String text, int line, int column) {
            if (!field.type().isList()) {
                return new Node.Scalar(text, line, column);
            }
            List<Node> items = new ArrayList<>();
            for (String item : text.split(",", -1)) {
                items.add(new Node.Scalar(item.isBlank() ? null : item.strip(), line, column));
            }
            return new Node.Seq(items, line, column);
        }

        /** What a cell holds as text, or null if it is empty. */
        private static String text(Cell cell, Field<?> field) {
            CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            switch (t) {
                case BLANK:
                    return null;
                case STRING:
                    String s = cell.getStringCellValue();
                    return s.isBlank() ? null : s;
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(cell)) {
                        LocalDateTime when = cell.getLocalDateTimeCellValue();
                        // a time of day would be lost in a date: keep it, so the reader refuses it
                        return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                                : when.toString().replace('T', ' ');
                    }
                    if (field != null && (field.type() == FieldType.NUMBER || field.type() == FieldType.YEAR
                            || field.type() == FieldType.WHOLE_NUMBER)) {
                        // the number Excel holds, not its display: a format with two decimals must not round
                        BigDecimal exact = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                        return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
                    }
                    return SHOWN.formatCellValue(cell);
                case BOOLEAN:
                    return SHOWN.formatCellValue(cell);
                case ERROR:
                    throw new CellError(FormulaError.forInt(cell.getErrorCellValue()).getString());
                default:
                    return SHOWN.formatCellValue(cell);
            }
        }

        private void problem(int line, int column, String path, String message) {
            sink.problem(new Problem(file, sheet.getSheetName(), line, column, path, message));
        }
    }

    /** A cell that holds no value, only an error. */
    private static final class CellError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The error as Excel shows it: {@code #DIV/0!}. */
        final transient String shown;

        CellError(String shown) {
            super("the cell shows the Excel error " + shown + "; enter the value itself", null, false, false);
            this.shown = shown;
        }
    }

    /**
     * Passes everything on but the further problems the field's check finds at a cell already
     * reported as an Excel error ("#DIV/0! is not a number" says nothing new).
     */
    private static final class OneProblemPerErrorCell implements DatasetSink {
        private final DatasetSink sink;
        private final Set<String> cells = new HashSet<>();
        private final Set<Problem> reported = Collections.newSetFromMap(
                new IdentityHashMap<>());

        OneProblemPerErrorCell(DatasetSink sink) {
            this.sink = sink;
        }

        void errorAt(Problem p) {
            cells.add(Problem.location(p.file(), p.sheet(), p.line(), p.column()));
            reported.add(p);
        }

        @Override
        public void startFile(String name) {
            sink.startFile(name);
        }

        @Override
        public <T> void record(RecordType<T> type, T record, Origin origin) {
            sink.record(type, record, origin);
        }

        @Override
        public void reference(Reference reference) {
            sink.reference(reference);
        }

        @Override
        public void problem(Problem problem) {
            if (reported.contains(problem)
                    || !cells.contains(Problem.location(problem.file(), problem.sheet(), problem.line(), problem.column()))) {
                sink.problem(problem);
            }
        }

        @Override
        public void endFile(String name, String sha256) {
            sink.endFile(name, sha256);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
