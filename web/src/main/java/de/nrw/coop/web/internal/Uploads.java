package de.nrw.coop.web.internal;

import de.nrw.coop.reports.entry.EntryTemplate;
import de.nrw.coop.storage.CoopStore;
import de.nrw.coop.storage.ImportResult;
import de.nrw.coop.storage.dataset.DatasetException;
import de.nrw.coop.storage.dataset.DatasetSource;
import de.nrw.coop.storage.dataset.EntryWorkbook;
import de.nrw.coop.storage.dataset.Problem;
import de.nrw.coop.storage.kind.RecordType;
import de.nrw.coop.storage.query.ImportRecord;
import de.nrw.coop.web.Role;
import de.nrw.coop.web.internal.Views.Carried;
import de.nrw.coop.web.internal.Views.Count;
import de.nrw.coop.web.internal.Views.ProblemView;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Datasets (YAML) and filled data-entry workbooks (xlsx) handed in through the browser, and the
 * empty data-entry workbook to fill: checked first with every check of the import (the
 * store stays unchanged), imported only when the user confirms what the check found. The files
 * travel from the check to the confirmation inside the confirmation form itself, with their
 * SHA-256, so no instance keeps anything between the two requests and any instance can import.
 */
final class Uploads {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    /** Largest upload of one request; datasets handed in by browser are a department's records, not bulk loads. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final String LIMIT = "8 MB";
    /** Most files one upload takes: a department's sheets and files, not a folder of everything. */
    static final int MAX_FILES = 20;
    private static final String FILES_FIELD = "dateien";
    private static final String KIND_FIELD = "art";
    /** The name {@code coop template}'s workbook gets, as docs/dataset-format.md calls it. */
    static final String ENTRY_WORKBOOK = "erfassung.xlsx";
    private static final int RECENT_IMPORTS = 10;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY)
            .withZone(ZoneId.of("Europe/Berlin"));

    private final CoopStore store;
    private final Pages pages;

    Uploads(CoopStore store, Pages pages) {
        this.store = store;
        this.pages = pages;
    }

    void form(Context ctx) {
        form(ctx, 200, List.of());
    }

    /** The data page, with the problems of a refused upload (each naming its file) where there are any. */
    private void form(Context ctx, int status, List<String> errors) {
        List<ImportRecord> all = store.imports();
        List<Views.ImportLine> recent = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && recent.size() < RECENT_IMPORTS; i--) {
            ImportRecord r = all.get(i);
            recent.add(new Views.ImportLine(r.id(), AT.format(r.at()), r.user() == null ? "–" : r.user(),
                    String.join(", ", r.files().stream().map(ImportRecord.FileDigest::name).toList())));
        }
        List<Views.Choice> kinds = new ArrayList<>();
        for (RecordType<?> t : EntryWorkbook.types()) {
            kinds.add(new Views.Choice(KIND_FIELD, t.section(), t.label(), false));
        }
        pages.render(ctx, status, "data.jte", errors.isEmpty() ? "Daten" : "Upload abgelehnt", "daten",
                new Views.DataEntry(Access.of(ctx).staff(), LIMIT, MAX_FILES, recent, kinds, errors));
    }

    /** The data-entry workbook of {@code coop template}: every kind, or the kinds ticked in the form. */
    void entryWorkbook(Context ctx) {
        List<RecordType<?>> types = new ArrayList<>();
        for (String kind : ctx.queryParams(KIND_FIELD)) {
            RecordType<?> type = EntryWorkbook.types().stream().filter(t -> t.section().equals(kind)).findFirst()
                    .orElseThrow(() -> HttpProblem.badRequest("Die Erfassungsmappe kennt keine Datensätze der Art '"
                            + kind + "'; möglich sind " + String.join(", ", EntryWorkbook.types().stream()
                            .map(RecordType::section).toList()) + "."));
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        pages.download(ctx, ENTRY_WORKBOOK, Downloads.Type.XLSX, dir -> {
            Path file = dir.resolve(ENTRY_WORKBOOK);
            EntryTemplate.write(store, types, file);
            return file;
        });
    }

    /**
     * Checks the uploaded files; 422 with every problem, or 200 with what the import would do and a
     * confirmation form. Files the import cannot even read (none chosen, a type it does not take,
     * too many, too big, empty, a workbook that is no workbook) get the data page again with one
     * message per file (400, 413).
     */
    void check(Context ctx) {
        Access.require(ctx, Role.STAFF);
        List<UploadedFile> uploaded = ctx.uploadedFiles(FILES_FIELD).stream()
                .filter(u -> u.filename() != null && !u.filename().isBlank()).toList();
        if (uploaded.isEmpty()) {
            form(ctx, 400, List.of("Bitte wählen Sie mindestens eine Datei aus (.yaml oder .xlsx)."));
            return;
        }
        if (uploaded.size() > MAX_FILES) {
            form(ctx, 413, List.of("Sie haben " + uploaded.size() + " Dateien gewählt; ein Upload nimmt höchstens "
                    + MAX_FILES + ". „" + baseName(uploaded.get(MAX_FILES).filename())
                    + "“ und die folgenden bitte in einem zweiten Upload prüfen."));
            return;
        }
        List<Upload> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int status = 400;
        long total = 0;
        for (UploadedFile u : uploaded) {
            String name = baseName(u.filename());
            if (u.size() > MAX_BYTES || total + u.size() > MAX_BYTES) {
                errors.add("„" + name + "“ (" + size(u.size()) + ") übersteigt mit den Dateien davor die Grenze"
                        + " eines Uploads von " + LIMIT + "; größere Datensätze importiert coop import auf der"
                        + " Kommandozeile.");
                status = 413;
                total += u.size();
                continue;
            }
            byte[] bytes;
            try (InputStream in = u.content()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the upload " + name, e);
            }
            total += bytes.length;
            String refused = refusal(name, bytes);
            if (refused != null) {
                errors.add(refused);
            } else {
                files.add(new Upload(name, bytes));
            }
        }
        if (!errors.isEmpty()) {
            form(ctx, status, errors);
            return;
        }
        check(ctx, files);
    }

    /** Why the import cannot even read the file, in German and naming it; null if it can try. */
    static String refusal(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        boolean xlsx = lower.endsWith(".xlsx");
        if (!yaml && !xlsx) {
            String hint = lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".xlsm")
                    ? " Bitte speichern Sie die Mappe in Excel als „Excel-Arbeitsmappe (*.xlsx)“." : "";
            return "„" + name + "“ ist weder ein Datensatz im YAML-Format (.yaml, .yml) noch eine Erfassungsmappe"
                    + " (.xlsx); das Portal nimmt nur diese an." + hint;
        }
        if (bytes.length == 0) {
            return "„" + name + "“ ist leer (0 Bytes).";
        }
        // an .xlsx is a zip archive holding xl/workbook.xml (its name stands uncompressed in the zip's
        // headers); an old .xls or a CSV renamed is no zip, a Word file renamed has no xl/workbook.xml
        if (xlsx && !(bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && contains(bytes, WORKBOOK_PART))) {
            return "„" + name + "“ ist keine Excel-Arbeitsmappe (.xlsx), auch wenn der Name so endet; bitte"
                    + " speichern Sie sie in Excel als „Excel-Arbeitsmappe (*.xlsx)“.";
        }
        return null;
    }

    private static final byte[] WORKBOOK_PART = "xl/workbook.xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void check(Context ctx, List<Upload> files) {
        List<Carried> carried = files.stream().map(Upload::carried).toList();
        try {
            ImportResult result = store.check(sources(files));
            pages.render(ctx, 200, "checked.jte", "Prüfung bestanden", "daten",
                    new Views.Checked(carried, List.of(), counts(result.added(), result.changed()), result.warnings()));
        } catch (DatasetException e) {
            pages.render(ctx, 422, "checked.jte", "Fehler in den Daten", "daten",
                    new Views.Checked(carried, problems(e.problems()), List.of(), List.of()));
        }
    }

    /** Imports the files the confirmation form carries back, after checking they are the ones that were checked. */
    void confirm(Context ctx) {
        User user = Access.require(ctx, Role.STAFF);
        List<String> names = ctx.formParams("name");
        List<String> digests = ctx.formParams("sha256");
        List<String> contents = ctx.formParams("inhalt");
        if (names.isEmpty() || names.size() != digests.size() || names.size() != contents.size()) {
            throw HttpProblem.badRequest("Die Bestätigung enthält keine vollständigen Dateien; bitte laden Sie sie neu hoch.");
        }
        List<Upload> files = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < names.size(); i++) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(contents.get(i));
            } catch (IllegalArgumentException e) {
                throw HttpProblem.badRequest("Der Inhalt von „" + names.get(i) + "“ ist beschädigt angekommen.");
            }
            total += bytes.length;
            if (total > MAX_BYTES) {
                throw new HttpProblem(413, "Zu groß", "Ein Upload darf höchstens " + LIMIT + " groß sein.");
            }
            Upload upload = new Upload(baseName(names.get(i)), bytes);
            String refused = refusal(upload.name, bytes);
            if (refused != null) {
                throw HttpProblem.badRequest(refused);
            }
            if (!upload.sha256().equals(digests.get(i))) {
                throw HttpProblem.badRequest("„" + names.get(i) + "“ ist nicht die geprüfte Datei (SHA-256 weicht ab);"
                        + " bitte laden Sie sie neu hoch.");
            }
            files.add(upload);
        }
        try {
            ImportResult result = store.importFiles(sources(files), user.name());
            LOG.info("import #{} by {}: {}", result.importId(), user.name(), files.stream().map(f -> f.name).toList());
            pages.render(ctx, 200, "imported.jte", "Importiert", "daten", new Views.Imported(result.importId(),
                    user.name(), files.stream().map(f -> f.name).toList(), counts(result.added(), result.changed()),
                    result.warnings()));
        } catch (DatasetException e) {
            // the store changed between check and confirmation: show what is wrong now
            pages.render(ctx, 422, "checked.jte", "Fehler in den Daten", "daten",
                    new Views.Checked(files.stream().map(Upload::carried).toList(), problems(e.problems()),
                            List.of(), List.of()));
        }
    }

    private static List<DatasetSource> sources(List<Upload> files) {
        return files.stream().map(f -> new DatasetSource(f.name, () -> new ByteArrayInputStream(f.bytes))).toList();
    }

    static List<ProblemView> problems(List<Problem> problems) {
        List<ProblemView> views = new ArrayList<>();
        for (Problem p : problems) {
            // a workbook's place as Excel names it (Aktivitäten!C7), a YAML file's in words
            String place = p.sheet() != null ? Problem.location("", p.sheet(), p.line(), p.column()).substring(1)
                    : p.line() <= 0 ? "" : "Zeile " + p.line() + (p.column() > 0 ? ", Spalte " + p.column() : "");
            views.add(new ProblemView(p.file() == null ? "" : p.file(), place, p.path() == null ? "" : p.path(),
                    p.message()));
        }
        return views;
    }

    private static List<Count> counts(Map<String, Integer> added, Map<String, Integer> changed) {
        List<Count> counts = new ArrayList<>();
        for (String kind : new TreeSet<>(added.keySet())) {
            int a = added.getOrDefault(kind, 0);
            int c = changed.getOrDefault(kind, 0);
            if (a > 0 || c > 0) {
                counts.add(new Count(kind, a, c));
            }
        }
        return counts;
    }

    /** The name without any folder a browser may send along. */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? "upload.yaml" : n;
    }

    private static String size(long bytes) {
        return String.format(Locale.GERMANY, "%,.1f MB", bytes / 1024.0 / 1024.0);
    }

    private record Upload(String name, byte[] bytes) {
        String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        Carried carried() {
            return new Carried(name, sha256(), Base64.getEncoder().encodeToString(bytes),
                    String.format(Locale.GERMANY, "%,d Bytes", bytes.length));
        }
    }
}
