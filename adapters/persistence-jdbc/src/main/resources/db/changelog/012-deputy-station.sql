--liquibase formatted sql

--changeset lvzhi:012-deputy-station
-- The liaison station a deputy receives the public at (代表进站), for the compliance overview by station.
ALTER TABLE deputy ADD COLUMN liaison_station_id uuid;
ALTER TABLE deputy ADD CONSTRAINT deputy_liaison_station
    FOREIGN KEY (tenant_id, liaison_station_id) REFERENCES organisation_unit (tenant_id, id);
CREATE OR REPLACE VIEW deputy_listing WITH (security_invoker = true) AS
SELECT d.tenant_id, d.id, d.person_id, d.term_id, d.constituency, d.constituency_name, d.delegation_id,
       d.deputy_group_id, d.grassroots, d.military, d.phone, d.email, d.address, d.status,
       p.name AS person_name, p.login AS person_login, t.starts_on AS term_starts_on, d.liaison_station_id
  FROM deputy d
  JOIN person p ON p.id = d.person_id
  JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id;
