package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.ModelException;
import de.nrw.coop.storage.kind.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading of one record (one list item of a dataset file): its problems and the references
 * it makes. A record with any problem is not passed to the sink.
 */
final class Scope {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    final String file;
    /** The sheet of a workbook, null in a YAML file. */
    final String sheet;
    final String path;
    final Node node;
    final List<Problem> problems = new ArrayList<>();
    private final List<PendingReference> references = new ArrayList<>();
    /** The record in words for references ("activity 'kr-2019-richter'"); set once its key is read. */
    String from;

    private record PendingReference(Node.Scalar value, String path, RecordType<?> kind) {}

    Scope(String file, String sheet, String path, Node node, String what) {
        this.file = file;
        this.sheet = sheet;
        this.path = path;
        this.node = node;
        this.from = what + " at " + path;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    Origin origin() {
        return new Origin(file, sheet, node.line(), node.column(), path);
    }

    void problem(Node at, String atPath, String message) {
        problems.add(new Problem(file, sheet, at.line(), at.column(), atPath, message));
    }

    void problem(int line, int column, String atPath, String message) {
        problems.add(new Problem(file, sheet, line, column, atPath, message));
    }

    /** Notes a key naming another record; emitted with the record. */
    void reference(Node.Scalar value, String valuePath, RecordType<?> kind) {
        references.add(new PendingReference(value, valuePath, kind));
    }

    List<Reference> references() {
        List<Reference> out = new ArrayList<>(references.size());
        for (PendingReference r : references) {
            out.add(new Reference(file, sheet, r.value.line(), r.value.column(), r.path, from, r.kind,
                    Texts.fold(r.value.value())));
        }
        return out;
    }

    /** The fields of a mapping node, or null (with a problem) if the node is not a mapping. */
    Fields fields(Node at, String atPath, String what, List<String> allowed) {
        if (!(at instanceof Node.MapNode map)) {
            problem(at, atPath, "expected " + what + " (a mapping of fields such as '" + allowed.get(0)
                    + ": ...'), found " + at.describe());
            return null;
        }
        return new Fields(this, map, atPath, allowed);
    }

    /**
     * Builds a model value; a {@link ModelException} becomes a problem at the field it names,
     * resolved inside {@code at} (with {@code aliases} from model field names to dataset paths).
     */
    <T> T build(Node at, String atPath, Map<String, String> aliases, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ModelException e) {
            String field = e.field() == null ? "" : aliases.getOrDefault(e.field(), e.field());
            Node target = resolve(at, field);
            problem(target, field.isEmpty() ? atPath : YamlEvents.join(atPath, field), e.getMessage());
            return null;
        }
    }

    /** The deepest node along a field path such as {@code questions[2].answer[0]}. */
    static Node resolve(Node root, String field) {
        Node node = root;
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            Node next = null;
            if (m.group(1) != null && node instanceof Node.MapNode map) {
                next = map.get(m.group(1));
            } else if (m.group(2) != null && node instanceof Node.Seq seq) {
                int i = Integer.parseInt(m.group(2));
                next = i < seq.items().size() ? seq.items().get(i) : null;
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return node;
    }
}
