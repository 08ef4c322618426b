-- The admin Queues view and the GDPR erase.

-- Active callbacks by state over all services of some tenants, in one GROUP BY: a small
-- index (completed callbacks, the bulk of the table, are not in it) read index-only.
CREATE INDEX IF NOT EXISTS callbacks_active_by_state ON callbacks (tenant, service_name, state)
    WHERE state <> 'COMPLETED';
-- "completed today" per service: a range of completed_at within one service.
CREATE INDEX IF NOT EXISTS callbacks_completed_at ON callbacks (tenant, service_name, completed_at)
    WHERE state = 'COMPLETED';
-- The GDPR erase across every tenant looks a number up without a tenant.
CREATE INDEX IF NOT EXISTS callbacks_phone ON callbacks (phone_number);
