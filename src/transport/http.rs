//! The one HTTP layer: timeouts, retries where they are safe, a redacted trace (`-v`), and errors
//! that say what happened and what to do. The admin client and the OAuth client both send through it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};

use super::problem::Problem;
use super::url::is_loopback_host;
use crate::error::{CliError, ErrorKind};
use crate::redact::{redact_text, redact_url};

/// The largest response body oauthctl reads (16 MiB). A page of `clients list` (at most 1000
/// clients) fits well within it; anything larger is an error, not a process that eats memory.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// At most this many characters of a server's text are quoted in an error message.
pub const EXCERPT_CHARS: usize = 300;

/// A short excerpt of a server's text for an error message: credentials redacted
/// ([`redact_text`], the rule of `--dry-run`), then at most [`EXCERPT_CHARS`] characters, with "…"
/// when something was cut. Every backend quotes a server through here.
pub fn excerpt(s: &str) -> String {
    let s = redact_text(s.trim());
    let s = s.as_ref();
    match s.char_indices().nth(EXCERPT_CHARS) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", &s[..i]),
    }
}

/// The start of an error answer's body, credentials redacted (a JSON body's secret-looking
/// values), for [`crate::error::Origin::Answer`].
pub fn answer_excerpt(body: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut v) => {
            crate::redact::redact_json(&mut v);
            excerpt(&v.to_string())
        }
        Err(_) => excerpt(&String::from_utf8_lossy(body)),
    }
}

/// What the HTTP layer is told, built by the caller (from the settings: `impl From<&Settings>`).
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// `--dry-run`: no change may leave (see [`Http::oauth`] for the OAuth endpoints).
    pub dry_run: bool,
    /// For a whole request.
    pub timeout: Duration,
    /// For the connection alone.
    pub connect_timeout: Duration,
    /// Attempts in all for a request that may be retried (0 counts as 1).
    pub retries: u32,
    /// `-v`: the redacted trace on stderr.
    pub verbose: bool,
    /// A PEM bundle of CAs trusted besides the system's (--ca-cert).
    pub ca_cert: Option<PathBuf>,
    /// Whether to load the system's CA store (not needed for plain http to loopback).
    pub system_roots: bool,
    /// Credentials may go to OAuth endpoints on another origin than the issuer's.
    pub allow_foreign_endpoints: bool,
}

#[cfg(test)]
impl HttpOptions {
    /// For unit tests: timeouts of 2 s, one attempt, no trace, no CA store.
    pub(crate) fn for_tests(dry_run: bool) -> HttpOptions {
        HttpOptions {
            dry_run,
            timeout: Duration::from_secs(2),
            connect_timeout: Duration::from_secs(2),
            retries: 1,
            verbose: false,
            ca_cert: None,
            system_roots: false,
            allow_foreign_endpoints: false,
        }
    }
}

/// Where the `-v` trace goes, one line at a time: the command's printer (`Printer::tracer`).
pub type Tracer = std::sync::Arc<dyn Fn(&str) + Send + Sync>;

#[derive(Clone)]
pub struct Http {
    inner: reqwest::Client,
    verbose: bool,
    /// The trace's writer; None: stderr (an Http built outside a command).
    tracer: Option<Tracer>,
    /// `--dry-run`: a change (every method but GET) never leaves, whatever the caller does; a
    /// backend plans it instead ([`super::sent::Sent::Planned`]).
    dry_run: bool,
    /// Requests to OAuth endpoints (token, introspection, revocation), which change no client:
    /// they leave under `--dry-run` too ([`Http::oauth`]).
    oauth: bool,
    /// Attempts in all (1 = no retry).
    attempts: u32,
    timeout: Duration,
    /// Credentials may go to OAuth endpoints on another origin than the issuer's.
    allow_foreign_endpoints: bool,
}

/// Whether a request may be sent again after a failure that might have reached the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// GET, PUT, DELETE, and POST with an Idempotency-Key.
    Safe,
    /// POST without a key: sent once.
    Never,
}

impl Retry {
    pub fn for_method(m: &Method, has_idempotency_key: bool) -> Retry {
        if *m == Method::POST && !has_idempotency_key || *m == Method::PATCH {
            Retry::Never
        } else {
            Retry::Safe
        }
    }
}

impl Http {
    pub fn new(options: impl Into<HttpOptions>) -> anyhow::Result<Http> {
        let o: HttpOptions = options.into();
        let mut builder = reqwest::Client::builder();
        if !o.system_roots {
            builder = builder.tls_built_in_root_certs(false);
        }
        if let Some(path) = &o.ca_cert {
            let pem = std::fs::read(path).map_err(|e| {
                CliError::usage(format!("--ca-cert {}: cannot read it: {e}", path.display()))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .ok()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "--ca-cert {}: no PEM certificate in it",
                        path.display()
                    ))
                })?;
            for c in certs {
                builder = builder.add_root_certificate(c);
            }
        }
        let inner = builder
            .user_agent(concat!("oauthctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(o.connect_timeout)
            .timeout(o.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Http {
            inner,
            verbose: o.verbose,
            tracer: None,
            dry_run: o.dry_run,
            oauth: false,
            attempts: o.retries.max(1),
            timeout: o.timeout,
            allow_foreign_endpoints: o.allow_foreign_endpoints,
        })
    }

    /// --allow-foreign-endpoints (OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS).
    pub fn allow_foreign_endpoints(&self) -> bool {
        self.allow_foreign_endpoints
    }

    /// The same client for requests to OAuth endpoints (a token, an introspection, a
    /// revocation): they change no client, so `--dry-run` lets them leave.
    pub fn oauth(&self) -> Http {
        Http {
            oauth: true,
            ..self.clone()
        }
    }

    /// The same client, its `-v` trace written through `tracer` (the command's printer).
    pub fn with_tracer(mut self, tracer: Tracer) -> Http {
        self.tracer = Some(tracer);
        self
    }

    pub fn trace(&self, msg: impl FnOnce() -> String) {
        if self.verbose {
            match &self.tracer {
                Some(t) => t(&msg()),
                None => {
                    use std::io::Write;
                    let _ = writeln!(std::io::stderr().lock(), "* {}", msg());
                }
            }
        }
    }

    /// Sends the request `build` makes (once per attempt), retrying connection errors, 429 and
    /// 502/503/504 with exponential backoff and jitter when `retry` is Safe, honouring Retry-After.
    /// The trace shows method, URL, status and time; never headers or bodies.
    pub async fn send(
        &self,
        retry: Retry,
        build: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> anyhow::Result<reqwest::Response> {
        let max = if retry == Retry::Safe {
            self.attempts
        } else {
            1
        };
        let mut attempt = 1;
        loop {
            let req = build(&self.inner).build()?;
            let (method, url) = (req.method().clone(), req.url().clone());
            if !self.oauth && super::sent::is_planned(self.dry_run, &method) {
                // A backend plans every change under --dry-run; one that did not is stopped here.
                self.trace(|| format!("{method} {} not sent (--dry-run)", redact_url(&url)));
                return Err(CliError::other(format!(
                    "internal error: {method} {} was about to be sent under --dry-run; nothing was sent",
                    redact_url(&url)
                ))
                .into());
            }
            let started = Instant::now();
            let result = self.inner.execute(req).await;
            let elapsed = started.elapsed().as_millis();
            match result {
                Ok(resp) => {
                    let status = resp.status();
                    self.trace(|| {
                        format!("{method} {} → {status} ({elapsed} ms)", redact_url(&url))
                    });
                    let retryable = matches!(
                        status,
                        StatusCode::TOO_MANY_REQUESTS
                            | StatusCode::BAD_GATEWAY
                            | StatusCode::SERVICE_UNAVAILABLE
                            | StatusCode::GATEWAY_TIMEOUT
                    );
                    if retryable && attempt < max {
                        let wait = retry_after(&resp).unwrap_or_else(|| backoff(attempt));
                        self.trace(|| {
                            format!(
                                "retrying in {} ms (attempt {}/{max}) after {status}",
                                wait.as_millis(),
                                attempt + 1
                            )
                        });
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    if retryable && retry == Retry::Never {
                        self.trace(|| {
                            if method == Method::PATCH {
                                "not retrying PATCH: it is not idempotent".to_string()
                            } else {
                                format!("not retrying {method}: it has no Idempotency-Key")
                            }
                        });
                    }
                    return Ok(resp);
                }
                Err(e) => {
                    self.trace(|| {
                        format!(
                            "{method} {} → failed after {elapsed} ms: {}",
                            redact_url(&url),
                            redact_text(&chain(&e))
                        )
                    });
                    // Safe requests are retried after any transport failure (refused, reset,
                    // closed early) except a timeout or a certificate that will not change.
                    let detail = chain(&e);
                    let transient = !e.is_timeout()
                        && !e.is_builder()
                        && !detail.contains("certificate")
                        && (e.is_connect() || e.is_request());
                    if transient && attempt < max {
                        let wait = backoff(attempt);
                        self.trace(|| {
                            format!(
                                "retrying in {} ms (attempt {}/{max}) after a connection error",
                                wait.as_millis(),
                                attempt + 1
                            )
                        });
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(self.transport_error(&url, e).into());
                }
            }
        }
    }

    /// Reads a response body, at most [`MAX_BODY_BYTES`]: every body the CLI reads comes
    /// through here.
    /// A whole answer, read within the same limit: status, content type and body.
    pub async fn raw(&self, resp: reqwest::Response) -> anyhow::Result<RawResponse> {
        let status = resp.status();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let body = self.body(resp).await?;
        Ok(RawResponse {
            status,
            content_type,
            body,
        })
    }

    pub async fn body(&self, mut resp: reqwest::Response) -> anyhow::Result<Vec<u8>> {
        let url = resp.url().clone();
        let too_big = || {
            CliError::other(format!(
                "the response from {} is larger than {} MiB; oauthctl stopped reading it",
                url.origin().ascii_serialization(),
                MAX_BODY_BYTES >> 20
            ))
            .with_hint("ask for less (for `oauthctl api`, a smaller ?limit=), or check the server")
        };
        if resp
            .content_length()
            .is_some_and(|n| n > MAX_BODY_BYTES as u64)
        {
            return Err(too_big().into());
        }
        let mut out = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if out.len() + chunk.len() > MAX_BODY_BYTES {
                        return Err(too_big().into());
                    }
                    out.extend_from_slice(&chunk);
                }
                Ok(None) => return Ok(out),
                Err(e) => return Err(self.transport_error(&url, e).into()),
            }
        }
    }

    /// A transport failure in words: what went wrong with which server, and what to do. The
    /// library's own text (kept for `-v`) never reaches the message.
    fn transport_error(&self, url: &url::Url, e: reqwest::Error) -> CliError {
        let host = url.host_str().unwrap_or("?").to_string();
        let origin = url.origin().ascii_serialization();
        let detail = chain(&e);
        let io = crate::error::io_reason(&e);
        let base_url_hint = "check the base URL (--base-url, OAUTHCTL_BASE_URL or the profile)";
        if e.is_timeout()
            || io
                .as_ref()
                .is_some_and(|(k, _)| *k == std::io::ErrorKind::TimedOut)
        {
            CliError::other(format!(
                "{origin} did not answer within {} s",
                self.timeout.as_secs()
            ))
            .with_hint("raise --timeout (or OAUTHCTL_TIMEOUT), or check the server")
        } else if detail.contains("dns error") || detail.contains("failed to lookup") {
            CliError::other(format!(
                "cannot resolve the host {host:?}: no such host is known"
            ))
            .with_hint(base_url_hint)
        } else if let Some(reason) = tls_reason(&detail) {
            CliError::other(format!("TLS with {host} failed: {reason}")).with_hint(
                if reason.contains("plain http") {
                    base_url_hint
                } else {
                    "for a private CA, pass --ca-cert FILE (or OAUTHCTL_CA_CERT)"
                },
            )
        } else if e.is_connect() {
            let local = url.host().is_some_and(|_| is_loopback_host(url));
            let (refused, reason) = match &io {
                Some((k, words)) => (*k == std::io::ErrorKind::ConnectionRefused, words.clone()),
                None => (false, "the connection failed".to_string()),
            };
            let msg = if refused {
                format!("cannot connect to {origin}: {reason} — is the server running?")
            } else {
                format!("cannot connect to {origin}: {reason}")
            };
            CliError::other(msg).with_hint(if local {
                "start one with `oauthctl dev-server`, or check the base URL".to_string()
            } else {
                base_url_hint.to_string()
            })
        } else {
            let reason = io.map(|(_, w)| w).unwrap_or_else(|| {
                if detail.contains("connection closed") || detail.contains("IncompleteMessage") {
                    "the connection closed before the answer".to_string()
                } else {
                    "the connection failed".to_string()
                }
            });
            CliError::other(format!("the request to {origin} failed: {reason}"))
                .with_hint("run with -v to see the request; check the server and the base URL")
        }
        // A request that failed while connecting never reached the server.
        .transport(!e.is_connect() && !e.is_builder())
    }
}

/// A TLS failure in words, from rustls' message in the error chain.
fn tls_reason(detail: &str) -> Option<&'static str> {
    let d = detail;
    if !(d.contains("certificate")
        || d.contains("tls")
        || d.contains("TLS")
        || d.contains("InvalidContentType")
        || d.contains("HandshakeFailure"))
    {
        return None;
    }
    Some(
        if d.contains("UnknownIssuer") || d.contains("unknown issuer") {
            "the server's certificate is not signed by a trusted CA"
        } else if d.contains("NotValidForName") || d.contains("not valid for name") {
            "the server's certificate is not valid for this host name"
        } else if d.contains("Expired") || d.contains("expired") {
            "the server's certificate has expired"
        } else if d.contains("NotValidYet") {
            "the server's certificate is not valid yet"
        } else if d.contains("Revoked") {
            "the server's certificate was revoked"
        } else if d.contains("InvalidContentType") || d.contains("corrupt message") {
            "the server did not answer with TLS (is it a plain http:// server?)"
        } else if d.contains("certificate") {
            "the server's certificate was refused"
        } else {
            "the TLS handshake failed"
        },
    )
}

/// The error and its causes on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(c) = src {
        let cs = c.to_string();
        if !s.contains(&cs) {
            s.push_str(": ");
            s.push_str(&cs);
        }
        src = c.source();
    }
    s
}

fn retry_after(resp: &reqwest::Response) -> Option<Duration> {
    let v = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?;
    let secs: u64 = v.trim().parse().ok()?;
    Some(Duration::from_secs(secs.min(30)))
}

/// 200 ms, 400 ms, 800 ms … (at most 5 s), each with ±50 % jitter.
fn backoff(attempt: u32) -> Duration {
    let base = 200u64.saturating_mul(1 << (attempt - 1).min(5)).min(5000);
    let r = u64::from(u16::from_le_bytes(crate::crypto::random_bytes::<2>())) % (base + 1);
    Duration::from_millis(base / 2 + r)
}

/// Turns a non-2xx admin API answer into an error with the right exit code and a hint.
/// What an error status means for the exit code, on every kind of admin API.
pub fn error_kind(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        400 | 422 => ErrorKind::Usage,
        401 | 403 => ErrorKind::Auth,
        404 => ErrorKind::NotFound,
        409 => ErrorKind::Conflict,
        _ => ErrorKind::Other,
    }
}

/// An answer read as raw bytes (for `oauthctl api` and the backends' own parsing).
pub struct RawResponse {
    pub status: StatusCode,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

pub fn api_error(status: StatusCode, body: &[u8], what: &str) -> CliError {
    let problem: Option<Problem> = serde_json::from_slice(body).ok();
    let detail = problem
        .as_ref()
        .and_then(|p| {
            p.detail
                .as_deref()
                .or_else(|| (!p.title.is_empty()).then_some(p.title.as_str()))
                .map(excerpt)
        })
        .unwrap_or_else(|| {
            let text = String::from_utf8_lossy(body);
            let text = text.trim();
            if text.is_empty() {
                status.canonical_reason().unwrap_or("error").to_string()
            } else {
                excerpt(text)
            }
        });
    let kind = error_kind(status);
    let mut message = format!("{what}: {detail}");
    if let Some(p) = &problem {
        if p.errors.len() > 1 {
            message = format!("{what}:");
            for e in p.errors.iter().take(20) {
                message.push_str(&format!(
                    "\n  - {}: {}",
                    excerpt(&e.field),
                    excerpt(&e.message)
                ));
            }
            if p.errors.len() > 20 {
                message.push_str(&format!("\n  … and {} more", p.errors.len() - 20));
            }
        }
    }
    let err = CliError::new(kind, message).answered(status.as_u16(), answer_excerpt(body));
    match status.as_u16() {
        401 => err.with_hint(crate::error::HINT_ADMIN_CREDENTIALS),
        403 => err.with_hint("the admin client needs the oauthctl.admin scope in this tenant"),
        500..=599 => err.with_hint(format!("the server failed ({status}); try again later")),
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_dry_run_a_change_cannot_leave_whatever_the_caller_does() {
        let http = Http::new(HttpOptions::for_tests(true)).unwrap();
        // Port 9 (discard) on loopback: nothing listens, so a request that leaves is refused.
        let url = url::Url::parse("http://127.0.0.1:9/api/client/x").unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let send = |h: &Http, m: Method| {
            let url = url.clone();
            rt.block_on(h.send(Retry::Never, move |c| c.request(m.clone(), url.clone())))
                .unwrap_err()
                .to_string()
        };
        for m in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
            let e = send(&http, m.clone());
            assert!(e.contains("about to be sent under --dry-run"), "{m}: {e}");
        }
        // Reads leave (and find nobody there), and so do OAuth requests.
        assert!(send(&http, Method::GET).contains("cannot connect"));
        assert!(send(&http.oauth(), Method::POST).contains("cannot connect"));
    }

    #[test]
    fn excerpts_are_short_and_say_when_they_are_cut() {
        assert_eq!(excerpt("  short  "), "short");
        let long = "é".repeat(1_000_000);
        let e = excerpt(&long);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.ends_with('…'));
        let err = api_error(
            StatusCode::BAD_REQUEST,
            format!(
                r#"{{"title":"Bad","status":400,"detail":"{}"}}"#,
                "x".repeat(1 << 20)
            )
            .as_bytes(),
            "cannot do it",
        );
        assert!(err.message.len() < 400, "{}", err.message.len());
        let err = api_error(
            StatusCode::BAD_GATEWAY,
            "y".repeat(1 << 20).as_bytes(),
            "cannot",
        );
        assert!(err.message.len() < 400 && err.message.ends_with('…'));
    }
}
