//! `oauthctl clients …`

use std::io;

use chrono::Utc;

use super::{field_errors, read_json, Context};
use crate::backend::{Backend, Capability, CreatedClient, Sent};
use crate::cli::{ClientCreateArgs, ClientUpdateArgs, ClientsCmd};
use crate::error::CliError;
use crate::model::*;
use crate::output::{list, yes_no, Column, Printer, Render, Row};
use crate::transport::sent::done;
use crate::validate::{self, GRANT_TYPES};

/// The yes/no switches `create` and `update` share, set on their request (each switch given
/// sets its field; one left out leaves it as it is).
macro_rules! set_switches {
    ($req:ident, $switches:expr) => {{
        let [offline, consent, remember, no_pkce, ropc, backchannel] = $switches.values();
        for (value, field) in [
            (offline, &mut $req.allow_offline_access),
            (consent, &mut $req.require_consent),
            (remember, &mut $req.allow_remember_consent),
            (no_pkce, &mut $req.allow_no_pkce),
            (ropc, &mut $req.allow_ropc),
            (backchannel, &mut $req.back_channel_logout_session_required),
        ] {
            if value.is_some() {
                *field = value;
            }
        }
    }};
}

mod create;
mod update;

/// The flag of `clients create` and `update` that sets a client field (as `-o json` names it),
/// for a refusal by the kind's field table; `given` picks between a switch's two flags.
pub(super) fn flag_of(field: &str, given: &serde_json::Value) -> &'static str {
    let on = given.as_bool().unwrap_or(true);
    let pick = |yes: &'static str, no: &'static str| if on { yes } else { no };
    match field {
        "clientId" => "--client-id",
        "clientName" => "--name",
        "displayName" => "--display-name",
        "spaceId" => "--space",
        "allowOfflineAccess" => pick("--offline-access", "--no-offline-access"),
        "allowRememberConsent" => pick("--remember-consent", "--no-remember-consent"),
        "backChannelLogoutSessionRequired" => pick(
            "--backchannel-logout-session",
            "--no-backchannel-logout-session",
        ),
        "requireClientSecret" => "--public",
        "requireConsent" => pick("--require-consent", "--no-require-consent"),
        "allowNoPkce" => pick("--no-require-pkce", "--require-pkce"),
        "allowRopc" => pick("--allow-ropc", "--no-allow-ropc"),
        "allowedGrantTypes" => "--grant-type",
        "allowedCorsOrigins" => "--cors-origin",
        "allowedScopes" => "--scope",
        "redirectUris" => "--redirect-uri",
        "postLogoutRedirectUris" => "--post-logout-redirect-uri",
        _ => "--from-file",
    }
}

/// A backend's refusal of a field's value, said with the flag the value came from (and the field,
/// when a `--from-file` may have set it); other errors as they are.
pub(super) fn say_flag(e: crate::backend::BackendError, from_file: bool) -> anyhow::Error {
    match e {
        crate::backend::BackendError::Unsupported {
            message,
            hint,
            field: Some(field),
        } => {
            let flag = flag_of(field, &serde_json::Value::Null);
            let name = if from_file {
                format!("{flag} ({field} in --from-file)")
            } else {
                flag.to_string()
            };
            crate::backend::BackendError::Unsupported {
                message: message.replacen(field, &name, 1),
                hint,
                field: Some(field),
            }
            .into()
        }
        e => e.into(),
    }
}

/// The kind's field table, checked before any prompt or request; a refusal names the flag (and
/// the field, when a `--from-file` may have set it).
pub(super) fn check_fields(
    backend: &dyn Backend,
    request: &dyn crate::backend::erased::Request,
    from_file: bool,
) -> anyhow::Result<()> {
    say_refusal(backend.check_fields(request), from_file)
}

/// A field-table refusal (if any) as the error that names the flag it came from.
pub(super) fn say_refusal(
    refusal: Option<crate::backend::FieldRefusal>,
    from_file: bool,
) -> anyhow::Result<()> {
    match refusal {
        None => Ok(()),
        Some(r) => {
            let flag = flag_of(r.field, &r.given);
            Err(r
                .error(&if from_file {
                    format!("{flag} ({} in --from-file)", r.field)
                } else {
                    flag.to_string()
                })
                .into())
        }
    }
}

use create::*;
use update::*;

pub async fn run(ctx: &Context, cmd: ClientsCmd) -> anyhow::Result<()> {
    match cmd {
        ClientsCmd::Create(args) => create(ctx, *args).await,
        ClientsCmd::List { space, page_size } => {
            list_clients(ctx, space, page_size.map(usize::from)).await
        }
        ClientsCmd::Show { client_id } => {
            let client = super::resolve::client(ctx, &client_id).await?;
            Ok(ctx.printer.emit(&client)?)
        }
        ClientsCmd::Update(args) => update(ctx, *args).await,
        ClientsCmd::Delete { client_id } => {
            let backend = ctx.backend()?;
            let client = super::resolve::client(ctx, &client_id).await?;
            ctx.confirm(&format!(
                "Delete client {} ({}) and all its secrets?",
                client.client_name, client.client_id
            ))?;
            if ctx
                .sent(backend.delete_client(&client.client_id).await?)?
                .is_none()
            {
                return Ok(());
            }
            if ctx.printer.is_json() {
                ctx.printer
                    .json(&serde_json::json!({ "deleted": client.client_id }))?;
            }
            ctx.printer.success(&format!(
                "deleted client {} ({})",
                client.client_name, client.client_id
            ));
            Ok(())
        }
    }
}

pub fn not_found_hint(e: crate::backend::BackendError) -> anyhow::Error {
    match e {
        crate::backend::BackendError::NotFound {
            message,
            hint: None,
        } => crate::backend::BackendError::NotFound {
            message,
            hint: Some("list the tenant's clients with `oauthctl clients list`".into()),
        }
        .into(),
        e => e.into(),
    }
}

// ---------- rendering ----------

impl Render for Client {
    fn human(&self, p: &Printer) -> io::Result<()> {
        p.fields(&client_fields(self))
    }
}

pub(super) fn client_fields(c: &Client) -> Vec<(&'static str, String)> {
    vec![
        ("Client ID", c.client_id.clone()),
        ("Name", c.client_name.clone()),
        ("Display name", c.display_name.clone()),
        ("Tenant", c.tenant_id.clone()),
        ("Space", or_dash(&c.space_id)),
        (
            "Type",
            if c.require_client_secret {
                "confidential".into()
            } else {
                "public".into()
            },
        ),
        ("Grant types", list(&c.allowed_grant_types)),
        ("Scopes", list(&c.allowed_scopes)),
        ("Redirect URIs", list(&c.redirect_uris)),
        ("Post-logout URIs", list(&c.post_logout_redirect_uris)),
        ("CORS origins", list(&c.allowed_cors_origins)),
        ("Offline access", yes_no(c.allow_offline_access)),
        ("Require consent", yes_no(c.require_consent)),
        ("Remember consent", yes_no(c.allow_remember_consent)),
        ("PKCE required", yes_no(!c.allow_no_pkce)),
        ("ROPC allowed", yes_no(c.allow_ropc)),
        (
            "Back-channel logout session",
            yes_no(c.back_channel_logout_session_required),
        ),
        ("Created", crate::timeutil::fmt_time(c.created_at)),
        ("Updated", crate::timeutil::fmt_time(c.updated_at)),
    ]
}

/// "-" for a field the server has no value for (spaceId on servers without spaces).
pub(super) fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// `clients list`: the compact columns, then the `-o wide` ones; the display name is the free
/// text that is cut to fit a terminal.
pub(super) const CLIENT_COLUMNS: &[Column] = &[
    Column::keep("client id"),
    Column::keep("name"),
    Column::keep("space"),
    Column::keep("type").wide(),
    Column::list("grant types").wide(),
    Column::list("scopes").wide(),
    Column::keep("created").wide(),
    Column::text("display name"),
];

pub(super) fn client_row(c: &Client, p: &Printer) -> Vec<String> {
    vec![
        c.client_id.clone(),
        c.client_name.clone(),
        or_dash(&c.space_id),
        if c.require_client_secret {
            "confidential"
        } else {
            "public"
        }
        .into(),
        or_dash(&c.allowed_grant_types.join(",")),
        or_dash(&c.allowed_scopes.join(" ")),
        p.time(c.created_at),
        c.display_name.clone(),
    ]
}

/// `clients create` output: the client and its first secret (with the value, shown once).
pub type Created = CreatedClient;

impl Render for CreatedClient {
    fn human(&self, p: &Printer) -> io::Result<()> {
        let mut fields = client_fields(&self.client);
        fields.truncate(9);
        if let Some(s) = &self.secret {
            fields.push(("Secret ID", s.id.clone()));
            fields.push(("Secret expires", crate::output::expiry(s.expiration)));
            fields.push(("Client secret", s.value.clone().unwrap_or_default()));
        }
        if let Some(r) = &self.registration {
            fields.push(("Registration URI", r.client_uri.clone()));
            fields.push(("Registration token", r.access_token.clone()));
        }
        p.fields(&fields)
    }
}

// ---------- list ----------

pub(super) async fn list_clients(
    ctx: &Context,
    space: Option<String>,
    page_size: Option<usize>,
) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    let backend = ctx.backend()?;
    // (all_clients lowers it to the most the server accepts.)
    let page_size = page_size.unwrap_or(backend.descriptor().page_size.default);
    if space.is_some() {
        backend.require(Capability::Spaces)?;
    }
    // Pages are streamed: JSON elements are written as they arrive, and the table keeps only the
    // cells it shows, so a tenant with many clients needs little memory. The first page is read
    // before anything is written, so a refused request leaves stdout empty.
    let mut clients = crate::backend::all_clients(backend, space.as_deref(), page_size);
    let mut next = clients.try_next().await?;
    let mut json = if ctx.printer.is_json() {
        Some(ctx.printer.json_array()?)
    } else {
        None
    };
    let mut rows = ctx.printer.table_writer(CLIENT_COLUMNS);
    while let Some(c) = next {
        match &mut json {
            Some(w) => w.push(&c)?,
            None => rows.push(client_row(&c, &ctx.printer)),
        }
        next = clients.try_next().await?;
    }
    match json {
        Some(w) => w.finish()?,
        None => {
            let n = rows.len();
            rows.finish()?;
            if n == 0 {
                ctx.printer
                    .hint("no clients yet; create one with `oauthctl clients create`");
            }
        }
    }
    Ok(())
}

impl Row for Client {
    const COLUMNS: &'static [Column] = CLIENT_COLUMNS;
    fn row(&self, p: &Printer) -> Vec<String> {
        client_row(self, p)
    }
}
