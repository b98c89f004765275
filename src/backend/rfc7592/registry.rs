//! The local registry of the clients registered from this machine, one file per issuer (0600, no
//! secrets or tokens in it): RFC 7592 has no list endpoint.

use super::*;

/// The registry of clients registered from this machine, one file per issuer. No secrets, no
/// tokens: the management URI and the client as last seen.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Registry {
    pub(super) issuer: String,
    pub(super) clients: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Entry {
    pub(super) registration_client_uri: Option<String>,
    /// Why the management URI is never used (the server named an unsafe one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) unusable: Option<String>,
    pub(super) registered_at: DateTime<Utc>,
    pub(super) updated_at: DateTime<Utc>,
    pub(super) client: Client,
}

pub(super) fn poisoned() -> anyhow::Error {
    anyhow::anyhow!("internal error: a lock was poisoned")
}

impl Rfc7592Backend {
    // ---------- the local registry ----------

    pub(super) fn registry_path(&self) -> Option<PathBuf> {
        let key = self.issuer.as_str().trim_end_matches('/');
        let name = crate::crypto::hex(&crate::crypto::sha256(key.as_bytes()));
        crate::paths::data_dir().map(|d| {
            d.join("registrations")
                .join(format!("{}.json", &name[..32]))
        })
    }

    /// The registry, or why the file there cannot be read (it is then never overwritten).
    pub(super) fn read_registry(&self) -> Result<Registry, String> {
        let empty = || Registry {
            issuer: self.issuer.to_string(),
            clients: BTreeMap::new(),
        };
        let Some(path) = self.registry_path() else {
            return Ok(empty());
        };
        match std::fs::read(&path) {
            Ok(b) => crate::transport::decode_json(&b).map_err(|e| {
                format!(
                    "the local client registry {} is not valid ({e}); fix or remove it",
                    path.display()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(empty()),
            Err(e) => Err(format!(
                "cannot read the local client registry {}: {e}",
                path.display()
            )),
        }
    }

    pub(super) fn load_registry(&self) -> Registry {
        self.read_registry().unwrap_or_else(|e| {
            self.notes.warn(&e);
            Registry {
                issuer: self.issuer.to_string(),
                clients: BTreeMap::new(),
            }
        })
    }

    /// Changes the registry file; a failure is a warning (the server's state is what matters).
    pub(super) fn edit_registry(&self, f: impl FnOnce(&mut Registry)) {
        let Some(path) = self.registry_path() else {
            self.notes
                .warn("no data directory for the local client registry; `clients list` will not show this change");
            return;
        };
        let mut r = match self.read_registry() {
            Ok(r) => r,
            Err(e) => {
                self.notes
                    .warn(&format!("{e}; it was left as it is, without this change"));
                return;
            }
        };
        f(&mut r);
        let written = serde_json::to_vec_pretty(&r)
            .map_err(std::io::Error::other)
            .and_then(|b| crate::paths::write_private(&path, &b));
        if let Err(e) = written {
            self.notes.warn(&format!(
                "cannot write the local client registry {}: {e}; `clients list` will not show this change",
                path.display()
            ));
        }
    }

    pub(super) fn registry_note(&self) {
        if !self.list_noted.swap(true, Ordering::SeqCst) {
            let file = self
                .registry_path()
                .map_or_else(|| "-".to_string(), |p| p.display().to_string());
            self.notes.status(&format!(
                "note: RFC 7592 has no way to list clients; these are the clients registered from this machine at {} (local registry {file}), as last seen",
                self.issuer
            ));
        }
    }

    /// Refreshes a registry entry's snapshot of the client (only for clients in it).
    pub(super) fn seen(&self, client: &Client) {
        let exists = self
            .load_registry()
            .clients
            .get(&client.client_id)
            .is_some_and(|e| e.client != *client);
        if exists {
            self.edit_registry(|r| {
                if let Some(e) = r.clients.get_mut(&client.client_id) {
                    e.client = client.clone();
                }
            });
        }
    }

    pub(super) fn entry(&self, client_id: &str) -> Option<Entry> {
        self.load_registry().clients.get(client_id).cloned()
    }
}
