--liquibase formatted sql

--changeset lvzhi:018-duty-report
-- A deputy's annual duty report (述职报告, QH-11.6): the narrative, a draft until submitted. The figures are drawn from
-- the archive when the report is shown, so only what the deputy writes is stored.
CREATE TABLE duty_report (
    tenant_id    text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    deputy_id    uuid NOT NULL,
    year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    narrative    text NOT NULL CHECK (char_length(narrative) <= 20000),
    state        text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED')),
    submitted_on date,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, deputy_id, year),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id),
    CHECK ((state = 'SUBMITTED') = (submitted_on IS NOT NULL))
);
-- Who has submitted a year's report.
CREATE INDEX duty_report_year ON duty_report (tenant_id, year, state);
SELECT isolate_tenant('duty_report');
GRANT SELECT, INSERT, UPDATE ON duty_report TO ${app_role};
GRANT SELECT ON duty_report TO ${platform_role};
