package de.nrw.coop.storage.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML dataset files (format: {@code docs/dataset-format.md}) and hands their records to a
 * {@link DatasetSink}, streaming: it walks the YAML event stream and holds one list item at a time,
 * so files of any size are read in a small heap.
 *
 * <p>For each file, in order: {@link DatasetSink#startFile}, then each valid record with its
 * {@link Origin}, the {@link Reference}s it makes and every {@link Problem} found, then
 * {@link DatasetSink#endFile} with the SHA-256 of the file's bytes. Problems never stop the
 * reading of a file, except a YAML syntax error, after which the rest of that file cannot be
 * understood. Data problems are never thrown: the caller decides what to do with them. A file
 * that cannot be opened or read is a problem too (its digest is then that of the bytes read).
 *
 * <p>References are reported for every record, also for one with problems, so that an unknown
 * key shows up in the same run as the record's other mistakes. Natural keys are checked for
 * duplicates within a file; across files and against the store is the import's business.
 */
public final class DatasetReader {
    private DatasetReader() {}

    /** Reads the files one after the other into the sink. */
    public static void read(List<DatasetSource> sources, DatasetSink sink) {
        for (DatasetSource source : sources) {
            readFile(source, sink);
        }
    }

    private static void readFile(DatasetSource source, DatasetSink sink) {
        String name = source.name();
        sink.startFile(name);
        MessageDigest digest = sha256();
        try (InputStream raw = source.opener().open(); DigestInputStream in = new DigestInputStream(raw, digest)) {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            FileWalker walker = new FileWalker(name, new YamlEvents(reader, name), sink);
            try {
                walker.walk();
            } catch (MarkedYAMLException e) {
                sink.problem(syntaxProblem(name, walker.path, e));
            } catch (YamlEvents.TooDeep e) {
                sink.problem(new Problem(name, e.line, e.column, walker.path, "lists and mappings are nested more"
                        + " than " + Limits.NESTING_DEPTH + " levels deep inside one record (no record needs more"
                        + " than 7); the rest of this file was not read"));
            } catch (ReaderException e) {
                sink.problem(badCharacter(source, walker.path, e));
            } catch (YAMLException e) {
                sink.problem(isEncoding(e) ? badEncoding(source, walker.path)
                        : new Problem(name, 0, 0, walker.path, unreadable(e)));
            }
            // the digest covers the whole file, also the part after a syntax error
            in.transferTo(OutputStream.nullOutputStream());
        } catch (FileNotFoundException | NoSuchFileException e) {
            sink.problem(new Problem(name, 0, 0, "", "file not found (" + e.getMessage() + ")"));
        } catch (IOException e) {
            sink.problem(new Problem(name, 0, 0, "", "cannot read the file: " + e));
        }
        sink.endFile(name, HexFormat.of().formatHex(digest.digest()));
    }

    private static Problem syntaxProblem(String file, String path, MarkedYAMLException e) {
        int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
        int column = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
        String detail = e.getProblem();
        if (e.getContext() != null && e.getContextMark() != null) {
            detail += " " + e.getContext() + " started at line " + (e.getContextMark().getLine() + 1);
        }
        String message = "YAML syntax error: " + explain(e.getProblem(), detail) + "; the rest of this file was not read";
        return new Problem(file, line, column, path, message);
    }

    /** SnakeYAML's words for the usual mistakes, put in plain words, with the original kept. */
    static String explain(String problem, String detail) {
        String p = problem == null ? "" : problem;
        String plain;
        if (p.startsWith("expected <block end>")) {
            plain = "the indentation does not line up with the lines above";
        } else if (p.startsWith("mapping values are not allowed")) {
            plain = "a ': ' where no field can start";
        } else if (p.startsWith("could not find expected ':'")) {
            plain = "a field name without ':' after it";
        } else if (p.contains("(TAB)")) {
            plain = "a tab character; indent with spaces only";
        } else {
            return detail;
        }
        return plain + " (" + detail + ")";
    }

    private static boolean isEncoding(YAMLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Not UTF-8: the file is read again to say where the first byte that is not UTF-8 is. */
    private static Problem badEncoding(DatasetSource source, String path) {
        String message = "the file is not UTF-8 text; save it with the encoding UTF-8; the rest of this file was not read";
        try (InputStream in = new java.io.BufferedInputStream(source.opener().open())) {
            in.mark(8);
            String kind = binaryKind(in.readNBytes(8));
            in.reset();
            Utf8Position.Bad bad = Utf8Position.firstMalformed(in);
            if (bad != null && kind != null) {
                return new Problem(source.name(), 0, 0, path, kind.equals("UTF-16 text")
                        ? "the file is UTF-16 text, not UTF-8; save it with the encoding UTF-8; nothing of it was read"
                        : "the file is " + kind + ", not a YAML text file; a dataset is a text file saved as UTF-8;"
                                + " nothing of it was read");
            }
            if (bad != null) {
                return new Problem(source.name(), bad.line(), bad.column(), path, String.format("the file is not UTF-8"
                        + " text: byte 0x%02X (byte %d of the file) is not UTF-8%s; save it with the encoding UTF-8;"
                        + " the rest of this file was not read", bad.value(), bad.offset() + 1,
                        bad.value() >= 0x80 ? " (is it a Latin-1 or Windows-1252 file?)" : ""));
            }
        } catch (IOException e) {
            // the position is a help; the message stands without it
        }
        return new Problem(source.name(), 0, 0, path, message);
    }

    /** What a file that is not text seems to be, by its first bytes; null if unknown. */
    private static String binaryKind(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) {
            return "a PDF document";
        }
        if (start.startsWith("PK\u0003\u0004")) {
            return "a ZIP archive (an Excel, Word or OpenDocument file is one)";
        }
        if (start.startsWith("\u0089PNG")) {
            return "a PNG image";
        }
        if (start.startsWith("\u00D0\u00CF\u0011\u00E0")) {
            return "an old Office document (.xls, .doc)";
        }
        if (start.startsWith("\u00FF\u00FE") || start.startsWith("\u00FE\u00FF")) {
            return "UTF-16 text";
        }
        return null;
    }

    /** A character YAML does not allow in a file (NUL, most control characters): binary data, as a rule. */
    private static Problem badCharacter(DatasetSource source, String path, ReaderException e) {
        int line = 0;
        int column = 0;
        try (Reader in = new InputStreamReader(source.opener().open(), StandardCharsets.UTF_8)) {
            int[] position = Utf8Position.ofCodePoint(in, e.getPosition());
            line = position[0];
            column = position[1];
        } catch (IOException ignored) {
            // the position is a help; the message stands without it
        }
        return new Problem(source.name(), line, column, path, String.format("the file holds the character U+%04X,"
                + " which a text file does not (is it a binary file, such as a spreadsheet or a PDF?); a dataset is a"
                + " YAML text file; the rest of this file was not read", e.getCodePoint()));
    }

    private static String unreadable(YAMLException e) {
        return "cannot read the file: " + e.getMessage() + "; the rest of this file was not read";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Walks the top level of one file: a mapping of section names to lists. */
    private static final class FileWalker {
        private final String file;
        private final YamlEvents events;
        private final DatasetSink sink;
        private final Records records;
        /** Where the walk is, for a syntax error's path. */
        String path = "";

        FileWalker(String file, YamlEvents events, DatasetSink sink) {
            this.file = file;
            this.events = events;
            this.sink = sink;
            this.records = new Records(file, sink);
        }

        void walk() {
            events.next(); // stream start
            if (events.at(Event.ID.StreamEnd)) {
                sink.problem(new Problem(file, 0, 0, "", "the file holds no data (it is empty, or holds only"
                        + " comments); a dataset file holds at least one list such as 'activities:'"));
                return;
            }
            events.next(); // document start
            if (events.at(Event.ID.MappingStart)) {
                sections();
            } else {
                Node top = events.compose("", p -> { });
                sink.problem(new Problem(file, top.line(), top.column(), "",
                        "expected the lists of a dataset at the top of the file (" + Texts.list(Records.Section.keys())
                                + ", each followed by ':'), found " + top.describe()));
            }
            events.next(); // document end
            if (!events.at(Event.ID.StreamEnd)) {
                // SnakeYAML would go on with the next document; read as one file, two documents would
                // merge silently, so everything after the first is refused
                Event next = events.peek();
                sink.problem(new Problem(file, YamlEvents.line(next), YamlEvents.column(next), "", "a second YAML"
                        + " document starts here (after a line '---' or '...'); a dataset file holds one: put the"
                        + " lists of the second into a file of their own, or remove the '---'; the rest of this file"
                        + " was not read"));
            }
        }

        private void sections() {
            events.next(); // mapping start
            Map<Records.Section, Integer> seen = new HashMap<>();
            while (!events.at(Event.ID.MappingEnd)) {
                Event keyEvent = events.peek();
                int line = YamlEvents.line(keyEvent);
                int column = YamlEvents.column(keyEvent);
                if (!(keyEvent instanceof ScalarEvent keyScalar)) {
                    Node key = events.compose("", p -> { });
                    sink.problem(new Problem(file, line, column, "", "expected a list name such as 'activities:',"
                            + " found " + key.describe()));
                    events.skipNode();
                    continue;
                }
                events.next();
                String name = keyScalar.getValue();
                path = name;
                Records.Section section = Records.Section.byKey(name);
                if (section == null) {
                    sink.problem(new Problem(file, line, column, name, "unknown list '" + name + "'"
                            + Texts.didYouMean(name, Records.Section.keys()) + " (a dataset file holds the lists "
                            + Texts.list(Records.Section.keys()) + ")"));
                    events.skipNode();
                    continue;
                }
                Integer first = seen.putIfAbsent(section, line);
                if (first != null) {
                    sink.problem(new Problem(file, line, column, name, "list '" + name + "' appears twice; the first is"
                            + " at line " + first + "; write all " + name + " in one list"));
                }
                items(section, name);
            }
            events.next(); // mapping end
        }

        private void items(Records.Section section, String name) {
            Event value = events.peek();
            if (value instanceof ScalarEvent s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
                    || s.getValue().equals("null"))) {
                events.next(); // an empty list written as nothing
                return;
            }
            if (!events.at(Event.ID.SequenceStart)) {
                Node n = events.compose(name, p -> { });
                sink.problem(new Problem(file, n.line(), n.column(), name, "expected a list of " + name + " (each item"
                        + " on a line starting with '- '), found " + n.describe()));
                return;
            }
            events.next(); // sequence start
            int index = 0;
            List<Problem> composeProblems = new ArrayList<>();
            while (!events.at(Event.ID.SequenceEnd)) {
                path = name + "[" + index + "]";
                composeProblems.clear();
                Node item = events.compose(path, composeProblems::add);
                // parse on to the next event first: a syntax error there often cut this item short,
                // and its missing fields would only be noise beside the real problem
                events.peek();
                records.read(section, item, path, composeProblems);
                index++;
            }
            events.next(); // sequence end
            path = name;
        }
    }
}
