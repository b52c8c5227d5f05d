--liquibase formatted sql

--changeset lvzhi:041-case-grounds
-- A case a rule opens records what it rests on: the absences it counted and the windows it judged (each year of a run).
-- When a fact changes the deputy's cases are judged again; one no longer supported is WITHDRAWN, and stays as the
-- audit of what was opened and why it went. A withdrawn case holds its trigger key no more: if the facts come back,
-- the same trigger opens a new case.
ALTER TABLE supervision_case
    ADD COLUMN ground_facts text[] NOT NULL DEFAULT '{}',
    ADD COLUMN ground_windows_from date[] NOT NULL DEFAULT '{}',
    ADD COLUMN ground_windows_to date[] NOT NULL DEFAULT '{}',
    DROP CONSTRAINT supervision_case_state_check,
    ADD CONSTRAINT supervision_case_state_check CHECK (state IN ('OPEN', 'CLOSED', 'WITHDRAWN')),
    DROP CONSTRAINT supervision_case_tenant_id_deputy_id_rule_trigger_key_key;
CREATE UNIQUE INDEX supervision_case_standing ON supervision_case (tenant_id, deputy_id, rule, trigger_key)
    WHERE state <> 'WITHDRAWN';
