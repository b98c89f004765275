//! The one error type that decides exit codes, and how errors are shown.
//!
//! Commands return `anyhow::Result`; errors a user can act on are [`CliError`]s with a kind (which
//! picks the exit code) and a hint that names the next step. Anything else exits 1.

use std::io::Write;

use serde::Serialize;

/// What went wrong, as far as a script cares. The numbers are the documented exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 1: anything else (network, server error, I/O).
    Other,
    /// 2: bad input: a flag, a value, a request the server rejected as invalid.
    Usage,
    /// 3: authentication or authorization failed.
    Auth,
    /// 4: the thing named does not exist.
    NotFound,
    /// 5: it already exists, or clashes with what exists.
    Conflict,
    /// 6: refused by the server-type guard.
    Guard,
    /// 7: `secrets expiring --exit-code` found secrets.
    Found,
    /// 8: `diff --exit-code` found something to do.
    Changes,
    /// 2: the kind of server lacks what the command needs (a capability); nothing was sent.
    Unsupported,
    /// 130: a prompt was cancelled, or SIGINT stopped the command.
    Cancelled,
    /// 143: SIGTERM stopped the command (what was in flight was finished and reported).
    Terminated,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Other => 1,
            ErrorKind::Usage | ErrorKind::Unsupported => 2,
            ErrorKind::Auth => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Conflict => 5,
            ErrorKind::Guard => 6,
            ErrorKind::Found => 7,
            ErrorKind::Changes => 8,
            ErrorKind::Cancelled => 130,
            ErrorKind::Terminated => 143,
        }
    }
}

/// The documented exit codes and what each means: the one table behind the `Exit codes:` block
/// of `--help` and the EXIT STATUS section of every man page.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (1, "other error (network, server, I/O)"),
    (
        2,
        "usage: a bad flag or value, or a request the server rejected as invalid",
    ),
    (3, "authentication or authorization failed"),
    (4, "not found"),
    (5, "conflict: it already exists"),
    (6, "refused by the server-type guard"),
    (7, "`secrets expiring --exit-code` found secrets"),
    (8, "`diff --exit-code` found something to do"),
    (130, "cancelled: a prompt, or SIGINT (Ctrl-C)"),
    (143, "terminated by SIGTERM"),
];

/// The exit codes, for `--help`.
pub fn exit_codes_help() -> String {
    let mut s = String::from("Exit codes:");
    for (code, meaning) in EXIT_CODES {
        s.push_str(&format!("\n  {code:<4} {meaning}"));
    }
    s
}

/// Where admin credentials come from: the hint of every "not authenticated" error.
pub const HINT_ADMIN_CREDENTIALS: &str = "run `oauthctl login`, or set OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET (admin client credentials) or OAUTHCTL_TOKEN; for a local dev server, run `oauthctl dev-server` and use the export lines it prints";

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            hint: None,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Other, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Changes the [`CliError`] inside `err` in place (a message or hint that depends on the command),
/// keeping every context around it. Errors of other types pass through unchanged.
pub fn adjust(mut err: anyhow::Error, f: impl FnOnce(&mut CliError)) -> anyhow::Error {
    if let Some(c) = err.downcast_mut::<CliError>() {
        f(c);
    }
    err
}

/// Gives a [`CliError`] of `kind` that has no hint yet this one.
pub fn hint_on(err: anyhow::Error, kind: ErrorKind, hint: impl Into<String>) -> anyhow::Error {
    adjust(err, |c| {
        if c.kind == kind && c.hint.is_none() {
            c.hint = Some(hint.into());
        }
    })
}

/// What a failed network call or socket ran into, in plain words and without library internals
/// (no "tcp connect error", no "(os error 111)"): the first I/O error in the chain, by its kind.
/// The one mapping of transport failures to words; the HTTP client and the dev server use it.
pub fn io_reason(err: &(dyn std::error::Error + 'static)) -> Option<(std::io::ErrorKind, String)> {
    use std::io::ErrorKind as K;
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            let words = match io.kind() {
                K::ConnectionRefused => "connection refused".to_string(),
                K::ConnectionReset => "the connection was reset".to_string(),
                K::ConnectionAborted => "the connection was aborted".to_string(),
                K::TimedOut => "timed out".to_string(),
                K::AddrInUse => "the address is already in use".to_string(),
                K::AddrNotAvailable => "the address is not available on this machine".to_string(),
                K::PermissionDenied => "permission denied".to_string(),
                K::UnexpectedEof => "the connection closed early".to_string(),
                K::NotConnected => "not connected".to_string(),
                K::BrokenPipe => "the connection closed early".to_string(),
                _ => {
                    // "Network is unreachable (os error 101)" → "network is unreachable"
                    let text = io.to_string();
                    let text = match text.find(" (os error") {
                        Some(i) => text[..i].to_string(),
                        None => text,
                    };
                    let mut c = text.chars();
                    match c.next() {
                        Some(f) => f.to_lowercase().chain(c).collect(),
                        None => "an I/O error".to_string(),
                    }
                }
            };
            return Some((io.kind(), words));
        }
        cur = e.source();
    }
    None
}

/// The first [`CliError`] in the chain, if any.
pub fn find_cli_error(err: &anyhow::Error) -> Option<&CliError> {
    err.chain().find_map(|e| e.downcast_ref::<CliError>())
}

/// True when the error is only a closed stdout (`oauthctl clients list | head -1`): a command
/// that reports with a [`CliError`] (one that made secrets, and says what became of them) is
/// never quiet.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    if err.downcast_ref::<CliError>().is_some() || find_cli_error(err).is_some() {
        return false;
    }
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

pub fn exit_code(err: &anyhow::Error) -> u8 {
    find_cli_error(err).map_or(1, |e| e.kind.exit_code())
}

/// Writes the error to stderr: `error: …`, one `caused by: …` per cause, and a `hint: …`.
/// With JSON output, one JSON object `{"error": {"code", "exitCode", "message", "hint"}}` instead.
/// Messages quote servers and users: credentials in them are redacted (the rule of `--dry-run`,
/// [`crate::api::redact::redact_text`]); hints are oauthctl's own words.
pub fn report(err: &anyhow::Error, json: bool, color: bool) {
    use crate::api::redact::redact_text;
    let mut stderr = std::io::stderr().lock();
    let cli = find_cli_error(err);
    let hint = cli.and_then(|c| c.hint.clone());
    // `diff --exit-code` finding changes is the result that was asked for, not an error: the
    // exit code says it, and the command has already printed the plan and its summary.
    if cli.is_some_and(|c| c.kind == ErrorKind::Changes) {
        if let (false, Some(h)) = (json, hint) {
            let _ = writeln!(stderr, "{}", crate::output::visible_lines(&h));
        }
        return;
    }
    if json {
        let kind = cli.map_or(ErrorKind::Other, |c| c.kind);
        let doc = serde_json::json!({
            "error": {
                "code": kind,
                "exitCode": kind.exit_code(),
                "message": redact_text(&err.chain().map(|e| e.to_string()).collect::<Vec<_>>().join(": ")),
                "hint": hint,
            }
        });
        let _ = writeln!(stderr, "{doc}");
        return;
    }
    // Answering "no" (or leaving a prompt) is the user's choice, not an error: say so plainly.
    if cli.is_some_and(|c| c.kind == ErrorKind::Cancelled) {
        let _ = writeln!(stderr, "{}", redact_text(&err.to_string()));
        return;
    }
    let (red, yellow, reset) = if color {
        ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    // Messages quote what servers sent: shown with control characters escaped.
    use crate::output::visible_lines;
    let _ = writeln!(
        stderr,
        "{red}error:{reset} {}",
        visible_lines(&redact_text(&err.to_string()))
    );
    for cause in err.chain().skip(1) {
        let _ = writeln!(
            stderr,
            "  caused by: {}",
            visible_lines(&redact_text(&cause.to_string()))
        );
    }
    if let Some(h) = hint {
        let _ = writeln!(stderr, "{yellow}hint:{reset} {}", visible_lines(&h));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exit_code_is_documented() {
        for kind in [
            ErrorKind::Other,
            ErrorKind::Usage,
            ErrorKind::Auth,
            ErrorKind::NotFound,
            ErrorKind::Conflict,
            ErrorKind::Guard,
            ErrorKind::Found,
            ErrorKind::Cancelled,
        ] {
            assert!(
                EXIT_CODES.iter().any(|(c, _)| *c == kind.exit_code()),
                "{kind:?}"
            );
        }
        assert!(exit_codes_help().contains("\n  130  a prompt was cancelled"));
    }
}
