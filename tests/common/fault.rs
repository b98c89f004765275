//! The one fault-injecting HTTP server of the tests, for a server that misbehaves in a way the
//! dev server or a real third-party server never would (a hostile or broken server): crafted
//! metadata, raw control characters, oversized bodies, errors and retry hints, a connection
//! reset, closed or left hanging, a slow answer; and a proxy that forwards to a real server
//! what the script leaves alone ([`Reply::proxy`]). Each test passes a script; what it leaves
//! alone gets the answers of a healthy server (RFC 8414 metadata naming this server as issuer, a
//! token endpoint, 404 problems). It is never a stand-in for a real server.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use super::{Home, Out};

/// The bearer token the fault tests hand the binary in OAUTHCTL_TOKEN.
pub const FAULT_TOKEN: &str = "fault-bearer-token-0c1d2e3f";

/// One request the fault server received.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub query: String,
    /// Lower-cased names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// When it arrived.
    pub at: Instant,
    /// Its number among the requests with the same method and path, from 1.
    pub n: usize,
}

impl Req {
    pub fn is(&self, method: &str, path: &str) -> bool {
        self.method == method && self.path == path
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An answer: status, content type, more headers, body; or what the connection does instead
/// ([`Reply::reset`], [`Reply::close`], [`Reply::hang`], [`Reply::proxy`]).
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Send no Content-Length: the body ends when the connection closes.
    pub no_length: bool,
    /// More header lines (`Retry-After`, …).
    pub headers: Vec<(&'static str, String)>,
    /// Wait this long before answering.
    pub delay: Option<Duration>,
    pub action: Action,
}

/// What the server does with the connection.
#[derive(Default)]
pub enum Action {
    /// Answer.
    #[default]
    Answer,
    /// Close the connection without reading the request: the client sees a reset.
    Reset,
    /// Read the request, then close the connection without an answer (a network failure after
    /// the request left).
    Close,
    /// Read the request and never answer, holding the connection open.
    Hang,
    /// Forward the request to the server at this base URL (`http://host:port`) and relay its
    /// answer.
    Proxy(String),
}

impl Default for Reply {
    fn default() -> Reply {
        Reply {
            status: 200,
            content_type: "application/json",
            body: Vec::new(),
            no_length: false,
            headers: Vec::new(),
            delay: None,
            action: Action::Answer,
        }
    }
}

impl Reply {
    /// `status` with a JSON body (`application/problem+json` from 400 on).
    pub fn text(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            content_type: if status >= 400 {
                "application/problem+json"
            } else {
                "application/json"
            },
            body: body.into().into_bytes(),
            ..Reply::default()
        }
    }

    pub fn reset() -> Reply {
        Reply {
            action: Action::Reset,
            ..Reply::default()
        }
    }

    pub fn close() -> Reply {
        Reply {
            action: Action::Close,
            ..Reply::default()
        }
    }

    pub fn hang() -> Reply {
        Reply {
            action: Action::Hang,
            ..Reply::default()
        }
    }

    /// Forwards the request to `upstream` (`http://host:port`) with its headers and body, and
    /// relays the status, content type and body of the answer.
    pub fn proxy(upstream: &str) -> Reply {
        Reply {
            action: Action::Proxy(upstream.trim_end_matches('/').to_string()),
            ..Reply::default()
        }
    }

    /// With one more header line.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    /// Answered after `wait`.
    pub fn after(mut self, wait: Duration) -> Reply {
        self.delay = Some(wait);
        self
    }
}

pub fn json_reply(status: u16, body: serde_json::Value) -> Reply {
    Reply::text(status, body.to_string())
}

pub fn problem(status: u16, detail: &str) -> Reply {
    json_reply(
        status,
        json!({"type": "about:blank", "title": "Error", "status": status, "detail": detail}),
    )
}

type Script = dyn Fn(&Req, &str) -> Option<Reply> + Send + Sync;

pub struct Fault {
    pub base_url: String,
    log: Arc<Mutex<Vec<Req>>>,
    /// Connections accepted, whether or not a request came on them.
    connections: Arc<AtomicUsize>,
    pub home: Home,
}

/// What a healthy server answers: metadata with this server as issuer, tokens, else 404.
fn default_reply(req: &Req, base: &str) -> Reply {
    match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/.well-known/oauth-authorization-server") => json_reply(
            200,
            json!({"issuer": base, "token_endpoint": format!("{base}/oauth/token")}),
        ),
        ("POST", "/oauth/token") => json_reply(
            200,
            json!({"access_token": "fault-access-token", "token_type": "Bearer", "expires_in": 300}),
        ),
        _ => problem(404, "no such route on the fault server"),
    }
}

impl Fault {
    /// Starts the server; `script(request, base_url)` answers, or `None` for the default.
    pub fn start(script: impl Fn(&Req, &str) -> Option<Reply> + Send + Sync + 'static) -> Fault {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the fault server");
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let log: Arc<Mutex<Vec<Req>>> = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let connections = Arc::new(AtomicUsize::new(0));
        {
            let (log, base, accepted) = (log.clone(), base_url.clone(), connections.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    accepted.fetch_add(1, Ordering::SeqCst);
                    let (log, script, base) = (log.clone(), script.clone(), base.clone());
                    std::thread::spawn(move || handle(stream, &*script, &log, &base));
                }
            });
        }
        Fault {
            base_url,
            log,
            connections,
            home: Home::new(),
        }
    }

    /// The binary pointed at this server with a ready bearer token.
    pub fn cmd(&self) -> Command {
        let mut c = self.home.command();
        c.env("OAUTHCTL_BASE_URL", &self.base_url)
            .env("OAUTHCTL_TOKEN", FAULT_TOKEN);
        c
    }

    /// The binary pointed at this server with admin client credentials (so it uses the token
    /// endpoint from the metadata).
    pub fn cmd_credentials(&self) -> Command {
        let mut c = self.home.command();
        c.env("OAUTHCTL_BASE_URL", &self.base_url)
            .env("OAUTHCTL_CLIENT_ID", "fault-admin")
            .env("OAUTHCTL_CLIENT_SECRET", "fault-admin-secret-5e6f");
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        Out::from(self.cmd().args(args).output().expect("run oauthctl"))
    }

    /// Requests received with this method and path.
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.requests_to(method, path).len()
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }

    /// The requests received with this method and path, in order.
    pub fn requests_to(&self, method: &str, path: &str) -> Vec<Req> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.is(method, path))
            .cloned()
            .collect()
    }

    /// The connections it accepted so far (a request or not).
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.base_url
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("a port in the base URL")
    }
}

/// The reason phrase of a status.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Bodies up to this size are only peeked at before the script answers, so that a
/// [`Reply::reset`] closes a socket with unread data in it (the kernel then answers with RST); a
/// larger one is read first (a reset then may reach the client as a plain close).
const PEEK_LIMIT: usize = 16 * 1024;

fn handle(mut s: TcpStream, script: &Script, log: &Mutex<Vec<Req>>, base: &str) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let deadline = Instant::now() + Duration::from_secs(10);
    // Peek (do not consume) until the whole head, and a body up to PEEK_LIMIT, has arrived.
    let mut buf = vec![0u8; 64 * 1024];
    let mut want: Option<usize> = None;
    let (head_len, len, seen) = loop {
        let n = match s.peek(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if want.is_none() {
            if let Some(i) = find(&buf[..n], b"\r\n\r\n") {
                let len = content_length(&buf[..i]);
                want = Some(i + 4 + len.min(PEEK_LIMIT));
                if buf.len() < i + 4 + len.min(PEEK_LIMIT) {
                    buf.resize(i + 4 + len.min(PEEK_LIMIT), 0);
                }
            } else if n == buf.len() {
                return;
            }
        }
        if let Some(w) = want {
            if n >= w {
                let head_len = find(&buf[..n], b"\r\n\r\n").unwrap() + 4;
                break (head_len, content_length(&buf[..head_len]), n);
            }
        }
        if Instant::now() > deadline {
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let head = String::from_utf8_lossy(&buf[..head_len]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split_whitespace();
    let method = first.next().unwrap_or("").to_string();
    let target = first.next().unwrap_or("").to_string();
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.clone(), String::new()),
    };
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let consumed = len > PEEK_LIMIT;
    let body = if consumed {
        let mut all = vec![0u8; head_len + len];
        if s.read_exact(&mut all).is_err() {
            return;
        }
        all.split_off(head_len)
    } else {
        buf[head_len..(head_len + len).min(seen)].to_vec()
    };
    let mut req = Req {
        n: 0,
        method,
        path,
        query,
        headers,
        body,
        at: Instant::now(),
    };
    req.n = log
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.is(&req.method, &req.path))
        .count()
        + 1;
    let reply = script(&req, base).unwrap_or_else(|| default_reply(&req, base));
    if let Action::Reset = reply.action {
        log.lock().unwrap().push(req);
        drop(s);
        return;
    }
    if !consumed {
        // Consume the head and the body.
        let mut all = vec![0u8; head_len + len];
        if s.read_exact(&mut all).is_err() {
            return;
        }
    }
    let forward = match &reply.action {
        Action::Proxy(upstream) => Some((upstream.clone(), target, req.clone())),
        _ => None,
    };
    log.lock().unwrap().push(req);
    match reply.action {
        Action::Close => return,
        Action::Hang => {
            // Hold the connection until the client gives up.
            let _ = s.set_read_timeout(None);
            let _ = s.read(&mut [0u8; 1]);
            return;
        }
        _ => {}
    }
    if let Some(d) = reply.delay {
        std::thread::sleep(d);
    }
    let (status, content_type, body, relayed): (u16, String, Vec<u8>, Vec<(String, String)>) =
        match forward {
            Some((upstream, target, req)) => {
                let skip = [
                    "host",
                    "connection",
                    "content-length",
                    "content-type",
                    "transfer-encoding",
                ];
                let headers: Vec<String> = req
                    .headers
                    .iter()
                    .filter(|(k, _)| !skip.contains(&k.as_str()))
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect();
                let ct = req
                    .header("content-type")
                    .unwrap_or("application/octet-stream");
                let r = super::http_to(
                    &format!("{upstream}{target}"),
                    &req.method,
                    &headers,
                    (!req.body.is_empty() || req.method == "POST").then_some((ct, &req.body[..])),
                );
                let ct = r
                    .header("content-type")
                    .unwrap_or("application/json")
                    .to_string();
                let relayed = r
                    .headers
                    .iter()
                    .filter(|(k, _)| !skip.contains(&k.as_str()))
                    .cloned()
                    .collect();
                (r.status, ct, r.body.into_bytes(), relayed)
            }
            None => (
                reply.status,
                reply.content_type.to_string(),
                reply.body,
                Vec::new(),
            ),
        };
    let length = if reply.no_length {
        String::new()
    } else {
        format!("Content-Length: {}\r\n", body.len())
    };
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\n{length}Connection: close\r\n",
        reason(status),
    );
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    for (k, v) in &relayed {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(&body);
    let _ = s.flush();
}

/// The Content-Length of a request head (0 without one).
fn content_length(head: &[u8]) -> usize {
    String::from_utf8_lossy(head)
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0)
}
