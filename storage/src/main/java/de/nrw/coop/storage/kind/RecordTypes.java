package de.nrw.coop.storage.kind;

import static de.nrw.coop.storage.internal.jdbc.Select.date;
import static de.nrw.coop.storage.internal.jdbc.Select.emptyToNull;
import static de.nrw.coop.storage.internal.jdbc.Select.integer;
import static de.nrw.coop.storage.internal.jdbc.Select.keys;
import static de.nrw.coop.storage.internal.jdbc.Select.plain;

import de.nrw.coop.model.Activity;
import de.nrw.coop.model.ActivityKind;
import de.nrw.coop.model.Agreement;
import de.nrw.coop.model.AnswerBlock;
import de.nrw.coop.model.Country;
import de.nrw.coop.model.Department;
import de.nrw.coop.model.Direction;
import de.nrw.coop.model.Funding;
import de.nrw.coop.model.Inquiry;
import de.nrw.coop.model.KeyFigure;
import de.nrw.coop.model.Level;
import de.nrw.coop.model.PartialDate;
import de.nrw.coop.model.Partner;
import de.nrw.coop.model.PartnerKind;
import de.nrw.coop.model.Project;
import de.nrw.coop.model.Question;
import de.nrw.coop.model.Settlement;
import de.nrw.coop.model.Source;
import de.nrw.coop.model.SupportKind;
import de.nrw.coop.storage.internal.jdbc.Batch;
import de.nrw.coop.storage.internal.jdbc.Select;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The record types of coop, each described once: dataset list, fields (with their German workbook
 * labels and help, and their documentation), natural key, references, builder and storage. The
 * order is that of the documentation and of import counts; a type refers only to types above it.
 */
public final class RecordTypes {
    private RecordTypes() {}

    public static final Words<Level> LEVELS = new Words<>(Level.class, "level");
    public static final Words<PartnerKind> PARTNER_KINDS = new Words<>(PartnerKind.class, "partner kind");
    public static final Words<SupportKind> SUPPORT_KINDS = new Words<>(SupportKind.class, "kind of support");
    public static final Words<ActivityKind> ACTIVITY_KINDS = new Words<>(ActivityKind.class, "activity kind");
    public static final Words<Direction> DIRECTIONS = new Words<>(Direction.class, "direction");

    // ---- countries -----------------------------------------------------------------------------

    public static final RecordType<Country> COUNTRIES = RecordType.builder(Country.class, "countries", "country",
                    "a country", "Länder")
            .field(Field.<Country>text("code", Country::code).required()
                    .de("Ländercode", "ISO-Code des Landes: zwei Großbuchstaben, z. B. KR für Südkorea, DE für Deutschland.")
                    .doc("ISO 3166-1 alpha-2 code, two upper-case letters", "`KR`"))
            .field(Field.<Country>text("name", Country::name).required()
                    .de("Name", "Deutscher Name des Landes, wie er in Überschriften steht, z. B. Südkorea.")
                    .doc("German name as used in titles", "`Südkorea`"))
            .field(Field.<Country>text("region", Country::region)
                    .de("Region", "Weltregion, nach der der Jahresbericht gruppiert, z. B. Asien. Darf leer bleiben.")
                    .doc("world region the yearly report groups by, in German", "`Asien`"))
            .field(Field.<Country>text("adjective", Country::adjective)
                    .de("Adjektiv", "Adjektiv zum Land für Antworttexte ({country.adjective}), z. B. südkoreanisch."
                            + " Darf leer bleiben.")
                    .doc("German adjective, uninflected, for `{country.adjective}` in answer templates (section 7)",
                            "`südkoreanisch`"))
            .key("code")
            .reads(v -> new Country(v.get("code"), v.get("name"), v.get("region"), v.get("adjective")))
            .stores(Table.of("country", List.of("country_code"),
                    (h, keys) -> Select.rows(h, "SELECT country_code, name, region, adjective FROM country",
                            "country_code", keys, "ORDER BY country_code",
                            (rs, ctx) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4))),
                    (c, rows) -> {
                        try (Batch b = new Batch(c,
                                "INSERT INTO country (country_code, name, region, adjective) VALUES (?, ?, ?, ?)")) {
                            for (Country r : rows) {
                                b.text(r.code()).text(r.name()).text(r.region()).text(r.adjective()).add();
                            }
                        }
                    }))
            .build();

    // ---- departments ---------------------------------------------------------------------------

    public static final RecordType<Department> DEPARTMENTS = RecordType.builder(Department.class, "departments",
                    "department", "a department", "Ressorts")
            .field(Field.<Department>key("key", Department::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel: Abkürzung und Wahlperiode, z. B. MWIDE-17.")
                    .doc("natural key", "`MWIDE-17`"))
            .field(Field.<Department>text("abbreviation", Department::abbreviation).required()
                    .de("Abkürzung", "Abkürzung, wie sie in Antworten steht, z. B. MWIDE.")
                    .doc("as used inside answers", "`MWIDE`"))
            .field(Field.<Department>text("name", Department::name).required()
                    .de("Name", "Voller Name des Ministeriums.")
                    .doc("full name", "`Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie`"))
            .field(Field.<Department>day("validFrom", Department::validFrom)
                    .de("gültig ab", "Erster Tag dieses Namens (Datum). Darf leer bleiben.")
                    .doc("first day of this name", "`2017-06-30`"))
            .field(Field.<Department>day("validTo", Department::validTo)
                    .de("gültig bis", "Letzter Tag dieses Namens (Datum); leer = noch gültig.")
                    .doc("last day of this name; empty = still valid", "`2022-06-28`"))
            .field(Field.<Department>texts("units", Department::units)
                    .de("nachgeordnete Stellen", "Nachgeordnete Behörden, mit Komma getrennt, z. B. NRW.INVEST.")
                    .doc("subordinate agencies named with it", "`[NRW.INVEST]`"))
            .key("key")
            .reads(v -> new Department(v.get("key"), v.get("abbreviation"), v.get("name"), v.get("validFrom"),
                    v.get("validTo"), v.get("units")))
            .stores(Table.of("department", List.of("department_key"), RecordTypes::departments, (c, rows) -> {
                try (Batch b = new Batch(c, "INSERT INTO department (department_key, abbreviation, name, valid_from,"
                        + " valid_to) VALUES (?, ?, ?, ?, ?)");
                     Batch units = new Batch(c, "INSERT INTO department_unit (department_key, pos, unit_name)"
                             + " VALUES (?, ?, ?)")) {
                    for (Department r : rows) {
                        b.text(r.key()).text(r.abbreviation()).text(r.name()).date(r.validFrom()).date(r.validTo())
                                .add();
                    }
                    b.flush();
                    for (Department r : rows) {
                        positions(units, r.key(), r.units());
                    }
                }
            }))
            .build();

    private static List<Department> departments(Handle h, Collection<String> keys) {
        Map<String, List<String>> units = Select.children(h, "SELECT department_key, unit_name FROM department_unit",
                "department_key", keys, "ORDER BY department_key, pos", (rs, ctx) -> rs.getString(2));
        return Select.rows(h, "SELECT department_key, abbreviation, name, valid_from, valid_to FROM department",
                "department_key", keys, "ORDER BY department_key",
                (rs, ctx) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4),
                        date(rs, 5), units.getOrDefault(rs.getString(1), List.of())));
    }

    // ---- partners ------------------------------------------------------------------------------

    public static final RecordType<Partner> PARTNERS = RecordType.builder(Partner.class, "partners", "partner",
                    "a partner", "Partner")
            .field(Field.<Partner>key("key", Partner::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel, z. B. knpu.")
                    .doc("natural key", "`knpu`"))
            .field(Field.<Partner>text("name", Partner::name).required()
                    .de("Name", "Name auf Deutsch oder der übliche Name.")
                    .doc("name in German (or the usual name)", "`Korean National Police University`"))
            .field(Field.<Partner>text("nativeName", Partner::nativeName)
                    .de("Name in Landesschrift", "Name in der eigenen Schrift, z. B. 경찰대학. Darf leer bleiben.")
                    .doc("name in its own script", "`경찰대학`"))
            .field(Field.<Partner>reference("country", COUNTRIES, Partner::countryCode).required()
                    .de("Land", "Land, zu dem der Partner gehört: Ländercode aus der Liste.")
                    .doc("where it belongs", "`KR`"))
            .field(Field.<Partner>word("level", LEVELS, Partner::level).required()
                    .de("Ebene", "staatlich oder nichtstaatlich (Auswahlliste).")
                    .doc("`staatlich` or `nichtstaatlich`", "`staatlich`"))
            .field(Field.<Partner>word("kind", PARTNER_KINDS, Partner::kind).required()
                    .de("Art", "Art des Partners (Auswahlliste): government = Regierung/Ministerium, police = Polizei,"
                            + " court = Gericht, university = Hochschule, research = Forschungseinrichtung,"
                            + " company = Unternehmen, association = Verband/Verein, city = Kommune/Region,"
                            + " other = Sonstige.")
                    .doc("see below", "`police`"))
            .key("key")
            .reads(v -> new Partner(v.get("key"), v.get("name"), v.get("nativeName"), v.get("country"), v.get("level"),
                    v.get("kind")))
            .stores(Table.of("partner", List.of("partner_key"),
                    (h, keys) -> Select.rows(h, "SELECT partner_key, name, native_name, country_code, level_code,"
                                    + " kind_code FROM partner", "partner_key", keys, "ORDER BY partner_key",
                            (rs, ctx) -> new Partner(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), Level.valueOf(rs.getString(5)),
                                    PartnerKind.valueOf(rs.getString(6)))),
                    (c, rows) -> {
                        try (Batch b = new Batch(c, "INSERT INTO partner (partner_key, name, native_name, country_code,"
                                + " level_code, kind_code) VALUES (?, ?, ?, ?, ?, ?)")) {
                            for (Partner r : rows) {
                                b.text(r.key()).text(r.name()).text(r.nativeName()).text(r.countryCode())
                                        .text(r.level().name()).text(r.kind().name()).add();
                            }
                        }
                    }))
            .build();

    // ---- agreements ----------------------------------------------------------------------------

    public static final RecordType<Agreement> AGREEMENTS = RecordType.builder(Agreement.class, "agreements",
                    "agreement", "an agreement", "Vereinbarungen")
            .field(Field.<Agreement>key("key", Agreement::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel, z. B. mou-im-knpu.")
                    .doc("natural key", "`mou-im-knpu`"))
            .field(Field.<Agreement>text("kind", Agreement::kind).required()
                    .de("Art", "Art der Vereinbarung, z. B. Memorandum of Understanding.")
                    .doc("what sort of agreement", "`Memorandum of Understanding`"))
            .field(Field.<Agreement>text("title", Agreement::title).required()
                    .limit(Limits.TITLE)
                    .de("Titel", "Bezeichnung, wie sie in Antworten steht.")
                    .doc("what it is called in answers", "`Memorandum of Understanding zwischen ...`"))
            .field(Field.<Agreement>reference("department", DEPARTMENTS, Agreement::departmentKey).required()
                    .de("Ressort", "Das NRW-Ministerium, das unterzeichnet hat: Ressort-Schlüssel aus der Liste.")
                    .doc("the NRW ministry that signed it", "`IM-17`"))
            .field(Field.<Agreement>references("partners", PARTNERS, Agreement::partnerKeys).required()
                    .de("Partner", "Wer auf der anderen Seite unterzeichnet hat: Partner-Schlüssel, mit Komma getrennt;"
                            + " mindestens einer.")
                    .doc("who signed on the other side; at least one", "`[knpu]`"))
            .field(Field.<Agreement>day("signed", Agreement::signed).required()
                    .de("unterzeichnet am", "Tag der Unterzeichnung (Datum).")
                    .doc("day of signing", "`2014-09-15`"))
            .field(Field.<Agreement>days("renewals", Agreement::renewals)
                    .de("verlängert am", "Jede Verlängerung als Datum JJJJ-MM-TT, mit Komma getrennt, in zeitlicher"
                            + " Reihenfolge.")
                    .doc("each renewal, in order, each after the previous", "`[2018-05-15]`"))
            .field(Field.<Agreement>day("ended", Agreement::ended)
                    .de("beendet am", "Letzter Tag in Kraft (Datum); leer = noch in Kraft.")
                    .doc("last day in force; empty = still in force", ""))
            .field(Field.<Agreement>texts("subjects", Agreement::subjects)
                    .limit(Limits.TITLE)
                    .de("Gegenstände", "Was sie regelt, mit Komma getrennt.")
                    .doc("what it covers", "`[Ausbildung koreanischer Polizeistudenten]`"))
            .key("key")
            .reads(v -> new Agreement(v.get("key"), v.get("kind"), v.get("title"), v.get("department"),
                    v.get("partners"), v.get("signed"), v.get("renewals"), v.get("ended"), v.get("subjects")))
            .stores(Table.of("agreement", List.of("agreement_key"), RecordTypes::agreements, (c, rows) -> {
                try (Batch b = new Batch(c, "INSERT INTO agreement (agreement_key, kind_name, title, department_key,"
                        + " signed_on, ended_on) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (Agreement r : rows) {
                        b.text(r.key()).text(r.kind()).text(r.title()).text(r.departmentKey()).date(r.signed())
                                .date(r.ended()).add();
                    }
                }
                try (Batch partners = new Batch(c, "INSERT INTO agreement_partner (agreement_key, pos, partner_key)"
                        + " VALUES (?, ?, ?)");
                     Batch renewals = new Batch(c, "INSERT INTO agreement_renewal (agreement_key, pos, renewed_on)"
                             + " VALUES (?, ?, ?)");
                     Batch subjects = new Batch(c, "INSERT INTO agreement_subject (agreement_key, pos, subject)"
                             + " VALUES (?, ?, ?)")) {
                    for (Agreement r : rows) {
                        positions(partners, r.key(), r.partnerKeys());
                        for (int i = 0; i < r.renewals().size(); i++) {
                            renewals.text(r.key()).integer(i).date(r.renewals().get(i)).add();
                        }
                        positions(subjects, r.key(), r.subjects());
                    }
                }
            }))
            .build();

    private static List<Agreement> agreements(Handle h, Collection<String> keys) {
        Map<String, List<String>> partners = Select.children(h, "SELECT agreement_key, partner_key FROM"
                + " agreement_partner", "agreement_key", keys, "ORDER BY agreement_key, pos", (rs, ctx) -> rs.getString(2));
        Map<String, List<java.time.LocalDate>> renewals = Select.children(h, "SELECT agreement_key, renewed_on FROM"
                + " agreement_renewal", "agreement_key", keys, "ORDER BY agreement_key, pos", (rs, ctx) -> date(rs, 2));
        Map<String, List<String>> subjects = Select.children(h, "SELECT agreement_key, subject FROM agreement_subject",
                "agreement_key", keys, "ORDER BY agreement_key, pos", (rs, ctx) -> rs.getString(2));
        return Select.rows(h, "SELECT agreement_key, kind_name, title, department_key, signed_on, ended_on FROM"
                + " agreement", "agreement_key", keys, "ORDER BY signed_on, agreement_key", (rs, ctx) -> {
                    String key = rs.getString(1);
                    return new Agreement(key, rs.getString(2), rs.getString(3), rs.getString(4),
                            partners.getOrDefault(key, List.of()), date(rs, 5), renewals.getOrDefault(key, List.of()),
                            date(rs, 6), subjects.getOrDefault(key, List.of()));
                });
    }

    // ---- projects ------------------------------------------------------------------------------

    public static final RecordType<Project> PROJECTS = RecordType.builder(Project.class, "projects", "project",
                    "a project", "Projekte")
            .field(Field.<Project>key("key", Project::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel, z. B. im-knpu-kooperation.")
                    .doc("natural key", "`im-knpu-kooperation`"))
            .field(Field.<Project>text("title", Project::title).required()
                    .limit(Limits.TITLE)
                    .de("Titel", "Bezeichnung des Projekts.")
                    .doc("what it is called", "`Kooperation des IM mit der Korean National Police University`"))
            .field(Field.<Project>reference("department", DEPARTMENTS, Project::leadDepartmentKey).required()
                    .de("Ressort", "Das federführende NRW-Ministerium: Ressort-Schlüssel aus der Liste.")
                    .doc("the NRW ministry in charge", "`IM-17`"))
            .field(Field.<Project>references("partners", PARTNERS, Project::partnerKeys)
                    .de("Partner", "Beteiligte Partner: Partner-Schlüssel, mit Komma getrennt.")
                    .doc("partners taking part", "`[knpu]`"))
            .field(Field.<Project>words("support", SUPPORT_KINDS, Project::support)
                    .de("Unterstützung", "Arten der Unterstützung durch NRW, mit Komma getrennt: schirmherrschaft,"
                            + " beratung, finanzielle-foerderung, sachleistung, ausbildung, wissensaustausch, sonstige.")
                    .doc("kinds of support NRW gives, see below", "`[ausbildung, wissensaustausch]`"))
            .field(Field.<Project>word("level", LEVELS, Project::level).required()
                    .de("Ebene", "staatlich oder nichtstaatlich (Auswahlliste).")
                    .doc("`staatlich` or `nichtstaatlich`", "`staatlich`"))
            .field(Field.<Project>day("start", Project::start)
                    .de("Beginn", "Erster Tag (Datum). Darf leer bleiben.")
                    .doc("first day", "`2014-09-15`"))
            .field(Field.<Project>day("end", Project::end)
                    .de("Ende", "Letzter Tag (Datum); leer = läuft noch.")
                    .doc("last day; empty = ongoing", ""))
            .field(Field.<Project>reference("agreement", AGREEMENTS, Project::agreementKey)
                    .de("Vereinbarung", "Die Vereinbarung, auf der das Projekt beruht: Schlüssel aus der Liste.")
                    .doc("the agreement it rests on", "`mou-im-knpu`"))
            .key("key")
            .reads(v -> new Project(v.get("key"), v.get("title"), v.get("department"), v.get("partners"),
                    v.get("support"), v.get("level"), v.get("start"), v.get("end"), v.get("agreement")))
            .stores(Table.of("project", List.of("project_key"), RecordTypes::projects, (c, rows) -> {
                try (Batch b = new Batch(c, "INSERT INTO project (project_key, title, lead_department_key, level_code,"
                        + " start_on, end_on, agreement_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Project r : rows) {
                        b.text(r.key()).text(r.title()).text(r.leadDepartmentKey()).text(r.level().name())
                                .date(r.start()).date(r.end()).text(r.agreementKey()).add();
                    }
                }
                try (Batch partners = new Batch(c, "INSERT INTO project_partner (project_key, pos, partner_key)"
                        + " VALUES (?, ?, ?)");
                     Batch support = new Batch(c, "INSERT INTO project_support (project_key, pos, support_code)"
                             + " VALUES (?, ?, ?)")) {
                    for (Project r : rows) {
                        positions(partners, r.key(), r.partnerKeys());
                        positions(support, r.key(), r.support().stream().map(Enum::name).toList());
                    }
                }
            }))
            .build();

    private static List<Project> projects(Handle h, Collection<String> keys) {
        Map<String, List<String>> partners = Select.children(h, "SELECT project_key, partner_key FROM project_partner",
                "project_key", keys, "ORDER BY project_key, pos", (rs, ctx) -> rs.getString(2));
        Map<String, List<SupportKind>> support = Select.children(h, "SELECT project_key, support_code FROM"
                        + " project_support", "project_key", keys, "ORDER BY project_key, pos",
                (rs, ctx) -> SupportKind.valueOf(rs.getString(2)));
        return Select.rows(h, "SELECT project_key, title, lead_department_key, level_code, start_on, end_on,"
                + " agreement_key FROM project", "project_key", keys, "ORDER BY project_key", (rs, ctx) -> {
                    String key = rs.getString(1);
                    return new Project(key, rs.getString(2), rs.getString(3), partners.getOrDefault(key, List.of()),
                            support.getOrDefault(key, List.of()), Level.valueOf(rs.getString(4)), date(rs, 5),
                            date(rs, 6), rs.getString(7));
                });
    }

    // ---- activities ----------------------------------------------------------------------------

    public static final RecordType<Activity> ACTIVITIES = RecordType.builder(Activity.class, "activities",
                    "activity", "an activity", "Aktivitäten")
            .field(Field.<Activity>key("key", Activity::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel: Land, Datum und ein, zwei Wörter,"
                            + " z. B. kr-2018-richter-lg-seoul.")
                    .doc("natural key", "`kr-2018-richter-lg-seoul`"))
            .field(Field.<Activity>word("kind", ACTIVITY_KINDS, Activity::kind).required()
                    .de("Art", "visit = Besuch, delegation = Delegationsreise, symposium = Symposium,"
                            + " event = Veranstaltung (Auswahlliste).")
                    .doc("`visit` (Besuch), `delegation` (Delegationsreise), `symposium`, `event` (Veranstaltung)",
                            "`visit`"))
            .field(Field.<Activity>partialDate("date", Activity::date).required()
                    .de("Datum", "So genau wie die Quelle: ein Jahr (2017), ein Monat (2019-01) oder ein Tag"
                            + " (2019-01-15).")
                    .doc("when, as precise as the source", "`2019-01`"))
            .field(Field.<Activity>reference("country", COUNTRIES, Activity::countryCode).required()
                    .de("Land", "Das Partnerland, um das es geht: Ländercode aus der Liste.")
                    .doc("the partner country it concerns", "`KR`"))
            .field(Field.<Activity>word("direction", DIRECTIONS, Activity::direction).required()
                    .de("Richtung", "to-nrw = eine Delegation kam nach NRW, from-nrw = eine NRW-Delegation reiste ins"
                            + " Ausland (Auswahlliste).")
                    .doc("`to-nrw` (a delegation came to NRW) or `from-nrw` (a delegation from NRW went abroad)",
                            "`to-nrw`"))
            .field(Field.<Activity>mapping("hosts", "the NRW hosts",
                            Field.<Activity>references("departments", DEPARTMENTS, Activity::hostDepartmentKeys)
                                    .de("Gastgeber: Ressorts", "NRW-Ministerien, die empfangen haben oder gereist"
                                            + " sind: Ressort-Schlüssel, mit Komma getrennt."),
                            Field.<Activity>references("partners", PARTNERS, Activity::hostPartnerKeys)
                                    .de("Gastgeber: Partner", "Weitere Gastgeber auf NRW-Seite (Gerichte,"
                                            + " Hochschulen): Partner-Schlüssel, mit Komma getrennt."))
                    .de("Gastgeber", "die NRW-Seite")
                    .doc("the NRW side: `departments` (list of department keys) and `partners` (list of partner keys,"
                            + " e.g. German courts)", "see below"))
            .field(Field.<Activity>references("partners", PARTNERS, Activity::partnerKeys)
                    .de("Partner", "Beteiligte ausländische Partner: Partner-Schlüssel, mit Komma getrennt.")
                    .doc("foreign partners involved", "`[lg-seoul]`"))
            .field(Field.<Activity>text("delegation", Activity::delegation)
                    .limit(Limits.DESCRIPTION)
                    .de("Delegation", "Wer gereist ist, in Worten.")
                    .doc("who travelled, in words", "`drei Richter des Landgerichts Seoul`"))
            .field(Field.<Activity>wholeNumber("delegationSize", Activity::delegationSize)
                    .de("Personen", "Wie viele gereist sind (ganze Zahl, mindestens 1).")
                    .doc("how many travelled, at least 1", "`3`"))
            .field(Field.<Activity>text("purpose", Activity::purpose)
                    .limit(Limits.DESCRIPTION)
                    .de("Zweck", "Warum, in Worten.")
                    .doc("why", "`Informations- und Fachaustausch`"))
            .field(Field.<Activity>reference("project", PROJECTS, Activity::projectKey)
                    .de("Projekt", "Zugehöriges Projekt: Projekt-Schlüssel aus der Liste.")
                    .doc("linked project", "`jm-justizaustausch-kr`"))
            .field(Field.<Activity>reference("agreement", AGREEMENTS, Activity::agreementKey)
                    .de("Vereinbarung", "Zugehörige Vereinbarung: Schlüssel aus der Liste.")
                    .doc("linked agreement", "`mou-im-knpu`"))
            .field(Field.<Activity>text("sentence", Activity::sentence)
                    .limit(Limits.DESCRIPTION)
                    .de("Satz", "Der Satz, den Sie in einer Antwort darüber schreiben würden.")
                    .doc("the sentence you would write about it in an answer", "`Im Jahr 2018 besuchten drei Richter ...`"))
            .key("key")
            .reads(v -> new Activity(v.get("key"), v.get("kind"), v.get("date"), v.get("country"), v.get("direction"),
                    v.get("hosts.departments"), v.get("hosts.partners"), v.get("partners"), v.get("delegation"),
                    v.get("delegationSize"), v.get("purpose"), v.get("project"), v.get("agreement"), v.get("sentence")))
            .stores(Table.of("activity", List.of("activity_key"), RecordTypes::activities, RecordTypes::insertActivities))
            .build();

    /** The columns {@link #ACTIVITY_ROW} maps, table alias {@code a}, in the order of the report queries. */
    public static final String ACTIVITY_COLUMNS = "a.activity_key, a.kind_code, a.date_year, a.date_month,"
            + " a.date_day, a.country_code, a.direction, a.host_department_keys, a.host_partner_keys, a.partner_keys,"
            + " a.delegation, a.delegation_size, a.purpose, a.project_key, a.agreement_key, a.sentence";
    /** The activities' order in reports: a partial date at its first day, year before month before day. */
    public static final String ACTIVITY_ORDER = "ORDER BY a.sort_day, a.date_precision, a.activity_key";

    /** An activity, lists included (they are kept in its row), from a row of {@link #ACTIVITY_COLUMNS}. */
    public static final RowMapper<Activity> ACTIVITY_ROW = (rs, ctx) -> new Activity(rs.getString(1),
            ActivityKind.valueOf(rs.getString(2)), new PartialDate(rs.getInt(3), integer(rs, 4), integer(rs, 5)),
            rs.getString(6), Direction.valueOf(rs.getString(7)), keys(rs, 8), keys(rs, 9), keys(rs, 10),
            rs.getString(11), integer(rs, 12), rs.getString(13), rs.getString(14), rs.getString(15),
            rs.getString(16));

    private static List<Activity> activities(Handle h, Collection<String> keys) {
        return Select.rows(h, "SELECT " + ACTIVITY_COLUMNS + " FROM activity a", "a.activity_key", keys,
                ACTIVITY_ORDER, ACTIVITY_ROW);
    }

    /** One row per activity, its lists in it: no child rows to write, index or delete. */
    private static void insertActivities(Connection c, List<Activity> rows) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO activity (activity_key, kind_code, date_year, date_month, date_day,"
                + " sort_day, date_precision, country_code, direction, host_department_keys, host_partner_keys,"
                + " partner_keys, delegation, delegation_size, purpose, project_key, agreement_key, sentence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Activity r : rows) {
                b.text(r.key()).text(r.kind().name()).integer(r.date().year()).integer(r.date().month())
                        .integer(r.date().day()).date(r.date().firstDay()).integer(r.date().precision().ordinal())
                        .text(r.countryCode()).text(r.direction().name()).keys(r.hostDepartmentKeys())
                        .keys(r.hostPartnerKeys()).keys(r.partnerKeys()).text(r.delegation())
                        .integer(r.delegationSize()).text(r.purpose()).text(r.projectKey()).text(r.agreementKey())
                        .text(r.sentence()).add();
            }
        }
    }

    // ---- funding -------------------------------------------------------------------------------

    public static final RecordType<Funding> FUNDING = RecordType.builder(Funding.class, "funding", "funding",
                    "a funding entry", "Förderung")
            .field(Field.<Funding>reference("project", PROJECTS, Funding::projectKey).required()
                    .de("Projekt", "Das geförderte Projekt: Projekt-Schlüssel aus der Liste.")
                    .doc("the project", "`im-knpu-kooperation`"))
            .field(Field.<Funding>year("year", Funding::fundingYear).required()
                    .de("Jahr", "Haushaltsjahr, vierstellig, z. B. 2019.")
                    .doc("budget year", "`2019`"))
            .field(Field.<Funding>number("amount", Funding::amount).required()
                    .limit(Limits.AMOUNT)
                    .de("Betrag (EUR)", "Betrag in Euro, nicht negativ, höchstens zwei Nachkommastellen.")
                    .doc("EUR, not negative, at most two decimals", "`12500.00`"))
            .field(Field.<Funding>text("budgetLine", Funding::budgetLine)
                    .de("Haushaltstitel", "Haushaltstitel, z. B. 0710/686 10. Darf leer bleiben.")
                    .doc("Haushaltstitel", "`0710/686 10`"))
            // one project may draw on two budget lines in a year
            .key("project", "year", "budgetLine")
            .named(k -> "funding of project '" + k.get(0) + "' for " + k.get(1)
                    + (k.get(2) == null ? "" : " from budget line '" + k.get(2) + "'"))
            .reads(v -> new Funding(v.get("project"), v.get("year"), v.get("amount"), v.get("budgetLine")))
            .stores(Table.<Funding>of("funding", List.of("project_key", "funding_year", "budget_line"),
                    (h, keys) -> Select.rows(h, "SELECT project_key, funding_year, amount_eur, budget_line FROM"
                                    + " funding", "project_key", keys, "ORDER BY project_key, funding_year, budget_line",
                            (rs, ctx) -> new Funding(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
                                    emptyToNull(rs.getString(4)))),
                    (c, rows) -> {
                        try (Batch b = new Batch(c, "INSERT INTO funding (project_key, funding_year, budget_line,"
                                + " amount_eur) VALUES (?, ?, ?, ?)")) {
                            for (Funding r : rows) {
                                b.text(r.projectKey()).integer(r.fundingYear())
                                        .text(r.budgetLine() == null ? "" : r.budgetLine()).decimal(r.amount()).add();
                            }
                        }
                    }))
            .build();

    // ---- settlements ---------------------------------------------------------------------------

    public static final RecordType<Settlement> SETTLEMENTS = RecordType.builder(Settlement.class, "settlements",
                    "settlement", "a settlement count", "Ansiedlungen")
            .field(Field.<Settlement>reference("country", COUNTRIES, Settlement::countryCode).required()
                    .de("Land", "Herkunftsland der Unternehmen: Ländercode aus der Liste.")
                    .doc("where the companies come from", "`KR`"))
            .field(Field.<Settlement>year("from", Settlement::fromYear).required()
                    .de("von Jahr", "Erstes gezähltes Jahr, vierstellig.")
                    .doc("first year counted", "`2017`"))
            .field(Field.<Settlement>year("to", Settlement::toYear).orElse("from")
                    .de("bis Jahr", "Letztes gezähltes Jahr; leer = wie von Jahr (ein Jahr).")
                    .doc("last year counted; empty = same as `from` (one year)", "`2020`"))
            .field(Field.<Settlement>wholeNumber("companies", Settlement::companies).required()
                    .de("Unternehmen", "Wie viele Unternehmen sich angesiedelt haben (ganze Zahl).")
                    .doc("how many settled", "`16`"))
            .field(Field.<Settlement>text("source", Settlement::source)
                    .limit(Limits.TITLE)
                    .de("Quelle", "Woher die Zahl stammt, z. B. NRW.INVEST.")
                    .doc("where the figure comes from", "`NRW.INVEST`"))
            .key("country", "from", "to")
            .keyText(k -> k.get(0) + " " + (k.get(1).equals(k.get(2)) ? k.get(1) : k.get(1) + "–" + k.get(2)))
            .named(k -> "settlement count " + k.get(0) + " " + (k.get(1).equals(k.get(2)) ? k.get(1)
                    : k.get(1) + "–" + k.get(2)))
            .reads(v -> new Settlement(v.get("country"), v.get("from"), v.get("to"), v.get("companies"),
                    v.get("source")))
            .stores(Table.<Settlement>of("settlement", List.of("country_code", "from_year", "to_year"),
                    (h, keys) -> Select.rows(h, "SELECT country_code, from_year, to_year, companies, source_text FROM"
                                    + " settlement", "country_code", keys, "ORDER BY country_code, from_year, to_year",
                            (rs, ctx) -> new Settlement(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                    rs.getString(5))),
                    (c, rows) -> {
                        try (Batch b = new Batch(c, "INSERT INTO settlement (country_code, from_year, to_year,"
                                + " companies, source_text) VALUES (?, ?, ?, ?, ?)")) {
                            for (Settlement r : rows) {
                                b.text(r.countryCode()).integer(r.fromYear()).integer(r.toYear())
                                        .integer(r.companies()).text(r.source()).add();
                            }
                        }
                    }))
            .build();

    // ---- key figures ---------------------------------------------------------------------------

    public static final RecordType<KeyFigure> KEY_FIGURES = RecordType.builder(KeyFigure.class, "keyFigures",
                    "key figure", "a key figure", "Kennzahlen")
            .field(Field.<KeyFigure>key("key", KeyFigure::key)
                    .de("Schlüssel", "Frei gewählter, dauerhafter Schlüssel, z. B. kr-einwohner-nrw.")
                    .doc("natural key", "`kr-einwohner-nrw`"))
            .field(Field.<KeyFigure>reference("country", COUNTRIES, KeyFigure::countryCode).required()
                    .de("Land", "Das Land: Ländercode aus der Liste.")
                    .doc("the country", "`KR`"))
            .field(Field.<KeyFigure>text("label", KeyFigure::label).required()
                    .de("Bezeichnung", "Deutsche Bezeichnung der Zahl, z. B. in NRW lebende Südkoreaner.")
                    .doc("German label", "`in NRW lebende Südkoreaner`"))
            .field(Field.<KeyFigure>number("value", KeyFigure::value).required()
                    .limit(Limits.KEY_FIGURE)
                    .de("Wert", "Die Zahl; Dezimalstellen erlaubt.")
                    .doc("the figure", "`7500`"))
            .field(Field.<KeyFigure>text("unit", KeyFigure::unit).required()
                    .de("Einheit", "Personen, Prozent, Unternehmen, ...")
                    .doc("`Personen`, `Prozent`, `Unternehmen`, ...", "`Personen`"))
            .field(Field.<KeyFigure>day("asOf", KeyFigure::asOf)
                    .de("Stand", "Der Tag, für den die Zahl gilt (Datum). Darf leer bleiben.")
                    .doc("the day the figure stands for", "`2019-12-31`"))
            .field(Field.<KeyFigure>mapping("source", "a source",
                            Field.<KeyFigure>text("title", k -> k.source().title()).required()
                                    .limit(Limits.TITLE)
                    .de("Quelle: Titel", "Titel der Quelle."),
                            Field.<KeyFigure>text("url", k -> k.source().url())
                                    .limit(Limits.TITLE)
                    .de("Quelle: URL", "Adresse der Quelle, beginnend mit http:// oder https://, ohne"
                                            + " Leerzeichen. Darf leer bleiben."))
                    .required()
                    .de("Quelle", "die Quelle")
                    .doc("`title` (required text) and `url` (optional, `http://` or `https://`, no spaces)",
                            "see below"))
            .key("key")
            .reads(v -> new KeyFigure(v.get("key"), v.get("country"), v.get("label"), v.get("value"), v.get("unit"),
                    v.get("asOf"), new Source(v.get("source.title"), v.get("source.url"))))
            .stores(Table.<KeyFigure>of("key_figure", List.of("figure_key"),
                    (h, keys) -> Select.rows(h, "SELECT figure_key, country_code, label, figure_value, unit_name,"
                                    + " as_of, source_title, source_url FROM key_figure", "figure_key", keys,
                            "ORDER BY country_code, figure_key",
                            (rs, ctx) -> new KeyFigure(rs.getString(1), rs.getString(2), rs.getString(3),
                                    plain(rs.getBigDecimal(4)), rs.getString(5), date(rs, 6),
                                    new Source(rs.getString(7), rs.getString(8)))),
                    (c, rows) -> {
                        try (Batch b = new Batch(c, "INSERT INTO key_figure (figure_key, country_code, label,"
                                + " figure_value, unit_name, as_of, source_title, source_url)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                            for (KeyFigure r : rows) {
                                b.text(r.key()).text(r.countryCode()).text(r.label()).decimal(r.value())
                                        .text(r.unit()).date(r.asOf()).text(r.source().title())
                                        .text(r.source().url()).add();
                            }
                        }
                    })
                    // the store keeps six decimal places: compare 1.5 and 1.500000 as equal
                    .normalizedBy(k -> new KeyFigure(k.key(), k.countryCode(), k.label(), plain(k.value()), k.unit(),
                            k.asOf(), k.source())))
            .build();

    // ---- inquiries -----------------------------------------------------------------------------

    /**
     * Inquiries: questions and answers nest, so the dataset reader reads them with its own
     * reader and the workbook leaves them out. The fields here are the references the import
     * follows.
     */
    public static final RecordType<Inquiry> INQUIRIES = RecordType.builder(Inquiry.class, "inquiries", "inquiry",
                    "an inquiry", "Anfragen")
            .field(Field.text("id", i -> i.id().toString()))
            .field(Field.references("countries", COUNTRIES, Inquiry::countryCodes))
            .field(Field.references("questions.answer.countries", COUNTRIES, RecordTypes::tableCountries))
            .key("id")
            .named(k -> "inquiry " + k.get(0))
            .warns(Inquiry::warnings)
            .stores(Table.of("inquiry", List.of(), InquiryTable::load, InquiryTable::insert)
                    .deletedBy(InquiryTable::delete))
            .build();

    private static List<String> tableCountries(Inquiry i) {
        List<String> codes = new ArrayList<>();
        for (Question q : i.questions()) {
            for (AnswerBlock b : q.answer()) {
                codes.addAll(InquiryTable.blockCountries(b));
            }
        }
        return codes;
    }

    /** One inquiry with everything it holds. */
    public static Optional<Inquiry> inquiry(Handle h, de.nrw.coop.model.InquiryId id) {
        return InquiryTable.inquiry(h, id);
    }

    /**
     * Replaces the answers of a stored inquiry and its footnotes (the Word round trip); the inquiry
     * row and every row that refers to it stay.
     */
    public static void replaceAnswers(java.sql.Connection c, Inquiry before, Inquiry after)
            throws java.sql.SQLException {
        InquiryTable.replaceAnswers(c, before, after);
    }

    // ---- all -----------------------------------------------------------------------------------

    /** Every record type, in the order of the documentation and of import counts. */
    public static final List<RecordType<?>> ALL = List.of(COUNTRIES, DEPARTMENTS, PARTNERS, AGREEMENTS, PROJECTS,
            ACTIVITIES, FUNDING, SETTLEMENTS, KEY_FIGURES, INQUIRIES);

    /** The record type of a dataset list, or null. */
    public static RecordType<?> bySection(String section) {
        for (RecordType<?> t : ALL) {
            if (t.section().equals(section)) {
                return t;
            }
        }
        return null;
    }

    /** The types other records refer to, whose keys the import looks up. */
    public static List<RecordType<?>> referred() {
        return ALL.stream().filter(t -> ALL.stream().anyMatch(o -> o.references().stream()
                .anyMatch(f -> f.target() == t))).toList();
    }

    /** Inserts the keys of a list field with their positions. */
    private static void positions(Batch b, String owner, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.text(owner).integer(i).text(values.get(i)).add();
        }
    }
}
