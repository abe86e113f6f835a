package de.nrw.coop.storage.internal;

import de.nrw.coop.model.InquiryId;
import de.nrw.coop.model.InquiryStatus;
import de.nrw.coop.model.StatusChange;
import de.nrw.coop.storage.StatusException;
import de.nrw.coop.storage.query.StatusUpdate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The status history of inquiries: the rules of a step and the append-only tables. Nothing here
 * updates or deletes a history row.
 */
public final class Statuses {
    private static final String COLUMNS = "c.inquiry_period, c.inquiry_number, c.seq, c.changed_at, c.user_name,"
            + " c.status_code, c.internal_deadline, c.note";

    private Statuses() {}

    /** Checks {@code update} against the current state and appends it; inside the caller's transaction. */
    public static StatusChange change(Handle h, StatusUpdate update, Instant at) {
        InquiryId id = update.inquiry();
        Optional<Boolean> published = h.createQuery("SELECT answer_ds_number FROM inquiry"
                        + " WHERE inquiry_period = :p AND inquiry_number = :n")
                .bind("p", id.period()).bind("n", id.number())
                .map((rs, ctx) -> {
                    rs.getInt(1);
                    return !rs.wasNull();
                }).findOne();
        if (published.isEmpty()) {
            throw new StatusException("no inquiry " + id + " in the store; import its YAML first");
        }
        StatusChange current = latest(h, id).orElse(null);
        InquiryStatus from = current == null ? InquiryStatus.EINGEGANGEN : current.status();
        InquiryStatus to = update.status();
        List<String> departments = update.departments();
        for (String key : departments) {
            boolean known = h.createQuery("SELECT COUNT(*) FROM department WHERE department_key = :k")
                    .bind("k", key).mapTo(Integer.class).one() > 0;
            if (!known) {
                throw new StatusException("unknown department '" + key + "'; the store knows "
                        + String.join(", ", h.createQuery("SELECT department_key FROM department ORDER BY department_key")
                        .mapTo(String.class).list()));
            }
        }
        if (departments.stream().distinct().count() != departments.size()) {
            throw new StatusException("--department names a department twice: " + departments);
        }
        if (to == InquiryStatus.EINGEGANGEN && !departments.isEmpty()) {
            throw new StatusException("departments are assigned with the status zugewiesen, not eingegangen");
        }
        if (departments.isEmpty() && current != null && to != InquiryStatus.EINGEGANGEN) {
            departments = current.departments();
        }
        LocalDate deadline = update.internalDeadline() != null ? update.internalDeadline()
                : current == null ? null : current.internalDeadline();
        if (to.needsLead() && departments.isEmpty()) {
            throw new StatusException("inquiry " + id + " has no lead department yet: assign it first with"
                    + " 'coop inquiry status " + id + " zugewiesen --department LEAD [--department CONTRIBUTING]...'");
        }
        if (to.compareTo(from) < 0 && update.note() == null) {
            throw new StatusException("inquiry " + id + " goes back from " + from.label() + " to " + to.label()
                    + ": say why with --note TEXT");
        }
        if (to == InquiryStatus.VEROEFFENTLICHT && !published.get()) {
            throw new StatusException("inquiry " + id + " cannot be veröffentlicht before the answer's Drucksache is"
                    + " known: add answer: {drucksache, date, issued} to its YAML and import it");
        }
        if (current != null && to == from && update.departments().isEmpty() && update.internalDeadline() == null
                && update.note() == null) {
            throw new StatusException("inquiry " + id + " is already " + from.label()
                    + "; nothing to record (give --department, --deadline or --note to record a change)");
        }
        StatusChange change = new StatusChange(id, current == null ? 1 : current.sequence() + 1, at, update.user(),
                to, departments, deadline, update.note());
        append(h, change);
        return change;
    }

    /**
     * The first entry of an inquiry the import brings: received, or published when its answer is
     * final. Does nothing when the inquiry has a history already, so a re-import never resets it.
     */
    public static void imported(Handle h, InquiryId id, boolean published, String file, Instant at, String user) {
        if (latest(h, id).isPresent()) {
            return;
        }
        append(h, new StatusChange(id, 1, at, user, published ? InquiryStatus.VEROEFFENTLICHT
                : InquiryStatus.EINGEGANGEN, List.of(), null, "imported from " + file));
    }

    /**
     * Appends an entry that keeps the current state (status, departments, deadline) and says what
     * happened in its note: a Word document imported, contributions requested or received.
     */
    public static StatusChange note(Handle h, InquiryId id, String note, String user, Instant at) {
        StatusChange current = latest(h, id).orElse(null);
        StatusChange change = current == null
                ? new StatusChange(id, 1, at, user, InquiryStatus.EINGEGANGEN, List.of(), null, note)
                : new StatusChange(id, current.sequence() + 1, at, user, current.status(), current.departments(),
                        current.internalDeadline(), note);
        append(h, change);
        return change;
    }

    private static void append(Handle h, StatusChange c) {
        // plain JDBC for the timestamp: both drivers take an OffsetDateTime for TIMESTAMP WITH TIME ZONE
        try (PreparedStatement insert = h.getConnection().prepareStatement("INSERT INTO inquiry_status_change"
                + " (inquiry_period, inquiry_number, seq, changed_at, user_name, status_code, internal_deadline, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, c.inquiry().period());
            insert.setInt(2, c.inquiry().number());
            insert.setInt(3, c.sequence());
            insert.setObject(4, OffsetDateTime.ofInstant(c.at(), ZoneOffset.UTC));
            insert.setString(5, c.user());
            insert.setString(6, c.status().name());
            insert.setObject(7, c.internalDeadline());
            insert.setString(8, c.note());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the status of inquiry " + c.inquiry() + ": "
                    + e.getMessage(), e);
        }
        for (int i = 0; i < c.departments().size(); i++) {
            h.createUpdate("INSERT INTO inquiry_status_department (inquiry_period, inquiry_number, seq, pos,"
                            + " department_key) VALUES (:p, :n, :s, :pos, :k)")
                    .bind("p", c.inquiry().period()).bind("n", c.inquiry().number()).bind("s", c.sequence())
                    .bind("pos", i).bind("k", c.departments().get(i)).execute();
        }
    }

    /** Every step of the inquiry, oldest first; empty for an inquiry the store does not hold. */
    public static List<StatusChange> history(Handle h, InquiryId id) {
        return read(h, " WHERE c.inquiry_period = :p AND c.inquiry_number = :n", " ORDER BY c.seq",
                Map.of("p", id.period(), "n", id.number()));
    }

    /** The current state of the inquiry: its newest entry. */
    public static Optional<StatusChange> latest(Handle h, InquiryId id) {
        List<StatusChange> all = history(h, id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The current state of every inquiry with a history, by id. */
    public static Map<InquiryId, StatusChange> current(Handle h) {
        List<StatusChange> rows = read(h, " WHERE c.seq = (SELECT MAX(m.seq) FROM inquiry_status_change m"
                + " WHERE m.inquiry_period = c.inquiry_period AND m.inquiry_number = c.inquiry_number)",
                " ORDER BY c.inquiry_period, c.inquiry_number", Map.of());
        Map<InquiryId, StatusChange> byId = new LinkedHashMap<>();
        for (StatusChange c : rows) {
            byId.put(c.inquiry(), c);
        }
        return byId;
    }

    private record Row(InquiryId id, int seq, Instant at, String user, InquiryStatus status, LocalDate deadline,
                       String note) {}

    private static List<StatusChange> read(Handle h, String where, String order, Map<String, Object> binds) {
        var query = h.createQuery("SELECT " + COLUMNS + " FROM inquiry_status_change c" + where + order);
        binds.forEach(query::bind);
        List<Row> rows = query.map((rs, ctx) -> row(rs)).list();
        var deps = h.createQuery("SELECT d.inquiry_period, d.inquiry_number, d.seq, d.department_key"
                + " FROM inquiry_status_department d JOIN inquiry_status_change c ON c.inquiry_period = d.inquiry_period"
                + " AND c.inquiry_number = d.inquiry_number AND c.seq = d.seq" + where + " ORDER BY d.pos");
        binds.forEach(deps::bind);
        Map<String, List<String>> departments = new HashMap<>();
        deps.map((rs, ctx) -> {
            departments.computeIfAbsent(rs.getInt(1) + "/" + rs.getInt(2) + "#" + rs.getInt(3), k -> new ArrayList<>())
                    .add(rs.getString(4));
            return null;
        }).list();
        List<StatusChange> changes = new ArrayList<>(rows.size());
        for (Row r : rows) {
            changes.add(new StatusChange(r.id, r.seq, r.at, r.user, r.status,
                    departments.getOrDefault(r.id + "#" + r.seq, List.of()), r.deadline, r.note));
        }
        return changes;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new InquiryId(rs.getInt(1), rs.getInt(2)), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                InquiryStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8));
    }

    /** A step's time as the store keeps it (milliseconds), so what is returned equals what is read back. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
