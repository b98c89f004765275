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
            let meta: ServerMetadata = serde_json::from_slice(&bytes).map_err(|e| {
                CliError::other(format!("the server metadata at {url} is not valid: {e}"))
            })?;
            // Credentials go to these endpoints: the same rule as for the base URL.
            for (what, endpoint) in [
                ("token_endpoint", Some(&meta.token_endpoint)),
                (
                    "authorization_endpoint",
                    meta.authorization_endpoint.as_ref(),
                ),
                (
                    "introspection_endpoint",
                    meta.introspection_endpoint.as_ref(),
                ),
                ("revocation_endpoint", meta.revocation_endpoint.as_ref()),
                ("registration_endpoint", meta.registration_endpoint.as_ref()),
            ] {
                if let Some(e) = endpoint {
                    crate::config::parse_base_url(e).map_err(|err| {
                        CliError::other(format!(
                            "the server metadata names an unsafe {what}: {}",
                            err.root_cause()
                        ))
                        .with_hint(
                            "credentials are sent only over https (or plain http to loopback)",
                        )
                    })?;
                }
            }
            return Ok(meta);
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

/// How a client authenticates at the token endpoint. `secret: None` is a public client
/// (token_endpoint_auth_method "none": client_id in the body).
pub struct ClientCreds<'a> {
    pub client_id: &'a str,
    pub secret: Option<&'a str>,
    pub auth: ClientAuth,
}

/// POSTs a form to an OAuth endpoint, authenticating as the client: client_secret_basic,
/// client_secret_post, or (no secret) `client_id` in the body as a public client. Returns the
/// status and body.
async fn send_form(
    http: &Http,
    url: &url::Url,
    creds: &ClientCreds<'_>,
    params: &[(&str, &str)],
) -> anyhow::Result<(reqwest::StatusCode, Vec<u8>)> {
    let mut form: Vec<(&str, &str)> = params.to_vec();
    let basic = match (creds.secret, creds.auth) {
        (Some(secret), ClientAuth::Basic) => {
            Some(base64::engine::general_purpose::STANDARD.encode(format!(
                "{}:{}",
                form_encode(creds.client_id),
                form_encode(secret)
            )))
        }
        (Some(secret), ClientAuth::Post) => {
            form.push(("client_id", creds.client_id));
            form.push(("client_secret", secret));
            None
        }
        (None, _) => {
            form.push(("client_id", creds.client_id));
            None
        }
    };
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.iter())
        .finish();
    let resp = http
        .send(Retry::Safe, |c| {
            let mut r = c
                .post(url.clone())
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
    Ok((status, resp.bytes().await?.to_vec()))
}

/// One token request (RFC 6749 §3.2) with the given grant parameters.
pub async fn token_request(
    http: &Http,
    token_url: &url::Url,
    creds: &ClientCreds<'_>,
    params: &[(&str, &str)],
) -> anyhow::Result<TokenResponse> {
    let (status, bytes) = send_form(http, token_url, creds, params).await?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|e| {
            CliError::other(format!("the token endpoint sent an invalid response: {e}")).into()
        });
    }
    Err(token_error(status, &bytes, creds.client_id).into())
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
    let scope = scopes.join(" ");
    let mut params = vec![("grant_type", "client_credentials")];
    if !scopes.is_empty() {
        params.push(("scope", &scope));
    }
    let creds = ClientCreds {
        client_id,
        secret: Some(secret),
        auth,
    };
    token_request(http, token_url, &creds, &params).await
}

/// The refresh-token grant (RFC 6749 §6).
pub async fn refresh(
    http: &Http,
    token_url: &url::Url,
    creds: &ClientCreds<'_>,
    refresh_token: &str,
    scopes: &[String],
) -> anyhow::Result<TokenResponse> {
    let scope = scopes.join(" ");
    let mut params = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token),
    ];
    if !scopes.is_empty() {
        params.push(("scope", &scope));
    }
    token_request(http, token_url, creds, &params).await
}

/// Authorization Code with PKCE (S256) and a loopback redirect (RFC 8252): listens on 127.0.0.1
/// (an ephemeral port unless `redirect_uri` names one), hands the authorization URL to
/// `show_url` (which prints it and may open a browser), waits for the redirect, checks `state`,
/// and exchanges the code.
#[allow(clippy::too_many_arguments)]
pub async fn authorization_code(
    http: &Http,
    meta: &ServerMetadata,
    creds: &ClientCreds<'_>,
    scopes: &[String],
    tenant: Option<&str>,
    redirect_uri: Option<&str>,
    wait: std::time::Duration,
    show_url: impl FnOnce(&str),
) -> anyhow::Result<TokenResponse> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let auth_endpoint = meta
        .authorization_endpoint
        .as_deref()
        .ok_or_else(|| CliError::other("the server metadata has no authorization_endpoint"))?;
    let (bind_port, path) = match redirect_uri {
        Some(r) => {
            let u = url::Url::parse(r)
                .map_err(|e| CliError::usage(format!("--redirect-uri {r:?}: {e}")))?;
            if !(u.scheme() == "http" && crate::api::validate::is_loopback_host(&u)) {
                return Err(CliError::usage(format!(
                    "--redirect-uri {r:?}: oauthctl can only receive the code on a loopback http URI (http://127.0.0.1:PORT/…)"
                ))
                .into());
            }
            (u.port().unwrap_or(80), u.path().to_string())
        }
        None => (0, "/callback".to_string()),
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", bind_port))
        .await
        .map_err(|e| {
            CliError::other(format!(
                "cannot listen on 127.0.0.1:{bind_port} for the redirect: {e}"
            ))
        })?;
    let port = listener.local_addr()?.port();
    let redirect = match redirect_uri {
        Some(r) => r.to_string(),
        None => format!("http://127.0.0.1:{port}/callback"),
    };
    let verifier = B64.encode(crate::crypto::random_bytes::<32>());
    let challenge = B64.encode(crate::crypto::sha256(verifier.as_bytes()));
    let state = B64.encode(crate::crypto::random_bytes::<16>());
    let mut url = url::Url::parse(auth_endpoint)
        .map_err(|e| CliError::other(format!("bad authorization endpoint: {e}")))?;
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", creds.client_id)
            .append_pair("redirect_uri", &redirect)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        if !scopes.is_empty() {
            q.append_pair("scope", &scopes.join(" "));
        }
        // OpenID Connect grants offline_access only with prompt=consent (Core §11).
        if scopes.iter().any(|s| s == "offline_access") {
            q.append_pair("prompt", "consent");
        }
        if let Some(t) = tenant {
            q.append_pair("tenant", t);
        }
    }
    show_url(url.as_str());

    // Wait for the browser to come back to the loopback listener.
    let params = tokio::time::timeout(wait, async {
        loop {
            let (mut sock, _) = listener.accept().await?;
            let mut buf = vec![0u8; 16 * 1024];
            let mut n = 0;
            // A connection that sends nothing (a browser's preconnect) must not hold up the
            // real redirect: give each one a few seconds.
            let read = tokio::time::timeout(std::time::Duration::from_secs(3), async {
                while n < buf.len() {
                    let k = sock.read(&mut buf[n..]).await?;
                    n += k;
                    if k == 0 || buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                Ok::<_, std::io::Error>(())
            })
            .await;
            if !matches!(read, Ok(Ok(()))) {
                continue;
            }
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let Ok(u) = url::Url::parse(&format!("http://127.0.0.1{target}")) else {
                continue;
            };
            if u.path() != path {
                let _ = sock.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").await;
                continue;
            }
            let params: std::collections::HashMap<String, String> =
                u.query_pairs().into_owned().collect();
            let ok = params.contains_key("code");
            let msg = if ok {
                "Signed in. You can close this window and return to the terminal."
            } else {
                "Sign-in failed. See the terminal."
            };
            let body = format!("<!doctype html><meta charset=utf-8><title>oauthctl</title><p>{msg}</p>");
            let _ = sock
                .write_all(
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await;
            return Ok::<_, std::io::Error>(params);
        }
    })
    .await
    .map_err(|_| {
        CliError::new(ErrorKind::Auth, format!("no sign-in within {} s", wait.as_secs()))
            .with_hint("open the URL printed above in a browser, sign in, and allow")
    })??;
    if params.get("state") != Some(&state) {
        return Err(CliError::new(
            ErrorKind::Auth,
            "the redirect carried the wrong state; the sign-in was not the one oauthctl started",
        )
        .into());
    }
    if let Some(err) = params.get("error") {
        return Err(CliError::new(
            ErrorKind::Auth,
            format!(
                "the authorization server refused: {err}{}",
                params
                    .get("error_description")
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default()
            ),
        )
        .into());
    }
    let code = params
        .get("code")
        .ok_or_else(|| CliError::new(ErrorKind::Auth, "the redirect carried no code"))?;
    let token_url = with_tenant(&meta.token_endpoint, tenant)?;
    token_request(
        http,
        &token_url,
        creds,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &redirect),
            ("code_verifier", &verifier),
        ],
    )
    .await
}

/// RFC 7009 revocation; `token_type_hint` is left out (servers must try both kinds).
pub async fn revoke(
    http: &Http,
    endpoint: &str,
    creds: &ClientCreds<'_>,
    token: &str,
) -> anyhow::Result<()> {
    let url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad revocation endpoint: {e}")))?;
    let (status, bytes) = send_form(http, &url, creds, &[("token", token)]).await?;
    if !status.is_success() {
        return Err(token_error(status, &bytes, creds.client_id).into());
    }
    Ok(())
}

pub fn token_error(status: reqwest::StatusCode, body: &[u8], client_id: &str) -> CliError {
    let Ok(e) = serde_json::from_slice::<OAuthError>(body) else {
        // Off-spec servers (glewlwyd) refuse a bad secret or scope with a bare 401/403.
        if matches!(status.as_u16(), 401 | 403) {
            return CliError::new(
                ErrorKind::Auth,
                format!("the token endpoint refused client {client_id:?} ({status}, with no OAuth error in the answer)"),
            )
            .with_hint("check the client ID, its secret and the scopes it may ask for");
        }
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
        "unauthorized_client" | "access_denied" | "invalid_grant" => {
            CliError::new(ErrorKind::Auth, msg)
        }
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

// ---------- `oauthctl login`: a session kept between commands ----------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LoginKind {
    /// Admin client credentials; the secret is in the keyring.
    ClientCredentials,
    /// A person signed in (Authorization Code + PKCE); the refresh token is in the keyring.
    AuthorizationCode,
}

/// What `oauthctl login` leaves for later commands, in a 0600 file in the cache directory: the
/// current access token and how to renew it. The secret or refresh token itself is only in the
/// OS keyring.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Login {
    pub kind: LoginKind,
    pub client_id: String,
    pub auth: ClientAuth,
    pub token_endpoint: String,
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    /// Whether the secret or refresh token was stored in the keyring (not with --no-store).
    pub stored: bool,
    pub access_token: String,
    pub expires_at: i64,
    #[serde(default)]
    pub scope: Option<String>,
    /// Who signed in, when the server's introspection says (authorization code).
    #[serde(default)]
    pub user: Option<String>,
}

impl Login {
    pub fn file(base: &url::Url, tenant: &str) -> Option<PathBuf> {
        let key = format!("{}\0{tenant}", base.as_str().trim_end_matches('/'));
        let name = crate::crypto::hex(&crate::crypto::sha256(key.as_bytes()));
        crate::config::cache_dir().map(|d| d.join("logins").join(format!("{}.json", &name[..32])))
    }

    pub fn load(base: &url::Url, tenant: &str) -> Option<Login> {
        let bytes = std::fs::read(Self::file(base, tenant)?).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn save(&self, base: &url::Url, tenant: &str) -> anyhow::Result<()> {
        let path = Self::file(base, tenant)
            .ok_or_else(|| CliError::other("no cache directory to keep the login in"))?;
        crate::config::write_private(&path, &serde_json::to_vec_pretty(self)?)?;
        Ok(())
    }

    pub fn remove(base: &url::Url, tenant: &str) -> bool {
        Self::file(base, tenant).is_some_and(|p| std::fs::remove_file(p).is_ok())
    }

    /// The keyring account of this login's secret or refresh token.
    pub fn keyring_account(&self, base: &url::Url, tenant: &str) -> String {
        let what = match self.kind {
            LoginKind::ClientCredentials => "login-secret",
            LoginKind::AuthorizationCode => "login-refresh-token",
        };
        format!(
            "{what}:{}",
            crate::secret_store::account(base, tenant, &self.client_id)
        )
    }

    pub fn identity(&self) -> String {
        match self.kind {
            LoginKind::ClientCredentials => format!("client {}", self.client_id),
            LoginKind::AuthorizationCode => match &self.user {
                Some(u) => format!("user {u} (through client {})", self.client_id),
                None => format!("a person signed in through client {}", self.client_id),
            },
        }
    }
}

/// Renews a login's access token from what the keyring holds.
pub struct LoginSession {
    pub base_url: url::Url,
    pub tenant: String,
    pub login: std::sync::Mutex<Login>,
}

impl LoginSession {
    pub async fn token(&self, http: &Http, fresh: bool) -> anyhow::Result<(String, bool)> {
        let login = self
            .login
            .lock()
            .map(|l| l.clone())
            .map_err(|_| anyhow::anyhow!("poisoned"))?;
        let now = chrono::Utc::now().timestamp();
        if !fresh && login.expires_at - EXPIRY_MARGIN_SECS > now {
            http.trace(|| "using the cached login token".into());
            return Ok((login.access_token, true));
        }
        let expired = || {
            CliError::new(ErrorKind::Auth, "the login has expired")
                .with_hint("run `oauthctl login` again")
        };
        if !login.stored {
            return Err(expired().into());
        }
        let stored =
            crate::secret_store::get(login.keyring_account(&self.base_url, &self.tenant)).await?;
        let stored = stored.ok_or_else(expired)?;
        let url = with_tenant(&login.token_endpoint, Some(&self.tenant))?;
        let resp = match login.kind {
            LoginKind::ClientCredentials => {
                client_credentials(http, &url, &login.client_id, &stored, login.auth, &[]).await?
            }
            LoginKind::AuthorizationCode => {
                let creds = ClientCreds {
                    client_id: &login.client_id,
                    secret: None,
                    auth: login.auth,
                };
                refresh(http, &url, &creds, &stored, &[])
                    .await
                    .map_err(|e| {
                        e.context("the login could not be renewed; run `oauthctl login` again")
                    })?
            }
        };
        let mut updated = login.clone();
        updated.access_token = resp.access_token.clone();
        updated.expires_at = now + resp.expires_in.unwrap_or(300) as i64;
        if resp.scope.is_some() {
            updated.scope = resp.scope.clone();
        }
        updated.save(&self.base_url, &self.tenant)?;
        if let Ok(mut l) = self.login.lock() {
            *l = updated;
        }
        Ok((resp.access_token, false))
    }
}

/// How an admin client renews its token.
pub enum Session {
    /// OAUTHCTL_CLIENT_ID + OAUTHCTL_CLIENT_SECRET from the environment.
    Env(AdminSession),
    /// What `oauthctl login` stored.
    Login(LoginSession),
}

impl Session {
    pub async fn token(&self, http: &Http, fresh: bool) -> anyhow::Result<(String, bool)> {
        match self {
            Session::Env(s) => s.token(http, fresh).await,
            Session::Login(s) => s.token(http, fresh).await,
        }
    }
}

/// RFC 7662 introspection, authenticated as the client.
pub async fn introspect(
    http: &Http,
    endpoint: &str,
    creds: &ClientCreds<'_>,
    token: &str,
) -> anyhow::Result<serde_json::Value> {
    let url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad introspection endpoint: {e}")))?;
    let (status, bytes) = send_form(http, &url, creds, &[("token", token)]).await?;
    if !status.is_success() {
        return Err(token_error(status, &bytes, creds.client_id).into());
    }
    Ok(serde_json::from_slice(&bytes)?)
}
