//! SQLite persistence for the dev server. Schema versioned with `PRAGMA user_version`; every write
//! runs in one IMMEDIATE transaction; domain functions take the connection or transaction they
//! work in, so a handler can compose several (idempotency record + create) atomically.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::crypto;
use super::error::{ApiError, ApiResult};
use crate::api::models::*;

const SCHEMA_VERSION: i64 = 3;

const SCHEMA_V1: &str = "
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
const SCHEMA_V2: &str = "
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
const SCHEMA_V3: &str = "
ALTER TABLE auth_codes ADD COLUMN used_at INTEGER;
ALTER TABLE auth_codes ADD COLUMN grant_id TEXT;
ALTER TABLE refresh_tokens ADD COLUMN grant_id TEXT;
CREATE INDEX refresh_tokens_grant ON refresh_tokens(grant_id);
CREATE TABLE revoked_grants (grant_id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
";

/// The scope catalogue every new tenant starts with.
pub const DEFAULT_SCOPES: &[(&str, &str)] = &[
    ("openid", "Sign the user in (OpenID Connect)"),
    ("profile", "Read the user's basic profile"),
    ("email", "Read the user's email address"),
    ("offline_access", "Keep access with a refresh token"),
    ("permissions", "Read the user's permissions"),
    ("publicapi.all", "Full access to the public API"),
    ("api.read", "Read data through the API"),
    ("api.write", "Change data through the API"),
    (ADMIN_SCOPE, "Manage this tenant through the admin API"),
];

/// The scope an access token needs for the admin API.
pub const ADMIN_SCOPE: &str = "oauthctl.admin";

pub struct Store {
    conn: Mutex<Connection>,
}

pub fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// A time as the database keeps it: whole milliseconds, and a leap second (`23:59:60.500Z`, which
/// chrono can parse) as the instant it counts as, the next day's `00:00:00.500Z`. Responses show
/// this value, so what a create returns is what a later read returns.
pub fn stored_time(t: DateTime<Utc>) -> DateTime<Utc> {
    from_ms(ms(t))
}

pub fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v).single().unwrap_or_default()
}

impl Store {
    /// Opens (or creates) the database at `path`; `None` keeps everything in memory.
    pub fn open(path: Option<&Path>) -> anyhow::Result<Store> {
        let conn = match path {
            Some(p) => {
                // The database holds the token signing key: only its owner may read it. SQLite
                // gives its -wal and -shm files the database file's permissions.
                if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                    if !dir.exists() {
                        let mut b = std::fs::DirBuilder::new();
                        b.recursive(true);
                        #[cfg(unix)]
                        {
                            use std::os::unix::fs::DirBuilderExt;
                            b.mode(0o700);
                        }
                        b.create(dir)?;
                    }
                }
                let mut o = std::fs::OpenOptions::new();
                o.write(true).create(true).truncate(false);
                #[cfg(unix)]
                {
                    use std::os::unix::fs::OpenOptionsExt;
                    o.mode(0o600);
                }
                o.open(p)?;
                Connection::open(p)?
            }
            None => Connection::open_in_memory()?,
        };
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;",
        )?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            anyhow::bail!(
                "the database was written by a newer oauthctl (schema {version}, this one knows {SCHEMA_VERSION}); upgrade oauthctl or use another --db"
            );
        }
        if version < 1 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA_V1} PRAGMA user_version = 1; COMMIT;"
            ))?;
        }
        if version < 2 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA_V2} PRAGMA user_version = 2; COMMIT;"
            ))?;
        }
        if version < 3 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA_V3} PRAGMA user_version = 3; COMMIT;"
            ))?;
        }
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the connection (reads).
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        f(&self.lock())
    }

    /// Runs `f` in one IMMEDIATE transaction, committed only if it returns Ok.
    pub fn write<T>(&self, f: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

// ---------- meta ----------

pub fn signing_key(c: &Connection) -> ApiResult<Vec<u8>> {
    let key: Option<Vec<u8>> = c
        .query_row(
            "SELECT value FROM meta WHERE key = 'signing_key'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    match key {
        Some(k) => Ok(k),
        None => {
            let k = crypto::random_bytes::<32>().to_vec();
            c.execute(
                "INSERT INTO meta (key, value) VALUES ('signing_key', ?1)",
                params![k],
            )?;
            Ok(k)
        }
    }
}

// ---------- tenants, spaces, scopes ----------

pub fn tenant_exists(c: &Connection, tenant: &str) -> ApiResult<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM tenants WHERE id = ?1")?
        .exists(params![tenant])?)
}

/// Creates the tenant with its `default` space and the scope catalogue; false if it existed.
pub fn ensure_tenant(c: &Connection, tenant: &str, now: DateTime<Utc>) -> ApiResult<bool> {
    if tenant_exists(c, tenant)? {
        return Ok(false);
    }
    c.execute(
        "INSERT INTO tenants (id, created_at) VALUES (?1, ?2)",
        params![tenant, ms(now)],
    )?;
    c.execute(
        "INSERT INTO spaces (tenant_id, id, display_name, created_at) VALUES (?1, 'default', 'Default space', ?2)",
        params![tenant, ms(now)],
    )?;
    for (name, description) in DEFAULT_SCOPES {
        c.execute(
            "INSERT INTO scopes (tenant_id, name, description) VALUES (?1, ?2, ?3)",
            params![tenant, name, description],
        )?;
    }
    Ok(true)
}

pub fn list_spaces(c: &Connection, tenant: &str) -> ApiResult<Vec<Space>> {
    let mut st = c.prepare_cached(
        "SELECT id, display_name, created_at FROM spaces WHERE tenant_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map(params![tenant], |r| {
        Ok(Space {
            id: r.get(0)?,
            display_name: r.get(1)?,
            created_at: from_ms(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn space_exists(c: &Connection, tenant: &str, space: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM spaces WHERE tenant_id = ?1 AND id = ?2")?
            .exists(params![tenant, space])?,
    )
}

pub fn create_space(
    c: &Connection,
    tenant: &str,
    req: &CreateSpaceRequest,
    now: DateTime<Utc>,
) -> ApiResult<Space> {
    crate::api::validate::space_id(&req.id).map_err(|e| ApiError::validation(vec![e]))?;
    let display_name = req.display_name.clone().unwrap_or_else(|| req.id.clone());
    crate::api::validate::display_name(&display_name).map_err(|e| ApiError::validation(vec![e]))?;
    if space_exists(c, tenant, &req.id)? {
        return Err(ApiError::conflict(format!(
            "a space with ID {:?} already exists in tenant {tenant:?}",
            req.id
        )));
    }
    c.execute(
        "INSERT INTO spaces (tenant_id, id, display_name, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant, req.id, display_name, ms(now)],
    )?;
    Ok(Space {
        id: req.id.clone(),
        display_name,
        created_at: now,
    })
}

pub fn list_scopes(c: &Connection, tenant: &str) -> ApiResult<Vec<Scope>> {
    let mut st = c.prepare_cached(
        "SELECT name, description FROM scopes WHERE tenant_id = ?1 ORDER BY name",
    )?;
    let rows = st.query_map(params![tenant], |r| {
        Ok(Scope {
            name: r.get(0)?,
            description: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

// ---------- clients ----------

fn client_from_body(body: String) -> rusqlite::Result<Client> {
    serde_json::from_str(&body).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A client by ID, whichever tenant owns it.
pub fn get_client_any(c: &Connection, client_id: &str) -> ApiResult<Option<Client>> {
    Ok(
        c.prepare_cached("SELECT body FROM clients WHERE client_id = ?1")?
            .query_row(params![client_id], |r| client_from_body(r.get(0)?))
            .optional()?,
    )
}

/// A client owned by `tenant`; 404 otherwise (another tenant's client is not revealed).
pub fn get_client(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<Client> {
    c.prepare_cached("SELECT body FROM clients WHERE client_id = ?1 AND tenant_id = ?2")?
        .query_row(params![client_id, tenant], |r| client_from_body(r.get(0)?))
        .optional()?
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "no client with ID {client_id:?} in tenant {tenant:?}"
            ))
        })
}

pub fn create_client(
    c: &Connection,
    tenant: &str,
    req: &CreateClientRequest,
    now: DateTime<Utc>,
) -> ApiResult<Client> {
    let errors = crate::api::validate::create_client(req);
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let space_id = match &req.space_id {
        Some(s) => s.clone(),
        None => {
            let spaces = list_spaces(c, tenant)?;
            match spaces.as_slice() {
                [only] => only.id.clone(),
                _ => {
                    return Err(ApiError::field(
                        "spaceId",
                        format!(
                            "spaceId is required: tenant {tenant:?} has several spaces ({})",
                            spaces
                                .iter()
                                .map(|s| s.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ))
                }
            }
        }
    };
    if !space_exists(c, tenant, &space_id)? {
        let known = list_spaces(c, tenant)?;
        return Err(ApiError::field(
            "spaceId",
            format!(
                "no space {space_id:?} in tenant {tenant:?}; spaces are: {}",
                known
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    check_scopes_known(c, tenant, &req.allowed_scopes)?;
    let client_id = req.client_id.clone().unwrap_or_else(crate::crypto::uuid_v4);
    if get_client_any(c, &client_id)?.is_some() {
        return Err(ApiError::conflict(format!(
            "a client with ID {client_id:?} already exists"
        )));
    }
    if c.prepare_cached("SELECT 1 FROM clients WHERE tenant_id = ?1 AND client_name = ?2")?
        .exists(params![tenant, req.client_name])?
    {
        return Err(ApiError::conflict(format!(
            "a client named {:?} already exists in tenant {tenant:?}",
            req.client_name
        )));
    }
    let client = Client {
        client_id: client_id.clone(),
        client_name: req.client_name.clone(),
        display_name: req
            .display_name
            .clone()
            .unwrap_or_else(|| req.client_name.clone()),
        tenant_id: tenant.to_string(),
        space_id: space_id.clone(),
        allow_offline_access: req.allow_offline_access.unwrap_or(false),
        allow_remember_consent: req.allow_remember_consent.unwrap_or(true),
        back_channel_logout_session_required: req
            .back_channel_logout_session_required
            .unwrap_or(true),
        require_client_secret: req.require_client_secret.unwrap_or(true),
        require_consent: req.require_consent.unwrap_or(false),
        allow_no_pkce: req.allow_no_pkce.unwrap_or(false),
        allow_ropc: req.allow_ropc.unwrap_or(false),
        allowed_grant_types: dedup(&req.allowed_grant_types),
        allowed_cors_origins: dedup(&req.allowed_cors_origins),
        allowed_scopes: dedup(&req.allowed_scopes),
        redirect_uris: dedup(&req.redirect_uris),
        post_logout_redirect_uris: dedup(&req.post_logout_redirect_uris),
        created_at: now,
        updated_at: now,
    };
    c.execute(
        "INSERT INTO clients (client_id, tenant_id, client_name, space_id, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![client_id, tenant, client.client_name, space_id, serde_json::to_string(&client)?],
    )?;
    // A client is authorized in its own tenant for its allowed scopes when it is created.
    put_authorization(c, tenant, &client_id, &client.allowed_scopes, now)?;
    Ok(client)
}

fn dedup(v: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for s in v {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

fn check_scopes_known(c: &Connection, tenant: &str, scopes: &[String]) -> ApiResult<()> {
    let catalogue = list_scopes(c, tenant)?;
    let unknown: Vec<&str> = scopes
        .iter()
        .filter(|s| !catalogue.iter().any(|k| &k.name == *s))
        .map(String::as_str)
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::field(
            "allowedScopes",
            format!(
                "unknown scope(s) {} in tenant {tenant:?}; known scopes are: {}",
                unknown.join(", "),
                catalogue
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    }
}

pub fn list_clients(
    c: &Connection,
    tenant: &str,
    space: Option<&str>,
    limit: usize,
    after: Option<&str>,
) -> ApiResult<Page<Client>> {
    let mut st = c.prepare_cached(
        "SELECT client_id, body FROM clients
         WHERE tenant_id = ?1 AND (?2 IS NULL OR space_id = ?2) AND (?3 IS NULL OR client_id > ?3)
         ORDER BY client_id LIMIT ?4",
    )?;
    let rows = st.query_map(params![tenant, space, after, (limit + 1) as i64], |r| {
        client_from_body(r.get(1)?)
    })?;
    let mut items: Vec<Client> = rows.collect::<Result<_, _>>()?;
    let next_page_token = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|c| page_token(&c.client_id))
    } else {
        None
    };
    Ok(Page {
        items,
        next_page_token,
    })
}

pub fn page_token(last: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(last)
}

pub fn parse_page_token(token: &str) -> ApiResult<String> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| ApiError::field("pageToken", "invalid page token"))
}

pub fn update_client(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    req: &UpdateClientRequest,
    now: DateTime<Utc>,
) -> ApiResult<Client> {
    let mut client = get_client(c, tenant, client_id)?;
    let errors = crate::api::validate::update_client(&client, req);
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    if let Some(scopes) = &req.allowed_scopes {
        check_scopes_known(c, tenant, scopes)?;
    }
    macro_rules! set {
        ($($f:ident),*) => { $( if let Some(v) = &req.$f { client.$f = v.clone(); } )* };
    }
    set!(
        display_name,
        allow_offline_access,
        allow_remember_consent,
        back_channel_logout_session_required,
        require_client_secret,
        require_consent,
        allow_no_pkce,
        allow_ropc
    );
    macro_rules! set_list {
        ($($f:ident),*) => { $( if let Some(v) = &req.$f { client.$f = dedup(v); } )* };
    }
    set_list!(
        allowed_grant_types,
        allowed_cors_origins,
        allowed_scopes,
        redirect_uris,
        post_logout_redirect_uris
    );
    client.updated_at = now;
    c.execute(
        "UPDATE clients SET body = ?2 WHERE client_id = ?1",
        params![client_id, serde_json::to_string(&client)?],
    )?;
    Ok(client)
}

pub fn delete_client(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<()> {
    get_client(c, tenant, client_id)?;
    c.execute(
        "DELETE FROM clients WHERE client_id = ?1",
        params![client_id],
    )?;
    Ok(())
}

// ---------- secrets ----------

fn secret_from_row(r: &rusqlite::Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<Secret> {
    let start = from_ms(r.get(3)?);
    let expiration = from_ms(r.get(4)?);
    let revoked_at: Option<i64> = r.get(6)?;
    Ok(Secret {
        id: r.get(0)?,
        client_id: r.get(1)?,
        description: r.get(2)?,
        start_time: start,
        expiration,
        created_at: from_ms(r.get(5)?),
        revoked_at: revoked_at.map(from_ms),
        last_used_at: r.get::<_, Option<i64>>(7)?.map(from_ms),
        status: SecretStatus::at(now, start, expiration, revoked_at.is_some()),
        value: None,
    })
}

const SECRET_COLS: &str =
    "id, client_id, description, start_time, expiration, created_at, revoked_at, last_used_at";

/// Creates a secret for a client of `tenant`. With `value`, that value is used (the dev server's
/// bootstrap admin secret); otherwise a new 256-bit one is made. The value is returned once.
pub fn create_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    req: &CreateSecretRequest,
    value: Option<String>,
    now: DateTime<Utc>,
) -> ApiResult<Secret> {
    let client = get_client(c, tenant, client_id)?;
    if !client.require_client_secret {
        return Err(ApiError::bad_request(format!(
            "client {client_id:?} is a public client (requireClientSecret is false) and has no secrets"
        )));
    }
    if let Some(d) = &req.description {
        crate::api::validate::secret_description(d).map_err(|e| ApiError::validation(vec![e]))?;
    }
    // Times are kept to the millisecond; the response says exactly what is stored.
    let start = stored_time(req.start_time.unwrap_or(now));
    let expiration = req
        .expiration
        .map(stored_time)
        .unwrap_or_else(|| crate::api::validate::default_expiration(start));
    crate::api::validate::secret_window(start, expiration)
        .map_err(|e| ApiError::validation(vec![e]))?;
    let value = value.unwrap_or_else(crypto::new_secret);
    let id = crate::crypto::uuid_v4();
    c.execute(
        "INSERT INTO secrets (id, client_id, hash, description, start_time, expiration, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, client_id, crypto::sha256(value.as_bytes()).to_vec(), req.description, ms(start), ms(expiration), ms(now)],
    )?;
    Ok(Secret {
        id,
        client_id: client_id.to_string(),
        description: req.description.clone(),
        start_time: start,
        expiration,
        created_at: now,
        revoked_at: None,
        last_used_at: None,
        status: SecretStatus::at(now, start, expiration, false),
        value: Some(value),
    })
}

pub fn list_secrets(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<Vec<Secret>> {
    get_client(c, tenant, client_id)?;
    let mut st = c.prepare_cached(&format!(
        "SELECT {SECRET_COLS} FROM secrets WHERE client_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = st.query_map(params![client_id], |r| secret_from_row(r, now))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn revoke_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    secret_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    get_client(c, tenant, client_id)?;
    let n = c.execute(
        "UPDATE secrets SET revoked_at = COALESCE(revoked_at, ?3) WHERE id = ?1 AND client_id = ?2",
        params![secret_id, client_id, ms(now)],
    )?;
    if n == 0 {
        return Err(ApiError::not_found(format!(
            "client {client_id:?} has no secret with ID {secret_id:?}"
        )));
    }
    Ok(())
}

/// Moves a secret's expiration earlier (never later, never before its start).
pub fn shorten_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    secret_id: &str,
    expiration: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ApiResult<Secret> {
    let expiration = stored_time(expiration);
    get_client(c, tenant, client_id)?;
    let secret = list_secrets(c, tenant, client_id, now)?
        .into_iter()
        .find(|s| s.id == secret_id)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "client {client_id:?} has no secret with ID {secret_id:?}"
            ))
        })?;
    if expiration > secret.expiration {
        return Err(ApiError::field(
            "expiration",
            format!(
                "an expiration can only move earlier (it is {}); create a new secret instead",
                crate::api::validate::fmt_time(secret.expiration)
            ),
        ));
    }
    if expiration < secret.start_time {
        return Err(ApiError::field(
            "expiration",
            "the expiration cannot be before the secret's start",
        ));
    }
    c.execute(
        "UPDATE secrets SET expiration = ?2 WHERE id = ?1",
        params![secret_id, ms(expiration)],
    )?;
    Ok(Secret {
        expiration,
        status: SecretStatus::at(
            now,
            secret.start_time,
            expiration,
            secret.revoked_at.is_some(),
        ),
        ..secret
    })
}

/// What the token endpoint needs to check a client secret.
pub struct SecretCheck {
    pub id: String,
    pub hash: Vec<u8>,
    pub start: i64,
    pub expiration: i64,
    pub revoked: bool,
    pub last_used_at: Option<i64>,
}

pub fn secrets_for_auth(c: &Connection, client_id: &str) -> ApiResult<Vec<SecretCheck>> {
    let mut st = c.prepare_cached(
        "SELECT id, hash, start_time, expiration, revoked_at IS NOT NULL, last_used_at FROM secrets WHERE client_id = ?1",
    )?;
    let rows = st.query_map(params![client_id], |r| {
        Ok(SecretCheck {
            id: r.get(0)?,
            hash: r.get(1)?,
            start: r.get(2)?,
            expiration: r.get(3)?,
            revoked: r.get(4)?,
            last_used_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn touch_secret(c: &Connection, secret_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
    c.prepare_cached("UPDATE secrets SET last_used_at = ?2 WHERE id = ?1")?
        .execute(params![secret_id, ms(now)])?;
    Ok(())
}

// ---------- authorizations ----------

pub fn put_authorization(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    scopes: &[String],
    now: DateTime<Utc>,
) -> ApiResult<Authorization> {
    c.execute(
        "INSERT INTO authorizations (tenant_id, client_id, scopes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (tenant_id, client_id) DO UPDATE SET scopes = excluded.scopes, updated_at = excluded.updated_at",
        params![tenant, client_id, scopes.join(" "), ms(now)],
    )?;
    get_authorization(c, tenant, client_id)?
        .ok_or_else(|| ApiError::internal("authorization vanished"))
}

fn authorization_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Authorization> {
    let scopes: String = r.get(2)?;
    Ok(Authorization {
        tenant_id: r.get(0)?,
        client_id: r.get(1)?,
        scopes: scopes.split_ascii_whitespace().map(String::from).collect(),
        created_at: from_ms(r.get(3)?),
        updated_at: from_ms(r.get(4)?),
    })
}

pub fn get_authorization(
    c: &Connection,
    tenant: &str,
    client_id: &str,
) -> ApiResult<Option<Authorization>> {
    Ok(c.prepare_cached(
        "SELECT tenant_id, client_id, scopes, created_at, updated_at FROM authorizations WHERE tenant_id = ?1 AND client_id = ?2",
    )?
    .query_row(params![tenant, client_id], authorization_from_row)
    .optional()?)
}

pub fn list_authorizations(c: &Connection, tenant: &str) -> ApiResult<Vec<Authorization>> {
    let mut st = c.prepare_cached(
        "SELECT tenant_id, client_id, scopes, created_at, updated_at FROM authorizations WHERE tenant_id = ?1 ORDER BY client_id",
    )?;
    let rows = st.query_map(params![tenant], authorization_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Removes a tenant's authorization of a client, and the client's refresh tokens for that
/// tenant with it (a later authorization must not revive them).
pub fn delete_authorization(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<bool> {
    c.execute(
        "DELETE FROM refresh_tokens WHERE tenant_id = ?1 AND client_id = ?2",
        params![tenant, client_id],
    )?;
    Ok(c.execute(
        "DELETE FROM authorizations WHERE tenant_id = ?1 AND client_id = ?2",
        params![tenant, client_id],
    )? > 0)
}

// ---------- tokens ----------

pub fn token_revoked(c: &Connection, jti: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM revoked_tokens WHERE jti = ?1")?
            .exists(params![jti])?,
    )
}

pub fn revoke_token(c: &Connection, jti: &str, expires_at: i64) -> ApiResult<()> {
    c.execute(
        "INSERT OR IGNORE INTO revoked_tokens (jti, expires_at) VALUES (?1, ?2)",
        params![jti, expires_at],
    )?;
    Ok(())
}

// ---------- idempotency ----------

pub struct StoredResponse {
    pub fingerprint: String,
    pub status: u16,
    pub sealed_body: Vec<u8>,
}

pub const IDEMPOTENCY_TTL_MS: i64 = 24 * 60 * 60 * 1000;

pub fn get_idempotent(
    c: &Connection,
    id: &str,
    now: DateTime<Utc>,
) -> ApiResult<Option<StoredResponse>> {
    Ok(c.prepare_cached(
        "SELECT fingerprint, status, body FROM idempotency WHERE id = ?1 AND created_at > ?2",
    )?
    .query_row(params![id, ms(now) - IDEMPOTENCY_TTL_MS], |r| {
        Ok(StoredResponse {
            fingerprint: r.get(0)?,
            status: r.get::<_, i64>(1)? as u16,
            sealed_body: r.get(2)?,
        })
    })
    .optional()?)
}

pub fn put_idempotent(
    c: &Connection,
    id: &str,
    resp: &StoredResponse,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    c.execute(
        "DELETE FROM idempotency WHERE created_at <= ?1 OR id = ?2",
        params![ms(now) - IDEMPOTENCY_TTL_MS, id],
    )?;
    c.execute(
        "INSERT INTO idempotency (id, fingerprint, status, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, resp.fingerprint, resp.status as i64, resp.sealed_body, ms(now)],
    )?;
    Ok(())
}

// ---------- users, codes, refresh tokens ----------

const PBKDF2_ROUNDS: u32 = 100_000;

/// PBKDF2-HMAC-SHA256 for people's passwords (unlike 256-bit client secrets, these can be guessed).
pub fn hash_password(password: &str) -> String {
    use base64::Engine;
    let salt = crypto::random_bytes::<16>();
    let mut out = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        std::num::NonZeroU32::new(PBKDF2_ROUNDS).expect("non-zero"),
        &salt,
        password.as_bytes(),
        &mut out,
    );
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    format!(
        "pbkdf2-sha256${PBKDF2_ROUNDS}${}${}",
        b64.encode(salt),
        b64.encode(out)
    )
}

pub fn verify_password(stored: &str, password: &str) -> bool {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let parts: Vec<&str> = stored.split('$').collect();
    let [_, rounds, salt, hash] = parts.as_slice() else {
        return false;
    };
    let (Ok(rounds), Ok(salt), Ok(hash)) =
        (rounds.parse::<u32>(), b64.decode(salt), b64.decode(hash))
    else {
        return false;
    };
    let Some(rounds) = std::num::NonZeroU32::new(rounds) else {
        return false;
    };
    ring::pbkdf2::verify(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        &salt,
        password.as_bytes(),
        &hash,
    )
    .is_ok()
}

/// Creates the user unless it exists; true when created.
pub fn ensure_user(
    c: &Connection,
    tenant: &str,
    username: &str,
    password: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    Ok(c.execute(
        "INSERT OR IGNORE INTO users (tenant_id, username, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant, username, hash_password(password), ms(now)],
    )? > 0)
}

pub fn set_password(c: &Connection, tenant: &str, username: &str, password: &str) -> ApiResult<()> {
    c.execute(
        "UPDATE users SET password_hash = ?3 WHERE tenant_id = ?1 AND username = ?2",
        params![tenant, username, hash_password(password)],
    )?;
    Ok(())
}

/// A user's stored password hash (checked with [`verify_password`] outside the store's lock).
pub fn password_hash(c: &Connection, tenant: &str, username: &str) -> ApiResult<Option<String>> {
    Ok(
        c.prepare_cached("SELECT password_hash FROM users WHERE tenant_id = ?1 AND username = ?2")?
            .query_row(params![tenant, username], |r| r.get(0))
            .optional()?,
    )
}

pub struct AuthCode {
    pub tenant_id: String,
    pub client_id: String,
    pub username: String,
    pub redirect_uri: String,
    pub scope: String,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
}

pub fn put_code(c: &Connection, code: &str, a: &AuthCode) -> ApiResult<()> {
    c.execute(
        "INSERT INTO auth_codes (hash, tenant_id, client_id, username, redirect_uri, scope, code_challenge, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![crypto::sha256(code.as_bytes()).to_vec(), a.tenant_id, a.client_id, a.username, a.redirect_uri, a.scope, a.code_challenge, a.expires_at],
    )?;
    Ok(())
}

/// What presenting an authorization code found.
pub enum TakenCode {
    /// No such code (or one forgotten since).
    Unknown,
    /// The code's first use: it is now marked used, and what is issued for it belongs to the
    /// grant `grant_id`.
    First { code: AuthCode, grant_id: String },
    /// The code was used before: the tokens of its grant are now revoked.
    Replayed,
}

/// How long a used code is remembered, so that its replay still revokes what was issued for it:
/// as long as the refresh token issued for it can live.
pub const USED_CODE_MEMORY_MS: i64 = REFRESH_TTL_MS;

/// Takes a code: it can be used once only. A second use revokes the grant of the first: its
/// refresh tokens at once, its access tokens through `revoked_grants` (RFC 6749 §4.1.2).
pub fn take_code(c: &Connection, code: &str, now: DateTime<Utc>) -> ApiResult<TakenCode> {
    let hash = crypto::sha256(code.as_bytes()).to_vec();
    let now_ms = ms(now);
    c.execute(
        "DELETE FROM auth_codes WHERE (used_at IS NULL AND expires_at < ?1) OR used_at < ?2",
        params![now_ms, now_ms - USED_CODE_MEMORY_MS],
    )?;
    c.execute(
        "DELETE FROM revoked_grants WHERE expires_at < ?1",
        params![now_ms],
    )?;
    let found = c
        .query_row(
            "SELECT tenant_id, client_id, username, redirect_uri, scope, code_challenge, expires_at, used_at, grant_id FROM auth_codes WHERE hash = ?1",
            params![hash],
            |r| {
                Ok((
                    AuthCode {
                        tenant_id: r.get(0)?,
                        client_id: r.get(1)?,
                        username: r.get(2)?,
                        redirect_uri: r.get(3)?,
                        scope: r.get(4)?,
                        code_challenge: r.get(5)?,
                        expires_at: r.get(6)?,
                    },
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            },
        )
        .optional()?;
    match found {
        None => Ok(TakenCode::Unknown),
        Some((code, None, _)) => {
            use base64::Engine;
            let grant_id = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(crypto::random_bytes::<16>());
            c.execute(
                "UPDATE auth_codes SET used_at = ?2, grant_id = ?3 WHERE hash = ?1",
                params![hash, now_ms, grant_id],
            )?;
            Ok(TakenCode::First { code, grant_id })
        }
        Some((_, Some(_), grant)) => {
            if let Some(g) = grant {
                revoke_grant(c, &g, now)?;
            }
            Ok(TakenCode::Replayed)
        }
    }
}

/// Revokes every token of a grant: its refresh tokens, and (through `revoked_grants`, checked
/// at use) its access tokens, also those that a refresh token of it issued.
pub fn revoke_grant(c: &Connection, grant_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
    c.execute(
        "UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, ?2) WHERE grant_id = ?1",
        params![grant_id, ms(now)],
    )?;
    c.execute(
        "INSERT OR IGNORE INTO revoked_grants (grant_id, expires_at) VALUES (?1, ?2)",
        params![
            grant_id,
            ms(now) + REFRESH_TTL_MS + super::TOKEN_TTL_SECS * 1000
        ],
    )?;
    Ok(())
}

pub fn grant_revoked(c: &Connection, grant_id: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM revoked_grants WHERE grant_id = ?1")?
            .exists(params![grant_id])?,
    )
}

pub struct RefreshToken {
    pub tenant_id: String,
    pub client_id: String,
    pub username: Option<String>,
    pub scope: String,
    pub expires_at: i64,
    pub revoked: bool,
    /// The grant it belongs to (the authorization code it was issued for).
    pub grant_id: Option<String>,
}

pub const REFRESH_TTL_MS: i64 = 30 * 24 * 3600 * 1000;

pub fn put_refresh(
    c: &Connection,
    token: &str,
    t: &RefreshToken,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    c.execute(
        "INSERT INTO refresh_tokens (hash, tenant_id, client_id, username, scope, created_at, expires_at, grant_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![crypto::sha256(token.as_bytes()).to_vec(), t.tenant_id, t.client_id, t.username, t.scope, ms(now), t.expires_at, t.grant_id],
    )?;
    Ok(())
}

pub fn get_refresh(c: &Connection, token: &str) -> ApiResult<Option<RefreshToken>> {
    Ok(c
        .query_row(
            "SELECT tenant_id, client_id, username, scope, expires_at,
                    revoked_at IS NOT NULL OR grant_id IN (SELECT grant_id FROM revoked_grants), grant_id
             FROM refresh_tokens WHERE hash = ?1",
            params![crypto::sha256(token.as_bytes()).to_vec()],
            |r| {
                Ok(RefreshToken {
                    tenant_id: r.get(0)?,
                    client_id: r.get(1)?,
                    username: r.get(2)?,
                    scope: r.get(3)?,
                    expires_at: r.get(4)?,
                    revoked: r.get(5)?,
                    grant_id: r.get(6)?,
                })
            },
        )
        .optional()?)
}

/// Revokes a refresh token of `client_id`; false when there is none.
pub fn revoke_refresh(
    c: &Connection,
    token: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    Ok(c.execute(
        "UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, ?3) WHERE hash = ?1 AND client_id = ?2",
        params![crypto::sha256(token.as_bytes()).to_vec(), client_id, ms(now)],
    )? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leap_second_is_stored_and_shown_as_the_next_day() {
        let leap: DateTime<Utc> = "2026-12-31T23:59:60.500Z".parse().unwrap();
        let t = stored_time(leap);
        assert_eq!(
            crate::api::validate::fmt_time(t),
            "2027-01-01T00:00:00.500Z"
        );
        assert_eq!(from_ms(ms(t)), t, "stable through the database");
        let plain: DateTime<Utc> = "2026-06-01T12:00:00.123456Z".parse().unwrap();
        assert_eq!(
            crate::api::validate::fmt_time(stored_time(plain)),
            "2026-06-01T12:00:00.123Z"
        );
    }
}
