--liquibase formatted sql

--changeset lvzhi:028-leave-circulation
-- A closed session's circulation (通报) of its leave and absences (DC-3.1.2, QH-4.2.2), drawn up once when it closes:
-- the office that circulates it, the rules it cites (with their articles) and what it lists (LEAVE, ABSENCE).
CREATE TABLE leave_circulation (
    tenant_id      text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    session_id     uuid NOT NULL,
    circulated_by  text NOT NULL,
    rules          text[] NOT NULL,
    circulates     text[] NOT NULL,
    circulated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, session_id),
    FOREIGN KEY (tenant_id, session_id) REFERENCES session (tenant_id, id)
);
SELECT isolate_tenant('leave_circulation');
GRANT SELECT, INSERT ON leave_circulation TO ${app_role};
GRANT SELECT ON leave_circulation TO ${platform_role};

--changeset lvzhi:028-leave-circulation-line
-- One deputy's approved leave (the rule it was approved under) or meetings missed without approval, in the
-- circulation's order.
CREATE TABLE leave_circulation_line (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    session_id  uuid NOT NULL,
    line_no     integer NOT NULL,
    deputy_id   uuid NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('LEAVE', 'ABSENCE')),
    meeting_ids uuid[] NOT NULL,
    rule        text,
    PRIMARY KEY (tenant_id, session_id, line_no),
    FOREIGN KEY (tenant_id, session_id) REFERENCES leave_circulation (tenant_id, session_id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
SELECT isolate_tenant('leave_circulation_line');
GRANT SELECT, INSERT ON leave_circulation_line TO ${app_role};
GRANT SELECT ON leave_circulation_line TO ${platform_role};
