//! `secrets rotate --all`: every due client, with bounded concurrency, each result written as it
//! exists.

use super::*;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct BulkResult<'a> {
    pub(super) client_id: &'a str,
    pub(super) client_name: &'a str,
    /// rotated, skipped, failed, or planned (`--dry-run`)
    pub(super) status: &'static str,
    #[serde(flatten)]
    pub(super) rotation: Option<Rotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) error: Option<String>,
    /// `--dry-run`: the request that would create the client's new secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) dry_run: Option<Planned>,
}

/// The first part of a bulk element: the client and its new secret, written before anything is
/// retired.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct BulkHead<'a> {
    pub(super) client_id: &'a str,
    pub(super) client_name: &'a str,
    pub(super) secret: &'a Secret,
}

/// The rest of a bulk element, once the old secrets were dealt with.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct BulkTail<'a> {
    pub(super) status: &'static str,
    #[serde(flatten)]
    pub(super) retired: RetiredPart<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) error: Option<&'a str>,
}

/// One tab-separated line of the human bulk output.
pub(super) fn bulk_line(status: &str, c: &Client, rotation: Option<&Rotation>) -> String {
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
pub(super) enum BulkDone {
    /// Not started: stdout had failed and the values had nowhere else to go.
    NotAttempted,
    /// `--dry-run`: the request that would create the new secret was shown; nothing was sent.
    Planned,
    /// Its output (with the new value) was already written; `error` when it failed after that.
    Written {
        status: &'static str,
        error: Option<String>,
    },
    /// The new value reached nobody: revoked again, nothing retired.
    Undelivered(String),
}

/// Shared by the clients of one bulk rotation.
pub(super) struct Bulk<'a> {
    pub(super) ctx: &'a Context,
    pub(super) backend: &'a dyn Backend,
    pub(super) plan: &'a Plan,
    pub(super) deliver: &'a Delivery,
    /// Verify before retiring (none with --no-verify).
    pub(super) verifier: Option<&'a Verifier>,
    /// With -o json, the array; an element is written in two parts under the lock.
    pub(super) json: Option<tokio::sync::Mutex<JsonArrayWriter<'static>>>,
    /// Why stdout failed, once it did.
    pub(super) stdout_failed: std::cell::RefCell<Option<String>>,
    /// The signal that asked the run to stop (2, 15), 0 while none did.
    pub(super) signal: std::sync::Arc<std::sync::atomic::AtomicI32>,
}

impl Bulk<'_> {
    /// Writes a result that needs no two parts (skipped, or failed before a value was
    /// delivered).
    pub(super) async fn write_whole(
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
                dry_run: None,
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
        self.note_stdout(&crate::commands::deliver::stdout(p, written));
        BulkDone::Written { status, error }
    }

    /// `--dry-run`: the client would be rotated with this request (a line with the method and URL,
    /// or an element with `status: planned` and `dryRun`).
    async fn write_planned(&self, c: &Client, plan: Planned) -> BulkDone {
        let p = &self.ctx.printer;
        let request = format!("{} {}", plan.method, plan.url);
        let written = match &self.json {
            Some(w) => w.lock().await.push(&BulkResult {
                client_id: &c.client_id,
                client_name: &c.client_name,
                status: "planned",
                rotation: None,
                error: None,
                dry_run: Some(plan),
            }),
            None => {
                p.clear_progress();
                p.line(&format!(
                    "planned\t{}\t{}\t{request}",
                    crate::output::visible(&c.client_id),
                    crate::output::visible(&c.client_name)
                ))
            }
        };
        self.note_stdout(&crate::commands::deliver::stdout(p, written));
        BulkDone::Planned
    }

    /// No more clients are started once stdout failed and a value has nowhere else to go.
    pub(super) fn stopped(&self) -> bool {
        if self.signalled() != 0 {
            return true;
        }
        self.stdout_failed.borrow().is_some()
            && self.deliver.file.is_none()
            && self.deliver.keyring.is_none()
    }

    /// SIGINT (2) or SIGTERM (15) once one came: no new client is started.
    pub(super) fn signalled(&self) -> i32 {
        self.signal.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub(super) fn note_stdout(&self, r: &Result<(), String>) {
        if let Err(e) = r {
            self.stdout_failed.borrow_mut().get_or_insert(e.clone());
        }
    }

    pub(super) async fn one(&self, c: &Client) -> BulkDone {
        if self.stopped() {
            return BulkDone::NotAttempted;
        }
        let id = c.client_id.as_str();
        let (old, mut rotation, value, now) = match create_new(self.backend, id, self.plan).await {
            Err((partial, e)) => {
                return self
                    .write_whole(c, "failed", partial, Some(format!("{e:#}")))
                    .await
            }
            Ok(Step::Skipped(r)) => return self.write_whole(c, "skipped", Some(r), None).await,
            Ok(Step::Planned(plan)) => return self.write_planned(c, plan).await,
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
        let stdout = crate::commands::deliver::stdout_delivered(p, written).await;
        self.note_stdout(&stdout);
        let (file, keyring) = self.deliver.deliver(id, &value).await;
        let outcome = crate::commands::deliver::Outcome {
            stdout,
            file,
            keyring: keyring.as_ref().map(crate::commands::deliver::part),
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
            &Verify {
                verifier: self.verifier,
                client: Some(c),
            },
        )
        .await;
        let (status, error) = match &settled {
            Settled::Retired(Ok(())) => ("rotated", None),
            Settled::Retired(Err(e))
            | Settled::Incomplete(e)
            | Settled::Undelivered(e)
            | Settled::Refused(e) => ("failed", Some(format!("{e:#}"))),
        };
        if outcome.stdout.is_ok() {
            match json.as_mut() {
                Some(w) => {
                    let tail = w.push_tail(&BulkTail {
                        status,
                        retired: RetiredPart::of(&rotation),
                        error: error.as_deref(),
                    });
                    self.note_stdout(&crate::commands::deliver::stdout(p, tail));
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

pub(super) async fn rotate_all(
    ctx: &Context,
    backend: &dyn Backend,
    args: &RotateArgs,
    plan: &Plan,
) -> anyhow::Result<()> {
    // A dry run writes nothing anywhere: --output-file is not even created.
    let deliver = if ctx.global.dry_run {
        Delivery::nowhere()
    } else {
        Delivery::new(args, backend, true)?
    };
    // The admin client oauthctl is acting as is left out: rotating it mid-run could lock it out.
    let acting = ctx.acting_client()?;
    let clients: Vec<Client> = collect_clients(backend, args.space.as_deref())
        .await?
        .into_iter()
        .filter(|c| c.require_client_secret && Some(&c.client_id) != acting.as_ref())
        .collect();
    let total = clients.len();
    let p = &ctx.printer;
    if p.stderr_tty {
        p.status(&format!(
            "{} the secrets of {total} client(s) in tenant {}, {} at a time",
            if ctx.global.dry_run {
                "planning the rotation of"
            } else {
                "rotating"
            },
            backend.target().tenant,
            args.concurrency
        ));
    }
    p.progress(0, total, "clients");
    let verifier = Verifier::new(ctx, args.no_verify)?;
    let owned = Bulk {
        ctx,
        backend,
        plan,
        deliver: &deliver,
        verifier: verifier.as_ref(),
        json: if ctx.printer.is_json() {
            Some(tokio::sync::Mutex::new(ctx.printer.json_array()?))
        } else {
            None
        },
        stdout_failed: std::cell::RefCell::new(None),
        signal: Default::default(),
    };
    // SIGINT or SIGTERM: no new client is started, those in flight finish, and the run reports.
    let signals = tokio::spawn(crate::commands::deliver::watch_signals(
        owned.signal.clone(),
    ));
    let (mut rotated, mut skipped, mut failed) = (0usize, 0usize, Vec::new());
    let mut planned = 0usize;
    let (mut undelivered, mut not_attempted) = (Vec::new(), 0usize);
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
            BulkDone::Planned => planned += 1,
            BulkDone::Undelivered(e) => {
                undelivered.push(c.client_id.clone());
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
    signals.abort();
    let signal = owned.signalled();
    p.clear_progress();
    let stdout_failed = owned.stdout_failed.borrow().clone();
    let finished = match owned.json {
        Some(w) if stdout_failed.is_none() => w.into_inner().finish(),
        _ => Ok(()),
    };
    // Always a summary for people, on a terminal or not.
    if ctx.global.dry_run {
        ctx.printer.status(&format!(
            "dry run: {planned} would be rotated, {skipped} skipped, {} failed{}; nothing was sent; run again without --dry-run to send it",
            failed.len(),
            match not_attempted {
                0 => String::new(),
                n => format!(", {n} not planned (stdout failed)"),
            }
        ));
        if let Some(why) = stdout_failed.filter(|_| not_attempted > 0) {
            return Err(CliError::other(format!(
                "stdout failed during the dry run ({why}): {not_attempted} client(s) were not planned"
            ))
            .into());
        }
        if !failed.is_empty() {
            return Err(CliError::other(format!(
                "{} of {total} clients could not be planned: {}",
                failed.len(),
                failed.join(", ")
            ))
            .into());
        }
        return Ok(finished?);
    }
    ctx.printer.status(&format!(
        "{rotated} rotated, {skipped} skipped, {} failed{}",
        failed.len(),
        match not_attempted {
            0 => String::new(),
            n => format!(", {n} not started"),
        }
    ));
    if signal != 0 {
        finished?;
        return Err(crate::commands::deliver::stopped_by_signal(signal, "the rotation")
            .with_hint("run it again: with --if-expiring-within, the clients rotated already are skipped")
            .into());
    }
    if let Some(why) = stdout_failed.filter(|_| undelivered.len() + not_attempted > 0) {
        return Err(CliError::other(format!(
            "stdout failed during the rotation ({why}): {} new secret(s) reached nobody and were revoked again with their old secrets left untouched{}, and {not_attempted} client(s) were not started; {rotated} rotated with their values delivered",
            undelivered.len(),
            if undelivered.is_empty() {
                String::new()
            } else {
                format!(" ({})", undelivered.join(", "))
            }
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
