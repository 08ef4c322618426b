-- Push notifications (docs/push.md): an outbox of pushes to send, written in the same
-- transaction as the state change that causes them, so an acknowledged change never loses
-- its push and a rolled-back one never sends one.
--
-- One row per (event, target). A sender on any node claims due rows by moving
-- next_attempt_at past its lease (FOR UPDATE SKIP LOCKED: two nodes never claim one row);
-- a node that dies mid-send leaves the row to be claimed again when the lease ends.
CREATE TABLE push_outbox (
    id              bigserial PRIMARY KEY,
    callback_id     uuid NOT NULL REFERENCES callbacks (id) ON DELETE CASCADE,
    tenant          text NOT NULL,
    service_name    text NOT NULL,
    event           text NOT NULL, -- the new state, or ABOUT_TO_BE_CALLED
    callback_state  text NOT NULL,
    reason          text,
    ewt             integer,       -- seconds, when known (ABOUT_TO_BE_CALLED)
    channel         text NOT NULL,
    target          text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- What a sender looks at: only rows still to send (sent and failed ones are history).
CREATE INDEX push_outbox_due ON push_outbox (next_attempt_at)
    WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX push_outbox_callback ON push_outbox (callback_id);
-- "About to be called" is sent once per callback and target, however many nodes look.
CREATE UNIQUE INDEX push_outbox_about_once ON push_outbox (callback_id, target)
    WHERE event = 'ABOUT_TO_BE_CALLED';

-- The queued callbacks that asked for pushes: the "about to be called" check reads these
-- only (a small partial index; every other callback costs it nothing).
CREATE INDEX callbacks_push_queued ON callbacks (tenant, service_name)
    WHERE state = 'QUEUED'
      AND (parameters -> 'notificationPreferences' ->> 'pushNotification') = 'true';

-- One outbox row per push target of the callback (CreateCallbackRequest stores them in
-- parameters.pushTargets, the older pushChannel/pushTarget pair folded in). PROCESSING is
-- not pushed: the customer is on the phone with an agent by then.
CREATE FUNCTION ges_push_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'PROCESSING' OR jsonb_typeof(NEW.parameters -> 'pushTargets') <> 'array' THEN
        RETURN NULL;
    END IF;
    INSERT INTO push_outbox (callback_id, tenant, service_name, event, callback_state, reason,
                             channel, target)
    SELECT NEW.id, NEW.tenant, NEW.service_name, NEW.state, NEW.state, NEW.reason,
           t ->> 'channel', t ->> 'target'
    FROM jsonb_array_elements(NEW.parameters -> 'pushTargets') AS t
    WHERE coalesce(t ->> 'target', '') <> '';
    RETURN NULL;
END
$$;

-- The hook: every state change of a callback is an UPDATE of callbacks.state (create,
-- dispatch, routing reports, cancels by API, admin or bulk), so the database is the one
-- place that sees them all. The WHEN clauses keep callbacks without pushes free.
CREATE TRIGGER callbacks_push_created AFTER INSERT ON callbacks FOR EACH ROW
    WHEN ((NEW.parameters -> 'notificationPreferences' ->> 'pushNotification') = 'true')
    EXECUTE FUNCTION ges_push_enqueue();
CREATE TRIGGER callbacks_push_state AFTER UPDATE OF state ON callbacks FOR EACH ROW
    WHEN (OLD.state IS DISTINCT FROM NEW.state
          AND (NEW.parameters -> 'notificationPreferences' ->> 'pushNotification') = 'true')
    EXECUTE FUNCTION ges_push_enqueue();
