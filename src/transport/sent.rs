//! What a change came to: sent and answered, or — under `--dry-run` — only described.
//!
//! A dry run is an outcome, not an error. Every backend answers a change it was asked to make
//! under `--dry-run` with [`Sent::Planned`] (the request it would have sent, credentials
//! redacted) instead of sending it; the command shows the plan and stops there, exit 0. Reads are
//! always sent, so a dry run of a command that reads first still checks what it read.

use crate::error::CliError;
use crate::redact::{redact_json, redact_text, redact_url};

/// The outcome of a change. `#[must_use]`: a plan dropped unseen would make a dry run look like
/// a command that did nothing.
#[must_use]
#[derive(Debug)]
pub enum Sent<T> {
    /// The request was sent and this is what the server answered.
    Done(T),
    /// `--dry-run`: nothing was sent; this is the request that would have been.
    Planned(Planned),
}

impl<T> Sent<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sent<U> {
        match self {
            Sent::Done(t) => Sent::Done(f(t)),
            Sent::Planned(p) => Sent::Planned(p),
        }
    }

    /// Like [`Sent::map`], for a conversion of the answer that can fail.
    pub fn try_map<U>(self, f: impl FnOnce(T) -> anyhow::Result<U>) -> anyhow::Result<Sent<U>> {
        Ok(match self {
            Sent::Done(t) => Sent::Done(f(t)?),
            Sent::Planned(p) => Sent::Planned(p),
        })
    }

    /// The answer of a read (a GET, which is never planned), or of a change that can only follow
    /// another change that was sent: a dry run stops at the first change it plans, so such a step
    /// is never planned. Should it be (a bug), the command stops with an error rather than
    /// acting on an answer it never got.
    pub fn after_sent<E: From<CliError>>(self) -> Result<T, E> {
        match self {
            Sent::Done(t) => Ok(t),
            Sent::Planned(p) => Err(p.unexpected_error().into()),
        }
    }
}

/// Whether `--dry-run` plans a request with `method` instead of sending it: every change, that
/// is every method but GET (reads are sent, so a plan is checked against what is there).
pub fn is_planned(dry_run: bool, method: &reqwest::Method) -> bool {
    dry_run && method != reqwest::Method::GET
}

/// `done!(sent)`: the answer of a change that was sent; for a plan, returns `Ok(Sent::Planned(…))`
/// from the enclosing function at once — the `?` of [`Sent`], so a dry run stops at its first
/// change.
macro_rules! done {
    ($sent:expr) => {
        match $sent {
            $crate::transport::sent::Sent::Done(answer) => answer,
            $crate::transport::sent::Sent::Planned(plan) => {
                return Ok($crate::transport::sent::Sent::Planned(plan))
            }
        }
    };
}
pub(crate) use done;

/// The request a `--dry-run` would have sent.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Planned {
    pub method: String,
    pub url: String,
    pub body: Option<serde_json::Value>,
}

impl Planned {
    /// The request described, credentials redacted in the body and the URL: what every backend
    /// returns instead of sending a change under `--dry-run`.
    pub fn of<T>(
        method: &reqwest::Method,
        url: &url::Url,
        body: Option<serde_json::Value>,
    ) -> Sent<T> {
        Sent::Planned(Planned::new(method, url, body))
    }

    /// The request described, credentials redacted (see [`Planned::of`]).
    pub fn new(
        method: &reqwest::Method,
        url: &url::Url,
        body: Option<serde_json::Value>,
    ) -> Planned {
        Planned {
            method: method.to_string(),
            url: redact_url(url),
            body: body.map(|mut v| {
                redact_json(&mut v);
                v
            }),
        }
    }

    /// The error for a plan where only a sent change can be (see [`Sent::after_sent`]).
    pub fn unexpected(&self) -> anyhow::Error {
        self.unexpected_error().into()
    }

    fn unexpected_error(&self) -> CliError {
        CliError::other(format!(
            "internal error: {} {} was only planned (--dry-run) where only a read or a change after a sent one can be",
            self.method, self.url
        ))
    }

    /// [`Planned::of`] for a body in bytes (text that is not JSON, a form for instance, is shown as
    /// a string, redacted by the same rule).
    pub fn of_bytes<T>(method: &reqwest::Method, url: &url::Url, body: Option<&[u8]>) -> Sent<T> {
        Planned::of(
            method,
            url,
            body.map(|bytes| {
                serde_json::from_slice(bytes).unwrap_or_else(|_| {
                    serde_json::Value::String(
                        redact_text(&String::from_utf8_lossy(bytes)).into_owned(),
                    )
                })
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_plan_redacts_the_url_and_keeps_a_body_that_is_not_json_as_text() {
        let u = url::Url::parse("https://h/c?apiKey=k1&limit=2").unwrap();
        let Sent::<()>::Planned(p) =
            Planned::of_bytes(&reqwest::Method::POST, &u, Some(b"a=b&client_secret=s1"))
        else {
            panic!("planned")
        };
        assert!(
            !p.url.contains("k1") && p.url.contains("limit=2"),
            "{}",
            p.url
        );
        assert_eq!(p.body, Some(json!("a=b&client_secret=<redacted>")));
    }

    #[test]
    fn a_plan_in_the_middle_of_a_sent_change_is_an_error_not_a_silent_success() {
        let u = url::Url::parse("https://h/c").unwrap();
        let e: anyhow::Error = Planned::of::<()>(&reqwest::Method::DELETE, &u, None)
            .after_sent()
            .unwrap_err();
        assert!(e.to_string().contains("DELETE https://h/c"), "{e}");
        assert_eq!(
            Sent::Done(3)
                .map(|n| n + 1)
                .after_sent::<anyhow::Error>()
                .unwrap(),
            4
        );
    }
}
