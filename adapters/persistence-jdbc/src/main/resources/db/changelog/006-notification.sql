--liquibase formatted sql

--changeset lvzhi:006-outbox
-- Deliveries waiting to go out, written in the same transaction as the change they report. The
-- dispatcher (platform role) claims due rows with FOR UPDATE SKIP LOCKED and a lease (claimed_until), so
-- several nodes share the work and a crashed node's claims fall back to the others.
CREATE TABLE outbox_message (
    tenant_id       text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id              uuid NOT NULL,
    channel         text NOT NULL CHECK (channel IN ('INBOX', 'EMAIL', 'WEBHOOK')),
    target          text NOT NULL,
    event           text NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    payload         text NOT NULL,
    created_at      timestamptz NOT NULL,
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_until   timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
SELECT isolate_tenant('outbox_message');
GRANT SELECT, INSERT, UPDATE ON outbox_message TO ${app_role};
GRANT SELECT, UPDATE ON outbox_message TO ${platform_role};

--changeset lvzhi:006-inbox
-- The in-app inbox; the id is the outbox message's, so a repeated delivery lands once.
CREATE TABLE inbox_message (
    tenant_id  text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id         uuid NOT NULL,
    login      text NOT NULL,
    event      text NOT NULL,
    subject    text NOT NULL,
    body       text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at    timestamptz,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX inbox_message_login ON inbox_message (tenant_id, login, created_at DESC);
SELECT isolate_tenant('inbox_message');
GRANT SELECT, INSERT, UPDATE ON inbox_message TO ${app_role};

--changeset lvzhi:006-webhook-endpoint
-- A tenant's webhook endpoints; secrets newest first, several during a rotation.
CREATE TABLE webhook_endpoint (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id          uuid NOT NULL,
    url         text NOT NULL,
    event_types text NOT NULL,
    secrets     text NOT NULL,
    enabled     boolean NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
SELECT isolate_tenant('webhook_endpoint');
GRANT SELECT, INSERT, UPDATE ON webhook_endpoint TO ${app_role};

--changeset lvzhi:006-notification-preference
-- A person's muted channels per event type; a mandatory notification ignores them.
CREATE TABLE notification_preference (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    login     text NOT NULL,
    event     text NOT NULL,
    channel   text NOT NULL CHECK (channel IN ('INBOX', 'EMAIL')),
    PRIMARY KEY (tenant_id, login, event, channel)
);
SELECT isolate_tenant('notification_preference');
GRANT SELECT, INSERT, DELETE ON notification_preference TO ${app_role};
