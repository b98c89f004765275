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
    // The file's problems and those found against the server's state are reported together.
    let mut p = Problems::new(&source);
    let Some(declared) = file::parse_into(&source, &text, json, &supports(backend), now, &mut p)
    else {
        p.into_result()?;
        unreachable!("a file that cannot be read has a problem");
    };
    let opts = Options {
        space: args.space.clone(),
        prune: args.prune,
        acting: ctx.acting_client()?,
        now,
        multiple_secrets: backend.has(Capability::MultipleSecrets),
    };
    let plan = match plan_checked(backend, &declared, &opts, &mut p).await {
        Ok(plan) => plan,
        // The server cannot be read: the file's own problems come first, if it has any.
        Err(e) if !p.is_empty() => {
            p.into_result()?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    p.into_result()?;
    Ok((backend, declared, plan))
}

/// The reads and the plan (separate from the file, for the unit tests of apply).
pub async fn plan_against(
    backend: &dyn Backend,
    declared: &Declared,
    opts: &Options,
) -> anyhow::Result<Plan> {
    let mut p = Problems::new(&declared.source);
    let plan = plan_checked(backend, declared, opts, &mut p).await?;
    p.into_result()?;
    Ok(plan)
}

/// The reads and the plan, adding to `p` every problem that `apply` would otherwise meet only
/// when it sends: unknown scopes, a client ID that does not exist, built-in clients, spaces.
pub async fn plan_checked(
    backend: &dyn Backend,
    declared: &Declared,
    opts: &Options,
    problems: &mut Problems,
) -> anyhow::Result<Plan> {
    let clients = collect_clients(backend, None).await?;
    let spaces = if backend.has(Capability::Spaces) {
        Some(backend.list_spaces().await?)
    } else {
        None
    };
    let authorizations = if backend.has(Capability::Authorizations) {
        Some(backend.list_authorizations().await?)
    } else {
        None
    };
    // The scope catalogue, where the kind has one; an empty one (metadata without
    // scopes_supported) says nothing, so nothing is checked against it.
    let scopes: Option<Vec<String>> = if backend.has(Capability::ScopeCatalogue) {
        let names: Vec<String> = backend
            .list_scopes()
            .await?
            .into_iter()
            .map(|s| s.name)
            .collect();
        (!names.is_empty()).then_some(names)
    } else {
        None
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
    // (The problems of matching are added once, by the plan below.)
    let mut p = Problems::new(&declared.source);
    // The secrets of the clients with a policy, and — where the kind keeps several — of every
    // confidential client named: one without a live secret gets a first one.
    let every = backend.has(Capability::MultipleSecrets);
    let due: Vec<String> = plan::matches(declared, &clients, &mut p)
        .iter()
        .zip(&declared.clients)
        .filter_map(|(m, d)| {
            let c = (*m)?;
            let policy = d.secret.as_ref().is_some_and(|s| s.rotate_within.is_some());
            ((policy || every) && c.require_client_secret).then(|| c.client_id.clone())
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
    let tenant = backend.target().tenant.clone();
    let current = Current {
        clients: &clients,
        authorizations: authorizations.as_deref(),
        secrets: &secrets,
        spaces: spaces.as_deref(),
        scopes: scopes.as_deref(),
        tenant: &tenant,
    };
    // The server's own clients are not oauthctl's to declare.
    let d = backend.descriptor();
    for c in &declared.clients {
        let mut named = std::iter::once(c.client_name.as_str()).chain(c.client_id.as_deref());
        if let Some(own) = named.find(|n| d.owns(n)) {
            problems.add(
                c.line,
                format!(
                    "{own} is one of {}'s own clients; leave it out of the file (oauthctl neither changes nor deletes it)",
                    backend.kind()
                ),
            );
        }
    }
    let plan = plan::plan(declared, &current, opts, problems);
    // What the kind cannot store as declared (its field table): at the field's line, before any
    // change, as apply's create or update would refuse it only when its turn came.
    // (Names are unique in a file: a name given twice is a problem of its own.)
    let by_name: HashMap<&str, &file::DeclaredClient> = declared
        .clients
        .iter()
        .map(|d| (d.client_name.as_str(), d))
        .collect();
    let refusals = plan
        .create
        .iter()
        .map(|c| (c.client_name.as_str(), backend.check_fields(&c.request)))
        .chain(
            plan.update
                .iter()
                .map(|u| (u.client_name.as_str(), backend.check_fields(&u.request))),
        );
    for (name, refusal) in refusals {
        if let Some(r) = refusal {
            let at = by_name.get(name).map_or(0, |d| d.line_of(r.field));
            problems.add(at, format!("{}: {}", r.field, r.why));
        }
    }
    // An authorization of a client that is neither the tenant's nor authorized now: apply's PUT
    // would find no such client, so diff asks the server too.
    let known: std::collections::HashSet<&str> = clients
        .iter()
        .map(|c| c.client_id.as_str())
        .chain(
            authorizations
                .iter()
                .flatten()
                .map(|a| a.client_id.as_str()),
        )
        .collect();
    for a in declared.authorizations.iter().flatten() {
        let planned = plan
            .authorizations
            .iter()
            .any(|c| c.client_id == a.client_id && c.action == "put");
        if !planned || known.contains(a.client_id.as_str()) {
            continue;
        }
        match backend.client_info(&a.client_id).await {
            Ok(info) => {
                let outside: Vec<&str> = a
                    .scopes
                    .iter()
                    .filter(|s| !info.requested_scopes.contains(s))
                    .map(String::as_str)
                    .collect();
                if !outside.is_empty() {
                    problems.add(
                        a.line,
                        format!(
                            "scopes: the client {} does not request {} (it requests: {})",
                            a.client_id,
                            outside.join(", "),
                            info.requested_scopes.join(" ")
                        ),
                    );
                }
            }
            Err(crate::error::BackendError::NotFound { .. }) => problems.add(
                a.line,
                format!(
                    "no client with ID {} on the server (ask the app's provider for its client ID)",
                    a.client_id
                ),
            ),
            Err(e) => return Err(e.into()),
        }
    }
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
        for w in &plan.warnings {
            ctx.printer.warn(w);
        }
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
        let who = match (&a.client_name, a.client_id.as_str()) {
            (Some(n), "") => n.clone(),
            (Some(n), id) => format!("{n} ({id})"),
            (None, id) => id.to_string(),
        };
        out.push(match a.action {
            "delete" => format!("- authorization {who}: {}", scopes(&a.old)),
            _ if a.old.is_none() => format!("+ authorization {who}: {}", scopes(&a.new)),
            _ => format!(
                "~ authorization {who}: {} → {}",
                scopes(&a.old),
                scopes(&a.new)
            ),
        });
    }
    out
}

impl Render for Plan {
    fn human(&self, p: &Printer) -> io::Result<()> {
        // Names and values come from the server: shown with control characters escaped.
        for line in plan_lines(self) {
            p.line(&crate::output::visible(&line))?;
        }
        for (id, why) in &self.kept {
            p.status(&format!("kept {id}: {why}"));
        }
        Ok(())
    }
}
