//! The typed client of oauthctl's own admin API, which the `oauthctl` backend wraps; commands never
//! build one. Authentication is resolved on the first request that needs it.

use std::sync::RwLock;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::wire::*;
use crate::auth::{Credentials, Session};
use crate::config::Settings;
use crate::error::CliError;
use crate::transport::http::{api_error, Http, Retry};
use crate::transport::sent::{Planned, Sent};

pub struct AdminClient {
    http: Http,
    /// `{base}/api/adminapi2/v1/tenants/{tenant}`
    root: url::Url,
    pub base_url: url::Url,
    pub tenant: String,
    /// The bearer token, fetched on the first request that needs one.
    token: RwLock<Option<String>>,
    /// How the token is had: ready, or from a renewable session.
    auth: Auth,
    /// `--dry-run`: requests that change something are described, not sent.
    dry_run: bool,
}

pub use crate::transport::http::RawResponse;

/// How the admin client gets its bearer token. Nothing is sent until a request needs it.
enum Auth {
    /// A ready token (OAUTHCTL_TOKEN).
    Token,
    /// Client credentials or a login, renewable.
    Session(Box<Session>),
    /// No credentials: the first request fails with a hint.
    Missing,
}

impl AdminClient {
    /// Prepares a client as the settings say. No request is made here: a ready token is used as
    /// it is, and admin client credentials (or a login) are exchanged on the first request.
    pub fn new(settings: &Settings, http: Http) -> AdminClient {
        let (token, auth) = match (&settings.credentials, Session::from_settings(settings)) {
            (Credentials::Token(t), _) => (Some(t.clone()), Auth::Token),
            (_, Some(session)) => (None, Auth::Session(Box::new(session))),
            _ => (None, Auth::Missing),
        };
        let mut root = settings.base_url.clone();
        let base_path = format!(
            "{}{}/tenants/",
            root.path().trim_end_matches('/'),
            super::wire::BASE_PATH
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
            auth,
            dry_run: settings.dry_run,
        }
    }

    /// The bearer token: the one at hand, or a new one from the session (`fresh` skips caches).
    async fn bearer(&self, fresh: bool) -> anyhow::Result<String> {
        if !fresh {
            if let Some(t) = self.token.read().ok().and_then(|t| t.clone()) {
                return Ok(t);
            }
        }
        match &self.auth {
            Auth::Token => Ok(self
                .token
                .read()
                .ok()
                .and_then(|t| t.clone())
                .unwrap_or_default()),
            Auth::Session(session) => {
                let (token, _) = session.token(&self.http, fresh).await?;
                if let Ok(mut t) = self.token.write() {
                    *t = Some(token.clone());
                }
                Ok(token)
            }
            Auth::Missing => Err(CliError::auth(format!(
                "no admin credentials for {}",
                self.base_url
            ))
            .with_hint(crate::error::HINT_ADMIN_CREDENTIALS)
            .into()),
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
            super::wire::BASE_PATH
        );
        let full = if path.starts_with(super::wire::BASE_PATH) {
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

    /// Sends one request, or under `--dry-run` only describes a change; on 401 with a renewable
    /// session it fetches a new token and tries once more.
    async fn send_raw(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Vec<u8>>,
        idempotency_key: Option<&str>,
    ) -> anyhow::Result<Sent<RawResponse>> {
        if crate::transport::sent::is_planned(self.dry_run, &method) {
            return Ok(Planned::of_bytes(&method, &url, body.as_deref()));
        }
        let retry = Retry::for_method(&method, idempotency_key.is_some());
        for renewed in [false, true] {
            let token = self.bearer(renewed).await?;
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
            if resp.status() == StatusCode::UNAUTHORIZED
                && !renewed
                && matches!(self.auth, Auth::Session(_))
            {
                self.http
                    .trace(|| "the admin token was refused; fetching a new one".into());
                continue;
            }
            return Ok(Sent::Done(self.http.raw(resp).await?));
        }
        unreachable!("the loop returns")
    }

    /// A change: sent and decoded, or only planned under `--dry-run`.
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&(impl Serialize + ?Sized)>,
        idempotency_key: Option<&str>,
        what: &str,
    ) -> anyhow::Result<Sent<T>> {
        let bytes = body.map(serde_json::to_vec).transpose()?;
        self.send_raw(method, url, bytes, idempotency_key)
            .await?
            .try_map(|resp| decode(resp, what))
    }

    /// A read (GET), which `--dry-run` sends too.
    async fn read<T: DeserializeOwned>(&self, url: url::Url, what: &str) -> anyhow::Result<T> {
        self.call(Method::GET, url, None::<&()>, None, what)
            .await?
            .after_sent()
    }

    async fn call_empty(
        &self,
        method: Method,
        url: url::Url,
        what: &str,
    ) -> anyhow::Result<Sent<()>> {
        self.send_raw(method, url, None, None)
            .await?
            .try_map(|resp| {
                if !resp.status.is_success() {
                    return Err(api_error(resp.status, &resp.body, what).into());
                }
                Ok(())
            })
    }

    /// A raw call below the admin API base path (`oauthctl api`).
    pub async fn raw(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Vec<u8>>,
        idempotency_key: Option<&str>,
    ) -> anyhow::Result<Sent<RawResponse>> {
        self.send_raw(method, url, body, idempotency_key).await
    }

    // ---------- spaces and scopes ----------

    pub async fn list_spaces(&self) -> anyhow::Result<Vec<Space>> {
        self.read(self.url(&["spaces"], false), "cannot list spaces")
            .await
    }

    pub async fn create_space(
        &self,
        req: &CreateSpaceRequest,
        key: &str,
    ) -> anyhow::Result<Sent<Space>> {
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
        self.read(self.url(&["scopes"], false), "cannot list scopes")
            .await
    }

    // ---------- clients ----------

    pub async fn create_client(
        &self,
        req: &CreateClientRequest,
        key: &str,
    ) -> anyhow::Result<Sent<Client>> {
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
        self.read(url, "cannot list clients").await
    }

    pub async fn get_client(&self, id: &str) -> anyhow::Result<Client> {
        self.read(
            self.url(&["clients", id], false),
            &format!("cannot read client {id:?}"),
        )
        .await
    }

    pub async fn update_client(
        &self,
        id: &str,
        req: &UpdateClientRequest,
    ) -> anyhow::Result<Sent<Client>> {
        self.call(
            Method::PATCH,
            self.url(&["clients", id], false),
            Some(req),
            None,
            &format!("cannot update client {id:?}"),
        )
        .await
    }

    pub async fn delete_client(&self, id: &str) -> anyhow::Result<Sent<()>> {
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
    ) -> anyhow::Result<Sent<Secret>> {
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
        self.read(
            self.url(&["clients", client_id, "secrets"], true),
            &format!("cannot list the secrets of client {client_id:?}"),
        )
        .await
    }

    pub async fn revoke_secret(
        &self,
        client_id: &str,
        secret_id: &str,
    ) -> anyhow::Result<Sent<()>> {
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
    ) -> anyhow::Result<Sent<Secret>> {
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
        self.read(
            self.url(&["client-info", client_id], false),
            &format!("cannot read client {client_id:?}"),
        )
        .await
    }

    pub async fn list_authorizations(&self) -> anyhow::Result<Vec<Authorization>> {
        self.read(
            self.url(&["authorizations"], false),
            "cannot list authorizations",
        )
        .await
    }

    pub async fn get_authorization(&self, client_id: &str) -> anyhow::Result<Authorization> {
        self.read(
            self.url(&["authorizations", client_id], false),
            &format!("cannot read the authorization of client {client_id:?}"),
        )
        .await
    }

    pub async fn put_authorization(
        &self,
        client_id: &str,
        req: &AuthorizeRequest,
    ) -> anyhow::Result<Sent<Authorization>> {
        self.call(
            Method::PUT,
            self.url(&["authorizations", client_id], false),
            Some(req),
            None,
            &format!("cannot authorize client {client_id:?}"),
        )
        .await
    }

    pub async fn delete_authorization(&self, client_id: &str) -> anyhow::Result<Sent<()>> {
        self.call_empty(
            Method::DELETE,
            self.url(&["authorizations", client_id], false),
            &format!("cannot revoke the authorization of client {client_id:?}"),
        )
        .await
    }
}

/// The answer to a call: its JSON, or the server's error.
fn decode<T: DeserializeOwned>(resp: RawResponse, what: &str) -> anyhow::Result<T> {
    if !resp.status.is_success() {
        return Err(api_error(resp.status, &resp.body, what).into());
    }
    let body = if resp.body.is_empty() {
        b"null".as_slice()
    } else {
        &resp.body
    };
    crate::transport::decode_json(body)
        .map_err(|e| crate::error::BackendError::unreadable("the server", what, e).into())
}

/// A fresh Idempotency-Key for one create (sent on every retry of that create).
pub fn new_idempotency_key() -> String {
    crate::crypto::uuid_v4()
}
