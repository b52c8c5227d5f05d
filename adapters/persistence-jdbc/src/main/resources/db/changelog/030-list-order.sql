--liquibase formatted sql

--changeset lvzhi:030-list-order
-- Issue 20, every list pages: each list's order, under the tenant, served by one index range that stops after a page.
-- An inbox is read newest first by (created_at, id), a keyset page at a time (the cursor is the last row's key).
CREATE INDEX inbox_message_page ON inbox_message (tenant_id, login, created_at DESC, id DESC);
DROP INDEX inbox_message_login;
-- The dead letters, newest first, a keyset page at a time: while an endpoint is down every message to it ends here.
CREATE INDEX outbox_message_dead ON outbox_message (tenant_id, created_at DESC, id DESC) WHERE status = 'DEAD';
