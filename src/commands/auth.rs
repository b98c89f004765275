//! `oauthctl login`, `logout` and `auth status`.

use std::io::{self, Read};

use chrono::{TimeZone, Utc};
use serde::Serialize;

use super::Context;
use crate::auth::Credentials;
use crate::auth::{self as oauth, ClientCreds, Login, LoginKind, Session};
use crate::cli::{AuthCmd, LoginArgs};
use crate::config::ENV_CLIENT_SECRET;
use crate::error::{CliError, ErrorKind};
use crate::output::{Printer, Render};

/// The client `oauthctl login` uses by default for a person's sign-in.
pub const DEFAULT_LOGIN_CLIENT: &str = "oauthctl-cli";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub logged_in: bool,
    pub profile: Option<String>,
    pub server: String,
    pub tenant: String,
    /// How oauthctl authenticates: login, environment or token.
    pub source: &'static str,
    pub identity: String,
    pub scope: Option<String>,
    pub expires_at: Option<chrono::DateTime<Utc>>,
    /// The secret or refresh token is in the OS keyring.
    pub stored_in_keyring: bool,
    /// The kind of admin API, and what it can do.
    pub api: crate::backend::ApiKind,
    pub capabilities: Vec<crate::backend::Capability>,
}

impl Render for Status {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.fields(&[
            (
                "Profile",
                self.profile.clone().unwrap_or_else(|| "-".into()),
            ),
            ("Server", self.server.clone()),
            ("Tenant", self.tenant.clone()),
            ("Signed in as", self.identity.clone()),
            ("Through", self.source.to_string()),
            ("Scopes", self.scope.clone().unwrap_or_else(|| "-".into())),
            (
                "Token expires",
                self.expires_at
                    .map(crate::timeutil::fmt_time)
                    .unwrap_or_else(|| "-".into()),
            ),
            (
                "Kept in keyring",
                crate::output::yes_no(self.stored_in_keyring),
            ),
            ("API", self.api.to_string()),
            (
                "Capabilities",
                self.capabilities
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ])
    }
}

fn read_stdin_line(what: &str) -> anyhow::Result<String> {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s)?;
    let v = s.lines().next().unwrap_or("").trim().to_string();
    if v.is_empty() {
        return Err(CliError::usage(format!("{what}: stdin was empty")).into());
    }
    Ok(v)
}

pub async fn login(ctx: &Context, args: LoginArgs) -> anyhow::Result<()> {
    let settings = ctx.settings()?;
    let http = ctx.http()?;
    let base = &settings.base_url;
    let tenant = &settings.tenant;
    if !args.client_credentials && !ctx.interactive && !args.no_browser {
        return Err(CliError::usage(
            "a browser sign-in needs a terminal: pass --client-credentials (for CI), or --no-browser to print the sign-in URL",
        )
        .into());
    }
    let meta = oauth::discover(&http, base).await?;
    let token_url = oauth::with_tenant(&meta.token_endpoint, settings.api.token_tenant(tenant))?;
    let (kind, client_id, resp, keep) = if args.client_credentials {
        let client_id = args
            .client_id
            .clone()
            .or_else(|| settings.client_id.clone())
            .ok_or_else(|| {
                CliError::usage("which admin client? pass --client-id (or set OAUTHCTL_CLIENT_ID)")
            })?;
        let secret = if args.client_secret_stdin {
            read_stdin_line("--client-secret-stdin")?
        } else if let Some(s) = crate::config::env_secret(ENV_CLIENT_SECRET) {
            s
        } else if ctx.interactive {
            crate::prompt::password(&format!("Secret of client {client_id}"))?
        } else {
            return Err(CliError::usage(
                "no client secret: pass --client-secret-stdin or set OAUTHCTL_CLIENT_SECRET",
            )
            .into());
        };
        let resp = oauth::client_credentials(
            &http,
            &token_url,
            &client_id,
            &secret,
            args.auth,
            &args.scopes,
        )
        .await?;
        (LoginKind::ClientCredentials, client_id, resp, Some(secret))
    } else {
        let client_id = args
            .client_id
            .clone()
            .unwrap_or_else(|| DEFAULT_LOGIN_CLIENT.to_string());
        let scopes = if args.scopes.is_empty() {
            vec!["oauthctl.admin".to_string(), "offline_access".to_string()]
        } else {
            args.scopes.clone()
        };
        let creds = ClientCreds {
            client_id: &client_id,
            secret: None,
            auth: args.auth,
        };
        let no_browser = args.no_browser;
        let p = &ctx.printer;
        let resp = oauth::authorization_code(
            &http,
            &meta,
            &creds,
            &scopes,
            settings.api.token_tenant(tenant),
            None,
            std::time::Duration::from_secs(300),
            |url| {
                p.say("Open this URL in a browser, sign in and allow:");
                p.say(&format!("  {url}"));
                if !no_browser && crate::prompt::open_browser(url) {
                    p.status("(a browser was opened)");
                }
                p.status("Waiting for the sign-in…");
            },
        )
        .await?;
        let refresh = resp.refresh_token.clone();
        (LoginKind::AuthorizationCode, client_id, resp, refresh)
    };
    let mut login = Login {
        kind,
        client_id,
        auth: args.auth,
        token_endpoint: meta.token_endpoint.clone(),
        revocation_endpoint: meta.revocation_endpoint.clone(),
        stored: false,
        access_token: resp.access_token.clone(),
        expires_at: Utc::now().timestamp() + resp.expires_in.unwrap_or(300) as i64,
        scope: resp.scope.clone(),
        user: None,
    };
    if kind == LoginKind::AuthorizationCode {
        // Who signed in, if the server says (it is only shown by `auth status`).
        if let Some(endpoint) = &meta.introspection_endpoint {
            let creds = ClientCreds {
                client_id: &login.client_id,
                secret: None,
                auth: args.auth,
            };
            if let Ok(v) = oauth::introspect(&http, endpoint, &creds, &login.access_token).await {
                login.user = v["username"].as_str().map(String::from);
            }
        }
    }
    if let (Some(value), false) = (keep, args.no_store) {
        match crate::secret_store::set(login.keyring_account(base, tenant), value).await {
            Ok(()) => login.stored = true,
            Err(e) => ctx.printer.warn(&format!(
                "{e:#}; the login works until its token expires, then run `oauthctl login` again (or pass --no-store)"
            )),
        }
    }
    login.save(base, tenant)?;
    let mut status = status_of(&settings, &login);
    status.capabilities = ctx.backend()?.capabilities().to_vec();
    ctx.printer.emit(&status)?;
    ctx.printer.success(&format!(
        "logged in to {base} (tenant {tenant}) as {}",
        login.identity()
    ));
    Ok(())
}

fn status_of(settings: &crate::config::Settings, login: &Login) -> Status {
    Status {
        logged_in: true,
        profile: settings.profile.clone(),
        server: settings.base_url.to_string(),
        tenant: settings.tenant.clone(),
        source: "login",
        identity: login.identity(),
        scope: login.scope.clone(),
        expires_at: Utc.timestamp_opt(login.expires_at, 0).single(),
        stored_in_keyring: login.stored,
        api: settings.api,
        capabilities: Vec::new(),
    }
}

pub async fn status(ctx: &Context, cmd: AuthCmd) -> anyhow::Result<()> {
    let AuthCmd::Status = cmd;
    let settings = ctx.settings()?;
    let http = ctx.http()?;
    let not_logged_in = || {
        CliError::new(
            ErrorKind::Auth,
            format!(
                "not logged in to {} (tenant {})",
                settings.base_url, settings.tenant
            ),
        )
        .with_hint(crate::error::HINT_ADMIN_CREDENTIALS)
    };
    let backend = ctx.backend()?;
    let mut status = match (&settings.credentials, Session::from_settings(&settings)) {
        (Credentials::None, _) => return Err(not_logged_in().into()),
        (Credentials::Token(_), _) => Status {
            logged_in: true,
            profile: settings.profile.clone(),
            server: settings.base_url.to_string(),
            tenant: settings.tenant.clone(),
            source: "OAUTHCTL_TOKEN",
            identity: "the bearer token in OAUTHCTL_TOKEN".into(),
            scope: None,
            expires_at: None,
            stored_in_keyring: false,
            api: settings.api,
            capabilities: Vec::new(),
        },
        (_, Some(Session::Env(session))) => {
            session.token(&http, false).await?;
            // What the token cache knows of the token just checked.
            let (expires, scope) = session.cached().unzip();
            Status {
                logged_in: true,
                profile: settings.profile.clone(),
                server: settings.base_url.to_string(),
                tenant: settings.tenant.clone(),
                source: "OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET",
                identity: format!("client {}", session.client_id),
                scope: scope.flatten(),
                expires_at: expires.and_then(|t| Utc.timestamp_opt(t, 0).single()),
                stored_in_keyring: false,
                api: settings.api,
                capabilities: Vec::new(),
            }
        }
        (_, Some(Session::Login(session))) => {
            session.token(&http, false).await?;
            let login = session
                .login
                .lock()
                .map(|l| l.clone())
                .map_err(|_| anyhow::anyhow!("poisoned"))?;
            status_of(&settings, &login)
        }
        (_, None) => return Err(not_logged_in().into()),
    };
    status.capabilities = backend.capabilities().to_vec();
    ctx.printer.emit(&status)?;
    Ok(())
}

pub async fn logout(ctx: &Context, revoke: bool) -> anyhow::Result<()> {
    let settings = ctx.settings()?;
    let base = &settings.base_url;
    let tenant = &settings.tenant;
    let Some(login) = Login::load(base, tenant) else {
        if ctx.printer.is_json() {
            ctx.printer
                .json(&serde_json::json!({ "loggedOut": false }))?;
        }
        ctx.printer.status(&format!(
            "not logged in to {base} (tenant {tenant}); nothing to do"
        ));
        return Ok(());
    };
    if ctx.global.dry_run {
        // Nothing is revoked, deleted from the keyring or forgotten: the request a revocation
        // would send, or only what would be forgotten.
        match (
            &login.revocation_endpoint,
            revoke && login.kind == LoginKind::AuthorizationCode,
        ) {
            (Some(endpoint), true) => {
                let url = url::Url::parse(endpoint)
                    .map_err(|e| CliError::other(format!("bad revocation endpoint: {e}")))?;
                let body = serde_json::json!({ "token": "<the refresh token>", "client_id": login.client_id });
                ctx.show_plan(&crate::backend::Planned::new(
                    &reqwest::Method::POST,
                    &url,
                    Some(body),
                ))?;
            }
            _ => ctx.printer.status(&format!(
                "dry run: would log out of {base} (tenant {tenant}); nothing was changed"
            )),
        }
        return Ok(());
    }
    let account = login.keyring_account(base, tenant);
    let mut revoked = false;
    if login.stored {
        let stored = crate::secret_store::get(account.clone()).await;
        if revoke && login.kind == LoginKind::AuthorizationCode {
            if let (Ok(Some(refresh)), Some(endpoint)) = (&stored, &login.revocation_endpoint) {
                let http = ctx.http()?;
                oauth::check_endpoint(&http, base, "revocation_endpoint of the login", endpoint)?;
                let creds = ClientCreds {
                    client_id: &login.client_id,
                    secret: None,
                    auth: login.auth,
                };
                oauth::revoke(&http, endpoint, &creds, refresh).await?;
                revoked = true;
            }
        }
        if let Err(e) = crate::secret_store::delete(account).await {
            ctx.printer.warn(&format!("{e:#}"));
        }
    }
    if revoke && !revoked {
        ctx.printer
            .warn("nothing to revoke: this login has no refresh token in the keyring");
    }
    Login::remove(base, tenant);
    if ctx.printer.is_json() {
        ctx.printer
            .json(&serde_json::json!({ "loggedOut": true, "revoked": revoked }))?;
    }
    ctx.printer.success(&format!(
        "logged out of {base} (tenant {tenant}){}",
        if revoked {
            "; the refresh token was revoked"
        } else {
            ""
        }
    ));
    Ok(())
}

/// Reads stdin once for a secret or token (used by `oauthctl token`).
pub fn stdin_value(what: &str) -> anyhow::Result<String> {
    read_stdin_line(what)
}
