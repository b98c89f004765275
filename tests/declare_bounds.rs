//! Issue 18, clients as code against a hostile or broken server (the fault server): terminal
//! escapes in the plan and in apply's lines are shown escaped, and a server that ignores the
//! paging cursor ends in a clear error instead of an endless list.
use crate::common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use common::fault::{json_reply, Fault, Reply};
use serde_json::{json, Value};

/// The admin API below the default tenant.
const API: &str = "/api/adminapi2/v1/tenants/default";

const EVIL_NAME: &str = "job\u{1b}]0;pwned\u{7}\u{202e}";
const EVIL_ID: &str = "id\u{1b}[2J\u{9b}1m";

fn client_json(id: &str, name: &str) -> Value {
    json!({
        "clientId": id,
        "clientName": name,
        "displayName": format!("{name}\u{202e}"),
        "tenantId": "default",
        "spaceId": "default",
        "allowOfflineAccess": false,
        "allowRememberConsent": true,
        "backChannelLogoutSessionRequired": true,
        // Public: no secret list to read (a confidential client's would be, for a first secret).
        "requireClientSecret": false,
        "requireConsent": false,
        "allowNoPkce": false,
        "allowRopc": false,
        "allowedGrantTypes": ["authorization_code"],
        "allowedCorsOrigins": [],
        "allowedScopes": ["api.read"],
        "redirectUris": ["https://app.example.com/cb"],
        "postLogoutRedirectUris": [],
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z"
    })
}

fn spaces() -> Reply {
    json_reply(
        200,
        json!([{"id": "default", "displayName": "Default", "createdAt": "2026-01-01T00:00:00Z"}]),
    )
}

fn scopes() -> Reply {
    json_reply(200, json!([{"name": "api.read", "description": "read"}]))
}

#[track_caller]
fn assert_no_raw_controls(what: &str, text: &str) {
    for c in text.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(
            !(bidi || (c.is_control() && c != '\n' && c != '\t')),
            "{what} carries the raw character {c:?}:\n{text}"
        );
    }
}

#[test]
fn the_plan_and_the_lines_of_apply_show_terminal_escapes_escaped() {
    let f = Fault::start(|r, _| {
        if r.is("GET", &format!("{API}/clients")) {
            return Some(json_reply(
                200,
                json!({"items": [client_json(EVIL_ID, EVIL_NAME), client_json("plain", "plain")], "nextPageToken": null}),
            ));
        }
        if r.is("GET", &format!("{API}/spaces")) {
            return Some(spaces());
        }
        if r.is("GET", &format!("{API}/scopes")) {
            return Some(scopes());
        }
        if r.is("GET", &format!("{API}/authorizations")) {
            return Some(json_reply(200, json!([])));
        }
        if r.method == "PATCH" {
            return Some(json_reply(200, client_json(EVIL_ID, EVIL_NAME)));
        }
        if r.method == "DELETE" {
            return Some(Reply {
                status: 204,
                content_type: "application/json",
                body: Vec::new(),
                no_length: false,
                ..Default::default()
            });
        }
        None
    });
    let file = f.home.path().join("c.yaml");
    std::fs::write(
        &file,
        "clients:\n  - clientName: plain\n    displayName: Plain\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();

    let out = f.run(&["diff", "-f", file, "--prune"]);
    out.assert_code(0)
        .assert_stdout("- client job\\u{1b}]0;pwned");
    assert_no_raw_controls("diff", &out.stdout);
    assert_no_raw_controls("diff", &out.stderr);

    let out = f.run(&["apply", "-f", file, "--prune", "--yes"]);
    out.assert_code(0)
        .assert_stdout("deleted\tid\\u{1b}[2J\\u{9b}1m")
        .assert_stdout("updated\tid\\u{1b}[2J");
    assert_no_raw_controls("apply", &out.stdout);
    assert_no_raw_controls("apply", &out.stderr);
}

#[test]
fn a_server_that_ignores_the_paging_cursor_ends_in_a_clear_error() {
    // Every page is the first one again, each with a new cursor, as a server that ignores
    // `offset` does. (After 300 pages it stops, so that a CLI without a bound ends too.)
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let f = Fault::start(move |r, _| {
        if r.is("GET", &format!("{API}/clients")) {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let next = (n < 300).then(|| format!("page-{n}"));
            return Some(json_reply(
                200,
                json!({"items": [client_json("a", "a"), client_json("b", "b")], "nextPageToken": next}),
            ));
        }
        if r.is("GET", &format!("{API}/spaces")) {
            return Some(spaces());
        }
        if r.is("GET", &format!("{API}/scopes")) {
            return Some(scopes());
        }
        if r.is("GET", &format!("{API}/authorizations")) {
            return Some(json_reply(200, json!([])));
        }
        None
    });
    let file = f.home.path().join("c.yaml");
    std::fs::write(&file, "clients:\n  - clientName: a\n").unwrap();
    let out = f.run(&["diff", "-f", file.to_str().unwrap()]);
    out.assert_code(1)
        .assert_stderr("page 2 of the client list repeats client \"a\"")
        .assert_stderr("ignores the paging cursor");
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "it stops at the first repeat"
    );
    let out = f.run(&["clients", "list"]);
    out.assert_code(1)
        .assert_stderr("ignores the paging cursor");
}
