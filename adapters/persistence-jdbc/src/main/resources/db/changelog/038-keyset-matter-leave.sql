--liquibase formatted sql

--changeset lvzhi:038-keyset-matter-leave
-- Issue 20, keyset paging of matters and leave requests (as 035 did for the other deep lists): a page is one row
-- comparison (sort value, id) < (?, ?), so the sort column and the id run in one direction, under the tenant, after the
-- list's optional filter. 031's matter_page and leave_request_page mixed directions (recorded_at DESC, id); 017's
-- matter_recorded and 009's leave_request_state had no id. docs/benchmarks.md, "Every list pages".
-- GET /matters, newest first; with kind.
CREATE INDEX matter_keyset ON matter (tenant_id, recorded_at DESC, id DESC);
DROP INDEX matter_page;
CREATE INDEX matter_kind_page ON matter (tenant_id, kind, recorded_at DESC, id DESC);
DROP INDEX matter_recorded;
-- GET /leave-requests, newest first; with state.
CREATE INDEX leave_request_keyset ON leave_request (tenant_id, requested_at DESC, id DESC);
DROP INDEX leave_request_page;
CREATE INDEX leave_request_state_page ON leave_request (tenant_id, state, requested_at DESC, id DESC);
-- Read backwards it also serves the pending requests oldest first (LeaveRequestRepository.findByStateOrderByRequestedAt).
DROP INDEX leave_request_state;
