--liquibase formatted sql

--changeset lvzhi:013-deadline
-- One statutory clock (DESIGN.md §4): written by the use case whose event starts it, in the same transaction; met by
-- the event that stops it. next_action_on is the first day the clock wants the poller (the next reminder, the progress
-- explanation, the day after it is due until escalated), NULL when it wants nothing more; the poller (platform role)
-- claims rows by it with FOR UPDATE SKIP LOCKED and a lease (claimed_until).
CREATE TABLE deadline (
    tenant_id            text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id                   uuid NOT NULL,
    rule                 text NOT NULL,
    article              text NOT NULL,
    event                text NOT NULL,
    subject_kind         text NOT NULL,
    subject_id           text NOT NULL,
    subject_title        text NOT NULL,
    unit_id              uuid,
    what                 text NOT NULL,
    responsible          text,
    escalate_to          text,
    event_on             date NOT NULL,
    started_on           date NOT NULL,
    due_on               date NOT NULL,
    reminders            date[] NOT NULL,
    next_reminder_on     date,
    progress_report_on   date,
    progress_reminded_on date,
    escalated_on         date,
    state                text NOT NULL CHECK (state IN ('OPEN', 'MET')),
    met_on               date,
    next_action_on       date,
    claimed_until        timestamptz,
    PRIMARY KEY (tenant_id, id),
    CHECK ((state = 'MET') = (met_on IS NOT NULL)),
    CHECK (state = 'OPEN' OR next_action_on IS NULL),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES organisation_unit (tenant_id, id)
);
-- The poller's index: only clocks that still want something, by the day they want it and then by congress, so a
-- claimed batch holds few congresses (each is worked in one transaction, its notifications grouped).
CREATE INDEX deadline_next_action ON deadline (next_action_on, tenant_id) WHERE next_action_on IS NOT NULL;
-- The overdue board (per handling unit) and a subject's clocks.
CREATE INDEX deadline_open_unit ON deadline (tenant_id, unit_id, due_on) WHERE state = 'OPEN';
CREATE INDEX deadline_subject ON deadline (tenant_id, subject_kind, subject_id, event);
SELECT isolate_tenant('deadline');
GRANT SELECT, INSERT, UPDATE ON deadline TO ${app_role};
GRANT SELECT, UPDATE ON deadline TO ${platform_role};

--changeset lvzhi:013-holiday-calendar
-- The State Council's holiday arrangements, platform-wide (no tenant): days off (HOLIDAY) and weekend days worked
-- instead (WORKING_DAY). Every congress reads them; the platform admin replaces a year on the platform role.
CREATE TABLE holiday_year (
    year     integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    source   text NOT NULL,
    saved_by text NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE holiday_day (
    day  date PRIMARY KEY,
    year integer NOT NULL REFERENCES holiday_year (year) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
    name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 20),
    CHECK (extract(year FROM day) = year)
);
GRANT SELECT ON holiday_year, holiday_day TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON holiday_year, holiday_day TO ${platform_role};

--changeset lvzhi:013-holiday-2025-2026
-- 国办发明电〔2024〕12号 (2025) and the notice of 4 November 2025 (2026), as published by Xinhua.
INSERT INTO holiday_year (year, source, saved_by) VALUES
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', 'seed'),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', 'seed');
INSERT INTO holiday_day (day, year, kind, name)
SELECT d::date, 2025, 'HOLIDAY', h.name
  FROM (VALUES ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'),
               ('2025-04-04', '2025-04-06', '清明节'), ('2025-05-01', '2025-05-05', '劳动节'),
               ('2025-05-31', '2025-06-02', '端午节'), ('2025-10-01', '2025-10-08', '国庆节、中秋节')) AS h (first, last, name),
       generate_series(h.first::date, h.last::date, interval '1 day') AS d;
INSERT INTO holiday_day (day, year, kind, name) VALUES
    ('2025-01-26', 2025, 'WORKING_DAY', '春节调休上班'), ('2025-02-08', 2025, 'WORKING_DAY', '春节调休上班'),
    ('2025-04-27', 2025, 'WORKING_DAY', '劳动节调休上班'),
    ('2025-09-28', 2025, 'WORKING_DAY', '国庆节调休上班'), ('2025-10-11', 2025, 'WORKING_DAY', '国庆节调休上班');
INSERT INTO holiday_day (day, year, kind, name)
SELECT d::date, 2026, 'HOLIDAY', h.name
  FROM (VALUES ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'),
               ('2026-04-04', '2026-04-06', '清明节'), ('2026-05-01', '2026-05-05', '劳动节'),
               ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
               ('2026-10-01', '2026-10-07', '国庆节')) AS h (first, last, name),
       generate_series(h.first::date, h.last::date, interval '1 day') AS d;
INSERT INTO holiday_day (day, year, kind, name) VALUES
    ('2026-01-04', 2026, 'WORKING_DAY', '元旦调休上班'),
    ('2026-02-14', 2026, 'WORKING_DAY', '春节调休上班'), ('2026-02-28', 2026, 'WORKING_DAY', '春节调休上班'),
    ('2026-05-09', 2026, 'WORKING_DAY', '劳动节调休上班'),
    ('2026-09-20', 2026, 'WORKING_DAY', '国庆节调休上班'), ('2026-10-10', 2026, 'WORKING_DAY', '国庆节调休上班');
