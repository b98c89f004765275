//! The schema, one step per version (`PRAGMA user_version`).

pub(super) const SCHEMA_VERSION: i64 = 4;

pub(super) const SCHEMA_V1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE tenants (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
CREATE TABLE spaces (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE scopes (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
CREATE TABLE clients (
  client_id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  client_name TEXT NOT NULL,
  space_id TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (tenant_id, client_name)
);
CREATE INDEX clients_tenant_space ON clients(tenant_id, space_id, client_id);
CREATE TABLE secrets (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
  hash BLOB NOT NULL,
  description TEXT,
  start_time INTEGER NOT NULL,
  expiration INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER,
  last_used_at INTEGER
);
CREATE INDEX secrets_client ON secrets(client_id);
CREATE TABLE authorizations (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
  scopes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, client_id)
);
CREATE TABLE idempotency (
  id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE revoked_tokens (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
";

/// Version 2: users who sign in at /oauth/authorize, authorization codes and refresh tokens
/// (each stored only as a hash).
pub(super) const SCHEMA_V2: &str = "
CREATE TABLE users (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  username TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, username)
);
CREATE TABLE auth_codes (
  hash BLOB PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
  username TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  scope TEXT NOT NULL,
  code_challenge TEXT,
  expires_at INTEGER NOT NULL
);
CREATE TABLE refresh_tokens (
  hash BLOB PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,
  username TEXT,
  scope TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
";

/// Version 3: a used authorization code is remembered with the grant it started, so that a
/// replay of it revokes what was issued for it (RFC 6749 §4.1.2).
pub(super) const SCHEMA_V3: &str = "
ALTER TABLE auth_codes ADD COLUMN used_at INTEGER;
ALTER TABLE auth_codes ADD COLUMN grant_id TEXT;
ALTER TABLE refresh_tokens ADD COLUMN grant_id TEXT;
CREATE INDEX refresh_tokens_grant ON refresh_tokens(grant_id);
CREATE TABLE revoked_grants (grant_id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
";

/// Version 4: every create with an `Idempotency-Key` deletes the expired keys; without an index on
/// `created_at` that scanned the whole table, so each apply was slower than the one before.
pub(super) const SCHEMA_V4: &str = "
CREATE INDEX idempotency_created ON idempotency(created_at);
";
