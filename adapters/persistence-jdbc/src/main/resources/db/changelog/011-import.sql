--liquibase formatted sql

--changeset lvzhi:011-import-fingerprint
-- One row per imported spreadsheet row: its kind, the hash of its normalised identity and what it created.
-- Importing the same row again (the same file, or another file naming the same fact) finds it and skips it.
CREATE TABLE import_fingerprint (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    kind        text NOT NULL CHECK (kind IN ('DEPUTIES', 'DUTY_RECORDS')),
    fingerprint text NOT NULL CHECK (char_length(fingerprint) = 64),
    created_id  text NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text NOT NULL,
    PRIMARY KEY (tenant_id, kind, fingerprint)
);
SELECT isolate_tenant('import_fingerprint');
GRANT SELECT, INSERT ON import_fingerprint TO ${app_role};
GRANT SELECT ON import_fingerprint TO ${platform_role};
