--liquibase formatted sql

--changeset lvzhi:036-deputy-name splitStatements:false
-- The name on the tenant's own rows. Pages ordered by a deputy's name (the deputy list, statistics per deputy, the
-- compliance overview) read it from an index that leads with the tenant and stop after the page: person is
-- platform-wide, and its policy (EXISTS deputy of the acting congress OR EXISTS office) is applied as a subplan over
-- every deputy of the congress before the first name comes out (docs/benchmarks.md, "Reads at a province's size").
-- The backfill runs as the owner over every congress, so the tables' row-level security is lifted for it alone.
ALTER TABLE deputy NO FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_standing NO FORCE ROW LEVEL SECURITY;

ALTER TABLE deputy ADD COLUMN name text;
UPDATE deputy d SET name = p.name FROM person p WHERE p.id = d.person_id;
ALTER TABLE deputy ALTER COLUMN name SET NOT NULL;
-- Every serving deputy in name order; a deputy group's or a liaison station's, the pages filtered by one.
CREATE INDEX deputy_name ON deputy (tenant_id, name, id);
CREATE INDEX deputy_group_name ON deputy (tenant_id, deputy_group_id, name, id);
CREATE INDEX deputy_station_name ON deputy (tenant_id, liaison_station_id, name, id);

-- The overview's order, worst first then by name, as one index: severity rises with concern.
ALTER TABLE compliance_standing ADD COLUMN name text,
    ADD COLUMN severity smallint NOT NULL GENERATED ALWAYS AS (CASE worst_status
        WHEN 'MET' THEN 0 WHEN 'ON_TRACK' THEN 1 WHEN 'AT_RISK' THEN 2 ELSE 3 END) STORED;
UPDATE compliance_standing s SET name = d.name FROM deputy d WHERE d.tenant_id = s.tenant_id AND d.id = s.deputy_id;
ALTER TABLE compliance_standing ALTER COLUMN name SET NOT NULL;
CREATE INDEX compliance_standing_page ON compliance_standing (tenant_id, severity DESC, name, deputy_id);

ALTER TABLE deputy FORCE ROW LEVEL SECURITY;
ALTER TABLE compliance_standing FORCE ROW LEVEL SECURITY;

-- A seat takes the name of the person holding it. Run as the owner, whom person's policy does not bind: a person
-- added in the same transaction is not yet reached by the congress.
CREATE FUNCTION deputy_takes_person_name() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    NEW.name := (SELECT name FROM person WHERE id = NEW.person_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER deputy_takes_person_name BEFORE INSERT OR UPDATE OF person_id ON deputy
    FOR EACH ROW EXECUTE FUNCTION deputy_takes_person_name();

-- A renamed person is renamed on the seats of the acting congress and on their standings (row-level security keeps
-- other congresses' rows out of reach; see docs/benchmarks.md, "What is not done").
CREATE FUNCTION person_name_to_deputies() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE deputy SET name = NEW.name WHERE person_id = NEW.id;
    UPDATE compliance_standing s SET name = NEW.name
      FROM deputy d WHERE d.tenant_id = s.tenant_id AND d.id = s.deputy_id AND d.person_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER person_name_to_deputies AFTER UPDATE OF name ON person
    FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION person_name_to_deputies();

-- A standing takes the name of its deputy each time the evaluation writes it.
CREATE FUNCTION standing_takes_deputy_name() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.name := (SELECT name FROM deputy WHERE tenant_id = NEW.tenant_id AND id = NEW.deputy_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER standing_takes_deputy_name BEFORE INSERT OR UPDATE ON compliance_standing
    FOR EACH ROW EXECUTE FUNCTION standing_takes_deputy_name();

-- The list reads the seat's own name; the person is joined for the login alone, so a count needs no person at all.
CREATE OR REPLACE VIEW deputy_listing WITH (security_invoker = true) AS
SELECT d.tenant_id, d.id, d.person_id, d.term_id, d.constituency, d.constituency_name, d.delegation_id,
       d.deputy_group_id, d.grassroots, d.military, d.phone, d.email, d.address, d.status,
       d.name AS person_name, p.login AS person_login, t.starts_on AS term_starts_on, d.liaison_station_id
  FROM deputy d
  LEFT JOIN person p ON p.id = d.person_id
  JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id;

--changeset lvzhi:036-person-name-dropped
-- The name-ordered pages walk deputy_name now; the platform-wide index of persons by name served only them.
DROP INDEX person_name;
