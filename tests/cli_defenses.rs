//! The CLI against what it is given (issue 9, "Hardening"): escaped control characters in human
//! output, foreign OAuth metadata refused, private files, the loopback listener that ignores
//! stray requests, redaction by pattern, and body size caps. Each test is a way the CLI once
//! failed. The delivery rule for new secret values is in tests/delivery.rs.
use crate::common;

use common::fault::{json_reply, problem, Fault};
use common::*;
use serde_json::{json, Value};

/// The admin API below the default tenant.
const API: &str = "/api/adminapi2/v1/tenants/default";

fn client_json(id: &str, display: &str, redirect: &str) -> Value {
    json!({
        "clientId": id,
        "clientName": format!("name-{id}"),
        "displayName": display,
        "tenantId": "default",
        "spaceId": "default",
        "allowOfflineAccess": false,
        "allowRememberConsent": true,
        "backChannelLogoutSessionRequired": true,
        "requireClientSecret": true,
        "requireConsent": false,
        "allowNoPkce": false,
        "allowRopc": false,
        "allowedGrantTypes": ["authorization_code"],
        "allowedCorsOrigins": [],
        "allowedScopes": ["openid"],
        "redirectUris": [redirect],
        "postLogoutRedirectUris": [],
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z"
    })
}

/// What a hostile server puts in a string field: retitle the terminal, clear the screen, a C1
/// CSI, DEL, and a right-to-left override.
const EVIL_TITLE: &str = "App\u{1b}]0;pwned\u{7}";
const EVIL_URI: &str = "https://app.example.com/cb\u{1b}[2J\u{9b}1m\u{7f}";
const EVIL_BIDI: &str = "gpj.\u{202e}exe";

#[track_caller]
fn assert_no_raw_controls(what: &str, text: &str) {
    for c in text.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(
            !(bidi || (c.is_control() && c != '\n')),
            "{what} carries the raw character {:?}:\n{text}",
            c
        );
    }
}

fn evil_server() -> Fault {
    Fault::start(|r, _| {
        let clients = format!("{API}/clients");
        if r.is("GET", &format!("{clients}/evil")) {
            return Some(json_reply(200, client_json("evil", EVIL_TITLE, EVIL_URI)));
        }
        if r.is("GET", &clients) {
            return Some(json_reply(
                200,
                json!({"items": [client_json("evil", EVIL_BIDI, EVIL_URI)], "nextPageToken": null}),
            ));
        }
        if r.is("GET", &format!("{clients}/missing")) {
            return Some(problem(404, "no client \u{1b}[2Jmissing\u{202e}"));
        }
        None
    })
}

// ---------------------------------------------------------------------------------------------
// 3. Terminal escapes: human output shows control and bidi characters escaped; JSON stays exact
// ---------------------------------------------------------------------------------------------

#[test]
fn fields_and_tables_show_control_characters_escaped() {
    let f = evil_server();
    let show = f.run(&["clients", "show", "evil"]);
    show.assert_code(0);
    assert_no_raw_controls("clients show", &show.stdout);
    show.assert_stdout("App\\u{1b}]0;pwned\\u{7}")
        .assert_stdout("\\u{1b}[2J\\u{9b}1m\\u{7f}");
    let list = f.run(&["clients", "list"]);
    list.assert_code(0);
    assert_no_raw_controls("clients list", &list.stdout);
    list.assert_stdout("gpj.\\u{202e}exe");
}

#[test]
fn json_output_keeps_what_the_server_sent_exactly() {
    let f = evil_server();
    let out = f.run(&["-o", "json", "clients", "show", "evil"]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["displayName"], EVIL_TITLE);
    assert_eq!(v["redirectUris"][0], EVIL_URI);
    let out = f.run(&["-o", "json", "clients", "list"]);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v[0]["displayName"], EVIL_BIDI);
}

#[test]
fn server_text_quoted_in_errors_is_escaped() {
    let f = evil_server();
    let out = f.run(&["clients", "show", "missing"]);
    out.assert_code(4);
    assert_no_raw_controls("the error", &out.stderr);
    out.assert_stderr("no client \\u{1b}[2Jmissing\\u{202e}");
    // The token endpoint's error_description too.
    let f = Fault::start(|r, _| {
        r.is("POST", "/oauth/token").then(|| {
            json_reply(
                401,
                json!({"error": "invalid_client", "error_description": "bad\u{1b}]0;x\u{7} secret"}),
            )
        })
    });
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3);
    assert_no_raw_controls("the token error", &out.stderr);
    out.assert_stderr("bad\\u{1b}]0;x\\u{7} secret");
}

// ---------------------------------------------------------------------------------------------
// 4. Foreign metadata: the issuer must be the server asked; credentials stay on its origin
// ---------------------------------------------------------------------------------------------

/// A server whose metadata names `issuer` and `token_endpoint` (None: its own values).
fn metadata_server(issuer: Option<String>, token_endpoint: Option<String>) -> Fault {
    Fault::start(move |r, base| {
        if r.is("GET", "/.well-known/oauth-authorization-server") {
            return Some(json_reply(
                200,
                json!({
                    "issuer": issuer.clone().unwrap_or_else(|| base.to_string()),
                    "token_endpoint": token_endpoint.clone().unwrap_or_else(|| format!("{base}/oauth/token")),
                }),
            ));
        }
        if r.is("GET", &format!("{API}/spaces")) {
            return Some(json_reply(
                200,
                json!([{"id": "default", "displayName": "Default", "createdAt": "2026-01-01T00:00:00Z"}]),
            ));
        }
        None
    })
}

#[test]
fn metadata_naming_another_issuer_is_refused_before_any_credential_is_sent() {
    let f = metadata_server(Some("https://idp.example.net".into()), None);
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("names the issuer \"https://idp.example.net\"")
        .assert_stderr("RFC 8414");
    assert_eq!(
        f.count("POST", "/oauth/token"),
        0,
        "no credentials were sent"
    );
}

#[test]
fn a_token_endpoint_on_another_origin_needs_the_explicit_setting() {
    let foreign = Fault::start(|_, _| None);
    let f = metadata_server(None, Some(format!("{}/oauth/token", foreign.base_url)));
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("refusing to send credentials to the token_endpoint")
        .assert_stderr("--allow-foreign-endpoints");
    assert_eq!(
        foreign.requests().len(),
        0,
        "nothing reached the other origin"
    );

    // With the setting, the foreign endpoint is used (flag or environment variable).
    let out = Out::from(
        f.cmd_credentials()
            .env("OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS", "1")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
    assert_eq!(foreign.count("POST", "/oauth/token"), 1);
}

#[test]
fn a_cached_foreign_token_endpoint_is_checked_again_before_use() {
    // The foreign token endpoint issues short tokens, so every run goes back to the cached endpoint.
    let foreign = Fault::start(|r, _| {
        r.is("POST", "/oauth/token").then(|| {
            json_reply(
                200,
                json!({"access_token": "short", "token_type": "Bearer", "expires_in": 5}),
            )
        })
    });
    let f = metadata_server(None, Some(format!("{}/oauth/token", foreign.base_url)));
    Out::from(
        f.cmd_credentials()
            .arg("--allow-foreign-endpoints")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    )
    .assert_code(0);
    assert_eq!(foreign.count("POST", "/oauth/token"), 1);
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1).assert_stderr("cached token_endpoint");
    assert_eq!(
        foreign.count("POST", "/oauth/token"),
        1,
        "the cached endpoint was not used"
    );
}

#[test]
fn the_token_endpoint_kept_by_login_is_checked_again_before_use() {
    let srv = DevServer::start();
    let mut login = srv
        .bare()
        .args([
            "login",
            "--client-credentials",
            "--client-id",
            "oauthctl-admin",
            "--client-secret-stdin",
            "--no-store",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    login
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{ADMIN_SECRET}\n").as_bytes())
        .unwrap();
    Out::from(login.wait_with_output().unwrap()).assert_code(0);
    // Someone rewrites the login file to send the next renewal elsewhere.
    let foreign = Fault::start(|_, _| None);
    let (path, mut v) = login_file(&srv.home);
    v["tokenEndpoint"] = json!(format!("{}/oauth/token", foreign.base_url));
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    expire_login(&srv.home);
    let out = Out::from(srv.bare().args(["spaces", "list"]).output().unwrap());
    out.assert_code(1)
        .assert_stderr("token_endpoint of the login");
    assert_eq!(
        foreign.requests().len(),
        0,
        "nothing reached the other origin"
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Files that hold secrets are 0600; oauthctl's own directories 0700
// ---------------------------------------------------------------------------------------------

fn mode(p: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

fn make_0644(p: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(p, "old contents\n").unwrap();
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn existing_output_files_become_0600_when_a_secret_goes_in() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let one = srv.home.path().join("one.txt");
    make_0644(&one);
    srv.run(&[
        "secrets",
        "rotate",
        &id,
        "--output-file",
        one.to_str().unwrap(),
    ])
    .assert_code(0);
    assert_eq!(mode(&one), 0o600);
    assert!(std::fs::read_to_string(&one).unwrap().starts_with("ocs_"));

    // The bulk file is appended to: its mode is fixed too.
    let many = srv.home.path().join("many.env");
    make_0644(&many);
    srv.run(&[
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "5y",
        "--output-file",
        many.to_str().unwrap(),
    ])
    .assert_code(0);
    assert_eq!(mode(&many), 0o600);
    assert!(std::fs::read_to_string(&many)
        .unwrap()
        .contains(&format!("{id}=ocs_")));
}

#[test]
fn the_config_and_cache_directories_are_private() {
    let srv = DevServer::start();
    srv.run(&["spaces", "list"]).assert_code(0);
    let cache = srv.home.path().join("cache");
    for d in [
        cache.clone(),
        cache.join("oauthctl"),
        cache.join("oauthctl").join("tokens"),
    ] {
        assert_eq!(mode(&d), 0o700, "{}", d.display());
    }
    for f in std::fs::read_dir(cache.join("oauthctl").join("tokens")).unwrap() {
        assert_eq!(mode(&f.unwrap().path()), 0o600);
    }
    srv.run(&[
        "profiles",
        "add",
        "local",
        "--base-url",
        &srv.base_url,
        "--tenant",
        "default",
    ])
    .assert_code(0);
    let config = srv.home.path().join("config").join("oauthctl");
    assert_eq!(mode(&config), 0o700);
    assert_eq!(mode(&config.join("config.toml")), 0o600);
}

// ---------------------------------------------------------------------------------------------
// 10. The loopback login listener ignores requests without the right state
// ---------------------------------------------------------------------------------------------

#[test]
fn stray_requests_to_the_login_listener_get_400_and_the_login_completes() {
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let mut cmd = srv.bare();
    cmd.args(["-o", "json", "login", "--no-browser", "--no-store"]);
    let mut flow = start_browser_flow(cmd);
    let redirect = flow.redirect_uri();
    // Any local process can send these before the browser comes back.
    for stray in [
        format!("{redirect}?code=forged&state=wrong"),
        format!("{redirect}?code=forged"),
        format!("{redirect}?error=access_denied"),
        format!("{redirect}?error=access_denied&state="),
    ] {
        let resp = http_to(&stray, "GET", &[], None);
        assert_eq!(resp.status, 400, "{stray}: {resp:?}");
        assert!(flow.running(), "the login was aborted by {stray}");
    }
    // Then the real sign-in.
    assert_eq!(dev_browser_allow(&flow).status, 200);
    let out = flow.finish();
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["loggedIn"], true);
    assert_eq!(
        srv.logged("POST /oauth/token "),
        1,
        "only the real code was exchanged"
    );
}

// ---------------------------------------------------------------------------------------------
// 11. Redaction by pattern in --dry-run output
// ---------------------------------------------------------------------------------------------

#[test]
fn dry_run_redacts_every_key_that_looks_like_a_credential_at_any_depth() {
    let srv = DevServer::start();
    let body = json!({
        "id": "x",
        "secretValue": "leak-1-secretValue",
        "client_secret_value": "leak-2-client-secret-value",
        "apiKey": "leak-3-apiKey",
        "deep": {"list": [{"privateKey": "leak-4-privateKey"}, {"userPassword": "leak-5"}]},
        "sessionToken": "leak-6-token",
        "requireClientSecret": false,
        "description": "shown as is"
    })
    .to_string();
    for format in ["json", "table"] {
        let out = srv.run(&[
            "-v",
            "--dry-run",
            "-o",
            format,
            "api",
            "POST",
            "/tenants/{tenant}/spaces?accessToken=leak-7-query",
            "--data",
            &body,
        ]);
        out.assert_code(0).assert_stdout("<redacted>");
        for n in 1..=7 {
            let leak = format!("leak-{n}");
            assert!(
                !out.stdout.contains(&leak) && !out.stderr.contains(&leak),
                "{leak} was shown ({format}):\n{}\n{}",
                out.stdout,
                out.stderr
            );
        }
        out.assert_stdout("shown as is");
    }
    let v = srv.json(&[
        "--dry-run",
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        &body,
    ]);
    assert_eq!(v["dryRun"]["body"]["requireClientSecret"], false);
    assert_eq!(
        v["dryRun"]["body"]["deep"]["list"][0]["privateKey"],
        "<redacted>"
    );
}

// ---------------------------------------------------------------------------------------------
// 12. A cap on response bodies; errors quote only a short excerpt of a server's text
// ---------------------------------------------------------------------------------------------

fn huge_client(no_length: bool) -> common::fault::Reply {
    let mut c = client_json("big", "Big", "https://app.example.com/cb");
    c["displayName"] = json!("x".repeat(17 << 20));
    common::fault::Reply {
        status: 200,
        content_type: "application/json",
        body: c.to_string().into_bytes(),
        no_length,
        ..Default::default()
    }
}

#[test]
fn a_response_over_16_mib_is_a_clear_error() {
    let f = Fault::start(|r, _| {
        if r.is("GET", &format!("{API}/clients/big")) {
            return Some(huge_client(false));
        }
        if r.is("GET", &format!("{API}/clients/big-no_length")) {
            return Some(huge_client(true));
        }
        None
    });
    for id in ["big", "big-no_length"] {
        let out = f.run(&["clients", "show", id]);
        out.assert_code(1).assert_stderr("larger than 16 MiB");
        assert!(out.stdout.is_empty(), "{id}");
    }
}

#[test]
fn a_full_page_of_clients_stays_within_the_cap() {
    let f = Fault::start(|r, _| {
        r.is("GET", &format!("{API}/clients")).then(|| {
            let items: Vec<Value> = (0..1000)
                .map(|i| client_json(&format!("c{i}"), "A client", "https://app.example.com/cb"))
                .collect();
            json_reply(200, json!({"items": items, "nextPageToken": null}))
        })
    });
    let out = f.run(&["-o", "json", "clients", "list", "--page-size", "1000"]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1000);
}

#[test]
fn errors_quote_only_a_short_excerpt_of_the_server_text() {
    let long = "z".repeat(1 << 20);
    let (detail, description, text) = (long.clone(), long.clone(), long);
    let f = Fault::start(move |r, _| {
        if r.is("GET", &format!("{API}/clients/problem")) {
            return Some(problem(400, &detail));
        }
        if r.is("GET", &format!("{API}/clients/text")) {
            return Some(common::fault::Reply {
                status: 502,
                content_type: "text/html",
                body: text.clone().into_bytes(),
                no_length: false,
                ..Default::default()
            });
        }
        if r.is("POST", "/oauth/token") {
            return Some(json_reply(
                400,
                json!({"error": "invalid_request", "error_description": description}),
            ));
        }
        None
    });
    for (id, code) in [("problem", 2), ("text", 1)] {
        let out = f.run(&["--retries", "1", "clients", "show", id]);
        out.assert_code(code).assert_stderr("…");
        assert!(
            out.stderr.len() < 1500,
            "{id}: {} bytes of stderr",
            out.stderr.len()
        );
    }
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(2).assert_stderr("…");
    assert!(
        out.stderr.len() < 1500,
        "{} bytes of stderr",
        out.stderr.len()
    );
}

// ---------------------------------------------------------------------------------------------
// 13. An answer oauthctl cannot read names the field that was wrong, not only its value
// ---------------------------------------------------------------------------------------------

#[test]
fn a_wrong_typed_field_in_an_answer_is_named_by_its_path() {
    let f = Fault::start(|r, base| {
        let clients = format!("{API}/clients");
        if r.is("GET", &format!("{clients}/bad")) {
            let mut c = client_json("bad", "Bad", "https://app.example.com/cb");
            c["redirectUris"] = json!(5);
            return Some(json_reply(200, c));
        }
        if r.is("GET", &clients) {
            let mut second = client_json("b", "B", "https://app.example.com/cb");
            second["requireConsent"] = json!("no");
            let first = client_json("a", "A", "https://app.example.com/cb");
            return Some(json_reply(
                200,
                json!({"items": [first, second], "nextPageToken": null}),
            ));
        }
        if r.is("GET", "/.well-known/oauth-authorization-server") {
            return Some(json_reply(
                200,
                json!({"issuer": base, "token_endpoint": format!("{base}/oauth/token")}),
            ));
        }
        if r.is("POST", "/oauth/token") {
            return Some(json_reply(
                200,
                json!({"access_token": "x", "token_type": "Bearer", "expires_in": "soon"}),
            ));
        }
        None
    });
    f.run(&["clients", "show", "bad"])
        .assert_code(1)
        .assert_stderr("redirectUris: invalid type: integer `5`, expected a sequence");
    f.run(&["clients", "list"])
        .assert_code(1)
        .assert_stderr("items[1].requireConsent: invalid type: string \"no\", expected a boolean");
    let out = Out::from(
        f.cmd_credentials()
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("expires_in: invalid type: string \"soon\"");
}
