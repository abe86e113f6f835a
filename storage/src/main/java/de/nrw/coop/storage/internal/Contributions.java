package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Contribution;
import de.nrw.coop.model.ContributionRequest;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.InquiryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads and writes the Ressortabfrage: contribution requests and the contributions that came back. */
public final class Contributions {
    private static final String KEY = "inquiry_period = ? AND inquiry_number = ? AND department_key = ?"
            + " AND question_number = ?";

    private Contributions() {}

    /** Records the requests; asking the same department about the same question again replaces the earlier request. */
    public static void recordRequests(Handle h, List<ContributionRequest> requests) throws SQLException {
        Connection c = h.getConnection();
        for (ContributionRequest r : requests) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contribution_request WHERE " + KEY)) {
                key(delete, r.inquiry(), r.departmentKey(), r.question(), 1);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contribution_request (inquiry_period,"
                    + " inquiry_number, department_key, question_number, due_on, lead_key, requested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                key(insert, r.inquiry(), r.departmentKey(), r.question(), 1);
                insert.setObject(5, r.due());
                insert.setString(6, r.leadKey());
                insert.setObject(7, r.requested().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
    }

    /** The requests of one inquiry, or of all inquiries for null; by inquiry, question, department. */
    public static List<ContributionRequest> requests(Handle h, InquiryId inquiry) throws SQLException {
        String sql = "SELECT inquiry_period, inquiry_number, department_key, question_number, due_on, lead_key,"
                + " requested_at FROM contribution_request" + (inquiry == null ? "" : " WHERE inquiry_period = ?"
                + " AND inquiry_number = ?") + " ORDER BY inquiry_period, inquiry_number, question_number, department_key";
        List<ContributionRequest> out = new ArrayList<>();
        try (PreparedStatement s = h.getConnection().prepareStatement(sql)) {
            if (inquiry != null) {
                s.setInt(1, inquiry.period());
                s.setInt(2, inquiry.number());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContributionRequest(new InquiryId(rs.getInt(1), rs.getInt(2)), rs.getString(3),
                            rs.getInt(4), rs.getObject(5, java.time.LocalDate.class), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }

    /**
     * Stores the contributions, each replacing an earlier one of the same department and question.
     *
     * @return how many earlier contributions were replaced
     */
    public static int store(Handle h, List<Contribution> contributions) throws SQLException {
        Connection c = h.getConnection();
        int replaced = 0;
        for (Contribution x : contributions) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contribution WHERE " + KEY)) {
                key(delete, x.inquiry(), x.departmentKey(), x.question(), 1);
                replaced += delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contribution (inquiry_period,"
                    + " inquiry_number, department_key, question_number, received_at) VALUES (?, ?, ?, ?, ?)")) {
                key(insert, x.inquiry(), x.departmentKey(), x.question(), 1);
                insert.setObject(5, x.received().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contribution_paragraph (inquiry_period,"
                    + " inquiry_number, department_key, question_number, pos, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < x.paragraphs().size(); i++) {
                    key(insert, x.inquiry(), x.departmentKey(), x.question(), 1);
                    insert.setInt(5, i);
                    insert.setString(6, x.paragraphs().get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contribution_footnote (inquiry_period,"
                    + " inquiry_number, department_key, question_number, footnote_number, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Footnote f : x.footnotes()) {
                    key(insert, x.inquiry(), x.departmentKey(), x.question(), 1);
                    insert.setInt(5, f.number());
                    insert.setString(6, f.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return replaced;
    }

    /** The contributions to one inquiry, by question and department. */
    public static List<Contribution> contributions(Handle h, InquiryId inquiry) throws SQLException {
        Connection c = h.getConnection();
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        Map<String, List<Footnote>> notes = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT department_key, question_number, body FROM"
                + " contribution_paragraph WHERE inquiry_period = ? AND inquiry_number = ? ORDER BY pos")) {
            s.setInt(1, inquiry.period());
            s.setInt(2, inquiry.number());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    paragraphs.computeIfAbsent(rs.getString(1) + ' ' + rs.getInt(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT department_key, question_number, footnote_number, body"
                + " FROM contribution_footnote WHERE inquiry_period = ? AND inquiry_number = ? ORDER BY footnote_number")) {
            s.setInt(1, inquiry.period());
            s.setInt(2, inquiry.number());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getString(1) + ' ' + rs.getInt(2), k -> new ArrayList<>())
                            .add(new Footnote(rs.getInt(3), rs.getString(4)));
                }
            }
        }
        List<Contribution> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT department_key, question_number, received_at FROM"
                + " contribution WHERE inquiry_period = ? AND inquiry_number = ? ORDER BY question_number, department_key")) {
            s.setInt(1, inquiry.period());
            s.setInt(2, inquiry.number());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String k = rs.getString(1) + ' ' + rs.getInt(2);
                    out.add(new Contribution(inquiry, rs.getString(1), rs.getInt(2), paragraphs.getOrDefault(k, List.of()),
                            notes.getOrDefault(k, List.of()), rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }

    private static void key(PreparedStatement s, InquiryId inquiry, String department, int question, int first)
            throws SQLException {
        s.setInt(first, inquiry.period());
        s.setInt(first + 1, inquiry.number());
        s.setString(first + 2, department);
        s.setInt(first + 3, question);
    }
}
