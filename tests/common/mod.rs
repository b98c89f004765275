//! The one test helper: starts the real dev server (`oauthctl dev-server`) on 127.0.0.1:0 with a
//! temporary database, and runs the real binary against it with HOME and the XDG directories in a
//! temporary folder, `NO_COLOR=1`, and no `OAUTHCTL_*` variable from the outer environment.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const ADMIN_SECRET: &str = "test-admin-secret-0123456789abcdef";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_oauthctl")
}

/// A temporary home: config, cache and data directories of the binary live here.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The binary with a clean environment pointing into this home.
    pub fn command(&self) -> Command {
        let mut c = Command::new(bin());
        for (k, _) in std::env::vars_os() {
            let k = k.to_string_lossy().to_string();
            if k.starts_with("OAUTHCTL_") || k == "CI" || k == "NO_COLOR" {
                c.env_remove(&k);
            }
        }
        let h = self.path();
        c.env("HOME", h)
            .env("XDG_CONFIG_HOME", h.join("config"))
            .env("XDG_CACHE_HOME", h.join("cache"))
            .env("XDG_DATA_HOME", h.join("data"))
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        c
    }
}

pub struct DevServer {
    child: Option<Child>,
    pub home: Home,
    pub base_url: String,
    pub db: PathBuf,
    pub extra_args: Vec<String>,
    /// Everything the server printed on stderr so far.
    pub log: Arc<Mutex<String>>,
}

impl DevServer {
    /// A dev server with a temporary database and the admin secret [`ADMIN_SECRET`].
    pub fn start() -> DevServer {
        Self::start_with(&[])
    }

    pub fn start_with(extra: &[&str]) -> DevServer {
        let home = Home::new();
        let db = home.path().join("dev.sqlite3");
        let mut s = DevServer {
            child: None,
            home,
            base_url: String::new(),
            db,
            extra_args: extra.iter().map(|s| s.to_string()).collect(),
            log: Arc::new(Mutex::new(String::new())),
        };
        s.spawn();
        s
    }

    fn spawn(&mut self) {
        let mut cmd = self.home.command();
        cmd.arg("dev-server")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--db")
            .arg(&self.db)
            .args(&self.extra_args)
            .env("OAUTHCTL_DEV_ADMIN_SECRET", ADMIN_SECRET)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start the dev server");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        let log = self.log.clone();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                log.lock().unwrap().push_str(&format!("{line}\n"));
                if let Some(rest) = line.split("listening on ").nth(1) {
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(rest.trim().to_string());
                    }
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| {
                panic!("the dev server did not start: {}", self.log.lock().unwrap())
            });
        self.base_url = url;
        self.child = Some(child);
    }

    /// Stops the server with SIGTERM and waits for it.
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let mut child = self.child.take()?;
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                return child.wait().ok();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops and starts the server again on the same database (a new port).
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    /// The binary, pointed at this server with the admin credentials.
    pub fn cmd(&self) -> Command {
        let mut c = self.home.command();
        c.env("OAUTHCTL_BASE_URL", &self.base_url)
            .env("OAUTHCTL_CLIENT_ID", "oauthctl-admin")
            .env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET);
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        Out::from(self.cmd().args(args).output().expect("run oauthctl"))
    }

    /// Runs with `-o json`, asserts success and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        out.assert_code(0);
        serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
    }

    /// Creates a confidential client for client_credentials; returns (client ID, secret value).
    pub fn client(&self, name: &str, scopes: &[&str]) -> (String, String) {
        let mut args = vec!["clients", "create", "--name", name, "--space", "default"];
        for s in scopes {
            args.push("--scope");
            args.push(s);
        }
        let v = self.json(&args);
        (
            v["client"]["clientId"].as_str().unwrap().to_string(),
            v["secret"]["value"].as_str().unwrap().to_string(),
        )
    }

    /// POSTs a form to the token endpoint. `basic` sends the credentials in the header,
    /// otherwise in the body. Returns the status and the JSON body.
    pub fn token(
        &self,
        client_id: &str,
        secret: &str,
        basic: bool,
        extra: &str,
        tenant: Option<&str>,
    ) -> (u16, Value) {
        let mut body = String::from("grant_type=client_credentials");
        let mut headers = vec![];
        if basic {
            use base64_lite::encode;
            headers.push(format!(
                "Authorization: Basic {}",
                encode(format!("{client_id}:{secret}").as_bytes())
            ));
        } else {
            body.push_str(&format!("&client_id={client_id}&client_secret={secret}"));
        }
        if !extra.is_empty() {
            body.push('&');
            body.push_str(extra);
        }
        let path = match tenant {
            Some(t) => format!("/oauth/token?tenant={t}"),
            None => "/oauth/token".to_string(),
        };
        let (status, text) = http(
            &self.base_url,
            "POST",
            &path,
            &headers,
            Some(("application/x-www-form-urlencoded", body.as_bytes())),
        );
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for DevServer {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A finished run of the binary.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Out {
    fn from(o: Output) -> Out {
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Out {
    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "expected exit code {code}, got {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn assert_stderr(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr does not contain {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn assert_stdout(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout does not contain {needle:?}:\n{}",
            self.stdout
        );
        self
    }
}

/// A minimal HTTP/1.1 request over a fresh connection (no client library between the test and
/// the server). Returns the status and the body.
pub fn http(
    base_url: &str,
    method: &str,
    path: &str,
    headers: &[String],
    body: Option<(&str, &[u8])>,
) -> (u16, String) {
    let hostport = base_url.trim_start_matches("http://").trim_end_matches('/');
    let mut s = TcpStream::connect(hostport).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    if let Some((ct, b)) = body {
        req.push_str(&format!(
            "Content-Type: {ct}\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    if let Some((_, b)) = body {
        s.write_all(b).unwrap();
    }
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((len, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(len.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub mod base64_lite {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    pub fn encode(input: &[u8]) -> String {
        let mut out = String::new();
        for chunk in input.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

// ---------- helpers for tests/authorize*.rs (tenants, admin tokens, introspection) ----------

/// The bootstrap admin client of a tenant started with `--tenant NAME`.
pub fn admin_client_id_of(tenant: &str) -> String {
    if tenant == "default" {
        "oauthctl-admin".to_string()
    } else {
        format!("oauthctl-admin-{tenant}")
    }
}

impl DevServer {
    /// The binary, pointed at this server as the bootstrap admin of `tenant`.
    pub fn cmd_tenant(&self, tenant: &str) -> Command {
        let mut c = self.cmd();
        c.env("OAUTHCTL_TENANT", tenant)
            .env("OAUTHCTL_CLIENT_ID", admin_client_id_of(tenant));
        c
    }

    pub fn run_tenant(&self, tenant: &str, args: &[&str]) -> Out {
        Out::from(
            self.cmd_tenant(tenant)
                .args(args)
                .output()
                .expect("run oauthctl"),
        )
    }

    /// Runs as the admin of `tenant` with `-o json`, asserts success and parses stdout.
    pub fn json_tenant(&self, tenant: &str, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.run_tenant(tenant, &all);
        out.assert_code(0);
        serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
    }

    /// An admin access token of `tenant` (client credentials of its bootstrap admin).
    pub fn admin_token(&self, tenant: &str) -> String {
        let (status, body) = self.token(
            &admin_client_id_of(tenant),
            ADMIN_SECRET,
            true,
            "",
            Some(tenant),
        );
        assert_eq!(status, 200, "admin token for {tenant}: {body}");
        body["access_token"].as_str().unwrap().to_string()
    }

    /// RFC 7662 introspection of `token`, authenticated with Basic `client_id:secret`.
    pub fn introspect(&self, token: &str, client_id: &str, secret: &str) -> Value {
        let auth = base64_lite::encode(format!("{client_id}:{secret}").as_bytes());
        let body = format!("token={token}");
        let (status, text) = http(
            &self.base_url,
            "POST",
            "/oauth/introspect",
            &[format!("Authorization: Basic {auth}")],
            Some(("application/x-www-form-urlencoded", body.as_bytes())),
        );
        assert_eq!(status, 200, "introspection: {text}");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("introspection ({e}): {text}"))
    }
}
