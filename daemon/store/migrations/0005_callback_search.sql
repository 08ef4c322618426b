-- The admin callback search (docs/admin-callbacks.md): keyset pages in created or desired
-- order, per tenant or across tenants, by service, and by digits anywhere in the number.
-- Every shape the daemon runs is served by an index at a million rows; the plans are
-- checked by tst_admincallbacks::searchPlansUseIndexes.

-- pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- phone_number LIKE '%<digits>%' (at least 3 digits: one trigram).
CREATE INDEX callbacks_phone_trgm ON callbacks USING gin (phone_number gin_trgm_ops);

-- Sorted by desired time (either direction: a b-tree is read both ways).
CREATE INDEX callbacks_tenant_desired ON callbacks (tenant, desired_time DESC, id DESC);
CREATE INDEX callbacks_desired ON callbacks (desired_time DESC, id DESC);

-- One service of a tenant, newest first; a rare service must not walk the whole tenant.
CREATE INDEX callbacks_tenant_service_created
    ON callbacks (tenant, service_name, created_at DESC, id DESC);
CREATE INDEX callbacks_tenant_service_desired
    ON callbacks (tenant, service_name, desired_time DESC, id DESC);

-- Waiting callbacks (a small part of the table) by state, newest first: "what is
-- SCHEDULED in acme" must not walk the tenant's finished history. COMPLETED, the bulk,
-- is found fast enough on callbacks_tenant_created.
CREATE INDEX callbacks_tenant_state_created ON callbacks (tenant, state, created_at DESC, id DESC)
    WHERE state <> 'COMPLETED';
