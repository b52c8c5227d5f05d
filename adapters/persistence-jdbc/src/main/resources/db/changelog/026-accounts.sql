--liquibase formatted sql

--changeset lvzhi:026-accounts
-- The local identity's accounts (issue 15). Platform-wide, like person: an account is read before any congress
-- is known (sign-in, the check of every request's token), and one account may act in several congresses.
-- Passwords are Argon2id hashes (PHC string); NULL until the person accepts their invitation.
CREATE TABLE user_account (
    id              uuid PRIMARY KEY,
    login           text NOT NULL UNIQUE,
    name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    email           text,
    password_hash   text,
    platform_admin  boolean NOT NULL DEFAULT false,
    failed_sign_ins integer NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- An account's roles per congress. No foreign key to congress: configured demo users may name a congress that
-- is founded after start-up. Isolated like every tenant-owned table; besides, a transaction that names an account
-- (app.account_id, set by the persistence adapter for sign-in and for the check of every request's token, before
-- any congress is known) reads that account's grants in every congress, and nothing else.
CREATE TABLE account_grant (
    tenant_id  text NOT NULL DEFAULT current_tenant(),
    account_id uuid NOT NULL REFERENCES user_account (id),
    role       text NOT NULL CHECK (role IN ('TENANT_ADMIN', 'LIAISON_OFFICER', 'DELEGATION_HEAD', 'GROUP_LEADER',
                                             'DEPUTY', 'HANDLING_UNIT', 'INTEGRATION')),
    enabled    boolean NOT NULL DEFAULT true,
    PRIMARY KEY (tenant_id, account_id, role)
);
CREATE INDEX account_grant_account ON account_grant (account_id);
SELECT isolate_tenant('account_grant');
CREATE POLICY account_reads_own_grants ON account_grant FOR SELECT
    USING (account_id::text = current_setting('app.account_id', true));

-- A session is a family of refresh tokens: a sign-in starts it, each refresh uses one token and issues the next;
-- a token used twice, a sign-out or a password change revokes the family. Only SHA-256 hashes are stored.
CREATE TABLE account_session (
    id         uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES user_account (id),
    started_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX account_session_account ON account_session (account_id);
CREATE TABLE refresh_token (
    token_hash text PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES account_session (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX refresh_token_session ON refresh_token (session_id);

-- One-time links to set a password, by SHA-256 of the link's secret.
CREATE TABLE account_invitation (
    token_hash  text PRIMARY KEY,
    account_id  uuid NOT NULL REFERENCES user_account (id),
    congress_id text NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

-- What happened to an account (locks with their time, grants, password changes), for audit.
CREATE TABLE account_event (
    account_id uuid NOT NULL REFERENCES user_account (id),
    event      text NOT NULL,
    at         timestamptz NOT NULL,
    detail     text NOT NULL
);
CREATE INDEX account_event_account ON account_event (account_id, at);

GRANT SELECT, INSERT, UPDATE ON user_account, account_grant, account_session, refresh_token, account_invitation TO ${app_role};
GRANT SELECT, INSERT ON account_event TO ${app_role};
-- The platform's own audit reads who was locked out when.
GRANT SELECT ON user_account, account_event TO ${platform_role};
