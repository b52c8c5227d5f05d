--liquibase formatted sql

--changeset lvzhi:040-duty-record-quantity
-- A record measures a quantity of its type's unit (days, half-days, hours, people): half a day of training is 0.5 of a
-- day-measured type. Records of types that measure nothing, and every record registered before, measure 1.
ALTER TABLE duty_record ADD COLUMN quantity numeric(6, 2) NOT NULL DEFAULT 1
    CONSTRAINT duty_record_quantity_positive CHECK (quantity > 0);
