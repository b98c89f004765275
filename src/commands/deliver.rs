//! The delivery rule for new secret values (`secrets create`, `secrets rotate`, `clients create`):
//! a value counts as delivered only where its write succeeded and was flushed — stdout (not
//! /dev/null, not closed), `--output-file`, the OS keyring. When it reached nobody, nothing is
//! retired, the new secret is revoked again at once (nobody can be using it), and the command
//! exits 1 saying so on stderr. The quiet closed-pipe rule (`clients list | head`) never applies
//! to a value.

use crate::backend::{Backend, Capability, Target};
use crate::error::CliError;
use crate::model::Secret;
use crate::output::Printer;

/// Where one new value went: `Ok` where it arrived, `Err(reason)` where it did not; `None` for a
/// place that was not asked for.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: Result<(), String>,
    pub file: Option<Result<(), String>>,
    pub keyring: Option<Result<(), String>>,
}

impl Outcome {
    /// The value arrived somewhere: it was delivered.
    pub fn reached_someone(&self) -> bool {
        self.stdout.is_ok()
            || matches!(self.file, Some(Ok(())))
            || matches!(self.keyring, Some(Ok(())))
    }

    /// It arrived everywhere it was sent explicitly (the file, the keyring) and somewhere at all:
    /// only then may old secrets be retired.
    pub fn complete(&self) -> bool {
        self.reached_someone()
            && !matches!(self.file, Some(Err(_)))
            && !matches!(self.keyring, Some(Err(_)))
    }

    /// "stdout: …; --output-file: …" for each place that failed.
    pub fn failures(&self) -> String {
        let mut v = Vec::new();
        if let Err(e) = &self.stdout {
            v.push(format!("stdout: {e}"));
        }
        if let Some(Err(e)) = &self.file {
            v.push(format!("--output-file: {e}"));
        }
        if let Some(Err(e)) = &self.keyring {
            v.push(format!("keyring: {e}"));
        }
        v.join("; ")
    }

    /// The places the value did reach, for a message ("--output-file and the OS keyring").
    pub fn reached(&self) -> String {
        let mut v = Vec::new();
        if self.stdout.is_ok() {
            v.push("stdout");
        }
        if matches!(self.file, Some(Ok(()))) {
            v.push("--output-file");
        }
        if matches!(self.keyring, Some(Ok(()))) {
            v.push("the OS keyring");
        }
        v.join(" and ")
    }
}

/// The stdout part of an [`Outcome`]: the write's result, and a stdout that reaches nobody
/// (/dev/null, or closed) counts as a failure even when the write "succeeded".
pub fn stdout(printer: &Printer, written: std::io::Result<()>) -> Result<(), String> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            Err("the pipe was closed by its reader".into())
        }
        Err(e) => Err(e.to_string()),
        Ok(()) if !printer.stdout_reaches_someone() => Err(NULL_STDOUT.into()),
        Ok(()) => Ok(()),
    }
}

/// The stdout part of an [`Outcome`] for a value just written: [`stdout`], and — where stdout is
/// a pipe, a FIFO or a socket — only once its reader has taken the value (a pipe buffer is not a
/// reader), waiting up to `--timeout`; a regular file is fsynced. Call it right after the write:
/// where the value ends in the stream is taken before the first await.
pub fn stdout_delivered<'p>(
    printer: &'p Printer,
    written: std::io::Result<()>,
) -> impl std::future::Future<Output = Result<(), String>> + 'p {
    let end = printer.stdout_written();
    let first = stdout(printer, written);
    async move {
        first?;
        printer.taken(end).await
    }
}

const NULL_STDOUT: &str = "/dev/null (or closed)";

/// Before anything is created: a value that would go only to a stdout that reaches nobody is
/// refused up front (exit 1), so nothing changes on the server.
pub fn preflight(printer: &Printer, elsewhere: bool, dry_run: bool) -> anyhow::Result<()> {
    if dry_run || elsewhere || printer.stdout_reaches_someone() {
        return Ok(());
    }
    Err(CliError::other(format!(
        "refusing to create a secret value that would reach nobody: stdout is {NULL_STDOUT}; nothing was changed"
    ))
    .with_hint("let stdout go to a terminal, a file or a pipe that reads it, or pass --output-file PATH or --store keyring (where the command has them)")
    .into())
}

/// `--store keyring`: the keyring is asked before anything is changed, so a missing one is found
/// while nothing exists yet to revoke again.
pub async fn probe_keyring(store: bool, dry_run: bool) -> anyhow::Result<()> {
    if !store || dry_run {
        return Ok(());
    }
    crate::secret_store::probe().await.map_err(|e| {
        e.context("--store keyring: the OS keyring does not answer; nothing was changed")
    })
}

/// Stores a value in the OS keyring; `Ok(account)` when it arrived.
pub async fn to_keyring(target: &Target, client_id: &str, value: &str) -> anyhow::Result<String> {
    let account = crate::secret_store::account(&target.base_url, &target.tenant, client_id);
    crate::secret_store::set(account.clone(), value.to_string())
        .await
        .map(|()| account)
}

/// The [`Outcome`] part of a result: `Ok` or the error on one line.
pub fn part<T>(r: &anyhow::Result<T>) -> Result<(), String> {
    r.as_ref().map(|_| ()).map_err(|e| format!("{e:#}"))
}

/// A new secret that reached nobody: revoked again at once. Returns the error the command ends
/// with (exit 1), which says what happened to it.
pub async fn undelivered(
    backend: &dyn Backend,
    client_id: &str,
    secret: &Secret,
    outcome: &Outcome,
    then: &str,
) -> anyhow::Error {
    if !backend.has(Capability::MultipleSecrets) {
        // A one-secret server: the old value is already gone, and there is nothing to revoke.
        return CliError::other(format!(
            "the new secret of client {client_id} reached nobody ({}); the server replaced the old one, so the client has no secret anyone knows",
            outcome.failures()
        ))
        .with_hint(format!("replace it again with `oauthctl secrets rotate {client_id} --replace`, with stdout going to a terminal, a file or a pipe that reads it, or with --output-file PATH or --store keyring"))
        .into();
    }
    // Only a secret that was created is revoked again, so this change is never a plan.
    let revoked = backend
        .revoke_secret(client_id, &secret.id)
        .await
        .and_then(crate::backend::Sent::after_sent);
    let what = match &revoked {
        Ok(()) => "it was revoked again at once".to_string(),
        Err(e) => format!(
            "revoking it failed too ({}): revoke it with `oauthctl secrets revoke {client_id} {} --yes`",
            match e {
                crate::backend::BackendError::Other(e) => format!("{e:#}"),
                e => e.to_string(),
            },
            secret.id
        ),
    };
    CliError::other(format!(
        "the new secret {} of client {client_id} reached nobody ({}); {what}; {then}",
        secret.id,
        outcome.failures()
    ))
    .with_hint("run it again with stdout going to a terminal, a file or a pipe that reads it, or pass --output-file PATH or --store keyring (where the command has them)")
    .into()
}

/// Until the run ends: the first SIGINT or SIGTERM asks it to stop (no new work; what is in
/// flight is finished, bounded by --timeout, then reported); a second one ends it at once. The
/// handlers are in place when this returns; the future it gives waits for the signals.
pub fn watch_signals(
    flag: std::sync::Arc<std::sync::atomic::AtomicI32>,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let streams = {
        use tokio::signal::unix::{signal, SignalKind};
        signal(SignalKind::interrupt()).and_then(|i| Ok((i, signal(SignalKind::terminate())?)))
    };
    async move {
        #[cfg(unix)]
        {
            let Ok((mut int, mut term)) = streams else {
                return;
            };
            loop {
                let sig = tokio::select! {
                    _ = int.recv() => 2,
                    _ = term.recv() => 15,
                };
                if flag.swap(sig, std::sync::atomic::Ordering::SeqCst) != 0 {
                    std::process::exit(128 + sig);
                }
            }
        }
        #[cfg(not(unix))]
        {
            if tokio::signal::ctrl_c().await.is_ok() {
                flag.store(2, std::sync::atomic::Ordering::SeqCst);
            }
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    }
}

/// The error a command stopped by a signal ends with: exit 130 (SIGINT) or 143 (SIGTERM).
pub fn stopped_by_signal(signal: i32, what: &str) -> CliError {
    let (kind, name) = match signal {
        15 => (crate::error::ErrorKind::Terminated, "SIGTERM"),
        _ => (crate::error::ErrorKind::Cancelled, "SIGINT"),
    };
    CliError::new(kind, format!("{what} stopped by {name}: nothing new was started, and what was in flight was finished"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A test's capture counts as a reader that took the value: delivered at once, without the
    /// drain wait of a pipe.
    #[test]
    fn a_value_printed_into_a_buffer_is_delivered() {
        let (p, cap) = Printer::captured(crate::output::Format::Json);
        let p = p.with_drain_wait(std::time::Duration::ZERO);
        preflight(&p, false, false).unwrap();
        let written = p.json_head(&serde_json::json!({"value": "s3cret"}));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        assert_eq!(rt.block_on(stdout_delivered(&p, written)), Ok(()));
        assert!(cap.stdout().contains("s3cret"));
    }

    #[test]
    fn delivered_only_where_a_write_arrived() {
        let bad = || Err::<(), String>("closed".into());
        let none = Outcome {
            stdout: bad(),
            file: None,
            keyring: None,
        };
        assert!(!none.reached_someone() && !none.complete());
        let file_only = Outcome {
            stdout: bad(),
            file: Some(Ok(())),
            keyring: None,
        };
        assert!(file_only.reached_someone() && file_only.complete());
        let printed_file_failed = Outcome {
            stdout: Ok(()),
            file: Some(bad()),
            keyring: None,
        };
        assert!(printed_file_failed.reached_someone() && !printed_file_failed.complete());
        let all_failed = Outcome {
            stdout: bad(),
            file: Some(bad()),
            keyring: Some(bad()),
        };
        assert!(!all_failed.reached_someone());
        assert_eq!(
            all_failed.failures(),
            "stdout: closed; --output-file: closed; keyring: closed"
        );
    }
}
