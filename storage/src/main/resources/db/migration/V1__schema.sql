-- coop store schema. The same SQL runs on H2 2.x and PostgreSQL: no vendor types, no column
-- named after a keyword of either (KEY, VALUE, YEAR, MONTH, DAY, ORDER, USER, GROUP ...).
-- References between records (an activity's partner, a project's agreement) carry no foreign
-- keys: imports accept records in any order across files, and H2 has no deferrable constraints;
-- the import resolves every reference itself before it commits. A record's own child rows do
-- have foreign keys to it.
-- Free text is VARCHAR without a length (unbounded on PostgreSQL, H2's maximum on H2), so no
-- text a dataset may hold fails in the store; keys are limited to 100 characters by the model.

CREATE TABLE country (
    country_code   VARCHAR(2)   NOT NULL PRIMARY KEY,
    name           VARCHAR      NOT NULL,
    region         VARCHAR
);

CREATE TABLE department (
    department_key VARCHAR(100) NOT NULL PRIMARY KEY,
    abbreviation   VARCHAR      NOT NULL,
    name           VARCHAR      NOT NULL,
    valid_from     DATE,
    valid_to       DATE
);

CREATE TABLE department_unit (
    department_key VARCHAR(100) NOT NULL REFERENCES department (department_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    unit_name      VARCHAR      NOT NULL,
    PRIMARY KEY (department_key, pos)
);

CREATE TABLE partner (
    partner_key    VARCHAR(100) NOT NULL PRIMARY KEY,
    name           VARCHAR      NOT NULL,
    native_name    VARCHAR     ,
    country_code   VARCHAR(2)   NOT NULL,
    level_code     VARCHAR(20)  NOT NULL,
    kind_code      VARCHAR(20)  NOT NULL
);

CREATE TABLE agreement (
    agreement_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    kind_name      VARCHAR      NOT NULL,
    title          VARCHAR       NOT NULL,
    department_key VARCHAR(100) NOT NULL,
    signed_on      DATE         NOT NULL,
    ended_on       DATE
);

CREATE TABLE agreement_partner (
    agreement_key  VARCHAR(100) NOT NULL REFERENCES agreement (agreement_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    partner_key    VARCHAR(100) NOT NULL,
    PRIMARY KEY (agreement_key, pos)
);

CREATE TABLE agreement_renewal (
    agreement_key  VARCHAR(100) NOT NULL REFERENCES agreement (agreement_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    renewed_on     DATE         NOT NULL,
    PRIMARY KEY (agreement_key, pos)
);

CREATE TABLE agreement_subject (
    agreement_key  VARCHAR(100) NOT NULL REFERENCES agreement (agreement_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    subject        VARCHAR       NOT NULL,
    PRIMARY KEY (agreement_key, pos)
);

CREATE TABLE project (
    project_key         VARCHAR(100) NOT NULL PRIMARY KEY,
    title               VARCHAR       NOT NULL,
    lead_department_key VARCHAR(100) NOT NULL,
    level_code          VARCHAR(20)  NOT NULL,
    start_on            DATE,
    end_on              DATE,
    agreement_key       VARCHAR(100)
);

CREATE TABLE project_partner (
    project_key    VARCHAR(100) NOT NULL REFERENCES project (project_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    partner_key    VARCHAR(100) NOT NULL,
    PRIMARY KEY (project_key, pos)
);

CREATE TABLE project_support (
    project_key    VARCHAR(100) NOT NULL REFERENCES project (project_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    support_code   VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_key, pos)
);

-- sort_day and date_precision order activities as PartialDate does: first day, then precision.
CREATE TABLE activity (
    activity_key    VARCHAR(100) NOT NULL PRIMARY KEY,
    kind_code       VARCHAR(20)  NOT NULL,
    date_year       INTEGER      NOT NULL,
    date_month      INTEGER,
    date_day        INTEGER,
    sort_day        DATE         NOT NULL,
    date_precision  INTEGER      NOT NULL,
    country_code    VARCHAR(2)   NOT NULL,
    direction       VARCHAR(20)  NOT NULL,
    delegation      VARCHAR      ,
    delegation_size INTEGER,
    purpose         VARCHAR      ,
    project_key     VARCHAR(100),
    agreement_key   VARCHAR(100),
    sentence        VARCHAR
);

CREATE INDEX activity_by_date ON activity (sort_day, date_precision, activity_key);
CREATE INDEX activity_by_country_year ON activity (country_code, date_year);

CREATE TABLE activity_host_department (
    activity_key   VARCHAR(100) NOT NULL REFERENCES activity (activity_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    department_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_key, pos)
);

CREATE TABLE activity_host_partner (
    activity_key   VARCHAR(100) NOT NULL REFERENCES activity (activity_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    partner_key    VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_key, pos)
);

CREATE TABLE activity_partner (
    activity_key   VARCHAR(100) NOT NULL REFERENCES activity (activity_key) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    partner_key    VARCHAR(100) NOT NULL,
    PRIMARY KEY (activity_key, pos)
);

-- budget_line '' stands for "no budget line", so the natural key has no NULL in it.
CREATE TABLE funding (
    project_key    VARCHAR(100)   NOT NULL,
    funding_year   INTEGER        NOT NULL,
    budget_line    VARCHAR        NOT NULL,
    amount_eur     DECIMAL(18, 2) NOT NULL,
    PRIMARY KEY (project_key, funding_year, budget_line)
);

CREATE TABLE settlement (
    country_code   VARCHAR(2)   NOT NULL,
    from_year      INTEGER      NOT NULL,
    to_year        INTEGER      NOT NULL,
    companies      INTEGER      NOT NULL,
    source_text    VARCHAR      ,
    PRIMARY KEY (country_code, from_year, to_year)
);

CREATE TABLE key_figure (
    figure_key     VARCHAR(100)   NOT NULL PRIMARY KEY,
    country_code   VARCHAR(2)     NOT NULL,
    label          VARCHAR        NOT NULL,
    figure_value   DECIMAL(24, 6) NOT NULL,
    unit_name      VARCHAR        NOT NULL,
    as_of          DATE,
    source_title   VARCHAR        NOT NULL,
    source_url     VARCHAR
);

CREATE TABLE inquiry (
    inquiry_period     INTEGER      NOT NULL,
    inquiry_number     INTEGER      NOT NULL,
    question_ds_period INTEGER      NOT NULL,
    question_ds_number INTEGER      NOT NULL,
    answer_ds_period   INTEGER,
    answer_ds_number   INTEGER,
    asked_on           DATE         NOT NULL,
    received_on        DATE,
    letter_on          DATE,
    answer_on          DATE,
    issued_on          DATE,
    title              VARCHAR       NOT NULL,
    from_year          INTEGER,
    to_year            INTEGER,
    minister           VARCHAR       NOT NULL,
    concurrence        VARCHAR      ,
    PRIMARY KEY (inquiry_period, inquiry_number)
);

CREATE TABLE inquiry_requester (
    inquiry_period INTEGER      NOT NULL,
    inquiry_number INTEGER      NOT NULL,
    pos            INTEGER      NOT NULL,
    name           VARCHAR      NOT NULL,
    gender         VARCHAR(10)  NOT NULL,
    group_name     VARCHAR      NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, pos),
    FOREIGN KEY (inquiry_period, inquiry_number) REFERENCES inquiry (inquiry_period, inquiry_number) ON DELETE CASCADE
);

CREATE TABLE inquiry_country (
    inquiry_period INTEGER    NOT NULL,
    inquiry_number INTEGER    NOT NULL,
    pos            INTEGER    NOT NULL,
    country_code   VARCHAR(2) NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, pos),
    FOREIGN KEY (inquiry_period, inquiry_number) REFERENCES inquiry (inquiry_period, inquiry_number) ON DELETE CASCADE
);

-- section 'P': Vorbemerkung der Kleinen Anfrage; 'G': Vorbemerkung der Landesregierung
CREATE TABLE inquiry_paragraph (
    inquiry_period INTEGER     NOT NULL,
    inquiry_number INTEGER     NOT NULL,
    section        VARCHAR(1)  NOT NULL,
    pos            INTEGER     NOT NULL,
    body           VARCHAR         NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, section, pos),
    FOREIGN KEY (inquiry_period, inquiry_number) REFERENCES inquiry (inquiry_period, inquiry_number) ON DELETE CASCADE
);

CREATE TABLE inquiry_footnote (
    inquiry_period  INTEGER NOT NULL,
    inquiry_number  INTEGER NOT NULL,
    footnote_number INTEGER NOT NULL,
    body            VARCHAR        NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, footnote_number),
    FOREIGN KEY (inquiry_period, inquiry_number) REFERENCES inquiry (inquiry_period, inquiry_number) ON DELETE CASCADE
);

CREATE TABLE inquiry_question (
    inquiry_period  INTEGER NOT NULL,
    inquiry_number  INTEGER NOT NULL,
    question_number INTEGER NOT NULL,
    body            VARCHAR        NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, question_number),
    FOREIGN KEY (inquiry_period, inquiry_number) REFERENCES inquiry (inquiry_period, inquiry_number) ON DELETE CASCADE
);

-- block_type 'P': paragraph (body); 'T': data table (table_kind, from/to year, caption, countries)
CREATE TABLE answer_block (
    inquiry_period  INTEGER NOT NULL,
    inquiry_number  INTEGER NOT NULL,
    question_number INTEGER NOT NULL,
    pos             INTEGER NOT NULL,
    block_type      VARCHAR(1) NOT NULL,
    body            VARCHAR        ,
    table_kind      VARCHAR(40),
    from_year       INTEGER,
    to_year         INTEGER,
    caption         VARCHAR      ,
    PRIMARY KEY (inquiry_period, inquiry_number, question_number, pos),
    FOREIGN KEY (inquiry_period, inquiry_number, question_number)
        REFERENCES inquiry_question (inquiry_period, inquiry_number, question_number) ON DELETE CASCADE
);

CREATE TABLE answer_table_country (
    inquiry_period  INTEGER    NOT NULL,
    inquiry_number  INTEGER    NOT NULL,
    question_number INTEGER    NOT NULL,
    block_pos       INTEGER    NOT NULL,
    pos             INTEGER    NOT NULL,
    country_code    VARCHAR(2) NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, question_number, block_pos, pos),
    FOREIGN KEY (inquiry_period, inquiry_number, question_number, block_pos)
        REFERENCES answer_block (inquiry_period, inquiry_number, question_number, pos) ON DELETE CASCADE
);

CREATE TABLE import_run (
    import_id      BIGINT       NOT NULL PRIMARY KEY,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE import_file (
    import_id      BIGINT       NOT NULL REFERENCES import_run (import_id) ON DELETE CASCADE,
    pos            INTEGER      NOT NULL,
    file_name      VARCHAR       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    PRIMARY KEY (import_id, pos)
);

CREATE TABLE import_count (
    import_id      BIGINT       NOT NULL REFERENCES import_run (import_id) ON DELETE CASCADE,
    kind_name      VARCHAR(40)  NOT NULL,
    added          INTEGER      NOT NULL,
    changed        INTEGER      NOT NULL,
    PRIMARY KEY (import_id, kind_name)
);
