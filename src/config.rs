//! Settings, resolved once before a command runs: flag > environment variable > profile > default.
//! Profiles live in a TOML file in the platform config directory (mode 0600) and never hold a
//! secret; secrets come from the environment, stdin, a file or the OS keyring. Platform paths are
//! in `paths`, URL rules in `api::url`, credentials in `auth`: this module only merges settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::api::http::HttpOptions;
use crate::api::url::parse_base_url;
use crate::auth::{Credentials, Login, Session};
use crate::error::CliError;
use crate::paths::{config_path, write_private};

pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8787";
pub const DEFAULT_TENANT: &str = "default";
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
pub const CONNECT_TIMEOUT_SECS: u64 = 10;

pub const ENV_CLIENT_SECRET: &str = "OAUTHCTL_CLIENT_SECRET";
pub const ENV_TOKEN: &str = "OAUTHCTL_TOKEN";
pub const ENV_DEV_ADMIN_SECRET: &str = "OAUTHCTL_DEV_ADMIN_SECRET";
pub const ENV_DEV_ADMIN_PASSWORD: &str = "OAUTHCTL_DEV_ADMIN_PASSWORD";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ConfigFile {
    /// The profile used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Which admin API a server speaks (`--api`, `OAUTHCTL_API`, profile `api`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum, Hash,
)]
#[serde(rename_all = "lowercase")]
pub enum ApiKind {
    /// oauthctl's admin API, as `oauthctl dev-server` serves it
    #[default]
    Oauthctl,
    /// Standard dynamic client registration (RFC 7591) and management (RFC 7592)
    Rfc7592,
    /// glewlwyd's admin REST API (/api/client, /api/scope)
    Glewlwyd,
    /// LemonLDAP::NG's Manager REST API (/api/v1/providers/oidc/rp)
    Lemonldap,
    /// Keycloak's admin REST API (/admin/realms/{realm}, the tenant)
    Keycloak,
    /// Ory Hydra's admin API (/admin/clients), on Hydra's admin port
    Hydra,
}

impl ApiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiKind::Oauthctl => "oauthctl",
            ApiKind::Rfc7592 => "rfc7592",
            ApiKind::Glewlwyd => "glewlwyd",
            ApiKind::Lemonldap => "lemonldap",
            ApiKind::Keycloak => "keycloak",
            ApiKind::Hydra => "hydra",
        }
    }
}

impl std::fmt::Display for ApiKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The server-type guard (the README's "Server types"): which kind of system a profile points at,
/// and which kind of system oauthctl runs in (OAUTHCTL_SERVER_TYPE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ServerType {
    Dev,
    Test,
    Prod,
}

impl std::fmt::Display for ServerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ServerType::Dev => "dev",
            ServerType::Test => "test",
            ServerType::Prod => "prod",
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub base_url: String,
    pub tenant: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_type: Option<ServerType>,
    /// The kind of admin API the server speaks; `oauthctl` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<ApiKind>,
    /// Where the OAuth endpoints are found, when not at the base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

impl ConfigFile {
    pub fn load(path: &Path) -> anyhow::Result<ConfigFile> {
        match std::fs::read_to_string(path) {
            Ok(s) => toml::from_str(&s).map_err(|e| {
                CliError::usage(format!(
                    "the config file {} is not valid: {e}",
                    path.display()
                ))
                .with_hint("fix or remove it; `oauthctl profiles add` writes a new one")
                .into()
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
            Err(e) => Err(anyhow::Error::new(e)
                .context(format!("cannot read the config file {}", path.display()))),
        }
    }

    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let text = toml::to_string(self)?;
        write_private(path, text.as_bytes())
            .with_context(|| format!("cannot write the config file {}", path.display()))
    }

    pub fn profile(&self, name: &str) -> anyhow::Result<&Profile> {
        self.profiles.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
            CliError::usage(format!("no profile named {name:?}"))
                .with_hint(if known.is_empty() {
                    "there are no profiles yet; add one with `oauthctl profiles add NAME --base-url URL --tenant T`".to_string()
                } else {
                    format!("profiles are: {}", known.join(", "))
                })
                .into()
        })
    }
}

/// Everything a command needs to reach the server, after merging flags, environment and profile.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Option<String>,
    pub base_url: url::Url,
    pub tenant: String,
    pub client_id: Option<String>,
    pub credentials: Credentials,
    pub timeout: Duration,
    pub retries: u32,
    pub verbose: bool,
    pub dry_run: bool,
    pub ca_cert: Option<PathBuf>,
    /// Credentials may go to OAuth endpoints on another origin than the issuer's
    /// (--allow-foreign-endpoints, OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS).
    pub allow_foreign_endpoints: bool,
    /// The profile's server type, if it has one.
    pub server_type: Option<ServerType>,
    /// The kind of admin API: flag or OAUTHCTL_API, then the profile, then `oauthctl`.
    pub api: ApiKind,
    /// Where the OAuth endpoints (metadata, token endpoint) are found: --issuer,
    /// OAUTHCTL_ISSUER, the profile, else the base URL (`{base}/api/oidc` for glewlwyd).
    pub issuer: url::Url,
}

/// What the flags (and clap's environment fallbacks) said; None where nothing was given.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub base_url: Option<String>,
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    pub timeout: Option<u64>,
    pub retries: Option<u32>,
    pub verbose: bool,
    pub dry_run: bool,
    pub ca_cert: Option<PathBuf>,
    pub allow_foreign_endpoints: bool,
    /// Where oauthctl runs (--server-type, OAUTHCTL_SERVER_TYPE).
    pub environment: Option<ServerType>,
    /// --api, OAUTHCTL_API.
    pub api: Option<ApiKind>,
    /// --issuer, OAUTHCTL_ISSUER.
    pub issuer: Option<String>,
}

/// A secret from the environment, trimmed; None when unset or blank.
pub fn env_secret(name: &str) -> Option<String> {
    secret_value(std::env::var(name).ok())
}

/// A secret as a variable gives it: trimmed (a pasted newline), and empty counts as unset.
pub fn secret_value(raw: Option<String>) -> Option<String> {
    raw.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

impl Settings {
    pub fn resolve(o: &Overrides) -> anyhow::Result<Settings> {
        let path = config_path()?;
        let file = ConfigFile::load(&path)?;
        let profile_name = o.profile.clone().or_else(|| file.current.clone());
        let profile = profile_name
            .as_deref()
            .map(|n| file.profile(n))
            .transpose()?;
        // The server-type guard: refuse a profile of another type before anything else.
        if let (Some(env), Some(name), Some(p)) = (o.environment, &profile_name, profile) {
            if let Some(kind) = p.server_type.filter(|k| *k != env) {
                return Err(CliError::new(
                    crate::error::ErrorKind::Guard,
                    format!(
                        "profile {name} points at a {kind} server, but this environment is {env} (OAUTHCTL_SERVER_TYPE or --server-type); refusing before any request"
                    ),
                )
                .with_hint(format!("use a {env} profile (--profile NAME), or run where the server type is {kind}"))
                .into());
            }
        }
        let base = o
            .base_url
            .clone()
            .or_else(|| profile.map(|p| p.base_url.clone()))
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let base_url = parse_base_url(&base)?;
        let api = o
            .api
            .or_else(|| profile.and_then(|p| p.api))
            .unwrap_or_default();
        let tenant = o
            .tenant
            .clone()
            .or_else(|| profile.map(|p| p.tenant.clone()))
            .unwrap_or_else(|| DEFAULT_TENANT.to_string());
        let issuer = match o
            .issuer
            .clone()
            .or_else(|| profile.and_then(|p| p.issuer.clone()))
        {
            Some(i) => parse_base_url(&i).map_err(|e| e.context("--issuer / OAUTHCTL_ISSUER"))?,
            None => default_issuer(api, &base_url, &tenant),
        };
        let client_id = o
            .client_id
            .clone()
            .or_else(|| profile.and_then(|p| p.client_id.clone()));
        let credentials = if let Some(t) = env_secret(ENV_TOKEN) {
            Credentials::Token(t)
        } else if let Some(secret) = env_secret(ENV_CLIENT_SECRET) {
            let client_id = client_id.clone().ok_or_else(|| {
                CliError::usage(format!("{ENV_CLIENT_SECRET} is set but no admin client ID is"))
                    .with_hint("set OAUTHCTL_CLIENT_ID (or pass --admin-client-id, or add client_id to the profile)")
            })?;
            Credentials::ClientSecret { client_id, secret }
        } else if let Some(login) = Login::stored(&base_url, &tenant) {
            Credentials::Login(login)
        } else {
            Credentials::None
        };
        Ok(Settings {
            profile: profile_name,
            base_url,
            tenant,
            client_id,
            credentials,
            timeout: Duration::from_secs(o.timeout.unwrap_or(DEFAULT_TIMEOUT_SECS).max(1)),
            retries: o.retries.unwrap_or(3),
            verbose: o.verbose,
            dry_run: o.dry_run,
            ca_cert: o.ca_cert.clone(),
            allow_foreign_endpoints: o.allow_foreign_endpoints,
            server_type: profile.and_then(|p| p.server_type),
            api,
            issuer,
        })
    }
}

/// The HTTP layer's options, from the settings.
impl From<&Settings> for HttpOptions {
    fn from(s: &Settings) -> HttpOptions {
        HttpOptions {
            timeout: s.timeout,
            connect_timeout: Duration::from_secs(CONNECT_TIMEOUT_SECS).min(s.timeout),
            retries: s.retries,
            verbose: s.verbose,
            ca_cert: s.ca_cert.clone(),
            // Plain http goes to loopback only (see `api::url::parse_base_url`).
            system_roots: s.base_url.scheme() != "http",
            allow_foreign_endpoints: s.allow_foreign_endpoints,
        }
    }
}

impl Session {
    /// The renewable session the settings' credentials describe; None for a ready token or none.
    pub fn from_settings(settings: &Settings) -> Option<Session> {
        Session::new(&settings.base_url, &settings.tenant, &settings.credentials)
    }
}

/// Where the OAuth endpoints are when no issuer is given: the base URL, except on glewlwyd,
/// whose OIDC plugin (named `oidc`, as glewlwyd's own setup names it) serves them under `/api/oidc`,
/// and on Keycloak, where each realm (the tenant) is an issuer: `{base}/realms/{realm}`.
fn default_issuer(api: ApiKind, base_url: &url::Url, tenant: &str) -> url::Url {
    match api {
        ApiKind::Keycloak => {
            let mut u = base_url.clone();
            u.set_query(None);
            u.path_segments_mut()
                .expect("http URL")
                .pop_if_empty()
                .extend(["realms", tenant]);
            u
        }
        ApiKind::Glewlwyd => {
            let mut u = base_url.clone();
            let path = format!("{}/api/oidc", u.path().trim_end_matches('/'));
            u.set_path(&path);
            u.set_query(None);
            u
        }
        _ => base_url.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glewlwyd_issuer_defaults_to_its_oidc_plugin() {
        let base = parse_base_url("https://sso.example.com/").unwrap();
        assert_eq!(
            default_issuer(ApiKind::Glewlwyd, &base, "t").as_str(),
            "https://sso.example.com/api/oidc"
        );
        let prefixed = parse_base_url("https://example.com/glewlwyd").unwrap();
        assert_eq!(
            default_issuer(ApiKind::Glewlwyd, &prefixed, "t").as_str(),
            "https://example.com/glewlwyd/api/oidc"
        );
        assert_eq!(default_issuer(ApiKind::Oauthctl, &base, "t"), base);
        assert_eq!(
            default_issuer(ApiKind::Keycloak, &base, "acme").as_str(),
            "https://sso.example.com/realms/acme"
        );
    }

    #[test]
    fn config_round_trip() {
        let mut c = ConfigFile {
            current: Some("local".into()),
            ..Default::default()
        };
        c.profiles.insert(
            "local".into(),
            Profile {
                base_url: DEFAULT_BASE_URL.into(),
                tenant: "default".into(),
                client_id: Some("oauthctl-admin".into()),
                server_type: None,
                api: None,
                issuer: None,
            },
        );
        let s = toml::to_string(&c).unwrap();
        assert_eq!(toml::from_str::<ConfigFile>(&s).unwrap(), c);
    }
}
