//! Real third-party OAuth servers for the tests, each started on 127.0.0.1 on a free port with a
//! temporary database and configuration, killed on Drop:
//! - [`Glewlwyd`]: glewlwyd (Debian `glewlwyd`), its admin API and its RFC 7591/7592 endpoints;
//! - [`Lemonldap`]: LemonLDAP::NG (Debian `lemonldap-ng`), its portal and its Manager API;
//! - [`OidcProvider`]: node-oidc-provider (tests/oidc-provider) with RFC 7591/7592 turned on;
//! - [`Keycloak`]: Keycloak, one server per test binary (it boots slowly), a realm per test;
//! - [`Hydra`]: Ory Hydra with an in-memory database and dynamic client registration.
//!
//! Every server is set up by its script in tests/servers, the one users run to try oauthctl
//! locally: a starter below picks the ports and the folder, runs the script and reads what it
//! reports (its ready line, or the variables it writes to DIR/oauthctl.env). What each API
//! answers is pinned by tests/thirdparty_smoke.rs.
//!
//! `bash tests/run.sh` installs them (Keycloak and Hydra with their scripts) and says so with
//! OAUTHCTL_TEST_GLEWLWYD, OAUTHCTL_TEST_LEMONLDAP, OAUTHCTL_TEST_OIDC_PROVIDER,
//! OAUTHCTL_TEST_KEYCLOAK and OAUTHCTL_TEST_HYDRA. A test that needs one never skips: without the
//! variable it fails and says to run the suite with `bash tests/run.sh`, and with it a server
//! that does not start fails the test with the server's output.

use std::io::{BufRead, BufReader, Read};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::parts::{require, Part};
use super::{base64_lite, form_encode, free_port, http_to, spawn_announcing, HttpResp};

/// A process whose stdout and stderr are collected into one log.
struct Proc {
    child: Child,
    log: Arc<Mutex<String>>,
}

impl Proc {
    fn spawn(cmd: Command, what: &str) -> Proc {
        Self::spawn_with(cmd, what, Stdio::null())
    }

    /// [`Proc::spawn`] under [`watched`], for a server held in a `static`.
    fn spawn_shared(cmd: Command, what: &str, dir: &Path) -> Proc {
        Self::spawn_with(watched(&cmd, Some(dir)), what, Stdio::piped())
    }

    fn spawn_with(mut cmd: Command, what: &str, stdin: Stdio) -> Proc {
        cmd.stdin(stdin)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("start {what} ({cmd:?}): {e}"));
        let log = Arc::new(Mutex::new(String::new()));
        fn pump(r: impl Read + Send + 'static, log: Arc<Mutex<String>>) {
            std::thread::spawn(move || {
                for line in BufReader::new(r).lines().map_while(Result::ok) {
                    log.lock().unwrap().push_str(&format!("{line}\n"));
                }
            });
        }
        pump(child.stdout.take().unwrap(), log.clone());
        pump(child.stderr.take().unwrap(), log.clone());
        Proc { child, log }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits (30 s at most) until `url` answers `want` (any status when None); panics with the
    /// log when the process exits or the time is up.
    fn wait_ready(&mut self, url: &str, want: Option<u16>, what: &str) {
        self.wait_for(&format!("{what} at {url}"), 30, || {
            try_status(url).filter(|s| want.is_none_or(|w| w == *s))
        });
    }

    /// Runs `bash tests/servers/SCRIPT ARGS… DIR` (under [`watched`] when `shared`), a script
    /// that sets its server up in DIR and runs it, and waits until it has written
    /// DIR/oauthctl.env, its `KEY=VALUE` lines (the variables that point oauthctl at the server).
    fn set_up(
        script: &str,
        args: &[&str],
        dir: &Path,
        what: &str,
        shared: bool,
    ) -> (Proc, EnvFile) {
        let mut cmd = server_script(script, args);
        cmd.arg(dir);
        let mut proc = if shared {
            Proc::spawn_shared(cmd, what, dir)
        } else {
            Proc::spawn(cmd, what)
        };
        let file = dir.join("oauthctl.env");
        let text = proc.wait_for(&format!("{script} ({})", file.display()), 90, || {
            std::fs::read_to_string(&file).ok()
        });
        let vars = EnvFile {
            text,
            what: script.to_string(),
        };
        (proc, vars)
    }

    /// Calls `ready` until it gives a value, `secs` seconds at most; panics with the log when the
    /// process exits or the time is up.
    fn wait_for<T>(&mut self, what: &str, secs: u64, mut ready: impl FnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "{what}: exited ({status}) before it was ready:\n{}",
                    self.log()
                );
            }
            if let Some(v) = ready() {
                return v;
            }
            if Instant::now() > deadline {
                panic!("{what}: not ready within {secs} s:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

/// What a script of tests/servers wrote once its server was ready: `KEY=VALUE` lines.
struct EnvFile {
    text: String,
    what: String,
}

impl EnvFile {
    #[track_caller]
    fn var(&self, name: &str) -> String {
        self.text
            .lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("{} wrote no {name}:\n{}", self.what, self.text))
            .to_string()
    }
}

/// `bash tests/servers/SCRIPT ARGS…`
fn server_script(script: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new("bash");
    cmd.arg(super::parts::servers_dir().join(script)).args(args);
    cmd
}

/// A server the whole test binary shares, started by the first test that asks for it (a
/// `OnceLock`). For a kind whose tests must take turns ([`Turns`]), the test holds the server
/// for as long as it holds this.
pub struct Shared<T: 'static> {
    server: &'static T,
    _turn: Option<Turn>,
}

impl<T> Shared<T> {
    fn new(server: &'static T) -> Shared<T> {
        Shared {
            server,
            _turn: None,
        }
    }

    /// The server, for the test that has its turn (waiting for it).
    fn in_turn(server: &'static T, turns: &'static Turns) -> Shared<T> {
        Shared {
            server,
            _turn: Some(turns.take()),
        }
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.server
    }
}

/// One test at a time on a shared server, for servers that cannot take concurrent changes.
/// Reentrant: a test that has its turn may ask for the server again (a fixture, then a helper).
pub struct Turns {
    /// The thread that has the turn, and how many handles it holds.
    holder: Mutex<(Option<std::thread::ThreadId>, usize)>,
    free: std::sync::Condvar,
}

impl Turns {
    const fn new() -> Turns {
        Turns {
            holder: Mutex::new((None, 0)),
            free: std::sync::Condvar::new(),
        }
    }

    fn take(&'static self) -> Turn {
        let me = std::thread::current().id();
        let mut h = self.holder.lock().unwrap_or_else(|e| e.into_inner());
        while h.0.is_some_and(|t| t != me) {
            h = self.free.wait(h).unwrap_or_else(|e| e.into_inner());
        }
        *h = (Some(me), h.1 + 1);
        Turn(self)
    }
}

/// A test's turn on a shared server, given back on Drop (also when the test fails).
pub struct Turn(&'static Turns);

impl Drop for Turn {
    fn drop(&mut self) {
        let mut h = self.0.holder.lock().unwrap_or_else(|e| e.into_inner());
        h.1 -= 1;
        if h.1 == 0 {
            h.0 = None;
            self.0.free.notify_all();
        }
    }
}

/// Server starts in this test binary, by kind.
static STARTS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// Notes a start; with `--nocapture` each says so (`grep -c 'third-party server started'`).
fn count_start(what: &'static str) {
    let mut starts = STARTS.lock().unwrap();
    starts.push(what);
    let n = starts.iter().filter(|w| **w == what).count();
    eprintln!("third-party server started: {what} (start {n} of this kind in this test binary)");
}

/// `cmd` wrapped for a server held in a `static` (never dropped): a watchdog shell runs it and
/// stops it when the test binary exits (the watchdog's stdin, held by the binary, closes), then
/// removes `dir` (the server's temporary files).
fn watched(cmd: &Command, dir: Option<&Path>) -> Command {
    let mut w = Command::new("bash");
    w.arg("-c")
        .arg(
            "exec 3<&0; \"$@\" </dev/null & pid=$!; \
             ( read -r _ <&3 || true; kill \"$pid\" 2>/dev/null ) & \
             wait \"$pid\"; s=$?; [ -z \"$WATCHED_DIR\" ] || rm -rf -- \"$WATCHED_DIR\"; exit $s",
        )
        .arg("watchdog")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => w.env(k, v),
            None => w.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        w.current_dir(d);
    }
    w.env(
        "WATCHED_DIR",
        dir.map(|d| d.as_os_str()).unwrap_or_default(),
    );
    w
}

impl Drop for Proc {
    /// SIGTERM first: a script of tests/servers then stops the servers it started (SIGKILL
    /// would leave them running); SIGKILL when it has not ended within 10 s.
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            // SAFETY: kill(2) with a pid we own (not yet waited for) and a plain signal number.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The status of a GET to `url`, or None when nothing listens yet.
fn try_status(url: &str) -> Option<u16> {
    let u = url::Url::parse(url).ok()?;
    let addr = format!("{}:{}", u.host_str()?, u.port_or_known_default()?);
    TcpStream::connect(&addr).ok()?;
    Some(http_to(url, "GET", &[], None).status).filter(|s| *s != 0)
}

/// A request with a JSON body (when given); returns the response and its body parsed (Null when
/// it is not JSON).
pub fn json_call(
    url: &str,
    method: &str,
    headers: &[String],
    body: Option<&Value>,
) -> (HttpResp, Value) {
    let text = body.map(|b| b.to_string());
    let resp = http_to(
        url,
        method,
        headers,
        text.as_deref().map(|t| ("application/json", t.as_bytes())),
    );
    let v = serde_json::from_str(&resp.body).unwrap_or(Value::Null);
    (resp, v)
}

/// A client_credentials request to `token_endpoint` with client_secret_basic (and `scope` when not
/// empty). Returns the status and the JSON body (Null when the body is not JSON, as glewlwyd's
/// empty 403).
pub fn client_credentials(
    token_endpoint: &str,
    client_id: &str,
    secret: &str,
    scope: &str,
) -> (u16, Value) {
    let mut form = vec![("grant_type".to_string(), "client_credentials".to_string())];
    if !scope.is_empty() {
        form.push(("scope".into(), scope.into()));
    }
    let body = form_encode(&form);
    let auth = base64_lite::encode(format!("{client_id}:{secret}").as_bytes());
    let r = http_to(
        token_endpoint,
        "POST",
        &[format!("Authorization: Basic {auth}")],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    );
    (
        r.status,
        serde_json::from_str(&r.body).unwrap_or(Value::Null),
    )
}

/// Calls `f` until it returns true, 15 s at most (a bounded wait for a server that applies
/// changes after a reload, never a timing assertion). Returns whether it became true.
pub fn eventually(mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if f() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

// ---------------------------------------------------------------------------------------------
// glewlwyd
// ---------------------------------------------------------------------------------------------

/// The scopes every [`Glewlwyd`] has. `registration` is the scope of the initial access tokens.
pub const GLEWLWYD_SCOPES: &[&str] = &["api:read", "api:write", "registration"];
/// The scope glewlwyd gives every client registered through RFC 7591 (the plugin's
/// `register-client-credentials-scope`): it ignores the `scope` of the request.
pub const GLEWLWYD_REGISTERED_SCOPE: &str = "api:read";
/// The client whose client_credentials tokens (scope `registration`) are initial access tokens.
pub const GLEWLWYD_REGISTRAR: &str = "oauthctl-registrar";

/// glewlwyd with a fresh SQLite database, the OIDC plugin `oidc` and [`GLEWLWYD_SCOPES`].
pub struct Glewlwyd {
    proc: Proc,
    _dir: tempfile::TempDir,
    /// `http://127.0.0.1:PORT`: the admin API lives under `{base_url}/api/`.
    pub base_url: String,
    /// The admin API key: send `Authorization: token KEY`.
    pub api_key: String,
    /// `{base_url}/api/oidc`: token, introspect, revoke and register endpoints are under it, and
    /// its metadata at `{issuer}/.well-known/openid-configuration`.
    pub issuer: String,
    /// The secret of [`GLEWLWYD_REGISTRAR`].
    registrar_secret: String,
}

impl Glewlwyd {
    /// The test binary's glewlwyd, started by the first test that asks for it. Its tests take
    /// turns (the handle holds the turn): glewlwyd mixes up concurrent creates (a client
    /// created beside another got the other's scopes). They keep apart by their clients' names
    /// and IDs, and make assertions about their own clients only.
    pub fn shared() -> Shared<Glewlwyd> {
        static SERVER: OnceLock<Glewlwyd> = OnceLock::new();
        static TURNS: Turns = Turns::new();
        Shared::in_turn(SERVER.get_or_init(|| Glewlwyd::boot(true)), &TURNS)
    }

    /// A glewlwyd of the caller's own, for a test that needs to see all of its clients.
    pub fn start() -> Glewlwyd {
        Self::boot(false)
    }

    /// tests/servers/glewlwyd.sh on a free port in a temporary folder: its setup is the tests'.
    fn boot(shared: bool) -> Glewlwyd {
        require(Part::Glewlwyd);
        count_start("glewlwyd");
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port().to_string();
        let (proc, vars) = Proc::set_up("glewlwyd.sh", &[&port], dir.path(), "glewlwyd", shared);
        assert_eq!(vars.var("GLEWLWYD_REGISTRAR"), GLEWLWYD_REGISTRAR);
        let base_url = vars.var("OAUTHCTL_BASE_URL");
        Glewlwyd {
            proc,
            _dir: dir,
            issuer: format!("{base_url}/api/oidc"),
            base_url,
            api_key: vars.var("OAUTHCTL_TOKEN"),
            registrar_secret: vars.var("GLEWLWYD_REGISTRAR_SECRET"),
        }
    }

    /// An admin API call (`path` from the root, e.g. `/api/client/ID`) with the API key.
    pub fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> (HttpResp, Value) {
        json_call(
            &format!("{}{path}", self.base_url),
            method,
            &[format!("Authorization: token {}", self.api_key)],
            body,
        )
    }

    pub fn token_endpoint(&self) -> String {
        format!("{}/token", self.issuer)
    }

    pub fn registration_endpoint(&self) -> String {
        format!("{}/register", self.issuer)
    }

    /// A new RFC 7591 initial access token: a client_credentials token of [`GLEWLWYD_REGISTRAR`]
    /// with the scope `registration` (a JWT, valid for an hour, usable many times).
    pub fn initial_access_token(&self) -> String {
        let (status, v) = client_credentials(
            &self.token_endpoint(),
            GLEWLWYD_REGISTRAR,
            &self.registrar_secret,
            "registration",
        );
        assert_eq!(status, 200, "initial access token: {v}\n{}", self.log());
        v["access_token"].as_str().unwrap().to_string()
    }

    pub fn log(&self) -> String {
        self.proc.log()
    }
}

// ---------------------------------------------------------------------------------------------
// LemonLDAP::NG
// ---------------------------------------------------------------------------------------------

/// LemonLDAP::NG: the portal (the OpenID provider) and the Manager REST API, each under plackup,
/// on a configuration of its own (File backend, `checkTime = 1`).
pub struct Lemonldap {
    /// tests/servers/lemonldap.sh, which runs both.
    proc: Proc,
    dir: tempfile::TempDir,
    /// `http://127.0.0.1:P2`: the Manager API is under `{manager_url}/api/v1/`.
    pub manager_url: String,
    /// `http://127.0.0.1:P1`: the portal (token endpoint `/oauth2/token`).
    pub portal_url: String,
    /// `http://localhost:P1`: the issuer (LemonLDAP::NG needs a DNS name); its metadata is at
    /// `{issuer}/.well-known/openid-configuration` and names `http://localhost:P1/oauth2/...`.
    pub issuer: String,
}

impl Lemonldap {
    /// The test binary's LemonLDAP::NG, started by the first test that asks for it. Its tests
    /// take turns (the returned handle holds the turn): every write of the Manager API saves a
    /// whole new configuration, two at once may conflict, and the tests count the configurations
    /// a command wrote. They keep apart by their clients' names.
    pub fn shared() -> Shared<Lemonldap> {
        static SERVER: OnceLock<Lemonldap> = OnceLock::new();
        static TURNS: Turns = Turns::new();
        Shared::in_turn(SERVER.get_or_init(|| Lemonldap::boot(true)), &TURNS)
    }

    /// A LemonLDAP::NG of the caller's own.
    pub fn start() -> Lemonldap {
        Self::boot(false)
    }

    /// tests/servers/lemonldap.sh on two free ports in a temporary folder: its setup is the
    /// tests'.
    fn boot(shared: bool) -> Lemonldap {
        require(Part::Lemonldap);
        count_start("LemonLDAP::NG");
        let dir = tempfile::tempdir().expect("tempdir");
        let p1 = free_port();
        let p2 = std::iter::repeat_with(free_port)
            .find(|p| *p != p1)
            .unwrap();
        let (proc, vars) = Proc::set_up(
            "lemonldap.sh",
            &[&p1.to_string(), &p2.to_string()],
            dir.path(),
            "LemonLDAP::NG",
            shared,
        );
        Lemonldap {
            proc,
            dir,
            manager_url: vars.var("OAUTHCTL_BASE_URL"),
            portal_url: format!("http://127.0.0.1:{p1}"),
            issuer: vars.var("OAUTHCTL_ISSUER"),
        }
    }

    /// A Manager API call (`path` under `/api/v1`, e.g. `/providers/oidc/rp/KEY`), with
    /// `Accept: application/json` (without it, errors are HTML).
    pub fn api(&self, method: &str, path: &str, body: Option<&Value>) -> (HttpResp, Value) {
        json_call(
            &format!("{}/api/v1{path}", self.manager_url),
            method,
            &["Accept: application/json".to_string()],
            body,
        )
    }

    /// The token endpoint, on the loopback address (the metadata names it under the issuer,
    /// `http://localhost:P1/oauth2/token`, the same server).
    pub fn token_endpoint(&self) -> String {
        format!("{}/oauth2/token", self.portal_url)
    }

    /// The configuration directory (`lmConf-N.json`, one more on every write).
    pub fn conf_dir(&self) -> PathBuf {
        self.dir.path().join("conf")
    }

    /// The portal's and the Manager API's output, interleaved.
    pub fn log(&self) -> String {
        self.proc.log()
    }
}

// ---------------------------------------------------------------------------------------------
// node-oidc-provider with dynamic registration
// ---------------------------------------------------------------------------------------------

/// `bash tests/servers/node-oidc-provider.sh PORT` (dynamic registration on, unless
/// `OIDC_REGISTRATION=0`; the script's other options are environment variables too), its stderr
/// piped for [`spawn_announcing`]: it prints the initial
/// access token, then `listening on URL` once ready.
pub fn oidc_provider_command(port: u16) -> Command {
    let mut cmd = server_script("node-oidc-provider.sh", &[&port.to_string()]);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// node-oidc-provider (tests/oidc-provider/server.mjs) with RFC 7591 registration and RFC 7592
/// management: every PUT rotates the registration access token and (policy `rotate-secret` of the
/// initial access token) the client secret. Scopes: `api.read`, `api.write` (and `openid`,
/// `offline_access`). In memory: a restart forgets every client.
pub struct OidcProvider {
    proc: Child,
    log: Arc<Mutex<String>>,
    /// `http://127.0.0.1:PORT`, the issuer (metadata at `/.well-known/openid-configuration`).
    pub issuer: String,
    /// The initial access token for `POST {issuer}/reg` (reusable).
    pub initial_access_token: String,
}

impl OidcProvider {
    /// The test binary's node-oidc-provider (secrets never expire: `client_secret_expires_at`
    /// 0), started by the first test that asks for it. Its tests keep apart by their clients
    /// (each registration has its own client ID and registration access token).
    pub fn shared() -> Shared<OidcProvider> {
        static SERVER: OnceLock<OidcProvider> = OnceLock::new();
        Shared::new(SERVER.get_or_init(|| Self::start_with_env(None, false, true)))
    }

    /// One of the caller's own, with secrets that never expire.
    pub fn start() -> OidcProvider {
        Self::start_with(None)
    }

    /// Every client secret expires `ttl` seconds after it was issued (`client_secret_expires_at`).
    pub fn start_with_secret_ttl(ttl: u64) -> OidcProvider {
        Self::start_with(Some(ttl))
    }

    /// Without the policy `rotate-secret`: a PUT keeps the client secret.
    pub fn start_keeping_secrets() -> OidcProvider {
        Self::start_with_env(None, true, false)
    }

    fn start_with(ttl: Option<u64>) -> OidcProvider {
        Self::start_with_env(ttl, false, false)
    }

    fn start_with_env(ttl: Option<u64>, keep_secret: bool, shared: bool) -> OidcProvider {
        require(Part::OidcProvider);
        count_start("node-oidc-provider");
        let mut cmd = oidc_provider_command(free_port());
        if let Some(t) = ttl {
            cmd.env("OIDC_SECRET_TTL", t.to_string());
        }
        if keep_secret {
            cmd.env("OIDC_KEEP_SECRET", "1");
        }
        if shared {
            // In memory: no files to remove.
            cmd = watched(&cmd, None);
            cmd.stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
        }
        let log = Arc::new(Mutex::new(String::new()));
        let (proc, issuer) = spawn_announcing(cmd, log.clone(), "node-oidc-provider");
        let initial_access_token = log
            .lock()
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("initial access token: "))
            .map(str::to_string)
            .unwrap_or_else(|| {
                panic!(
                    "node-oidc-provider printed no initial access token:\n{}",
                    log.lock().unwrap()
                )
            });
        OidcProvider {
            proc,
            log,
            issuer,
            initial_access_token,
        }
    }

    pub fn registration_endpoint(&self) -> String {
        format!("{}/reg", self.issuer)
    }

    pub fn token_endpoint(&self) -> String {
        format!("{}/token", self.issuer)
    }

    /// One line per request: `METHOD PATH STATUS creds=…`.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for OidcProvider {
    fn drop(&mut self) {
        let _ = self.proc.kill();
        let _ = self.proc.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// Keycloak
// ---------------------------------------------------------------------------------------------

/// The master realm's admin of the tests' Keycloak.
const KEYCLOAK_ADMIN_PASSWORD: &str = "admin-password-for-tests";

/// Keycloak (tests/servers/keycloak.sh): one server per test binary, started by the first test
/// that asks for it and stopped when the binary exits. Tests keep apart by realms.
pub struct Keycloak {
    /// `http://127.0.0.1:PORT`
    pub base_url: String,
    /// The watchdog, whose stdin closes when the test binary exits: it then stops Keycloak.
    proc: Proc,
}

/// A realm of the shared [`Keycloak`] with an admin client (a service account with the
/// realm-management roles manage-clients, view-clients and query-clients) and the client scope
/// `api.read`.
pub struct KeycloakRealm {
    pub base_url: String,
    pub realm: String,
    pub admin_client_id: String,
    pub admin_secret: String,
}

impl KeycloakRealm {
    /// `{base}/realms/{realm}`
    pub fn issuer(&self) -> String {
        format!("{}/realms/{}", self.base_url, self.realm)
    }

    pub fn token_endpoint(&self) -> String {
        format!("{}/protocol/openid-connect/token", self.issuer())
    }
}

impl Keycloak {
    /// The test binary's Keycloak, started on first use (a minute or more on a busy machine).
    pub fn shared() -> &'static Keycloak {
        require(Part::Keycloak);
        static SERVER: OnceLock<Keycloak> = OnceLock::new();
        SERVER.get_or_init(Keycloak::boot)
    }

    fn boot() -> Keycloak {
        count_start("Keycloak");
        let port = free_port();
        let script = super::parts::servers_dir().join("keycloak.sh");
        // The watchdog: Keycloak in the background, stopped when our end of its stdin closes.
        let mut cmd = Command::new("bash");
        cmd.arg("-c")
            .arg("bash \"$0\" start \"$1\" & pid=$!; read -r _ || true; kill \"$pid\" 2>/dev/null; wait \"$pid\"")
            .arg(&script)
            .arg(port.to_string())
            .env("KEYCLOAK_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        let mut proc = Proc::spawn_with(cmd, "Keycloak", Stdio::piped());
        let base_url = format!("http://127.0.0.1:{port}");
        let ready = format!("{base_url}/realms/master/.well-known/openid-configuration");
        // Its first start builds Quarkus's application: minutes on a busy machine.
        proc.wait_for(&format!("Keycloak at {ready}"), 600, || {
            (try_status(&ready) == Some(200)).then_some(())
        });
        Keycloak { base_url, proc }
    }

    /// A new realm (`keycloak.sh realm`), with a client policy that rotates secrets when
    /// `rotation` is true.
    pub fn realm(&self, rotation: bool) -> KeycloakRealm {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let realm = format!(
            "t{}-{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let mut cmd = server_script("keycloak.sh", &["realm", &realm]);
        cmd.env("KEYCLOAK_URL", &self.base_url)
            .env("KEYCLOAK_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD);
        if rotation {
            cmd.arg("rotation");
        }
        let out = cmd.output().expect("run keycloak.sh realm");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "keycloak.sh realm {realm}: {}\n{stdout}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let var = |name: &str| {
            stdout
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}=")))
                .unwrap_or_else(|| panic!("keycloak.sh realm printed no {name}:\n{stdout}"))
                .to_string()
        };
        KeycloakRealm {
            base_url: self.base_url.clone(),
            realm: var("OAUTHCTL_TENANT"),
            admin_client_id: var("OAUTHCTL_CLIENT_ID"),
            admin_secret: var("OAUTHCTL_CLIENT_SECRET"),
        }
    }

    /// A token of the master realm's admin, for what the tests set up by hand.
    pub fn master_token(&self) -> String {
        let body = form_encode(&[
            ("grant_type".into(), "password".into()),
            ("client_id".into(), "admin-cli".into()),
            ("username".into(), "admin".into()),
            ("password".into(), KEYCLOAK_ADMIN_PASSWORD.into()),
        ]);
        let r = http_to(
            &format!(
                "{}/realms/master/protocol/openid-connect/token",
                self.base_url
            ),
            "POST",
            &[],
            Some(("application/x-www-form-urlencoded", body.as_bytes())),
        );
        let v: Value = serde_json::from_str(&r.body).unwrap_or(Value::Null);
        v["access_token"]
            .as_str()
            .unwrap_or_else(|| panic!("no master admin token: {} {}", r.status, r.body))
            .to_string()
    }

    /// A call to the admin REST API as the master realm's admin (`path` below `/admin/realms`).
    pub fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> (HttpResp, Value) {
        json_call(
            &format!("{}/admin/realms{path}", self.base_url),
            method,
            &[format!("Authorization: Bearer {}", self.master_token())],
            body,
        )
    }

    pub fn log(&self) -> String {
        self.proc.log()
    }
}

// ---------------------------------------------------------------------------------------------
// Ory Hydra
// ---------------------------------------------------------------------------------------------

/// Ory Hydra (tests/servers/hydra.sh) with an in-memory database: the admin API on one port, the
/// OAuth endpoints and dynamic client registration (RFC 7591/7592) on the other.
pub struct Hydra {
    proc: Proc,
    /// `http://127.0.0.1:ADMIN`: `/admin/clients`.
    pub admin_url: String,
    /// `http://127.0.0.1:PUBLIC`: the issuer; `/oauth2/token`, `/oauth2/register`.
    pub issuer: String,
}

impl Hydra {
    /// The test binary's Hydra, started by the first test that asks for it. Its tests keep
    /// apart by their clients' names and IDs, and make assertions about their own clients only.
    pub fn shared() -> Shared<Hydra> {
        static SERVER: OnceLock<Hydra> = OnceLock::new();
        Shared::new(SERVER.get_or_init(Hydra::boot))
    }

    fn boot() -> Hydra {
        require(Part::Hydra);
        count_start("Hydra");
        let public = free_port();
        let admin = std::iter::repeat_with(free_port)
            .find(|p| *p != public)
            .unwrap();
        let cmd = server_script(
            "hydra.sh",
            &["start", &public.to_string(), &admin.to_string()],
        );
        // In memory: no files to remove.
        let mut proc = Proc::spawn_with(watched(&cmd, None), "Ory Hydra", Stdio::piped());
        let admin_url = format!("http://127.0.0.1:{admin}");
        let issuer = format!("http://127.0.0.1:{public}");
        proc.wait_ready(
            &format!("{admin_url}/health/ready"),
            Some(200),
            "Hydra's admin API",
        );
        proc.wait_ready(
            &format!("{issuer}/.well-known/openid-configuration"),
            Some(200),
            "Hydra's public API",
        );
        Hydra {
            proc,
            admin_url,
            issuer,
        }
    }

    pub fn token_endpoint(&self) -> String {
        format!("{}/oauth2/token", self.issuer)
    }

    pub fn log(&self) -> String {
        self.proc.log()
    }
}
