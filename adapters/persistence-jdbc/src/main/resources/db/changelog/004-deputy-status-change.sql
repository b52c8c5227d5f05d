--liquibase formatted sql

--changeset lvzhi:004-deputy-status-change
-- Every status change of a deputy, with its reason, time and author: never updated, never deleted.
CREATE TABLE deputy_status_change (
    tenant_id   text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id          uuid NOT NULL,
    deputy_id   uuid NOT NULL,
    from_status text NOT NULL,
    to_status   text NOT NULL,
    reason      text NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_id) REFERENCES deputy (tenant_id, id)
);
CREATE INDEX deputy_status_change_deputy ON deputy_status_change (tenant_id, deputy_id, changed_at);
SELECT isolate_tenant('deputy_status_change');
GRANT SELECT, INSERT ON deputy_status_change TO ${app_role};
GRANT SELECT ON deputy_status_change TO ${platform_role};
