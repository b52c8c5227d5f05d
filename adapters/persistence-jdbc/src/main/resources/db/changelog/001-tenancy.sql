--liquibase formatted sql

--changeset lvzhi:001-current-tenant
-- The acting congress of the current transaction, or NULL when none is set: every policy below then
-- matches no row, so a query run without a tenant sees nothing.
CREATE FUNCTION current_tenant() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '') $$;
GRANT EXECUTE ON FUNCTION current_tenant() TO ${app_role}, ${platform_role};
GRANT USAGE ON SCHEMA public TO ${app_role}, ${platform_role};

--changeset lvzhi:001-isolate-tenant splitStatements:false
-- Row-level security for a tenant-owned table, the same for every one: forced even on the owner, and a
-- row is seen and written only under the transaction's acting congress. Migrations call it; nobody else.
CREATE FUNCTION isolate_tenant(owned regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', owned);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', owned);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = current_tenant()) '
                   'WITH CHECK (tenant_id = current_tenant())', owned);
END
$$;
REVOKE ALL ON FUNCTION isolate_tenant(regclass) FROM PUBLIC;

--changeset lvzhi:001-congress
CREATE TABLE congress (
    id         text PRIMARY KEY,
    name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    level      text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    parent_id  text REFERENCES congress (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE congress ENABLE ROW LEVEL SECURITY;
ALTER TABLE congress FORCE ROW LEVEL SECURITY;
-- A congress reads its own row; the platform role (BYPASSRLS) keeps the register of all of them.
CREATE POLICY congress_own ON congress FOR SELECT TO ${app_role} USING (id = current_tenant());
GRANT SELECT ON congress TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON congress TO ${platform_role};
