--liquibase formatted sql

-- Tenant-owned tables take tenant_id from the transaction's acting congress (DEFAULT current_tenant()), so the
-- application never writes it; row-level security (WITH CHECK) refuses any other value.

--changeset lvzhi:002-term
CREATE TABLE term (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id        uuid NOT NULL,
    number    integer NOT NULL CHECK (number >= 1),
    starts_on date NOT NULL,
    ends_on   date NOT NULL CHECK (ends_on > starts_on),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, number)
);

--changeset lvzhi:002-organisation-unit
CREATE TABLE organisation_unit (
    tenant_id text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id        uuid NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('DELEGATION', 'DEPUTY_GROUP', 'LIAISON_STATION', 'HANDLING_UNIT', 'WORK_COMMITTEE')),
    name      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    address   text,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX organisation_unit_kind ON organisation_unit (tenant_id, kind, name);

--changeset lvzhi:002-person
-- Platform-wide: no tenant. A congress sees a person only through its own deputies and office holders.
CREATE TABLE person (
    id    uuid PRIMARY KEY,
    name  text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    login text UNIQUE
);

--changeset lvzhi:002-deputy
CREATE TABLE deputy (
    tenant_id         text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id                uuid NOT NULL,
    person_id         uuid NOT NULL REFERENCES person (id),
    term_id           uuid NOT NULL,
    constituency      text NOT NULL CHECK (constituency IN ('ELECTING_UNIT', 'DISTRICT')),
    constituency_name text,
    delegation_id     uuid,
    deputy_group_id   uuid,
    grassroots        boolean NOT NULL,
    military          boolean NOT NULL,
    phone             text,
    email             text,
    address           text,
    status            text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED', 'RESIGNED')),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, term_id, person_id),
    FOREIGN KEY (tenant_id, term_id) REFERENCES term (tenant_id, id),
    FOREIGN KEY (tenant_id, delegation_id) REFERENCES organisation_unit (tenant_id, id),
    FOREIGN KEY (tenant_id, deputy_group_id) REFERENCES organisation_unit (tenant_id, id)
);
CREATE INDEX deputy_person ON deputy (person_id);

--changeset lvzhi:002-position-assignment
CREATE TABLE position_assignment (
    tenant_id  text NOT NULL DEFAULT current_tenant() REFERENCES congress (id),
    id         uuid NOT NULL,
    position   text NOT NULL,
    person_id  uuid NOT NULL REFERENCES person (id),
    unit_id    uuid,
    from_date  date NOT NULL,
    until_date date CHECK (until_date IS NULL OR until_date >= from_date),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES organisation_unit (tenant_id, id)
);
CREATE INDEX position_assignment_person ON position_assignment (person_id);

--changeset lvzhi:002-tenant-isolation
SELECT isolate_tenant('term');

SELECT isolate_tenant('organisation_unit');

SELECT isolate_tenant('deputy');

SELECT isolate_tenant('position_assignment');

-- Persons are not tenant-owned; the subqueries below run under the tenant policies above, so a congress
-- reaches exactly the persons holding a seat or an office in it. Not FORCEd: the owner's lookup function
-- below reads across congresses.
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_reached ON person FOR SELECT USING (
    EXISTS (SELECT 1 FROM deputy d WHERE d.person_id = person.id)
    OR EXISTS (SELECT 1 FROM position_assignment p WHERE p.person_id = person.id));
CREATE POLICY person_update ON person FOR UPDATE USING (
    EXISTS (SELECT 1 FROM deputy d WHERE d.person_id = person.id)
    OR EXISTS (SELECT 1 FROM position_assignment p WHERE p.person_id = person.id));
CREATE POLICY person_insert ON person FOR INSERT WITH CHECK (current_tenant() IS NOT NULL);

-- Answers only the id of the person signing in with a login, so a second congress can seat the same
-- person; nothing else about the person leaks. Needs an acting congress.
CREATE FUNCTION person_id_by_login(wanted text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$ SELECT id FROM person WHERE login = wanted AND current_tenant() IS NOT NULL $$;
REVOKE ALL ON FUNCTION person_id_by_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION person_id_by_login(text) TO ${app_role};

GRANT SELECT, INSERT, UPDATE ON term, organisation_unit, deputy, position_assignment, person TO ${app_role};
GRANT SELECT ON term, organisation_unit, deputy, position_assignment, person TO ${platform_role};
