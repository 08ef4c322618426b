-- Scheduled callbacks, slot capacity, idempotent creates, dispatch and purge.

-- The slot a scheduled callback booked (NULL for immediate ones), when it entered the
-- queue (its place in the queue follows this) and when it completed.
ALTER TABLE callbacks ADD COLUMN slot_start timestamptz;
ALTER TABLE callbacks ADD COLUMN queued_at timestamptz;
ALTER TABLE callbacks ADD COLUMN completed_at timestamptz;
UPDATE callbacks SET queued_at = created_at WHERE state <> 'SCHEDULED';

-- Due scheduled callbacks, for the sweep that re-indexes what Redis does not hold.
CREATE INDEX callbacks_scheduled_due ON callbacks (desired_time) WHERE state = 'SCHEDULED';
-- Waiting callbacks of a service: the maxWaiting check and the Redis queue rebuild.
CREATE INDEX callbacks_queued ON callbacks (tenant, service_name, queued_at)
    WHERE state = 'QUEUED';
-- Queued callbacks the routing side has not been told about (the outbox).
CREATE INDEX callbacks_unannounced ON callbacks (queued_at)
    WHERE announced_at IS NULL AND state = 'QUEUED';
-- The purge job.
CREATE INDEX callbacks_expires ON callbacks (expires_at);

-- Booked callbacks per slot. The conditional increment (booked < capacity) in the
-- transaction that inserts the callback is what makes capacity exact under concurrency,
-- on any number of nodes.
CREATE TABLE slot_bookings (
    tenant       text NOT NULL,
    service_name text NOT NULL,
    slot_start   timestamptz NOT NULL,
    booked       integer NOT NULL DEFAULT 0 CHECK (booked >= 0),
    PRIMARY KEY (tenant, service_name, slot_start)
);

-- Idempotency-Key of create requests: the first answer, kept 24 hours.
CREATE TABLE idempotency_keys (
    tenant       text NOT NULL,
    key          text NOT NULL,
    request_hash bytea NOT NULL,
    response     jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
