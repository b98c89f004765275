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
    let end = crate::output::stdout_written();
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
            crate::error::find_cli_error(e).map_or_else(|| format!("{e:#}"), |c| c.message.clone()),
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

#[cfg(test)]
mod tests {
    use super::*;

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
