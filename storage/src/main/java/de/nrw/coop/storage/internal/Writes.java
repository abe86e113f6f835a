package de.nrw.coop.storage.internal;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Footnote;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Requester;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.SupportKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Inserts the model's records into their tables (main row and child rows). */
final class Writes {
    private Writes() {}

    static void countries(Connection c, List<Country> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO country (country_code, name, region) VALUES (?, ?, ?)")) {
            for (Country r : rows) {
                b.text(r.code()).text(r.name()).text(r.region()).add();
            }
        }
    }

    static void departments(Connection c, List<Department> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO department (department_key, abbreviation, name, valid_from, valid_to)"
                + " VALUES (?, ?, ?, ?, ?)");
             Batch units = new Batch(c, "INSERT INTO department_unit (department_key, pos, unit_name) VALUES (?, ?, ?)")) {
            for (Department r : rows) {
                b.text(r.key()).text(r.abbreviation()).text(r.name()).date(r.validFrom()).date(r.validTo()).add();
            }
            b.flush();
            for (Department r : rows) {
                for (int i = 0; i < r.units().size(); i++) {
                    units.text(r.key()).integer(i).text(r.units().get(i)).add();
                }
            }
        }
    }

    static void partners(Connection c, List<Partner> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO partner (partner_key, name, native_name, country_code, level_code,"
                + " kind_code) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Partner r : rows) {
                b.text(r.key()).text(r.name()).text(r.nativeName()).text(r.countryCode()).text(r.level().name())
                        .text(r.kind().name()).add();
            }
        }
    }

    static void agreements(Connection c, List<Agreement> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO agreement (agreement_key, kind_name, title, department_key, signed_on,"
                + " ended_on) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Agreement r : rows) {
                b.text(r.key()).text(r.kind()).text(r.title()).text(r.departmentKey()).date(r.signed()).date(r.ended())
                        .add();
            }
        }
        try (Batch partners = new Batch(c, "INSERT INTO agreement_partner (agreement_key, pos, partner_key) VALUES (?, ?, ?)");
             Batch renewals = new Batch(c, "INSERT INTO agreement_renewal (agreement_key, pos, renewed_on) VALUES (?, ?, ?)");
             Batch subjects = new Batch(c, "INSERT INTO agreement_subject (agreement_key, pos, subject) VALUES (?, ?, ?)")) {
            for (Agreement r : rows) {
                keys(partners, r.key(), r.partnerKeys());
                for (int i = 0; i < r.renewals().size(); i++) {
                    renewals.text(r.key()).integer(i).date(r.renewals().get(i)).add();
                }
                keys(subjects, r.key(), r.subjects());
            }
        }
    }

    static void projects(Connection c, List<Project> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO project (project_key, title, lead_department_key, level_code, start_on,"
                + " end_on, agreement_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Project r : rows) {
                b.text(r.key()).text(r.title()).text(r.leadDepartmentKey()).text(r.level().name()).date(r.start())
                        .date(r.end()).text(r.agreementKey()).add();
            }
        }
        try (Batch partners = new Batch(c, "INSERT INTO project_partner (project_key, pos, partner_key) VALUES (?, ?, ?)");
             Batch support = new Batch(c, "INSERT INTO project_support (project_key, pos, support_code) VALUES (?, ?, ?)")) {
            for (Project r : rows) {
                keys(partners, r.key(), r.partnerKeys());
                List<SupportKind> kinds = r.support();
                for (int i = 0; i < kinds.size(); i++) {
                    support.text(r.key()).integer(i).text(kinds.get(i).name()).add();
                }
            }
        }
    }

    static final String INSERT_ACTIVITY = "INSERT INTO activity (activity_key, kind_code, date_year, date_month,"
            + " date_day, sort_day, date_precision, country_code, direction, delegation, delegation_size, purpose,"
            + " project_key, agreement_key, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void activities(Connection c, List<Activity> rows) throws SQLException {
        try (Batch b = new Batch(c, INSERT_ACTIVITY)) {
            for (Activity r : rows) {
                activityRow(b, r);
                b.add();
            }
        }
        try (Batch departments = new Batch(c, "INSERT INTO activity_host_department (activity_key, pos, department_key)"
                + " VALUES (?, ?, ?)");
             Batch hosts = new Batch(c, "INSERT INTO activity_host_partner (activity_key, pos, partner_key)"
                     + " VALUES (?, ?, ?)");
             Batch partners = new Batch(c, "INSERT INTO activity_partner (activity_key, pos, partner_key)"
                     + " VALUES (?, ?, ?)")) {
            for (Activity r : rows) {
                keys(departments, r.key(), r.hostDepartmentKeys());
                keys(hosts, r.key(), r.hostPartnerKeys());
                keys(partners, r.key(), r.partnerKeys());
            }
        }
    }

    /** Binds the columns of {@link #INSERT_ACTIVITY}. */
    static void activityRow(Batch b, Activity r) throws SQLException {
        LocalDate first = r.date().firstDay();
        b.text(r.key()).text(r.kind().name()).integer(r.date().year()).integer(r.date().month())
                .integer(r.date().day()).date(first).integer(r.date().precision().ordinal()).text(r.countryCode())
                .text(r.direction().name()).text(r.delegation()).integer(r.delegationSize()).text(r.purpose())
                .text(r.projectKey()).text(r.agreementKey()).text(r.sentence());
    }

    static void funding(Connection c, List<Funding> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO funding (project_key, funding_year, budget_line, amount_eur)"
                + " VALUES (?, ?, ?, ?)")) {
            for (Funding r : rows) {
                b.text(r.projectKey()).integer(r.fundingYear()).text(r.budgetLine() == null ? "" : r.budgetLine())
                        .decimal(r.amount()).add();
            }
        }
    }

    static void settlements(Connection c, List<Settlement> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO settlement (country_code, from_year, to_year, companies, source_text)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (Settlement r : rows) {
                b.text(r.countryCode()).integer(r.fromYear()).integer(r.toYear()).integer(r.companies())
                        .text(r.source()).add();
            }
        }
    }

    static void keyFigures(Connection c, List<KeyFigure> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO key_figure (figure_key, country_code, label, figure_value, unit_name,"
                + " as_of, source_title, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (KeyFigure r : rows) {
                b.text(r.key()).text(r.countryCode()).text(r.label()).decimal(r.value()).text(r.unit()).date(r.asOf())
                        .text(r.source().title()).text(r.source().url()).add();
            }
        }
    }

    static void inquiries(Connection c, List<Inquiry> rows) throws SQLException {
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
        try (Batch blocks = new Batch(c, "INSERT INTO answer_block (inquiry_period, inquiry_number, question_number, pos,"
                + " block_type, body, table_kind, from_year, to_year, caption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                for (Question q : r.questions()) {
                    for (int i = 0; i < q.answer().size(); i++) {
                        blocks.integer(r.id().period()).integer(r.id().number()).integer(q.number()).integer(i);
                        if (q.answer().get(i) instanceof AnswerBlock.DataTable t) {
                            blocks.text("T").text(null).text(t.kind().name()).integer(t.fromYear()).integer(t.toYear())
                                    .text(t.caption());
                        } else {
                            blocks.text("P").text(((AnswerBlock.Paragraph) q.answer().get(i)).text()).text(null)
                                    .integer(null).integer(null).text(null);
                        }
                        blocks.add();
                    }
                }
            }
        }
        try (Batch countries = new Batch(c, "INSERT INTO answer_table_country (inquiry_period, inquiry_number,"
                + " question_number, block_pos, pos, country_code) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Inquiry r : rows) {
                for (Question q : r.questions()) {
                    for (int i = 0; i < q.answer().size(); i++) {
                        if (q.answer().get(i) instanceof AnswerBlock.DataTable t) {
                            for (int j = 0; j < t.countryCodes().size(); j++) {
                                countries.integer(r.id().period()).integer(r.id().number()).integer(q.number())
                                        .integer(i).integer(j).text(t.countryCodes().get(j)).add();
                            }
                        }
                    }
                }
            }
        }
    }

    private static void keys(Batch b, String owner, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.text(owner).integer(i).text(values.get(i)).add();
        }
    }
}
