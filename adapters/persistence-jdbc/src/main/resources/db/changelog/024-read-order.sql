--liquibase formatted sql

--changeset lvzhi:024-person-name
-- Pages of deputies by name (statistics per deputy) walk the names in order and stop after the page, instead of sorting
-- every person of a large congress (docs/benchmarks.md, "Reads at a province's size"). Persons are platform-wide.
CREATE INDEX person_name ON person (name, id);
