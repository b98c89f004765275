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
    /// 130: a prompt was cancelled.
    Cancelled,
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
    (130, "a prompt was cancelled"),
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
    /// Where it came from: this program, a server's answer, or the way to the server. What a
    /// [`BackendError`] is made of.
    pub origin: Origin,
}

/// Where an error came from (see [`CliError::origin`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Origin {
    /// oauthctl itself (a check, a file, the keyring).
    #[default]
    Local,
    /// A server answered with this status; `excerpt` is the start of its body, redacted.
    Answer { status: u16, excerpt: String },
    /// The request failed on its way; `may_have_left`: it may have reached the server.
    Transport { may_have_left: bool },
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            hint: None,
            origin: Origin::Local,
        }
    }
    /// An error made from a server's answer.
    pub fn answered(mut self, status: u16, excerpt: impl Into<String>) -> Self {
        self.origin = Origin::Answer {
            status,
            excerpt: excerpt.into(),
        };
        self
    }
    /// An error on the way to the server.
    pub fn transport(mut self, may_have_left: bool) -> Self {
        self.origin = Origin::Transport { may_have_left };
        self
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

/// What went wrong on the other side of the backend seam: every method of the `Backend` trait
/// fails with one of these, so a command branches on the variant (a client that is not there,
/// a clash) instead of looking inside an error. Each variant has its exit code ([`Self::kind`])
/// and its hint.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    /// What was named does not exist (exit 4).
    #[error("{message}")]
    NotFound {
        message: String,
        hint: Option<String>,
    },
    /// It exists already, or clashes with what exists (exit 5).
    #[error("{message}")]
    Conflict {
        message: String,
        hint: Option<String>,
    },
    /// The kind cannot do this (a capability), or cannot store this value (`field`, as `-o json`
    /// names it, for the command to say as its flag); nothing was sent (exit 2).
    #[error("{message}")]
    Unsupported {
        message: String,
        hint: Option<String>,
        field: Option<&'static str>,
    },
    /// The server did not accept oauthctl's credentials (or they lack a right), whatever status
    /// said so (exit 3).
    #[error("{message}")]
    Denied {
        status: u16,
        message: String,
        hint: Option<String>,
    },
    /// The server said no: its status and the start of its answer, redacted (exit by status:
    /// 2 for 400/422, 3 for 401/403, 1 otherwise).
    #[error("{message}")]
    Refused {
        status: u16,
        excerpt: String,
        message: String,
        hint: Option<String>,
    },
    /// The request failed on its way (exit 1); `may_have_left`: the server may have acted on it.
    #[error("{message}")]
    Transport {
        may_have_left: bool,
        message: String,
        hint: Option<String>,
    },
    /// The server answered something that is not what its API promises (exit 1).
    #[error("{message}")]
    InvalidAnswer {
        message: String,
        hint: Option<String>,
    },
    /// Anything else: a check of oauthctl's own, a file, the keyring (its own exit code).
    #[error(transparent)]
    Other(anyhow::Error),
}

impl BackendError {
    pub fn not_found(message: impl Into<String>) -> Self {
        BackendError::NotFound {
            message: message.into(),
            hint: None,
        }
    }

    pub fn invalid_answer(message: impl Into<String>) -> Self {
        BackendError::InvalidAnswer {
            message: message.into(),
            hint: None,
        }
    }

    /// The exit code's kind.
    pub fn kind(&self) -> ErrorKind {
        match self {
            BackendError::NotFound { .. } => ErrorKind::NotFound,
            BackendError::Conflict { .. } => ErrorKind::Conflict,
            BackendError::Unsupported { field: None, .. } => ErrorKind::Unsupported,
            BackendError::Unsupported { field: Some(_), .. } => ErrorKind::Usage,
            BackendError::Denied { .. } => ErrorKind::Auth,
            BackendError::Refused { status, .. } => match status {
                400 | 422 => ErrorKind::Usage,
                401 | 403 => ErrorKind::Auth,
                404 => ErrorKind::NotFound,
                409 => ErrorKind::Conflict,
                _ => ErrorKind::Other,
            },
            BackendError::Transport { .. } | BackendError::InvalidAnswer { .. } => ErrorKind::Other,
            BackendError::Other(e) => find(e).map_or(ErrorKind::Other, |(k, _)| k),
        }
    }

    /// The next step.
    pub fn hint(&self) -> Option<String> {
        match self {
            BackendError::NotFound { hint, .. }
            | BackendError::Conflict { hint, .. }
            | BackendError::Unsupported { hint, .. }
            | BackendError::Denied { hint, .. }
            | BackendError::Refused { hint, .. }
            | BackendError::Transport { hint, .. }
            | BackendError::InvalidAnswer { hint, .. } => hint.clone(),
            BackendError::Other(e) => find(e).and_then(|(_, h)| h),
        }
    }

    /// The same error with this hint in place of its own.
    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        let hint: String = hint.into();
        let new = Some(hint.clone());
        match self {
            BackendError::NotFound { message, .. } => BackendError::NotFound { message, hint: new },
            BackendError::Conflict { message, .. } => BackendError::Conflict { message, hint: new },
            BackendError::Unsupported { message, field, .. } => BackendError::Unsupported {
                message,
                hint: new,
                field,
            },
            BackendError::Denied {
                status, message, ..
            } => BackendError::Denied {
                status,
                message,
                hint: new,
            },
            BackendError::Refused {
                status,
                excerpt,
                message,
                ..
            } => BackendError::Refused {
                status,
                excerpt,
                message,
                hint: new,
            },
            BackendError::Transport {
                may_have_left,
                message,
                ..
            } => BackendError::Transport {
                may_have_left,
                message,
                hint: new,
            },
            BackendError::InvalidAnswer { message, .. } => {
                BackendError::InvalidAnswer { message, hint: new }
            }
            BackendError::Other(e) => {
                let kind = find(&e).map_or(ErrorKind::Other, |(k, _)| k);
                BackendError::Other(CliError::new(kind, format!("{e:#}")).with_hint(hint).into())
            }
        }
    }

    /// Whether the server may have acted on a request whose answer never came.
    pub fn may_have_left(&self) -> bool {
        matches!(
            self,
            BackendError::Transport {
                may_have_left: true,
                ..
            }
        )
    }
}

impl From<CliError> for BackendError {
    /// What a lower layer (the HTTP client, a backend's own checks) said, by what it is.
    fn from(c: CliError) -> BackendError {
        let CliError {
            kind,
            message,
            hint,
            origin,
        } = c;
        match (kind, origin) {
            (ErrorKind::NotFound, _) => BackendError::NotFound { message, hint },
            (ErrorKind::Conflict, _) => BackendError::Conflict { message, hint },
            (ErrorKind::Unsupported, _) => BackendError::Unsupported {
                message,
                hint,
                field: None,
            },
            (ErrorKind::Auth, Origin::Answer { status, .. }) => BackendError::Denied {
                status,
                message,
                hint,
            },
            (_, Origin::Answer { status, excerpt }) => BackendError::Refused {
                status,
                excerpt,
                message,
                hint,
            },
            (_, Origin::Transport { may_have_left }) => BackendError::Transport {
                may_have_left,
                message,
                hint,
            },
            (kind, Origin::Local) => BackendError::Other(
                CliError {
                    kind,
                    message,
                    hint,
                    origin: Origin::Local,
                }
                .into(),
            ),
        }
    }
}

impl From<anyhow::Error> for BackendError {
    /// An error from below the seam: a [`CliError`] alone is sorted by what it is; one with
    /// context around it, or of another type, is kept whole.
    fn from(e: anyhow::Error) -> BackendError {
        // Only an error without context around it: taking it out would drop the context.
        if e.chain().count() > 1 {
            return BackendError::Other(e);
        }
        match e.downcast::<BackendError>() {
            Ok(b) => b,
            Err(e) => match e.downcast::<CliError>() {
                Ok(c) => c.into(),
                Err(e) => BackendError::Other(e),
            },
        }
    }
}

impl From<std::io::Error> for BackendError {
    fn from(e: std::io::Error) -> BackendError {
        BackendError::Other(e.into())
    }
}

impl From<serde_json::Error> for BackendError {
    fn from(e: serde_json::Error) -> BackendError {
        BackendError::Other(e.into())
    }
}

/// The exit code's kind and the hint of the first typed error in the chain.
fn find(err: &anyhow::Error) -> Option<(ErrorKind, Option<String>)> {
    err.chain().find_map(|e| {
        if let Some(c) = e.downcast_ref::<CliError>() {
            return Some((c.kind, c.hint.clone()));
        }
        e.downcast_ref::<BackendError>()
            .map(|b| (b.kind(), b.hint()))
    })
}

/// Changes the [`CliError`] inside `err` in place (a message or hint that depends on the command),
/// keeping every context around it. Errors of other types pass through unchanged.
pub fn adjust(mut err: anyhow::Error, f: impl FnOnce(&mut CliError)) -> anyhow::Error {
    if let Some(c) = err.downcast_mut::<CliError>() {
        f(c);
    }
    err
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

/// True when the error is only a closed stdout (`oauthctl clients list | head -1`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

pub fn exit_code(err: &anyhow::Error) -> u8 {
    find(err).map_or(1, |(k, _)| k.exit_code())
}

/// Writes the error to stderr: `error: …`, one `caused by: …` per cause, and a `hint: …`.
/// With JSON output, one JSON object `{"error": {"code", "exitCode", "message", "hint"}}` instead.
pub fn report(err: &anyhow::Error, json: bool, color: bool) {
    let mut stderr = std::io::stderr().lock();
    let found = find(err);
    let hint = found.as_ref().and_then(|(_, h)| h.clone());
    if json {
        let kind = found.as_ref().map_or(ErrorKind::Other, |(k, _)| *k);
        let doc = serde_json::json!({
            "error": {
                "code": kind,
                "exitCode": kind.exit_code(),
                "message": err.chain().map(|e| e.to_string()).collect::<Vec<_>>().join(": "),
                "hint": hint,
            }
        });
        let _ = writeln!(stderr, "{doc}");
        return;
    }
    // Answering "no" (or leaving a prompt) is the user's choice, not an error: say so plainly.
    if found.is_some_and(|(k, _)| k == ErrorKind::Cancelled) {
        let _ = writeln!(stderr, "{err}");
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
        visible_lines(&err.to_string())
    );
    for cause in err.chain().skip(1) {
        let _ = writeln!(stderr, "  caused by: {}", visible_lines(&cause.to_string()));
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

    #[test]
    fn a_backend_error_is_sorted_by_where_it_came_from_and_keeps_its_exit_code() {
        let from = |c: CliError| BackendError::from(c);
        let nf = from(CliError::not_found("no client x").answered(404, "{}"));
        assert!(matches!(nf, BackendError::NotFound { .. }));
        assert_eq!(nf.kind().exit_code(), 4);
        let clash = from(CliError::conflict("exists"));
        assert_eq!(clash.kind().exit_code(), 5);
        let denied = from(CliError::auth("no").answered(401, "bad token"));
        assert!(matches!(denied, BackendError::Denied { status: 401, .. }));
        assert_eq!(denied.kind().exit_code(), 3);
        // A backend that knows a 400 is about its credentials says so.
        let token = from(CliError::auth("no access token").answered(400, ""));
        assert_eq!(token.kind().exit_code(), 3);
        let invalid = from(CliError::usage("bad").answered(400, "x"));
        assert_eq!(invalid.kind().exit_code(), 2);
        let down = from(CliError::other("5xx").answered(503, ""));
        assert_eq!(down.kind().exit_code(), 1);
        let gone = from(CliError::other("reset").transport(true));
        assert!(gone.may_have_left());
        let never = from(CliError::other("refused").transport(false));
        assert!(!never.may_have_left());
        let local = from(CliError::usage("a check of ours"));
        assert!(matches!(local, BackendError::Other(_)));
        assert_eq!(local.kind().exit_code(), 2);
        let unsupported = BackendError::Unsupported {
            message: "m".into(),
            hint: Some("h".into()),
            field: None,
        };
        assert_eq!(unsupported.kind(), ErrorKind::Unsupported);
        let field = BackendError::Unsupported {
            message: "m".into(),
            hint: None,
            field: Some("allowedCorsOrigins"),
        };
        assert_eq!(field.kind(), ErrorKind::Usage);
        // Through anyhow and back, and as the program reports it.
        let e = anyhow::Error::from(nf.with_hint("list them"));
        assert_eq!(exit_code(&e), 4);
        assert_eq!(find(&e).and_then(|(_, h)| h).as_deref(), Some("list them"));
        let back = BackendError::from(e);
        assert!(matches!(back, BackendError::NotFound { .. }));
        // An error with context around it is kept whole.
        let wrapped = anyhow::Error::from(CliError::not_found("x")).context("while y");
        assert!(matches!(
            BackendError::from(wrapped),
            BackendError::Other(_)
        ));
        assert_eq!(
            BackendError::invalid_answer("not JSON").kind().exit_code(),
            1
        );
    }
}
