--liquibase formatted sql

--changeset lvzhi:010-supervision-case
CREATE TABLE supervision_case (
    tenant_id    text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id           uuid NOT NULL,
    deputy_id    uuid NOT NULL,
    rule         text NOT NULL,
    article      text NOT NULL,
    trigger_key  text NOT NULL,
    step         integer NOT NULL,
    action       text NOT NULL,
    actor        text NOT NULL,
    alternatives text[] NOT NULL,
    evidence     text[] NOT NULL,
    opened_on    date NOT NULL,
    state        text NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    outcome      text CHECK (outcome IN ('RESOLVED', 'UNRESOLVED', 'CONFIRMED', 'DISMISSED')),
    note         text,
    closed_by    text,
    closed_on    date,
    PRIMARY KEY (tenant_id, id),
    -- The same trigger never opens two cases, even when a fact and the nightly run evaluate at once.
    UNIQUE (tenant_id, deputy_id, rule, trigger_key),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
CREATE INDEX supervision_case_state ON supervision_case (tenant_id, state, opened_on);
SELECT isolate_tenant('supervision_case');
GRANT SELECT, INSERT, UPDATE ON supervision_case TO ${app_role};
GRANT SELECT ON supervision_case TO ${platform_role};

--changeset lvzhi:010-compliance-standing
-- The latest evaluation of each deputy against the quotas, for the overview: its worst status and every verdict.
CREATE TABLE compliance_standing (
    tenant_id    text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    deputy_id    uuid NOT NULL,
    evaluated_on date NOT NULL,
    worst_status text NOT NULL CHECK (worst_status IN ('MET', 'ON_TRACK', 'AT_RISK', 'BEHIND')),
    verdicts     jsonb NOT NULL,
    PRIMARY KEY (tenant_id, deputy_id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
CREATE INDEX compliance_standing_status ON compliance_standing (tenant_id, worst_status);
SELECT isolate_tenant('compliance_standing');
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_standing TO ${app_role};
GRANT SELECT ON compliance_standing TO ${platform_role};
