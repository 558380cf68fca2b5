--liquibase formatted sql

--changeset intervo:platform-007-entitlement-per-source
-- one entitlement per tenant, module and source: a grant by hand and a subscription coexist, each with its own
-- validity (before, a grant overwrote the subscription's row and the other way round). Existing rows keep their
-- source and period as they are.
ALTER TABLE platform.entitlement DROP CONSTRAINT entitlement_module_uq;
ALTER TABLE platform.entitlement ADD CONSTRAINT entitlement_module_source_uq UNIQUE (tenant_id, module_key, source);
