--liquibase formatted sql

--changeset lvzhi:033-api-client
-- A congress's API clients (issue 19): external systems signing in with client credentials, created by a tenant admin.
-- The platform's catalogue of them with either identity; with the local identity also their secret, as the SHA-256 of
-- 256 random bits (a fast hash suffices for so much entropy). credential changes at every rotation: tokens name it, and
-- a token of another credential, or of a revoked client, is refused. client_id leads with the congress's slug, so a
-- token request is answered under that congress's row-level security; it is unique on the platform (Keycloak's
-- client ids are unique in the realm).
CREATE TABLE api_client (
    tenant_id       text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id              uuid NOT NULL,
    client_id       text NOT NULL UNIQUE,
    name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    roles           text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['INTEGRATION', 'LIAISON_OFFICER']),
    rate_capacity   bigint CHECK (rate_capacity > 0),
    rate_per_second bigint CHECK (rate_per_second > 0),
    secret_hash     text NOT NULL,
    credential      uuid NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    rotated_at      timestamptz,
    revoked_at      timestamptz,
    revoked_by      text,
    PRIMARY KEY (tenant_id, id),
    CHECK ((rate_capacity IS NULL) = (rate_per_second IS NULL)),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX api_client_newest ON api_client (tenant_id, created_at DESC, id);
SELECT isolate_tenant('api_client');

-- Who changed a client, when and how (created, rotated, revoked): the audit, as account_event is the accounts'.
CREATE TABLE api_client_event (
    tenant_id text NOT NULL DEFAULT current_tenant(),
    client_id uuid NOT NULL,
    event     text NOT NULL,
    actor     text NOT NULL,
    at        timestamptz NOT NULL,
    detail    text NOT NULL,
    FOREIGN KEY (tenant_id, client_id) REFERENCES api_client (tenant_id, id)
);
CREATE INDEX api_client_event_client ON api_client_event (tenant_id, client_id, at);
SELECT isolate_tenant('api_client_event');

GRANT SELECT, INSERT, UPDATE ON api_client TO ${app_role};
GRANT SELECT, INSERT ON api_client_event TO ${app_role};
GRANT SELECT ON api_client, api_client_event TO ${platform_role};
