--liquibase formatted sql

--changeset lvzhi:027-congress-compensation
-- A congress whose first admin could not be invited is taken out of the register again (issue 15), so that no
-- half-created congress remains; at that moment nothing refers to it yet.
GRANT DELETE ON congress TO ${platform_role};
