//! `oauthctl apply`: carries a plan out. Creates, updates and deletes run `--concurrency` at a
//! time, phase after phase; each result (with a new secret) is written the moment it exists. At
//! the first failure nothing new is started: what was done and what was not is reported, and a
//! re-run plans again from the server's state, so it finishes the job and creates nothing twice.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use futures_util::stream::{self, StreamExt};
use serde::Serialize;

use super::plan::{AuthChange, Change, Create, Delete, Plan, Update};
use super::Context;
use crate::backend::BackendError;
use crate::backend::{Backend, Capability, CreatedClient, Registration, Sent};
use crate::cli::ApplyArgs;
use crate::commands::rotate::{self, Delivery};
use crate::error::{CliError, ErrorKind};
use crate::model::{Client, CreateSecretRequest, Secret};
use crate::output::{Format, JsonObjectWriter, Printer};

/// One thing done, as it is reported.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Done {
    Created(CreatedClient),
    Updated(Updated),
    Deleted(String),
    Authorization(AuthChange),
}

/// An updated client: the client after the change, what changed, and the new secret when the
/// secret policy rotated it (or the server issued one with the update).
#[derive(Debug, Serialize)]
pub struct Updated {
    pub client: Client,
    pub changes: Vec<Change>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<Secret>,
    /// RFC 7592: a registration access token the server issued anew and oauthctl could not keep.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
}

impl Done {
    fn section(&self) -> Section {
        match self {
            Done::Created(_) => Section::Created,
            Done::Updated(_) => Section::Updated,
            Done::Deleted(_) => Section::Deleted,
            Done::Authorization(_) => Section::Authorizations,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Created,
    Updated,
    Deleted,
    Authorizations,
}

impl Section {
    fn name(self) -> &'static str {
        match self {
            Section::Created => "created",
            Section::Updated => "updated",
            Section::Deleted => "deleted",
            Section::Authorizations => "authorizations",
        }
    }
}

pub struct Exec {
    pub concurrency: usize,
    /// Rotations on one-secret servers replace the secret.
    pub replace: bool,
    /// Rotations verify the new secret at the token endpoint first (none with --no-verify).
    pub(crate) verifier: Option<rotate::Verifier>,
    /// The signal that asked the run to stop (SIGINT 2, SIGTERM 15), 0 while none did: nothing
    /// new starts after it.
    pub signal: std::sync::Arc<std::sync::atomic::AtomicI32>,
}

impl Exec {
    fn signalled(&self) -> i32 {
        self.signal.load(Ordering::SeqCst)
    }
}

/// What a run did not finish: the first failure and the work never started.
#[derive(Default)]
pub struct Outcome {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    pub authorizations: usize,
    pub new_secrets: usize,
    pub failure: Option<(String, anyhow::Error)>,
    pub not_done: Vec<String>,
    /// Why stdout failed, once it did.
    pub stdout_failed: Option<String>,
}

/// Carries the plan out, calling `emit` for each thing done, in phase order (created, updated,
/// deleted, authorizations).
pub(crate) async fn execute(
    backend: &dyn Backend,
    plan: &Plan,
    exec: &Exec,
    deliver: &Delivery,
    printer: &Printer,
    emit: &mut dyn FnMut(&Done) -> io::Result<()>,
) -> Outcome {
    let mut out = Outcome::default();
    let stop = AtomicBool::new(false);
    let stop = &stop;
    // A new secret counts as delivered where a write of it succeeded: stdout (its element is
    // written and flushed by `emit`), the file, the keyring. Only then are old secrets retired;
    // a value that reached nobody is revoked again and stops the run.
    let stdout_of = |written: io::Result<()>| crate::commands::deliver::stdout(printer, written);
    // The IDs of the clients made here, by name: a declared grant of a new client is set on it.
    let mut made: std::collections::HashMap<String, String> = std::collections::HashMap::new();

    // 1. creates
    let mut results = stream::iter(plan.create.iter())
        .map(|c| async move {
            if stop.load(Ordering::SeqCst) || exec.signalled() != 0 {
                return (c, None);
            }
            let r = create_one(backend, c).await;
            if r.is_err() {
                stop.store(true, Ordering::SeqCst);
            }
            (c, Some(r))
        })
        .buffer_unordered(exec.concurrency.max(1));
    while let Some((c, r)) = results.next().await {
        match r {
            None => out.not_done.push(format!("create {}", c.client_name)),
            Some(Ok(done)) => {
                out.created += 1;
                let secret = done.secret.clone();
                let id = done.client.client_id.clone();
                made.insert(c.client_name.clone(), id.clone());
                let written = match secret {
                    Some(_) => {
                        crate::commands::deliver::stdout_delivered(
                            printer,
                            emit(&Done::Created(done)),
                        )
                        .await
                    }
                    None => stdout_of(emit(&Done::Created(done))),
                };
                match secret {
                    Some(s) => {
                        out.new_secrets += 1;
                        let then = format!(
                            "the client {} was kept: give it a secret with `oauthctl secrets create {id}`",
                            c.client_name
                        );
                        if let Err(e) = deliver.settle_new(backend, &id, &s, written, &then).await {
                            stop.store(true, Ordering::SeqCst);
                            fail(
                                &mut out,
                                format!("deliver the secret of {}", c.client_name),
                                e,
                            );
                        }
                    }
                    None => {
                        if let Err(e) = written {
                            stopped_by_stdout(&mut out, stop, e);
                        }
                    }
                }
            }
            Some(Err((partial, e))) => {
                if let Some(done) = partial {
                    out.created += 1;
                    out.new_secrets += usize::from(done.secret.is_some());
                    if let Err(e) = stdout_of(emit(&Done::Created(done))) {
                        stopped_by_stdout(&mut out, stop, e);
                    }
                }
                fail(&mut out, format!("create {}", c.client_name), e);
            }
        }
    }
    drop(results);

    // 2. updates and rotations
    let mut results = stream::iter(plan.update.iter())
        .map(|u| async move {
            if stop.load(Ordering::SeqCst) || exec.signalled() != 0 {
                return (u, None);
            }
            let r = update_one(backend, u, exec).await;
            if r.is_err() {
                stop.store(true, Ordering::SeqCst);
            }
            (u, Some(r))
        })
        .buffer_unordered(exec.concurrency.max(1));
    while let Some((u, r)) = results.next().await {
        match r {
            None => out.not_done.push(format!("update {}", u.client_name)),
            Some(Ok((done, pending))) => {
                out.updated += 1;
                let secret = done.secret.clone();
                let written = match pending.is_some() || secret.is_some() {
                    true => {
                        crate::commands::deliver::stdout_delivered(
                            printer,
                            emit(&Done::Updated(done)),
                        )
                        .await
                    }
                    false => stdout_of(emit(&Done::Updated(done))),
                };
                let settled = match (pending, secret) {
                    // A rotation by policy: retire the old secrets only once the new one arrived.
                    (Some(mut p), _) => {
                        out.new_secrets += 1;
                        let verify = rotate::Verify {
                            verifier: exec.verifier.as_ref(),
                            client: Some(&u.current),
                        };
                        rotate::finish_policy(
                            backend,
                            &u.client_id,
                            &mut p,
                            deliver,
                            written,
                            &verify,
                        )
                        .await
                    }
                    // A new secret the server issued with the update.
                    (None, Some(s)) => {
                        out.new_secrets += 1;
                        let then = "the update itself was made";
                        deliver
                            .settle_new(backend, &u.client_id, &s, written, then)
                            .await
                    }
                    (None, None) => written
                        .map_err(io::Error::other)
                        .map_err(anyhow::Error::from),
                };
                if let Err(e) = settled {
                    stop.store(true, Ordering::SeqCst);
                    fail(
                        &mut out,
                        format!("deliver the secret of {}", u.client_name),
                        e,
                    );
                }
            }
            Some(Err((partial, e))) => {
                if let Some(done) = partial {
                    out.updated += 1;
                    out.new_secrets += usize::from(done.secret.is_some());
                    if let Err(e) = stdout_of(emit(&Done::Updated(done))) {
                        stopped_by_stdout(&mut out, stop, e);
                    }
                }
                fail(&mut out, format!("update {}", u.client_name), e);
            }
        }
    }
    drop(results);

    // 3. deletes (after the new clients exist)
    let mut results = stream::iter(plan.delete.iter())
        .map(|d| async move {
            if stop.load(Ordering::SeqCst) || exec.signalled() != 0 {
                return (d, None);
            }
            let r = delete_one(backend, d).await;
            if r.is_err() {
                stop.store(true, Ordering::SeqCst);
            }
            (d, Some(r))
        })
        .buffer_unordered(exec.concurrency.max(1));
    while let Some((d, r)) = results.next().await {
        match r {
            None => out.not_done.push(format!("delete {}", d.client_name)),
            Some(Ok(())) => {
                out.deleted += 1;
                if let Err(e) = stdout_of(emit(&Done::Deleted(d.client_id.clone()))) {
                    stopped_by_stdout(&mut out, stop, e);
                }
            }
            Some(Err(e)) => fail(&mut out, format!("delete {}", d.client_name), e),
        }
    }
    drop(results);

    // 4. authorizations, one at a time (a handful)
    for a in &plan.authorizations {
        let mut a = a.clone();
        if a.client_id.is_empty() {
            // The grant of a client created above (its ID is known now).
            match a.client_name.as_ref().and_then(|n| made.get(n)) {
                Some(id) => a.client_id = id.clone(),
                None => {
                    out.not_done.push(format!(
                        "{} authorization {}",
                        a.action,
                        a.client_name.as_deref().unwrap_or_default()
                    ));
                    continue;
                }
            }
        }
        let a = &a;
        if stop.load(Ordering::SeqCst) || exec.signalled() != 0 {
            out.not_done
                .push(format!("{} authorization {}", a.action, a.client_id));
            continue;
        }
        let r = match a.action {
            "delete" => match backend
                .delete_authorization(&a.client_id)
                .await
                .and_then(Sent::after_sent)
            {
                Err(BackendError::NotFound { .. }) => Ok(()),
                r => r.map_err(anyhow::Error::from),
            },
            _ => backend
                .put_authorization(&a.client_id, a.new.as_deref().unwrap_or(&[]))
                .await
                .and_then(Sent::after_sent)
                .map(|_| ())
                .map_err(anyhow::Error::from),
        };
        match r {
            Ok(()) => {
                out.authorizations += 1;
                if let Err(e) = stdout_of(emit(&Done::Authorization(a.clone()))) {
                    stopped_by_stdout(&mut out, stop, e);
                }
            }
            Err(e) => {
                stop.store(true, Ordering::SeqCst);
                fail(
                    &mut out,
                    format!("{} authorization {}", a.action, a.client_id),
                    e,
                );
            }
        }
    }
    out
}

/// A write to stdout failed: nothing new starts, what is in flight is finished (a client is
/// never left between "create client" and "create secret"), and the run ends with an error that
/// says what was done, never quietly.
fn stopped_by_stdout(out: &mut Outcome, stop: &AtomicBool, e: String) {
    stop.store(true, Ordering::SeqCst);
    if out.stdout_failed.is_none() {
        out.stdout_failed = Some(e.clone());
    }
    fail(
        out,
        "write the result to stdout".into(),
        CliError::other(format!("stdout: {e}")).into(),
    );
}

fn fail(out: &mut Outcome, what: String, e: anyhow::Error) {
    if out.failure.is_none() {
        out.failure = Some((what, e));
    } else {
        out.not_done.push(what);
    }
}

/// Creates one client with its first secret, and delivers the secret. A client whose first
/// secret cannot be made is deleted again (nobody holds a credential for it), so a re-run
/// creates it afresh.
async fn create_one(
    backend: &dyn Backend,
    c: &Create,
) -> Result<CreatedClient, (Option<CreatedClient>, anyhow::Error)> {
    let CreatedClient {
        client,
        secret,
        registration,
    } = backend
        .create_client(&c.request)
        .await
        .and_then(Sent::after_sent)
        .map_err(|e| (None, e.into()))?;
    let secret = if secret.is_some() || !client.require_client_secret {
        secret
    } else if backend.has(Capability::MultipleSecrets) {
        let now = Utc::now();
        let req = CreateSecretRequest {
            description: Some("created by oauthctl apply".into()),
            start_time: c.secret_expires_in.map(|_| now),
            expiration: c.secret_expires_in.and_then(|s| s.after(now)),
        };
        match backend
            .create_secret(&client.client_id, &req)
            .await
            .and_then(Sent::after_sent)
        {
            Ok(s) => Some(s),
            Err(e) => {
                let e = anyhow::Error::from(e);
                let id = client.client_id.clone();
                return match backend.delete_client(&id).await.and_then(Sent::after_sent) {
                    Ok(()) => Err((
                        None,
                        e.context(format!(
                            "creating the first secret of {} failed, so the new client was deleted again",
                            c.client_name
                        )),
                    )),
                    Err(_) => Err((
                        Some(CreatedClient {
                            client,
                            secret: None,
                            registration,
                        }),
                        e.context(format!(
                            "the client {} ({id}) was created without a secret; create one with `oauthctl secrets create {id}`",
                            c.client_name
                        )),
                    )),
                };
            }
        }
    } else {
        None
    };
    let created = CreatedClient {
        client,
        secret,
        registration,
    };
    if let Some(s) = &created.secret {
        let id = created.client.client_id.clone();
        if s.value.is_none() {
            return Err((
                Some(created),
                CliError::other(format!(
                    "the server's answer carried no secret value for the new client {id}; create one with `oauthctl secrets create {id}`"
                ))
                .into(),
            ));
        }
    }
    Ok(created)
}

/// Updates one client and, for a secret policy that is due, makes the new secret. The caller
/// writes the result, then settles the new secret (and retires the old ones) by the delivery
/// rule.
async fn update_one(
    backend: &dyn Backend,
    u: &Update,
    exec: &Exec,
) -> Result<(Updated, Option<rotate::PolicyRotation>), (Option<Updated>, anyhow::Error)> {
    let mut done = Updated {
        client: u.current.clone(),
        changes: u.changes.clone(),
        secret: None,
        registration: None,
    };
    if !u.request.is_empty() {
        let up = backend
            .update_client(&u.client_id, &u.request)
            .await
            .and_then(Sent::after_sent)
            .map_err(|e| (None, e.into()))?;
        done.client = up.client;
        // A server that issues a new secret with an update: that value is delivered too.
        done.secret = up.secret;
    }
    let mut pending = None;
    if let Some(r) = &u.rotate {
        if done.secret.is_some() {
            // The update already replaced the one secret: that is the rotation.
        } else {
            let replace = exec.replace && !backend.has(Capability::MultipleSecrets);
            match rotate::begin_policy(backend, &u.client_id, r.expires_in, r.overlap, replace)
                .await
            {
                Ok(Some(p)) => {
                    done.secret = p.rotation.secret.clone();
                    pending = Some(p);
                }
                Ok(None) => {}
                Err((partial, e)) => {
                    if let Some(s) = partial.and_then(|r| r.secret) {
                        done.secret = Some(s);
                    }
                    done.registration = backend.new_registration(&u.client_id);
                    let changed_fields = !u.request.is_empty();
                    return Err(((changed_fields || done.secret.is_some()).then_some(done), e));
                }
            }
        }
    }
    done.registration = backend.new_registration(&u.client_id);
    Ok((done, pending))
}

async fn delete_one(backend: &dyn Backend, d: &Delete) -> anyhow::Result<()> {
    match backend
        .delete_client(&d.client_id)
        .await
        .and_then(Sent::after_sent)
    {
        // Already gone (a re-run after a failure): done.
        Err(BackendError::NotFound { .. }) => Ok(()),
        r => Ok(r?),
    }
}

// ---------- the command ----------

/// Writes what was done as it happens: a JSON or YAML document streamed section by section, or a
/// tab-separated line per thing done.
struct Sink<'a> {
    format: Format,
    /// The command's printer: the sink writes to its stdout.
    printer: Printer,
    json: Option<JsonObjectWriter<'a>>,
    /// Sections opened so far (in order), and whether the last one has items (YAML).
    opened: Vec<Section>,
    last_has_items: bool,
    sections: Vec<Section>,
}

impl Sink<'_> {
    fn new(printer: &Printer, with_authorizations: bool) -> io::Result<Self> {
        let format = printer.format;
        let mut sections = vec![Section::Created, Section::Updated, Section::Deleted];
        if with_authorizations {
            sections.push(Section::Authorizations);
        }
        Ok(Sink {
            format,
            printer: printer.clone(),
            json: match format {
                Format::Json => Some(printer.json_object()?),
                _ => None,
            },
            opened: Vec::new(),
            last_has_items: false,
            sections,
        })
    }

    fn open_to(&mut self, s: Option<Section>) -> io::Result<()> {
        let want: Vec<Section> = self
            .sections
            .iter()
            .copied()
            .filter(|x| s.is_none_or(|s| *x <= s))
            .collect();
        for sec in want {
            if self.opened.contains(&sec) {
                continue;
            }
            self.close_yaml()?;
            self.opened.push(sec);
            match (&mut self.json, self.format) {
                (Some(w), _) => w.begin_array(sec.name())?,
                (None, Format::Yaml) => {
                    let mut o = self.printer.stdout();
                    write!(o, "{}:", sec.name())?;
                    o.flush()?;
                    self.last_has_items = false;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn close_yaml(&mut self) -> io::Result<()> {
        if self.format == Format::Yaml && !self.opened.is_empty() && !self.last_has_items {
            let mut o = self.printer.stdout();
            writeln!(o, " []")?;
            self.last_has_items = true;
        }
        Ok(())
    }

    fn push(&mut self, p: &Printer, d: &Done) -> io::Result<()> {
        self.open_to(Some(d.section()))?;
        match self.format {
            Format::Json => self.json.as_mut().map_or(Ok(()), |w| w.push(d)),
            Format::Yaml => {
                let v = serde_json::to_value(d).map_err(io::Error::other)?;
                let text = crate::output::to_yaml(&serde_json::Value::Array(vec![v]));
                let mut o = self.printer.stdout();
                if !self.last_has_items {
                    writeln!(o)?;
                }
                self.last_has_items = true;
                for line in text.lines() {
                    writeln!(o, "  {line}")?;
                }
                o.flush()
            }
            Format::Table | Format::Wide => p.line(&table_line(d)),
        }
    }

    fn finish(mut self, unchanged: &[String]) -> io::Result<()> {
        self.open_to(None)?;
        self.close_yaml()?;
        match self.format {
            Format::Json => {
                let mut w = self.json.take().expect("a JSON sink");
                w.member("unchanged", unchanged)?;
                w.finish()
            }
            Format::Yaml => {
                let text = crate::output::to_yaml(&serde_json::json!({ "unchanged": unchanged }));
                let mut o = self.printer.stdout();
                o.write_all(text.as_bytes())?;
                o.flush()
            }
            Format::Table | Format::Wide => Ok(()),
        }
    }
}

fn secret_cells(s: &Secret) -> String {
    format!(
        "secret {}\texpires {}\t{}",
        v(&s.id),
        crate::output::expiry(s.expiration),
        v(s.value.as_deref().unwrap_or(""))
    )
}

/// A cell of a line for people: what the server sent, with control characters escaped (the tabs
/// between cells are oauthctl's own).
fn v(s: &str) -> std::borrow::Cow<'_, str> {
    crate::output::visible(s)
}

fn table_line(d: &Done) -> String {
    match d {
        Done::Created(c) => {
            let mut l = format!(
                "created\t{}\t{}",
                v(&c.client.client_id),
                v(&c.client.client_name)
            );
            if let Some(s) = &c.secret {
                l.push('\t');
                l.push_str(&secret_cells(s));
            }
            if let Some(r) = &c.registration {
                l.push_str(&format!(
                    "\tregistration {}\t{}",
                    v(&r.client_uri),
                    v(&r.access_token)
                ));
            }
            l
        }
        Done::Updated(u) => {
            let fields: Vec<&str> = u.changes.iter().map(|c| c.field.as_str()).collect();
            let mut l = format!(
                "updated\t{}\t{}\t{}",
                v(&u.client.client_id),
                v(&u.client.client_name),
                fields.join(",")
            );
            if let Some(s) = &u.secret {
                l.push('\t');
                l.push_str(&secret_cells(s));
            }
            if let Some(r) = &u.registration {
                l.push_str(&format!(
                    "\tregistration {}\t{}",
                    v(&r.client_uri),
                    v(&r.access_token)
                ));
            }
            l
        }
        Done::Deleted(id) => format!("deleted\t{}", v(id)),
        Done::Authorization(a) => match a.action {
            "delete" => format!("unauthorized\t{}", v(&a.client_id)),
            _ => format!(
                "authorized\t{}\t{}",
                v(&a.client_id),
                v(&a.new.as_deref().unwrap_or(&[]).join(" "))
            ),
        },
    }
}

/// `oauthctl apply`
pub async fn apply(ctx: &Context, args: ApplyArgs) -> anyhow::Result<()> {
    let (backend, declared, plan) = super::load(ctx, &args.declare).await?;
    let p = &ctx.printer;
    // Rotations on a one-secret server replace the secret: only with --replace, refused before
    // anything is done.
    if plan.rotations() > 0 && !backend.has(Capability::MultipleSecrets) {
        if !args.replace {
            let names: Vec<&str> = plan
                .update
                .iter()
                .filter(|u| u.rotate.is_some())
                .map(|u| u.client_name.as_str())
                .collect();
            return Err(CliError::new(
                ErrorKind::Unsupported,
                format!(
                    "the {} admin API keeps one secret per client: the secret policy of {} asks for a rotation, which replaces the secret (the old one stops working at once); nothing was done",
                    backend.kind(),
                    names.join(", ")
                ),
            )
            .with_hint("pass --replace to replace those secrets (update every app that uses them right after), or remove rotateWithin")
            .into());
        }
        backend.require(Capability::ReplaceSecret)?;
    }
    let t = backend.target();
    if !p.is_json() {
        for w in &plan.warnings {
            p.warn(w);
        }
    }
    if plan.changes() == 0 {
        if !p.is_json() {
            for (id, why) in &plan.kept {
                p.status(&format!("kept {id}: {why}"));
            }
            p.status(&super::summary(&plan));
        }
        let sink = Sink::new(p, declared.authorizations.is_some())?;
        sink.finish(&plan.unchanged)?;
        return Ok(());
    }
    // For people, on stderr; a script reading JSON gets the result document alone.
    let people = !p.is_json();
    if people {
        p.status(&format!(
            "plan for tenant {} at {} from {}:",
            t.tenant, t.base_url, declared.source
        ));
        for line in super::plan_lines(&plan) {
            p.status(&line);
        }
        for (id, why) in &plan.kept {
            p.status(&format!("kept {id}: {why}"));
        }
        p.status(&super::summary(&plan));
    }
    // A dry run of apply is the plan above: nothing below runs under --dry-run, so every change
    // below is sent (`Sent::after_sent`).
    if ctx.global.dry_run {
        p.status("dry run: nothing was sent; run again without --dry-run to apply it");
        return Ok(());
    }
    ctx.confirm(&format!(
        "Apply these changes to tenant {} at {}?",
        t.tenant, t.base_url
    ))?;
    // New secret values that could only go to a stdout that reaches nobody: refused before any
    // change.
    if !plan.create.is_empty() || plan.update.iter().any(|u| u.rotate.is_some()) {
        crate::commands::deliver::preflight(
            p,
            args.output_file.is_some() || args.store.is_some(),
            false,
        )?;
        crate::commands::deliver::probe_keyring(args.store.is_some(), false).await?;
    }
    let deliver =
        rotate::bulk_delivery(args.output_file.as_deref(), args.store.is_some(), backend)?;
    let exec = Exec {
        concurrency: usize::from(args.concurrency),
        replace: args.replace,
        verifier: rotate::Verifier::new(ctx, args.no_verify)?,
        signal: Default::default(),
    };
    let signals = tokio::spawn(crate::commands::deliver::watch_signals(exec.signal.clone()));
    // The section is there when the file manages authorizations, or declares a grant that changes.
    let auth_section = declared.authorizations.is_some() || !plan.authorizations.is_empty();
    let mut sink = Sink::new(p, auth_section)?;
    let outcome = {
        let mut emit = |d: &Done| sink.push(p, d);
        execute(backend, &plan, &exec, &deliver, p, &mut emit).await
    };
    let mut outcome = outcome;
    // A run that changed something reports a failed write instead of exiting quietly.
    if let Err(e) = crate::commands::deliver::stdout(p, sink.finish(&plan.unchanged)) {
        if outcome.failure.is_none() && outcome.stdout_failed.is_none() {
            outcome.failure = Some((
                "write the result to stdout".into(),
                CliError::other(format!("stdout: {e}")).into(),
            ));
        }
    }
    let done = format!(
        "{} created, {} updated, {} deleted, {} unchanged{}",
        outcome.created,
        outcome.updated,
        outcome.deleted,
        plan.unchanged.len(),
        if plan.authorizations.is_empty() {
            String::new()
        } else {
            format!(", {} authorization(s) changed", outcome.authorizations)
        }
    );
    signals.abort();
    if outcome.new_secrets > 0 && people {
        p.warn("each new secret value is shown only this once. Store it safely now.");
    }
    let signal = exec.signalled();
    if signal != 0 {
        let (kind, name) = match signal {
            15 => (ErrorKind::Terminated, "SIGTERM"),
            _ => (ErrorKind::Cancelled, "SIGINT"),
        };
        let not_done = if outcome.not_done.is_empty() {
            String::new()
        } else {
            format!(" Not done: {}.", outcome.not_done.join(", "))
        };
        let failed = match &outcome.failure {
            Some((what, e)) => format!(" Failed: {what} ({e:#})."),
            None => String::new(),
        };
        return Err(CliError::new(
            kind,
            format!(
                "apply stopped by {name}: nothing new was started, and what was in flight was finished. Done: {done}.{failed}{not_done}"
            ),
        )
        .with_hint("run the same apply again to finish: what was done is not done twice")
        .into());
    }
    match outcome.failure {
        None => {
            if people {
                p.success(&format!("applied: {done}"));
            }
            Ok(())
        }
        Some((what, e)) => {
            let not_done = if outcome.not_done.is_empty() {
                String::new()
            } else {
                format!("; not done: {}", outcome.not_done.join(", "))
            };
            // A CliError on top: a closed pipe under it is reported, never a quiet exit.
            Err(e.context(CliError::other(format!(
                "apply stopped: {what} failed. Done: {done}{not_done}. Run the same apply again to finish: what was done is not done twice"
            ))))
        }
    }
}

#[cfg(test)]
mod tests {
    //! The apply logic against the in-memory backend: a failure halfway, and the re-run.
    use super::*;
    use crate::backend::memory::{MemoryBackend, Op};
    use crate::commands::declare::file::{parse, Problems};
    use crate::commands::declare::plan::Options;
    use crate::commands::declare::{plan_against, supports};

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    fn no_delivery(b: &dyn Backend) -> Delivery {
        rotate::bulk_delivery(None, false, b).unwrap()
    }

    fn opts(prune: bool) -> Options {
        Options {
            space: None,
            prune,
            acting: None,
            now: Utc::now(),
            multiple_secrets: true,
        }
    }

    fn run(
        b: &MemoryBackend,
        text: &str,
        prune: bool,
        concurrency: usize,
    ) -> (Vec<String>, Outcome) {
        let rt = rt();
        let d = parse("f.yaml", text, false, &supports(b), Utc::now()).unwrap();
        let plan = rt.block_on(plan_against(b, &d, &opts(prune))).unwrap();
        let deliver = no_delivery(b);
        let (printer, _) = Printer::captured(crate::output::Format::Json);
        let mut seen = Vec::new();
        let exec = Exec {
            concurrency,
            replace: false,
            verifier: None,
            signal: Default::default(),
        };
        let out = rt.block_on(execute(
            b,
            &plan,
            &exec,
            &deliver,
            &printer,
            &mut |d: &Done| {
                seen.push(table_line(d));
                Ok(())
            },
        ));
        (seen, out)
    }

    fn names(b: &MemoryBackend) -> Vec<String> {
        let mut v: Vec<String> = rt()
            .block_on(crate::backend::collect_clients(b, None))
            .unwrap()
            .into_iter()
            .map(|c| c.client_name)
            .collect();
        v.sort();
        v
    }

    const FILE: &str = "clients:\n  - clientName: a\n  - clientName: b\n  - clientName: c\n";

    #[test]
    fn creates_with_a_first_secret_each_and_a_second_run_does_nothing() {
        let b = MemoryBackend::new();
        let (seen, out) = run(&b, FILE, false, 2);
        assert!(out.failure.is_none());
        assert_eq!(out.created, 3);
        assert_eq!(out.new_secrets, 3);
        assert!(seen
            .iter()
            .all(|l| l.starts_with("created\t") && l.contains("value-of-")));
        let (seen, out) = run(&b, FILE, false, 2);
        assert!(seen.is_empty() && out.created == 0 && out.failure.is_none());
        assert_eq!(names(&b), ["a", "b", "c"]);
    }

    #[test]
    fn a_failure_halfway_reports_what_was_not_done_and_a_rerun_finishes_without_duplicates() {
        let b = MemoryBackend::new();
        // The first secret fails: the client is deleted again, nothing new starts.
        b.fail(Op::CreateSecret, true);
        let (_, out) = run(&b, FILE, false, 1);
        assert!(out.failure.as_ref().unwrap().0.starts_with("create a"));
        assert_eq!(out.created, 0);
        assert_eq!(out.not_done, ["create b", "create c"]);
        assert!(
            names(&b).is_empty(),
            "the client without a secret was removed"
        );
        b.fail(Op::CreateSecret, false);

        // A failure on the second create, one at a time: one created, one failed, one not done.
        let (_, out) = run(&b, "clients:\n  - clientName: a\n", false, 1);
        assert_eq!(out.created, 1);
        b.fail(Op::CreateClient, true);
        let (_, out) = run(&b, FILE, false, 1);
        assert!(out.failure.is_some());
        assert_eq!(out.not_done, ["create c"]);
        b.fail(Op::CreateClient, false);
        let (seen, out) = run(&b, FILE, false, 1);
        assert!(out.failure.is_none());
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(names(&b), ["a", "b", "c"], "never created twice");
        let creates = b
            .log()
            .iter()
            .filter(|l| l.starts_with("create_client"))
            .count();
        assert_eq!(creates, 3 + 1, "three clients, and the one deleted again");
    }

    #[test]
    fn prune_deletes_what_the_file_does_not_list() {
        let b = MemoryBackend::new();
        run(&b, FILE, false, 4);
        let (seen, out) = run(
            &b,
            "clients:\n  - clientName: b\n    displayName: Bee\n",
            true,
            4,
        );
        assert!(out.failure.is_none());
        assert_eq!(out.deleted, 2);
        assert_eq!(out.updated, 1);
        assert!(seen
            .iter()
            .any(|l| l.starts_with("updated\t") && l.ends_with("displayName")));
        assert_eq!(names(&b), ["b"]);
    }

    #[test]
    fn a_due_secret_policy_rotates_with_an_overlap() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed(
            "a",
            now - chrono::Duration::days(170),
            now + chrono::Duration::days(10),
        );
        let (seen, out) = run(
            &b,
            "clients:\n  - clientName: a\n    secret: {expiresIn: 6mo, rotateWithin: 30d}\n",
            false,
            1,
        );
        assert!(out.failure.is_none());
        assert_eq!(out.new_secrets, 1);
        assert!(
            seen[0].starts_with(&format!("updated\t{id}\ta\tsecret\tsecret ")),
            "{seen:?}"
        );
        let secrets = b.secrets(&id);
        assert_eq!(secrets.len(), 2);
        assert!(secrets[0].revoked_at.is_none(), "the old secret overlaps");
        let (seen, _) = run(
            &b,
            "clients:\n  - clientName: a\n    secret: {expiresIn: 6mo, rotateWithin: 30d}\n",
            false,
            1,
        );
        assert!(seen.is_empty(), "not due any more: {seen:?}");
        let _ = Problems::new("x");
    }
}
