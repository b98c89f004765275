//! Issue 2, end to end: spaces, scopes and clients (create, list, show, update, delete) with the
//! real binary against the real dev server, including every validation error and the promise that
//! a rejected command changes nothing on the server.

use crate::common;

use std::io::Write;
use std::process::Stdio;

use common::*;
use serde_json::{json, Value};

/// The IDs of every client in the tenant, sorted (the server's view, through the CLI).
fn client_ids(srv: &DevServer) -> Vec<String> {
    let v = srv.json(&["clients", "list"]);
    let mut ids: Vec<String> = v
        .as_array()
        .expect("clients list -o json is an array")
        .iter()
        .map(|c| c["clientId"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

fn client_names(srv: &DevServer) -> Vec<String> {
    let v = srv.json(&["clients", "list"]);
    let mut names: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Runs the binary with `input` on stdin.
fn run_with_stdin(srv: &DevServer, args: &[&str], input: &str) -> Out {
    let mut child = srv
        .cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn oauthctl");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    Out::from(child.wait_with_output().unwrap())
}

/// Asserts that `out` failed with `code`, and that the set of clients is still `before`.
#[track_caller]
fn assert_rejected(srv: &DevServer, out: &Out, code: i32, needle: &str, before: &[String]) {
    out.assert_code(code).assert_stderr(needle);
    assert!(
        out.stdout.trim().is_empty(),
        "a failed command printed data on stdout:\n{}",
        out.stdout
    );
    assert_eq!(client_ids(srv), before, "the server changed after {out:?}");
}

// ---------- spaces and scopes ----------

#[test]
fn spaces_list_shows_the_default_space() {
    let srv = DevServer::start();
    let v = srv.json(&["spaces", "list"]);
    let spaces = v.as_array().unwrap();
    assert_eq!(spaces.len(), 1, "{v}");
    assert_eq!(spaces[0]["id"], "default");
    assert!(spaces[0]["displayName"].is_string());
    assert!(spaces[0]["createdAt"].is_string());
    // The table form has a header and the space.
    let out = srv.run(&["spaces", "list"]);
    out.assert_code(0)
        .assert_stdout("ID")
        .assert_stdout("default");
}

#[test]
fn spaces_create_then_list_and_duplicate_is_a_conflict() {
    let srv = DevServer::start();
    let v = srv.json(&["spaces", "create", "prod", "--display-name", "Production"]);
    assert_eq!(v["id"], "prod");
    assert_eq!(v["displayName"], "Production");

    // Without --display-name the ID is the display name.
    let v = srv.json(&["spaces", "create", "staging"]);
    assert_eq!(v["displayName"], "staging");

    let list = srv.json(&["spaces", "list"]);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["default", "prod", "staging"]);

    let out = srv.run(&["spaces", "create", "prod"]);
    out.assert_code(5).assert_stderr("already exists");
    assert_eq!(
        srv.json(&["spaces", "list"]).as_array().unwrap().len(),
        3,
        "a duplicate space must not change anything"
    );
}

#[test]
fn spaces_create_rejects_an_invalid_id_before_any_request() {
    let srv = DevServer::start();
    let out = srv.run(&["spaces", "create", "Not Valid"]);
    out.assert_code(2).assert_stderr("not a valid space ID");
    assert_eq!(srv.json(&["spaces", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn scopes_list_names_and_describes_the_catalogue() {
    let srv = DevServer::start();
    let v = srv.json(&["scopes", "list"]);
    let scopes = v.as_array().unwrap();
    let names: Vec<&str> = scopes.iter().map(|s| s["name"].as_str().unwrap()).collect();
    for expected in ["openid", "profile", "email", "api.read", "api.write"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    for s in scopes {
        assert!(
            !s["description"].as_str().unwrap().is_empty(),
            "scope without a description: {s}"
        );
    }
    srv.run(&["scopes", "list"])
        .assert_code(0)
        .assert_stdout("NAME")
        .assert_stdout("api.read");
}

// ---------- clients create ----------

#[test]
fn clients_create_with_every_create_body_flag() {
    let srv = DevServer::start();
    let v = srv.json(&[
        "clients",
        "create",
        "--client-id",
        "my-app",
        "--name",
        "my-app-name",
        "--display-name",
        "My App",
        "--space",
        "default",
        "--redirect-uri",
        "https://app.example.com/callback",
        "--redirect-uri",
        "http://127.0.0.1:8080/cb",
        "--post-logout-redirect-uri",
        "https://app.example.com/bye",
        "--grant-type",
        "authorization_code",
        "--grant-type",
        "refresh_token",
        "--grant-type",
        "client_credentials",
        "--scope",
        "openid",
        "--scope",
        "profile email",
        "--cors-origin",
        "https://app.example.com",
        "--offline-access",
        "--require-consent",
        "--no-remember-consent",
        "--allow-no-pkce",
        "--allow-ropc",
        "--no-backchannel-logout-session",
    ]);
    let obj = v.as_object().expect("an object");
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["client", "secret"], "{v}");

    let c = &v["client"];
    assert_eq!(c["clientId"], "my-app");
    assert_eq!(c["clientName"], "my-app-name");
    assert_eq!(c["displayName"], "My App");
    assert_eq!(c["tenantId"], "default");
    assert_eq!(c["spaceId"], "default");
    assert_eq!(
        strs(&c["redirectUris"]),
        [
            "https://app.example.com/callback",
            "http://127.0.0.1:8080/cb"
        ]
    );
    assert_eq!(
        strs(&c["postLogoutRedirectUris"]),
        ["https://app.example.com/bye"]
    );
    assert_eq!(
        strs(&c["allowedGrantTypes"]),
        ["authorization_code", "refresh_token", "client_credentials"]
    );
    assert_eq!(strs(&c["allowedScopes"]), ["openid", "profile", "email"]);
    assert_eq!(strs(&c["allowedCorsOrigins"]), ["https://app.example.com"]);
    assert_eq!(c["allowOfflineAccess"], true);
    assert_eq!(c["requireConsent"], true);
    assert_eq!(c["allowRememberConsent"], false);
    assert_eq!(c["allowNoPkce"], true);
    assert_eq!(c["allowRopc"], true);
    assert_eq!(c["requireClientSecret"], true);
    assert_eq!(c["backChannelLogoutSessionRequired"], false);
    assert!(c["createdAt"].is_string() && c["updatedAt"].is_string());

    // A confidential client gets its first secret, with the value, once.
    let s = &v["secret"];
    assert!(s.is_object(), "{v}");
    assert_eq!(s["clientId"], "my-app");
    for field in ["id", "value", "startTime", "expiration", "status"] {
        assert!(s[field].is_string(), "secret.{field} missing: {s}");
    }
    assert!(s["value"].as_str().unwrap().len() >= 32);

    // The server kept exactly what was sent.
    let shown = srv.json(&["clients", "show", "my-app"]);
    assert_eq!(&shown, c);
}

#[test]
fn clients_create_defaults_without_optional_flags() {
    let srv = DevServer::start();
    let v = srv.json(&["clients", "create", "--name", "plain"]);
    let c = &v["client"];
    // One space in the tenant: it is chosen without asking.
    assert_eq!(c["spaceId"], "default");
    assert_eq!(c["displayName"], "plain");
    assert_eq!(strs(&c["allowedGrantTypes"]), ["client_credentials"]);
    assert_eq!(c["requireClientSecret"], true);
    assert_eq!(c["allowRememberConsent"], true);
    assert_eq!(c["backChannelLogoutSessionRequired"], true);
    assert_eq!(c["allowOfflineAccess"], false);
    assert_eq!(c["allowNoPkce"], false);
    assert_eq!(c["allowRopc"], false);
    // The server made a UUID client ID.
    let id = c["clientId"].as_str().unwrap();
    assert_eq!(id.len(), 36, "{id}");
    assert_eq!(id.matches('-').count(), 4, "{id}");
    assert!(v["secret"]["value"].is_string());
}

#[test]
fn clients_create_public_client_has_no_secret() {
    let srv = DevServer::start();
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "spa",
        "--space",
        "default",
        "--public",
        "--redirect-uri",
        "https://spa.example.com/cb",
    ]);
    assert_eq!(v["client"]["requireClientSecret"], false);
    assert_eq!(
        strs(&v["client"]["allowedGrantTypes"]),
        ["authorization_code"]
    );
    assert!(v["secret"].is_null(), "a public client got a secret: {v}");
    let id = v["client"]["clientId"].as_str().unwrap();
    assert_eq!(srv.json(&["secrets", "list", id]), json!([]));
}

#[test]
fn clients_create_human_output_shows_the_secret_once_and_warns_on_stderr() {
    let srv = DevServer::start();
    let out = srv.run(&["clients", "create", "--name", "human", "--space", "default"]);
    out.assert_code(0)
        .assert_stdout("Client ID:")
        .assert_stdout("Client secret:")
        .assert_stderr("shown only this once");
    let secret_line = out
        .stdout
        .lines()
        .find(|l| l.starts_with("Client secret:"))
        .unwrap();
    let secret = secret_line.trim_start_matches("Client secret:").trim();
    assert!(!secret.is_empty());
    assert!(
        !out.stderr.contains(secret),
        "the secret value leaked to stderr"
    );
}

#[test]
fn clients_create_from_file_with_flags_overriding() {
    let srv = DevServer::start();
    let body = json!({
        "clientName": "from-file",
        "displayName": "From the file",
        "spaceId": "default",
        "redirectUris": ["https://file.example.com/cb"],
        "allowedGrantTypes": ["authorization_code", "client_credentials"],
        "allowedScopes": ["openid"],
        "allowOfflineAccess": true,
        "allowRopc": true
    });
    let path = srv.home.path().join("client.json");
    std::fs::write(&path, body.to_string()).unwrap();
    let v = srv.json(&[
        "clients",
        "create",
        "--from-file",
        path.to_str().unwrap(),
        "--display-name",
        "From the flag",
        "--scope",
        "api.read",
    ]);
    let c = &v["client"];
    assert_eq!(c["clientName"], "from-file");
    assert_eq!(c["displayName"], "From the flag", "the flag must win");
    assert_eq!(strs(&c["allowedScopes"]), ["api.read"], "the flag must win");
    assert_eq!(strs(&c["redirectUris"]), ["https://file.example.com/cb"]);
    assert_eq!(
        strs(&c["allowedGrantTypes"]),
        ["authorization_code", "client_credentials"]
    );
    assert_eq!(c["allowOfflineAccess"], true);
    assert_eq!(c["allowRopc"], true);
    assert!(v["secret"]["value"].is_string());
}

#[test]
fn clients_create_from_stdin() {
    let srv = DevServer::start();
    let body = json!({
        "clientName": "from-stdin",
        "allowedScopes": ["api.read", "api.write"],
        "requireConsent": true
    });
    let out = run_with_stdin(
        &srv,
        &[
            "-o",
            "json",
            "clients",
            "create",
            "--from-file",
            "-",
            "--name",
            "renamed-by-flag",
        ],
        &body.to_string(),
    );
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let c = &v["client"];
    assert_eq!(c["clientName"], "renamed-by-flag");
    assert_eq!(strs(&c["allowedScopes"]), ["api.read", "api.write"]);
    assert_eq!(c["requireConsent"], true);
    assert_eq!(strs(&c["allowedGrantTypes"]), ["client_credentials"]);
}

#[test]
fn clients_create_from_file_rejects_bad_json_and_unknown_fields() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let bad = srv.home.path().join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let out = srv.run(&["clients", "create", "--from-file", bad.to_str().unwrap()]);
    assert_rejected(&srv, &out, 2, "--from-file", &before);

    let unknown = srv.home.path().join("unknown.json");
    std::fs::write(&unknown, r#"{"clientName": "x", "colour": "blue"}"#).unwrap();
    let out = srv.run(&[
        "clients",
        "create",
        "--from-file",
        unknown.to_str().unwrap(),
    ]);
    assert_rejected(&srv, &out, 2, "colour", &before);

    // A value of the wrong type is named by its field, not only quoted.
    let typed = srv.home.path().join("typed.json");
    std::fs::write(&typed, r#"{"clientName": "x", "redirectUris": 5}"#).unwrap();
    let out = srv.run(&["clients", "create", "--from-file", typed.to_str().unwrap()]);
    assert_rejected(
        &srv,
        &out,
        2,
        "redirectUris: invalid type: integer `5`",
        &before,
    );

    let missing = srv.home.path().join("missing.json");
    let out = srv.run(&[
        "clients",
        "create",
        "--from-file",
        missing.to_str().unwrap(),
    ]);
    assert_rejected(&srv, &out, 2, "--from-file", &before);
}

#[test]
fn clients_create_with_several_spaces_makes_one_client_per_space() {
    let srv = DevServer::start();
    srv.json(&["spaces", "create", "prod"]);
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "web",
        "--display-name",
        "Web",
        "--space",
        "default",
        "--space",
        "prod",
        "--scope",
        "api.read",
    ]);
    let arr = v.as_array().expect("several spaces give a JSON array");
    assert_eq!(arr.len(), 2, "{v}");
    assert_eq!(arr[0]["client"]["clientName"], "web-default");
    assert_eq!(arr[0]["client"]["spaceId"], "default");
    assert_eq!(arr[1]["client"]["clientName"], "web-prod");
    assert_eq!(arr[1]["client"]["spaceId"], "prod");
    for e in arr {
        assert_eq!(e["client"]["displayName"], "Web");
        assert_eq!(strs(&e["client"]["allowedScopes"]), ["api.read"]);
        assert!(e["secret"]["value"].is_string(), "each gets a secret: {e}");
        assert_eq!(e["secret"]["clientId"], e["client"]["clientId"]);
    }
    assert_ne!(arr[0]["client"]["clientId"], arr[1]["client"]["clientId"]);
    assert_ne!(arr[0]["secret"]["value"], arr[1]["secret"]["value"]);

    // Each secret works for its own client.
    for e in arr {
        let (status, body) = srv.token(
            e["client"]["clientId"].as_str().unwrap(),
            e["secret"]["value"].as_str().unwrap(),
            true,
            "",
            None,
        );
        assert_eq!(status, 200, "{body}");
    }

    // The display name defaults to the name given (not NAME-SPACE).
    let v = srv.json(&[
        "clients", "create", "--name", "api", "--space", "default", "--space", "prod",
    ]);
    for e in v.as_array().unwrap() {
        assert_eq!(e["client"]["displayName"], "api");
    }
}

#[test]
fn clients_create_with_several_spaces_refuses_a_fixed_client_id() {
    let srv = DevServer::start();
    srv.json(&["spaces", "create", "prod"]);
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--client-id",
        "fixed",
        "--space",
        "default",
        "--space",
        "prod",
    ]);
    assert_rejected(&srv, &out, 2, "--client-id", &before);
}

// ---------- missing values without a terminal ----------

/// The three ways of being non-interactive: no terminal, `--no-input`, `CI` set.
fn non_interactive_variants(srv: &DevServer, args: &[&str]) -> Vec<(&'static str, Out)> {
    let plain = srv.run(args);
    let mut with_flag = vec!["--no-input"];
    with_flag.extend_from_slice(args);
    let no_input = srv.run(&with_flag);
    let ci = Out::from(srv.cmd().env("CI", "1").args(args).output().unwrap());
    let ci_true = Out::from(srv.cmd().env("CI", "true").args(args).output().unwrap());
    vec![
        ("no terminal", plain),
        ("--no-input", no_input),
        ("CI=1", ci),
        ("CI=true", ci_true),
    ]
}

#[test]
fn missing_name_is_an_error_naming_the_flag() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    for (how, out) in non_interactive_variants(&srv, &["clients", "create", "--space", "default"]) {
        assert_eq!(out.code, 2, "{how}: {out:?}");
        assert!(out.stderr.contains("--name"), "{how}: {}", out.stderr);
    }
    assert_eq!(client_ids(&srv), before);
}

#[test]
fn missing_space_with_several_spaces_lists_the_spaces() {
    let srv = DevServer::start();
    srv.json(&["spaces", "create", "prod"]);
    let before = client_ids(&srv);
    for (how, out) in non_interactive_variants(&srv, &["clients", "create", "--name", "x"]) {
        assert_eq!(out.code, 2, "{how}: {out:?}");
        assert!(out.stderr.contains("--space"), "{how}: {}", out.stderr);
        assert!(
            out.stderr.contains("default") && out.stderr.contains("prod"),
            "{how}: the spaces are not listed: {}",
            out.stderr
        );
    }
    assert_eq!(client_ids(&srv), before);
}

#[test]
fn authorization_code_without_redirect_uri_names_the_flag() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let args = [
        "clients",
        "create",
        "--name",
        "web",
        "--space",
        "default",
        "--grant-type",
        "authorization_code",
    ];
    for (how, out) in non_interactive_variants(&srv, &args) {
        assert_eq!(out.code, 2, "{how}: {out:?}");
        assert!(
            out.stderr.contains("--redirect-uri"),
            "{how}: {}",
            out.stderr
        );
    }
    // A public client defaults to authorization_code, so it needs a redirect URI too.
    let out = srv.run(&["clients", "create", "--name", "spa", "--public"]);
    assert_rejected(&srv, &out, 2, "--redirect-uri", &before);
}

// ---------- validation: a clear error, nothing changed ----------

#[test]
fn http_redirect_uri_to_a_non_loopback_host_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--redirect-uri",
        "http://app.example.com/cb",
    ]);
    assert_rejected(&srv, &out, 2, "--redirect-uri", &before);
    out.assert_stderr("https");
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--post-logout-redirect-uri",
        "http://app.example.com/bye",
    ]);
    assert_rejected(&srv, &out, 2, "--post-logout-redirect-uri", &before);
}

#[test]
fn redirect_uri_with_a_fragment_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--redirect-uri",
        "https://app.example.com/cb#frag",
    ]);
    assert_rejected(&srv, &out, 2, "fragment", &before);
}

#[test]
fn relative_redirect_uri_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    for uri in [
        "/callback",
        "app.example.com/cb",
        "ftp://app.example.com/cb",
    ] {
        let out = srv.run(&["clients", "create", "--name", "web", "--redirect-uri", uri]);
        assert_rejected(&srv, &out, 2, "--redirect-uri", &before);
    }
}

#[test]
fn loopback_http_redirect_uris_are_allowed() {
    let srv = DevServer::start();
    for (name, uri) in [
        ("v4", "http://127.0.0.1:4321/cb"),
        ("v6", "http://[::1]:4321/cb"),
        ("localhost", "http://localhost/cb"),
    ] {
        let v = srv.json(&["clients", "create", "--name", name, "--redirect-uri", uri]);
        assert_eq!(strs(&v["client"]["redirectUris"]), [uri], "{v}");
        assert_eq!(
            strs(&v["client"]["allowedGrantTypes"]),
            ["authorization_code"]
        );
    }
}

#[test]
fn invalid_scope_token_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    for bad in ["a\"b", "back\\slash", "caf\u{e9}"] {
        let out = srv.run(&["clients", "create", "--name", "web", "--scope", bad]);
        assert_rejected(&srv, &out, 2, "--scope", &before);
        out.assert_stderr("not a valid scope");
    }
}

#[test]
fn unknown_scope_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--scope",
        "no.such.scope",
    ]);
    assert_rejected(&srv, &out, 2, "no.such.scope", &before);
    out.assert_stderr("unknown scope");
}

#[test]
fn unknown_space_is_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let out = srv.run(&["clients", "create", "--name", "web", "--space", "nope"]);
    assert_rejected(&srv, &out, 2, "nope", &before);
    out.assert_stderr("--space");
    out.assert_stderr("default"); // the known spaces are named
}

#[test]
fn unknown_grant_type_and_bad_cors_origin_are_rejected() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "w",
        "--grant-type",
        "password",
    ]);
    assert_rejected(&srv, &out, 2, "--grant-type", &before);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "w",
        "--cors-origin",
        "https://app.example.com/path",
    ]);
    assert_rejected(&srv, &out, 2, "--cors-origin", &before);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "w",
        "--client-id",
        "has space",
    ]);
    assert_rejected(&srv, &out, 2, "--client-id", &before);
}

#[test]
fn duplicate_client_name_is_a_conflict() {
    let srv = DevServer::start();
    srv.client("taken", &[]);
    let before = client_ids(&srv);
    let out = srv.run(&["clients", "create", "--name", "taken", "--space", "default"]);
    out.assert_code(5);
    let unquoted = out.stderr.replace('"', "");
    assert!(
        unquoted.contains("a client named taken already exists in tenant default"),
        "{}",
        out.stderr
    );
    assert_eq!(client_ids(&srv), before);

    // A duplicate client ID is a conflict too.
    let first = srv.json(&[
        "clients",
        "create",
        "--name",
        "one",
        "--client-id",
        "fixed-id",
    ]);
    assert_eq!(first["client"]["clientId"], "fixed-id");
    let before = client_ids(&srv);
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "two",
        "--client-id",
        "fixed-id",
    ]);
    out.assert_code(5).assert_stderr("fixed-id");
    assert_eq!(client_ids(&srv), before);
}

#[test]
fn unknown_client_id_is_not_found_for_show_update_delete() {
    let srv = DevServer::start();
    let before = client_ids(&srv);
    for args in [
        vec!["clients", "show", "no-such-client"],
        vec!["clients", "update", "no-such-client", "--display-name", "X"],
        vec!["clients", "delete", "no-such-client", "--yes"],
        vec!["secrets", "list", "no-such-client"],
        vec!["secrets", "create", "no-such-client"],
    ] {
        let out = srv.run(&args);
        assert_rejected(&srv, &out, 4, "no-such-client", &before);
    }
}

// ---------- list, show, update, delete ----------

#[test]
fn clients_list_follows_every_page() {
    let srv = DevServer::start();
    // The dev server's own clients: the admin client and the CLI's login client.
    let mut made = vec!["oauthctl-admin".to_string(), "oauthctl-cli".to_string()];
    for i in 0..5 {
        let (id, _) = srv.client(&format!("paged-{i}"), &[]);
        made.push(id);
    }
    made.sort();

    let mut args = vec!["-v", "-o", "json", "clients", "list", "--page-size", "2"];
    let out = srv.run(&args);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("one JSON document");
    let mut ids: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientId"].as_str().unwrap().to_string())
        .collect();
    let listed = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(listed, ids.len(), "a client was listed twice");
    assert_eq!(ids, made);
    // 6 clients, 2 per page: three requests (the -v trace shows each).
    let pages = out
        .stderr
        .lines()
        .filter(|l| l.contains("GET") && l.contains("/clients?"))
        .count();
    assert!(
        pages >= 3,
        "expected at least 3 page requests:\n{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("pageToken="),
        "no page token was followed:\n{}",
        out.stderr
    );

    // The table lists them all too.
    args.retain(|a| *a != "-o" && *a != "json" && *a != "-v");
    let out = srv.run(&args);
    out.assert_code(0).assert_stdout("CLIENT ID");
    for id in &made {
        out.assert_stdout(id);
    }
    assert_eq!(out.stdout.lines().count(), 1 + made.len(), "{}", out.stdout);
}

#[test]
fn clients_list_page_size_is_checked() {
    let srv = DevServer::start();
    srv.run(&["clients", "list", "--page-size", "0"])
        .assert_code(2);
    srv.run(&["clients", "list", "--page-size", "10001"])
        .assert_code(2);
    // More than the dev server serves in a page (1000): lowered to it.
    let out = srv.run(&["-v", "clients", "list", "--page-size", "5000"]);
    out.assert_code(0);
    assert!(out.stderr.contains("limit=1000"), "{}", out.stderr);
    assert!(!out.stderr.contains("limit=5000"), "{}", out.stderr);
    let v = srv.json(&["clients", "list", "--page-size", "1"]);
    // the dev server's own two clients, one page each
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn clients_list_filters_by_space() {
    let srv = DevServer::start();
    srv.json(&["spaces", "create", "prod"]);
    srv.json(&["spaces", "create", "empty"]);
    let a = srv.json(&["clients", "create", "--name", "a", "--space", "prod"]);
    let b = srv.json(&["clients", "create", "--name", "b", "--space", "prod"]);
    srv.json(&["clients", "create", "--name", "c", "--space", "default"]);

    let v = srv.json(&["clients", "list", "--space", "prod", "--page-size", "1"]);
    let mut names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["a", "b"]);
    for c in v.as_array().unwrap() {
        assert_eq!(c["spaceId"], "prod");
        assert!(
            c["clientId"] == a["client"]["clientId"] || c["clientId"] == b["client"]["clientId"]
        );
    }
    assert_eq!(
        srv.json(&["clients", "list", "--space", "empty"]),
        json!([])
    );
    let v = srv.json(&["clients", "list", "--space", "default"]);
    assert_eq!(v.as_array().unwrap().len(), 3); // the admin client, the login client and c
                                                // An unknown space is not an empty list.
    let out = srv.run(&["clients", "list", "--space", "nope"]);
    assert_ne!(out.code, 0, "{out:?}");
    out.assert_stderr("nope");
}

#[test]
fn clients_show_in_json_and_as_a_table() {
    let srv = DevServer::start();
    let created = srv.json(&[
        "clients",
        "create",
        "--name",
        "shown",
        "--display-name",
        "Shown App",
        "--scope",
        "api.read",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    let v = srv.json(&["clients", "show", id]);
    assert_eq!(v, created["client"]);
    assert!(v.get("secret").is_none() && v.get("value").is_none());
    let out = srv.run(&["clients", "show", id]);
    out.assert_code(0)
        .assert_stdout(id)
        .assert_stdout("Shown App")
        .assert_stdout("api.read");
    assert!(!out
        .stdout
        .contains(created["secret"]["value"].as_str().unwrap()));
}

#[test]
fn clients_update_changes_display_name_lists_and_booleans() {
    let srv = DevServer::start();
    let created = srv.json(&[
        "clients",
        "create",
        "--name",
        "upd",
        "--redirect-uri",
        "https://old.example.com/cb",
        "--grant-type",
        "authorization_code",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api.read",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap().to_string();
    let secret = created["secret"]["value"].as_str().unwrap().to_string();

    let v = srv.json(&[
        "clients",
        "update",
        &id,
        "--display-name",
        "New Name",
        "--redirect-uri",
        "https://new.example.com/cb",
        "--redirect-uri",
        "http://localhost:9999/cb",
        "--offline-access",
        "--require-consent",
        "--no-remember-consent",
        "--no-require-pkce",
        "--allow-ropc",
        "--no-backchannel-logout-session",
    ]);
    assert_eq!(v["clientName"], "upd");
    assert_eq!(v["displayName"], "New Name");
    assert_eq!(
        strs(&v["redirectUris"]),
        ["https://new.example.com/cb", "http://localhost:9999/cb"]
    );
    assert_eq!(v["allowOfflineAccess"], true);
    assert_eq!(v["requireConsent"], true);
    assert_eq!(v["allowRememberConsent"], false);
    assert_eq!(v["allowNoPkce"], true);
    assert_eq!(v["allowRopc"], true);
    assert_eq!(v["backChannelLogoutSessionRequired"], false);
    // Untouched fields stay.
    assert_eq!(strs(&v["allowedScopes"]), ["api.read"]);
    assert_eq!(
        strs(&v["allowedGrantTypes"]),
        ["authorization_code", "client_credentials"]
    );
    assert_eq!(v["createdAt"], created["client"]["createdAt"]);
    assert_eq!(
        srv.json(&["clients", "show", &id]),
        v,
        "the update was not stored"
    );

    // Back to false, and scopes replaced.
    let v = srv.json(&[
        "clients",
        "update",
        &id,
        "--no-offline-access",
        "--scope",
        "api.read api.write",
    ]);
    assert_eq!(v["allowOfflineAccess"], false);
    assert_eq!(strs(&v["allowedScopes"]), ["api.read", "api.write"]);
    assert_eq!(v["displayName"], "New Name");

    // The secret still works after the updates.
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");

    // Passing the same name is not a change.
    let v = srv.json(&[
        "clients",
        "update",
        &id,
        "--name",
        "upd",
        "--display-name",
        "Again",
    ]);
    assert_eq!(v["displayName"], "Again");
}

#[test]
fn clients_update_cannot_change_the_name() {
    let srv = DevServer::start();
    let (id, _) = srv.client("immutable-name", &[]);
    let before = srv.json(&["clients", "show", &id]);
    let out = srv.run(&["clients", "update", &id, "--name", "other-name"]);
    out.assert_code(2).assert_stderr("immutable");
    assert_eq!(srv.json(&["clients", "show", &id]), before);
    assert_eq!(
        client_names(&srv),
        ["immutable-name", "oauthctl-admin", "oauthctl-cli"]
    );
}

#[test]
fn clients_update_with_nothing_to_change_is_a_usage_error() {
    let srv = DevServer::start();
    let (id, _) = srv.client("nothing", &[]);
    let before = srv.json(&["clients", "show", &id]);
    srv.run(&["clients", "update", &id])
        .assert_code(2)
        .assert_stderr("nothing to change");
    assert_eq!(srv.json(&["clients", "show", &id]), before);
}

#[test]
fn clients_update_validates_like_create() {
    let srv = DevServer::start();
    let (id, _) = srv.client("validated", &[]);
    let before = srv.json(&["clients", "show", &id]);
    for args in [
        vec!["--redirect-uri", "http://app.example.com/cb"],
        vec!["--redirect-uri", "https://app.example.com/cb#x"],
        vec!["--scope", "bad\"scope"],
        vec!["--scope", "no.such.scope"],
        vec!["--grant-type", "authorization_code"], // no redirect URI
        vec!["--offline-access", "maybe"],
    ] {
        let mut full = vec!["clients", "update", id.as_str()];
        full.extend_from_slice(&args);
        let out = srv.run(&full);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert_eq!(srv.json(&["clients", "show", &id]), before, "{args:?}");
    }
}

#[test]
fn clients_delete_needs_yes_without_a_terminal() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("doomed", &[]);

    let out = srv.run(&["clients", "delete", &id]);
    out.assert_code(2).assert_stderr("--yes");
    srv.run(&["clients", "show", &id]).assert_code(0);
    let out = Out::from(
        srv.cmd()
            .env("CI", "1")
            .args(["clients", "delete", &id])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
    srv.run(&["clients", "show", &id]).assert_code(0);

    let v = srv.json(&["clients", "delete", &id, "--yes"]);
    assert_eq!(v["deleted"], id.as_str());
    srv.run(&["clients", "show", &id]).assert_code(4);
    assert!(!client_ids(&srv).contains(&id));
    // Its secrets went with it.
    let (status, _) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 401);
    // Deleting again: not found.
    srv.run(&["clients", "delete", &id, "-y"]).assert_code(4);
}

#[test]
fn clients_delete_of_the_calling_admin_client_is_refused() {
    let srv = DevServer::start();
    let out = srv.run(&["clients", "delete", "oauthctl-admin", "--yes"]);
    out.assert_code(5);
    srv.run(&["clients", "show", "oauthctl-admin"])
        .assert_code(0);
}

// ---------- --dry-run ----------

#[test]
fn a_public_client_dry_run_shows_require_client_secret() {
    let srv = DevServer::start();
    let out = srv.run(&[
        "-o",
        "json",
        "--dry-run",
        "clients",
        "create",
        "--name",
        "spa",
        "--space",
        "default",
        "--public",
        "--redirect-uri",
        "https://spa.example.com/cb",
    ]);
    out.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["dryRun"]["body"]["requireClientSecret"], false);
}
