--liquibase formatted sql

--changeset lvzhi:021-current-tenant-parallel-safe
-- current_tenant() only reads a setting, which parallel workers inherit from the leader: declared so, the planner may
-- run a tenant's scans and aggregates in parallel (undeclared, the row-level security qual ruled out every parallel plan).
ALTER FUNCTION current_tenant() PARALLEL SAFE;

--changeset lvzhi:021-read-indexes
-- Each leads with the tenant, as the row-level security qual (tenant_id = current_tenant()) is then an index condition
-- and not a filter, whatever the size of the congress (docs/benchmarks.md, "Reads at a province's size").
-- One deputy's archive: every record of their term, in any state (duty_record_counting holds the confirmed only).
CREATE INDEX duty_record_deputy ON duty_record (tenant_id, deputy_id, occurred_on);
-- Meetings attended per deputy, for the statistics.
CREATE INDEX meeting_attendance_deputy ON meeting_attendance (tenant_id, deputy_id);
-- A handling unit's suggestions awaiting its reply, earliest reply due first.
CREATE INDEX suggestion_awaiting_reply ON suggestion (tenant_id, reply_due_on, id) WHERE state IN ('ASSIGNED', 'REASSIGNED');
CREATE INDEX suggestion_unit_unit_suggestion ON suggestion_unit (tenant_id, unit_id, suggestion_id);
DROP INDEX suggestion_unit_unit;
