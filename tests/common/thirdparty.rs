//! Real third-party OAuth servers for the tests, each started on 127.0.0.1 on a free port with a
//! temporary database and configuration, killed on Drop:
//! - [`Glewlwyd`]: glewlwyd (Debian `glewlwyd`), its admin API and its RFC 7591/7592 endpoints;
//! - [`Lemonldap`]: LemonLDAP::NG (Debian `lemonldap-ng`), its portal and its Manager API;
//! - [`OidcProvider`]: node-oidc-provider (tests/oidc-provider) with RFC 7591/7592 turned on;
//! - [`Keycloak`]: Keycloak, one server per test binary (it boots slowly), a realm per test;
//! - [`Hydra`]: Ory Hydra with an in-memory database and dynamic client registration.
//!
//! Keycloak and Hydra are fetched, built and started by the scripts in tests/servers, which
//! users run too; tests/run.sh fetches and builds them (OAUTHCTL_TEST_KEYCLOAK,
//! OAUTHCTL_TEST_HYDRA).
//!
//! `bash tests/run.sh` installs them and says so with OAUTHCTL_TEST_GLEWLWYD,
//! OAUTHCTL_TEST_LEMONLDAP and OAUTHCTL_TEST_OIDC_PROVIDER. A test that needs one never skips:
//! without the variable it fails and says to run the suite with `bash tests/run.sh`, and with it
//! a server that does not start fails the test with the server's output.
//! How each server is set up is in its starter below; what its API answers is pinned by
//! tests/thirdparty_smoke.rs.

use std::io::{BufRead, BufReader, Read};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

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
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "{what} exited ({status}) before it was ready:\n{}",
                    self.log()
                );
            }
            if let Some(status) = try_status(url) {
                if want.is_none_or(|w| w == status) {
                    return;
                }
            }
            if Instant::now() > deadline {
                panic!("{what} was not ready at {url} within 30 s:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
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
    fn drop(&mut self) {
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
const GLEWLWYD_REGISTRAR_SECRET: &str = "registrar-secret-0123456789abcdef";

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

    fn boot(shared: bool) -> Glewlwyd {
        require(Part::Glewlwyd);
        count_start("glewlwyd");
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("glewlwyd.db");
        // One transaction: statement by statement, each one a commit, it takes seconds.
        let schema = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "{{ echo 'BEGIN;'; zcat /usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz; \
                 echo 'COMMIT;'; }} | sqlite3 '{}'",
                db.display()
            ))
            .output()
            .expect("run zcat | sqlite3");
        assert!(
            schema.status.success(),
            "glewlwyd's database schema: {}",
            String::from_utf8_lossy(&schema.stderr)
        );
        let port = free_port();
        let base_url = format!("http://127.0.0.1:{port}");
        let conf = dir.path().join("glewlwyd.conf");
        std::fs::write(&conf, glewlwyd_config(port, &db)).unwrap();
        let mut cmd = Command::new("glewlwyd");
        cmd.arg(format!("--config-file={}", conf.display()));
        let mut proc = if shared {
            Proc::spawn_shared(cmd, "glewlwyd", dir.path())
        } else {
            Proc::spawn(cmd, "glewlwyd")
        };
        proc.wait_ready(&format!("{base_url}/api/auth/scheme/"), None, "glewlwyd");
        let mut g = Glewlwyd {
            proc,
            _dir: dir,
            issuer: format!("{base_url}/api/oidc"),
            base_url,
            api_key: String::new(),
        };
        g.api_key = g.login_api_key();
        for s in GLEWLWYD_SCOPES {
            let (r, _) = g.admin(
                "POST",
                "/api/scope/",
                Some(
                    &json!({"name": s, "display_name": s, "description": format!("the {s} scope"),
                    "password_required": false, "scheme": {}}),
                ),
            );
            g.check(&r, 200, &format!("create the scope {s}"));
        }
        let (r, _) = g.admin("POST", "/api/mod/plugin/", Some(&g.oidc_plugin()));
        g.check(&r, 200, "create the OIDC plugin");
        let (r, _) = g.admin(
            "POST",
            "/api/client/",
            Some(&json!({
                "client_id": GLEWLWYD_REGISTRAR, "name": "initial access tokens", "enabled": true,
                "confidential": true, "password": GLEWLWYD_REGISTRAR_SECRET,
                "authorization_type": ["client_credentials"], "scope": ["registration"],
                "token_endpoint_auth_method": ["client_secret_basic", "client_secret_post"],
            })),
        );
        g.check(&r, 200, "create the registrar client");
        g
    }

    /// The cookie login of the built-in admin (`admin` / `password`), then `POST /api/key/`.
    fn login_api_key(&self) -> String {
        let (r, _) = json_call(
            &format!("{}/api/auth/", self.base_url),
            "POST",
            &[],
            Some(&json!({"username": "admin", "password": "password"})),
        );
        self.check(&r, 200, "admin login");
        let cookie = r
            .header("set-cookie")
            .and_then(|c| c.split(';').next())
            .unwrap_or_else(|| panic!("no session cookie from glewlwyd's login: {r:?}"))
            .to_string();
        let (r, v) = json_call(
            &format!("{}/api/key/", self.base_url),
            "POST",
            &[format!("Cookie: {cookie}")],
            None,
        );
        self.check(&r, 200, "create an API key");
        v["key"]
            .as_str()
            .unwrap_or_else(|| panic!("no key in {v}"))
            .to_string()
    }

    fn oidc_plugin(&self) -> Value {
        json!({
            "module": "oidc", "name": "oidc", "display_name": "OpenID Connect", "enabled": true,
            "parameters": {
                "iss": self.issuer,
                "jwt-type": "sha", "jwt-key-size": "256",
                "key": "glewlwyd-tests-only-jwt-key-0123456789abcdef",
                "access-token-duration": 3600, "refresh-token-duration": 1209600,
                "code-duration": 600, "refresh-token-rolling": false,
                "allow-non-oidc": true,
                "auth-type-code-enabled": true, "auth-type-token-enabled": false,
                "auth-type-id-token-enabled": true, "auth-type-none-enabled": false,
                "auth-type-password-enabled": false, "auth-type-client-enabled": true,
                "auth-type-refresh-enabled": true,
                "pkce-allowed": true, "pkce-method-plain-allowed": false,
                "introspection-revocation-allowed": true,
                "introspection-revocation-auth-scope": [],
                "introspection-revocation-allow-target-client": true,
                "register-client-allowed": true,
                "register-client-auth-scope": ["registration"],
                "register-client-credentials-scope": [GLEWLWYD_REGISTERED_SCOPE],
                "register-client-management-allowed": true,
            }
        })
    }

    #[track_caller]
    fn check(&self, r: &HttpResp, want: u16, what: &str) {
        assert_eq!(
            r.status,
            want,
            "glewlwyd: {what}: {r:?}\n--- glewlwyd's log\n{}",
            self.proc.log()
        );
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
            GLEWLWYD_REGISTRAR_SECRET,
            "registration",
        );
        assert_eq!(status, 200, "initial access token: {v}\n{}", self.log());
        v["access_token"].as_str().unwrap().to_string()
    }

    pub fn log(&self) -> String {
        self.proc.log()
    }
}

/// /etc/glewlwyd/glewlwyd.conf with the recipe's changes: loopback on `port`, the SQLite
/// database `db`, logs on the console, API keys for the admin API.
fn glewlwyd_config(port: u16, db: &Path) -> String {
    let base = std::fs::read_to_string("/etc/glewlwyd/glewlwyd.conf")
        .expect("read /etc/glewlwyd/glewlwyd.conf (package glewlwyd)");
    let ours = [
        "port",
        "bind_address",
        "external_url",
        "log_mode",
        "log_level",
        "admin_session_authentication",
        "static_files_path",
    ];
    let mut out = String::new();
    let mut in_database = false;
    for line in base.lines() {
        let t = line.trim();
        if in_database {
            in_database = !t.contains("};");
            continue;
        }
        let key = t.split('=').next().unwrap_or("").trim();
        if t.starts_with("database") && t.contains('=') {
            in_database = !t.contains("};");
            continue;
        }
        if t.starts_with("@include") || ours.contains(&key) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!(
        "port={port}\nbind_address=\"127.0.0.1\"\nexternal_url=\"http://127.0.0.1:{port}\"\n\
         log_mode=\"console\"\nlog_level=\"INFO\"\n\
         admin_session_authentication=\"cookie,api_key\"\n\
         static_files_path=\"/usr/share/glewlwyd/webapp/\"\n\
         database = {{ type = \"sqlite3\" path = \"{}\" }};\n",
        db.display()
    ));
    out
}

// ---------------------------------------------------------------------------------------------
// LemonLDAP::NG
// ---------------------------------------------------------------------------------------------

/// LemonLDAP::NG: the portal (the OpenID provider) and the Manager REST API, each under plackup,
/// on a configuration of its own (File backend, `checkTime = 1`).
pub struct Lemonldap {
    portal: Proc,
    manager: Proc,
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

    fn boot(shared: bool) -> Lemonldap {
        require(Part::Lemonldap);
        count_start("LemonLDAP::NG");
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        for sub in [
            "conf",
            "sessions/lock",
            "psessions/lock",
            "cache",
            "config-cache",
            "notifications",
        ] {
            std::fs::create_dir_all(d.join(sub)).unwrap();
        }
        let p1 = free_port();
        let p2 = std::iter::repeat_with(free_port)
            .find(|p| *p != p1)
            .unwrap();
        let portal_url = format!("http://127.0.0.1:{p1}");
        let manager_url = format!("http://127.0.0.1:{p2}");
        let issuer = format!("http://localhost:{p1}");
        let ini = d.join("lemonldap-ng.ini");
        std::fs::write(&ini, lemonldap_ini(d)).unwrap();
        let conf = lemonldap_conf(d, p1, &issuer);
        std::fs::write(
            d.join("conf/lmConf-1.json"),
            serde_json::to_vec_pretty(&conf).unwrap(),
        )
        .unwrap();
        let plackup = |port: u16, psgi: &str| {
            let mut c = Command::new("plackup");
            c.env("LLNG_DEFAULTCONFFILE", &ini)
                .args(["-s", "HTTP::Server::PSGI", "--host", "127.0.0.1", "--port"])
                .arg(port.to_string())
                .arg(psgi);
            c
        };
        let spawn = |cmd, what| {
            if shared {
                Proc::spawn_shared(cmd, what, d)
            } else {
                Proc::spawn(cmd, what)
            }
        };
        let mut portal = spawn(
            plackup(p1, "/usr/share/lemonldap-ng/portal/htdocs/index.psgi"),
            "LemonLDAP::NG's portal",
        );
        let mut manager = spawn(
            plackup(p2, "/usr/share/lemonldap-ng/manager/api/api.psgi"),
            "LemonLDAP::NG's Manager API",
        );
        manager.wait_ready(
            &format!("{manager_url}/api/v1/status"),
            Some(200),
            "LemonLDAP::NG's Manager API",
        );
        portal.wait_ready(
            &format!("{portal_url}/.well-known/openid-configuration"),
            Some(200),
            "LemonLDAP::NG's portal",
        );
        Lemonldap {
            portal,
            manager,
            dir,
            manager_url,
            portal_url,
            issuer,
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

    pub fn log(&self) -> String {
        format!(
            "--- portal\n{}\n--- manager\n{}",
            self.portal.log(),
            self.manager.log()
        )
    }
}

fn lemonldap_ini(d: &Path) -> String {
    format!(
        "[all]\nlogLevel = warn\ncheckTime = 1\n\
         [configuration]\ntype = File\ndirName = {conf}\n\
         localStorage = Cache::FileCache\n\
         localStorageOptions = {{ 'namespace' => 'lemonldap-ng-config', 'default_expires_in' => 600, 'cache_root' => '{cache}', 'cache_depth' => 3 }}\n\
         [portal]\ntemplateDir = /usr/share/lemonldap-ng/portal/templates\n\
         [handler]\nstatus = 0\n\
         [manager]\nprotection = none\nenabledModules = api\n\
         templateDir = /usr/share/lemonldap-ng/manager/htdocs/templates\n",
        conf = d.join("conf").display(),
        cache = d.join("config-cache").display(),
    )
}

/// The packaged lmConf-1.json with the recipe's changes, and only declared scopes granted
/// (`oidcServiceAllowOnlyDeclaredScopes`: without it the portal grants any scope a client asks
/// for, declared or not).
fn lemonldap_conf(d: &Path, p1: u16, issuer: &str) -> Value {
    let text = std::fs::read_to_string("/var/lib/lemonldap-ng/conf/lmConf-1.json")
        .expect("read /var/lib/lemonldap-ng/conf/lmConf-1.json (package lemonldap-ng)");
    let mut c: Value = serde_json::from_str(&text).expect("lmConf-1.json is JSON");
    let p = |s: &str| d.join(s).display().to_string();
    let key = d.join("oidc-key.pem");
    let out = Command::new("openssl")
        .args(["genrsa", "-out"])
        .arg(&key)
        .arg("2048")
        .output()
        .expect("run openssl genrsa");
    assert!(
        out.status.success(),
        "openssl genrsa: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let public = Command::new("openssl")
        .args(["rsa", "-pubout", "-in"])
        .arg(&key)
        .output()
        .expect("run openssl rsa");
    assert!(public.status.success(), "openssl rsa -pubout");
    c["portal"] = json!(format!("http://localhost:{p1}/"));
    c["domain"] = json!("localhost");
    c["globalStorageOptions"]["Directory"] = json!(p("sessions"));
    c["globalStorageOptions"]["LockDirectory"] = json!(p("sessions/lock"));
    c["persistentStorageOptions"]["Directory"] = json!(p("psessions"));
    c["persistentStorageOptions"]["LockDirectory"] = json!(p("psessions/lock"));
    c["localSessionStorageOptions"]["cache_root"] = json!(p("cache"));
    c["notificationStorageOptions"]["dirName"] = json!(p("notifications"));
    c["issuerDBOpenIDConnectActivation"] = json!(1);
    c["oidcServiceMetaDataIssuer"] = json!(issuer);
    c["oidcServicePrivateKeySig"] = json!(std::fs::read_to_string(&key).unwrap());
    c["oidcServicePublicKeySig"] = json!(String::from_utf8_lossy(&public.stdout));
    c["oidcServiceKeyIdSig"] = json!("oauthctl-tests");
    c["oidcServiceAllowOnlyDeclaredScopes"] = json!(1);
    c["reloadUrls"] = json!({});
    c
}

// ---------------------------------------------------------------------------------------------
// node-oidc-provider with dynamic registration
// ---------------------------------------------------------------------------------------------

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
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc-provider");
        let port = free_port();
        let mut cmd = Command::new("node");
        cmd.arg("server.mjs")
            .current_dir(&dir)
            .env("OIDC_PORT", port.to_string())
            .env("OIDC_SECRET", "oidc-provider-test-secret-0123456789abcdef")
            .env("OIDC_WEB_REDIRECT", format!("http://127.0.0.1:{port}/cb"))
            .env("OIDC_REGISTRATION", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
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
    log: Arc<Mutex<String>>,
    /// The watchdog's stdin: when the test binary exits, it closes and the watchdog stops
    /// Keycloak.
    _guard: Mutex<Child>,
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
            .env("KEYCLOAK_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start tests/servers/keycloak.sh");
        let log = Arc::new(Mutex::new(String::new()));
        for r in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let log = log.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(r).lines().map_while(Result::ok) {
                    log.lock().unwrap().push_str(&format!("{line}\n"));
                }
            });
        }
        let base_url = format!("http://127.0.0.1:{port}");
        let ready = format!("{base_url}/realms/master/.well-known/openid-configuration");
        // Its first start builds Quarkus's application: minutes on a busy machine.
        let deadline = Instant::now() + Duration::from_secs(600);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "Keycloak exited ({status}) before it was ready:\n{}",
                    log.lock().unwrap()
                );
            }
            if try_status(&ready) == Some(200) {
                break;
            }
            if Instant::now() > deadline {
                panic!(
                    "Keycloak was not ready at {ready} within 600 s:\n{}",
                    log.lock().unwrap()
                );
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        Keycloak {
            base_url,
            log,
            _guard: Mutex::new(child),
        }
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
        let mut cmd = Command::new("bash");
        cmd.arg(super::parts::servers_dir().join("keycloak.sh"))
            .args(["realm", &realm])
            .env("KEYCLOAK_URL", &self.base_url)
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
        self.log.lock().unwrap().clone()
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
        let mut cmd = Command::new("bash");
        cmd.arg(super::parts::servers_dir().join("hydra.sh")).args([
            "start",
            &public.to_string(),
            &admin.to_string(),
        ]);
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
