--liquibase formatted sql

--changeset lvzhi:037-account-grant-ahead
-- Accounts configured for a deployment (lvzhi.identity.local.users) may be granted a congress that a platform admin
-- founds later, as the staff of a congress being set up are: a grant names the congress by its id and gives access once
-- it is on the register. The foreign key of 032 refused them at start, so it goes; an unknown congress grants nothing.
ALTER TABLE account_grant DROP CONSTRAINT account_grant_congress;
