-- The departments' contributions to answers (Ressortabfrage): what the lead department asked whom,
-- and what came back. No foreign key to inquiry: re-importing an inquiry's YAML replaces its rows,
-- and requests and contributions must outlive that.

CREATE TABLE contribution_request (
    inquiry_period  INTEGER      NOT NULL,
    inquiry_number  INTEGER      NOT NULL,
    department_key  VARCHAR(100) NOT NULL,
    question_number INTEGER      NOT NULL,
    due_on          DATE         NOT NULL,
    lead_key        VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, department_key, question_number)
);

CREATE TABLE contribution (
    inquiry_period  INTEGER      NOT NULL,
    inquiry_number  INTEGER      NOT NULL,
    department_key  VARCHAR(100) NOT NULL,
    question_number INTEGER      NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, department_key, question_number)
);

CREATE TABLE contribution_paragraph (
    inquiry_period  INTEGER      NOT NULL,
    inquiry_number  INTEGER      NOT NULL,
    department_key  VARCHAR(100) NOT NULL,
    question_number INTEGER      NOT NULL,
    pos             INTEGER      NOT NULL,
    body            VARCHAR      NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, department_key, question_number, pos),
    FOREIGN KEY (inquiry_period, inquiry_number, department_key, question_number)
        REFERENCES contribution (inquiry_period, inquiry_number, department_key, question_number) ON DELETE CASCADE
);

CREATE TABLE contribution_footnote (
    inquiry_period  INTEGER      NOT NULL,
    inquiry_number  INTEGER      NOT NULL,
    department_key  VARCHAR(100) NOT NULL,
    question_number INTEGER      NOT NULL,
    footnote_number INTEGER      NOT NULL,
    body            VARCHAR      NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, department_key, question_number, footnote_number),
    FOREIGN KEY (inquiry_period, inquiry_number, department_key, question_number)
        REFERENCES contribution (inquiry_period, inquiry_number, department_key, question_number) ON DELETE CASCADE
);
