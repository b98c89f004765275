//! Clients as code: `oauthctl diff`, `apply` and `export`, for every kind of server.
//!
//! - [`file`] reads and checks the file (every error names its line) before any request;
//! - [`plan`] compares it with the server's state, read once per kind of list, with no I/O;
//! - [`apply`] carries the plan out, creating with bounded concurrency and delivering each new
//!   secret the moment it exists;
//! - [`export`] writes the server's clients in the same format.

pub mod apply;
pub mod export;
pub mod file;
pub mod plan;

use std::collections::HashMap;
use std::io;

use chrono::Utc;
use futures_util::stream::{self, StreamExt};

use super::Context;
use crate::backend::{collect_clients, Backend, Capability};
use crate::cli::{DeclareArgs, DiffArgs};
use crate::error::{CliError, ErrorKind};
use crate::output::{Printer, Render};
use file::{Declared, Problems, Supports};
use plan::{Current, Options, Plan};

pub use apply::apply;
pub use export::export;

/// Secret lists read at a time while planning rotations.
const READ_CONCURRENCY: usize = 8;

pub fn supports(backend: &dyn Backend) -> Supports {
    Supports {
        kind: backend.kind(),
        fields: backend.client_fields(),
        spaces: backend.has(Capability::Spaces),
        authorizations: backend.has(Capability::Authorizations),
        multiple_secrets: backend.has(Capability::MultipleSecrets),
    }
}

/// Reads and checks the file, reads the server's state (each list once, and the secrets of the
/// clients with a rotation policy), and plans. Every problem is reported before any change.
pub async fn load<'b>(
    ctx: &'b Context,
    args: &DeclareArgs,
) -> anyhow::Result<(&'b dyn Backend, Declared, Plan)> {
    let (source, text, json) = file::read_source(&args.file)?;
    let backend = ctx.backend()?;
    if args.space.is_some() {
        backend.require(Capability::Spaces)?;
    }
    let now = Utc::now();
    let declared = file::parse(&source, &text, json, &supports(backend), now)?;
    let opts = Options {
        space: args.space.clone(),
        prune: args.prune,
        acting: ctx.acting_client()?,
        now,
        multiple_secrets: backend.has(Capability::MultipleSecrets),
    };
    let plan = plan_against(backend, &declared, &opts).await?;
    Ok((backend, declared, plan))
}

/// The reads and the plan (separate from the file, for the unit tests of apply).
pub async fn plan_against(
    backend: &dyn Backend,
    declared: &Declared,
    opts: &Options,
) -> anyhow::Result<Plan> {
    let clients = collect_clients(backend, None).await?;
    let spaces = if backend.has(Capability::Spaces) {
        Some(backend.list_spaces().await?)
    } else {
        None
    };
    let authorizations = match &declared.authorizations {
        Some(_) => Some(backend.list_authorizations().await?),
        None => None,
    };
    if let Some(s) = &opts.space {
        if let Some(known) = &spaces {
            if !known.iter().any(|k| &k.id == s) {
                return Err(CliError::usage(format!(
                    "--space {s}: no such space in tenant {}",
                    backend.target().tenant
                ))
                .with_hint(format!(
                    "spaces are: {}",
                    known
                        .iter()
                        .map(|k| k.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .into());
            }
        }
    }
    let mut p = Problems::new(&declared.source);
    let due: Vec<String> = plan::matches(declared, &clients, &mut p)
        .iter()
        .zip(&declared.clients)
        .filter_map(|(m, d)| {
            let c = (*m)?;
            (d.secret.as_ref()?.rotate_within.is_some() && c.require_client_secret)
                .then(|| c.client_id.clone())
        })
        .collect();
    let secrets: HashMap<String, Vec<crate::model::Secret>> = stream::iter(due)
        .map(|id| async move {
            let s = backend.list_secrets(&id).await;
            s.map(|s| (id, s)).map_err(anyhow::Error::from)
        })
        .buffer_unordered(READ_CONCURRENCY)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    let current = Current {
        clients: &clients,
        authorizations: authorizations.as_deref(),
        secrets: &secrets,
        spaces: spaces.as_deref(),
    };
    let mut p = Problems::new(&declared.source);
    let plan = plan::plan(declared, &current, opts, &mut p);
    p.into_result()?;
    Ok(plan)
}

/// `oauthctl diff`
pub async fn diff(ctx: &Context, args: DiffArgs) -> anyhow::Result<()> {
    let (backend, declared, plan) = load(ctx, &args.declare).await?;
    let t = backend.target();
    if !ctx.printer.is_json() {
        ctx.printer.status(&format!(
            "plan for tenant {} at {} from {}:",
            t.tenant, t.base_url, declared.source
        ));
    }
    ctx.printer.emit(&plan)?;
    if !ctx.printer.is_json() {
        ctx.printer.status(&summary(&plan));
    }
    if args.exit_code && plan.changes() > 0 {
        return Err(CliError::new(
            ErrorKind::Changes,
            format!("the plan has {} change(s)", plan.changes()),
        )
        .with_hint(format!(
            "carry it out with `oauthctl apply -f {}`",
            args.declare.file
        ))
        .into());
    }
    Ok(())
}

pub fn summary(plan: &Plan) -> String {
    if plan.changes() == 0 {
        return format!(
            "no changes: the server matches the file ({} client(s) unchanged)",
            plan.unchanged.len()
        );
    }
    let mut s = format!(
        "{} to create, {} to change, {} to delete, {} unchanged",
        plan.create.len(),
        plan.update.len(),
        plan.delete.len(),
        plan.unchanged.len()
    );
    if !plan.authorizations.is_empty() {
        s.push_str(&format!(
            ", {} authorization(s) to change",
            plan.authorizations.len()
        ));
    }
    s
}

fn compact(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Array(a) => format!(
            "[{}]",
            a.iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), String::from))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        serde_json::Value::Null => "-".into(),
        other => other.to_string(),
    }
}

/// The plan for people: `+` create, `~` change (old → new), `-` delete.
pub fn plan_lines(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let width =
        |fields: &mut dyn Iterator<Item = &str>| fields.map(str::len).max().unwrap_or(0) + 1;
    for c in &plan.create {
        out.push(format!("+ client {}", c.client_name));
        let mut rows: Vec<(String, String)> = Vec::new();
        if let Some(id) = &c.client_id {
            rows.push(("clientId".into(), id.clone()));
        }
        for (k, v) in &c.fields {
            rows.push((k.clone(), compact(v)));
        }
        if c.request.require_client_secret != Some(false) {
            rows.push((
                "secret".into(),
                match &c.secret_expires_in {
                    Some(_) => "a first secret, with the policy's lifetime".into(),
                    None => "a first secret".into(),
                },
            ));
        }
        let w = width(&mut rows.iter().map(|(k, _)| k.as_str()));
        for (k, v) in rows {
            out.push(format!("    {:w$} {v}", format!("{k}:")));
        }
    }
    for u in &plan.update {
        out.push(format!("~ client {} ({})", u.client_name, u.client_id));
        let w = width(&mut u.changes.iter().map(|c| c.field.as_str()));
        for c in &u.changes {
            let line = if c.field == "secret" {
                format!("rotate: {}", c.old.as_str().unwrap_or_default())
            } else {
                format!("{} → {}", compact(&c.old), compact(&c.new))
            };
            out.push(format!("    {:w$} {line}", format!("{}:", c.field)));
        }
    }
    for d in &plan.delete {
        out.push(format!("- client {} ({})", d.client_name, d.client_id));
    }
    let scopes = |s: &Option<Vec<String>>| {
        s.as_ref()
            .map_or("-".to_string(), |s| format!("[{}]", s.join(", ")))
    };
    for a in &plan.authorizations {
        out.push(match a.action {
            "delete" => format!("- authorization {}: {}", a.client_id, scopes(&a.old)),
            _ if a.old.is_none() => {
                format!("+ authorization {}: {}", a.client_id, scopes(&a.new))
            }
            _ => format!(
                "~ authorization {}: {} → {}",
                a.client_id,
                scopes(&a.old),
                scopes(&a.new)
            ),
        });
    }
    out
}

impl Render for Plan {
    fn human(&self, p: &Printer) -> io::Result<()> {
        for line in plan_lines(self) {
            p.line(&line)?;
        }
        for (id, why) in &self.kept {
            p.status(&format!("kept {id}: {why}"));
        }
        Ok(())
    }
}
