-- Fewer bytes per callback (docs/performance.md, "PostgreSQL bytes").
--
-- Keyset indexes ascending and without the id: a new row has the newest time, so it
-- lands at the right end of an ascending index, where a b-tree split leaves the old page
-- 90% full; at the left end of a DESC index every split is 50/50 and the pages stay about
-- half empty. PostgreSQL reads them backwards for "newest first". Times are in
-- microseconds, so ties are rare: the id that orders them (and the id of the page cursor)
-- is sorted in after the index (an incremental sort) rather than stored in every entry,
-- 16 bytes in each of seven indexes. The plans: tst_callbackexport's searchPlansUseIndexes
-- (a million rows, no table scan). Plain CREATE INDEX, as in 0009: a SHARE lock on
-- callbacks while each builds, so creates wait for the upgrade (docs/operations.md).
DROP INDEX callbacks_tenant_created;
CREATE INDEX callbacks_tenant_created ON callbacks (tenant, created_at);
DROP INDEX callbacks_created;
CREATE INDEX callbacks_created ON callbacks (created_at);
DROP INDEX callbacks_tenant_desired;
CREATE INDEX callbacks_tenant_desired ON callbacks (tenant, desired_time);
DROP INDEX callbacks_desired;
CREATE INDEX callbacks_desired ON callbacks (desired_time);
DROP INDEX callbacks_tenant_service_created;
CREATE INDEX callbacks_tenant_service_created ON callbacks (tenant, service_name, created_at);
DROP INDEX callbacks_tenant_service_desired;
CREATE INDEX callbacks_tenant_service_desired ON callbacks (tenant, service_name, desired_time);
DROP INDEX callbacks_tenant_state_created;
CREATE INDEX callbacks_tenant_state_created ON callbacks (tenant, state, created_at)
    WHERE state <> 'COMPLETED';

-- The phone-digit search index gathers new entries in a pending list and merges them in
-- bulk; by default that list grows to 4 MB (~400 bytes per new callback until merged).
-- 64 kB keeps the batching and bounds the waste.
ALTER INDEX callbacks_phone_trgm SET (gin_pending_list_limit = 64);

-- callbacks_phone (0006) serves the lookups by tenant and number as well.
DROP INDEX callbacks_tenant_phone;

-- The outbox: QUEUED callbacks the routing side has not been told about. It was
-- callbacks.announced_at, whose write after every create rewrote the whole row (with its
-- user data) and every index entry, because the column was in an index predicate. A row
-- here is written with the create (or the dispatch) and deleted once announced.
CREATE TABLE unannounced_callbacks (
    callback_id uuid PRIMARY KEY REFERENCES callbacks (id) ON DELETE CASCADE,
    queued_at timestamptz NOT NULL
);
INSERT INTO unannounced_callbacks (callback_id, queued_at)
    SELECT id, coalesce(queued_at, created_at) FROM callbacks
    WHERE announced_at IS NULL AND state = 'QUEUED';
DROP INDEX callbacks_unannounced;
ALTER TABLE callbacks DROP COLUMN announced_at;

-- The create is the first history entry of every callback; it is kept in the row rather
-- than as a callback_events row (~150 bytes with its two index entries): who created it,
-- and as what ('S' SCHEDULED, 'Q' QUEUED; the time is created_at). Rows from before have
-- NULL here and their create in callback_events (CallbackEditRecords::history).
ALTER TABLE callbacks ADD COLUMN created_by text, ADD COLUMN created_as "char";
