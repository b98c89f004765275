//! The one test helper: starts the real dev server on 127.0.0.1:0 with a temporary database, and
//! runs the real binary against it with HOME and the XDG directories in a temporary folder,
//! `NO_COLOR=1`, and no `OAUTHCTL_*` variable from the outer environment. The server runs
//! in-process (the library's `server::bind_embedded` on a thread with its own runtime) unless the
//! test is about the `dev-server` command itself ([`DevServerBuilder::process`]).
#![allow(dead_code)]

pub mod fault;
pub mod parts;
pub mod thirdparty;
pub mod tty;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[allow(unused_imports)]
pub use parts::{require, Part};
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

/// A dev server on 127.0.0.1:0 with a temporary database and the admin secret [`ADMIN_SECRET`]:
/// the server of the library in this process, or with [`DevServerBuilder::process`] the real
/// binary (`oauthctl dev-server`). [`DevServer::start`] is the common case; [`DevServer::builder`]
/// sets the rest (arguments, environment, the sign-in password, …).
pub struct DevServer {
    child: Option<Child>,
    /// The in-process server, when it runs (not [`DevServerBuilder::process`]).
    embedded: Option<Embedded>,
    process: bool,
    pub home: Home,
    pub base_url: String,
    /// The database file (`--db`); None with [`DevServerBuilder::in_memory`].
    pub db: Option<PathBuf>,
    pub extra_args: Vec<String>,
    /// More environment variables for the server (kept across [`DevServer::restart`]).
    env: Vec<(String, String)>,
    /// The bootstrap admin secret the server gets and [`DevServer::cmd`] authenticates with.
    admin_secret: Option<String>,
    /// Everything the server printed on stderr so far, over every start. In-process, that is the
    /// `--log-requests` lines only (what the `dev-server` command prints needs `.process()`).
    pub log: Arc<Mutex<String>>,
    /// Where the current start's output begins in `log`.
    log_start: usize,
}

/// How to start a [`DevServer`]: `DevServer::builder().args(&["--tenant", "acme"]).password().start()`.
#[must_use]
pub struct DevServerBuilder {
    args: Vec<String>,
    env: Vec<(String, String)>,
    admin_secret: Option<String>,
    in_memory: bool,
    process: bool,
}

impl DevServerBuilder {
    /// The real binary, `oauthctl dev-server`, as a process of its own: for tests of the command
    /// (what it prints, its flags and exit status, signals). Without it the same server runs in
    /// this process, from the same arguments (see [`DevServer`]).
    pub fn process(mut self) -> Self {
        self.process = true;
        self
    }

    /// More `dev-server` arguments (after `--listen 127.0.0.1:0 --db …`).
    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    /// An environment variable for the server process only.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// The `admin` user's password is [`ADMIN_PASSWORD`] (OAUTHCTL_DEV_ADMIN_PASSWORD), for the
    /// sign-in page.
    pub fn password(self) -> Self {
        self.env("OAUTHCTL_DEV_ADMIN_PASSWORD", ADMIN_PASSWORD)
    }

    /// No OAUTHCTL_DEV_ADMIN_SECRET: the server makes an admin secret and prints it once (then
    /// [`DevServer::cmd`] has no admin secret either).
    pub fn no_admin_secret(mut self) -> Self {
        self.admin_secret = None;
        self
    }

    /// `--in-memory` instead of a database file: nothing survives [`DevServer::restart`].
    pub fn in_memory(mut self) -> Self {
        self.in_memory = true;
        self
    }

    /// Starts the server and waits until it listens (30 s at most).
    pub fn start(self) -> DevServer {
        let home = Home::new();
        let db = (!self.in_memory).then(|| home.path().join("dev.sqlite3"));
        let mut s = DevServer {
            child: None,
            embedded: None,
            process: self.process,
            home,
            base_url: String::new(),
            db,
            extra_args: self.args,
            env: self.env,
            admin_secret: self.admin_secret,
            log: Arc::new(Mutex::new(String::new())),
            log_start: 0,
        };
        s.spawn();
        s
    }
}

impl DevServer {
    /// A dev server with a temporary database and the admin secret [`ADMIN_SECRET`].
    pub fn start() -> DevServer {
        Self::builder().start()
    }

    pub fn builder() -> DevServerBuilder {
        DevServerBuilder {
            args: Vec::new(),
            env: Vec::new(),
            admin_secret: Some(ADMIN_SECRET.to_string()),
            in_memory: false,
            process: false,
        }
    }

    fn spawn(&mut self) {
        self.log_start = self.log.lock().unwrap().len();
        if !self.process {
            let e = Embedded::start(self.options(), self.log.clone());
            self.base_url = e.base_url.clone();
            self.embedded = Some(e);
            return;
        }
        let mut cmd = self.home.command();
        cmd.arg("dev-server").arg("--listen").arg("127.0.0.1:0");
        match &self.db {
            Some(db) => cmd.arg("--db").arg(db),
            None => cmd.arg("--in-memory"),
        };
        cmd.args(&self.extra_args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(secret) = &self.admin_secret {
            cmd.env("OAUTHCTL_DEV_ADMIN_SECRET", secret);
        }
        let (child, url) = spawn_announcing(cmd, self.log.clone(), "the dev server");
        self.base_url = url;
        self.child = Some(child);
    }

    /// What the current start printed up to and including "Stop it with Ctrl-C." (the end of its
    /// instructions, which follow the "listening on" line the start waits for); waits 30 s at most.
    pub fn banner(&self) -> String {
        assert!(
            self.process,
            "banner(): the `dev-server` command prints it; start the server with .process()"
        );
        let end = "Stop it with Ctrl-C.";
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let log = self.log();
            let this_start = &log[self.log_start..];
            if let Some(at) = this_start.find(end) {
                return this_start[..at + end.len()].to_string();
            }
            assert!(
                Instant::now() < deadline,
                "the dev server never printed {end:?}:\n{log}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits (30 s at most) until the server's output contains `needle`; returns the output.
    pub fn wait_for_log(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let log = self.log();
            if log.contains(needle) {
                return log;
            }
            assert!(
                Instant::now() < deadline,
                "the dev server never printed {needle:?}{}:\n{log}",
                if self.process {
                    ""
                } else {
                    " (in-process, its log holds only the --log-requests lines; what the \
                     `dev-server` command prints needs .process())"
                }
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Stops the server (the process with SIGTERM) and waits for it. The exit status of the
    /// process; None when nothing ran, or in-process (where it asserts a clean stop).
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        if let Some(e) = self.embedded.take() {
            e.stop();
            return None;
        }
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
            .env("OAUTHCTL_CLIENT_ID", "oauthctl-admin");
        if let Some(secret) = &self.admin_secret {
            c.env("OAUTHCTL_CLIENT_SECRET", secret);
        }
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
        if let Some(e) = self.embedded.take() {
            e.kill();
        }
    }
}

impl DevServer {
    /// What `oauthctl dev-server --listen 127.0.0.1:0 --db … ARGS` with the builder's environment
    /// would run: the arguments through the command's own parser, the two variables the command
    /// reads into options. Never the test process's environment.
    fn options(&self) -> oauthctl::server::ServerOptions {
        use clap::Parser;
        #[derive(Parser)]
        struct Args {
            #[command(flatten)]
            args: oauthctl::cli::DevServerArgs,
        }
        let mut argv = vec![
            "dev-server".to_string(),
            "--listen".into(),
            "127.0.0.1:0".into(),
        ];
        match &self.db {
            Some(db) => argv.extend(["--db".into(), db.display().to_string()]),
            None => argv.push("--in-memory".into()),
        }
        argv.extend(self.extra_args.iter().cloned());
        let parsed = Args::try_parse_from(&argv)
            .unwrap_or_else(|e| panic!("dev-server arguments {argv:?}: {e}"))
            .args;
        // The variables the command reads, from the builder only (never the test process's
        // environment); as for the process, the builder's admin secret wins over an env() of the
        // same name.
        for (k, _) in &self.env {
            assert!(
                k == "OAUTHCTL_DEV_ADMIN_PASSWORD" || k == "OAUTHCTL_DEV_ADMIN_SECRET",
                "the in-process dev server does not know the variable {k}: start it with .process()"
            );
        }
        let var = |name: &str| {
            if name == "OAUTHCTL_DEV_ADMIN_SECRET" && self.admin_secret.is_some() {
                return self.admin_secret.clone();
            }
            self.env
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        oauthctl::commands::dev_server::options(parsed, var).expect("dev-server options")
    }
}

/// A dev server of the library on a thread of its own, with its own tokio runtime (as the
/// command builds it). Its `--log-requests` lines go into the [`DevServer`]'s log.
struct Embedded {
    base_url: String,
    /// 1: stop as on SIGTERM (finish the requests in flight); 2: stop now.
    signal: tokio::sync::watch::Sender<u8>,
    thread: std::thread::JoinHandle<Result<(), String>>,
}

impl Embedded {
    fn start(opts: oauthctl::server::ServerOptions, log: Arc<Mutex<String>>) -> Embedded {
        let (signal, rx) = tokio::sync::watch::channel(0u8);
        let (url_tx, url_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            let result = rt.block_on(async move {
                let bound = match oauthctl::server::bind_embedded(opts).await {
                    Ok(b) => b,
                    Err(e) => {
                        let e = format!("{e:#}");
                        let _ = url_tx.send(Err(e.clone()));
                        return Err(e);
                    }
                };
                let _ = url_tx.send(Ok(bound.base_url.clone()));
                let (mut graceful, mut now) = (rx.clone(), rx);
                let sink: oauthctl::server::LogSink =
                    Arc::new(move |line: &str| log.lock().unwrap().push_str(&format!("{line}\n")));
                let serve = bound.serve_until(
                    async move {
                        let _ = graceful.wait_for(|v| *v >= 1).await;
                    },
                    Some(sink),
                );
                tokio::select! {
                    r = serve => r.map_err(|e| format!("{e:#}")),
                    _ = now.wait_for(|v| *v >= 2) => Ok(()),
                }
            });
            // Connections still open go with the runtime's tasks; a blocking task (the sign-in
            // page's dummy hash) is not waited for, as a killed process would not finish it.
            rt.shutdown_background();
            result
        });
        match url_rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Ok(base_url)) => Embedded {
                base_url,
                signal,
                thread,
            },
            Ok(Err(e)) => panic!("the in-process dev server did not start: {e}"),
            Err(_) => panic!("the in-process dev server did not start within 30 s"),
        }
    }

    /// As on SIGTERM: stops accepting, finishes the requests in flight (10 s at most, then stops
    /// now), and asserts the server ended without an error.
    fn stop(self) {
        let _ = self.signal.send(1);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.thread.is_finished() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        let _ = self.signal.send(2);
        match self.thread.join() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("the in-process dev server stopped with an error: {e}"),
            Err(_) => panic!("the in-process dev server panicked"),
        }
    }

    fn kill(self) {
        let _ = self.signal.send(2);
        let _ = self.thread.join();
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

/// Runs `cmd` with `input` on its stdin, capturing its output.
pub fn run_with_stdin(cmd: &mut std::process::Command, input: &str) -> Out {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run oauthctl");
    // A command that stops reading early (it refused its input, or needed none of it) closes
    // the pipe: that is its answer, not the test's failure.
    match child.stdin.take().unwrap().write_all(input.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("write to oauthctl: {e}"),
        _ => {}
    }
    Out::from(child.wait_with_output().unwrap())
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
/// the server). Returns the status and the body. See [`http_to`] for the headers too.
pub fn http(
    base_url: &str,
    method: &str,
    path: &str,
    headers: &[String],
    body: Option<(&str, &[u8])>,
) -> (u16, String) {
    let r = http_to(
        &format!("{}{path}", base_url.trim_end_matches('/')),
        method,
        headers,
        body,
    );
    (r.status, r.body)
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

// ---------- helpers for tests/login.rs, tests/guard.rs and tests/oidc_provider.rs ----------

/// The password of each tenant's `admin` user on a server from [`DevServerBuilder::password`].
pub const ADMIN_PASSWORD: &str = "test-admin-password-0123";

impl DevServer {
    /// The binary pointed at this server with OAUTHCTL_BASE_URL only: no admin credentials, so
    /// whatever `oauthctl login` stored is what authenticates.
    pub fn bare(&self) -> Command {
        let mut c = self.home.command();
        c.env("OAUTHCTL_BASE_URL", &self.base_url);
        c
    }

    /// How many requests the server logged (`--log-requests`) whose line starts with `prefix`,
    /// e.g. "POST /oauth/token ".
    pub fn logged(&self, prefix: &str) -> usize {
        settle_log(&self.base_url, &self.log);
        self.log().lines().filter(|l| l.starts_with(prefix)).count()
    }
}

/// Spawns a server process whose stderr announces "listening on URL"; collects its stderr into
/// `log` and returns the process and the URL (panics after 30 s without it).
pub fn spawn_announcing(mut cmd: Command, log: Arc<Mutex<String>>, what: &str) -> (Child, String) {
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("start {what}: {e}"));
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let log2 = log.clone();
    std::thread::spawn(move || {
        let mut tx = Some(tx);
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            log2.lock().unwrap().push_str(&format!("{line}\n"));
            if let Some(rest) = line.split("listening on ").nth(1) {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(rest.trim().to_string());
                }
            }
        }
    });
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(url) => (child, url),
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not start: {}", log.lock().unwrap())
        }
    }
}

/// A response with its headers (names in lower case).
#[derive(Debug, Clone)]
pub struct HttpResp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpResp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The Location header, made absolute against `base` (http://host:port).
    #[track_caller]
    pub fn location(&self, base: &str) -> String {
        let loc = self
            .header("location")
            .unwrap_or_else(|| panic!("no Location header in: {self:?}"));
        if loc.starts_with("http://") || loc.starts_with("https://") {
            loc.to_string()
        } else {
            format!("{}{loc}", origin(base))
        }
    }
}

/// `http://host:port` of an absolute URL.
pub fn origin(url: &str) -> String {
    let u = url::Url::parse(url).unwrap_or_else(|e| panic!("{url:?}: {e}"));
    format!(
        "{}://{}:{}",
        u.scheme(),
        u.host_str().unwrap(),
        u.port_or_known_default().unwrap()
    )
}

/// One HTTP/1.1 request to an absolute http:// URL over a fresh connection, like [`http`], but
/// returning the headers too and following nothing.
pub fn http_to(
    url: &str,
    method: &str,
    headers: &[String],
    body: Option<(&str, &[u8])>,
) -> HttpResp {
    let u = url::Url::parse(url).unwrap_or_else(|e| panic!("{url:?}: {e}"));
    assert_eq!(u.scheme(), "http", "{url}");
    let hostport = format!(
        "{}:{}",
        u.host_str().unwrap(),
        u.port_or_known_default().unwrap()
    );
    let target = match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_string(),
    };
    let mut s = TcpStream::connect(&hostport).unwrap_or_else(|e| panic!("connect {hostport}: {e}"));
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req =
        format!("{method} {target} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    match body {
        Some((ct, b)) => req.push_str(&format!(
            "Content-Type: {ct}\r\nContent-Length: {}\r\n",
            b.len()
        )),
        None if method == "POST" => req.push_str("Content-Length: 0\r\n"),
        None => {}
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    if let Some((_, b)) = body {
        s.write_all(b).unwrap();
    }
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_string()
    };
    HttpResp {
        status,
        headers,
        body,
    }
}

/// `application/x-www-form-urlencoded` of the pairs.
pub fn form_encode(pairs: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .finish()
}

/// A query parameter of an absolute URL, decoded.
pub fn query_param(url: &str, key: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()?
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The `<input type=hidden name=… value=…>` fields of an HTML page, in order (quoted or not).
pub fn hidden_fields(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for tag in html.split("<input").skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let attr = |name: &str| -> Option<String> {
            let at = tag.find(&format!("{name}="))? + name.len() + 1;
            let rest = &tag[at..];
            let v = if let Some(r) = rest.strip_prefix('"') {
                &r[..r.find('"')?]
            } else {
                rest.split([' ', '/']).next()?
            };
            Some(html_unescape(v))
        };
        if attr("type").as_deref() == Some("hidden") {
            if let (Some(n), Some(v)) = (attr("name"), attr("value")) {
                out.push((n, v));
            }
        }
    }
    out
}

/// A command that waits for a browser sign-in (`login` or `token --grant authorization-code`
/// with `--no-browser`), running in the background; `url` is the authorization URL it printed.
pub struct BrowserWait {
    child: Option<Child>,
    pub url: String,
    stderr: Arc<Mutex<String>>,
    stdout: Option<std::thread::JoinHandle<String>>,
}

/// Spawns `cmd` and waits (30 s at most) for the authorization URL on its stderr.
pub fn start_browser_flow(mut cmd: Command) -> BrowserWait {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn oauthctl");
    let stderr = child.stderr.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let log = Arc::new(Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    let log2 = log.clone();
    std::thread::spawn(move || {
        let mut tx = Some(tx);
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            log2.lock().unwrap().push_str(&format!("{line}\n"));
            let t = line.trim();
            if t.starts_with("http://") || t.starts_with("https://") {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(t.to_string());
                }
            }
        }
    });
    let stdout = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let mut w = BrowserWait {
        child: Some(child),
        url: String::new(),
        stderr: log,
        stdout: Some(stdout),
    };
    match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(url) => w.url = url,
        Err(_) => {
            let out = w.finish();
            panic!("no authorization URL on stderr: {out:?}");
        }
    }
    w
}

impl BrowserWait {
    /// The loopback redirect URI in the authorization URL.
    pub fn redirect_uri(&self) -> String {
        query_param(&self.url, "redirect_uri").expect("redirect_uri in the authorization URL")
    }

    pub fn state(&self) -> String {
        query_param(&self.url, "state").expect("state in the authorization URL")
    }

    /// What was printed on stderr so far.
    pub fn stderr_so_far(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Whether the command is still waiting.
    pub fn running(&mut self) -> bool {
        matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None)))
    }

    /// Waits (60 s at most, then kills it) for the command to end.
    pub fn finish(&mut self) -> Out {
        let mut child = self.child.take().expect("finished once");
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Ok(Some(s)) = child.try_wait() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                break child.wait().unwrap();
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let stdout = self.stdout.take().unwrap().join().unwrap_or_default();
        // The stderr reader ends at EOF, right after the process.
        std::thread::sleep(Duration::from_millis(50));
        Out {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: self.stderr.lock().unwrap().clone(),
        }
    }
}

impl Drop for BrowserWait {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// The dev server's sign-in page played as a browser: GETs the authorization URL (asserting the
/// sign-in page), then POSTs its form with the hidden fields (the CSRF token among them), the
/// cookie the page set, `username`, `password` and `decision` (allow or deny). Returns the POST's
/// response (302 to the redirect URI, or the page again with 401).
pub fn dev_sign_in(auth_url: &str, username: &str, password: &str, decision: &str) -> HttpResp {
    let page = http_to(auth_url, "GET", &[], None);
    let cookies: Vec<String> = page
        .headers
        .iter()
        .filter(|(k, _)| k == "set-cookie")
        .filter_map(|(_, v)| v.split(';').next().map(|c| c.trim().to_string()))
        .collect();
    assert_eq!(page.status, 200, "the sign-in page: {}", page.body);
    assert!(
        page.body.contains("name=password"),
        "not the sign-in page: {}",
        page.body
    );
    let mut form = hidden_fields(&page.body);
    assert!(
        form.iter().any(|(k, _)| k == "code_challenge"),
        "the page carries the PKCE challenge: {form:?}"
    );
    form.push(("username".into(), username.into()));
    form.push(("password".into(), password.into()));
    form.push(("decision".into(), decision.into()));
    let body = form_encode(&form);
    let headers: Vec<String> = if cookies.is_empty() {
        vec![]
    } else {
        vec![format!("Cookie: {}", cookies.join("; "))]
    };
    http_to(
        &format!("{}/oauth/authorize", origin(auth_url)),
        "POST",
        &headers,
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    )
}

/// Signs in as `admin` with [`ADMIN_PASSWORD`] and allows; follows the redirect to the loopback
/// listener. Returns the listener's answer.
pub fn dev_browser_allow(flow: &BrowserWait) -> HttpResp {
    let resp = dev_sign_in(&flow.url, "admin", ADMIN_PASSWORD, "allow");
    assert_eq!(resp.status, 302, "sign-in: {resp:?}");
    let loc = resp.location(&flow.url);
    assert!(
        loc.starts_with(&flow.redirect_uri()),
        "redirected to {loc}, not to {}",
        flow.redirect_uri()
    );
    assert!(query_param(&loc, "code").is_some(), "no code in {loc}");
    http_to(&loc, "GET", &[], None)
}

/// A free TCP port on 127.0.0.1 (bound and released at once).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `oauthctl login`'s files in a home: XDG_CACHE_HOME/oauthctl/logins/*.json.
pub fn login_files(home: &Home) -> Vec<PathBuf> {
    let dir = home.path().join("cache").join("oauthctl").join("logins");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The one login file of a home, parsed.
#[track_caller]
pub fn login_file(home: &Home) -> (PathBuf, Value) {
    let files = login_files(home);
    assert_eq!(files.len(), 1, "one login file: {files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let v = serde_json::from_str(&text).unwrap();
    (files[0].clone(), v)
}

/// Moves the cached access token of the home's login into the past (expiresAt = now - 10 s): the
/// next command must renew it.
#[track_caller]
pub fn expire_login(home: &Home) {
    let (path, mut v) = login_file(home);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    v["expiresAt"] = Value::from(now - 10);
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

/// The keyring item of service `oauthctl` and `account`, through `secret-tool`.
pub fn keyring_item(account: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "oauthctl", "username", account])
        .output()
        .expect("secret-tool");
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !v.is_empty()).then_some(v)
}

/// A server's log reaches the test through a pipe, read by another thread: a line may still be on
/// its way when the command that caused it has exited. This sends a probe request and waits until
/// its line is in the log (the server logs requests in order), so every earlier line is there too.
pub fn settle_log(base_url: &str, log: &Arc<Mutex<String>>) {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let probe = format!(
        "/oauthctl-test-probe-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let _ = http_to(
        &format!("{}{probe}", base_url.trim_end_matches('/')),
        "GET",
        &[],
        None,
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while !log.lock().unwrap().contains(&probe) {
        assert!(
            Instant::now() < deadline,
            "the probe request {probe} never reached the server's log:\n{}",
            log.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}
