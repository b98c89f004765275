//! The typed admin API client. Commands receive one ready and authenticated; they never build one.

use std::sync::RwLock;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::http::{api_error, Http, Retry};
use super::models::*;
use crate::config::{Credentials, Settings};
use crate::error::CliError;
use crate::oauth::{AdminSession, LoginSession, Session};

pub struct AdminClient {
    http: Http,
    /// `{base}/api/adminapi2/v1/tenants/{tenant}`
    root: url::Url,
    pub base_url: url::Url,
    pub tenant: String,
    token: RwLock<String>,
    /// Set when the token came from client credentials and can be renewed.
    session: Option<Session>,
    /// `--dry-run`: requests that change something are described, not sent.
    dry_run: bool,
}

/// The request a `--dry-run` would have sent. Returned as an error so the command stops there;
/// `commands::run` prints it and exits 0.
#[derive(Debug, serde::Serialize, thiserror::Error)]
#[error("dry run: {method} {url}")]
pub struct DryRun {
    pub method: String,
    pub url: String,
    pub body: Option<serde_json::Value>,
}

/// Values of keys that look like credentials are replaced, at any depth.
pub fn redact(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                let k = k.to_ascii_lowercase().replace('_', "");
                if [
                    "secret",
                    "clientsecret",
                    "password",
                    "token",
                    "accesstoken",
                    "refreshtoken",
                    "value",
                ]
                .contains(&k.as_str())
                    && !val.is_null()
                {
                    *val = serde_json::Value::String("<redacted>".into());
                } else {
                    redact(val);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// An answer of the admin API read as raw bytes (for `oauthctl api`).
pub struct RawResponse {
    pub status: StatusCode,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl AdminClient {
    /// Authenticates as the settings say: a ready token, or admin client credentials exchanged at
    /// the token endpoint (cached between commands).
    pub async fn connect(settings: &Settings, http: Http) -> anyhow::Result<AdminClient> {
        let (token, session) = match &settings.credentials {
            Credentials::Token(t) => (t.clone(), None),
            Credentials::ClientSecret { client_id, secret } => {
                let session = AdminSession {
                    base_url: settings.base_url.clone(),
                    tenant: settings.tenant.clone(),
                    client_id: client_id.clone(),
                    secret: secret.clone(),
                };
                let (token, _) = session.token(&http, false).await?;
                (token, Some(Session::Env(session)))
            }
            Credentials::Login(login) => {
                let session = Session::Login(LoginSession {
                    base_url: settings.base_url.clone(),
                    tenant: settings.tenant.clone(),
                    login: std::sync::Mutex::new((**login).clone()),
                });
                let (token, _) = session.token(&http, false).await?;
                (token, Some(session))
            }
            Credentials::None => {
                return Err(CliError::auth(format!(
                    "no admin credentials for {}",
                    settings.base_url
                ))
                .with_hint(
                    "run `oauthctl login`, or set OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET (admin client credentials) or OAUTHCTL_TOKEN; for a local dev server, run `oauthctl dev-server` and use the export lines it prints",
                )
                .into())
            }
        };
        Ok(Self::with_token(settings, http, token, session))
    }

    fn with_token(
        settings: &Settings,
        http: Http,
        token: String,
        session: Option<Session>,
    ) -> AdminClient {
        let mut root = settings.base_url.clone();
        let base_path = format!(
            "{}{}/tenants/",
            root.path().trim_end_matches('/'),
            super::BASE_PATH
        );
        root.set_path(&base_path);
        root.path_segments_mut()
            .expect("http URL")
            .pop_if_empty()
            .push(&settings.tenant);
        AdminClient {
            http,
            root,
            base_url: settings.base_url.clone(),
            tenant: settings.tenant.clone(),
            token: RwLock::new(token),
            session,
            dry_run: settings.dry_run,
        }
    }

    /// A URL below the admin API's base path, for `oauthctl api` (`{tenant}` is replaced).
    pub fn api_url(&self, path: &str) -> anyhow::Result<url::Url> {
        let path = path.replace("{tenant}", &self.tenant);
        let path = if path.starts_with('/') {
            path
        } else {
            format!("/{path}")
        };
        let prefix = format!(
            "{}{}",
            self.base_url.path().trim_end_matches('/'),
            super::BASE_PATH
        );
        let full = if path.starts_with(super::BASE_PATH) {
            path.clone()
        } else {
            format!("{prefix}{path}")
        };
        self.base_url
            .join(&full)
            .map_err(|e| CliError::usage(format!("{path:?} is not a valid API path: {e}")).into())
    }

    pub fn http(&self) -> &Http {
        &self.http
    }

    /// A URL below the tenant: each segment percent-encoded; `slash` adds ABBYY Vantage's trailing `/`.
    pub fn url(&self, segments: &[&str], slash: bool) -> url::Url {
        let mut u = self.root.clone();
        {
            let mut s = u.path_segments_mut().expect("http URL");
            s.extend(segments);
            if slash {
                s.push("");
            }
        }
        u
    }

    fn bearer(&self) -> String {
        self.token.read().map(|t| t.clone()).unwrap_or_default()
    }

    /// Sends one request; on 401 with a renewable session it fetches a new token and tries once more.
    async fn send_raw(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Vec<u8>>,
        idempotency_key: Option<&str>,
    ) -> anyhow::Result<RawResponse> {
        if self.dry_run && method != Method::GET {
            let body = body.as_deref().map(|b| {
                let mut v = serde_json::from_slice(b).unwrap_or_else(|_| {
                    serde_json::Value::String(String::from_utf8_lossy(b).into())
                });
                redact(&mut v);
                v
            });
            return Err(DryRun {
                method: method.to_string(),
                url: url.to_string(),
                body,
            }
            .into());
        }
        let retry = Retry::for_method(&method, idempotency_key.is_some());
        for renewed in [false, true] {
            let token = self.bearer();
            let resp = self
                .http
                .send(retry, |c| {
                    let mut r = c
                        .request(method.clone(), url.clone())
                        .bearer_auth(&token)
                        .header("accept", "application/json");
                    if let Some(k) = idempotency_key {
                        r = r.header("idempotency-key", k);
                    }
                    if let Some(b) = &body {
                        r = r.header("content-type", "application/json").body(b.clone());
                    }
                    r
                })
                .await?;
            if resp.status() == StatusCode::UNAUTHORIZED && !renewed {
                if let Some(session) = &self.session {
                    self.http
                        .trace(|| "the admin token was refused; fetching a new one".into());
                    let (fresh, _) = session.token(&self.http, true).await?;
                    if let Ok(mut t) = self.token.write() {
                        *t = fresh;
                    }
                    continue;
                }
            }
            let status = resp.status();
            let content_type = resp
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            let body = resp.bytes().await?.to_vec();
            return Ok(RawResponse {
                status,
                content_type,
                body,
            });
        }
        unreachable!("the loop returns")
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&(impl Serialize + ?Sized)>,
        idempotency_key: Option<&str>,
        what: &str,
    ) -> anyhow::Result<T> {
        let bytes = body.map(serde_json::to_vec).transpose()?;
        let resp = self.send_raw(method, url, bytes, idempotency_key).await?;
        if !resp.status.is_success() {
            return Err(api_error(resp.status, &resp.body, what).into());
        }
        let body = if resp.body.is_empty() {
            b"null".as_slice()
        } else {
            &resp.body
        };
        serde_json::from_slice(body).map_err(|e| {
            CliError::other(format!(
                "{what}: the server sent a response oauthctl cannot read: {e}"
            ))
            .into()
        })
    }

    async fn call_empty(&self, method: Method, url: url::Url, what: &str) -> anyhow::Result<()> {
        let resp = self.send_raw(method, url, None, None).await?;
        if !resp.status.is_success() {
            return Err(api_error(resp.status, &resp.body, what).into());
        }
        Ok(())
    }

    /// A raw call below the admin API base path (`oauthctl api`).
    pub async fn raw(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Vec<u8>>,
        idempotency_key: Option<&str>,
    ) -> anyhow::Result<RawResponse> {
        self.send_raw(method, url, body, idempotency_key).await
    }

    // ---------- spaces and scopes ----------

    pub async fn list_spaces(&self) -> anyhow::Result<Vec<Space>> {
        self.call(
            Method::GET,
            self.url(&["spaces"], false),
            None::<&()>,
            None,
            "cannot list spaces",
        )
        .await
    }

    pub async fn create_space(&self, req: &CreateSpaceRequest, key: &str) -> anyhow::Result<Space> {
        self.call(
            Method::POST,
            self.url(&["spaces"], false),
            Some(req),
            Some(key),
            &format!("cannot create space {:?}", req.id),
        )
        .await
    }

    pub async fn list_scopes(&self) -> anyhow::Result<Vec<Scope>> {
        self.call(
            Method::GET,
            self.url(&["scopes"], false),
            None::<&()>,
            None,
            "cannot list scopes",
        )
        .await
    }

    // ---------- clients ----------

    pub async fn create_client(
        &self,
        req: &CreateClientRequest,
        key: &str,
    ) -> anyhow::Result<Client> {
        self.call(
            Method::POST,
            self.url(&["clients"], true),
            Some(req),
            Some(key),
            &format!("cannot create client {:?}", req.client_name),
        )
        .await
    }

    pub async fn list_clients_page(
        &self,
        space: Option<&str>,
        limit: usize,
        page_token: Option<&str>,
    ) -> anyhow::Result<Page<Client>> {
        let mut url = self.url(&["clients"], false);
        {
            let mut q = url.query_pairs_mut();
            if let Some(s) = space {
                q.append_pair("spaceId", s);
            }
            q.append_pair("limit", &limit.to_string());
            if let Some(t) = page_token {
                q.append_pair("pageToken", t);
            }
        }
        self.call(Method::GET, url, None::<&()>, None, "cannot list clients")
            .await
    }

    pub async fn get_client(&self, id: &str) -> anyhow::Result<Client> {
        self.call(
            Method::GET,
            self.url(&["clients", id], false),
            None::<&()>,
            None,
            &format!("cannot read client {id:?}"),
        )
        .await
    }

    pub async fn update_client(
        &self,
        id: &str,
        req: &UpdateClientRequest,
    ) -> anyhow::Result<Client> {
        self.call(
            Method::PATCH,
            self.url(&["clients", id], false),
            Some(req),
            None,
            &format!("cannot update client {id:?}"),
        )
        .await
    }

    pub async fn delete_client(&self, id: &str) -> anyhow::Result<()> {
        self.call_empty(
            Method::DELETE,
            self.url(&["clients", id], false),
            &format!("cannot delete client {id:?}"),
        )
        .await
    }

    // ---------- secrets ----------

    pub async fn create_secret(
        &self,
        client_id: &str,
        req: &CreateSecretRequest,
        key: &str,
    ) -> anyhow::Result<Secret> {
        self.call(
            Method::POST,
            self.url(&["clients", client_id, "secrets"], true),
            Some(req),
            Some(key),
            &format!("cannot create a secret for client {client_id:?}"),
        )
        .await
    }

    pub async fn list_secrets(&self, client_id: &str) -> anyhow::Result<Vec<Secret>> {
        self.call(
            Method::GET,
            self.url(&["clients", client_id, "secrets"], true),
            None::<&()>,
            None,
            &format!("cannot list the secrets of client {client_id:?}"),
        )
        .await
    }

    pub async fn revoke_secret(&self, client_id: &str, secret_id: &str) -> anyhow::Result<()> {
        self.call_empty(
            Method::DELETE,
            self.url(&["clients", client_id, "secrets", secret_id], false),
            &format!("cannot revoke secret {secret_id:?} of client {client_id:?}"),
        )
        .await
    }

    pub async fn shorten_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        expiration: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<Secret> {
        self.call(
            Method::PATCH,
            self.url(&["clients", client_id, "secrets", secret_id], false),
            Some(&UpdateSecretRequest { expiration }),
            None,
            &format!("cannot shorten secret {secret_id:?} of client {client_id:?}"),
        )
        .await
    }

    // ---------- authorizations ----------

    pub async fn client_info(&self, client_id: &str) -> anyhow::Result<ClientInfo> {
        self.call(
            Method::GET,
            self.url(&["client-info", client_id], false),
            None::<&()>,
            None,
            &format!("cannot read client {client_id:?}"),
        )
        .await
    }

    pub async fn list_authorizations(&self) -> anyhow::Result<Vec<Authorization>> {
        self.call(
            Method::GET,
            self.url(&["authorizations"], false),
            None::<&()>,
            None,
            "cannot list authorizations",
        )
        .await
    }

    pub async fn get_authorization(&self, client_id: &str) -> anyhow::Result<Authorization> {
        self.call(
            Method::GET,
            self.url(&["authorizations", client_id], false),
            None::<&()>,
            None,
            &format!("cannot read the authorization of client {client_id:?}"),
        )
        .await
    }

    pub async fn put_authorization(
        &self,
        client_id: &str,
        req: &AuthorizeRequest,
    ) -> anyhow::Result<Authorization> {
        self.call(
            Method::PUT,
            self.url(&["authorizations", client_id], false),
            Some(req),
            None,
            &format!("cannot authorize client {client_id:?}"),
        )
        .await
    }

    pub async fn delete_authorization(&self, client_id: &str) -> anyhow::Result<()> {
        self.call_empty(
            Method::DELETE,
            self.url(&["authorizations", client_id], false),
            &format!("cannot revoke the authorization of client {client_id:?}"),
        )
        .await
    }
}

/// A fresh Idempotency-Key for one create (sent on every retry of that create).
pub fn new_idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}
