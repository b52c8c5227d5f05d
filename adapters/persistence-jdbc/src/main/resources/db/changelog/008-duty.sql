--liquibase formatted sql

--changeset lvzhi:008-duty-activity
CREATE TABLE duty_activity (
    tenant_id        text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id               uuid NOT NULL,
    term_id          uuid NOT NULL,
    type             text NOT NULL,
    title            text NOT NULL,
    held_on          date NOT NULL,
    place            text,
    organiser_unit_id uuid,
    organised_by     text NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, term_id) REFERENCES term (tenant_id, id),
    FOREIGN KEY (tenant_id, organiser_unit_id) REFERENCES organisation_unit (tenant_id, id)
);
CREATE INDEX duty_activity_date ON duty_activity (tenant_id, held_on);
SELECT isolate_tenant('duty_activity');
GRANT SELECT, INSERT, UPDATE ON duty_activity TO ${app_role};
GRANT SELECT ON duty_activity TO ${platform_role};

--changeset lvzhi:008-activity-invitation
CREATE TABLE activity_invitation (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    activity_id uuid NOT NULL,
    deputy_id   uuid NOT NULL,
    PRIMARY KEY (tenant_id, activity_id, deputy_id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES duty_activity (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
SELECT isolate_tenant('activity_invitation');
GRANT SELECT, INSERT, DELETE ON activity_invitation TO ${app_role};
GRANT SELECT ON activity_invitation TO ${platform_role};

--changeset lvzhi:008-duty-record
-- Records are never deleted: a rejected self-registration stays, with its reason, and never counts.
CREATE TABLE duty_record (
    tenant_id        text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id               uuid NOT NULL,
    deputy_id        uuid NOT NULL,
    type             text NOT NULL,
    occurred_on      date NOT NULL,
    activity_id      uuid,
    counterpart      text,
    note             text,
    source           text NOT NULL CHECK (source IN ('ORGANISER', 'SELF')),
    state            text NOT NULL CHECK (state IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    rejection_reason text,
    registered_by    text NOT NULL,
    registered_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES duty_activity (tenant_id, id)
);
-- One record per deputy per activity, whoever registers it (concurrent registrations included).
CREATE UNIQUE INDEX duty_record_once_per_activity ON duty_record (tenant_id, activity_id, deputy_id)
    WHERE activity_id IS NOT NULL AND state <> 'REJECTED';
-- Serves the counts compliance asks for: records per deputy × type × window.
CREATE INDEX duty_record_counting ON duty_record (tenant_id, deputy_id, type, occurred_on) WHERE state = 'CONFIRMED';
CREATE INDEX duty_record_review ON duty_record (tenant_id, state, occurred_on) WHERE state = 'PENDING';
SELECT isolate_tenant('duty_record');
GRANT SELECT, INSERT, UPDATE ON duty_record TO ${app_role};
GRANT SELECT ON duty_record TO ${platform_role};

--changeset lvzhi:008-absence
CREATE TABLE absence (
    tenant_id            text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id                   uuid NOT NULL,
    deputy_id            uuid NOT NULL,
    absent_from          text NOT NULL,
    absent_on            date NOT NULL,
    reference            text,
    approved             boolean NOT NULL,
    confirmed_attendance boolean NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
-- One absence per deputy per thing missed (a session, a meeting, an activity): recording it twice is refused.
CREATE UNIQUE INDEX absence_once ON absence (tenant_id, deputy_id, absent_from, reference) WHERE reference IS NOT NULL;
CREATE INDEX absence_deputy ON absence (tenant_id, deputy_id, absent_on);
SELECT isolate_tenant('absence');
GRANT SELECT, INSERT, UPDATE ON absence TO ${app_role};
GRANT SELECT ON absence TO ${platform_role};
