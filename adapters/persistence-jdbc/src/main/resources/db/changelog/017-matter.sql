--liquibase formatted sql

--changeset lvzhi:017-matter
-- A deputies' matter on a statutory clock (appointment BL-20, inspection report BL-18, research report BL-21, letter
-- BL-23, change of details BL-29) as it now stands; what was done to it is in matter_action.
CREATE TABLE matter (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id          uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('APPOINTMENT', 'INSPECTION_REPORT', 'RESEARCH_REPORT', 'LETTER', 'DETAILS_CHANGE')),
    unit_id     uuid,
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    content     text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 5000),
    state       text NOT NULL CHECK (state IN ('REQUESTED', 'HELD', 'REHANDLING', 'RESEARCH_ENDED', 'SUBMITTED', 'ASSIGNED',
                                               'RECEIVED', 'CHANGED', 'ANSWERED', 'REPORTED')),
    round       integer NOT NULL CHECK (round BETWEEN 1 AND 2),
    due_on      date,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES organisation_unit (tenant_id, id)
);
CREATE INDEX matter_recorded ON matter (tenant_id, kind, recorded_at);
SELECT isolate_tenant('matter');
GRANT SELECT, INSERT, UPDATE ON matter TO ${app_role};
GRANT SELECT ON matter TO ${platform_role};

--changeset lvzhi:017-matter-deputy
-- The deputies a matter concerns, in order (the requesting deputies, the writer, the deputy whose details changed).
CREATE TABLE matter_deputy (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    matter_id uuid NOT NULL,
    deputy_id uuid NOT NULL,
    ordinal   integer NOT NULL,
    PRIMARY KEY (tenant_id, matter_id, deputy_id),
    FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
-- A deputy's own matters.
CREATE INDEX matter_deputy_deputy ON matter_deputy (tenant_id, deputy_id);
SELECT isolate_tenant('matter_deputy');
GRANT SELECT, INSERT ON matter_deputy TO ${app_role};
GRANT SELECT ON matter_deputy TO ${platform_role};

--changeset lvzhi:017-matter-action
-- Every step, in order, with the day it happened; only ever appended (no UPDATE or DELETE granted).
CREATE TABLE matter_action (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    matter_id uuid NOT NULL,
    seq       integer NOT NULL,
    step      text NOT NULL,
    acted_on  date NOT NULL,
    acted_by  text NOT NULL,
    acted_at  timestamptz NOT NULL,
    text      text,
    unit_id   uuid,
    PRIMARY KEY (tenant_id, matter_id, seq),
    FOREIGN KEY (tenant_id, matter_id) REFERENCES matter (tenant_id, id)
);
SELECT isolate_tenant('matter_action');
GRANT SELECT, INSERT ON matter_action TO ${app_role};
GRANT SELECT ON matter_action TO ${platform_role};
