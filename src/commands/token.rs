//! `oauthctl token`: a plain OAuth client, to prove that an app's client works.

use std::io;

use serde::Serialize;

use super::Context;
use crate::auth::wire::TokenResponse;
use crate::auth::{self as oauth, ClientCreds};
use crate::cli::{Grant, TokenArgs};
use crate::error::{CliError, ErrorKind};
use crate::output::{Printer, Render};

pub const ENV_APP_CLIENT_SECRET: &str = "OAUTHCTL_APP_CLIENT_SECRET";

#[derive(Serialize)]
pub struct TokenOutput {
    #[serde(flatten)]
    pub token: TokenResponse,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub introspection: Option<serde_json::Value>,
}

fn shorten(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    if chars.len() <= 24 {
        return t.to_string();
    }
    let head: String = chars[..12].iter().collect();
    let tail: String = chars[chars.len() - 6..].iter().collect();
    format!("{head}…{tail} ({} characters)", chars.len())
}

impl Render for TokenOutput {
    fn human(&self, p: &Printer) -> io::Result<()> {
        let t = &self.token;
        let mut fields = vec![
            ("Token type", t.token_type.clone()),
            (
                "Expires in",
                t.expires_in.map_or("-".into(), |s| format!("{s} s")),
            ),
            ("Scopes", t.scope.clone().unwrap_or_else(|| "-".into())),
            ("Access token", shorten(&t.access_token)),
            (
                "Refresh token",
                t.refresh_token.as_deref().map_or("-".into(), shorten),
            ),
        ];
        if let Some(i) = &self.introspection {
            fields.push(("Introspection", i.to_string()));
        }
        p.fields(&fields)
    }
}

pub async fn run(ctx: &Context, args: TokenArgs) -> anyhow::Result<()> {
    let given = args.client_id.clone();
    let err = match get_token(ctx, args).await {
        Ok(()) => return Ok(()),
        Err(e) => e,
    };
    // A client's name where its ID is needed (`token` runs with the app's own credentials, so it
    // does not resolve names): when the admin credentials can tell, say which ID the name is.
    let kind = crate::error::find_cli_error(&err).map(|c| c.kind);
    if !matches!(
        kind,
        Some(ErrorKind::Auth | ErrorKind::Usage | ErrorKind::NotFound)
    ) {
        return Err(err);
    }
    match super::resolve::id_of_name(ctx, &given).await {
        Some(id) if id != given => Err(crate::error::adjust(err, |c| {
            c.message = format!(
                "{}; {given:?} is a client's name, not its ID: its client ID is {id}",
                c.message
            );
            c.hint = Some(format!(
                "`oauthctl token` takes the client ID (it runs with the app's own credentials): `oauthctl token --client-id {id} …`"
            ));
        })),
        _ => Err(err),
    }
}

async fn get_token(ctx: &Context, args: TokenArgs) -> anyhow::Result<()> {
    let settings = ctx.settings()?;
    let http = ctx.http()?;
    let tenant = settings.tenant.clone();
    if args.client_secret_stdin && args.grant == Grant::RefreshToken {
        return Err(CliError::usage(
            "--grant refresh-token reads the refresh token from stdin; give the secret in OAUTHCTL_APP_CLIENT_SECRET",
        )
        .into());
    }
    // Why the keyring gave nothing, when it could not be asked (said if no secret is found).
    let mut no_keyring = None;
    let secret = if args.client_secret_stdin {
        Some(super::auth::stdin_value("--client-secret-stdin")?)
    } else if let Some(s) = crate::config::env_secret(ENV_APP_CLIENT_SECRET) {
        Some(s)
    } else {
        let account = crate::secret_store::account(&settings.base_url, &tenant, &args.client_id);
        match crate::secret_store::get(account).await {
            Ok(v) => v,
            Err(e) => {
                no_keyring = Some(e.to_string());
                None
            }
        }
    };
    let meta = oauth::discover(&http, &settings.issuer).await?;
    let token_url = oauth::with_tenant(&meta.token_endpoint, settings.api.token_tenant(&tenant))?;
    let creds = ClientCreds {
        client_id: &args.client_id,
        secret: secret.as_deref(),
        auth: args.auth,
    };
    let token = match args.grant {
        Grant::ClientCredentials => {
            let secret = secret.as_deref().ok_or_else(|| match &no_keyring {
                None => CliError::usage(format!(
                    "no secret for client {}: pass --client-secret-stdin, set {ENV_APP_CLIENT_SECRET}, or store one with --store keyring",
                    args.client_id
                )),
                Some(why) => CliError::usage(format!(
                    "no secret for client {}: pass --client-secret-stdin or set {ENV_APP_CLIENT_SECRET} (no OS keyring was found to look in: {why})",
                    args.client_id
                ))
                .with_hint(format!(
                    "`oauthctl token --client-id {} --client-secret-stdin`, then paste the secret and press Ctrl-D",
                    args.client_id
                )),
            })?;
            oauth::client_credentials(
                &http,
                &token_url,
                &args.client_id,
                secret,
                args.auth,
                &args.scopes,
            )
            .await?
        }
        Grant::RefreshToken => {
            let refresh = super::auth::stdin_value("the refresh token on stdin")?;
            oauth::refresh(&http, &token_url, &creds, &refresh, &args.scopes).await?
        }
        Grant::AuthorizationCode => {
            if !ctx.interactive && !args.no_browser {
                return Err(CliError::usage(
                    "the authorization code grant needs a browser: run on a terminal, or pass --no-browser to print the URL",
                )
                .into());
            }
            let p = &ctx.printer;
            let no_browser = args.no_browser;
            oauth::authorization_code(
                &http,
                &meta,
                &creds,
                &args.scopes,
                settings.api.token_tenant(&tenant),
                args.redirect_uri.as_deref(),
                std::time::Duration::from_secs(300),
                |url| {
                    p.say("Open this URL in a browser, sign in and allow:");
                    p.say(&format!("  {url}"));
                    if !no_browser {
                        crate::prompt::open_browser(url);
                    }
                    p.status("Waiting for the sign-in…");
                },
            )
            .await?
        }
    };
    // RFC 6749 §5.1: a response without `scope` granted exactly the scope requested
    // (LemonLDAP::NG leaves it out then); show that scope rather than none.
    let mut token = token;
    if token.scope.is_none() && !args.scopes.is_empty() {
        token.scope = Some(args.scopes.join(" "));
    }
    let introspection = if args.introspect {
        let endpoint = meta
            .introspection_endpoint
            .as_deref()
            .ok_or_else(|| CliError::other("the server publishes no introspection_endpoint"))?;
        Some(oauth::introspect(&http, endpoint, &creds, &token.access_token).await?)
    } else {
        None
    };
    ctx.printer.emit(&TokenOutput {
        token,
        introspection,
    })?;
    Ok(())
}
