--liquibase formatted sql

--changeset lvzhi:035-keyset-indexes
-- Issue 20, keyset paging of the deep lists read by position: a page is the rows after the cursor's (sort value, id),
-- one row comparison, so the sort column and the id must run in one direction within the index, under the tenant,
-- after the list's optional filter. 031's indexes mixed them (drafted_at DESC, id) and could not serve the comparison;
-- these replace them. docs/benchmarks.md, "Every list pages".
-- GET /suggestions, newest first; with state.
CREATE INDEX suggestion_page ON suggestion (tenant_id, drafted_at DESC, id DESC);
DROP INDEX suggestion_drafted;
CREATE INDEX suggestion_state_page ON suggestion (tenant_id, state, drafted_at DESC, id DESC);
DROP INDEX suggestion_state;
-- GET /supervision-cases, newest first; with state.
CREATE INDEX supervision_case_keyset ON supervision_case (tenant_id, opened_on DESC, id DESC);
DROP INDEX supervision_case_page;
CREATE INDEX supervision_case_state_page ON supervision_case (tenant_id, state, opened_on DESC, id DESC);
DROP INDEX supervision_case_state;
-- GET /deadlines/overdue?unitId=: a unit's open clocks by due date (deadline_open_due serves the board without one).
CREATE INDEX deadline_open_unit_due ON deadline (tenant_id, unit_id, due_on, id) WHERE state = 'OPEN';
DROP INDEX deadline_open_unit;
-- GET /duty-records/review-queue: pending records, oldest first.
CREATE INDEX duty_record_pending ON duty_record (tenant_id, occurred_on, id) WHERE state = 'PENDING';
DROP INDEX duty_record_review;
