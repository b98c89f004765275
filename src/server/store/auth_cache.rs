//! What the token endpoint reads about a client on every request — the client, its secrets and
//! the tenants' authorizations of it — kept in memory between writes.
//!
//! The cache holds database rows, never the outcome of a check: the secret is hashed and compared
//! (in constant time, with every candidate) and its validity window tested against the current
//! time on every request, exactly as against the database. It lives beside the connection, under
//! the same lock, and is emptied
//! - by every [`Store::write`](super::Store::write), committed or not, before the lock is released;
//! - when the connection's change counter (`sqlite3_total_changes`) moved since it was filled: a
//!   write made any other way on this connection;
//! - when `PRAGMA data_version` moved: a transaction committed by another connection, for
//!   instance another process on the same database file.
//!
//! So a request that starts after a write was answered sees the database as it is after that
//! write. Unknown client IDs are not cached, and the cache holds at most [`MAX_ENTRIES`] clients.

use std::collections::HashMap;
use std::sync::Arc;

use super::*;

/// At most this many clients are kept; the cache is emptied when it is full.
pub const MAX_ENTRIES: usize = 4096;

/// One client as the token endpoint sees it.
pub struct ClientAuth {
    pub client: Arc<Client>,
    pub secrets: Vec<SecretCheck>,
    /// Every tenant's authorization of this client.
    pub authorizations: Vec<Authorization>,
}

impl ClientAuth {
    /// The scopes tenant `tenant` authorized this client for; None when it did not authorize it.
    pub fn authorized_in(&self, tenant: &str) -> Option<&[String]> {
        self.authorizations
            .iter()
            .find(|a| a.tenant_id == tenant)
            .map(|a| a.scopes.as_slice())
    }
}

/// What the database looked like when the cache was filled.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
struct Stamp {
    total_changes: u64,
    data_version: i64,
}

impl Stamp {
    fn of(c: &Connection) -> ApiResult<Stamp> {
        Ok(Stamp {
            total_changes: c.total_changes(),
            data_version: c
                .prepare_cached("PRAGMA data_version")?
                .query_row([], |r| r.get(0))?,
        })
    }
}

#[derive(Default)]
pub(super) struct AuthCache {
    stamp: Option<Stamp>,
    clients: HashMap<String, Arc<ClientAuth>>,
}

impl AuthCache {
    pub(super) fn clear(&mut self) {
        self.stamp = None;
        self.clients.clear();
    }

    /// Whether nothing was written since the cache was filled (it is empty otherwise).
    pub(super) fn is_current(&self, c: &Connection) -> ApiResult<bool> {
        Ok(self.stamp == Some(Stamp::of(c)?))
    }

    /// After this connection's own write that changed only `client_id`'s rows, made while the
    /// cache was current: that client's entry goes, the others stay.
    pub(super) fn forget_after_own_write(&mut self, c: &Connection, client_id: &str) {
        self.clients.remove(client_id);
        match Stamp::of(c) {
            Ok(now) => self.stamp = Some(now),
            Err(_) => self.clear(),
        }
    }

    /// The client from the cache, or read from `c` (and kept when it exists).
    pub(super) fn get(
        &mut self,
        c: &Connection,
        client_id: &str,
    ) -> ApiResult<Option<Arc<ClientAuth>>> {
        let now = Stamp::of(c)?;
        if self.stamp != Some(now) {
            self.clients.clear();
            self.stamp = Some(now);
        }
        if let Some(hit) = self.clients.get(client_id) {
            return Ok(Some(hit.clone()));
        }
        let Some(loaded) = load(c, client_id)? else {
            return Ok(None);
        };
        let loaded = Arc::new(loaded);
        if self.clients.len() >= MAX_ENTRIES {
            self.clients.clear();
        }
        self.clients.insert(client_id.to_string(), loaded.clone());
        Ok(Some(loaded))
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.clients.len()
    }
}

fn load(c: &Connection, client_id: &str) -> ApiResult<Option<ClientAuth>> {
    let Some(client) = get_client_any(c, client_id)? else {
        return Ok(None);
    };
    Ok(Some(ClientAuth {
        client: Arc::new(client),
        secrets: secrets_for_auth(c, client_id)?,
        authorizations: authorizations_of_client(c, client_id)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::super::Store;
    use super::*;
    use crate::api::models::{CreateClientRequest, CreateSecretRequest};

    fn new_client(store: &Store, id: &str) -> String {
        let now = Utc::now();
        store
            .write(|c| {
                ensure_tenant(c, "default", now)?;
                create_client(
                    c,
                    "default",
                    &CreateClientRequest {
                        client_id: Some(id.into()),
                        client_name: id.into(),
                        allowed_grant_types: vec!["client_credentials".into()],
                        allowed_scopes: vec!["api.read".into()],
                        ..Default::default()
                    },
                    now,
                )?;
                let s =
                    create_secret(c, "default", id, &CreateSecretRequest::default(), None, now)?;
                Ok(s.id)
            })
            .unwrap()
    }

    fn cached(store: &Store) -> usize {
        store.lock().auth.len()
    }

    #[test]
    fn a_hit_is_the_same_snapshot_until_something_is_written() {
        let store = Store::open(None).unwrap();
        let secret = new_client(&store, "c1");
        let a = store.client_auth("c1").unwrap().unwrap();
        let b = store.client_auth("c1").unwrap().unwrap();
        assert!(Arc::ptr_eq(&a, &b), "the second look-up is a hit");
        assert_eq!(a.secrets.len(), 1);
        assert_eq!(
            a.authorized_in("default"),
            Some(&["api.read".to_string()][..])
        );
        assert_eq!(a.authorized_in("acme"), None);

        // Any write empties it, whatever it touched.
        store
            .write(|c| revoke_secret(c, "default", "c1", &secret, Utc::now()))
            .unwrap();
        assert_eq!(cached(&store), 0);
        let c = store.client_auth("c1").unwrap().unwrap();
        assert!(!Arc::ptr_eq(&a, &c));
        assert!(c.secrets[0].revoked, "read again after the write");
    }

    #[test]
    fn a_failed_write_empties_it_too() {
        let store = Store::open(None).unwrap();
        new_client(&store, "c1");
        store.client_auth("c1").unwrap().unwrap();
        assert_eq!(cached(&store), 1);
        let err = store
            .write(|c| {
                c.execute("UPDATE secrets SET revoked_at = 1", [])?;
                Err::<(), _>(crate::server::error::ApiError::bad_request("no"))
            })
            .unwrap_err();
        assert_eq!(err.detail, "no");
        assert_eq!(cached(&store), 0);
        let a = store.client_auth("c1").unwrap().unwrap();
        assert!(!a.secrets[0].revoked, "the write was rolled back");
    }

    /// A write that does not go through `Store::write` (here: inside `read`) moves the
    /// connection's change counter, which empties the cache at the next look-up.
    #[test]
    fn a_write_made_outside_store_write_is_noticed() {
        let store = Store::open(None).unwrap();
        new_client(&store, "c1");
        let a = store.client_auth("c1").unwrap().unwrap();
        store
            .read(|c| Ok(c.execute("UPDATE secrets SET revoked_at = 1", [])?))
            .unwrap();
        let b = store.client_auth("c1").unwrap().unwrap();
        assert!(!Arc::ptr_eq(&a, &b));
        assert!(b.secrets[0].revoked);
    }

    /// Another connection (another process) committing to the same file moves `data_version`.
    #[test]
    fn a_write_by_another_connection_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let store = Store::open(Some(&path)).unwrap();
        new_client(&store, "c1");
        let a = store.client_auth("c1").unwrap().unwrap();
        assert!(Arc::ptr_eq(&a, &store.client_auth("c1").unwrap().unwrap()));
        let other = Connection::open(&path).unwrap();
        other
            .execute("UPDATE secrets SET revoked_at = 1", [])
            .unwrap();
        let b = store.client_auth("c1").unwrap().unwrap();
        assert!(!Arc::ptr_eq(&a, &b));
        assert!(b.secrets[0].revoked);
        other
            .execute("DELETE FROM clients WHERE client_id = 'c1'", [])
            .unwrap();
        assert!(store.client_auth("c1").unwrap().is_none());
    }

    /// Recording a secret's use (once a minute per secret) drops only its client's entry; after
    /// a write by anything else it still empties the whole cache.
    #[test]
    fn recording_a_use_forgets_only_that_client() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let store = Store::open(Some(&path)).unwrap();
        let s1 = new_client(&store, "c1");
        new_client(&store, "c2");
        let c2 = store.client_auth("c2").unwrap().unwrap();
        store.client_auth("c1").unwrap().unwrap();
        store.touch_secret("c1", &s1, Utc::now()).unwrap();
        assert_eq!(cached(&store), 1, "c1 forgotten, c2 kept");
        assert!(Arc::ptr_eq(&c2, &store.client_auth("c2").unwrap().unwrap()));
        let c1 = store.client_auth("c1").unwrap().unwrap();
        assert!(
            c1.secrets[0].last_used_at.is_some(),
            "read again with its use"
        );

        // Another process writes; a touch after that must not make the cache look current.
        let other = Connection::open(&path).unwrap();
        other
            .execute(
                "UPDATE secrets SET revoked_at = 1 WHERE client_id = 'c2'",
                [],
            )
            .unwrap();
        store.touch_secret("c1", &s1, Utc::now()).unwrap();
        assert_eq!(cached(&store), 0);
        assert!(store.client_auth("c2").unwrap().unwrap().secrets[0].revoked);
    }

    #[test]
    fn unknown_clients_are_not_kept_and_the_size_is_bounded() {
        let store = Store::open(None).unwrap();
        new_client(&store, "c1");
        assert!(store.client_auth("nobody").unwrap().is_none());
        assert_eq!(cached(&store), 0);
        let now = Utc::now();
        store
            .write(|c| {
                for i in 0..MAX_ENTRIES {
                    create_client(
                        c,
                        "default",
                        &CreateClientRequest {
                            client_id: Some(format!("many-{i}")),
                            client_name: format!("many-{i}"),
                            allowed_grant_types: vec!["client_credentials".into()],
                            ..Default::default()
                        },
                        now,
                    )?;
                }
                Ok(())
            })
            .unwrap();
        for i in 0..MAX_ENTRIES {
            store.client_auth(&format!("many-{i}")).unwrap().unwrap();
        }
        assert_eq!(cached(&store), MAX_ENTRIES);
        store.client_auth("c1").unwrap().unwrap();
        assert_eq!(cached(&store), 1, "full: emptied, then the new one kept");
    }
}
