//! SQLite persistence for the dev server. Schema versioned with `PRAGMA user_version`; every write
//! runs in one IMMEDIATE transaction; domain functions take the connection or transaction they
//! work in, so a handler can compose several (idempotency record + create) atomically.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use super::crypto;
use super::error::{ApiError, ApiResult};
use crate::backend::oauthctl::wire::*;

mod auth_cache;
mod authorizations;
mod clients;
mod idempotency;
mod schema;
mod secrets;
mod spaces;
mod tokens;
mod users;

use schema::{SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_VERSION};

pub use auth_cache::{ClientAuth, MAX_ENTRIES as AUTH_CACHE_ENTRIES};
pub use authorizations::*;
pub use clients::*;
pub use idempotency::*;
pub use secrets::*;
pub use spaces::*;
pub use tokens::*;
pub use users::*;

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
    inner: Mutex<Inner>,
}

/// The connection, and the token endpoint's cache of what it read (see [`auth_cache`]): one lock
/// for both, so no request sees the cache of before a write that was answered.
struct Inner {
    conn: Connection,
    auth: auth_cache::AuthCache,
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
        if version < 4 {
            conn.execute_batch(&format!(
                "BEGIN; {SCHEMA_V4} PRAGMA user_version = 4; COMMIT;"
            ))?;
        }
        Ok(Store {
            inner: Mutex::new(Inner {
                conn,
                auth: Default::default(),
            }),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the connection (reads).
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        f(&self.lock().conn)
    }

    /// Runs `f` in one IMMEDIATE transaction, committed only if it returns Ok. Empties the token
    /// endpoint's cache either way, before the lock is released.
    pub fn write<T>(&self, f: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        let mut inner = self.lock();
        let Inner { conn, auth } = &mut *inner;
        let out = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })();
        auth.clear();
        out
    }

    /// Records that secret `secret_id` of client `client_id` was used (`lastUsedAt`). Unlike
    /// [`Store::write`] it keeps the other clients in the token endpoint's cache — only this
    /// client's rows changed — unless something else was written since the cache was filled,
    /// before this write or during it (another process's commit while this one waited for the
    /// database's write lock).
    pub fn touch_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        now: DateTime<Utc>,
    ) -> ApiResult<()> {
        let mut inner = self.lock();
        let Inner { conn, auth } = &mut *inner;
        let before = auth.current_stamp(conn).unwrap_or(None);
        let out = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            touch_secret(&tx, secret_id, now)?;
            tx.commit()?;
            Ok(())
        })();
        match before {
            Some(before) if out.is_ok() => auth.forget_after_own_write(conn, client_id, before),
            _ => auth.clear(),
        }
        out
    }

    /// The client `client_id` with its secrets and authorizations, as the token endpoint checks
    /// them: from the cache when nothing was written since it was read, else from the database.
    /// None for an unknown client. One lock, held for a lookup on a hit.
    pub fn client_auth(&self, client_id: &str) -> ApiResult<Option<std::sync::Arc<ClientAuth>>> {
        let mut inner = self.lock();
        let Inner { conn, auth } = &mut *inner;
        auth.get(conn, client_id)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storing_an_idempotency_key_does_not_scan_the_table() {
        let store = Store::open(None).unwrap();
        let plan: Vec<String> = store
            .read(|c| {
                let mut st = c.prepare(
                    "EXPLAIN QUERY PLAN DELETE FROM idempotency WHERE created_at <= ?1 OR id = ?2",
                )?;
                let rows = st.query_map(params![0, "x"], |r| r.get::<_, String>(3))?;
                Ok(rows.collect::<Result<Vec<_>, _>>()?)
            })
            .unwrap();
        assert!(
            plan.iter().all(|l| !l.starts_with("SCAN")),
            "the expired keys are found by an index: {plan:?}"
        );
    }

    #[test]
    fn a_leap_second_is_stored_and_shown_as_the_next_day() {
        let leap: DateTime<Utc> = "2026-12-31T23:59:60.500Z".parse().unwrap();
        let t = stored_time(leap);
        assert_eq!(crate::timeutil::fmt_time(t), "2027-01-01T00:00:00.500Z");
        assert_eq!(from_ms(ms(t)), t, "stable through the database");
        let plain: DateTime<Utc> = "2026-06-01T12:00:00.123456Z".parse().unwrap();
        assert_eq!(
            crate::timeutil::fmt_time(stored_time(plain)),
            "2026-06-01T12:00:00.123Z"
        );
    }
}
