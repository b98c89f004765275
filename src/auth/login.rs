//! `oauthctl login`: a session kept between commands, and the renewable sessions an admin
//! client gets its token from.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::cache::{AdminSession, EXPIRY_MARGIN_SECS};
use super::discovery::check_endpoint;
use super::token::{client_credentials, refresh, with_tenant, ClientCreds};
use super::{ClientAuth, Credentials};
use crate::error::{CliError, ErrorKind};
use crate::transport::http::Http;

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

/// That `oauthctl login` left a login for the server and tenant, and for which client: all the
/// settings keep of it. The token and how to renew it stay in the file (and the keyring) until a
/// [`Session`] reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLogin {
    pub client_id: String,
}

impl Login {
    /// What the settings keep of the login for this server and tenant, if there is one.
    pub fn stored(base: &url::Url, tenant: &str) -> Option<StoredLogin> {
        Login::load(base, tenant).map(|l| StoredLogin {
            client_id: l.client_id,
        })
    }

    pub fn file(base: &url::Url, tenant: &str) -> Option<PathBuf> {
        let key = format!("{}\0{tenant}", base.as_str().trim_end_matches('/'));
        let name = crate::crypto::hex(&crate::crypto::sha256(key.as_bytes()));
        crate::paths::cache_dir().map(|d| d.join("logins").join(format!("{}.json", &name[..32])))
    }

    pub fn load(base: &url::Url, tenant: &str) -> Option<Login> {
        let bytes = std::fs::read(Self::file(base, tenant)?).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn save(&self, base: &url::Url, tenant: &str) -> anyhow::Result<()> {
        let path = Self::file(base, tenant)
            .ok_or_else(|| CliError::other("no cache directory to keep the login in"))?;
        crate::paths::write_private(&path, &serde_json::to_vec_pretty(self)?)?;
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
    /// Whether the token endpoint is told the tenant (a `tenant` query parameter).
    pub tenant_param: bool,
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
        // The endpoint kept in the login file obeys the same rules as a discovered one.
        check_endpoint(
            http,
            &self.base_url,
            "token_endpoint of the login",
            &login.token_endpoint,
        )?;
        if !login.stored {
            return Err(expired().into());
        }
        let stored =
            crate::secret_store::get(login.keyring_account(&self.base_url, &self.tenant)).await?;
        let stored = stored.ok_or_else(expired)?;
        let url = with_tenant(
            &login.token_endpoint,
            self.tenant_param.then_some(self.tenant.as_str()),
        )?;
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
    /// The renewable session `credentials` describe for this server and tenant; None for a
    /// ready token, for none, and for a login whose file is gone. A login is read from its file
    /// here, not when the settings are resolved: the settings only know that there is one.
    /// `tenant_param`: whether the token endpoint is told the tenant (a `tenant` query parameter).
    pub fn new(
        base_url: &url::Url,
        tenant: &str,
        credentials: &Credentials,
        tenant_param: bool,
    ) -> Option<Session> {
        match credentials {
            Credentials::ClientSecret { client_id, secret } => Some(Session::Env(AdminSession {
                base_url: base_url.clone(),
                tenant: tenant.to_string(),
                tenant_param,
                client_id: client_id.clone(),
                secret: secret.clone(),
            })),
            Credentials::Login(_) => Login::load(base_url, tenant).map(|login| {
                Session::Login(LoginSession {
                    base_url: base_url.clone(),
                    tenant: tenant.to_string(),
                    tenant_param,
                    login: std::sync::Mutex::new(login),
                })
            }),
            Credentials::Token(_) | Credentials::None => None,
        }
    }

    pub async fn token(&self, http: &Http, fresh: bool) -> anyhow::Result<(String, bool)> {
        match self {
            Session::Env(s) => s.token(http, fresh).await,
            Session::Login(s) => s.token(http, fresh).await,
        }
    }
}
