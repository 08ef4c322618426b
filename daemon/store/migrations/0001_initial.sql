-- The first schema: users, API keys, callback services, callbacks and their history.
CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    roles         text[] NOT NULL DEFAULT '{}',
    tenants       text[] NOT NULL DEFAULT '{}',
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id           uuid PRIMARY KEY,
    tenant       text NOT NULL,
    name         text NOT NULL,
    prefix       text NOT NULL,
    key_hash     bytea NOT NULL UNIQUE,
    scopes       text[] NOT NULL DEFAULT '{}',
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant);

CREATE TABLE services (
    id         uuid PRIMARY KEY,
    tenant     text NOT NULL,
    name       text NOT NULL,
    config     jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, name)
);

CREATE TABLE callbacks (
    id           uuid PRIMARY KEY,
    tenant       text NOT NULL,
    service_name text NOT NULL,
    phone_number text NOT NULL,
    state        text NOT NULL,
    reason       text,
    desired_time timestamptz NOT NULL,
    priority     integer NOT NULL DEFAULT 0,
    user_data    jsonb NOT NULL DEFAULT '{}',
    parameters   jsonb NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    announced_at timestamptz
);
-- Keyset pagination of the admin list: newest first within a tenant.
CREATE INDEX callbacks_tenant_created ON callbacks (tenant, created_at DESC, id DESC);
CREATE INDEX callbacks_created ON callbacks (created_at DESC, id DESC);
CREATE INDEX callbacks_tenant_phone ON callbacks (tenant, phone_number);

CREATE TABLE callback_events (
    id          bigserial PRIMARY KEY,
    callback_id uuid NOT NULL REFERENCES callbacks (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    state       text NOT NULL,
    reason      text,
    actor       text NOT NULL
);
CREATE INDEX callback_events_callback ON callback_events (callback_id, at);
