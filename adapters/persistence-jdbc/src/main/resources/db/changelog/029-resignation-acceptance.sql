--liquibase formatted sql

--changeset lvzhi:029-resignation-acceptance
-- A resignation is accepted outside the platform (BL-31); its status change records the day it was accepted, the
-- accepting body's document and the rule cited with its article. Other changes leave them empty.
ALTER TABLE deputy_status_change
    ADD COLUMN accepted_on date,
    ADD COLUMN document_reference text,
    ADD COLUMN rule text,
    ADD CONSTRAINT deputy_status_change_resignation_accepted
        CHECK ((to_status = 'RESIGNED') = (accepted_on IS NOT NULL AND document_reference IS NOT NULL)) NOT VALID;
