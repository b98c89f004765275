//! `--api glewlwyd`: the real binary against the test binary's glewlwyd (tests/common/thirdparty.rs
//! starts it), through glewlwyd's own admin REST API. Its RFC 7591/7592 endpoints are tested as
//! an `rfc7592` kind, in rfc7592.rs.

use crate::common;
use common::fault::{Fault, Reply};
use common::thirdparty::*;
use common::{free_port, Out};

use super::Fixture;
use oauthctl::backend;
use serde_json::{json, Value};

/// The contract's fixture: the shared glewlwyd's admin API.
pub fn admin_api() -> Fixture {
    let g = Glewlwyd::shared();
    on(&g).holding(g)
}

/// The binary pointed at `g`'s admin API with its API key.
pub fn on(g: &Glewlwyd) -> Fixture {
    let mut k = Fixture::env_kind(
        backend::glewlwyd::DESCRIPTOR.kind(),
        &g.base_url,
        // oauthctl's default issuer for glewlwyd is {base}/api/oidc: left out.
        None,
        Some(&g.api_key),
    );
    k.set("CI", "1");
    k.scope = Some("api:read");
    k.raw_path = Some("/client/");
    k
}

/// Scopes a new client may be given.
const SCOPES: [&str; 2] = ["api:read", "api:write"];

/// `oauthctl token` for a client_credentials token with `secret` (from the environment).
fn token(s: &Fixture, client_id: &str, secret: &str, scope: &str, auth: &str) -> Out {
    s.run_env(
        &[("OAUTHCTL_APP_CLIENT_SECRET", secret)],
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            client_id,
            "--scope",
            scope,
            "--auth",
            auth,
        ],
    )
}

/// Creates a confidential client_credentials client; returns (client ID, secret).
fn client(s: &Fixture, name: &str, extra: &[&str]) -> (String, String) {
    let mut args = vec!["clients", "create", "--name", name];
    for sc in SCOPES {
        args.extend(["--scope", sc]);
    }
    args.extend_from_slice(extra);
    let v = s.json(&args);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
    )
}

#[track_caller]
fn assert_unsupported(out: &Out) {
    out.assert_code(2);
    let v: Value = serde_json::from_str(&out.stderr)
        .unwrap_or_else(|e| panic!("stderr is not JSON ({e}):\n{}", out.stderr));
    assert_eq!(v["error"]["code"], "unsupported", "{v}");
}

// ---------------------------------------------------------------------------------------------
// The scenarios (one server description each)
// ---------------------------------------------------------------------------------------------

/// create, token, show, list, update without losing the secret, rotate (exit 2 without
/// --replace; with it the new secret works and the old one is refused), delete (token refused).
fn lifecycle(s: &Fixture) {
    let scope = SCOPES[0];
    let created = s.json(&["clients", "create", "--name", "Lifecycle", "--scope", scope]);
    let id = created["client"]["clientId"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 36, "a generated UUID: {created}");
    assert_eq!(created["client"]["clientName"], "Lifecycle");
    assert_eq!(created["client"]["requireClientSecret"], true);
    assert_eq!(
        created["client"]["allowedGrantTypes"],
        json!(["client_credentials"])
    );
    assert_eq!(created["secret"]["expiration"], Value::Null);
    let secret = created["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 43, "256 bits, base64url");

    // token, with either client authentication method
    for auth in ["basic", "post"] {
        let out = token(s, &id, &secret, scope, auth);
        out.assert_code(0);
        let t: Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(t["access_token"].as_str().is_some_and(|a| !a.is_empty()));
    }

    // show, list
    let shown = s.json(&["clients", "show", &id]);
    assert_eq!(shown["allowedScopes"], json!([scope]));
    assert_eq!(shown["spaceId"], "");
    let list = s.json(&["clients", "list"]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|c| c["clientId"] == id.as_str()),
        "{list}"
    );

    // update: the secret, the grant types and the auth methods survive
    let updated = s.json(&[
        "clients",
        "update",
        &id,
        "--display-name",
        "Lifecycle, renamed",
        "--scope",
        &SCOPES.join(" "),
    ]);
    assert_eq!(updated["displayName"], "Lifecycle, renamed");
    assert_eq!(updated["clientName"], "Lifecycle");
    assert_eq!(updated["allowedGrantTypes"], json!(["client_credentials"]));
    assert!(updated.get("secret").is_none(), "no new secret: {updated}");
    let last = SCOPES[1];
    token(s, &id, &secret, last, "basic").assert_code(0);
    token(s, &id, &secret, last, "post").assert_code(0);

    // secrets list: the one secret, no expiry
    let secrets = s.json(&["secrets", "list", &id]);
    assert_eq!(secrets.as_array().unwrap().len(), 1, "{secrets}");
    assert_eq!(secrets[0]["expiration"], Value::Null);

    // rotate: without --replace nothing is sent
    let out = s.run(&["-o", "json", "secrets", "rotate", &id]);
    assert_unsupported(&out);
    assert!(out.stderr.contains("--replace"), "{}", out.stderr);
    token(s, &id, &secret, scope, "basic").assert_code(0);

    let rotated = s.json(&["secrets", "rotate", &id, "--replace"]);
    let new = rotated["secret"]["value"].as_str().unwrap().to_string();
    assert_ne!(new, secret);
    token(s, &id, &new, scope, "basic").assert_code(0);
    token(s, &id, &secret, scope, "basic")
        .assert_code(3)
        .assert_stderr("refused");

    // delete
    let out = s.run(&["clients", "delete", &id, "--yes"]);
    out.assert_code(0);
    token(s, &id, &new, scope, "basic").assert_code(3);
    s.run(&["clients", "show", &id]).assert_code(4);
    s.run(&["clients", "delete", &id, "--yes"]).assert_code(4);
}

/// Every command of a capability the kind lacks exits 2 with the code `unsupported` before any
/// request: the base URL points at a port where nothing listens, so a request would exit 1.
fn unsupported_commands(s: &Fixture) {
    let mut dead = on(&Glewlwyd::shared());
    dead.set(
        "OAUTHCTL_BASE_URL",
        &format!("http://127.0.0.1:{}", free_port()),
    );
    dead.set("OAUTHCTL_TOKEN", s.get("OAUTHCTL_TOKEN"));
    for args in [
        &["spaces", "list"][..],
        &["spaces", "create", "eu"],
        &["authorizations", "list"],
        &["authorizations", "show", "some-client"],
        &["authorizations", "revoke", "some-client", "--yes"],
        &["authorize", "some-client", "--scope", "api:read", "--yes"],
        &["secrets", "create", "some-client"],
        &["secrets", "revoke", "some-client", "current", "--yes"],
        &["secrets", "rotate", "some-client"],
        &["clients", "list", "--space", "eu"],
        &["clients", "create", "--name", "x", "--space", "eu"],
    ] {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = dead.run(&all);
        assert_unsupported(&out);
    }
}

// ---------------------------------------------------------------------------------------------
// glewlwyd
// ---------------------------------------------------------------------------------------------

#[test]
fn glewlwyd_client_lifecycle() {
    lifecycle(&admin_api());
}

#[test]
fn glewlwyd_unsupported_commands_send_nothing() {
    unsupported_commands(&admin_api());
}

#[test]
fn glewlwyd_create_writes_the_record_glewlwyd_needs() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let v = s.json(&[
        "clients",
        "create",
        "--name",
        "Web app",
        "--display-name",
        "The web app",
        "--client-id",
        "web-app",
        "--grant-type",
        "authorization_code",
        "--grant-type",
        "refresh_token",
        "--redirect-uri",
        "https://app.example.com/cb",
        "--post-logout-redirect-uri",
        "https://app.example.com/bye",
        "--scope",
        "api:read",
    ]);
    assert_eq!(v["client"]["clientId"], "web-app");
    assert_eq!(v["client"]["displayName"], "The web app");
    assert_eq!(v["client"]["allowOfflineAccess"], true);
    let (r, rec) = g.admin("GET", "/api/client/web-app", None);
    assert_eq!(r.status, 200);
    assert_eq!(rec["name"], "Web app");
    assert_eq!(rec["description"], "The web app");
    assert_eq!(rec["enabled"], true);
    assert_eq!(rec["confidential"], true);
    assert_eq!(rec["authorization_type"], json!(["code", "refresh_token"]));
    assert_eq!(rec["redirect_uri"], json!(["https://app.example.com/cb"]));
    assert_eq!(
        rec["post_logout_redirect_uri"],
        "https://app.example.com/bye"
    );
    assert_eq!(
        rec["token_endpoint_auth_method"],
        json!(["client_secret_basic", "client_secret_post"])
    );
    assert!(
        rec.get("client_secret").is_none(),
        "the secret is a hashed password, never client_secret: {rec}"
    );
    // `clients show` reads the same back
    let shown = s.json(&["clients", "show", "web-app"]);
    assert_eq!(shown, v["client"]);
}

#[test]
fn glewlwyd_duplicate_client_id_is_a_conflict() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    client(&s, "first", &["--client-id", "dup"]);
    let out = s.run(&[
        "clients",
        "create",
        "--name",
        "second",
        "--client-id",
        "dup",
    ]);
    out.assert_code(5).assert_stderr("already exist");
    let (_, rec) = g.admin("GET", "/api/client/dup", None);
    assert_eq!(rec["name"], "first", "the first client is untouched");
}

#[test]
fn glewlwyd_update_keeps_what_glewlwyd_would_drop() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let (id, secret) = client(
        &s,
        "keeper",
        &[
            "--grant-type",
            "client_credentials",
            "--post-logout-redirect-uri",
            "https://a.example.com/bye",
        ],
    );
    // a property oauthctl does not know of, set in glewlwyd directly
    let (_, mut rec) = g.admin("GET", &format!("/api/client/{id}"), None);
    rec["jwks_uri"] = json!("https://a.example.com/jwks");
    rec.as_object_mut().unwrap().remove("source");
    assert_eq!(
        g.admin("PUT", &format!("/api/client/{id}"), Some(&rec))
            .0
            .status,
        200
    );

    s.json(&["clients", "update", &id, "--display-name", "Kept"]);
    let (_, after) = g.admin("GET", &format!("/api/client/{id}"), None);
    assert_eq!(after["description"], "Kept");
    assert_eq!(after["authorization_type"], json!(["client_credentials"]));
    assert_eq!(after["scope"], json!(["api:read", "api:write"]));
    assert_eq!(
        after["token_endpoint_auth_method"],
        json!(["client_secret_basic", "client_secret_post"])
    );
    assert_eq!(
        after["post_logout_redirect_uri"],
        "https://a.example.com/bye"
    );
    assert_eq!(after["jwks_uri"], "https://a.example.com/jwks");
    token(&s, &id, &secret, "api:write", "post").assert_code(0);
}

#[test]
fn glewlwyd_refuses_what_it_cannot_store_before_any_request() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    for (args, flag) in [
        (
            &["--cors-origin", "https://a.example.com"][..],
            "--cors-origin",
        ),
        (&["--secret-expires-in", "30d"], "--secret-expires-in"),
        (&["--secret-description", "x"], "--secret-description"),
        (
            &[
                "--post-logout-redirect-uri",
                "https://a.example.com/1",
                "--post-logout-redirect-uri",
                "https://a.example.com/2",
            ],
            "--post-logout-redirect-uri",
        ),
        (&["--scope", "no-such-scope"], "no-such-scope"),
    ] {
        let mut all = vec![
            "clients",
            "create",
            "--name",
            "refused",
            "--client-id",
            "refused",
        ];
        all.extend_from_slice(args);
        s.run(&all).assert_code(2).assert_stderr(flag);
        assert_eq!(
            g.admin("GET", "/api/client/refused", None).0.status,
            404,
            "nothing was created for {args:?}"
        );
    }
    let (id, _) = client(&s, "kept", &[]);
    let (_, before) = g.admin("GET", &format!("/api/client/{id}"), None);
    for args in [
        &["--remember-consent", "false"][..],
        &["--allow-no-pkce", "false"],
        &["--cors-origin", "https://a.example.com"],
        &["--scope", "no-such-scope"],
    ] {
        let mut all = vec!["clients", "update", &id];
        all.extend_from_slice(args);
        s.run(&all).assert_code(2);
    }
    let (_, after) = g.admin("GET", &format!("/api/client/{id}"), None);
    assert_eq!(before, after);
}

#[test]
fn glewlwyd_list_pages_through_every_client() {
    // A glewlwyd of its own: it checks that paging shows every client exactly once, and paging
    // by offset over a server that other tests change at the same time may skip or repeat one.
    let g = Glewlwyd::start();
    let s = on(&g);
    let mut ids = vec![GLEWLWYD_REGISTRAR.to_string()];
    for i in 0..5 {
        ids.push(client(&s, &format!("paged {i}"), &[]).0);
    }
    let list = s.json(&["clients", "list", "--page-size", "2"]);
    let mut got: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientId"].as_str().unwrap().to_string())
        .collect();
    got.sort();
    ids.sort();
    assert_eq!(got, ids);
}

#[test]
fn glewlwyd_scopes_list_shows_its_scopes() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let v = s.json(&["scopes", "list"]);
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    for want in GLEWLWYD_SCOPES {
        assert!(names.contains(want), "{names:?}");
    }
    let read = v
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["name"] == "api:read");
    assert_eq!(read.unwrap()["description"], "the api:read scope");
}

#[test]
fn glewlwyd_replace_retires_a_clear_client_secret_too() {
    // A client registered through RFC 7591 keeps its secret in `client_secret`, which wins over
    // `password`: --replace removes it, so the old secret stops working.
    let g = Glewlwyd::shared();
    let s = on(&g);
    let (r, reg) = json_call(
        &g.registration_endpoint(),
        "POST",
        &[format!(
            "Authorization: Bearer {}",
            g.initial_access_token()
        )],
        Some(&json!({
            "client_name": "registered", "grant_types": ["client_credentials"],
            "response_types": [], "redirect_uris": ["https://svc.example/cb"],
            "token_endpoint_auth_method": "client_secret_basic",
        })),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let id = reg["client_id"].as_str().unwrap().to_string();
    let old = reg["client_secret"].as_str().unwrap().to_string();
    let scope = GLEWLWYD_REGISTERED_SCOPE;
    token(&s, &id, &old, scope, "basic").assert_code(0);

    let v = s.json(&["secrets", "rotate", &id, "--replace"]);
    let new = v["secret"]["value"].as_str().unwrap().to_string();
    token(&s, &id, &new, scope, "basic").assert_code(0);
    token(&s, &id, &old, scope, "basic").assert_code(3);
    let (_, rec) = g.admin("GET", &format!("/api/client/{id}"), None);
    assert!(rec.get("client_secret").is_none(), "{rec}");
}

#[test]
fn glewlwyd_public_client_made_confidential_gets_a_secret() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let v = s.json(&[
        "clients",
        "create",
        "--name",
        "spa",
        "--public",
        "--grant-type",
        "authorization_code",
        "--redirect-uri",
        "http://127.0.0.1:9/cb",
        "--scope",
        "api:read",
    ]);
    assert!(v["secret"].is_null(), "a public client has no secret: {v}");
    let id = v["client"]["clientId"].as_str().unwrap().to_string();
    assert_eq!(s.json(&["secrets", "list", &id]), json!([]));
    s.run(&["secrets", "rotate", &id, "--replace"])
        .assert_code(2)
        .assert_stderr("public");

    let file = s.home.path().join("confidential.json");
    std::fs::write(
        &file,
        r#"{"requireClientSecret": true, "allowedGrantTypes": ["client_credentials"]}"#,
    )
    .unwrap();
    let v = s.json(&[
        "clients",
        "update",
        &id,
        "--from-file",
        file.to_str().unwrap(),
    ]);
    let secret = v["secret"]["value"]
        .as_str()
        .expect("the new secret is shown");
    assert_eq!(v["client"]["requireClientSecret"], true);
    token(&s, &id, secret, "api:read", "basic").assert_code(0);
}

#[test]
fn glewlwyd_api_key_errors_are_auth_errors() {
    let g = Glewlwyd::shared();
    let mut s = on(&g);
    s.set("OAUTHCTL_TOKEN", "not-a-key");
    s.run(&["clients", "list"])
        .assert_code(3)
        .assert_stderr("API key");
    let out = Out::from(
        s.cmd()
            .env_remove("OAUTHCTL_TOKEN")
            .args(["clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3).assert_stderr("OAUTHCTL_TOKEN");
    // A create (no scope to check first) without a key: nothing left, so no "may have created".
    let out = Out::from(
        s.cmd()
            .env_remove("OAUTHCTL_TOKEN")
            .args(["clients", "create", "--name", "no-key"])
            .output()
            .unwrap(),
    );
    out.assert_code(3).assert_stderr("OAUTHCTL_TOKEN");
    assert!(!out.stderr.contains("may have created"), "{}", out.stderr);
}

#[test]
fn glewlwyd_raw_calls_go_below_api() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let v = s.json(&["api", "GET", &format!("/client/{GLEWLWYD_REGISTRAR}")]);
    assert_eq!(v["client_id"], GLEWLWYD_REGISTRAR);
    let v = s.json(&["api", "GET", "/api/scope/api:read"]);
    assert_eq!(v["name"], "api:read");
    s.run(&["api", "GET", "/client/no-such-client"])
        .assert_code(4);
    s.run(&["api", "GET", "../../etc/passwd"]).assert_code(2);
    // the API key never goes to another origin
    let elsewhere = format!("http://127.0.0.1:{}/api/client/", free_port());
    s.run(&["api", "GET", &elsewhere])
        .assert_code(2)
        .assert_stderr("leaves glewlwyd's API");
}

#[test]
fn glewlwyd_dry_run_sends_nothing_and_shows_no_secret() {
    let g = Glewlwyd::shared();
    let s = on(&g);
    let out = s.run(&[
        "--dry-run",
        "clients",
        "create",
        "--name",
        "dry",
        "--client-id",
        "dry",
    ]);
    out.assert_code(0).assert_stdout("<redacted>");
    assert_eq!(g.admin("GET", "/api/client/dry", None).0.status, 404);
    let (id, secret) = client(&s, "wet", &[]);
    s.run(&["--dry-run", "secrets", "rotate", &id, "--replace"])
        .assert_code(0);
    token(&s, &id, &secret, "api:read", "basic").assert_code(0);
}

/// A fault server (not a stand-in for glewlwyd) reads the create and closes the connection
/// without an answer, as a network failure after the request left would.
#[test]
fn glewlwyd_create_without_an_answer_says_what_to_check() {
    let f = Fault::start(|_, _| Some(Reply::close()));
    let s = Fixture::env_kind(
        backend::glewlwyd::DESCRIPTOR.kind(),
        &f.base_url,
        None,
        Some("some-key"),
    );
    let out = s.run(&[
        "clients",
        "create",
        "--name",
        "lost",
        "--client-id",
        "lost-1",
    ]);
    out.assert_code(1)
        .assert_stderr("oauthctl clients show lost-1")
        .assert_stderr("oauthctl secrets rotate lost-1 --replace");
    assert_eq!(
        f.requests().len(),
        1,
        "a create is sent once, never retried"
    );
}

#[test]
fn glewlwyd_apply_in_parallel_stores_each_client_as_declared() {
    // glewlwyd corrupts writes that overlap (clients stored with another's scopes, without their
    // grant types, or a 500): the backend sends one change at a time, whatever --concurrency says.
    let s = admin_api();
    let tag = std::process::id();
    let want = |i: usize| -> Vec<&str> {
        if i % 2 == 1 {
            vec!["api:read"]
        } else {
            vec!["api:read", "api:write"]
        }
    };
    let clients: Vec<Value> = (0..24)
        .map(|i| {
            json!({"clientId": format!("par-{tag}-{i:02}"), "clientName": format!("par-{tag}-{i:02}"),
                   "allowedGrantTypes": ["client_credentials"], "allowedScopes": want(i)})
        })
        .collect();
    let file = serde_json::to_string(&json!({ "clients": clients })).unwrap();
    let out = s.run_stdin(
        &["-o", "json", "apply", "-f", "-", "--yes", "--concurrency", "8"],
        &file,
    );
    out.assert_code(0);
    s.run_stdin(&["diff", "-f", "-", "--exit-code"], &file)
        .assert_code(0);
    for i in 0..24 {
        let c = s.json(&["clients", "show", &format!("par-{tag}-{i:02}")]);
        assert_eq!(c["allowedScopes"], json!(want(i)), "{c}");
        assert_eq!(c["allowedGrantTypes"], json!(["client_credentials"]), "{c}");
    }
}
