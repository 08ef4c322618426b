-- The admin API: audit log, call-in groups and GWS credentials.

-- Who did what admin action when. Written in the transaction of the change it records,
-- so an entry exists exactly when the change does.
CREATE TABLE audit_log (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text NOT NULL,
    tenant  text,
    action  text NOT NULL,
    target  text,
    details jsonb NOT NULL DEFAULT '{}',
    corr_id text
);
CREATE INDEX audit_log_recent ON audit_log (id DESC);
CREATE INDEX audit_log_tenant ON audit_log (tenant, id DESC);

-- Click-to-call-in groups: a pool of numbers to dial, an access-code length, an expiry.
CREATE TABLE call_in_groups (
    id         uuid PRIMARY KEY,
    tenant     text NOT NULL,
    name       text NOT NULL,
    config     jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, name)
);

-- GWS client credentials of a tenant; the secret only encrypted (AES-256-GCM with
-- ENCRYPTION-KEY): nonce || ciphertext || tag.
CREATE TABLE gws_credentials (
    tenant           text PRIMARY KEY,
    client_id        text NOT NULL,
    secret_encrypted bytea NOT NULL,
    urls             jsonb NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text NOT NULL
);
