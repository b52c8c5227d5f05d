--liquibase formatted sql

--changeset lvzhi:005-policy-profile-version
-- Every saved version of a policy profile, as the document text that was saved; never updated or deleted.
-- tenant_id is the owner: a congress, or 'baseline' for the statutory baseline every congress inherits.
-- Profiles are published regulations and a congress resolves its ancestors' profiles, so any congress may
-- read any profile; a congress writes only its own.
CREATE TABLE policy_profile_version (
    tenant_id text NOT NULL DEFAULT current_tenant(),
    version   integer NOT NULL CHECK (version >= 1),
    document  text NOT NULL,
    saved_at  timestamptz NOT NULL,
    saved_by  text NOT NULL,
    PRIMARY KEY (tenant_id, version)
);
ALTER TABLE policy_profile_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE policy_profile_version FORCE ROW LEVEL SECURITY;
CREATE POLICY published ON policy_profile_version FOR SELECT USING (true);
CREATE POLICY own_profile ON policy_profile_version FOR INSERT WITH CHECK (tenant_id = current_tenant());
GRANT SELECT, INSERT ON policy_profile_version TO ${app_role};
GRANT SELECT ON policy_profile_version TO ${platform_role};

--changeset lvzhi:005-policy-profile-audit
-- Who saved which version of the acting congress's profile, when, and what changed.
CREATE TABLE policy_profile_audit (
    tenant_id text NOT NULL DEFAULT current_tenant(),
    version   integer NOT NULL,
    saved_at  timestamptz NOT NULL,
    saved_by  text NOT NULL,
    changes   text NOT NULL,
    PRIMARY KEY (tenant_id, version),
    FOREIGN KEY (tenant_id, version) REFERENCES policy_profile_version (tenant_id, version)
);
SELECT isolate_tenant('policy_profile_audit');
GRANT SELECT, INSERT ON policy_profile_audit TO ${app_role};
GRANT SELECT ON policy_profile_audit TO ${platform_role};
