//! `oauthctl export`: the tenant's clients (and authorizations) in the format `apply` reads.
//! No secret value, no server-managed field, no client ID (clients are identified by name), and
//! fields at their defaults are left out, so the file applies to any kind of server.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::plan::is_builtin;
use super::Context;
use crate::backend::{collect_clients, Backend, Capability};
use crate::cli::ExportArgs;
use crate::model::{same_scopes, Authorization, Client};
use crate::output::Format;

/// Fields the server manages: never exported.
const SERVER_MANAGED: &[&str] = &["clientId", "tenantId", "createdAt", "updatedAt"];

/// Values a new client gets when the file leaves the field out.
fn is_default(field: &str, v: &Value, c: &Client) -> bool {
    match field {
        "displayName" => v.as_str() == Some(c.client_name.as_str()),
        "allowOfflineAccess" | "requireConsent" | "allowNoPkce" | "allowRopc" => {
            v == &Value::Bool(false)
        }
        "allowRememberConsent" | "backChannelLogoutSessionRequired" | "requireClientSecret" => {
            v == &Value::Bool(true)
        }
        // The grant types say what a client is for: always written.
        "allowedGrantTypes" => false,
        _ => v.as_array().is_some_and(Vec::is_empty),
    }
}

/// One client as a file entry.
pub fn entry(c: &Client, backend: &dyn Backend, in_space: bool) -> Value {
    let fields = backend.client_fields();
    let mut out = Map::new();
    let Value::Object(all) = serde_json::to_value(c).unwrap_or(Value::Null) else {
        return Value::Object(out);
    };
    for (k, v) in all {
        let keep = !SERVER_MANAGED.contains(&k.as_str())
            && fields.contains(&k.as_str())
            && !(k == "spaceId" && (in_space || !backend.has(Capability::Spaces)))
            && !is_default(&k, &v, c);
        if keep {
            out.insert(k, v);
        }
    }
    Value::Object(out)
}

/// A client's own grant, written under it by name (`authorizedScopes`) so that it follows the
/// client to any tenant or server: only where it differs from the grant a new client gets (all
/// its allowed scopes); `[]` when it has none.
pub fn own_grant(c: &Client, auths: &[Authorization]) -> Option<Value> {
    match auths.iter().find(|a| a.client_id == c.client_id) {
        Some(a) if same_scopes(&a.scopes, &c.allowed_scopes) => None,
        Some(a) => Some(Value::from(a.scopes.clone())),
        None => Some(Value::Array(Vec::new())),
    }
}

/// The authorizations listed by client ID: those of other organisations' clients only (the
/// tenant's own clients carry theirs as `authorizedScopes`), never the built-in ones.
pub fn declared_authorizations(auths: &[Authorization], clients: &[Client]) -> Vec<Value> {
    let own: HashSet<&str> = clients.iter().map(|c| c.client_id.as_str()).collect();
    let mut out: Vec<&Authorization> = auths
        .iter()
        .filter(|a| !is_builtin(&a.client_id) && !own.contains(a.client_id.as_str()))
        .collect();
    out.sort_by(|a, b| a.client_id.cmp(&b.client_id));
    out.iter()
        .map(|a| serde_json::json!({ "clientId": a.client_id, "scopes": a.scopes }))
        .collect()
}

pub async fn export(ctx: &Context, args: ExportArgs) -> anyhow::Result<()> {
    let backend = ctx.backend()?;
    if args.space.is_some() {
        backend.require(Capability::Spaces)?;
    }
    // One read of the whole tenant: the space filter is applied here, and the authorizations of
    // own clients are recognised among all of them.
    let all = collect_clients(backend, None).await?;
    let mut clients: Vec<&Client> = all
        .iter()
        .filter(|c| !is_builtin(&c.client_id) && !is_builtin(&c.client_name))
        .filter(|c| args.space.as_ref().is_none_or(|s| &c.space_id == s))
        .collect();
    clients.sort_by(|a, b| a.client_name.cmp(&b.client_name));
    let auths = if backend.has(Capability::Authorizations) {
        Some(backend.list_authorizations().await?)
    } else {
        None
    };
    let mut doc = Map::new();
    doc.insert(
        "clients".into(),
        Value::Array(
            clients
                .iter()
                .map(|c| {
                    let mut e = entry(c, backend, args.space.is_some());
                    if let (Some(auths), Value::Object(m)) = (&auths, &mut e) {
                        if let Some(g) = own_grant(c, auths) {
                            m.insert("authorizedScopes".into(), g);
                        }
                    }
                    e
                })
                .collect(),
        ),
    );
    if let Some(auths) = &auths {
        // Left out when empty, so the file applies to kinds without authorizations too.
        let listed = declared_authorizations(auths, &all);
        if !listed.is_empty() {
            doc.insert("authorizations".into(), Value::Array(listed));
        }
    }
    let doc = Value::Object(doc);
    match ctx.printer.format {
        Format::Json => ctx.printer.json(&doc)?,
        Format::Yaml | Format::Table | Format::Wide => {
            let t = backend.target();
            let header = format!(
                "# oauthctl export of tenant {}{} at {} ({} kind)\n# apply it with: oauthctl apply -f FILE{}\n",
                t.tenant,
                args.space
                    .as_ref()
                    .map(|s| format!(", space {s}"))
                    .unwrap_or_default(),
                t.base_url,
                backend.kind(),
                args.space
                    .as_ref()
                    .map(|s| format!(" --space {s}"))
                    .unwrap_or_default(),
            );
            let text = format!("{header}{}", crate::output::to_yaml(&doc));
            ctx.printer.line(text.trim_end())?;
        }
    }
    if !ctx.printer.is_json() {
        ctx.printer.status(&format!(
            "exported {} client(s); no secret values (new clients get new secrets when applied)",
            clients.len()
        ));
    }
    Ok(())
}
