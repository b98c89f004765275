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
        if let Some(r) = &self.registration {
            p.fields(&[
                ("Registration URI", r.client_uri.clone()),
                ("Registration token", r.access_token.clone()),
            ])?;
        }
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
                "kept secret {id}: it is less than {FRESH_HOURS} hours old (revoke it with `oauthctl secrets revoke`)"
            ));
        }
        Ok(())
    }
}

struct Plan {
    /// Replace the one secret (one-secret servers) instead of adding one and retiring the rest.
    replace: bool,
    expires_in: Option<Span>,
    overlap: Span,
    revoke_old: bool,
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

    async fn deliver(&self, client_id: &str, value: &str) -> anyhow::Result<()> {
        match &self.file {
            Some(FileSink::One(path)) => {
                crate::config::write_private(path, format!("{value}\n").as_bytes()).map_err(
                    |e| anyhow::anyhow!("cannot write --output-file {}: {e}", path.display()),
                )?
            }
            Some(FileSink::Lines(f, path)) => {
                let mut f = f.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
                writeln!(f, "{client_id}={value}")
                    .and_then(|_| f.flush())
                    .map_err(|e| {
                        anyhow::anyhow!("cannot write --output-file {}: {e}", path.display())
                    })?
            }
            None => {}
        }
        if let Some((base, tenant)) = &self.keyring {
            let account = crate::secret_store::account(base, tenant, client_id);
            crate::secret_store::set(account, value.to_string()).await?;
        }
        Ok(())
    }
}

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

/// Delivers a new client's first secret (the caller prints it on stdout as well).
pub(crate) async fn deliver_new(
    deliver: &Delivery,
    client_id: &str,
    value: &str,
) -> anyhow::Result<()> {
    deliver.deliver(client_id, value).await
}

/// One rotation by the safe protocol, for a declared secret policy (`apply`): an overlap where
/// the kind has several secrets, else (with `replace`) the one secret is replaced.
pub(crate) async fn rotate_by_policy(
    backend: &dyn Backend,
    client_id: &str,
    expires_in: Option<Span>,
    overlap: Option<Span>,
    replace: bool,
    deliver: &Delivery,
) -> Result<Rotation, (Option<Rotation>, anyhow::Error)> {
    let plan = Plan {
        replace,
        expires_in,
        overlap: overlap.unwrap_or(Span {
            months: 0,
            seconds: 7 * 86_400,
        }),
        revoke_old: false,
        if_expiring_within: None,
        description: Some(format!(
            "rotated by oauthctl apply {}",
            fmt_time(Utc::now())
        )),
    };
    rotate_one(backend, client_id, &plan, deliver).await
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

/// Rotates one client. An error after the new secret exists comes with the rotation so far, so
/// the caller can still print the value.
async fn rotate_one(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
    deliver: &Delivery,
) -> Result<Rotation, (Option<Rotation>, anyhow::Error)> {
    let now = Utc::now();
    let old = backend
        .list_secrets(client_id)
        .await
        .map_err(|e| (None, e))?;
    if let Some(w) = plan.if_expiring_within {
        let horizon = w.after(now).unwrap_or(now);
        if let Some(n) = newest(&old).filter(|n| n.expiration.is_none_or(|e| e > horizon)) {
            return Ok(Rotation {
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
            });
        }
    }
    if plan.replace {
        return replace_one(backend, client_id, &old, deliver).await;
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
    let mut rotation = Rotation {
        secret: Some(secret),
        retired: vec![],
        revoked: vec![],
        kept: vec![],
        skipped: None,
        registration: None,
    };
    // 2. Deliver it; if that fails, leave the old secrets alone.
    let Some(value) = rotation.secret.as_ref().and_then(|s| s.value.clone()) else {
        return Err((
            Some(rotation),
            CliError::other(
                "the server's answer carried no secret value; the old secrets were left untouched",
            )
            .into(),
        ));
    };
    if let Err(e) = deliver.deliver(client_id, &value).await {
        return Err((
            Some(rotation),
            e.context("the new secret was created and is printed here, but delivering it failed; the old secrets were left untouched"),
        ));
    }
    // 3. Retire the old ones.
    let overlap_end = plan.overlap.after(now).unwrap_or(now);
    for s in old.iter().filter(|s| s.is_live(now)) {
        let result = if plan.revoke_old {
            // A secret of unknown age is kept too: it may be the one just delivered.
            if s.created_at
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
            return Err((
                Some(rotation),
                e.context("the new secret was created and is printed here, but retiring the old secrets failed part way"),
            ));
        }
    }
    Ok(rotation)
}

/// Rotation on a server that keeps one secret per client: the server (or oauthctl, where the
/// admin sets secrets) makes a new value that replaces the old at once; then it is delivered.
async fn replace_one(
    backend: &dyn Backend,
    client_id: &str,
    old: &[Secret],
    deliver: &Delivery,
) -> Result<Rotation, (Option<Rotation>, anyhow::Error)> {
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
    let value = secret.value.clone();
    let registration = backend.new_registration(client_id);
    let rotation = Rotation {
        secret: Some(secret),
        retired: vec![],
        revoked: old
            .iter()
            .filter(|s| s.revoked_at.is_none())
            .map(|s| s.id.clone())
            .collect(),
        kept: vec![],
        skipped: None,
        registration,
    };
    let Some(value) = value else {
        return Err((
            Some(rotation),
            CliError::other("the server replaced the secret but its answer carried no value")
                .with_hint(format!(
                    "the old secret no longer works; replace it again with `oauthctl secrets rotate {client_id} --replace`"
                ))
                .into(),
        ));
    };
    if let Err(e) = deliver.deliver(client_id, &value).await {
        return Err((
            Some(rotation),
            e.context("the secret was replaced (the old one no longer works) and the new value is printed here, but delivering it elsewhere failed"),
        ));
    }
    Ok(rotation)
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
            match rotate_one(backend, id, &plan, &deliver).await {
                Ok(r) => {
                    ctx.printer.emit(&r)?;
                    if r.secret.is_some() {
                        ctx.printer.warn(
                            "the new secret value is shown only this once. Store it safely now.",
                        );
                    }
                    Ok(())
                }
                Err((partial, e)) => {
                    if let Some(r) = partial {
                        ctx.printer.emit(&r)?;
                    }
                    Err(super::clients::not_found_hint(e))
                }
            }
        }
        _ => rotate_all(ctx, backend, &args, &plan).await,
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
        crate::config::Credentials::ClientSecret { client_id, .. } => Some(client_id.clone()),
        crate::config::Credentials::Login(l) => Some(l.client_id.clone()),
        _ => settings.client_id.clone(),
    };
    let clients: Vec<Client> = collect_clients(backend, args.space.as_deref())
        .await?
        .into_iter()
        .filter(|c| c.require_client_secret && Some(&c.client_id) != acting.as_ref())
        .collect();
    let total = clients.len();
    let p = &ctx.printer;
    p.progress(0, total, "clients");
    let mut json = if ctx.printer.is_json() {
        Some(JsonArrayWriter::start_as(ctx.printer.format)?)
    } else {
        None
    };
    let (mut rotated, mut skipped, mut failed) = (0usize, 0usize, Vec::new());
    let deliver = &deliver;
    let mut results = stream::iter(clients.iter())
        .map(|c| async move { (c, rotate_one(backend, &c.client_id, plan, deliver).await) })
        .buffer_unordered(usize::from(args.concurrency));
    // Each result is written as soon as it exists, so no new secret waits in memory.
    let mut done = 0;
    while let Some((c, result)) = results.next().await {
        done += 1;
        p.clear_progress();
        let (status, rotation, error) = match result {
            Ok(r) if r.skipped.is_some() => {
                skipped += 1;
                ("skipped", Some(r), None)
            }
            Ok(r) => {
                rotated += 1;
                ("rotated", Some(r), None)
            }
            Err((_, e)) if e.is::<crate::api::client::DryRun>() => return Err(e),
            Err((partial, e)) => {
                failed.push(c.client_id.clone());
                ("failed", partial, Some(format!("{e:#}")))
            }
        };
        match &mut json {
            Some(w) => w.push(&BulkResult {
                client_id: &c.client_id,
                client_name: &c.client_name,
                status,
                rotation,
                error,
            })?,
            None => {
                let secret = rotation.as_ref().and_then(|r| r.secret.as_ref());
                let line = match (status, secret) {
                    (_, Some(s)) => format!(
                        "{status}\t{}\t{}\tsecret {}\texpires {}\t{}",
                        c.client_id,
                        c.client_name,
                        s.id,
                        crate::output::expiry(s.expiration),
                        s.value.as_deref().unwrap_or("")
                    ),
                    ("skipped", None) => format!(
                        "skipped\t{}\t{}\t{}",
                        c.client_id,
                        c.client_name,
                        rotation.and_then(|r| r.skipped).unwrap_or_default()
                    ),
                    _ => format!("{status}\t{}\t{}", c.client_id, c.client_name),
                };
                ctx.printer.line(&line)?;
                if let Some(e) = error {
                    ctx.printer.warn(&format!("{}: {e}", c.client_id));
                }
            }
        }
        p.progress(done, total, "clients");
    }
    p.clear_progress();
    if let Some(w) = json {
        w.finish()?;
    }
    // On a terminal a summary; elsewhere stderr stays quiet (failures aside).
    if p.stderr_tty {
        ctx.printer.status(&format!(
            "{rotated} rotated, {skipped} not due, {} failed, of {total} clients",
            failed.len()
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
    Ok(())
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
    const HEADERS: &'static [&'static str] = &[
        "client id",
        "name",
        "secret id",
        "expires",
        "status",
        "newest",
    ];
    fn row(&self) -> Vec<String> {
        vec![
            self.client_id.clone(),
            self.client_name.clone(),
            self.secret_id.clone(),
            format!(
                "{} ({})",
                fmt_time(self.expiration),
                humanize(self.expiration, Utc::now())
            ),
            self.status.as_str().into(),
            crate::output::yes_no(self.newest),
        ]
    }
}

pub async fn expiring(
    ctx: &Context,
    within: &str,
    space: Option<String>,
    exit_code: bool,
    concurrency: usize,
) -> anyhow::Result<()> {
    let window = parse_span(within).map_err(|e| CliError::usage(format!("--within: {e}")))?;
    let backend = ctx.backend()?;
    let now = Utc::now();
    let horizon = window.after(now).unwrap_or(now);
    let clients = collect_clients(backend, space.as_deref()).await?;
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
                    ((e > now && e <= horizon) || (e <= now && is_newest)).then(|| Expiring {
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
        assert!(!b
            .log()
            .iter()
            .any(|l| l.starts_with("revoke") || l.starts_with("shorten")));
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
