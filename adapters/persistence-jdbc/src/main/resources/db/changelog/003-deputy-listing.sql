--liquibase formatted sql

--changeset lvzhi:003-deputy-listing
-- A deputy with the person holding the seat. security_invoker: the caller's row-level security applies.
CREATE VIEW deputy_listing WITH (security_invoker = true) AS
SELECT d.tenant_id, d.id, d.person_id, d.term_id, d.constituency, d.constituency_name, d.delegation_id,
       d.deputy_group_id, d.grassroots, d.military, d.phone, d.email, d.address, d.status,
       p.name AS person_name, p.login AS person_login, t.starts_on AS term_starts_on
  FROM deputy d
  JOIN person p ON p.id = d.person_id
  JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id;
GRANT SELECT ON deputy_listing TO ${app_role}, ${platform_role};
