//! A small fault-injecting HTTP server for tests that need a server to misbehave in a way the dev
//! server never would (a hostile or broken server): crafted metadata, raw control characters,
//! oversized bodies. Each test passes a script; what it leaves alone gets the answers of a healthy
//! server (RFC 8414 metadata naming this server as issuer, a token endpoint, 404 problems).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

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

/// An answer: status, content type, body.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Send no Content-Length: the body ends when the connection closes.
    pub no_length: bool,
}

pub fn json_reply(status: u16, body: serde_json::Value) -> Reply {
    Reply {
        status,
        content_type: if status >= 400 {
            "application/problem+json"
        } else {
            "application/json"
        },
        body: body.to_string().into_bytes(),
        no_length: false,
    }
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
        {
            let (log, base) = (log.clone(), base_url.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    let (log, script, base) = (log.clone(), script.clone(), base.clone());
                    std::thread::spawn(move || handle(stream, &*script, &log, &base));
                }
            });
        }
        Fault {
            base_url,
            log,
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
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.is(method, path))
            .count()
    }

    pub fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn handle(mut s: TcpStream, script: &Script, log: &Mutex<Vec<Req>>, base: &str) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_len = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i + 4;
        }
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
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
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_len + len {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let req = Req {
        method,
        path,
        query,
        headers,
        body: buf[head_len..].to_vec(),
    };
    let reply = script(&req, base).unwrap_or_else(|| default_reply(&req, base));
    log.lock().unwrap().push(req);
    let length = if reply.no_length {
        String::new()
    } else {
        format!("Content-Length: {}\r\n", reply.body.len())
    };
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\n{length}Connection: close\r\n\r\n",
        reply.status, reply.content_type,
    );
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(&reply.body);
    let _ = s.flush();
}
