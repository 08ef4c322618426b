-- Click-to-call-in requests: the number a customer was told to dial and the access code
-- to key in, until the routing side matches the inbound call or the request expires.

CREATE TABLE call_in_requests (
    seq                 bigint GENERATED ALWAYS AS IDENTITY UNIQUE, -- admin list paging
    id                  uuid PRIMARY KEY,
    tenant              text NOT NULL,
    group_id            uuid NOT NULL, -- no foreign key: records outlive a deleted group
    group_name          text NOT NULL,
    to_phone_number     text NOT NULL,
    access_code         text NOT NULL,
    from_phone_number   text,
    callback_service_id text,
    user_data           jsonb NOT NULL DEFAULT '{}',
    -- LIVE until matched (USED) or retired after expires_at (EXPIRED). A LIVE row past
    -- expires_at is expired already; it is retired lazily (by the create that wants its
    -- number and code, a match attempt, or the housekeeping sweep).
    state               text NOT NULL DEFAULT 'LIVE' CHECK (state IN ('LIVE', 'USED', 'EXPIRED')),
    created_at          timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    used_at             timestamptz,
    matched_by          text CHECK (matched_by IN ('ACCESS_CODE', 'CALLER_NUMBER'))
);

-- The guarantee of the feature: no two LIVE requests share a dialled number and code,
-- whichever node allocated them. Across groups and tenants, since the routing side sees
-- only the number dialled and the digits keyed in.
CREATE UNIQUE INDEX call_in_requests_live_code ON call_in_requests (to_phone_number, access_code)
    WHERE state = 'LIVE';
-- Matching by the caller's number: their newest live request.
CREATE INDEX call_in_requests_live_caller ON call_in_requests (from_phone_number, created_at DESC)
    WHERE state = 'LIVE';
-- The sweep that retires expired LIVE rows.
CREATE INDEX call_in_requests_live_expiry ON call_in_requests (expires_at) WHERE state = 'LIVE';
-- The admin list (newest first within tenants) and the purge.
CREATE INDEX call_in_requests_tenant ON call_in_requests (tenant, seq DESC);
CREATE INDEX call_in_requests_expires ON call_in_requests (expires_at);
