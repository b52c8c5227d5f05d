--liquibase formatted sql

--changeset lvzhi:032-account-grant-congress
-- A grant is access to a congress on the register, like every tenant-owned row (issue 15's review): configured and
-- demo accounts are seeded once the seed congresses are, so none names a congress that does not exist.
ALTER TABLE account_grant ADD CONSTRAINT account_grant_congress FOREIGN KEY (tenant_id) REFERENCES congress (id);

-- The platform's first admin (configured on a real deployment) is invited before any congress exists: their link
-- names none.
ALTER TABLE account_invitation ALTER COLUMN congress_id DROP NOT NULL;
