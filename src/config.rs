//! Settings, resolved once before a command runs: flag > environment variable > profile > default.
//! Profiles live in a TOML file in the platform config directory (mode 0600) and never hold a
//! secret; secrets come from the environment (or, later, the keyring).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::error::CliError;

pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8787";
pub const DEFAULT_TENANT: &str = "default";
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
pub const CONNECT_TIMEOUT_SECS: u64 = 10;

pub const ENV_CLIENT_SECRET: &str = "OAUTHCTL_CLIENT_SECRET";
pub const ENV_TOKEN: &str = "OAUTHCTL_TOKEN";
pub const ENV_CONFIG: &str = "OAUTHCTL_CONFIG";
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

/// Seed 002's "limit to server type": which kind of system a profile points at, and which kind of
/// system oauthctl runs in (OAUTHCTL_SERVER_TYPE).
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
    pub api: Option<crate::backend::ApiKind>,
    /// Where the OAuth endpoints are found, when not at the base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "oauthctl")
}

/// `OAUTHCTL_CONFIG`, or `config.toml` in the platform config directory.
pub fn config_path() -> anyhow::Result<PathBuf> {
    if let Some(p) = std::env::var_os(ENV_CONFIG).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    project_dirs()
        .map(|d| d.config_dir().join("config.toml"))
        .ok_or_else(|| {
            CliError::other("cannot find a home directory for the config file")
                .with_hint(format!("set {ENV_CONFIG} to a file path"))
                .into()
        })
}

/// Where the dev server keeps its database by default.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    project_dirs()
        .map(|d| d.data_dir().join("dev-server.sqlite3"))
        .ok_or_else(|| {
            CliError::other("cannot find a home directory for the database")
                .with_hint("pass --db PATH or --in-memory")
                .into()
        })
}

/// The platform data directory (the local registry of RFC 7591 registrations).
pub fn data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// The platform cache directory (cached admin tokens).
pub fn cache_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().to_path_buf())
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

/// Writes a file readable only by its owner (0600 on Unix), atomically.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let written = opts.open(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    });
    if written.is_err() {
        // Never leave a copy of what may be a secret behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// How the CLI authenticates to the admin API.
#[derive(Clone)]
pub enum Credentials {
    /// A ready bearer token (`OAUTHCTL_TOKEN`).
    Token(String),
    /// Admin client credentials, exchanged at the token endpoint.
    ClientSecret {
        client_id: String,
        secret: String,
    },
    /// What `oauthctl login` stored for this server and tenant.
    Login(Box<crate::oauth::Login>),
    None,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Token(_) => f.write_str("Token(<redacted>)"),
            Credentials::ClientSecret { client_id, .. } => {
                write!(
                    f,
                    "ClientSecret {{ client_id: {client_id:?}, secret: <redacted> }}"
                )
            }
            Credentials::Login(l) => write!(f, "Login({:?})", l.client_id),
            Credentials::None => f.write_str("None"),
        }
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
    /// The profile's server type, if it has one.
    pub server_type: Option<ServerType>,
    /// The kind of admin API: flag or OAUTHCTL_API, then the profile, then `oauthctl`.
    pub api: crate::backend::ApiKind,
    /// Where the OAuth endpoints (metadata, token endpoint) are found: --issuer,
    /// OAUTHCTL_ISSUER, the profile, else the base URL.
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
    /// Where oauthctl runs (--server-type, OAUTHCTL_SERVER_TYPE).
    pub environment: Option<ServerType>,
    /// --api, OAUTHCTL_API.
    pub api: Option<crate::backend::ApiKind>,
    /// --issuer, OAUTHCTL_ISSUER.
    pub issuer: Option<String>,
}

/// A secret from the environment, trimmed; None when unset or blank.
pub fn env_secret(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
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
        let issuer = match o
            .issuer
            .clone()
            .or_else(|| profile.and_then(|p| p.issuer.clone()))
        {
            Some(i) => parse_base_url(&i).map_err(|e| e.context("--issuer / OAUTHCTL_ISSUER"))?,
            None => base_url.clone(),
        };
        let tenant = o
            .tenant
            .clone()
            .or_else(|| profile.map(|p| p.tenant.clone()))
            .unwrap_or_else(|| DEFAULT_TENANT.to_string());
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
        } else if let Some(login) = crate::oauth::Login::load(&base_url, &tenant) {
            Credentials::Login(Box::new(login))
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
            server_type: profile.and_then(|p| p.server_type),
            api: o
                .api
                .or_else(|| profile.and_then(|p| p.api))
                .unwrap_or_default(),
            issuer,
        })
    }
}

/// A base URL must be absolute http(s); plain http only to loopback, so that bearer tokens and
/// secrets never cross a network in clear.
pub fn parse_base_url(raw: &str) -> anyhow::Result<url::Url> {
    // Error messages show the URL without any user:password@ part.
    let shown = match raw.split_once("://") {
        Some((scheme, rest)) => match rest.split('/').next().and_then(|auth| auth.rfind('@')) {
            Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
            None => raw.to_string(),
        },
        None => raw.to_string(),
    };
    let s = shown.as_str();
    let url = url::Url::parse(raw.trim()).map_err(|e| {
        CliError::usage(format!("the base URL {s:?} is not a valid URL: {e}")).with_hint(
            "use the form https://auth.example.com (set OAUTHCTL_BASE_URL or --base-url)",
        )
    })?;
    match url.scheme() {
        "https" => {}
        "http" if crate::api::validate::is_loopback_host(&url) => {}
        "http" => {
            return Err(CliError::usage(format!(
                "refusing the plain http:// base URL {s:?}: bearer tokens and secrets must not cross a network unencrypted"
            ))
            .with_hint("use https://; plain http is allowed only for 127.0.0.1, [::1] and localhost")
            .into())
        }
        other => {
            return Err(CliError::usage(format!(
                "the base URL {s:?} has the scheme {other:?}; use https://"
            ))
            .into())
        }
    }
    if url.host().is_none() {
        return Err(CliError::usage(format!("the base URL {s:?} has no host")).into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(CliError::usage(
            "the base URL must not contain a user name or password; oauthctl authenticates with OAUTHCTL_CLIENT_ID/OAUTHCTL_CLIENT_SECRET, OAUTHCTL_TOKEN or `oauthctl login`",
        )
        .into());
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert!(parse_base_url("https://auth.example.com").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8787").is_ok());
        assert!(parse_base_url("http://localhost:1").is_ok());
        assert!(parse_base_url("http://auth.example.com").is_err());
        assert!(parse_base_url("ftp://x").is_err());
        assert!(parse_base_url("nope").is_err());
        assert!(parse_base_url("http://bob:pw@127.0.0.1:1").is_err());
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
