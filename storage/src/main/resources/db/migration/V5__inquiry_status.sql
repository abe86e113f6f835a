-- The status history of inquiries (issue 11): one row per step, append-only. coop only ever
-- inserts into these tables, never updates or deletes. They have no foreign key to inquiry: an
-- inquiry whose content changes is deleted and inserted anew by the import, and its history must
-- survive that untouched.
-- Each row holds the whole state after its step (departments and internal deadline carry over),
-- so the row with the highest seq is the inquiry's current state.

CREATE TABLE inquiry_status_change (
    inquiry_period    INTEGER     NOT NULL,
    inquiry_number    INTEGER     NOT NULL,
    seq               INTEGER     NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name         VARCHAR     NOT NULL,
    status_code       VARCHAR(20) NOT NULL,
    internal_deadline DATE,
    note              VARCHAR,
    PRIMARY KEY (inquiry_period, inquiry_number, seq)
);

-- pos 0: the lead department; 1, 2 ...: the contributing departments
CREATE TABLE inquiry_status_department (
    inquiry_period INTEGER      NOT NULL,
    inquiry_number INTEGER      NOT NULL,
    seq            INTEGER      NOT NULL,
    pos            INTEGER      NOT NULL,
    department_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (inquiry_period, inquiry_number, seq, pos),
    FOREIGN KEY (inquiry_period, inquiry_number, seq)
        REFERENCES inquiry_status_change (inquiry_period, inquiry_number, seq)
);

-- inquiries stored before this version: received, or published when their answer is final
INSERT INTO inquiry_status_change (inquiry_period, inquiry_number, seq, changed_at, user_name, status_code, note)
SELECT inquiry_period, inquiry_number, 1, CURRENT_TIMESTAMP, 'coop',
       CASE WHEN answer_ds_number IS NULL THEN 'EINGEGANGEN' ELSE 'VEROEFFENTLICHT' END,
       'status recorded when coop learnt statuses (schema version 5)'
FROM inquiry;
