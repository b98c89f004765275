//! Issue 9 ("Hardening"), the CLI's side: escaped control characters in human output, foreign
//! OAuth metadata refused, private files, the loopback listener that ignores stray requests,
//! redaction by pattern, body size caps, and the delivery rule for new secret values. Each test
//! is a way the CLI once failed.
mod common;

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
