//! Where a new value goes besides stdout: a 0600 file and/or the OS keyring.

use super::*;

/// Where a new value goes besides stdout: a file and/or the OS keyring. A failure here means the
/// old secrets stay untouched.
pub(crate) struct Delivery {
    pub(super) file: Option<FileSink>,
    /// Base URL and tenant, for the keyring account name.
    pub(super) keyring: Option<(url::Url, String)>,
}

impl Delivery {
    /// No file and no keyring: stdout only (and nothing at all under `--dry-run`).
    pub(crate) fn nowhere() -> Delivery {
        Delivery {
            file: None,
            keyring: None,
        }
    }
}

pub(super) enum FileSink {
    /// One file for one secret (single rotation): the value and a newline, mode 0600. Its
    /// temporary file is made before any change, so a folder that cannot be written is found
    /// first.
    One(Mutex<Option<crate::paths::PrivateFile>>, std::path::PathBuf),
    /// One line `CLIENT_ID=VALUE` per rotated client (bulk), appended and flushed as each exists.
    Lines(Mutex<std::fs::File>, std::path::PathBuf),
}

impl Delivery {
    pub(super) fn new(
        args: &RotateArgs,
        backend: &dyn Backend,
        bulk: bool,
    ) -> anyhow::Result<Delivery> {
        let file = match &args.output_file {
            None => None,
            Some(p) if bulk => Some(open_lines_file(p)?),
            Some(p) => Some(open_one_file(p)?),
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
    pub(super) async fn deliver(
        &self,
        client_id: &str,
        value: &str,
    ) -> (Option<Result<(), String>>, Option<anyhow::Result<()>>) {
        let file = match &self.file {
            Some(FileSink::One(f, path)) => {
                let prepared = f.lock().ok().and_then(|mut f| f.take());
                Some(
                    match prepared {
                        Some(f) => f.commit(format!("{value}\n").as_bytes()),
                        None => crate::paths::write_private(path, format!("{value}\n").as_bytes()),
                    }
                    .map_err(|e| format!("cannot write {}: {e}", path.display())),
                )
            }
            Some(FileSink::Lines(f, path)) => Some(match f.lock() {
                Ok(mut f) => append_line(&mut f, format!("{client_id}={value}\n").as_bytes())
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

/// Appends one line whole or not at all (a disk that fills up leaves no partial line: the file
/// is cut back to where it was), then syncs it: only then does the value count as delivered.
fn append_line(f: &mut std::fs::File, line: &[u8]) -> std::io::Result<()> {
    let before = f.metadata()?.len();
    let written = f.write_all(line).and_then(|()| f.sync_data());
    if written.is_err() {
        let _ = f.set_len(before).and_then(|()| f.sync_data());
    }
    written
}

/// `--output-file` for one value: the temporary file is made now, before any change.
pub(super) fn open_one_file(path: &std::path::Path) -> anyhow::Result<FileSink> {
    let f = crate::paths::PrivateFile::create(path).map_err(|e| {
        CliError::usage(format!(
            "--output-file {}: cannot write there: {e}; nothing was changed",
            path.display()
        ))
        .with_hint("name a regular file in a folder you can write")
    })?;
    Ok(FileSink::One(Mutex::new(Some(f)), path.to_path_buf()))
}

pub(super) fn open_lines_file(path: &std::path::Path) -> anyhow::Result<FileSink> {
    // A symlink is followed to its regular file; a device or other special file is refused.
    let target = crate::paths::regular_target(path).map_err(|e| {
        CliError::usage(format!("--output-file {}: {e}", path.display()))
            .with_hint("name a regular file in a folder you can write")
    })?;
    let existed = target.exists();
    let path = target.as_path();
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
    if !existed {
        // The new file's name is on the disk before a value goes into it.
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        crate::paths::sync_dir(dir).map_err(|e| {
            CliError::usage(format!(
                "--output-file {}: cannot sync its folder: {e}",
                path.display()
            ))
        })?;
    }
    Ok(FileSink::Lines(Mutex::new(f), path.to_path_buf()))
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
                Some(p) => Some(open_one_file(p)?),
            },
            keyring: None,
        })
    }

    /// Writes a value to the file, where one was asked for: the [`crate::commands::deliver::Outcome`]
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
            Some(FileSink::One(_, p)) | Some(FileSink::Lines(_, p)) => Some(p),
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
        let outcome = crate::commands::deliver::Outcome {
            stdout,
            file,
            keyring: keyring.as_ref().map(crate::commands::deliver::part),
        };
        if !outcome.reached_someone() {
            return Err(crate::commands::deliver::undelivered(
                backend, client_id, secret, &outcome, then,
            )
            .await);
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
    pub(super) plan: Plan,
    pub(super) old: Vec<Secret>,
    pub(super) now: DateTime<Utc>,
    pub rotation: Rotation,
    pub(super) value: String,
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
        // `apply --dry-run` stops at its plan, before any rotation.
        Step::Planned(plan) => Err((None, plan.unexpected())),
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
    verify: &Verify<'_>,
) -> anyhow::Result<()> {
    let (file, keyring) = deliver.deliver(client_id, &p.value).await;
    let outcome = crate::commands::deliver::Outcome {
        stdout,
        file,
        keyring: keyring.as_ref().map(crate::commands::deliver::part),
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
        verify,
    )
    .await
    {
        Settled::Retired(r) => r,
        Settled::Incomplete(e) | Settled::Undelivered(e) | Settled::Refused(e) => Err(e),
    }
}
