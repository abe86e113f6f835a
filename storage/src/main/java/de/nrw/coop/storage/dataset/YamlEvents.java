package de.nrw.coop.storage.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's event stream over one file, composed into small {@link Node} trees on demand: the
 * reader composes one list item at a time, never the whole document, so a file of a million
 * activities is read in constant memory. Syntax errors surface as SnakeYAML's
 * {@code MarkedYAMLException} from any call.
 */
final class YamlEvents {
    /** How SnakeYAML spells the {@code !!} of a tag such as {@code !!binary}. */
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    private final Parser parser;
    private final String file;

    YamlEvents(Reader reader, String file) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MB by default; a dataset of a million activities is larger
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setProcessComments(false);
        this.parser = new ParserImpl(new StreamReader(reader), options);
        this.file = file;
    }

    boolean at(Event.ID id) {
        return parser.checkEvent(id);
    }

    Event next() {
        return parser.getEvent();
    }

    Event peek() {
        return parser.peekEvent();
    }

    static int line(Event e) {
        return e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
    }

    static int column(Event e) {
        return e.getStartMark() == null ? 0 : e.getStartMark().getColumn() + 1;
    }

    /** Lists and mappings nested deeper than {@link Limits#NESTING_DEPTH}: the file is not read on. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooDeep(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** Consumes the next node with everything inside it. */
    void skipNode() {
        int depth = 0;
        do {
            Event e = parser.getEvent();
            if (e.is(Event.ID.MappingStart) || e.is(Event.ID.SequenceStart)) {
                depth++;
            } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
                depth--;
            }
        } while (depth > 0);
    }

    /**
     * Composes the next node into a tree.
     *
     * @param path     field path of the node, for problems
     * @param problems receives aliases, non-text keys and duplicate keys
     */
    Node compose(String path, Consumer<Problem> problems) {
        return compose(path, problems, 1);
    }

    private Node compose(String path, Consumer<Problem> problems, int depth) {
        Event e = parser.getEvent();
        int line = line(e);
        int column = column(e);
        String tag = e instanceof ScalarEvent s ? s.getTag()
                : e instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            // a tag (!!binary, !!python/..., !foo) asks for a type of its own; a dataset's types come
            // from its fields, so a tag is at best a mistake
            problems.accept(new Problem(file, line, column, path, "type tags ('" + Texts.abbreviate(
                    tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag)
                    + "') are not supported in datasets; remove the tag and write the value as plain text"));
        }
        if (depth > Limits.NESTING_DEPTH && (e.is(Event.ID.SequenceStart) || e.is(Event.ID.MappingStart))) {
            throw new TooDeep(line, column);
        }
        switch (e.getEventId()) {
            case Scalar: {
                ScalarEvent s = (ScalarEvent) e;
                return new Node.Scalar(isNull(s) && tag == null ? null : s.getValue(), line, column);
            }
            case Alias:
                problems.accept(new Problem(file, line, column, path,
                        "aliases (*name) are not supported in datasets; write the value out"));
                return new Node.Scalar(null, line, column);
            case SequenceStart: {
                List<Node> items = new ArrayList<>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    items.add(compose(path + "[" + items.size() + "]", problems, depth + 1));
                }
                parser.getEvent();
                return new Node.Seq(items, line, column);
            }
            case MappingStart: {
                LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    Event keyEvent = parser.peekEvent();
                    int keyLine = line(keyEvent);
                    int keyColumn = column(keyEvent);
                    Node keyNode = compose(path, problems, depth + 1);
                    String key = keyNode instanceof Node.Scalar k && !k.isNull() ? k.value() : null;
                    String valuePath = key == null ? path : join(path, key);
                    Node value = compose(valuePath, problems, depth + 1);
                    if (key == null) {
                        problems.accept(new Problem(file, keyLine, keyColumn, path,
                                "expected a field name (a word followed by ':'), found " + keyNode.describe()));
                        continue;
                    }
                    Node.Entry first = entries.get(key);
                    if (first != null) {
                        problems.accept(new Problem(file, keyLine, keyColumn, valuePath, "field '" + key
                                + "' appears twice; the first is at line " + first.line() + "; keep one"));
                        continue;
                    }
                    entries.put(key, new Node.Entry(key, keyLine, keyColumn, value));
                }
                parser.getEvent();
                return new Node.MapNode(entries, line, column);
            }
            default:
                throw new IllegalStateException("unexpected YAML event " + e + " at " + file + ":" + line);
        }
    }

    /** Plain {@code ~}, {@code null} or nothing: YAML's null, which a dataset reads as "not given". */
    private static boolean isNull(ScalarEvent s) {
        if (!s.isPlain()) {
            return false;
        }
        String v = s.getValue();
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
