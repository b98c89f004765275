//! `oauthctl token` (and `login`) against a real third-party authorization server:
//! node-oidc-provider (npm `oidc-provider`, pinned in tests/oidc-provider/package.json), started
//! with tests/servers/node-oidc-provider.sh on 127.0.0.1 (without dynamic registration). Its
//! sign-in and consent pages (the library's devInteractions) are played over HTTP with a cookie
//! jar.
//!
//! `bash tests/run.sh` installs the npm package and sets OAUTHCTL_TEST_OIDC_PROVIDER=1; these
//! tests fail, never skip, without it (tests/common/parts.rs).
use crate::common;
use common::*;

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use serde_json::Value;

const SECRET: &str = "oidc-provider-test-secret-0123456789abcdef";

struct Oidc {
    child: Child,
    base_url: String,
    /// The one registered redirect URI of `web-app`.
    web_redirect: String,
    log: Arc<Mutex<String>>,
    home: Home,
}

impl Drop for Oidc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts node-oidc-provider (the test fails when it is not installed: tests/common/parts.rs).
fn start() -> Oidc {
    start_env(&[])
}

fn start_env(env: &[(&str, &str)]) -> Oidc {
    require(Part::OidcProvider);
    let port = free_port();
    let web_redirect = format!("http://127.0.0.1:{}/cb", free_port());
    let mut cmd = thirdparty::oidc_provider_command(port);
    cmd.env("OIDC_REGISTRATION", "0")
        .env("OIDC_SECRET", SECRET)
        .env("OIDC_WEB_REDIRECT", &web_redirect)
        .envs(env.iter().copied());
    let log = Arc::new(Mutex::new(String::new()));
    let (child, base_url) = spawn_announcing(cmd, log.clone(), "node-oidc-provider");
    assert_eq!(base_url, format!("http://127.0.0.1:{port}"));
    Oidc {
        child,
        base_url,
        web_redirect,
        log,
        home: Home::new(),
    }
}

impl Oidc {
    /// The binary pointed at this server (nothing else set).
    fn cmd(&self) -> Command {
        let mut c = self.home.command();
        c.env("OAUTHCTL_BASE_URL", &self.base_url);
        c
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Logged requests whose line starts with `prefix`.
    fn logged(&self, prefix: &str) -> Vec<String> {
        common::settle_log(&self.base_url, &self.log);
        self.log()
            .lines()
            .filter(|l| l.starts_with(prefix))
            .map(String::from)
            .collect()
    }
}

fn run(mut cmd: Command, args: &[&str], stdin: Option<&str>) -> Out {
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("run oauthctl");
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    }
    Out::from(child.wait_with_output().unwrap())
}

#[track_caller]
fn json_of(out: &Out) -> Value {
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {out:?}"))
}

// ---------------------------------------------------------------------------------------------
// A browser with a cookie jar, for the devInteractions pages
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Browser {
    /// (name, path, value)
    cookies: Vec<(String, String, String)>,
}

impl Browser {
    fn request(&mut self, url: &str, form: Option<&[(String, String)]>) -> HttpResp {
        let path = url::Url::parse(url).unwrap().path().to_string();
        let jar: Vec<String> = self
            .cookies
            .iter()
            .filter(|(_, p, _)| path.starts_with(p.as_str()))
            .map(|(n, _, v)| format!("{n}={v}"))
            .collect();
        let mut headers = vec![];
        if !jar.is_empty() {
            headers.push(format!("Cookie: {}", jar.join("; ")));
        }
        let resp = match form {
            Some(f) => {
                let body = form_encode(f);
                http_to(
                    url,
                    "POST",
                    &headers,
                    Some(("application/x-www-form-urlencoded", body.as_bytes())),
                )
            }
            None => http_to(url, "GET", &headers, None),
        };
        for (k, v) in &resp.headers {
            if k == "set-cookie" {
                self.store(v, &path);
            }
        }
        resp
    }

    fn store(&mut self, set_cookie: &str, request_path: &str) {
        let mut parts = set_cookie.split(';').map(str::trim);
        let Some((name, value)) = parts.next().and_then(|nv| nv.split_once('=')) else {
            return;
        };
        let mut path = request_path.to_string();
        let mut expired = value.is_empty();
        for attr in parts {
            let (k, v) = attr.split_once('=').unwrap_or((attr, ""));
            if k.eq_ignore_ascii_case("path") {
                path = v.to_string();
            } else if k.eq_ignore_ascii_case("expires") && v.contains("1970") {
                expired = true;
            }
        }
        self.cookies.retain(|(n, p, _)| !(n == name && *p == path));
        if !expired {
            self.cookies
                .push((name.to_string(), path, value.to_string()));
        }
    }
}

/// The first `<form … action="…">` of a page.
fn form_action(html: &str) -> String {
    let form = &html[html.find("<form").expect("a form on the page")..];
    let at = form.find("action=\"").expect("a form action") + 8;
    let end = form[at..].find('"').unwrap();
    form[at..at + end].replace("&amp;", "&")
}

/// Plays the browser from the authorization URL through devInteractions' sign-in (any login) and
/// consent pages, until the server redirects to `redirect_prefix`; returns that redirect.
fn play_browser(auth_url: &str, redirect_prefix: &str, login: &str) -> String {
    let mut b = Browser::default();
    let mut url = auth_url.to_string();
    let mut form: Option<Vec<(String, String)>> = None;
    let mut pages = vec![];
    for _ in 0..12 {
        let resp = b.request(&url, form.as_deref());
        form = None;
        match resp.status {
            302 | 303 => {
                let loc = resp.location(&url);
                if loc.starts_with(redirect_prefix) {
                    return loc;
                }
                url = loc;
            }
            200 => {
                let mut f = hidden_fields(&resp.body);
                if resp.body.contains("name=\"login\"") {
                    f.push(("login".into(), login.into()));
                    f.push(("password".into(), "any-password".into()));
                }
                pages.push(f.clone());
                url = form_action(&resp.body);
                form = Some(f);
            }
            s => panic!("unexpected {s} at {url}: {}", resp.body),
        }
    }
    panic!("no redirect to {redirect_prefix} after the pages {pages:?}");
}

/// Plays the browser for a waiting command and follows the redirect to its loopback listener.
fn sign_in(flow: &BrowserWait, login: &str) -> String {
    let loc = play_browser(&flow.url, &flow.redirect_uri(), login);
    assert!(query_param(&loc, "code").is_some(), "{loc}");
    let back = http_to(&loc, "GET", &[], None);
    assert_eq!(back.status, 200, "{back:?}");
    loc
}

// ---------------------------------------------------------------------------------------------
// Client credentials
// ---------------------------------------------------------------------------------------------

#[test]
fn client_credentials_with_client_secret_basic() {
    let op = start();
    let out = run(
        op.cmd(),
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "cc-basic",
            "--auth",
            "basic",
            "--client-secret-stdin",
        ],
        Some(&format!("{SECRET}\n")),
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["token_type"], "Bearer");
    assert!(v["access_token"].as_str().unwrap().len() >= 20, "{v}");
    assert_eq!(v["expires_in"], 3600);
    // Discovery: no RFC 8414 document here, so OpenID's was used; the token request carried the
    // credentials in the Authorization header.
    assert_eq!(
        op.logged("GET /.well-known/oauth-authorization-server 404")
            .len(),
        1,
        "{}",
        op.log()
    );
    assert_eq!(
        op.logged("GET /.well-known/openid-configuration 200").len(),
        1
    );
    assert_eq!(
        op.logged("POST /token "),
        vec!["POST /token 200 creds=header".to_string()],
        "{}",
        op.log()
    );
}

#[test]
fn client_credentials_with_client_secret_post() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET);
    let out = run(
        cmd,
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "cc-post",
            "--auth",
            "post",
        ],
        None,
    );
    out.assert_code(0);
    assert!(json_of(&out)["access_token"].is_string());
    assert_eq!(
        op.logged("POST /token "),
        vec!["POST /token 200 creds=body".to_string()],
        "{}",
        op.log()
    );
}

#[test]
fn client_credentials_with_a_scope_and_introspection() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET);
    let out = run(
        cmd,
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "cc-basic",
            "--scope",
            "api.read",
            "--introspect",
        ],
        None,
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["scope"], "api.read");
    let i = &v["introspection"];
    assert_eq!(i["active"], true, "{v}");
    assert_eq!(i["client_id"], "cc-basic");
    assert_eq!(i["scope"], "api.read");
    assert_eq!(
        op.logged("POST /token/introspection 200").len(),
        1,
        "{}",
        op.log()
    );

    // Human output: the token is shortened.
    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET);
    let h = run(cmd, &["token", "--client-id", "cc-basic"], None);
    h.assert_code(0)
        .assert_stdout("Bearer")
        .assert_stdout("(43 characters)");
}

#[test]
fn client_credentials_with_a_wrong_secret_is_exit_3() {
    let op = start();
    for auth in ["basic", "post"] {
        let client = format!("cc-{auth}");
        run(
            op.cmd(),
            &[
                "token",
                "--client-id",
                &client,
                "--auth",
                auth,
                "--client-secret-stdin",
            ],
            Some("wrong-secret\n"),
        )
        .assert_code(3)
        .assert_stderr("invalid_client");
    }
    // A scope the client may not have.
    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET);
    let out = run(
        cmd,
        &["token", "--client-id", "cc-basic", "--scope", "openid"],
        None,
    );
    assert_ne!(out.code, 0, "{out:?}");
}

#[test]
fn login_with_client_credentials_against_another_server() {
    let op = start();
    let out = run(
        op.cmd(),
        &[
            "-o",
            "json",
            "login",
            "--client-credentials",
            "--client-id",
            "cc-post",
            "--auth",
            "post",
            "--client-secret-stdin",
            "--no-store",
        ],
        Some(&format!("{SECRET}\n")),
    );
    out.assert_code(0);
    assert_eq!(json_of(&out)["identity"], "client cc-post");
    assert_eq!(
        op.logged("POST /token 200 creds=body").len(),
        1,
        "{}",
        op.log()
    );
    let st = run(op.cmd(), &["-o", "json", "auth", "status"], None);
    st.assert_code(0);
    assert_eq!(json_of(&st)["source"], "login");
    assert_eq!(
        op.logged("POST /token ").len(),
        1,
        "the cached token:\n{}",
        op.log()
    );
}

// ---------------------------------------------------------------------------------------------
// Authorization code with PKCE, and refresh
// ---------------------------------------------------------------------------------------------

#[test]
fn authorization_code_with_pkce_for_a_public_native_client_then_refresh() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.args([
        "-o",
        "json",
        "token",
        "--client-id",
        "native-app",
        "--grant",
        "authorization-code",
        "--no-browser",
        "--scope",
        "openid",
        "--scope",
        "offline_access",
        "--scope",
        "api.read",
    ]);
    let mut flow = start_browser_flow(cmd);
    assert!(
        flow.url.starts_with(&format!("{}/auth?", op.base_url)),
        "{}",
        flow.url
    );
    assert_eq!(
        query_param(&flow.url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    let loc = sign_in(&flow, "alice");
    assert_eq!(query_param(&loc, "state"), Some(flow.state()));
    let out = flow.finish();
    out.assert_code(0);
    let t = json_of(&out);
    assert_eq!(t["token_type"], "Bearer");
    assert!(t["scope"].as_str().unwrap().contains("api.read"), "{t}");
    let access = t["access_token"].as_str().unwrap().to_string();
    let refresh = t["refresh_token"]
        .as_str()
        .unwrap_or_else(|| panic!("a refresh token: {t}"))
        .to_string();
    // A public client: no credentials, client_id in the body.
    assert_eq!(
        op.logged("POST /token "),
        vec!["POST /token 200 creds=-".to_string()],
        "{}",
        op.log()
    );

    let r = run(
        op.cmd(),
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "native-app",
            "--grant",
            "refresh-token",
        ],
        Some(&format!("{refresh}\n")),
    );
    r.assert_code(0);
    let r = json_of(&r);
    assert_ne!(r["access_token"].as_str().unwrap(), access);
    assert_eq!(op.logged("POST /token 200").len(), 2, "{}", op.log());

    // A made-up refresh token is refused.
    let bad = run(
        op.cmd(),
        &[
            "token",
            "--client-id",
            "native-app",
            "--grant",
            "refresh-token",
        ],
        Some("not-a-refresh-token\n"),
    );
    assert_ne!(bad.code, 0);
    bad.assert_stderr("invalid_grant");
}

#[test]
fn authorization_code_for_a_confidential_client_with_its_redirect_uri_then_refresh() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET).args([
        "-o",
        "json",
        "token",
        "--client-id",
        "web-app",
        "--auth",
        "post",
        "--grant",
        "authorization-code",
        "--no-browser",
        "--redirect-uri",
        &op.web_redirect,
        "--scope",
        "offline_access",
        "--scope",
        "api.write",
        "--introspect",
    ]);
    let mut flow = start_browser_flow(cmd);
    assert_eq!(flow.redirect_uri(), op.web_redirect);
    sign_in(&flow, "bob");
    let out = flow.finish();
    out.assert_code(0);
    let t = json_of(&out);
    assert!(t["scope"].as_str().unwrap().contains("api.write"), "{t}");
    assert_eq!(t["introspection"]["active"], true, "{t}");
    assert_eq!(t["introspection"]["sub"], "bob", "{t}");
    let refresh = t["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_string();
    assert_eq!(
        op.logged("POST /token "),
        vec!["POST /token 200 creds=body".to_string()],
        "{}",
        op.log()
    );

    let mut cmd = op.cmd();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", SECRET);
    let r = run(
        cmd,
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "web-app",
            "--auth",
            "post",
            "--grant",
            "refresh-token",
        ],
        Some(&format!("{refresh}\n")),
    );
    r.assert_code(0);
    assert!(json_of(&r)["access_token"].is_string());
    assert_eq!(
        op.logged("POST /token 200 creds=body").len(),
        2,
        "{}",
        op.log()
    );
}

#[test]
fn login_with_pkce_against_another_server() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.args([
        "-o",
        "json",
        "login",
        "--no-browser",
        "--no-store",
        "--client-id",
        "native-app",
        "--scope",
        "openid",
        "--scope",
        "offline_access",
        "--scope",
        "api.read",
    ]);
    let mut flow = start_browser_flow(cmd);
    sign_in(&flow, "carol");
    let out = flow.finish();
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["source"], "login");
    assert!(
        v["identity"].as_str().unwrap().contains("native-app"),
        "{v}"
    );
    let st = run(op.cmd(), &["-o", "json", "auth", "status"], None);
    st.assert_code(0);
    assert_eq!(op.logged("POST /token ").len(), 1, "{}", op.log());
}

#[test]
fn login_with_pkce_renews_from_the_keyring_against_another_server() {
    require(Part::Keyring);
    let op = start();
    let mut cmd = op.cmd();
    cmd.args([
        "login",
        "--no-browser",
        "--client-id",
        "native-app",
        "--scope",
        "offline_access",
        "--scope",
        "api.read",
    ]);
    let mut flow = start_browser_flow(cmd);
    sign_in(&flow, "dave");
    flow.finish().assert_code(0);
    let (_, before) = login_file(&op.home);
    assert_eq!(before["stored"], true);
    expire_login(&op.home);
    run(op.cmd(), &["auth", "status"], None).assert_code(0);
    assert_eq!(
        op.logged("POST /token 200").len(),
        2,
        "one refresh:\n{}",
        op.log()
    );
    let (_, after) = login_file(&op.home);
    assert_ne!(after["accessToken"], before["accessToken"]);
    run(op.cmd(), &["logout", "--revoke"], None)
        .assert_code(0)
        .assert_stderr("revoked");
    assert_eq!(
        op.logged("POST /token/revocation 200").len(),
        1,
        "{}",
        op.log()
    );
}

#[test]
fn json_output_is_the_full_token_response() {
    let op = start();
    let mut cmd = op.cmd();
    cmd.args([
        "-o",
        "json",
        "token",
        "--client-id",
        "native-app",
        "--grant",
        "authorization-code",
        "--no-browser",
        "--scope",
        "openid",
    ]);
    let mut flow = start_browser_flow(cmd);
    sign_in(&flow, "erin");
    let out = flow.finish();
    out.assert_code(0);
    assert!(json_of(&out)["id_token"].is_string(), "{}", out.stdout);
}

/// Issue 18: the dev server's `?tenant=` is its own convention. A standard server that refuses
/// URL query parameters at its token endpoint gets none from the other kinds.
#[test]
fn only_the_dev_servers_kind_sends_the_tenant_query_parameter() {
    let op = start_env(&[("OIDC_STRICT_QUERY", "1")]);
    for kind in ["rfc7592", "glewlwyd", "lemonldap"] {
        let mut cmd = op.cmd();
        cmd.env("OAUTHCTL_API", kind)
            .env("OAUTHCTL_TENANT", "acme")
            .env("OAUTHCTL_ISSUER", &op.base_url);
        let out = run(
            cmd,
            &[
                "-o",
                "json",
                "token",
                "--client-id",
                "cc-basic",
                "--client-secret-stdin",
            ],
            Some(&format!("{SECRET}\n")),
        );
        out.assert_code(0);
        assert_eq!(json_of(&out)["token_type"], "Bearer", "{kind}");
    }
    // The dev server's kind keeps its convention (this strict server then refuses it).
    let out = run(
        op.cmd(),
        &["token", "--client-id", "cc-basic", "--client-secret-stdin"],
        Some(&format!("{SECRET}\n")),
    );
    assert_ne!(out.code, 0, "{out:?}");
    out.assert_stderr("URL query parameters are not allowed");
    assert!(op.logged("POST /token 200").len() == 3, "{}", op.log());
}
