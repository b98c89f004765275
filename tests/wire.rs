//! Issue 6, on the wire: retries only where they are safe (a fault-injecting HTTP server inside the
//! test), timeouts, errors that say what happened and what to do, the refused plain `http://` base
//! URL, the redacted `-v` trace over every command, `--dry-run` leaving the server unchanged,
//! `oauthctl api`, and `--ca-cert` against a dev server behind TLS.

use crate::common;

use std::io::Write;
use std::net::TcpListener;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use common::fault::{Fault, Reply, Req, FAULT_TOKEN};
use common::*;
use serde_json::{json, Value};

/// The admin API below the default tenant.
const API: &str = "/api/adminapi2/v1/tenants/default";
/// The access token the fault server's token endpoint issues.
const FAULT_ACCESS_TOKEN: &str = "fault-access-token-7d3b9a0c5e1f";
/// The secret value the fault server's create-secret answer carries.
const FAULT_SECRET_VALUE: &str = "ocs_fault-secret-value-91b2c3d4";

// ---------------------------------------------------------------------------------------------
// The fault-injecting server
// ---------------------------------------------------------------------------------------------

/// A fault server (tests/common/fault.rs) with the answers of a healthy admin API for what
/// `script` leaves alone: `script` gets each request and its number among those with its method
/// and path (this one included).
fn fault(script: impl Fn(&Req, usize) -> Option<Reply> + Send + Sync + 'static) -> Fault {
    Fault::start(move |r, base| Some(script(r, r.n).unwrap_or_else(|| default_reply(r, base))))
}

/// A fault server that only ever gives the default answers.
fn healthy() -> Fault {
    fault(|_, _| None)
}

fn ok(status: u16, body: impl Into<String>) -> Reply {
    Reply::text(status, body)
}

fn fail(status: u16) -> Reply {
    Reply::text(status, problem(status))
}

fn fail_after(status: u16, retry_after: &str) -> Reply {
    fail(status).header("Retry-After", retry_after)
}

fn problem(status: u16) -> String {
    json!({
        "type": "about:blank",
        "title": common::fault::reason(status),
        "status": status,
        "detail": format!("injected fault {status}"),
    })
    .to_string()
}

fn client_json(id: &str) -> Value {
    json!({
        "clientId": id,
        "clientName": format!("name-{id}"),
        "displayName": format!("Name {id}"),
        "tenantId": "default",
        "spaceId": "default",
        "allowOfflineAccess": false,
        "allowRememberConsent": true,
        "backChannelLogoutSessionRequired": true,
        "requireClientSecret": true,
        "requireConsent": false,
        "allowNoPkce": false,
        "allowRopc": false,
        "allowedGrantTypes": ["client_credentials"],
        "allowedCorsOrigins": [],
        "allowedScopes": ["openid"],
        "redirectUris": [],
        "postLogoutRedirectUris": [],
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z"
    })
}

fn secret_json(client_id: &str) -> Value {
    json!({
        "id": "s-1",
        "clientId": client_id,
        "description": "fault",
        "startTime": "2026-01-01T00:00:00Z",
        "expiration": "2099-07-01T00:00:00Z",
        "createdAt": "2026-01-01T00:00:00Z",
        "revokedAt": null,
        "lastUsedAt": null,
        "status": "active",
        "value": FAULT_SECRET_VALUE
    })
}

fn authorization_json(client_id: &str) -> Value {
    json!({
        "tenantId": "default",
        "clientId": client_id,
        "scopes": ["openid"],
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z"
    })
}

/// The answers of a healthy server, for anything the script leaves alone.
fn default_reply(req: &Req, base: &str) -> Reply {
    let m = req.method.as_str();
    let p = req.path.as_str();
    let client_prefix = format!("{API}/clients/");
    if m == "GET" && p == "/.well-known/oauth-authorization-server" {
        return ok(
            200,
            json!({"issuer": base, "token_endpoint": format!("{base}/oauth/token")}).to_string(),
        );
    }
    if m == "POST" && p == "/oauth/token" {
        return ok(
            200,
            json!({"access_token": FAULT_ACCESS_TOKEN, "token_type": "Bearer", "expires_in": 300})
                .to_string(),
        );
    }
    if m == "GET" && p == format!("{API}/spaces") {
        return ok(
            200,
            json!([{"id": "default", "displayName": "Default", "createdAt": "2026-01-01T00:00:00Z"}])
                .to_string(),
        );
    }
    if m == "POST" && p == format!("{API}/spaces") {
        return ok(
            201,
            json!({"id": "x", "displayName": "x", "createdAt": "2026-01-01T00:00:00Z"}).to_string(),
        );
    }
    if m == "GET" && p == format!("{API}/scopes") {
        return ok(
            200,
            json!([{"name": "openid", "description": "Sign in"}]).to_string(),
        );
    }
    if m == "POST" && p == format!("{API}/clients/") {
        return ok(201, client_json("c1").to_string());
    }
    if let Some(rest) = p.strip_prefix(&client_prefix) {
        let parts: Vec<&str> = rest.split('/').collect();
        match (m, parts.as_slice()) {
            ("GET", [id]) | ("PATCH", [id]) => return ok(200, client_json(id).to_string()),
            ("DELETE", [_]) => return ok(204, ""),
            ("GET", [_, "secrets", ""]) => return ok(200, "[]"),
            ("POST", [id, "secrets", ""]) => return ok(201, secret_json(id).to_string()),
            _ => {}
        }
    }
    if let Some(id) = p.strip_prefix(&format!("{API}/authorizations/")) {
        match m {
            "GET" | "PUT" => return ok(200, authorization_json(id).to_string()),
            "DELETE" => return ok(204, ""),
            _ => {}
        }
    }
    if let Some(id) = p.strip_prefix(&format!("{API}/client-info/")) {
        return ok(
            200,
            json!({"clientId": id, "displayName": "Fault app", "tenantId": "default", "requestedScopes": ["openid"]})
                .to_string(),
        );
    }
    fail(404)
}

fn client_path(id: &str) -> String {
    format!("{API}/clients/{id}")
}

#[track_caller]
fn no_panic(out: &Out) {
    assert!(
        !out.stderr.contains("panicked"),
        "the binary panicked:\n{}",
        out.stderr
    );
}

/// The last line of stderr parsed as JSON (`-o json` errors).
#[track_caller]
fn json_error(out: &Out) -> Value {
    let line = out
        .stderr
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .unwrap_or_else(|| panic!("no JSON error on stderr:\n{}", out.stderr));
    serde_json::from_str(line).unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {line}"))
}

// ---------------------------------------------------------------------------------------------
// 1. Retries, only where they are safe
// ---------------------------------------------------------------------------------------------

#[test]
fn get_answered_503_with_retry_after_then_200_succeeds_after_two_requests() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, n| (r.is("GET", &p) && n == 1).then(|| fail_after(503, "1")));
    let out = f.run(&["-o", "json", "clients", "show", "c1"]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["clientId"], "c1");
    let reqs = f.requests_to("GET", &path);
    assert_eq!(reqs.len(), 2, "exactly one retry");
    // Retry-After: 1 is honoured: the second attempt is not sent before a second has passed (a
    // lower bound only: a slow machine makes the gap longer, never shorter).
    let gap = reqs[1].at.duration_since(reqs[0].at);
    assert!(
        gap >= Duration::from_millis(900),
        "Retry-After: 1 was not honoured: retried after {gap:?}"
    );
}

#[test]
fn get_answered_429_then_200_is_retried() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, n| (r.is("GET", &p) && n == 1).then(|| fail(429)));
    let out = f.run(&["clients", "show", "c1"]);
    out.assert_code(0).assert_stdout("c1");
    assert_eq!(f.count("GET", &path), 2);
}

#[test]
fn get_502_and_504_are_retried_too() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, n| {
        if !r.is("GET", &p) {
            return None;
        }
        match n {
            1 => Some(fail(502)),
            2 => Some(fail(504)),
            _ => None,
        }
    });
    let out = f.run(&["clients", "show", "c1"]);
    out.assert_code(0);
    assert_eq!(f.count("GET", &path), 3);
}

#[test]
fn three_503_give_up_after_exactly_three_attempts_by_default() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, _| r.is("GET", &p).then(|| fail(503)));
    let out = f.run(&["clients", "show", "c1"]);
    out.assert_code(1).assert_stderr("503");
    no_panic(&out);
    assert_eq!(f.count("GET", &path), 3, "default --retries is 3 attempts");
}

#[test]
fn retries_flag_and_env_set_the_number_of_attempts() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, _| r.is("GET", &p).then(|| fail(503)));

    let out = f.run(&["--retries", "1", "clients", "show", "c1"]);
    out.assert_code(1);
    assert_eq!(
        f.count("GET", &path),
        1,
        "--retries 1 means a single attempt"
    );

    let out = Out::from(
        f.cmd()
            .env("OAUTHCTL_RETRIES", "2")
            .args(["clients", "show", "c1"])
            .output()
            .unwrap(),
    );
    out.assert_code(1);
    assert_eq!(
        f.count("GET", &path),
        1 + 2,
        "OAUTHCTL_RETRIES=2 means two attempts"
    );

    // 0 is not "never send": still one attempt.
    let out = f.run(&["--retries", "0", "clients", "show", "c1"]);
    out.assert_code(1);
    assert_eq!(f.count("GET", &path), 1 + 2 + 1);
}

#[test]
fn get_with_a_connection_reset_is_retried() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, n| (r.is("GET", &p) && n == 1).then(Reply::reset));
    let out = f.run(&["clients", "show", "c1"]);
    no_panic(&out);
    out.assert_code(0);
    assert_eq!(f.count("GET", &path), 2);
}

#[test]
fn connection_resets_end_in_a_clean_error() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, _| r.is("GET", &p).then(Reply::reset));
    let out = f.run(&["clients", "show", "c1"]);
    out.assert_code(1).assert_stderr("error:");
    no_panic(&out);
    let n = f.count("GET", &path);
    assert!((1..=3).contains(&n), "{n} attempts");
}

#[test]
fn patch_is_sent_exactly_once_even_on_503() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, _| r.is("PATCH", &p).then(|| fail(503)));
    let out = f.run(&["-v", "clients", "update", "c1", "--display-name", "New"]);
    out.assert_code(1).assert_stderr("503");
    assert_eq!(f.count("GET", &path), 1);
    assert_eq!(f.count("PATCH", &path), 1, "PATCH must never be retried");
    out.assert_stderr("not retrying");

    let out = f.run(&[
        "api",
        "PATCH",
        "/tenants/{tenant}/clients/c1",
        "--data",
        "{}",
    ]);
    out.assert_code(1);
    assert_eq!(
        f.count("PATCH", &path),
        2,
        "api PATCH is not retried either"
    );
}

#[test]
fn put_and_delete_are_retried() {
    let auth = format!("{API}/authorizations/c1");
    let client = client_path("c1");
    let (a, c) = (auth.clone(), client.clone());
    let f = fault(move |r, n| {
        if n == 1 && r.is("PUT", &a) {
            Some(fail_after(502, "0"))
        } else if n == 1 && r.is("DELETE", &c) {
            Some(fail_after(504, "0"))
        } else {
            None
        }
    });
    let out = f.run(&[
        "api",
        "PUT",
        "/tenants/{tenant}/authorizations/c1",
        "--data",
        r#"{"scopes":["openid"]}"#,
    ]);
    out.assert_code(0);
    assert_eq!(f.count("PUT", &auth), 2);

    let out = f.run(&["clients", "delete", "c1", "--yes"]);
    out.assert_code(0);
    assert_eq!(f.count("DELETE", &client), 2);
}

#[test]
fn clients_create_posts_carry_an_idempotency_key_and_resend_the_same_one() {
    let clients = format!("{API}/clients/");
    let secrets = format!("{API}/clients/c1/secrets/");
    let (c, s) = (clients.clone(), secrets.clone());
    let f = fault(move |r, n| {
        ((r.is("POST", &c) || r.is("POST", &s)) && n == 1).then(|| fail_after(503, "0"))
    });
    let out = f.run(&[
        "-o", "json", "clients", "create", "--name", "idem", "--space", "default",
    ]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["secret"]["value"], FAULT_SECRET_VALUE);

    let cr = f.requests_to("POST", &clients);
    assert_eq!(cr.len(), 2, "the create was retried once");
    let k1 = cr[0].header("idempotency-key").expect("an Idempotency-Key");
    let k2 = cr[1]
        .header("idempotency-key")
        .expect("an Idempotency-Key on the retry");
    assert_eq!(k1, k2, "a retry must resend the same key");
    assert!(!k1.trim().is_empty());
    assert_eq!(cr[0].body, cr[1].body, "the retry sends the same body");

    let sr = f.requests_to("POST", &secrets);
    assert_eq!(sr.len(), 2, "the first secret's create was retried once");
    let s1 = sr[0].header("idempotency-key").expect("an Idempotency-Key");
    let s2 = sr[1].header("idempotency-key").expect("an Idempotency-Key");
    assert_eq!(s1, s2);
    assert_ne!(s1, k1, "each create has its own key");

    // A new command is a new create: a fresh key.
    f.run(&["clients", "create", "--name", "idem2", "--space", "default"])
        .assert_code(0);
    let cr = f.requests_to("POST", &clients);
    assert_eq!(cr.len(), 3);
    assert_ne!(cr[2].header("idempotency-key"), Some(k1));
}

#[test]
fn secrets_create_post_is_retried_with_the_same_idempotency_key() {
    let secrets = format!("{API}/clients/c7/secrets/");
    let s = secrets.clone();
    let f = fault(move |r, n| (r.is("POST", &s) && n <= 2).then(|| fail_after(429, "0")));
    let out = f.run(&["secrets", "create", "c7", "--expires-in", "30d"]);
    out.assert_code(0).assert_stdout(FAULT_SECRET_VALUE);
    let sr = f.requests_to("POST", &secrets);
    assert_eq!(sr.len(), 3);
    let keys: Vec<Option<&str>> = sr.iter().map(|r| r.header("idempotency-key")).collect();
    assert!(keys[0].is_some(), "secrets create sends an Idempotency-Key");
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "same key on every retry: {keys:?}"
    );
}

#[test]
fn api_post_is_retried_with_the_same_idempotency_key() {
    let spaces = format!("{API}/spaces");
    let s = spaces.clone();
    let f = fault(move |r, n| (r.is("POST", &s) && n == 1).then(|| fail_after(503, "0")));
    let out = f.run(&[
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        r#"{"id":"x"}"#,
    ]);
    out.assert_code(0);
    let reqs = f.requests_to("POST", &spaces);
    assert_eq!(reqs.len(), 2);
    let k = reqs[0]
        .header("idempotency-key")
        .expect("api POST sends a key");
    assert_eq!(reqs[1].header("idempotency-key"), Some(k));
    let body: Value = serde_json::from_slice(&reqs[0].body).unwrap();
    assert_eq!(body, json!({"id": "x"}));
    assert_eq!(reqs[0].header("content-type"), Some("application/json"));
}

#[test]
fn requests_carry_the_bearer_token() {
    let f = healthy();
    f.run(&["spaces", "list"]).assert_code(0);
    let r = &f.requests_to("GET", &format!("{API}/spaces"))[0];
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {FAULT_TOKEN}").as_str())
    );
    assert!(r
        .header("user-agent")
        .is_some_and(|ua| ua.starts_with("oauthctl/")));
}

#[test]
fn slow_response_with_timeout_1_fails_and_says_so() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, _| {
        r.is("GET", &p)
            .then(|| ok(200, client_json("c1").to_string()).after(Duration::from_secs(5)))
    });
    let out = f.run(&["--timeout", "1", "clients", "show", "c1"]);
    out.assert_code(1);
    no_panic(&out);
    out.assert_stderr("did not answer")
        .assert_stderr("--timeout");

    let out = Out::from(
        f.cmd()
            .env("OAUTHCTL_TIMEOUT", "1")
            .args(["-o", "json", "clients", "show", "c1"])
            .output()
            .unwrap(),
    );
    out.assert_code(1);
    let e = json_error(&out);
    assert_eq!(e["error"]["exitCode"], 1);
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("did not answer"));
    assert!(e["error"]["hint"].as_str().unwrap().contains("--timeout"));
}

#[test]
fn verbose_trace_shows_retry_decisions_and_never_the_token() {
    let path = client_path("c1");
    let p = path.clone();
    let f = fault(move |r, n| (r.is("GET", &p) && n == 1).then(|| fail_after(503, "0")));
    let out = f.run(&["-v", "clients", "show", "c1"]);
    out.assert_code(0);
    out.assert_stderr(&format!("GET {}{path}", f.base_url))
        .assert_stderr("503")
        .assert_stderr("retrying")
        .assert_stderr("200");
    assert!(!out.stderr.contains(FAULT_TOKEN), "{}", out.stderr);
    assert!(!out.stderr.contains("Bearer"), "{}", out.stderr);
}

#[test]
fn client_credentials_exchange_through_discovery_is_traced_without_secrets() {
    let f = healthy();
    let secret = "fault-admin-client-secret-5a6b7c";
    let run = || {
        Out::from(
            f.home
                .command()
                .env("OAUTHCTL_BASE_URL", &f.base_url)
                .env("OAUTHCTL_CLIENT_ID", "fault-admin")
                .env("OAUTHCTL_CLIENT_SECRET", secret)
                .args(["-v", "spaces", "list"])
                .output()
                .unwrap(),
        )
    };
    let out = run();
    out.assert_code(0);
    assert_eq!(f.count("GET", "/.well-known/oauth-authorization-server"), 1);
    let tok = f.requests_to("POST", "/oauth/token");
    assert_eq!(tok.len(), 1);
    let expected = format!(
        "Basic {}",
        base64_lite::encode(format!("fault-admin:{secret}").as_bytes())
    );
    assert_eq!(tok[0].header("authorization"), Some(expected.as_str()));
    let sp = f.requests_to("GET", &format!("{API}/spaces"));
    assert_eq!(
        sp[0].header("authorization"),
        Some(format!("Bearer {FAULT_ACCESS_TOKEN}").as_str())
    );
    for needle in [secret, FAULT_ACCESS_TOKEN, "Basic ", "Bearer "] {
        assert!(
            !out.stderr.contains(needle),
            "{needle:?} on stderr:\n{}",
            out.stderr
        );
    }
    out.assert_stderr("POST http");

    // The second command uses the cached token: no new exchange.
    run().assert_code(0);
    assert_eq!(f.count("POST", "/oauth/token"), 1);
}

// ---------------------------------------------------------------------------------------------
// 2. Connection refused; 3. the refused plain http:// base URL
// ---------------------------------------------------------------------------------------------

fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    port
}

#[test]
fn connection_refused_hints_at_the_dev_server() {
    let home = Home::new();
    let base = format!("http://127.0.0.1:{}", closed_port());
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", &base)
            .env("OAUTHCTL_TOKEN", "x")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("oauthctl dev-server")
        .assert_stderr("cannot connect");
    no_panic(&out);

    let out = Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", &base)
            .env("OAUTHCTL_TOKEN", "x")
            .args(["-o", "json", "--retries", "1", "spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1);
    let e = json_error(&out);
    assert_eq!(e["error"]["code"], "other");
    assert!(e["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("oauthctl dev-server"));
}

#[test]
fn plain_http_to_a_non_loopback_host_is_refused_before_any_request() {
    let home = Home::new();
    // TEST-NET-1: nothing answers there; a connection attempt would hang until the timeout.
    for how in ["flag", "env"] {
        let mut c = home.command();
        c.env("OAUTHCTL_TOKEN", "x");
        if how == "flag" {
            c.args(["--base-url", "http://192.0.2.1:8787"]);
        } else {
            c.env("OAUTHCTL_BASE_URL", "http://192.0.2.1:8787");
        }
        let out = Out::from(c.args(["spaces", "list"]).output().unwrap());
        out.assert_code(2)
            .assert_stderr("plain http://")
            .assert_stderr("https://")
            .assert_stderr("unencrypted");
    }
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_TOKEN", "x")
            .args([
                "--base-url",
                "http://example.com",
                "-o",
                "json",
                "clients",
                "list",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
    let e = json_error(&out);
    assert_eq!(e["error"]["code"], "usage");
    assert!(e["error"]["message"].as_str().unwrap().contains("http://"));
    assert!(
        e["error"]["hint"].as_str().unwrap().contains("loopback")
            || e["error"]["hint"].as_str().unwrap().contains("127.0.0.1")
    );

    // 0.0.0.0 is not loopback: a local server on that port receives nothing.
    let f = healthy();
    let port = f.base_url.rsplit(':').next().unwrap().to_string();
    let out = Out::from(
        f.home
            .command()
            .env("OAUTHCTL_TOKEN", "x")
            .args([
                "--base-url",
                &format!("http://0.0.0.0:{port}"),
                "spaces",
                "list",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
    assert_eq!(f.requests().len(), 0, "a request was sent");
}

#[test]
fn plain_http_to_loopback_names_is_allowed() {
    let f = healthy();
    let port = f.base_url.rsplit(':').next().unwrap().to_string();
    let out = Out::from(
        f.home
            .command()
            .env("OAUTHCTL_TOKEN", "x")
            .args([
                "--base-url",
                &format!("http://localhost:{port}"),
                "spaces",
                "list",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("default");
}

#[test]
fn dns_failure_names_the_host() {
    let home = Home::new();
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_TOKEN", "x")
            .args([
                "--base-url",
                "https://no-such-host.invalid",
                "--retries",
                "1",
                "spaces",
                "list",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("no-such-host.invalid")
        .assert_stderr("--base-url");
    no_panic(&out);
}

#[test]
fn api_paths_never_leave_the_configured_server() {
    let f = healthy();
    // A scheme-relative or absolute-looking path is still a path on the configured server.
    for path in [
        "//elsewhere.invalid/steal",
        "https://elsewhere.invalid/steal",
        "/api/adminapi2/v1/../../../steal",
    ] {
        let out = f.run(&["--retries", "1", "api", "GET", path]);
        assert!(
            out.code == 4 || out.code == 2,
            "{path}: exit {}\n{}",
            out.code,
            out.stderr
        );
        assert!(
            !out.stderr.contains("cannot resolve"),
            "{path}: tried another host:\n{}",
            out.stderr
        );
    }
    // Every request that was sent reached this server with the token.
    let log = f.requests();
    assert!(!log.is_empty());
    for r in log.iter() {
        assert_eq!(
            r.header("authorization"),
            Some(format!("Bearer {FAULT_TOKEN}").as_str())
        );
    }
}

#[test]
fn a_password_in_the_base_url_is_never_echoed() {
    let f = healthy();
    let port = f.base_url.rsplit(':').next().unwrap().to_string();
    let base = format!("http://bob:pw-hunter2-secret@127.0.0.1:{port}");
    for args in [
        vec!["--dry-run", "spaces", "create", "zz"],
        vec!["--dry-run", "-o", "json", "spaces", "create", "zz"],
        vec!["-v", "spaces", "list"],
    ] {
        let out = Out::from(
            f.home
                .command()
                .env("OAUTHCTL_TOKEN", FAULT_TOKEN)
                .env("OAUTHCTL_BASE_URL", &base)
                .args(&args)
                .output()
                .unwrap(),
        );
        no_panic(&out);
        assert!(
            !out.stdout.contains("pw-hunter2-secret") && !out.stderr.contains("pw-hunter2-secret"),
            "{args:?} echoed the password:\n--- stdout\n{}\n--- stderr\n{}",
            out.stdout,
            out.stderr
        );
        // Either refused up front (exit 2) or working with the bearer token.
        assert!(
            out.code == 0 || out.code == 2,
            "{args:?}: exit {}\n{}",
            out.code,
            out.stderr
        );
    }
    for r in f.requests().iter() {
        assert_eq!(
            r.header("authorization"),
            Some(format!("Bearer {FAULT_TOKEN}").as_str()),
            "{} {}",
            r.method,
            r.path
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Problem details
// ---------------------------------------------------------------------------------------------

#[test]
fn problem_details_are_rendered_readably_and_as_json() {
    let srv = DevServer::start();
    let bad = r#"{"clientName":"","redirectUris":["ftp://x"],"allowedGrantTypes":["bogus"]}"#;
    let out = srv.run(&["api", "POST", "/tenants/{tenant}/clients/", "--data", bad]);
    out.assert_code(2)
        .assert_stderr("  - clientName: the client name cannot be empty")
        .assert_stderr("  - allowedGrantTypes: unknown grant type \"bogus\"")
        .assert_stderr("  - redirectUris: ");
    assert!(
        !out.stderr.contains("\"errors\""),
        "raw JSON instead of readable text:\n{}",
        out.stderr
    );

    let out = srv.run(&[
        "-o",
        "json",
        "api",
        "POST",
        "/tenants/{tenant}/clients/",
        "--data",
        bad,
    ]);
    out.assert_code(2);
    let e = json_error(&out);
    let obj = e["error"].as_object().expect("{\"error\": {…}}");
    for k in ["code", "exitCode", "message", "hint"] {
        assert!(obj.contains_key(k), "no {k:?} in {e}");
    }
    assert_eq!(e["error"]["code"], "usage");
    assert_eq!(e["error"]["exitCode"], 2);
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("clientName"));

    // A single problem: its detail is the message.
    let out = srv.run(&["-o", "json", "clients", "show", "no-such-client"]);
    out.assert_code(4);
    let e = json_error(&out);
    assert_eq!(e["error"]["code"], "not_found");
    assert_eq!(e["error"]["exitCode"], 4);
    assert!(e["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("clients list"));

    // A conflict in text form.
    let out = srv.run(&["spaces", "create", "default"]);
    out.assert_code(5).assert_stderr("error:");
    assert!(!out.stderr.contains("about:blank"), "{}", out.stderr);

    // A refused token: exit 3, a hint.
    let out = Out::from(
        srv.home
            .command()
            .env("OAUTHCTL_BASE_URL", &srv.base_url)
            .env("OAUTHCTL_TOKEN", "not-a-valid-token-0000")
            .args(["-o", "json", "spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3);
    let e = json_error(&out);
    assert_eq!(e["error"]["code"], "auth");
    assert!(e["error"]["hint"].is_string());
}

// ---------------------------------------------------------------------------------------------
// 5. The verbose redaction sweep
// ---------------------------------------------------------------------------------------------

/// Every access token the binary cached in this home.
fn cached_tokens(home: &Home) -> Vec<String> {
    let dir = home.path().join("cache").join("oauthctl").join("tokens");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                if let Ok(v) = serde_json::from_str::<Value>(&text) {
                    if let Some(t) = v["access_token"].as_str() {
                        out.push(t.to_string());
                    }
                }
            }
        }
    }
    out
}

#[test]
fn verbose_trace_of_every_command_never_shows_a_secret_or_token() {
    let srv = DevServer::start();
    let mut stderr = String::new();
    let mut secrets: Vec<String> = vec![ADMIN_SECRET.to_string()];
    let mut v = |args: &[&str], code: i32| -> Out {
        let mut all = vec!["-v"];
        all.extend_from_slice(args);
        let out = srv.run(&all);
        out.assert_code(code);
        no_panic(&out);
        stderr.push_str(&format!("$ oauthctl {}\n{}", all.join(" "), out.stderr));
        out
    };
    let json = |out: &Out| -> Value { serde_json::from_str(&out.stdout).expect("JSON") };

    v(&["spaces", "list"], 0);
    v(&["spaces", "create", "eu", "--display-name", "Europe"], 0);
    v(&["scopes", "list"], 0);
    let created = json(&v(
        &[
            "-o", "json", "clients", "create", "--name", "sweep", "--space", "default", "--scope",
            "openid", "--scope", "api.read",
        ],
        0,
    ));
    let id = created["client"]["clientId"].as_str().unwrap().to_string();
    secrets.push(created["secret"]["value"].as_str().unwrap().to_string());
    let other = json(&v(
        &[
            "-o", "json", "clients", "create", "--name", "sweep-2", "--space", "eu",
        ],
        0,
    ));
    let other_id = other["client"]["clientId"].as_str().unwrap().to_string();
    secrets.push(other["secret"]["value"].as_str().unwrap().to_string());
    v(&["clients", "list"], 0);
    v(&["-o", "json", "clients", "list", "--space", "default"], 0);
    v(&["clients", "show", &id], 0);
    v(
        &["clients", "update", &id, "--display-name", "Sweep Two"],
        0,
    );
    let s = json(&v(
        &[
            "-o",
            "json",
            "secrets",
            "create",
            &id,
            "--expires-in",
            "30d",
        ],
        0,
    ));
    secrets.push(s["value"].as_str().unwrap().to_string());
    let secret_id = s["id"].as_str().unwrap().to_string();
    v(&["secrets", "list", &id], 0);
    let r = json(&v(&["-o", "json", "secrets", "rotate", &id], 0));
    secrets.push(r["secret"]["value"].as_str().unwrap().to_string());
    v(&["secrets", "expiring", "--within", "3y"], 0);
    v(&["secrets", "revoke", &id, &secret_id, "--yes"], 0);
    v(&["authorize", &id, "--all-requested", "--yes"], 0);
    // A token of the client (it works while the client is authorized in the tenant).
    let (status, body) = srv.token(&id, &secrets[secrets.len() - 1], true, "", None);
    assert_eq!(status, 200, "{body}");
    let client_token = body["access_token"].as_str().unwrap().to_string();
    v(&["authorizations", "list"], 0);
    v(&["authorizations", "show", &id], 0);
    v(
        &["api", "GET", &format!("/tenants/{{tenant}}/clients/{id}")],
        0,
    );
    v(
        &[
            "api",
            "POST",
            "/tenants/{tenant}/spaces",
            "--data",
            r#"{"id":"us"}"#,
        ],
        0,
    );
    v(&["api", "GET", "/tenants/{tenant}/clients/nope"], 4);
    v(&["authorizations", "revoke", &id, "--yes"], 0);
    v(&["clients", "delete", &other_id, "--yes"], 0);

    // Tokens: the cached admin token, one passed in OAUTHCTL_TOKEN, one of a client.
    let mut tokens = cached_tokens(&srv.home);
    assert!(!tokens.is_empty(), "no cached admin token found");
    let admin_token = srv.admin_token("default");
    tokens.push(admin_token.clone());
    let out = Out::from(
        srv.home
            .command()
            .env("OAUTHCTL_BASE_URL", &srv.base_url)
            .env("OAUTHCTL_TOKEN", &admin_token)
            .args(["-v", "clients", "show", &id])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
    stderr.push_str(&out.stderr);
    tokens.push(client_token.clone());
    // Not an admin: refused, and the refusal must not echo the token.
    let out = Out::from(
        srv.home
            .command()
            .env("OAUTHCTL_BASE_URL", &srv.base_url)
            .env("OAUTHCTL_TOKEN", &client_token)
            .args(["-v", "spaces", "list"])
            .output()
            .unwrap(),
    );
    assert_ne!(out.code, 0);
    stderr.push_str(&out.stderr);
    // Wrong admin secret: refused, not echoed.
    let wrong = "wrong-admin-secret-value-31415926";
    secrets.push(wrong.to_string());
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CLIENT_SECRET", wrong)
            .args(["-v", "spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3);
    stderr.push_str(&out.stderr);

    for s in secrets.iter().chain(tokens.iter()) {
        assert!(
            !stderr.contains(s.as_str()),
            "{s:?} appears on stderr:\n{stderr}"
        );
    }
    assert!(!stderr.contains("Bearer "), "{stderr}");
    assert!(!stderr.contains("Basic "), "{stderr}");
    // And the trace is there.
    for needle in [
        "* GET http",
        "* POST http",
        "* PATCH http",
        "* PUT http",
        "* DELETE http",
        "→ 200",
    ] {
        assert!(
            stderr.contains(needle),
            "no {needle:?} in the trace:\n{stderr}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 6. --dry-run
// ---------------------------------------------------------------------------------------------

fn snapshot(srv: &DevServer, client: &str) -> Vec<Value> {
    vec![
        srv.json(&["clients", "list"]),
        srv.json(&["secrets", "list", client]),
        srv.json(&["authorizations", "list"]),
        srv.json(&["spaces", "list"]),
    ]
}

#[test]
fn dry_run_prints_the_request_and_leaves_the_server_unchanged() {
    let srv = DevServer::start();
    let (id, _secret) = srv.client("dry", &["openid", "api.read"]);
    srv.run(&["authorize", &id, "--all-requested", "--yes"])
        .assert_code(0);
    let secret_id = srv.json(&["secrets", "list", &id])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = snapshot(&srv, &id);
    let base = format!("{}{API}", srv.base_url);
    let api_delete = format!("/tenants/{{tenant}}/clients/{id}");

    let cases: Vec<(Vec<&str>, &str, String)> = vec![
        (
            vec![
                "clients", "create", "--name", "dry-new", "--space", "default",
            ],
            "POST",
            format!("{base}/clients/"),
        ),
        (
            vec!["clients", "update", &id, "--display-name", "Changed"],
            "PATCH",
            format!("{base}/clients/{id}"),
        ),
        (
            vec!["clients", "delete", &id, "--yes"],
            "DELETE",
            format!("{base}/clients/{id}"),
        ),
        (
            vec!["secrets", "create", &id, "--expires-in", "30d"],
            "POST",
            format!("{base}/clients/{id}/secrets/"),
        ),
        (
            vec!["secrets", "revoke", &id, &secret_id, "--yes"],
            "DELETE",
            format!("{base}/clients/{id}/secrets/{secret_id}"),
        ),
        (
            vec!["secrets", "rotate", &id, "--revoke-old"],
            "POST",
            format!("{base}/clients/{id}/secrets/"),
        ),
        (
            vec!["spaces", "create", "eu"],
            "POST",
            format!("{base}/spaces"),
        ),
        (
            vec!["authorize", &id, "--scope", "openid", "--yes"],
            "PUT",
            format!("{base}/authorizations/{id}"),
        ),
        (
            vec!["authorizations", "revoke", &id, "--yes"],
            "DELETE",
            format!("{base}/authorizations/{id}"),
        ),
        (
            vec![
                "api",
                "POST",
                "/tenants/{tenant}/spaces",
                "--data",
                r#"{"id":"dry"}"#,
            ],
            "POST",
            format!("{base}/spaces"),
        ),
        (
            vec!["api", "DELETE", &api_delete],
            "DELETE",
            format!("{base}/clients/{id}"),
        ),
    ];
    for (args, method, url) in &cases {
        let mut all = vec!["--dry-run"];
        all.extend_from_slice(args);
        let out = srv.run(&all);
        out.assert_code(0)
            .assert_stdout(&format!("{method} {url}"))
            .assert_stderr("dry run");

        let mut all = vec!["--dry-run", "-o", "json"];
        all.extend_from_slice(args);
        let out = srv.run(&all);
        out.assert_code(0);
        let v: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{}", out.stdout));
        let d = v["dryRun"]
            .as_object()
            .unwrap_or_else(|| panic!("{args:?}: {v}"));
        assert_eq!(d["method"], *method, "{args:?}");
        assert_eq!(d["url"], *url, "{args:?}");
        assert!(d.contains_key("body"), "{args:?}: no body key in {v}");
    }
    // The bodies are the requests that would be sent.
    let v = srv.json(&[
        "--dry-run",
        "clients",
        "create",
        "--name",
        "dry-new",
        "--space",
        "default",
    ]);
    assert_eq!(v["dryRun"]["body"]["clientName"], "dry-new");
    let v = srv.json(&["--dry-run", "authorize", &id, "--scope", "openid", "--yes"]);
    assert_eq!(v["dryRun"]["body"], json!({"scopes": ["openid"]}));
    let v = srv.json(&["--dry-run", "clients", "delete", &id, "--yes"]);
    assert!(v["dryRun"]["body"].is_null());

    // A destructive command needs no --yes under --dry-run (nothing happens).
    srv.run(&["--dry-run", "clients", "delete", &id])
        .assert_code(0)
        .assert_stdout("DELETE");

    // Secrets in a body are redacted.
    let out = srv.run(&[
        "--dry-run",
        "-o",
        "json",
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        r#"{"id":"x","clientSecret":"hush-hush-value-271828","nested":{"accessToken":"tok-161803"}}"#,
    ]);
    out.assert_code(0);
    assert!(
        !out.stdout.contains("hush-hush-value-271828"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("tok-161803"), "{}", out.stdout);
    assert!(out.stdout.contains("redacted"), "{}", out.stdout);

    let after = snapshot(&srv, &id);
    assert_eq!(before, after, "--dry-run changed the server");
}

#[test]
fn dry_run_of_a_client_in_several_spaces_shows_every_create() {
    let srv = DevServer::start();
    for space in ["eu", "us"] {
        srv.run(&["spaces", "create", space]).assert_code(0);
    }
    let before = srv.json(&["clients", "list"]);
    let args = [
        "--dry-run",
        "clients",
        "create",
        "--name",
        "multi",
        "--space",
        "eu",
        "--space",
        "us",
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.env");
    let with_file = [&args[..], &["--output-file", file.to_str().unwrap()]].concat();
    let out = srv.run(&with_file);
    out.assert_code(0)
        .assert_stderr("dry run: nothing was sent");
    assert!(!file.exists(), "a dry run writes no --output-file");
    assert_eq!(
        out.stdout.matches("POST ").count(),
        2,
        "one request per space:\n{}",
        out.stdout
    );
    for space in ["eu", "us"] {
        assert!(
            out.stdout.contains(&format!("\"spaceId\": \"{space}\"")),
            "{}",
            out.stdout
        );
    }
    let v = srv.json(&args);
    let plans = v.as_array().unwrap_or_else(|| panic!("an array: {v}"));
    assert_eq!(plans.len(), 2, "{v:#}");
    assert!(
        plans.iter().all(|p| p["dryRun"]["method"] == "POST"),
        "{v:#}"
    );
    assert_eq!(
        srv.json(&["clients", "list"]),
        before,
        "nothing was created"
    );
}

#[test]
fn dry_run_sends_no_changing_request_at_all() {
    let f = healthy();
    for args in [
        vec!["clients", "create", "--name", "n", "--space", "default"],
        vec!["clients", "update", "c1", "--display-name", "x"],
        vec!["clients", "delete", "c1"],
        vec!["secrets", "create", "c1"],
        vec!["spaces", "create", "eu"],
        vec!["authorize", "c1", "--all-requested"],
        vec!["authorizations", "revoke", "c1"],
        vec!["api", "POST", "/tenants/{tenant}/spaces", "--data", "{}"],
        vec![
            "api",
            "PUT",
            "/tenants/{tenant}/authorizations/c1",
            "--data",
            "{}",
        ],
    ] {
        let mut all = vec!["--dry-run"];
        all.extend_from_slice(&args);
        f.run(&all).assert_code(0);
    }
    let log = f.requests();
    let changing: Vec<String> = log
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(changing.is_empty(), "sent under --dry-run: {changing:?}");
}

// ---------------------------------------------------------------------------------------------
// 7. oauthctl api
// ---------------------------------------------------------------------------------------------

#[test]
fn api_get_post_data_forms_and_errors() {
    let srv = DevServer::start();

    let out = srv.run(&["api", "GET", "/tenants/{tenant}/spaces"]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert!(v.as_array().unwrap().iter().any(|s| s["id"] == "default"));
    // Without the leading slash, and with the full base path: the same.
    let out = srv.run(&["api", "get", "tenants/{tenant}/spaces"]);
    out.assert_code(0).assert_stdout("\"default\"");
    let out = srv.run(&["api", "GET", "/api/adminapi2/v1/tenants/default/scopes"]);
    out.assert_code(0).assert_stdout("openid");

    // --data JSON
    let out = srv.run(&[
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        r#"{"id":"eu","displayName":"Europe"}"#,
    ]);
    out.assert_code(0).assert_stdout("\"eu\"");
    // --data @FILE
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::write(&file, r#"{"id":"us"}"#).unwrap();
    let at = format!("@{}", file.display());
    srv.run(&["api", "POST", "/tenants/{tenant}/spaces", "--data", &at])
        .assert_code(0)
        .assert_stdout("\"us\"");
    // --data - (stdin)
    let mut child = srv
        .cmd()
        .args(["api", "POST", "/tenants/{tenant}/spaces", "-d", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"id":"apac"}"#)
        .unwrap();
    let out = Out::from(child.wait_with_output().unwrap());
    out.assert_code(0).assert_stdout("\"apac\"");

    let ids: Vec<String> = srv
        .json(&["spaces", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    for want in ["default", "eu", "us", "apac"] {
        assert!(ids.iter().any(|i| i == want), "{want} missing from {ids:?}");
    }

    // Invalid JSON: exit 2 before any request.
    let out = srv.run(&[
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        "{not json",
    ]);
    out.assert_code(2).assert_stderr("not valid JSON");
    let out = srv.run(&[
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        "@/no/such/file.json",
    ]);
    out.assert_code(2);
    // Unsupported method: exit 2.
    srv.run(&["api", "TRACE", "/tenants/{tenant}/spaces"])
        .assert_code(2);

    // 404: exit 4 and the problem body on stdout.
    let out = srv.run(&["api", "GET", "/tenants/{tenant}/clients/no-such-client"]);
    out.assert_code(4);
    let body: Value = serde_json::from_str(&out.stdout).expect("the problem body on stdout");
    assert_eq!(body["status"], 404);
    let out = srv.run(&["api", "GET", "/tenants/{tenant}/no-such-route"]);
    out.assert_code(4);

    // Under -o json, stdout is still the body, and the error a JSON object on stderr.
    let out = srv.run(&["-o", "json", "api", "GET", "/tenants/{tenant}/clients/nope"]);
    out.assert_code(4);
    let _: Value = serde_json::from_str(&out.stdout).expect("JSON body");
    assert_eq!(json_error(&out)["error"]["exitCode"], 4);

    // A PATCH and a DELETE through api.
    let (id, _) = srv.client("via-api", &["openid"]);
    srv.run(&[
        "api",
        "PATCH",
        &format!("/tenants/{{tenant}}/clients/{id}"),
        "--data",
        r#"{"displayName":"Patched"}"#,
    ])
    .assert_code(0)
    .assert_stdout("Patched");
    srv.run(&[
        "api",
        "DELETE",
        &format!("/tenants/{{tenant}}/clients/{id}"),
    ])
    .assert_code(0);
    srv.run(&["clients", "show", &id]).assert_code(4);
}

// ---------------------------------------------------------------------------------------------
// 8. TLS
// ---------------------------------------------------------------------------------------------

struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    /// A CA and a leaf for 127.0.0.1 and localhost signed by it, as PEM files.
    fn new() -> Pki {
        use rcgen::{
            BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
            KeyUsagePurpose,
        };
        let dir = tempfile::tempdir().unwrap();
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "oauthctl test CA");
        ca.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca_cert = ca.self_signed(&ca_key).unwrap();

        let leaf_key = KeyPair::generate().unwrap();
        let mut leaf =
            CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
        leaf.distinguished_name
            .push(DnType::CommonName, "127.0.0.1");
        leaf.is_ca = IsCa::NoCa;
        leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        leaf.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        let leaf_cert = leaf.signed_by(&leaf_key, &ca_cert, &ca_key).unwrap();

        // Another CA, which did not sign the leaf.
        let other_key = KeyPair::generate().unwrap();
        let mut other = CertificateParams::new(Vec::<String>::new()).unwrap();
        other.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        other
            .distinguished_name
            .push(DnType::CommonName, "some other CA");
        let other_cert = other.self_signed(&other_key).unwrap();

        let p = dir.path();
        std::fs::write(p.join("ca.pem"), ca_cert.pem()).unwrap();
        std::fs::write(p.join("leaf.pem"), leaf_cert.pem()).unwrap();
        std::fs::write(p.join("leaf.key"), leaf_key.serialize_pem()).unwrap();
        std::fs::write(p.join("other-ca.pem"), other_cert.pem()).unwrap();
        std::fs::write(p.join("not-pem.txt"), "this is not a certificate\n").unwrap();
        Pki { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn dev_server_behind_tls_needs_the_private_ca() {
    let pki = Pki::new();
    let srv = DevServer::builder()
        .args(&[
            "--tls-cert",
            &pki.path("leaf.pem"),
            "--tls-key",
            &pki.path("leaf.key"),
        ])
        .start();
    assert!(
        srv.base_url.starts_with("https://"),
        "the dev server does not serve https: {}",
        srv.base_url
    );

    // Without the CA: a TLS error naming the host, and the --ca-cert hint.
    let out = srv.run(&["spaces", "list"]);
    out.assert_code(1)
        .assert_stderr("TLS")
        .assert_stderr("127.0.0.1")
        .assert_stderr("--ca-cert");
    no_panic(&out);

    // With --ca-cert, and with OAUTHCTL_CA_CERT.
    srv.run(&["--ca-cert", &pki.path("ca.pem"), "spaces", "list"])
        .assert_code(0)
        .assert_stdout("default");
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CA_CERT", pki.path("ca.pem"))
            .args(["-o", "json", "clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("oauthctl-admin");
    // localhost is in the certificate too.
    let local = srv.base_url.replace("127.0.0.1", "localhost");
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_BASE_URL", &local)
            .args(["--ca-cert", &pki.path("ca.pem"), "scopes", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("openid");

    // A CA that did not sign the certificate: still a TLS error.
    let out = srv.run(&["--ca-cert", &pki.path("other-ca.pem"), "spaces", "list"]);
    out.assert_code(1).assert_stderr("TLS");

    // --ca-cert that is not PEM, or missing: a usage error.
    let out = srv.run(&["--ca-cert", &pki.path("not-pem.txt"), "spaces", "list"]);
    out.assert_code(2).assert_stderr("--ca-cert");
    let missing = pki.dir.path().join("missing.pem");
    let out = srv.run(&["--ca-cert", path_str(&missing), "spaces", "list"]);
    out.assert_code(2).assert_stderr("--ca-cert");

    // A plain-http client to a TLS port fails cleanly.
    let plain = srv.base_url.replace("https://", "http://");
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_BASE_URL", &plain)
            .args(["--retries", "1", "--timeout", "5", "spaces", "list"])
            .output()
            .unwrap(),
    );
    assert_ne!(out.code, 0);
    no_panic(&out);
}
