--liquibase formatted sql

--changeset lvzhi:007-term-no-overlap
-- The domain refuses overlapping terms; this refuses them too when two are registered at the same moment.
-- btree_gist is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE term ADD CONSTRAINT term_no_overlap
    EXCLUDE USING gist (tenant_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&);
