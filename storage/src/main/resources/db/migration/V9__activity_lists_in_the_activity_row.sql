-- An activity's host departments, host partners and partners in its own row (issue 14), not in
-- three child tables: reports read a million activities in one ordered pass without a lookup per
-- activity, and the import writes one row per activity instead of three or more. Each list is an
-- array of keys in the order the dataset gives them; NULL stands for an empty list (what
-- ARRAY_AGG gives for no rows, so stored and backfilled rows agree).
--
-- The activities are copied into a new table rather than updated in place: H2 rewrites every row
-- of an UPDATE through its undo log (a store of 300,000 activities took minutes and grew fourfold),
-- an INSERT ... SELECT writes each row once. Copied in report order, so the rows of a store made
-- before this version lie in the order reports read them.
CREATE TABLE activity_v9 (
    activity_key         VARCHAR(100) NOT NULL,
    kind_code            VARCHAR(20)  NOT NULL,
    date_year            INTEGER      NOT NULL,
    date_month           INTEGER,
    date_day             INTEGER,
    sort_day             DATE         NOT NULL,
    date_precision       INTEGER      NOT NULL,
    country_code         VARCHAR(2)   NOT NULL,
    direction            VARCHAR(20)  NOT NULL,
    host_department_keys VARCHAR(100) ARRAY,
    host_partner_keys    VARCHAR(100) ARRAY,
    partner_keys         VARCHAR(100) ARRAY,
    delegation           VARCHAR,
    delegation_size      INTEGER,
    purpose              VARCHAR,
    project_key          VARCHAR(100),
    agreement_key        VARCHAR(100),
    sentence             VARCHAR
);

INSERT INTO activity_v9 (activity_key, kind_code, date_year, date_month, date_day, sort_day, date_precision,
        country_code, direction, host_department_keys, host_partner_keys, partner_keys, delegation,
        delegation_size, purpose, project_key, agreement_key, sentence)
    SELECT a.activity_key, a.kind_code, a.date_year, a.date_month, a.date_day, a.sort_day, a.date_precision,
        a.country_code, a.direction,
        (SELECT ARRAY_AGG(c.department_key ORDER BY c.pos) FROM activity_host_department c
            WHERE c.activity_key = a.activity_key),
        (SELECT ARRAY_AGG(c.partner_key ORDER BY c.pos) FROM activity_host_partner c
            WHERE c.activity_key = a.activity_key),
        (SELECT ARRAY_AGG(c.partner_key ORDER BY c.pos) FROM activity_partner c
            WHERE c.activity_key = a.activity_key),
        a.delegation, a.delegation_size, a.purpose, a.project_key, a.agreement_key, a.sentence
    FROM activity a
    ORDER BY a.sort_day, a.date_precision, a.activity_key;

DROP TABLE activity_host_department;
DROP TABLE activity_host_partner;
DROP TABLE activity_partner;
DROP TABLE activity;
ALTER TABLE activity_v9 RENAME TO activity;

-- as in version 1
ALTER TABLE activity ADD CONSTRAINT activity_pkey PRIMARY KEY (activity_key);
CREATE INDEX activity_by_date ON activity (sort_day, date_precision, activity_key);
CREATE INDEX activity_by_country_year ON activity (country_code, date_year);
