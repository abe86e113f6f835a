package de.nrw.coop.storage.dataset;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.ModelException;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.dataset.Reference.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads one item of {@code inquiries:} into an {@link Inquiry}. */
final class InquiryReader {
    static final List<String> INQUIRY = List.of("id", "kind", "drucksache", "asked", "received", "letterDate", "answer",
            "requesters", "title", "countries", "period", "preface", "footnotes", "minister", "concurrence",
            "governmentPreface", "questions");
    static final List<String> ANSWER = List.of("drucksache", "date", "issued");
    static final List<String> REQUESTER = List.of("name", "gender", "group");
    static final List<String> PERIOD = List.of("from", "to");
    static final List<String> FOOTNOTE = List.of("number", "text");
    static final List<String> QUESTION = List.of("text", "answer");
    static final List<String> TABLE = List.of("table", "countries", "from", "to", "caption");
    static final Fields.Words<Gender> GENDERS = new Fields.Words<>(Gender.class, "gender");
    static final Fields.Words<InquiryKind> KINDS = new Fields.Words<>(InquiryKind.class, "inquiry kind");

    /** Model field names that stand elsewhere in the dataset. */
    private static final Map<String, String> ALIASES = Map.of(
            "from", "period.from",
            "to", "period.to",
            "issued", "answer.issued",
            "questionDrucksache", "drucksache");

    private final Scope scope;
    private final Records records;

    InquiryReader(Scope scope, Records records) {
        this.scope = scope;
        this.records = records;
    }

    void read(DatasetSink sink) {
        Fields f = scope.fields(scope.node, scope.path, "an inquiry", INQUIRY);
        if (f == null) {
            return;
        }
        InquiryId id = parsed(f, "id", true, "an inquiry id such as 17/4514", InquiryId::parse);
        if (id != null) {
            records.inquiryKey(scope, id.toString(), f.map.get("id"), f.pathOf("id"));
        }
        InquiryKind kind = f.has("kind") ? f.word("kind", false, KINDS) : InquiryKind.KLEINE;
        Drucksache drucksache = parsed(f, "drucksache", true, "a Drucksache such as 17/11308", Drucksache::parse);
        LocalDate asked = f.date("asked", true);
        LocalDate received = f.date("received", false);
        LocalDate letterDate = f.date("letterDate", false);
        Fields answer = f.nested("answer", false, "the answer's publication (drucksache, date, issued)", ANSWER);
        Drucksache answerDrucksache = answer == null ? null
                : parsed(answer, "drucksache", false, "a Drucksache such as 17/11754", Drucksache::parse);
        LocalDate answerDate = answer == null ? null : answer.date("date", false);
        LocalDate issued = answer == null ? null : answer.date("issued", false);
        if (answer != null && !(answer.has("drucksache") && answer.has("date") && answer.has("issued"))) {
            scope.problem(answer.map, answer.path, "answer.drucksache, answer.date and answer.issued are set"
                    + " together (final answer) or not at all (draft)");
        }
        List<Requester> requesters = requesters(f);
        String title = f.text("title");
        List<String> countries = f.references("countries", Kind.COUNTRY);
        Fields period = f.nested("period", false, "a period (from, to)", PERIOD);
        Integer from = period == null ? null : period.integer("from", false);
        Integer to = period == null ? null : period.integer("to", false);
        List<String> preface = f.texts("preface");
        List<Footnote> footnotes = footnotes(f);
        String minister = f.text("minister");
        String concurrence = f.optionalText("concurrence");
        List<String> governmentPreface = f.texts("governmentPreface");
        List<Question> questions = questions(f);
        if (scope.ok()) {
            Inquiry inquiry = scope.build(f.map, f.path, ALIASES, () -> new Inquiry(id, drucksache, answerDrucksache,
                    asked, received, letterDate, answerDate, issued, requesters, title, countries, from, to, preface,
                    footnotes, minister, concurrence, governmentPreface, questions, kind));
            if (inquiry != null) {
                sink.inquiry(inquiry, scope.origin());
            }
        }
    }

    /** A scalar parsed by a model factory, its {@link ModelException} a problem at the value. */
    private <T> T parsed(Fields f, String key, boolean required, String expected, Function<String, T> parser) {
        Node.Scalar s = f.scalar(key, required, expected);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s.value());
        } catch (ModelException e) {
            scope.problem(s, f.pathOf(key), e.getMessage());
            return null;
        }
    }

    private List<Requester> requesters(Fields f) {
        List<Requester> requesters = new ArrayList<>();
        List<Node> items = f.list("requesters", true);
        for (int i = 0; i < items.size(); i++) {
            String path = f.pathOf("requesters") + "[" + i + "]";
            int before = scope.problems.size();
            Fields r = scope.fields(items.get(i), path, "a requester (name, gender, group)", REQUESTER);
            if (r == null) {
                continue;
            }
            // a member gives name, gender and group; a Fraktion asking as such only its group
            boolean fraktion = !r.has("name") && !r.has("gender");
            String name = fraktion ? null : r.text("name");
            Gender gender = fraktion ? null : r.word("gender", true, GENDERS);
            String group = r.text("group");
            if (scope.problems.size() == before) {
                requesters.add(scope.build(r.map, path, Map.of(), () -> new Requester(name, gender, group)));
            }
        }
        return requesters;
    }

    private List<Footnote> footnotes(Fields f) {
        List<Footnote> footnotes = new ArrayList<>();
        List<Node> items = f.list("footnotes");
        for (int i = 0; i < items.size(); i++) {
            String path = f.pathOf("footnotes") + "[" + i + "]";
            int before = scope.problems.size();
            Fields n = scope.fields(items.get(i), path, "a footnote (number, text)", FOOTNOTE);
            if (n == null) {
                continue;
            }
            Integer number = n.integer("number", true);
            String text = n.text("text");
            if (scope.problems.size() == before) {
                footnotes.add(scope.build(n.map, path, Map.of("footnotes[" + number + "]", "text", "footnotes", "number"),
                        () -> new Footnote(number, text)));
            }
        }
        return footnotes;
    }

    private List<Question> questions(Fields f) {
        List<Question> questions = new ArrayList<>();
        List<Node> items = f.list("questions", true);
        for (int i = 0; i < items.size(); i++) {
            String path = f.pathOf("questions") + "[" + i + "]";
            int before = scope.problems.size();
            Fields q = scope.fields(items.get(i), path, "a question (text, answer)", QUESTION);
            if (q == null) {
                continue;
            }
            String text = q.text("text");
            List<AnswerBlock> answer = new ArrayList<>();
            List<Node> blocks = q.list("answer");
            for (int b = 0; b < blocks.size(); b++) {
                answer.add(block(blocks.get(b), q.pathOf("answer") + "[" + b + "]"));
            }
            int number = i + 1;
            if (scope.problems.size() == before) {
                questions.add(scope.build(q.map, path, Map.of(), () -> new Question(number, text, answer)));
            }
        }
        return questions;
    }

    /** A paragraph (plain text) or a data table ({@code {table: visits-per-year, ...}}). */
    private AnswerBlock block(Node node, String path) {
        int before = scope.problems.size();
        if (node instanceof Node.Scalar s && !s.isNull()) {
            String text = Fields.text(scope, s, path, Limits.PARAGRAPH);
            if (text.isEmpty()) {
                scope.problem(s, path, "expected a paragraph of text, found an empty text");
                return null;
            }
            return new AnswerBlock.Paragraph(text);
        }
        if (!(node instanceof Node.MapNode)) {
            scope.problem(node, path, "expected a paragraph (text) or a data table ({table: visits-per-year, ...}),"
                    + " found " + node.describe());
            return null;
        }
        Fields t = scope.fields(node, path, "a data table", TABLE);
        Node.Scalar kindNode = t.scalar("table", true, "one of " + TableKind.ids());
        TableKind kind = null;
        if (kindNode != null) {
            String v = kindNode.value().strip();
            try {
                kind = TableKind.byId(v);
            } catch (ModelException e) {
                List<String> ids = Arrays.stream(TableKind.values()).map(TableKind::id).toList();
                scope.problem(kindNode, t.pathOf("table"), "'" + Texts.abbreviate(v) + "' is not a valid table"
                        + Texts.didYouMean(v, ids) + " (expected one of " + TableKind.ids() + ")");
            }
        }
        List<String> countries = t.references("countries", Kind.COUNTRY);
        Integer from = t.integer("from", false);
        Integer to = t.integer("to", false);
        String caption = t.optionalText("caption");
        TableKind table = kind;
        return scope.problems.size() == before ? scope.build(t.map, path, Map.of(),
                () -> new AnswerBlock.DataTable(table, countries, from, to, caption)) : null;
    }
}
