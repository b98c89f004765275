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
pub(super) struct Stamp {
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

    /// The cache's stamp when nothing was written since it was filled; None otherwise.
    pub(super) fn current_stamp(&self, c: &Connection) -> ApiResult<Option<Stamp>> {
        let now = Stamp::of(c)?;
        Ok((self.stamp == Some(now)).then_some(now))
    }

    /// After this connection's own write that changed only `client_id`'s rows, begun when the
    /// cache was current with the stamp `before`: that client's entry goes, the others stay — but
    /// only if no other connection committed meanwhile (`data_version`, which this connection's
    /// own commits leave alone, still that of `before`). Otherwise a commit of another process,
    /// made while this write waited for the lock, would be taken into the new stamp unseen, and a
    /// secret revoked there would keep working here: the whole cache goes.
    pub(super) fn forget_after_own_write(
        &mut self,
        c: &Connection,
        client_id: &str,
        before: Stamp,
    ) {
        self.clients.remove(client_id);
        match Stamp::of(c) {
            Ok(now) if now.data_version == before.data_version => self.stamp = Some(now),
            _ => self.clear(),
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
    use crate::backend::oauthctl::wire::{CreateClientRequest, CreateSecretRequest};

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

    /// Another process commits while a touch waits for the database's write lock (after the
    /// cache was found current, before the touch commits): the touch's new stamp must not take
    /// that commit in unseen. Here the commit comes between the check and the write.
    #[test]
    fn a_commit_by_another_process_during_a_touch_empties_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let store = Store::open(Some(&path)).unwrap();
        let s1 = new_client(&store, "c1");
        new_client(&store, "c2");
        store.client_auth("c2").unwrap().unwrap();
        let mut inner = store.lock();
        let Inner { conn, auth } = &mut *inner;
        let before = auth.current_stamp(conn).unwrap().expect("current");
        Connection::open(&path)
            .unwrap()
            .execute(
                "UPDATE secrets SET revoked_at = 1 WHERE client_id = 'c2'",
                [],
            )
            .unwrap();
        touch_secret(conn, &s1, Utc::now()).unwrap();
        auth.forget_after_own_write(conn, "c1", before);
        assert_eq!(auth.len(), 0, "c2 was revoked by another process");
        drop(inner);
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
