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
    /// An answer that `--exit-code` asked for (`secrets expiring`'s 7, `diff`'s 8), not an
    /// error: reported with its hint only, without an `error:` line or a JSON error document.
    pub fn is_answer(self) -> bool {
        matches!(self, ErrorKind::Found | ErrorKind::Changes)
    }

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
    /// 2 for 400/422, 1 otherwise; a refusal of the credentials is [`Self::Denied`]).
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
    /// A change whose answer was lost (the request may have left) and that carried a value
    /// oauthctl made itself: the server may have applied it, so the value goes with the error, to
    /// be delivered marked "may be active" (exit 1).
    #[error("{message}")]
    MaybeActive {
        secret: Box<crate::model::Secret>,
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

    /// An answer of `server` to `what` that does not decode (`e` says where and why).
    pub fn unreadable(server: &str, what: &str, e: impl std::fmt::Display) -> Self {
        BackendError::invalid_answer(format!(
            "{what}: {server} sent a response oauthctl cannot read: {e}"
        ))
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
            BackendError::Transport { .. }
            | BackendError::InvalidAnswer { .. }
            | BackendError::MaybeActive { .. } => ErrorKind::Other,
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
            | BackendError::InvalidAnswer { hint, .. }
            | BackendError::MaybeActive { hint, .. } => hint.clone(),
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
            BackendError::MaybeActive {
                secret, message, ..
            } => BackendError::MaybeActive {
                secret,
                message,
                hint: new,
            },
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
            } | BackendError::MaybeActive { .. }
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
    find(err).map_or(1, |(k, _)| k.exit_code())
}

/// Writes the error to stderr: `error: …`, one `caused by: …` per cause, and a `hint: …`.
/// With JSON output, one JSON object `{"error": {"code", "exitCode", "message", "hint"}}` instead.
/// Messages quote servers and users: credentials in them are redacted (the rule of `--dry-run`,
/// [`crate::redact::redact_text`]); hints are oauthctl's own words.
pub fn report(err: &anyhow::Error, json: bool, color: bool) {
    use crate::redact::redact_text;
    let mut stderr = std::io::stderr().lock();
    let found = find(err);
    let hint = found.as_ref().and_then(|(_, h)| h.clone());
    // An answer asked for with --exit-code is not an error: the exit code says it, and the
    // command has already printed its result and a summary.
    if found.as_ref().is_some_and(|(k, _)| k.is_answer()) {
        if let (false, Some(h)) = (json, hint) {
            let _ = writeln!(stderr, "{}", crate::text::visible_lines(&h));
        }
        return;
    }
    if json {
        let kind = found.as_ref().map_or(ErrorKind::Other, |(k, _)| *k);
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
    if found.is_some_and(|(k, _)| k == ErrorKind::Cancelled) {
        let _ = writeln!(stderr, "{}", redact_text(&err.to_string()));
        return;
    }
    let (red, yellow, reset) = if color {
        ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    // Messages quote what servers sent: shown with control characters escaped.
    use crate::text::visible_lines;
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

/// Whether the command line (or `OAUTHCTL_OUTPUT`) asks for JSON output, read without clap: for
/// the errors clap finds in the command line itself, which come before any parsed value.
pub fn wants_json(args: &[String], env_output: Option<&str>) -> bool {
    let mut chosen: Option<&str> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "-o" || a == "--output" {
            chosen = it.next().map(String::as_str);
        } else if let Some(v) = a.strip_prefix("--output=") {
            chosen = Some(v);
        } else if let Some(v) = a.strip_prefix("-o").filter(|_| !a.starts_with("--")) {
            chosen = Some(v.strip_prefix('=').unwrap_or(v));
        }
    }
    chosen.or(env_output.filter(|v| !v.is_empty())) == Some("json")
}

/// Leaves out of a usage line the global options that only an environment variable gave (clap
/// lists every option it found a value for, so `OAUTHCTL_BASE_URL` would show `--base-url <URL>`
/// as if it were required). `globals` is each such option's (long, short, value name); `typed`
/// is the command line.
pub fn usage_without_env(
    usage: &str,
    globals: &[(String, Option<char>, Option<String>)],
    typed: &[String],
) -> String {
    let mut out = usage.to_string();
    for (long, short, value) in globals {
        let on_line = typed.iter().take_while(|a| *a != "--").any(|a| {
            a == &format!("--{long}")
                || a.starts_with(&format!("--{long}="))
                || short.is_some_and(|c| !a.starts_with("--") && a.starts_with(&format!("-{c}")))
        });
        if on_line {
            continue;
        }
        let token = match value {
            Some(v) => format!(" --{long} <{v}>"),
            None => format!(" --{long}"),
        };
        while let Some(i) = out.find(&token) {
            let end = i + token.len();
            if out[end..].is_empty() || out[end..].starts_with([' ', '\n']) {
                out.replace_range(i..end, "");
            } else {
                break;
            }
        }
    }
    out
}

/// A command-line error found by clap, as every other error is shown: clap's text, or with
/// `-o json` (or `OAUTHCTL_OUTPUT=json`) the same JSON error document as any other error, code
/// `usage`, exit 2. Help and version requests print as clap prints them. `cmd` is the command
/// line's definition; returns the exit code.
pub fn report_parse_error(mut e: clap::Error, cmd: &clap::Command) -> u8 {
    use clap::error::{ContextKind, ContextValue, ErrorKind as K};
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion) {
        e.exit();
    }
    let globals: Vec<(String, Option<char>, Option<String>)> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter(|a| a.get_env().is_some_and(|v| std::env::var_os(v).is_some()))
        .filter_map(|a| {
            let long = a.get_long()?.to_string();
            let value = a.get_action().takes_values().then(|| {
                a.get_value_names()
                    .and_then(|n| n.first())
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| a.get_id().as_str().to_uppercase())
            });
            Some((long, a.get_short(), value))
        })
        .collect();
    // A bad value that came from a variable, not the command line: name the variable.
    if let (K::InvalidValue | K::ValueValidation, Some(ContextValue::String(invalid))) =
        (e.kind(), e.get(ContextKind::InvalidArg))
    {
        let long = invalid.split(' ').next().unwrap_or_default().to_string();
        // Given on the command line (`--output x`, `--output=x`, `-o x`, `-ox`), it wins.
        let on_line = |a: &clap::Arg| {
            let short = a.get_short().map(|c| format!("-{c}"));
            args.iter().any(|w| {
                *w == long
                    || w.starts_with(&format!("{long}="))
                    || short.as_deref().is_some_and(|s| w.starts_with(s))
            })
        };
        let from_env = cmd
            .get_arguments()
            .find(|a| a.get_long().is_some_and(|l| format!("--{l}") == long))
            .and_then(|a| Some((a, a.get_env()?)))
            .filter(|(a, var)| !on_line(a) && std::env::var_os(var).is_some());
        if let Some((arg, var)) = from_env {
            let mut tip = format!("the value comes from {}", var.to_string_lossy());
            if !arg.get_action().takes_values() {
                tip.push_str(", which takes 1, true, yes, on or 0, false, no, off");
            }
            let mut tips = match e.get(ContextKind::Suggested) {
                Some(ContextValue::StyledStrs(t)) => t.clone(),
                _ => Vec::new(),
            };
            tips.push(tip.into());
            e.insert(ContextKind::Suggested, ContextValue::StyledStrs(tips));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let fixed = usage_without_env(&usage.to_string(), &globals, &args);
        e.insert(ContextKind::Usage, ContextValue::StyledStr(fixed.into()));
    }
    let env_output = std::env::var("OAUTHCTL_OUTPUT").ok();
    if !wants_json(&args, env_output.as_deref()) {
        e.exit();
    }
    let text = e.render().to_string();
    let (message, hint) = split_parse_error(
        &text,
        e.kind() == K::DisplayHelpOnMissingArgumentOrSubcommand,
    );
    let doc = serde_json::json!({
        "error": {
            "code": ErrorKind::Usage,
            "exitCode": ErrorKind::Usage.exit_code(),
            "message": message,
            "hint": hint,
        }
    });
    let _ = writeln!(std::io::stderr().lock(), "{doc}");
    ErrorKind::Usage.exit_code()
}

/// clap's rendered error as (message, hint): the message is the `error: …` text with the lines
/// that belong to it; the hint is its `tip:` lines and the usage line. For a command that needs
/// a subcommand (clap then shows the help), the message says so.
fn split_parse_error(text: &str, missing_command: bool) -> (String, Option<String>) {
    let usage = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Usage: ").map(str::to_string));
    if missing_command {
        let path = usage
            .as_deref()
            .map(|u| {
                u.split(' ')
                    .take_while(|w| !w.starts_with('[') && !w.starts_with('<'))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|| "oauthctl".to_string());
        return (
            format!("`{path}` needs a command"),
            Some(format!("the commands are listed by `{path} --help`")),
        );
    }
    let mut message = Vec::new();
    let mut hints = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("Usage:") || t.starts_with("For more information") {
            break;
        }
        if t.is_empty() {
            continue;
        }
        if let Some(tip) = t.strip_prefix("tip: ") {
            hints.push(tip.to_string());
        } else {
            message.push(t.strip_prefix("error: ").unwrap_or(t).to_string());
        }
    }
    if let Some(u) = usage {
        hints.push(format!("usage: {u}"));
    }
    let hint = (!hints.is_empty()).then(|| hints.join("; "));
    (message.join(" "), hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_output_is_found_on_the_command_line() {
        let a = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(wants_json(&a(&["-o", "json", "bogus"]), None));
        assert!(wants_json(&a(&["bogus", "--output=json"]), None));
        assert!(wants_json(&a(&["-ojson"]), None));
        assert!(wants_json(&a(&["bogus"]), Some("json")));
        assert!(!wants_json(&a(&["-o", "table"]), Some("json")));
        assert!(!wants_json(&a(&["--", "-o", "json"]), None));
        assert!(!wants_json(&a(&["bogus"]), Some("")));
    }

    #[test]
    fn usage_lines_leave_out_what_only_the_environment_set() {
        let g = vec![
            ("base-url".to_string(), None, Some("URL".to_string())),
            ("admin-client-id".to_string(), None, Some("ID".to_string())),
            ("output".to_string(), Some('o'), Some("OUTPUT".to_string())),
        ];
        let typed = vec!["token".to_string(), "-o".to_string(), "json".to_string()];
        assert_eq!(
            usage_without_env(
                "oauthctl token --client-id <ID> --base-url <URL> --admin-client-id <ID> --output <OUTPUT>",
                &g,
                &typed
            ),
            "oauthctl token --client-id <ID> --output <OUTPUT>"
        );
    }

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
            ErrorKind::Terminated,
        ] {
            assert!(
                EXIT_CODES.iter().any(|(c, _)| *c == kind.exit_code()),
                "{kind:?}"
            );
        }
        assert!(exit_codes_help().contains("\n  130  cancelled: a prompt, or SIGINT"));
        assert!(exit_codes_help().contains("\n  143  terminated by SIGTERM"));
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
