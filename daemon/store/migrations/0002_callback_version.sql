-- A version per callback, raised by every change: the Redis working set keeps only the
-- newest copy when two nodes write the same callback out of order.
ALTER TABLE callbacks ADD COLUMN version integer NOT NULL DEFAULT 1;
