package de.nrw.coop.storage.dataset;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A small YAML tree for one record of a dataset, every node with its 1-based line and column.
 * Scalars stay text: the reader parses dates, numbers and words itself, strictly, so YAML's
 * implicit typing can neither turn {@code 2019-13-01} into something else nor crash on it.
 */
sealed interface Node permits Node.Scalar, Node.Seq, Node.MapNode {

    int line();

    int column();

    /** What the node is, for "expected a list, found a mapping". */
    String describe();

    /**
     * A scalar.
     *
     * @param value the text; {@code null} for an empty plain value, {@code ~} or {@code null}
     */
    record Scalar(String value, int line, int column) implements Node {
        boolean isNull() {
            return value == null;
        }

        @Override
        public String describe() {
            return value == null ? "nothing" : "the text '" + Texts.abbreviate(value) + "'";
        }
    }

    record Seq(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; keys in file order. */
    record MapNode(LinkedHashMap<String, Entry> entries, int line, int column) implements Node {
        Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping (key: value pairs)";
        }
    }

    /** A key of a mapping with where it stands, and its value. */
    record Entry(String key, int line, int column, Node value) {}
}
