//! Settings, resolved once before a command runs: flag > environment variable > profile > default.
//! Profiles live in a TOML file in the platform config directory (mode 0600) and never hold a
//! secret; secrets come from the environment, stdin, a file or the OS keyring. Platform paths are
//! in `paths`, URL rules in `transport::url`, credentials in `auth`: this module only merges settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::auth::{Credentials, Login, Session};
use crate::error::CliError;
use crate::paths::{config_path, write_private};
use crate::transport::http::HttpOptions;
use crate::transport::url::parse_base_url;

pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8787";
pub const DEFAULT_TENANT: &str = "default";
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
pub const CONNECT_TIMEOUT_SECS: u64 = 10;

pub const ENV_CLIENT_SECRET: &str = "OAUTHCTL_CLIENT_SECRET";
pub const ENV_TOKEN: &str = "OAUTHCTL_TOKEN";
pub const ENV_DEV_ADMIN_SECRET: &str = "OAUTHCTL_DEV_ADMIN_SECRET";
pub const ENV_DEV_ADMIN_PASSWORD: &str = "OAUTHCTL_DEV_ADMIN_PASSWORD";
pub const ENV_CLIENT_ID: &str = "OAUTHCTL_CLIENT_ID";

/// The variables that carry credentials for the commands that talk to a server: the admin's
/// (token, client ID and secret), an app's client secret (`oauthctl token`), and a registration
/// access token (RFC 7592 management: the standard-registration kind's `ENV_REGISTRATION_TOKEN`).
pub const CLIENT_CREDENTIAL_VARS: &[&str] = &[
    ENV_TOKEN,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    "OAUTHCTL_APP_CLIENT_SECRET",
    "OAUTHCTL_REGISTRATION_TOKEN",
];

/// The variables that carry the dev server's credentials.
pub const DEV_SERVER_CREDENTIAL_VARS: &[&str] = &[ENV_DEV_ADMIN_SECRET, ENV_DEV_ADMIN_PASSWORD];

/// Of `names`, the variables that are set but empty (or only white space), which oauthctl reads
/// as unset: each is worth a warning, since it usually means a pasted
/// `export OAUTHCTL_CLIENT_SECRET="$OTHER"` where OTHER is not set.
pub fn blank_vars<'a>(names: &[&'a str], var: impl Fn(&str) -> Option<String>) -> Vec<&'a str> {
    names
        .iter()
        .copied()
        .filter(|n| var(n).is_some_and(|v| v.trim().is_empty()))
        .collect()
}

/// The warning for a credential variable that is set but empty.
pub fn blank_var_warning(name: &str) -> String {
    format!(
        "{name} is set but empty, so oauthctl ignores it (was it exported from a variable that is not set in this shell?); give it a value, or `unset {name}`"
    )
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ConfigFile {
    /// The profile used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// A kind of admin API as the settings see it (`--api`, OAUTHCTL_API, profile `api`): a handle on
/// the conventions that one backend module declares in its descriptor (`backend::Descriptor`).
/// The kinds are listed in `backend::KINDS`, and nothing here names one: the settings are
/// resolved against that list ([`Settings::resolve`]).
#[derive(Clone, Copy)]
pub struct ApiKind(&'static KindConventions);

/// What the settings and the OAuth client need to know of a kind of admin API.
#[derive(Debug)]
pub struct KindConventions {
    /// The value of `--api` and of a profile's `api`.
    pub name: &'static str,
    /// One line for `--api`'s list of values.
    pub help: &'static str,
    /// Where the OAuth endpoints (metadata, token endpoint) are when no issuer is given: a
    /// template where `{base}` is the base URL (without its trailing slash) and `{tenant}` the
    /// tenant (as one path segment).
    pub default_issuer: &'static str,
    /// Whether a token request names the tenant in a `tenant` query parameter (how oauthctl's
    /// dev server tells its tenants apart at one token endpoint).
    pub tenant_param: bool,
}

impl ApiKind {
    pub const fn new(conventions: &'static KindConventions) -> ApiKind {
        ApiKind(conventions)
    }

    pub fn as_str(self) -> &'static str {
        self.0.name
    }

    pub fn conventions(self) -> &'static KindConventions {
        self.0
    }

    /// The kind named `name` among `kinds`.
    pub fn named(name: &str, kinds: &[ApiKind]) -> Option<ApiKind> {
        kinds.iter().copied().find(|k| k.as_str() == name)
    }

    /// The tenant to name at the token endpoint, for the kinds that name it there.
    pub fn token_tenant(self, tenant: &str) -> Option<&str> {
        self.0.tenant_param.then_some(tenant)
    }

    /// Where the OAuth endpoints are when no issuer is given (see [`KindConventions`]).
    pub fn default_issuer(self, base_url: &url::Url, tenant: &str) -> anyhow::Result<url::Url> {
        let template = self.0.default_issuer;
        if template == "{base}" {
            return Ok(base_url.clone());
        }
        // The tenant as one path segment, encoded the way `url` encodes segments.
        let mut scratch = url::Url::parse("http://x/").expect("a valid URL");
        if let Ok(mut path) = scratch.path_segments_mut() {
            path.clear().push(tenant);
        }
        let base = base_url.as_str().trim_end_matches('/');
        let url = parse_base_url(
            &template
                .replace("{base}", base)
                .replace("{tenant}", &scratch.path()[1..]),
        )?;
        Ok(url)
    }
}

impl PartialEq for ApiKind {
    fn eq(&self, other: &ApiKind) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ApiKind {}

impl std::hash::Hash for ApiKind {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl std::fmt::Debug for ApiKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for ApiKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ApiKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
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
    /// The name of the kind of admin API the server speaks (one of `backend::KINDS`); the first
    /// kind of that list when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
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
    /// The kind of admin API: flag or OAUTHCTL_API, then the profile, then the first kind.
    pub api: ApiKind,
    /// Where the OAuth endpoints (metadata, token endpoint) are found: --issuer,
    /// OAUTHCTL_ISSUER, the profile, else the kind's default ([`ApiKind::default_issuer`]).
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
    /// The settings, with the kinds of admin API there are (`backend::KINDS`; the first is the
    /// default).
    pub fn resolve(o: &Overrides, kinds: &[ApiKind]) -> anyhow::Result<Settings> {
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
        let api = match (o.api, profile.and_then(|p| p.api.as_deref())) {
            (Some(api), _) => api,
            (None, Some(name)) => ApiKind::named(name, kinds).ok_or_else(|| {
                CliError::usage(format!(
                    "profile {} names an unknown kind of admin API: {name:?}",
                    profile_name.as_deref().unwrap_or_default()
                ))
                .with_hint(format!(
                    "the kinds are: {}; fix the profile's api, or pass --api KIND",
                    kinds
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?,
            (None, None) => *kinds
                .first()
                .ok_or_else(|| CliError::other("no kind of admin API is built in"))?,
        };
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
            None => api.default_issuer(&base_url, &tenant)?,
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
            dry_run: s.dry_run,
            timeout: s.timeout,
            connect_timeout: Duration::from_secs(CONNECT_TIMEOUT_SECS).min(s.timeout),
            retries: s.retries,
            verbose: s.verbose,
            ca_cert: s.ca_cert.clone(),
            // Plain http goes to loopback only (see `transport::url::parse_base_url`).
            system_roots: s.base_url.scheme() != "http",
            allow_foreign_endpoints: s.allow_foreign_endpoints,
        }
    }
}

impl Session {
    /// The renewable session the settings' credentials describe; None for a ready token or none.
    pub fn from_settings(settings: &Settings) -> Option<Session> {
        Session::new(
            &settings.base_url,
            &settings.tenant,
            &settings.credentials,
            settings.api.conventions().tenant_param,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static PLUGIN: KindConventions = KindConventions {
        name: "plugin",
        help: "",
        default_issuer: "{base}/api/oidc",
        tenant_param: false,
    };
    static REALM: KindConventions = KindConventions {
        name: "realm",
        help: "",
        default_issuer: "{base}/realms/{tenant}",
        tenant_param: false,
    };
    static BASE: KindConventions = KindConventions {
        name: "base",
        help: "",
        default_issuer: "{base}",
        tenant_param: true,
    };

    #[test]
    fn a_kinds_default_issuer_is_its_template() {
        let base = parse_base_url("https://sso.example.com/").unwrap();
        let plugin = ApiKind::new(&PLUGIN);
        assert_eq!(
            plugin.default_issuer(&base, "t").unwrap().as_str(),
            "https://sso.example.com/api/oidc"
        );
        let prefixed = parse_base_url("https://example.com/sso").unwrap();
        assert_eq!(
            plugin.default_issuer(&prefixed, "t").unwrap().as_str(),
            "https://example.com/sso/api/oidc"
        );
        assert_eq!(
            ApiKind::new(&REALM)
                .default_issuer(&base, "a b")
                .unwrap()
                .as_str(),
            "https://sso.example.com/realms/a%20b"
        );
        assert_eq!(
            ApiKind::new(&BASE).default_issuer(&base, "t").unwrap(),
            base
        );
        assert_eq!(ApiKind::new(&BASE).token_tenant("t"), Some("t"));
        assert_eq!(plugin.token_tenant("t"), None);
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
