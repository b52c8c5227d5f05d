--liquibase formatted sql

--changeset lvzhi:019-claim-owner
-- Which node holds a lease on an outbox message or a deadline clock, so a node that stops gives back exactly its own
-- claims (the others take them at once instead of after the lease), and the outbox dispatcher can keep one endpoint's
-- messages to one lane: a target with a live claim is not claimed again until that send ends.
ALTER TABLE outbox_message ADD COLUMN claimed_by text;
ALTER TABLE deadline ADD COLUMN claimed_by text;
CREATE INDEX outbox_message_claimed ON outbox_message (target) WHERE claimed_until IS NOT NULL;
