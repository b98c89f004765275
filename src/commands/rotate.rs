//! `oauthctl secrets rotate` and `oauthctl secrets expiring`: rotation that never breaks a running
//! integration, in bulk too, and the expiry watch.

use std::io::Write;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use futures_util::stream::{self, StreamExt};
use serde::Serialize;

use super::Context;
use crate::api::validate::fmt_time;
use crate::backend::{collect_clients, Backend, Capability};
use crate::cli::RotateArgs;
use crate::error::{CliError, ErrorKind};
use crate::model::{Client, CreateSecretRequest, FieldError, Secret, SecretStatus};
use crate::output::{JsonArrayWriter, Printer, Render, Row};
use crate::timeutil::{humanize, parse_span, Span};

/// Secrets younger than this are never revoked by `--revoke-old`: they may be the ones a run just
/// made and delivered.
const FRESH_HOURS: i64 = 24;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Retired {
    pub id: String,
    pub expiration: DateTime<Utc>,
}

/// The result of one rotation (`-o json`): the new secret with its value, the old secrets whose
/// expiry was moved to the end of the overlap, and those revoked.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rotation {
    pub secret: Option<Secret>,
    pub retired: Vec<Retired>,
    pub revoked: Vec<String>,
    /// Old secrets left untouched (created in the last 24 hours, with --revoke-old).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<String>,
    /// Why nothing was rotated (--if-expiring-within).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// RFC 7592: a new registration access token the server issued with the replacement, when
    /// the OS keyring could not keep it or the user keeps it elsewhere (shown once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<crate::backend::Registration>,
}

impl Render for Rotation {
    fn human(&self, p: &Printer) -> std::io::Result<()> {
        if let Some(reason) = &self.skipped {
            p.status(&format!("not rotated: {reason}"));
            return Ok(());
        }
        if let Some(s) = &self.secret {
            s.human(p)?;
        }
        self.registration_fields(p)?;
        self.report(p);
        Ok(())
    }
}

impl Rotation {
    /// RFC 7592: a new registration access token, shown with the secret (stdout) when it was not
    /// kept in the keyring.
    fn registration_fields(&self, p: &Printer) -> std::io::Result<()> {
        match &self.registration {
            Some(r) => p.fields(&[
                ("Registration URI", r.client_uri.clone()),
                ("Registration token", r.access_token.clone()),
            ]),
            None => Ok(()),
        }
    }

    /// What happened to the old secrets, for people (stderr).
    fn report(&self, p: &Printer) {
        for r in &self.retired {
            p.status(&format!(
                "old secret {} now expires {} ({})",
                r.id,
                fmt_time(r.expiration),
                humanize(r.expiration, Utc::now())
            ));
        }
        for id in &self.revoked {
            p.status(&format!("revoked old secret {id}"));
        }
        for id in &self.kept {
            p.status(&format!(
                "kept secret {id}: it is less than {FRESH_HOURS} hours old (revoke it with `oauthctl secrets revoke`, or rotate with --revoke-old --force)"
            ));
        }
    }
}

/// The JSON of a rotation is written in two parts: the new secret first (it must be delivered
/// before anything is retired), then what became of the old ones.
#[derive(Serialize)]
struct SecretPart<'a> {
    secret: &'a Secret,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RetiredPart<'a> {
    retired: &'a [Retired],
    revoked: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    kept: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    registration: Option<&'a crate::backend::Registration>,
}

impl<'a> RetiredPart<'a> {
    fn of(r: &'a Rotation) -> Self {
        RetiredPart {
            retired: &r.retired,
            revoked: &r.revoked,
            kept: &r.kept,
            registration: r.registration.as_ref(),
        }
    }
}

struct Plan {
    /// Replace the one secret (one-secret servers) instead of adding one and retiring the rest.
    replace: bool,
    expires_in: Option<Span>,
    overlap: Span,
    revoke_old: bool,
    /// With `revoke_old`: revoke secrets younger than [`FRESH_HOURS`] too (an incident).
    force: bool,
    if_expiring_within: Option<Span>,
    description: Option<String>,
}

fn span_flag(flag: &str, v: &Option<String>) -> anyhow::Result<Option<Span>> {
    v.as_deref()
        .map(|s| parse_span(s).map_err(|e| CliError::usage(format!("{flag}: {e}")).into()))
        .transpose()
}

/// Where a new value goes besides stdout: a file and/or the OS keyring. A failure here means the
/// old secrets stay untouched.
pub(crate) struct Delivery {
    file: Option<FileSink>,
    /// Base URL and tenant, for the keyring account name.
    keyring: Option<(url::Url, String)>,
}

enum FileSink {
    /// One file for one secret (single rotation): the value and a newline, mode 0600.
    One(std::path::PathBuf),
    /// One line `CLIENT_ID=VALUE` per rotated client (bulk), appended and flushed as each exists.
    Lines(Mutex<std::fs::File>, std::path::PathBuf),
}

impl Delivery {
    fn new(args: &RotateArgs, backend: &dyn Backend, bulk: bool) -> anyhow::Result<Delivery> {
        let file = match &args.output_file {
            None => None,
            Some(p) if bulk => Some(open_lines_file(p)?),
            Some(p) => Some(FileSink::One(p.clone())),
        };
        Ok(Delivery {
            file,
            keyring: args.store.map(|_| {
                let t = backend.target();
                (t.base_url.clone(), t.tenant.clone())
            }),
        })
    }

    /// Sends the value to the file and the keyring, where asked; the result of each.
    async fn deliver(
        &self,
        client_id: &str,
        value: &str,
    ) -> (Option<Result<(), String>>, Option<anyhow::Result<()>>) {
        let file = match &self.file {
            Some(FileSink::One(path)) => Some(
                crate::paths::write_private(path, format!("{value}\n").as_bytes())
                    .map_err(|e| format!("cannot write {}: {e}", path.display())),
            ),
            Some(FileSink::Lines(f, path)) => Some(match f.lock() {
                Ok(mut f) => writeln!(f, "{client_id}={value}")
                    .and_then(|_| f.flush())
                    .map_err(|e| format!("cannot write {}: {e}", path.display())),
                Err(_) => Err("poisoned".into()),
            }),
            None => None,
        };
        let keyring = match &self.keyring {
            Some((base, tenant)) => {
                let account = crate::secret_store::account(base, tenant, client_id);
                Some(crate::secret_store::set(account, value.to_string()).await)
            }
            None => None,
        };
        (file, keyring)
    }
}

/// What became of a rotation once its new value was sent everywhere.
enum Settled {
    /// Delivered everywhere asked; the old secrets were retired (or retiring failed part way).
    Retired(anyhow::Result<()>),
    /// Delivered somewhere, but not everywhere asked (the file, the keyring): nothing retired.
    Incomplete(anyhow::Error),
    /// It reached nobody: revoked again at once, nothing retired.
    Undelivered(anyhow::Error),
}

/// Applies the delivery rule: retire the old secrets only when the value arrived everywhere it
/// was sent; revoke it again when it arrived nowhere.
#[allow(clippy::too_many_arguments)]
async fn settle(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
    old: &[Secret],
    now: DateTime<Utc>,
    rotation: &mut Rotation,
    outcome: &super::deliver::Outcome,
    keyring: Option<anyhow::Result<()>>,
) -> Settled {
    let secret = rotation.secret.as_ref().expect("a created rotation");
    if !outcome.reached_someone() {
        return Settled::Undelivered(
            super::deliver::undelivered(
                backend,
                client_id,
                secret,
                outcome,
                "the old secrets were left untouched",
            )
            .await,
        );
    }
    if !outcome.complete() {
        let hint = keyring
            .as_ref()
            .and_then(|k| k.as_ref().err())
            .and_then(crate::error::find_cli_error)
            .and_then(|c| c.hint.clone());
        let mut e = CliError::other(format!(
            "the new secret {} was created and delivered to {}, but delivering it failed ({}); the old secrets were left untouched",
            secret.id,
            outcome.reached(),
            outcome.failures()
        ));
        e.hint = hint;
        return Settled::Incomplete(e.into());
    }
    Settled::Retired(retire_old(backend, client_id, plan, old, now, rotation).await)
}

fn open_lines_file(path: &std::path::Path) -> anyhow::Result<FileSink> {
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let f = opts.open(path).map_err(|e| {
        CliError::usage(format!(
            "--output-file {}: cannot open it: {e}",
            path.display()
        ))
    })?;
    // An existing file keeps no wider mode than 0600 once secrets go into it.
    crate::paths::make_private(&f).map_err(|e| {
        CliError::usage(format!(
            "--output-file {}: cannot make it private to its owner (mode 0600): {e}",
            path.display()
        ))
        .with_hint("secret values go only into a file no one else can read; name a file you own")
    })?;
    Ok(FileSink::Lines(Mutex::new(f), path.to_path_buf()))
}

/// The newest secret that is not revoked (by expiration), if any.
fn newest(secrets: &[Secret]) -> Option<&Secret> {
    secrets
        .iter()
        .filter(|s| s.revoked_at.is_none())
        // A secret without an expiry outlives every other.
        .max_by_key(|s| s.expiration.unwrap_or(DateTime::<Utc>::MAX_UTC))
}

/// The first half of a rotation: the new secret exists (or the client is not due).
enum Step {
    Skipped(Rotation),
    Created {
        old: Vec<Secret>,
        rotation: Rotation,
        value: String,
        now: DateTime<Utc>,
    },
}

/// Lists the old secrets and creates the new one. An error after the new secret exists comes
/// with the rotation so far, so the caller can still print it.
async fn create_new(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
) -> Result<Step, (Option<Rotation>, anyhow::Error)> {
    let now = Utc::now();
    let old = backend
        .list_secrets(client_id)
        .await
        .map_err(|e| (None, e))?;
    if let Some(w) = plan.if_expiring_within {
        let horizon = w.after(now).unwrap_or(now);
        if let Some(n) = newest(&old).filter(|n| n.expiration.is_none_or(|e| e > horizon)) {
            return Ok(Step::Skipped(Rotation {
                secret: None,
                retired: vec![],
                revoked: vec![],
                kept: vec![],
                registration: None,
                skipped: Some(match n.expiration {
                    Some(e) => format!(
                        "the newest secret {} expires {} ({}), after the window",
                        n.id,
                        fmt_time(e),
                        humanize(e, now)
                    ),
                    None => format!("the newest secret {} never expires", n.id),
                }),
            }));
        }
    }
    if plan.replace {
        // One-secret servers: the new value replaces the old one at once (nothing to retire).
        let secret = backend.replace_secret(client_id).await.map_err(|e| {
            // A new registration access token that came with a failed replacement is still shown.
            let partial = backend.new_registration(client_id).map(|r| Rotation {
                secret: None,
                retired: vec![],
                revoked: vec![],
                kept: vec![],
                skipped: None,
                registration: Some(r),
            });
            (partial, e)
        })?;
        let rotation = Rotation {
            registration: backend.new_registration(client_id),
            secret: Some(secret),
            retired: vec![],
            revoked: old
                .iter()
                .filter(|s| s.revoked_at.is_none())
                .map(|s| s.id.clone())
                .collect(),
            kept: vec![],
            skipped: None,
        };
        let Some(value) = rotation.secret.as_ref().and_then(|s| s.value.clone()) else {
            return Err((
                Some(rotation),
                CliError::other("the server replaced the secret but its answer carried no value")
                    .with_hint(format!(
                        "the old secret no longer works; replace it again with `oauthctl secrets rotate {client_id} --replace`"
                    ))
                    .into(),
            ));
        };
        return Ok(Step::Created {
            old,
            rotation,
            value,
            now,
        });
    }
    // 1. Create the new secret (the Idempotency-Key makes HTTP retries safe).
    let req = CreateSecretRequest {
        description: plan
            .description
            .clone()
            .or_else(|| Some(format!("rotated {}", fmt_time(now)))),
        start_time: plan.expires_in.map(|_| now),
        expiration: plan.expires_in.and_then(|s| s.after(now)),
    };
    let secret = backend
        .create_secret(client_id, &req)
        .await
        .map_err(|e| (None, e))?;
    let rotation = Rotation {
        secret: Some(secret),
        retired: vec![],
        revoked: vec![],
        kept: vec![],
        skipped: None,
        registration: None,
    };
    let Some(value) = rotation.secret.as_ref().and_then(|s| s.value.clone()) else {
        return Err((
            Some(rotation),
            CliError::other(
                "the server's answer carried no secret value; the old secrets were left untouched",
            )
            .into(),
        ));
    };
    Ok(Step::Created {
        old,
        rotation,
        value,
        now,
    })
}

/// The last step, once the new value was delivered: retire the old secrets.
async fn retire_old(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
    old: &[Secret],
    now: DateTime<Utc>,
    rotation: &mut Rotation,
) -> anyhow::Result<()> {
    if plan.replace {
        // The server replaced the old secret already.
        return Ok(());
    }
    let overlap_end = plan.overlap.after(now).unwrap_or(now);
    for s in old.iter().filter(|s| s.is_live(now)) {
        let result = if plan.revoke_old {
            // A secret of unknown age is kept too: it may be the one just delivered. With
            // --force (a leaked secret) every old one goes; the new one is not in `old`.
            if !plan.force
                && s.created_at
                    .is_none_or(|c| c > now - Duration::hours(FRESH_HOURS))
            {
                rotation.kept.push(s.id.clone());
                continue;
            }
            backend
                .revoke_secret(client_id, &s.id)
                .await
                .map(|_| rotation.revoked.push(s.id.clone()))
        } else if s.expiration.is_none_or(|e| overlap_end < e)
            && s.start_time.is_none_or(|st| overlap_end >= st)
        {
            backend
                .shorten_secret(client_id, &s.id, overlap_end)
                .await
                .map(|r| {
                    rotation.retired.push(Retired {
                        id: r.id,
                        expiration: r.expiration.unwrap_or(overlap_end),
                    })
                })
        } else {
            Ok(())
        };
        if let Err(e) = result {
            return Err(e.context("the new secret was created and delivered, but retiring the old secrets failed part way"));
        }
    }
    Ok(())
}

pub async fn rotate(ctx: &Context, args: RotateArgs) -> anyhow::Result<()> {
    let plan = Plan {
        replace: args.replace,
        expires_in: span_flag("--expires-in", &args.expires_in)?,
        overlap: span_flag("--overlap", &args.overlap)?.unwrap_or(Span {
            months: 0,
            seconds: 7 * 86_400,
        }),
        revoke_old: args.revoke_old,
        force: args.force,
        if_expiring_within: span_flag("--if-expiring-within", &args.if_expiring_within)?,
        description: args.description.clone(),
    };
    if let Some(exp) = plan.expires_in {
        let now = Utc::now();
        super::field_errors(
            crate::api::validate::secret_window(now, exp.after(now).unwrap_or(now))
                .err()
                .into_iter()
                .map(|e| FieldError {
                    field: "--expires-in".into(),
                    ..e
                })
                .collect(),
        )?;
    }
    // A new value that could only go to a stdout that reaches nobody: refused before any change.
    super::deliver::preflight(
        &ctx.printer,
        args.output_file.is_some() || args.store.is_some(),
        ctx.global.dry_run,
    )?;
    let backend = ctx.backend()?;
    if args.replace {
        backend.require(Capability::ReplaceSecret)?;
    } else if !backend.has(Capability::MultipleSecrets) {
        return Err(CliError::new(
            ErrorKind::Unsupported,
            format!(
                "the {} admin API keeps one secret per client: a rotation replaces it, and the old secret stops working at once; nothing was sent",
                backend.kind()
            ),
        )
        .with_hint("pass --replace to replace the secret (update every app that uses it right after)")
        .into());
    }
    match (&args.client_id, args.all) {
        (Some(id), false) => {
            let deliver = Delivery::new(&args, backend, false)?;
            let id = &super::resolve::client_id(ctx, id).await?;
            match create_new(backend, id, &plan).await {
                Err((partial, e)) => {
                    if let Some(r) = partial {
                        ctx.printer.emit(&r)?;
                    }
                    Err(super::clients::not_found_hint(e))
                }
                Ok(Step::Skipped(r)) => Ok(ctx.printer.emit(&r)?),
                Ok(Step::Created {
                    old,
                    mut rotation,
                    value,
                    now,
                }) => {
                    rotate_single(
                        ctx,
                        backend,
                        id,
                        &plan,
                        &deliver,
                        old,
                        &mut rotation,
                        &value,
                        now,
                    )
                    .await
                }
            }
        }
        _ => rotate_all(ctx, backend, &args, &plan).await,
    }
}

/// One rotation after its new secret exists: deliver it (stdout, file, keyring), then retire the
/// old secrets, then say what became of them.
#[allow(clippy::too_many_arguments)]
async fn rotate_single(
    ctx: &Context,
    backend: &dyn Backend,
    id: &str,
    plan: &Plan,
    deliver: &Delivery,
    old: Vec<Secret>,
    rotation: &mut Rotation,
    value: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let p = &ctx.printer;
    let secret = rotation.secret.as_ref().expect("created");
    let written = if p.is_json() {
        p.json_head(&SecretPart { secret })
    } else {
        secret
            .human(p)
            .and_then(|()| rotation.registration_fields(p))
    };
    let stdout = super::deliver::stdout(p, written);
    let (file, keyring) = deliver.deliver(id, value).await;
    let outcome = super::deliver::Outcome {
        stdout,
        file,
        keyring: keyring.as_ref().map(super::deliver::part),
    };
    let settled = settle(backend, id, plan, &old, now, rotation, &outcome, keyring).await;
    // The rest of the output: JSON only where its first part went.
    let tail = match (&outcome.stdout, p.is_json()) {
        (Ok(()), true) => p.json_tail(&RetiredPart::of(rotation)),
        (_, false) => {
            rotation.report(p);
            Ok(())
        }
        (Err(_), true) => Ok(()),
    };
    match settled {
        Settled::Retired(Ok(())) => {
            match &outcome.stdout {
                Ok(()) => {
                    p.warn("the new secret value is shown only this once. Store it safely now.")
                }
                Err(e) => p.warn(&format!(
                    "the new secret could not be written to stdout ({e}); it is only in {}",
                    outcome.reached()
                )),
            }
            Ok(tail?)
        }
        Settled::Retired(Err(e)) => Err(e),
        Settled::Incomplete(e) | Settled::Undelivered(e) => Err(e),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BulkResult<'a> {
    client_id: &'a str,
    client_name: &'a str,
    /// rotated, skipped or failed
    status: &'static str,
    #[serde(flatten)]
    rotation: Option<Rotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// The first part of a bulk element: the client and its new secret, written before anything is
/// retired.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BulkHead<'a> {
    client_id: &'a str,
    client_name: &'a str,
    secret: &'a Secret,
}

/// The rest of a bulk element, once the old secrets were dealt with.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BulkTail<'a> {
    status: &'static str,
    #[serde(flatten)]
    retired: RetiredPart<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// One tab-separated line of the human bulk output.
fn bulk_line(status: &str, c: &Client, rotation: Option<&Rotation>) -> String {
    use crate::output::visible;
    let secret = rotation.and_then(|r| r.secret.as_ref());
    match (status, secret) {
        (_, Some(s)) => format!(
            "{status}\t{}\t{}\tsecret {}\texpires {}\t{}",
            visible(&c.client_id),
            visible(&c.client_name),
            visible(&s.id),
            crate::output::expiry(s.expiration),
            s.value.as_deref().unwrap_or("")
        ),
        ("skipped", None) => format!(
            "skipped\t{}\t{}\t{}",
            visible(&c.client_id),
            visible(&c.client_name),
            visible(
                rotation
                    .and_then(|r| r.skipped.as_deref())
                    .unwrap_or_default()
            )
        ),
        _ => format!(
            "{status}\t{}\t{}",
            visible(&c.client_id),
            visible(&c.client_name)
        ),
    }
}

/// How one client of a bulk rotation ended.
enum BulkDone {
    /// Not started: stdout had failed and the values had nowhere else to go.
    NotAttempted,
    /// `--dry-run`: the plan, shown by the caller.
    DryRun(anyhow::Error),
    /// Its output (with the new value) was already written; `error` when it failed after that.
    Written {
        status: &'static str,
        error: Option<String>,
    },
    /// The new value reached nobody: revoked again, nothing retired.
    Undelivered(String),
}

/// Shared by the clients of one bulk rotation.
struct Bulk<'a> {
    ctx: &'a Context,
    backend: &'a dyn Backend,
    plan: &'a Plan,
    deliver: &'a Delivery,
    /// With -o json, the array; an element is written in two parts under the lock.
    json: Option<tokio::sync::Mutex<JsonArrayWriter<'static>>>,
    /// Why stdout failed, once it did.
    stdout_failed: std::cell::RefCell<Option<String>>,
}

impl Bulk<'_> {
    /// Writes a result that needs no two parts (skipped, or failed before a value was
    /// delivered).
    async fn write_whole(
        &self,
        c: &Client,
        status: &'static str,
        rotation: Option<Rotation>,
        error: Option<String>,
    ) -> BulkDone {
        let p = &self.ctx.printer;
        let written = match &self.json {
            Some(w) => w.lock().await.push(&BulkResult {
                client_id: &c.client_id,
                client_name: &c.client_name,
                status,
                rotation,
                error: error.clone(),
            }),
            None => {
                p.clear_progress();
                let line = p.line(&bulk_line(status, c, rotation.as_ref()));
                if let Some(e) = &error {
                    p.warn(&format!("{}: {e}", c.client_id));
                }
                line
            }
        };
        self.note_stdout(&super::deliver::stdout(p, written));
        BulkDone::Written { status, error }
    }

    /// No more clients are started once stdout failed and a value has nowhere else to go.
    fn stopped(&self) -> bool {
        self.stdout_failed.borrow().is_some()
            && self.deliver.file.is_none()
            && self.deliver.keyring.is_none()
    }

    fn note_stdout(&self, r: &Result<(), String>) {
        if let Err(e) = r {
            self.stdout_failed.borrow_mut().get_or_insert(e.clone());
        }
    }

    async fn one(&self, c: &Client) -> BulkDone {
        if self.stopped() {
            return BulkDone::NotAttempted;
        }
        let id = c.client_id.as_str();
        let (old, mut rotation, value, now) = match create_new(self.backend, id, self.plan).await {
            Err((_, e)) if e.is::<crate::api::client::DryRun>() => return BulkDone::DryRun(e),
            Err((partial, e)) => {
                return self
                    .write_whole(c, "failed", partial, Some(format!("{e:#}")))
                    .await
            }
            Ok(Step::Skipped(r)) => return self.write_whole(c, "skipped", Some(r), None).await,
            Ok(Step::Created {
                old,
                rotation,
                value,
                now,
            }) => (old, rotation, value, now),
        };
        let p = &self.ctx.printer;
        // The JSON element stays whole: its two parts are written under one lock.
        let mut json = match &self.json {
            Some(m) => Some(m.lock().await),
            None => None,
        };
        let secret = rotation.secret.as_ref().expect("created");
        let written = match json.as_mut() {
            Some(w) => w.push_head(&BulkHead {
                client_id: id,
                client_name: &c.client_name,
                secret,
            }),
            None => {
                p.clear_progress();
                p.line(&bulk_line("rotated", c, Some(&rotation)))
            }
        };
        let stdout = super::deliver::stdout(p, written);
        self.note_stdout(&stdout);
        let (file, keyring) = self.deliver.deliver(id, &value).await;
        let outcome = super::deliver::Outcome {
            stdout,
            file,
            keyring: keyring.as_ref().map(super::deliver::part),
        };
        let settled = settle(
            self.backend,
            id,
            self.plan,
            &old,
            now,
            &mut rotation,
            &outcome,
            keyring,
        )
        .await;
        let (status, error) = match &settled {
            Settled::Retired(Ok(())) => ("rotated", None),
            Settled::Retired(Err(e)) | Settled::Incomplete(e) | Settled::Undelivered(e) => {
                ("failed", Some(format!("{e:#}")))
            }
        };
        if outcome.stdout.is_ok() {
            match json.as_mut() {
                Some(w) => {
                    let tail = w.push_tail(&BulkTail {
                        status,
                        retired: RetiredPart::of(&rotation),
                        error: error.as_deref(),
                    });
                    self.note_stdout(&super::deliver::stdout(p, tail));
                }
                None => {
                    if let Some(e) = &error {
                        p.clear_progress();
                        p.warn(&format!("{id}: {e}"));
                    }
                }
            }
        }
        drop(json);
        if let Settled::Undelivered(e) = settled {
            return BulkDone::Undelivered(format!("{e:#}"));
        }
        if outcome.stdout.is_err() {
            if let Some(e) = &error {
                p.warn(&format!("{id}: {e}"));
            }
        }
        BulkDone::Written { status, error }
    }
}

async fn rotate_all(
    ctx: &Context,
    backend: &dyn Backend,
    args: &RotateArgs,
    plan: &Plan,
) -> anyhow::Result<()> {
    let deliver = Delivery::new(args, backend, true)?;
    // The admin client oauthctl is acting as is left out: rotating it mid-run could lock it out.
    let settings = ctx.settings()?;
    let acting = match &settings.credentials {
        crate::auth::Credentials::ClientSecret { client_id, .. } => Some(client_id.clone()),
        crate::auth::Credentials::Login(l) => Some(l.client_id.clone()),
        _ => settings.client_id.clone(),
    };
    let clients: Vec<Client> = collect_clients(backend, args.space.as_deref())
        .await?
        .into_iter()
        .filter(|c| c.require_client_secret && Some(&c.client_id) != acting.as_ref())
        .collect();
    let total = clients.len();
    let p = &ctx.printer;
    if p.stderr_tty {
        p.status(&format!(
            "rotating the secrets of {total} client(s) in tenant {}, {} at a time",
            backend.target().tenant,
            args.concurrency
        ));
    }
    p.progress(0, total, "clients");
    let owned = Bulk {
        ctx,
        backend,
        plan,
        deliver: &deliver,
        json: if ctx.printer.is_json() {
            Some(tokio::sync::Mutex::new(JsonArrayWriter::start()?))
        } else {
            None
        },
        stdout_failed: std::cell::RefCell::new(None),
    };
    let (mut rotated, mut skipped, mut failed) = (0usize, 0usize, Vec::new());
    let (mut undelivered, mut not_attempted) = (0usize, 0usize);
    let bulk = &owned;
    // Each new value is written (and flushed) before that client's old secrets are retired; the
    // stream is drained to the end even when stdout fails, so no rotation is cut off half way.
    let mut results = stream::iter(clients.iter())
        .map(|c| async move { (c, bulk.one(c).await) })
        .buffer_unordered(usize::from(args.concurrency));
    let mut done = 0;
    while let Some((c, result)) = results.next().await {
        done += 1;
        p.clear_progress();
        match result {
            BulkDone::NotAttempted => not_attempted += 1,
            BulkDone::DryRun(e) => return Err(e),
            BulkDone::Undelivered(e) => {
                undelivered += 1;
                failed.push(c.client_id.clone());
                p.warn(&e);
            }
            BulkDone::Written {
                status: "skipped", ..
            } => skipped += 1,
            BulkDone::Written { status, error } => {
                if error.is_some() || status == "failed" {
                    failed.push(c.client_id.clone());
                } else {
                    rotated += 1;
                }
            }
        }
        p.progress(done, total, "clients");
    }
    drop(results);
    p.clear_progress();
    let stdout_failed = owned.stdout_failed.borrow().clone();
    let finished = match owned.json {
        Some(w) if stdout_failed.is_none() => w.into_inner().finish(),
        _ => Ok(()),
    };
    // Always a summary for people, on a terminal or not.
    ctx.printer.status(&format!(
        "{rotated} rotated, {skipped} skipped, {} failed{}",
        failed.len(),
        match not_attempted {
            0 => String::new(),
            n => format!(", {n} not started"),
        }
    ));
    if let Some(why) = stdout_failed.filter(|_| undelivered + not_attempted > 0) {
        return Err(CliError::other(format!(
            "stdout failed during the rotation ({why}): {undelivered} new secret(s) reached nobody and were revoked again with their old secrets left untouched, and {not_attempted} client(s) were not started; {rotated} rotated with their values delivered",
        ))
        .with_hint("run it again with stdout going to a terminal, a file or a pipe that reads it, or with --output-file PATH")
        .into());
    }
    if let Some(why) = owned.stdout_failed.borrow().as_ref() {
        ctx.printer.warn(&format!(
            "stdout failed during the rotation ({why}); every new value went to {}",
            if deliver.file.is_some() {
                "--output-file"
            } else {
                "the OS keyring"
            }
        ));
    }
    if !failed.is_empty() {
        return Err(CliError::other(format!(
            "{} of {total} clients failed: {}",
            failed.len(),
            failed.join(", ")
        ))
        .with_hint("every new secret that was created is in the output above; rerun for the failed clients")
        .into());
    }
    Ok(finished?)
}

// ---------- the expiry watch ----------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expiring {
    pub client_id: String,
    pub client_name: String,
    pub secret_id: String,
    pub description: Option<String>,
    pub expiration: DateTime<Utc>,
    pub status: SecretStatus,
    /// True when this is the client's newest secret (so the client has nothing newer to fall back on).
    pub newest: bool,
}

impl Row for Expiring {
    const COLUMNS: &'static [crate::output::Column] = {
        use crate::output::Column;
        // The client by its name (unique in a tenant); its ID and the secret's with -o wide.
        &[
            Column::keep("client id").wide(),
            Column::keep("name"),
            Column::keep("secret id").wide(),
            Column::keep("expires"),
            Column::keep("status"),
            Column::keep("newest"),
            Column::text("description").wide(),
        ]
    };
    fn row(&self, p: &Printer) -> Vec<String> {
        vec![
            self.client_id.clone(),
            self.client_name.clone(),
            self.secret_id.clone(),
            if p.is_wide() {
                format!(
                    "{} ({})",
                    p.time(self.expiration),
                    humanize(self.expiration, Utc::now())
                )
            } else {
                p.time(self.expiration)
            },
            self.status.as_str().into(),
            crate::output::yes_no(self.newest),
            self.description.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

pub async fn expiring(
    ctx: &Context,
    within: &str,
    space: Option<String>,
    exit_code: bool,
    concurrency: usize,
    include_retiring: bool,
) -> anyhow::Result<()> {
    let window = parse_span(within).map_err(|e| CliError::usage(format!("--within: {e}")))?;
    let backend = ctx.backend()?;
    let now = Utc::now();
    let horizon = window.after(now).unwrap_or(now);
    let clients = collect_clients(backend, space.as_deref()).await?;
    let hidden = std::cell::Cell::new(0usize);
    let mut found: Vec<Expiring> = stream::iter(clients.iter().filter(|c| c.require_client_secret))
        .map(|c| async move { (c, backend.list_secrets(&c.client_id).await) })
        .buffer_unordered(concurrency)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(|(c, secrets)| secrets.map(|s| (c, s)))
        .collect::<anyhow::Result<Vec<_>>>()?
        .into_iter()
        .flat_map(|(c, secrets)| {
            let newest_id = newest(&secrets).map(|s| s.id.clone());
            secrets
                .into_iter()
                .filter(|s| s.revoked_at.is_none())
                .filter_map(|s| {
                    // Only secrets with a known expiry can be expiring.
                    let e = s.expiration?;
                    let is_newest = Some(&s.id) == newest_id.as_ref();
                    let due = (e > now && e <= horizon) || (e <= now && is_newest);
                    // An older secret that a rotation is retiring is not an alarm: apps are
                    // expected to use the newest one. Listed only with --include-retiring.
                    if due && !is_newest && !include_retiring {
                        hidden.set(hidden.get() + 1);
                        return None;
                    }
                    due.then(|| Expiring {
                        newest: is_newest,
                        client_id: c.client_id.clone(),
                        client_name: c.client_name.clone(),
                        secret_id: s.id,
                        description: s.description,
                        expiration: e,
                        status: s.status,
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_by_key(|e| e.expiration);
    ctx.printer.emit(&found)?;
    let hidden = hidden.get();
    if hidden > 0 && !ctx.printer.is_json() {
        ctx.printer.hint(&format!(
            "{hidden} older secret(s) that a rotation is retiring also expire within {within}; list them with --include-retiring"
        ));
    }
    if found.is_empty() {
        if !ctx.printer.is_json() {
            ctx.printer
                .status(&format!("no secret expires within {within}"));
        }
        return Ok(());
    }
    if exit_code {
        return Err(CliError::new(
            ErrorKind::Found,
            format!(
                "{} secret(s) expire within {within} or have expired",
                found.len()
            ),
        )
        .with_hint("rotate them with `oauthctl secrets rotate --all --if-expiring-within WINDOW`")
        .into());
    }
    Ok(())
}

// ---------- for `secrets create` and `clients create`: the same file sink ----------

impl Delivery {
    /// `--output-file` for commands that make one new value per client: the value and a
    /// newline for one client, a line `CLIENT_ID=VALUE` each for `several` (opened, and made
    /// 0600, before any change). The keyring is left to the caller.
    pub(crate) fn output_file(
        path: Option<&std::path::Path>,
        several: bool,
    ) -> anyhow::Result<Delivery> {
        Ok(Delivery {
            file: match path {
                None => None,
                Some(p) if several => Some(open_lines_file(p)?),
                Some(p) => Some(FileSink::One(p.to_path_buf())),
            },
            keyring: None,
        })
    }

    /// Writes a value to the file, where one was asked for: the [`super::deliver::Outcome`]
    /// part. A value the server did not send is a failure.
    pub(crate) async fn to_file(
        &self,
        client_id: &str,
        value: Option<&str>,
    ) -> Option<Result<(), String>> {
        self.file.as_ref()?;
        match value {
            Some(v) => self.deliver(client_id, v).await.0,
            None => Some(Err("the server's answer carried no secret value".into())),
        }
    }

    /// The file's path, for messages.
    pub(crate) fn file_path(&self) -> Option<&std::path::Path> {
        match &self.file {
            Some(FileSink::One(p)) | Some(FileSink::Lines(_, p)) => Some(p),
            None => None,
        }
    }
}

// ---------- for `apply`: the same protocol, with stdout written by the caller ----------

/// For commands that make many secrets (`apply`): a line `CLIENT_ID=VALUE` per secret appended
/// to `output_file`, and/or the OS keyring.
pub(crate) fn bulk_delivery(
    output_file: Option<&std::path::Path>,
    keyring: bool,
    backend: &dyn Backend,
) -> anyhow::Result<Delivery> {
    Ok(Delivery {
        file: output_file.map(open_lines_file).transpose()?,
        keyring: keyring.then(|| {
            let t = backend.target();
            (t.base_url.clone(), t.tenant.clone())
        }),
    })
}

impl Delivery {
    /// Sends a new value to the file and the keyring (where asked) and settles it by the
    /// delivery rule, given what became of its stdout write: `Ok` when it reached someone.
    /// A value that reached nobody is revoked again (where the kind can) and is an error.
    pub(crate) async fn settle_new(
        &self,
        backend: &dyn Backend,
        client_id: &str,
        secret: &Secret,
        stdout: Result<(), String>,
        then: &str,
    ) -> anyhow::Result<()> {
        let Some(value) = secret.value.as_deref() else {
            return Err(CliError::other(format!(
                "the server's answer carried no secret value for client {client_id}"
            ))
            .into());
        };
        let (file, keyring) = self.deliver(client_id, value).await;
        let outcome = super::deliver::Outcome {
            stdout,
            file,
            keyring: keyring.as_ref().map(super::deliver::part),
        };
        if !outcome.reached_someone() {
            return Err(
                super::deliver::undelivered(backend, client_id, secret, &outcome, then).await,
            );
        }
        if !outcome.complete() {
            return Err(CliError::other(format!(
                "the new secret of client {client_id} reached {}, but delivering it failed ({})",
                outcome.reached(),
                outcome.failures()
            ))
            .into());
        }
        Ok(())
    }
}

/// A rotation by a declared secret policy whose new secret exists; the caller writes it to
/// stdout, then [`finish_policy`] delivers it elsewhere and retires the old secrets.
pub(crate) struct PolicyRotation {
    plan: Plan,
    old: Vec<Secret>,
    now: DateTime<Utc>,
    pub rotation: Rotation,
    value: String,
}

/// Creates (or, with `replace`, replaces) the new secret of a declared secret policy: an overlap
/// where the kind has several secrets. None when the client is not due after all.
pub(crate) async fn begin_policy(
    backend: &dyn Backend,
    client_id: &str,
    expires_in: Option<Span>,
    overlap: Option<Span>,
    replace: bool,
) -> Result<Option<PolicyRotation>, (Option<Rotation>, anyhow::Error)> {
    let plan = Plan {
        replace,
        expires_in,
        overlap: overlap.unwrap_or(Span {
            months: 0,
            seconds: 7 * 86_400,
        }),
        revoke_old: false,
        force: false,
        if_expiring_within: None,
        description: Some(format!(
            "rotated by oauthctl apply {}",
            fmt_time(Utc::now())
        )),
    };
    match create_new(backend, client_id, &plan).await? {
        Step::Skipped(_) => Ok(None),
        Step::Created {
            old,
            rotation,
            value,
            now,
        } => Ok(Some(PolicyRotation {
            plan,
            old,
            now,
            rotation,
            value,
        })),
    }
}

/// Delivers a policy rotation's new value elsewhere and, only once it was delivered everywhere
/// asked, retires the old secrets; a value that reached nobody is revoked again.
pub(crate) async fn finish_policy(
    backend: &dyn Backend,
    client_id: &str,
    p: &mut PolicyRotation,
    deliver: &Delivery,
    stdout: Result<(), String>,
) -> anyhow::Result<()> {
    let (file, keyring) = deliver.deliver(client_id, &p.value).await;
    let outcome = super::deliver::Outcome {
        stdout,
        file,
        keyring: keyring.as_ref().map(super::deliver::part),
    };
    match settle(
        backend,
        client_id,
        &p.plan,
        &p.old,
        p.now,
        &mut p.rotation,
        &outcome,
        keyring,
    )
    .await
    {
        Settled::Retired(r) => r,
        Settled::Incomplete(e) | Settled::Undelivered(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    //! The rotation protocol against the in-memory backend: milliseconds, every branch.
    use super::*;
    use crate::backend::memory::{MemoryBackend, Op};

    fn plan(revoke_old: bool) -> Plan {
        Plan {
            replace: false,
            expires_in: None,
            overlap: Span {
                months: 0,
                seconds: 86_400,
            },
            revoke_old,
            force: false,
            if_expiring_within: None,
            description: None,
        }
    }

    fn no_delivery() -> Delivery {
        Delivery {
            file: None,
            keyring: None,
        }
    }

    /// One whole rotation as the command makes it, with stdout taken as delivered.
    async fn rotate_one(
        b: &dyn Backend,
        id: &str,
        plan: &Plan,
        deliver: &Delivery,
    ) -> Result<Rotation, (Option<Rotation>, anyhow::Error)> {
        match create_new(b, id, plan).await? {
            Step::Skipped(r) => Ok(r),
            Step::Created {
                old,
                mut rotation,
                value,
                now,
            } => {
                let (file, keyring) = deliver.deliver(id, &value).await;
                let outcome = crate::commands::deliver::Outcome {
                    stdout: if deliver.file.is_some() {
                        Err("test: only the file counts".into())
                    } else {
                        Ok(())
                    },
                    file,
                    keyring: keyring.as_ref().map(crate::commands::deliver::part),
                };
                match settle(b, id, plan, &old, now, &mut rotation, &outcome, keyring).await {
                    Settled::Retired(Ok(())) => Ok(rotation),
                    Settled::Retired(Err(e)) | Settled::Incomplete(e) | Settled::Undelivered(e) => {
                        Err((Some(rotation), e))
                    }
                }
            }
        }
    }

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn overlap_shortens_the_old_secret_and_keeps_it_working() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let r = rt()
            .block_on(rotate_one(&b, &id, &plan(false), &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.secret.as_ref().unwrap().value.is_some());
        assert_eq!(r.retired.len(), 1);
        assert!(r.revoked.is_empty());
        let old = &b.secrets(&id)[0];
        assert!(old.revoked_at.is_none());
        assert!(old.expiration.unwrap() <= now + Duration::days(1) + Duration::seconds(5));
    }

    #[test]
    fn revoke_old_keeps_secrets_younger_than_a_day() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let old = b.seed("old", now - Duration::days(100), now + Duration::days(80));
        let fresh = b.seed("fresh", now - Duration::hours(2), now + Duration::days(80));
        let rt = rt();
        let r = rt
            .block_on(rotate_one(&b, &old, &plan(true), &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert_eq!(r.revoked.len(), 1);
        let r = rt
            .block_on(rotate_one(&b, &fresh, &plan(true), &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.revoked.is_empty());
        assert_eq!(r.kept.len(), 1);
        assert!(b.secrets(&fresh)[0].revoked_at.is_none());
    }

    #[test]
    fn revoke_old_with_force_revokes_fresh_secrets_too() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let fresh = b.seed("fresh", now - Duration::hours(2), now + Duration::days(80));
        let mut p = plan(true);
        p.force = true;
        let r = rt()
            .block_on(rotate_one(&b, &fresh, &p, &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert_eq!(r.revoked.len(), 1);
        assert!(r.kept.is_empty());
        let secrets = b.secrets(&fresh);
        assert!(secrets[0].revoked_at.is_some(), "the old one is revoked");
        assert!(secrets[1].revoked_at.is_none(), "the new one is kept");
    }

    #[test]
    fn a_failed_delivery_leaves_the_old_secrets_alone() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let dir = tempfile::tempdir().unwrap();
        // A path below a regular file can never be written.
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, b"").unwrap();
        let bad = Delivery {
            file: Some(FileSink::One(blocker.join("secret"))),
            keyring: None,
        };
        let (partial, _) = rt()
            .block_on(rotate_one(&b, &id, &plan(true), &bad))
            .unwrap_err();
        assert!(
            partial.unwrap().secret.is_some(),
            "the new value is kept for printing"
        );
        let old = &b.secrets(&id)[0];
        assert!(old.revoked_at.is_none());
        assert_eq!(
            old.expiration.unwrap().timestamp(),
            (now + Duration::days(80)).timestamp()
        );
        assert!(!b.log().iter().any(|l| l.starts_with("shorten")));
        // The new value reached nobody: it is revoked again at once.
        let new = &b.secrets(&id)[1];
        assert!(new.revoked_at.is_some());
    }

    #[test]
    fn not_due_is_skipped_without_a_write() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(10), now + Duration::days(170));
        let mut p = plan(false);
        p.if_expiring_within = Some(Span {
            months: 0,
            seconds: 30 * 86_400,
        });
        let r = rt()
            .block_on(rotate_one(&b, &id, &p, &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.skipped.is_some());
        assert!(b.log().is_empty());
    }

    #[test]
    fn a_failed_create_changes_nothing() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        b.fail(Op::CreateSecret, true);
        let (partial, _) = rt()
            .block_on(rotate_one(&b, &id, &plan(true), &no_delivery()))
            .unwrap_err();
        assert!(partial.is_none());
        assert!(b.log().is_empty());
    }

    #[test]
    fn replace_swaps_the_one_secret_and_delivers_the_new_value() {
        let b = MemoryBackend::one_secret();
        let now = Utc::now();
        let id = b.seed("app", now - Duration::days(100), now + Duration::days(80));
        let mut p = plan(false);
        p.replace = true;
        let r = rt()
            .block_on(rotate_one(&b, &id, &p, &no_delivery()))
            .map_err(|(_, e)| e)
            .unwrap();
        assert!(r.secret.unwrap().value.is_some());
        assert_eq!(r.revoked.len(), 1);
        assert_eq!(b.log(), vec![format!("replace_secret {id}")]);
    }

    #[test]
    fn bulk_listing_pages_through_every_client() {
        let b = MemoryBackend::new();
        let now = Utc::now();
        for i in 0..2500 {
            b.seed(&format!("c{i}"), now, now + Duration::days(10));
        }
        let all = rt().block_on(collect_clients(&b, None)).unwrap();
        assert_eq!(all.len(), 2500);
    }
}
