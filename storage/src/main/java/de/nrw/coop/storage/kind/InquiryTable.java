package de.nrw.coop.storage.kind;

import static de.nrw.coop.storage.internal.jdbc.Select.date;
import static de.nrw.coop.storage.internal.jdbc.Select.integer;

import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Drucksache;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Gender;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryKind;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.model.TableKind;
import de.nrw.coop.storage.internal.jdbc.Batch;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** How {@link RecordTypes#INQUIRIES} are stored: an inquiry row with its requesters, paragraphs, questions and answers. */
final class InquiryTable {
    private InquiryTable() {}

    static List<Inquiry> load(Handle h, Collection<String> ids) {
        List<Inquiry> found = new ArrayList<>();
        for (String id : ids == null ? allIds(h) : ids) {
            inquiry(h, InquiryId.parse(id)).ifPresent(found::add);
        }
        return found;
    }

    private static List<String> allIds(Handle h) {
        return h.createQuery("SELECT inquiry_period, inquiry_number FROM inquiry ORDER BY inquiry_period, inquiry_number")
                .map((rs, ctx) -> rs.getInt(1) + "/" + rs.getInt(2)).list();
    }

    static void delete(Connection c, List<Inquiry> rows) throws SQLException {
        try (Batch b = new Batch(c, "DELETE FROM inquiry WHERE inquiry_period = ? AND inquiry_number = ?")) {
            for (Inquiry i : rows) {
                b.integer(i.id().period()).integer(i.id().number()).add();
            }
        }
    }

    static Optional<Inquiry> inquiry(Handle h, InquiryId id) {
        Map<String, Object> p = Map.of("p", id.period(), "n", id.number());
        String where = " WHERE inquiry_period = :p AND inquiry_number = :n";
        List<Requester> requesters = list(h, "SELECT name, gender, group_name FROM inquiry_requester" + where
                + " ORDER BY pos", p, (rs, ctx) -> new Requester(rs.getString(1),
                rs.getString(2) == null ? null : Gender.valueOf(rs.getString(2)), rs.getString(3)));
        List<String> countries = list(h, "SELECT country_code FROM inquiry_country" + where + " ORDER BY pos", p,
                (rs, ctx) -> rs.getString(1));
        List<String> preface = list(h, "SELECT body FROM inquiry_paragraph" + where + " AND section = 'P' ORDER BY pos",
                p, (rs, ctx) -> rs.getString(1));
        List<String> governmentPreface = list(h, "SELECT body FROM inquiry_paragraph" + where
                + " AND section = 'G' ORDER BY pos", p, (rs, ctx) -> rs.getString(1));
        List<Footnote> footnotes = list(h, "SELECT footnote_number, body FROM inquiry_footnote" + where
                + " ORDER BY footnote_number", p, (rs, ctx) -> new Footnote(rs.getInt(1), rs.getString(2)));
        Map<Integer, Map<Integer, List<String>>> tableCountries = h.createQuery("SELECT question_number, block_pos,"
                        + " country_code FROM answer_table_country" + where + " ORDER BY question_number, block_pos, pos")
                .bindMap(p)
                .reduceRows(new HashMap<>(), (byQuestion, row) -> {
                    byQuestion.computeIfAbsent(row.getColumn(1, Integer.class), q -> new HashMap<>())
                            .computeIfAbsent(row.getColumn(2, Integer.class), b -> new ArrayList<>())
                            .add(row.getColumn(3, String.class));
                    return byQuestion;
                });
        Map<Integer, List<AnswerBlock>> blocks = h.createQuery("SELECT question_number, pos, block_type, body,"
                        + " table_kind, from_year, to_year, caption, per_year, empty_text FROM answer_block" + where
                        + " ORDER BY question_number, pos")
                .bindMap(p)
                .map((rs, ctx) -> {
                    int q = rs.getInt(1);
                    List<String> own = tableCountries.getOrDefault(q, Map.of()).getOrDefault(rs.getInt(2), List.of());
                    String empty = rs.getString(10);
                    AnswerBlock block = switch (rs.getString(3)) {
                        case "P" -> new AnswerBlock.Paragraph(rs.getString(4));
                        case "X" -> new AnswerBlock.Template(rs.getString(4), empty);
                        case "A" -> new AnswerBlock.Activities(rs.getBoolean(9), own, integer(rs, 6), integer(rs, 7),
                                empty);
                        default -> new AnswerBlock.DataTable(TableKind.valueOf(rs.getString(5)), own, integer(rs, 6),
                                integer(rs, 7), rs.getString(8), empty);
                    };
                    return Map.entry(q, block);
                })
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
        List<Question> questions = list(h, "SELECT question_number, body FROM inquiry_question" + where
                + " ORDER BY question_number", p, (rs, ctx) -> new Question(rs.getInt(1), rs.getString(2),
                blocks.getOrDefault(rs.getInt(1), List.of())));
        return h.createQuery("SELECT question_ds_period, question_ds_number, answer_ds_period, answer_ds_number,"
                        + " asked_on, received_on, letter_on, answer_on, issued_on, title, from_year, to_year, minister,"
                        + " concurrence, inquiry_kind FROM inquiry" + where)
                .bindMap(p)
                .map((rs, ctx) -> new Inquiry(id, new Drucksache(rs.getInt(1), rs.getInt(2)),
                        integer(rs, 3) == null ? null : new Drucksache(rs.getInt(3), rs.getInt(4)), date(rs, 5),
                        date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9), requesters, rs.getString(10), countries,
                        integer(rs, 11), integer(rs, 12), preface, footnotes, rs.getString(13), rs.getString(14),
                        governmentPreface, questions, InquiryKind.valueOf(rs.getString(15))))
                .findOne();
    }

    static void insert(Connection c, List<Inquiry> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO inquiry (inquiry_period, inquiry_number, question_ds_period,"
                + " question_ds_number, answer_ds_period, answer_ds_number, asked_on, received_on, letter_on, answer_on,"
                + " issued_on, title, from_year, to_year, minister, concurrence, inquiry_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                b.integer(r.id().period()).integer(r.id().number()).integer(r.questionDrucksache().period())
                        .integer(r.questionDrucksache().number())
                        .integer(r.answerDrucksache() == null ? null : r.answerDrucksache().period())
                        .integer(r.answerDrucksache() == null ? null : r.answerDrucksache().number())
                        .date(r.asked()).date(r.received()).date(r.letterDate()).date(r.answerDate()).date(r.issued())
                        .text(r.title()).integer(r.fromYear()).integer(r.toYear()).text(r.minister())
                        .text(r.concurrence()).text(r.kind().name()).add();
            }
        }
        try (Batch requesters = new Batch(c, "INSERT INTO inquiry_requester (inquiry_period, inquiry_number, pos, name,"
                + " gender, group_name) VALUES (?, ?, ?, ?, ?, ?)");
             Batch countries = new Batch(c, "INSERT INTO inquiry_country (inquiry_period, inquiry_number, pos,"
                     + " country_code) VALUES (?, ?, ?, ?)");
             Batch paragraphs = new Batch(c, "INSERT INTO inquiry_paragraph (inquiry_period, inquiry_number, section,"
                     + " pos, body) VALUES (?, ?, ?, ?, ?)");
             Batch footnotes = new Batch(c, "INSERT INTO inquiry_footnote (inquiry_period, inquiry_number,"
                     + " footnote_number, body) VALUES (?, ?, ?, ?)");
             Batch questions = new Batch(c, "INSERT INTO inquiry_question (inquiry_period, inquiry_number,"
                     + " question_number, body) VALUES (?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                int p = r.id().period();
                int n = r.id().number();
                for (int i = 0; i < r.requesters().size(); i++) {
                    Requester q = r.requesters().get(i);
                    requesters.integer(p).integer(n).integer(i).text(q.name())
                            .text(q.gender() == null ? null : q.gender().name()).text(q.group())
                            .add();
                }
                for (int i = 0; i < r.countryCodes().size(); i++) {
                    countries.integer(p).integer(n).integer(i).text(r.countryCodes().get(i)).add();
                }
                for (int i = 0; i < r.preface().size(); i++) {
                    paragraphs.integer(p).integer(n).text("P").integer(i).text(r.preface().get(i)).add();
                }
                for (int i = 0; i < r.governmentPreface().size(); i++) {
                    paragraphs.integer(p).integer(n).text("G").integer(i).text(r.governmentPreface().get(i)).add();
                }
                for (Footnote f : r.footnotes()) {
                    footnotes.integer(p).integer(n).integer(f.number()).text(f.text()).add();
                }
                for (Question q : r.questions()) {
                    questions.integer(p).integer(n).integer(q.number()).text(q.text()).add();
                }
            }
        }
        answerBlocks(c, rows);
    }

    /** Inserts the answer blocks of the inquiries (and the countries of their blocks). */
    static void answerBlocks(Connection c, List<Inquiry> rows) throws SQLException {
        try (Batch blocks = new Batch(c, "INSERT INTO answer_block (inquiry_period, inquiry_number, question_number, pos,"
                + " block_type, body, table_kind, from_year, to_year, caption, per_year, empty_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                for (Question q : r.questions()) {
                    for (int i = 0; i < q.answer().size(); i++) {
                        blocks.integer(r.id().period()).integer(r.id().number()).integer(q.number()).integer(i);
                        AnswerBlock block = q.answer().get(i);
                        if (block instanceof AnswerBlock.DataTable t) {
                            blocks.text("T").text(null).text(t.kind().name()).integer(t.fromYear())
                                    .integer(t.toYear()).text(t.caption()).bool(null);
                        } else if (block instanceof AnswerBlock.Activities a) {
                            blocks.text("A").text(null).text(null).integer(a.fromYear()).integer(a.toYear())
                                    .text(null).bool(a.perYear());
                        } else if (block instanceof AnswerBlock.Template t) {
                            blocks.text("X").text(t.text()).text(null).integer(null).integer(null).text(null)
                                    .bool(null);
                        } else {
                            blocks.text("P").text(((AnswerBlock.Paragraph) block).text()).text(null).integer(null)
                                    .integer(null).text(null).bool(null);
                        }
                        blocks.text(block.emptyText()).add();
                    }
                }
            }
        }
        try (Batch countries = new Batch(c, "INSERT INTO answer_table_country (inquiry_period, inquiry_number,"
                + " question_number, block_pos, pos, country_code) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                for (Question q : r.questions()) {
                    for (int i = 0; i < q.answer().size(); i++) {
                        List<String> codes = blockCountries(q.answer().get(i));
                        for (int j = 0; j < codes.size(); j++) {
                            countries.integer(r.id().period()).integer(r.id().number()).integer(q.number())
                                    .integer(i).integer(j).text(codes.get(j)).add();
                        }
                    }
                }
            }
        }
    }

    /**
     * Replaces the answers of a stored inquiry and its footnotes; the texts that only carry markers
     * (prefaces, questions) are rewritten where their marker numbers moved. The inquiry row itself
     * stays, and with it every row that refers to it.
     */
    static void replaceAnswers(Connection c, Inquiry before, Inquiry after) throws SQLException {
        int p = after.id().period();
        int n = after.id().number();
        for (String table : new String[] {"answer_block", "inquiry_footnote"}) {
            try (var delete = c.prepareStatement("DELETE FROM " + table + " WHERE inquiry_period = ? AND inquiry_number = ?")) {
                delete.setInt(1, p);
                delete.setInt(2, n);
                delete.executeUpdate();
            }
        }
        try (Batch paragraphs = new Batch(c, "UPDATE inquiry_paragraph SET body = ? WHERE inquiry_period = ?"
                + " AND inquiry_number = ? AND section = ? AND pos = ?");
             Batch questions = new Batch(c, "UPDATE inquiry_question SET body = ? WHERE inquiry_period = ?"
                     + " AND inquiry_number = ? AND question_number = ?");
             Batch footnotes = new Batch(c, "INSERT INTO inquiry_footnote (inquiry_period, inquiry_number,"
                     + " footnote_number, body) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < after.preface().size(); i++) {
                if (!after.preface().get(i).equals(before.preface().get(i))) {
                    paragraphs.text(after.preface().get(i)).integer(p).integer(n).text("P").integer(i).add();
                }
            }
            for (int i = 0; i < after.governmentPreface().size(); i++) {
                if (!after.governmentPreface().get(i).equals(before.governmentPreface().get(i))) {
                    paragraphs.text(after.governmentPreface().get(i)).integer(p).integer(n).text("G").integer(i).add();
                }
            }
            for (Question q : after.questions()) {
                if (!q.text().equals(before.questions().get(q.number() - 1).text())) {
                    questions.text(q.text()).integer(p).integer(n).integer(q.number()).add();
                }
            }
            for (Footnote f : after.footnotes()) {
                footnotes.integer(p).integer(n).integer(f.number()).text(f.text()).add();
            }
        }
        answerBlocks(c, List.of(after));
    }

    /** The countries a computed block names itself. */
    static List<String> blockCountries(AnswerBlock block) {
        return block instanceof AnswerBlock.DataTable t ? t.countryCodes()
                : block instanceof AnswerBlock.Activities a ? a.countryCodes() : List.of();
    }

    private static <T> List<T> list(Handle h, String sql, Map<String, Object> params, RowMapper<T> mapper) {
        return h.createQuery(sql).bindMap(params).map(mapper).list();
    }
}
