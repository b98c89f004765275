//! The admin token cache: a token got with admin client credentials is kept in a 0600 file
//! until shortly before it expires, so commands do not fetch a new token every time.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::discovery::{check_endpoint, discover};
use super::token::{client_credentials, with_tenant};
use super::ClientAuth;
use crate::error::ErrorKind;
use crate::transport::http::Http;

/// A cached admin token, keyed by server, tenant, client ID and a hash of the secret.
#[derive(Serialize, Deserialize)]
struct CachedToken {
    access_token: String,
    expires_at: i64,
    token_endpoint: String,
    #[serde(default)]
    scope: Option<String>,
}

/// Renew tokens this long before they expire.
pub(super) const EXPIRY_MARGIN_SECS: i64 = 60;

pub struct AdminSession {
    pub base_url: url::Url,
    pub tenant: String,
    /// Whether the token endpoint is told the tenant (a `tenant` query parameter).
    pub tenant_param: bool,
    pub client_id: String,
    pub secret: String,
}

impl AdminSession {
    fn cache_file(&self) -> Option<PathBuf> {
        let secret_hash = crate::crypto::sha256(self.secret.as_bytes());
        let key = format!(
            "{}\0{}\0{}\0{}",
            self.base_url,
            self.tenant,
            self.client_id,
            crate::crypto::hex(&secret_hash)
        );
        let name = crate::crypto::hex(&crate::crypto::sha256(key.as_bytes()));
        crate::paths::cache_dir().map(|d| d.join("tokens").join(format!("{}.json", &name[..32])))
    }

    fn read_cache(&self) -> Option<CachedToken> {
        let bytes = std::fs::read(self.cache_file()?).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// The cached token's expiry (Unix seconds) and scopes, if a token is cached.
    pub fn cached(&self) -> Option<(i64, Option<String>)> {
        self.read_cache().map(|c| (c.expires_at, c.scope))
    }

    /// A token: the cached one while it is fresh, else a new one from the token endpoint.
    /// Returns the token and whether it came from the cache.
    pub async fn token(&self, http: &Http, fresh: bool) -> anyhow::Result<(String, bool)> {
        let now = chrono::Utc::now().timestamp();
        let cached = self.read_cache();
        if !fresh {
            if let Some(c) = &cached {
                if c.expires_at - EXPIRY_MARGIN_SECS > now {
                    http.trace(|| "using the cached admin token".into());
                    return Ok((c.access_token.clone(), true));
                }
            }
        }
        let endpoint = match cached {
            Some(c) => {
                // A cached endpoint obeys the same rules as a discovered one.
                check_endpoint(
                    http,
                    &self.base_url,
                    "cached token_endpoint",
                    &c.token_endpoint,
                )?;
                c.token_endpoint
            }
            None => discover(http, &self.base_url).await?.token_endpoint,
        };
        let url = with_tenant(&endpoint, self.tenant_param.then_some(self.tenant.as_str()))?;
        let resp = client_credentials(
            http,
            &url,
            &self.client_id,
            &self.secret,
            ClientAuth::Basic,
            &[],
        )
        .await
        .map_err(|e| {
            crate::error::adjust(e, |c| {
                if c.kind == ErrorKind::Auth {
                    c.hint = Some(crate::error::HINT_ADMIN_CREDENTIALS.into());
                }
            })
        })?;
        let entry = CachedToken {
            access_token: resp.access_token.clone(),
            expires_at: now + resp.expires_in.unwrap_or(300) as i64,
            token_endpoint: endpoint,
            scope: resp.scope.clone(),
        };
        if let Some(path) = self.cache_file() {
            if let Ok(bytes) = serde_json::to_vec(&entry) {
                if let Err(e) = crate::paths::write_private(&path, &bytes) {
                    http.trace(|| format!("cannot cache the admin token: {e}"));
                }
            }
        }
        Ok((resp.access_token, false))
    }
}
