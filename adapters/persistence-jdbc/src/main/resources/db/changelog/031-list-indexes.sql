--liquibase formatted sql

--changeset lvzhi:031-list-indexes
-- Issue 20, every list pages: the lists read by position whose order no index served without their optional filter,
-- so each page sorted every row of the congress. Each index is the list's ORDER BY under the tenant (tie broken by id),
-- so a page reads the rows before it and itself, then stops. docs/benchmarks.md, "Every list pages".
-- GET /suggestions (staff: every submitted one), newest first: 2,000,000 rows in a province.
CREATE INDEX suggestion_drafted ON suggestion (tenant_id, drafted_at DESC, id);
-- GET /matters without kind, newest first.
CREATE INDEX matter_page ON matter (tenant_id, recorded_at DESC, id);
-- GET /supervision-cases without state, newest first.
CREATE INDEX supervision_case_page ON supervision_case (tenant_id, opened_on DESC, id);
-- GET /leave-requests without state, newest first.
CREATE INDEX leave_request_page ON leave_request (tenant_id, requested_at DESC, id);
-- GET /deadlines/overdue without unitId: open clocks by due date (the unit's board keeps deadline_open_unit).
CREATE INDEX deadline_open_due ON deadline (tenant_id, due_on, id) WHERE state = 'OPEN';
