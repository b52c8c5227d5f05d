--liquibase formatted sql

--changeset lvzhi:009-session
-- A session of the congress; closed_at is set once its attendance has been turned into absences and records.
CREATE TABLE session (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id        uuid NOT NULL,
    term_id   uuid NOT NULL,
    number    integer NOT NULL CHECK (number >= 1),
    title     text NOT NULL,
    opens_on  date NOT NULL,
    closes_on date NOT NULL CHECK (closes_on >= opens_on),
    closed_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, term_id, number),
    FOREIGN KEY (tenant_id, term_id) REFERENCES term (tenant_id, id)
);
SELECT isolate_tenant('session');
GRANT SELECT, INSERT, UPDATE ON session TO ${app_role};
GRANT SELECT ON session TO ${platform_role};

--changeset lvzhi:009-session-meeting
CREATE TABLE session_meeting (
    tenant_id  text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id         uuid NOT NULL,
    session_id uuid NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('PREPARATORY', 'PLENARY', 'JOINT_GROUP', 'GROUP')),
    held_on    date NOT NULL,
    half_day   text NOT NULL CHECK (half_day IN ('MORNING', 'AFTERNOON')),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, session_id, held_on, half_day, kind),
    FOREIGN KEY (tenant_id, session_id) REFERENCES session (tenant_id, id)
);
SELECT isolate_tenant('session_meeting');
GRANT SELECT, INSERT ON session_meeting TO ${app_role};
GRANT SELECT ON session_meeting TO ${platform_role};

--changeset lvzhi:009-meeting-attendance
-- Who attended a meeting; registering a meeting again replaces its rows.
CREATE TABLE meeting_attendance (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    meeting_id    uuid NOT NULL,
    deputy_id     uuid NOT NULL,
    registered_by text NOT NULL,
    registered_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, meeting_id, deputy_id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES session_meeting (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
SELECT isolate_tenant('meeting_attendance');
GRANT SELECT, INSERT, DELETE ON meeting_attendance TO ${app_role};
GRANT SELECT ON meeting_attendance TO ${platform_role};

--changeset lvzhi:009-leave-request
-- A leave request with the approval chain it follows, copied from the profile when it was made: the rule and
-- article it rests on and its steps, one per line as ACTOR[,ALTERNATIVE…]:ACTION.
CREATE TABLE leave_request (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id            uuid NOT NULL,
    deputy_id     uuid NOT NULL,
    leave_from    text NOT NULL CHECK (leave_from IN ('WHOLE_SESSION', 'SESSION_MEETING', 'RECESS_ACTIVITY', 'INVITED_MEETING', 'TRAINING')),
    session_id    uuid,
    activity_id   uuid,
    leave_on      date NOT NULL,
    half_days     integer NOT NULL CHECK (half_days >= 1),
    reason        text NOT NULL,
    explanation   text,
    chain_rule    text NOT NULL,
    chain_article text NOT NULL,
    chain_steps   text NOT NULL,
    filed_by      text,
    state         text NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK ((session_id IS NULL) <> (activity_id IS NULL)),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id),
    FOREIGN KEY (tenant_id, session_id) REFERENCES session (tenant_id, id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES duty_activity (tenant_id, id)
);
CREATE INDEX leave_request_state ON leave_request (tenant_id, state, requested_at);
CREATE INDEX leave_request_deputy ON leave_request (tenant_id, deputy_id, requested_at);
CREATE INDEX leave_request_session ON leave_request (tenant_id, session_id) WHERE session_id IS NOT NULL;
CREATE INDEX leave_request_activity ON leave_request (tenant_id, activity_id, deputy_id) WHERE activity_id IS NOT NULL;
SELECT isolate_tenant('leave_request');
GRANT SELECT, INSERT, UPDATE ON leave_request TO ${app_role};
GRANT SELECT ON leave_request TO ${platform_role};

--changeset lvzhi:009-leave-request-meeting
-- The meetings a leave from meetings covers (a leave from the whole session covers all and lists none).
CREATE TABLE leave_request_meeting (
    tenant_id        text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    leave_request_id uuid NOT NULL,
    meeting_id       uuid NOT NULL,
    PRIMARY KEY (tenant_id, leave_request_id, meeting_id),
    FOREIGN KEY (tenant_id, leave_request_id) REFERENCES leave_request (tenant_id, id),
    FOREIGN KEY (tenant_id, meeting_id) REFERENCES session_meeting (tenant_id, id)
);
SELECT isolate_tenant('leave_request_meeting');
GRANT SELECT, INSERT ON leave_request_meeting TO ${app_role};
GRANT SELECT ON leave_request_meeting TO ${platform_role};

--changeset lvzhi:009-leave-decision
-- One row per decided step, never updated: two people deciding the same step at once cannot both succeed.
CREATE TABLE leave_decision (
    tenant_id          text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    leave_request_id   uuid NOT NULL,
    step               integer NOT NULL CHECK (step >= 0),
    acted_as           text NOT NULL,
    action             text NOT NULL,
    outcome            text NOT NULL CHECK (outcome IN ('PASS', 'REFUSE')),
    decided_by         text NOT NULL,
    decided_at         timestamptz NOT NULL,
    note               text,
    document_reference text,
    PRIMARY KEY (tenant_id, leave_request_id, step),
    FOREIGN KEY (tenant_id, leave_request_id) REFERENCES leave_request (tenant_id, id)
);
SELECT isolate_tenant('leave_decision');
GRANT SELECT, INSERT ON leave_decision TO ${app_role};
GRANT SELECT ON leave_decision TO ${platform_role};
