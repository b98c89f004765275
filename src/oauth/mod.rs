//! The OAuth side of the CLI: server discovery (RFC 8414, OpenID discovery as a fallback), the
//! client-credentials grant with client_secret_basic or client_secret_post (seed 002's "header"
//! and "body"), and the admin session: a token cached in a 0600 file until shortly before it
//! expires, so commands do not fetch a new token every time.

use std::path::PathBuf;

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::api::http::{Http, Retry};
use crate::api::models::{OAuthError, ServerMetadata, TokenResponse};
use crate::error::{CliError, ErrorKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// client_secret_basic: credentials in the Authorization header
    #[default]
    Basic,
    /// client_secret_post: credentials in the form body
    Post,
}

/// RFC 8414 metadata at `/.well-known/oauth-authorization-server`, else OpenID discovery.
pub async fn discover(http: &Http, base: &url::Url) -> anyhow::Result<ServerMetadata> {
    let mut last = None;
    for path in [
        ".well-known/oauth-authorization-server",
        ".well-known/openid-configuration",
    ] {
        let url = join(base, path);
        let resp = http.send(Retry::Safe, |c| c.get(url.clone())).await?;
        if resp.status().is_success() {
            let bytes = resp.bytes().await?;
            return serde_json::from_slice(&bytes).map_err(|e| {
                CliError::other(format!("the server metadata at {url} is not valid: {e}")).into()
            });
        }
        last = Some((url, resp.status()));
    }
    let (url, status) = last.expect("two attempts");
    Err(CliError::other(format!(
        "the server at {base} publishes no OAuth metadata ({url} answered {status})"
    ))
    .with_hint("check the base URL; it must be the authorization server's issuer")
    .into())
}

fn join(base: &url::Url, path: &str) -> url::Url {
    let mut u = base.clone();
    let p = format!("{}/{path}", u.path().trim_end_matches('/'));
    u.set_path(&p);
    u.set_query(None);
    u
}

/// Adds `tenant=T` (seed 003) to a token endpoint URL.
pub fn with_tenant(endpoint: &str, tenant: Option<&str>) -> anyhow::Result<url::Url> {
    let mut url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad token endpoint {endpoint:?}: {e}")))?;
    if let Some(t) = tenant {
        url.query_pairs_mut().append_pair("tenant", t);
    }
    Ok(url)
}

fn form_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The client-credentials grant (RFC 6749 §4.4).
pub async fn client_credentials(
    http: &Http,
    token_url: &url::Url,
    client_id: &str,
    secret: &str,
    auth: ClientAuth,
    scopes: &[String],
) -> anyhow::Result<TokenResponse> {
    let mut form: Vec<(&str, String)> = vec![("grant_type", "client_credentials".into())];
    if !scopes.is_empty() {
        form.push(("scope", scopes.join(" ")));
    }
    if auth == ClientAuth::Post {
        form.push(("client_id", client_id.to_string()));
        form.push(("client_secret", secret.to_string()));
    }
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.iter().map(|(k, v)| (*k, v.as_str())))
        .finish();
    let basic = (auth == ClientAuth::Basic).then(|| {
        base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            form_encode(client_id),
            form_encode(secret)
        ))
    });
    let resp = http
        .send(Retry::Safe, |c| {
            let mut r = c
                .post(token_url.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "application/json")
                .body(body.clone());
            if let Some(b) = &basic {
                r = r.header("authorization", format!("Basic {b}"));
            }
            r
        })
        .await?;
    let status = resp.status();
    let bytes = resp.bytes().await?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            CliError::other(format!("the token endpoint sent an invalid response: {e}")).into()
        });
    }
    Err(token_error(status, &bytes, client_id).into())
}

pub fn token_error(status: reqwest::StatusCode, body: &[u8], client_id: &str) -> CliError {
    let Ok(e) = serde_json::from_slice::<OAuthError>(body) else {
        return CliError::other(format!("the token endpoint answered {status}"));
    };
    let desc = e
        .error_description
        .map(|d| format!(": {d}"))
        .unwrap_or_default();
    let msg = format!(
        "the token endpoint refused client {client_id:?} ({}{desc})",
        e.error
    );
    match e.error.as_str() {
        "invalid_client" => CliError::new(ErrorKind::Auth, msg).with_hint(
            "check the client ID and secret; a secret works only between its start and its expiry",
        ),
        "unauthorized_client" | "access_denied" => CliError::new(ErrorKind::Auth, msg),
        "invalid_scope" | "invalid_request" | "unsupported_grant_type" => {
            CliError::new(ErrorKind::Usage, msg)
        }
        _ => CliError::other(msg),
    }
}

/// A cached admin token, keyed by server, tenant, client ID and a hash of the secret.
#[derive(Serialize, Deserialize)]
struct CachedToken {
    access_token: String,
    expires_at: i64,
    token_endpoint: String,
}

/// Renew tokens this long before they expire.
const EXPIRY_MARGIN_SECS: i64 = 60;

pub struct AdminSession {
    pub base_url: url::Url,
    pub tenant: String,
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
        crate::config::cache_dir().map(|d| d.join("tokens").join(format!("{}.json", &name[..32])))
    }

    fn read_cache(&self) -> Option<CachedToken> {
        let bytes = std::fs::read(self.cache_file()?).ok()?;
        serde_json::from_slice(&bytes).ok()
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
            Some(c) => c.token_endpoint,
            None => discover(http, &self.base_url).await?.token_endpoint,
        };
        let url = with_tenant(&endpoint, Some(&self.tenant))?;
        let resp = client_credentials(
            http,
            &url,
            &self.client_id,
            &self.secret,
            ClientAuth::Basic,
            &[],
        )
        .await
        .map_err(|e| match e.downcast::<CliError>() {
            Ok(c) if c.kind == ErrorKind::Auth => c
                .with_hint(
                    "the admin credentials come from OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET (or pass a ready token in OAUTHCTL_TOKEN); for the dev server, use the export lines it printed",
                )
                .into(),
            Ok(c) => c.into(),
            Err(e) => e,
        })?;
        let entry = CachedToken {
            access_token: resp.access_token.clone(),
            expires_at: now + resp.expires_in.unwrap_or(300) as i64,
            token_endpoint: endpoint,
        };
        if let Some(path) = self.cache_file() {
            if let Ok(bytes) = serde_json::to_vec(&entry) {
                if let Err(e) = crate::config::write_private(&path, &bytes) {
                    http.trace(|| format!("cannot cache the admin token: {e}"));
                }
            }
        }
        Ok((resp.access_token, false))
    }
}
