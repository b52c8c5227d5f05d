--liquibase formatted sql

--changeset lvzhi:016-joint-proposal
-- Motions, inquiries, recall motions and investigation proposals (BL-8, BL-11, BL-12, BL-14). The threshold they were
-- filed under is kept with them: withdrawals are measured against the same number.
CREATE TABLE joint_proposal (
    tenant_id           text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id                  uuid NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('MOTION', 'INQUIRY', 'RECALL_MOTION', 'INVESTIGATION_PROPOSAL')),
    term_id             uuid NOT NULL,
    title               text NOT NULL,
    subject             text,
    grounds             text,
    proposal            text,
    threshold_rule      text NOT NULL,
    threshold_article   text NOT NULL,
    threshold_required  integer NOT NULL CHECK (threshold_required > 0),
    threshold_share     text,
    threshold_whole     integer NOT NULL,
    required_parts      text[] NOT NULL,
    filed_on            date NOT NULL,
    filed_by            text NOT NULL,
    state               text NOT NULL CHECK (state IN ('FILED', 'REFERRED_TO_COMMITTEE', 'PLACED_ON_AGENDA', 'NOT_ACCEPTED',
                                                       'WITHDRAWN', 'LAPSED')),
    ended_on            date,
    decision            text CHECK (decision IN ('PLACED_ON_AGENDA', 'REFERRED_TO_COMMITTEE', 'NOT_ACCEPTED')),
    decision_note       text,
    decided_on          date,
    decision_by         text,
    answer_rule         text,
    answer_article      text,
    answer_required     integer,
    answer_share        text,
    answer_whole        integer,
    answer_on           date,
    answer_by           text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, term_id) REFERENCES term (tenant_id, id)
);
CREATE INDEX joint_proposal_filed ON joint_proposal (tenant_id, filed_on DESC, id);
CREATE INDEX joint_proposal_kind ON joint_proposal (tenant_id, kind, filed_on DESC);
SELECT isolate_tenant('joint_proposal');
GRANT SELECT, INSERT, UPDATE ON joint_proposal TO ${app_role};
GRANT SELECT ON joint_proposal TO ${platform_role};

--changeset lvzhi:016-joint-proposal-signatory
-- The signatories in order (the first leads); a withdrawal and an inquiry's answer verdict are marked on the row.
CREATE TABLE joint_proposal_signatory (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    proposal_id   uuid NOT NULL,
    deputy_id     uuid NOT NULL,
    position      integer NOT NULL,
    withdrawn_at  integer,
    dissatisfied  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, proposal_id, deputy_id),
    UNIQUE (tenant_id, proposal_id, position),
    FOREIGN KEY (tenant_id, proposal_id) REFERENCES joint_proposal (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
CREATE INDEX joint_proposal_signatory_deputy ON joint_proposal_signatory (tenant_id, deputy_id);
SELECT isolate_tenant('joint_proposal_signatory');
GRANT SELECT, INSERT, UPDATE ON joint_proposal_signatory TO ${app_role};
GRANT SELECT ON joint_proposal_signatory TO ${platform_role};

--changeset lvzhi:016-activity-notice
-- The notices before an activity (QH-3.6, QH-8.2, DC-10.7) its organiser recorded as sent, one per rule.
CREATE TABLE activity_notice (
    tenant_id    text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    activity_id  uuid NOT NULL,
    rule         text NOT NULL,
    sent_on      date NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, activity_id, rule),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES duty_activity (tenant_id, id)
);
SELECT isolate_tenant('activity_notice');
GRANT SELECT, INSERT ON activity_notice TO ${app_role};
GRANT SELECT ON activity_notice TO ${platform_role};
