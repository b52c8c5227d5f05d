--liquibase formatted sql

--changeset lvzhi:015-suggestion
-- A deputy's suggestion (建议、批评和意见) as it now stands; what was done to it is in suggestion_action.
CREATE TABLE suggestion (
    tenant_id       text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id              uuid NOT NULL,
    term_id         uuid NOT NULL,
    sponsor_id      uuid NOT NULL,
    title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    content         text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 5000),
    state           text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REFUSED', 'MERGED', 'ASSIGNED', 'REPLIED',
                                                   'DISSATISFIED', 'REASSIGNED', 'CLOSED')),
    round           integer NOT NULL CHECK (round BETWEEN 0 AND 2),
    complex         boolean NOT NULL,
    assigned_on     date,
    reply_due_on    date,
    feedback_due_on date,
    merged_into     uuid,
    drafted_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, term_id) REFERENCES term (tenant_id, id),
    FOREIGN KEY (tenant_id, sponsor_id) REFERENCES deputy (tenant_id, id),
    FOREIGN KEY (tenant_id, merged_into) REFERENCES suggestion (tenant_id, id)
);
-- Lists are newest first, by state; near-duplicates are looked for within a term.
CREATE INDEX suggestion_state ON suggestion (tenant_id, state, drafted_at);
CREATE INDEX suggestion_term ON suggestion (tenant_id, term_id, state);
CREATE INDEX suggestion_sponsor ON suggestion (tenant_id, sponsor_id);
SELECT isolate_tenant('suggestion');
GRANT SELECT, INSERT, UPDATE ON suggestion TO ${app_role};
GRANT SELECT ON suggestion TO ${platform_role};

--changeset lvzhi:015-suggestion-co-sponsor
CREATE TABLE suggestion_co_sponsor (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    suggestion_id uuid NOT NULL,
    deputy_id     uuid NOT NULL,
    ordinal       integer NOT NULL,
    PRIMARY KEY (tenant_id, suggestion_id, deputy_id),
    FOREIGN KEY (tenant_id, suggestion_id) REFERENCES suggestion (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
-- A deputy's own suggestions, as co-sponsor.
CREATE INDEX suggestion_co_sponsor_deputy ON suggestion_co_sponsor (tenant_id, deputy_id);
SELECT isolate_tenant('suggestion_co_sponsor');
GRANT SELECT, INSERT, DELETE ON suggestion_co_sponsor TO ${app_role};
GRANT SELECT ON suggestion_co_sponsor TO ${platform_role};

--changeset lvzhi:015-suggestion-unit
-- The units the suggestion is assigned to in its current round: exactly one LEAD.
CREATE TABLE suggestion_unit (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    suggestion_id uuid NOT NULL,
    unit_id       uuid NOT NULL,
    role          text NOT NULL CHECK (role IN ('LEAD', 'CO')),
    ordinal       integer NOT NULL,
    PRIMARY KEY (tenant_id, suggestion_id, unit_id),
    FOREIGN KEY (tenant_id, suggestion_id) REFERENCES suggestion (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES organisation_unit (tenant_id, id)
);
CREATE UNIQUE INDEX suggestion_unit_one_lead ON suggestion_unit (tenant_id, suggestion_id) WHERE role = 'LEAD';
-- What a handling unit sees: the suggestions assigned to it.
CREATE INDEX suggestion_unit_unit ON suggestion_unit (tenant_id, unit_id);
SELECT isolate_tenant('suggestion_unit');
GRANT SELECT, INSERT, DELETE ON suggestion_unit TO ${app_role};
GRANT SELECT ON suggestion_unit TO ${platform_role};

--changeset lvzhi:015-suggestion-action
-- Every action, in order; only ever appended (no UPDATE or DELETE granted).
CREATE TABLE suggestion_action (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    suggestion_id uuid NOT NULL,
    seq           integer NOT NULL,
    kind          text NOT NULL,
    round         integer NOT NULL,
    acted_by      text NOT NULL,
    acted_at      timestamptz NOT NULL,
    acted_on      date NOT NULL,
    unit_id       uuid,
    text          text,
    code          text,
    signed_by     text,
    verdict       text CHECK (verdict IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    attitude      text CHECK (attitude IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    PRIMARY KEY (tenant_id, suggestion_id, seq),
    FOREIGN KEY (tenant_id, suggestion_id) REFERENCES suggestion (tenant_id, id)
);
SELECT isolate_tenant('suggestion_action');
GRANT SELECT, INSERT ON suggestion_action TO ${app_role};
GRANT SELECT ON suggestion_action TO ${platform_role};
