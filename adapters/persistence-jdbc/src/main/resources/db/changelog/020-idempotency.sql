--liquibase formatted sql

--changeset lvzhi:020-idempotency
-- The Idempotency-Key of a creating or state-changing request (issue 18): per congress, caller and key, the
-- request's fingerprint and, once answered, the answer replayed to a retry. A running request holds the key
-- until lease_ends_at (then a retry may take it over: its node may have died); an answer until expires_at.
CREATE TABLE idempotent_request (
    tenant_id     text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    caller        text NOT NULL,
    key           text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 200),
    fingerprint   text NOT NULL,
    claimed_at    timestamptz NOT NULL,
    lease_ends_at timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    status        integer,
    content_type  text,
    body          text,
    location      text,
    PRIMARY KEY (tenant_id, caller, key)
);
-- The purge of expired keys.
CREATE INDEX idempotent_request_expiry ON idempotent_request (tenant_id, expires_at);
SELECT isolate_tenant('idempotent_request');
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotent_request TO ${app_role};
