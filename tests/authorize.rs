//! Issue 4 (authorizing an app, as in Genesys Cloud): `oauthctl scopes list`, `oauthctl authorize CLIENT_ID|--url …`,
//! `oauthctl authorizations list|show|revoke`, enforced at the dev server's token endpoint, with
//! tenant isolation. Every test runs the real binary against a real dev server without a terminal
//! (stdin is /dev/null); the interactive multi-select is in tests/authorize_tty.rs.

use crate::common;

use common::fault::Fault;
use common::*;
use serde_json::Value;

/// A well-formed dash-separated hex ID that no client has.
const UNKNOWN_ID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";

/// Scopes as a sorted list of strings, from a JSON array.
fn scopes_of(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

/// A space-separated scope string, as a sorted list.
fn split_scopes(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.split_ascii_whitespace().map(String::from).collect();
    v.sort();
    v
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

/// `authorizations show ID -o json` as the admin of `tenant`.
fn authorization(srv: &DevServer, tenant: &str, id: &str) -> Value {
    srv.json_tenant(tenant, &["authorizations", "show", id])
}

// ---------- scopes list ----------

#[test]
fn scopes_list_table_and_json() {
    let srv = DevServer::start();
    let out = srv.run(&["scopes", "list"]);
    out.assert_code(0);
    let header = out.stdout.lines().next().unwrap_or_default().to_lowercase();
    assert!(
        header.contains("name") && header.contains("description"),
        "table header: {}",
        out.stdout
    );
    for (name, description) in [
        ("api.read", "Read data through the API"),
        ("api.write", "Change data through the API"),
        ("offline_access", "Keep access with a refresh token"),
        ("oauthctl.admin", "Manage this tenant through the admin API"),
    ] {
        let line = out
            .stdout
            .lines()
            .find(|l| l.split_whitespace().any(|w| w == name))
            .unwrap_or_else(|| panic!("no row for {name}:\n{}", out.stdout));
        assert!(line.contains(description), "row of {name}: {line}");
    }

    let v = srv.json(&["scopes", "list"]);
    let arr = v.as_array().expect("a JSON array");
    assert!(arr.len() >= 8, "{v}");
    for s in arr {
        let obj = s.as_object().expect("an object per scope");
        assert!(obj["name"].is_string(), "{s}");
        assert!(
            obj["description"].as_str().is_some_and(|d| !d.is_empty()),
            "{s}"
        );
    }
    let openid = arr.iter().find(|s| s["name"] == "openid").expect("openid");
    assert_eq!(openid["description"], "Sign the user in (OpenID Connect)");
}

#[test]
fn scopes_list_of_a_second_tenant() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let v = srv.json_tenant("acme", &["scopes", "list"]);
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"api.read") && names.contains(&"email"),
        "{v}"
    );
}

// ---------- authorize by ID, no terminal ----------

#[test]
fn authorize_by_id_with_scope_flags_and_yes() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "api.write", "email"]);

    let v = srv.json(&[
        "authorize",
        &id,
        "--scope",
        "api.read",
        "--scope",
        "email",
        "--yes",
    ]);
    assert_eq!(v["clientId"], id.as_str());
    assert_eq!(v["tenantId"], "default");
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read", "email"]));
    assert_eq!(
        scopes_of(&authorization(&srv, "default", &id)["scopes"]),
        sorted(&["api.read", "email"])
    );

    // `a b` in one --scope value is split.
    let v = srv.json(&["authorize", &id, "--scope", "api.write email", "--yes"]);
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.write", "email"]));

    // Human output names what was granted and denied.
    let out = srv.run(&["authorize", &id, "--scope", "api.read", "--yes"]);
    out.assert_code(0)
        .assert_stderr("authorized")
        .assert_stderr("api.read")
        .assert_stderr("denied");
    assert!(
        out.stderr.contains("api.write") && out.stderr.contains("email"),
        "the denied scopes are named:\n{}",
        out.stderr
    );
}

#[test]
fn authorize_by_id_all_requested() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "api.write"]);
    srv.json(&["authorize", &id, "--scope", "api.read", "--yes"]);
    let v = srv.json(&["authorize", &id, "--all-requested", "--yes"]);
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read", "api.write"]));
    assert_eq!(
        scopes_of(&authorization(&srv, "default", &id)["scopes"]),
        sorted(&["api.read", "api.write"])
    );
}

#[test]
fn authorize_without_yes_and_without_terminal_is_exit_2_and_changes_nothing() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "api.write"]);
    let before = authorization(&srv, "default", &id);

    for args in [
        vec!["authorize", id.as_str(), "--scope", "api.read"],
        vec!["authorize", id.as_str(), "--all-requested"],
    ] {
        let out = srv.run(&args);
        out.assert_code(2).assert_stderr("--yes");
        assert!(out.stdout.is_empty(), "{}", out.stdout);
    }
    assert_eq!(authorization(&srv, "default", &id), before);
}

#[test]
fn authorize_without_scope_choice_and_without_terminal_is_exit_2() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "api.write"]);
    let before = authorization(&srv, "default", &id);
    let out = srv.run(&["authorize", &id, "--yes"]);
    out.assert_code(2)
        .assert_stderr("--scope")
        .assert_stderr("--all-requested")
        // the hint lists what the client requests
        .assert_stderr("api.write");
    // --scope and --all-requested exclude each other
    srv.run(&[
        "authorize",
        &id,
        "--scope",
        "api.read",
        "--all-requested",
        "--yes",
    ])
    .assert_code(2);
    assert_eq!(authorization(&srv, "default", &id), before);
}

// ---------- authorize --url ----------

#[test]
fn authorize_by_url_takes_client_id_and_scopes_from_the_url() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "api.write", "email"]);
    srv.json(&["authorize", &id, "--scope", "api.write", "--yes"]);

    // Therefore's form: percent-encoded space between scopes.
    let url = format!(
        "https://login.example.com/OAuth/Authorize?tenant=default&client_id={id}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=xyz&scope=api.read%20email&response_type=code"
    );
    let v = srv.json(&["authorize", "--url", &url, "--yes"]);
    assert_eq!(v["clientId"], id.as_str());
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read", "email"]));
    assert_eq!(
        scopes_of(&authorization(&srv, "default", &id)["scopes"]),
        sorted(&["api.read", "email"])
    );

    // `+` is a space in a query string, too.
    let url = format!("https://x.example/authorize?client_id={id}&scope=api.write+email");
    let v = srv.json(&["authorize", "--url", &url, "--yes"]);
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.write", "email"]));

    // --scope overrides the URL's scopes.
    let v = srv.json(&["authorize", "--url", &url, "--scope", "api.read", "--yes"]);
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read"]));
}

#[test]
fn authorize_by_url_still_needs_yes_without_a_terminal() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "email"]);
    srv.json(&["authorize", &id, "--scope", "email", "--yes"]);
    let before = authorization(&srv, "default", &id);
    let url = format!("https://x.example/authorize?client_id={id}&scope=api.read%20email");
    srv.run(&["authorize", "--url", &url])
        .assert_code(2)
        .assert_stderr("--yes");
    assert_eq!(authorization(&srv, "default", &id), before);
}

#[test]
fn authorize_by_url_without_client_id_is_exit_2() {
    let srv = DevServer::start();
    let out = srv.run(&[
        "authorize",
        "--url",
        "https://login.example.com/OAuth/Authorize?tenant=default&scope=api.read%20email&response_type=code",
        "--yes",
    ]);
    out.assert_code(2).assert_stderr("client_id");
    // An empty client_id is the same as none.
    srv.run(&[
        "authorize",
        "--url",
        "https://x.example/authorize?client_id=&scope=api.read",
        "--yes",
    ])
    .assert_code(2)
    .assert_stderr("client_id");
    // Not a URL at all.
    srv.run(&["authorize", "--url", "client_id=abc", "--yes"])
        .assert_code(2);
    // Both an ID and --url: a usage error.
    srv.run(&[
        "authorize",
        UNKNOWN_ID,
        "--url",
        "https://x.example/authorize?client_id=abc",
        "--yes",
    ])
    .assert_code(2);
}

#[test]
fn authorize_by_url_with_a_scope_the_client_does_not_request_is_exit_2() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read"]);
    let before = authorization(&srv, "default", &id);
    let url = format!("https://x.example/authorize?client_id={id}&scope=api.read%20api.write");
    srv.run(&["authorize", "--url", &url, "--yes"])
        .assert_code(2)
        .assert_stderr("api.write");
    assert_eq!(authorization(&srv, "default", &id), before);
}

// ---------- client ID errors ----------

#[test]
fn mistyped_hex_client_id_is_exit_2_before_any_request() {
    // A fault server that must never see a connection: the ID is checked before any request.
    let server = Fault::start(|_, _| None);
    let base = server.base_url.clone();
    let home = Home::new();
    let cases = [
        // wrong length: 7 hex digits in the first group
        ("0f8fad5-d9cb-469f-a165-70867728950e", "characters"),
        // wrong length: last group one short
        ("0f8fad5b-d9cb-469f-a165-70867728950", "characters"),
        // non-hex
        ("0f8fad5b-d9cb-469f-a165-70867728950g", "hex"),
        ("0f8fad5b-d9cb-469f-a1x5-70867728950e", "hex"),
        // a group missing
        ("0f8fad5b-d9cb-469f-70867728950e", "groups"),
    ];
    for (id, says) in cases {
        let url = format!("https://x.example/authorize?client_id={id}");
        for args in [
            vec!["authorize", id, "--all-requested", "--yes"],
            vec!["authorize", "--url", url.as_str(), "--yes"],
        ] {
            let out = Out::from(
                home.command()
                    .env("OAUTHCTL_BASE_URL", &base)
                    .env("OAUTHCTL_CLIENT_ID", "oauthctl-admin")
                    .env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET)
                    .args(&args)
                    .output()
                    .unwrap(),
            );
            out.assert_code(2).assert_stderr(id).assert_stderr(says);
            assert!(
                out.stderr.contains("nnnnnnnn-nnnn-nnnn-nnnn-nnnnnnnnnnnn")
                    || out.stderr.contains("not a valid client ID"),
                "the message says the ID is malformed:\n{}",
                out.stderr
            );
        }
    }
    assert_eq!(
        server.connections(),
        0,
        "oauthctl connected to the server for a malformed ID: {:?}",
        server.requests()
    );
}

#[test]
fn unknown_well_formed_client_id_is_exit_4_with_a_hint_to_ask_the_provider() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let out = srv.run(&["authorize", UNKNOWN_ID, "--all-requested", "--yes"]);
    out.assert_code(4)
        .assert_stderr(&format!("no client with ID {UNKNOWN_ID}"))
        .assert_stderr("ask the app's provider");
    let url = format!("https://x.example/authorize?client_id={UNKNOWN_ID}&scope=api.read");
    srv.run_tenant("acme", &["authorize", "--url", &url, "--yes"])
        .assert_code(4)
        .assert_stderr("ask the app's provider");
    // nothing was created
    let list = srv.json(&["authorizations", "list"]);
    assert!(
        !list
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["clientId"] == UNKNOWN_ID),
        "{list}"
    );
}

// ---------- scope errors ----------

#[test]
fn granting_a_scope_the_client_does_not_request_is_exit_2_and_changes_nothing() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "email"]);
    srv.json(&["authorize", &id, "--scope", "api.read", "--yes"]);
    let before = authorization(&srv, "default", &id);
    let out = srv.run(&[
        "authorize",
        &id,
        "--scope",
        "api.read",
        "--scope",
        "api.write",
        "--yes",
    ]);
    out.assert_code(2)
        .assert_stderr("does not request")
        .assert_stderr("api.write");
    assert_eq!(authorization(&srv, "default", &id), before);
}

#[test]
fn granting_an_unknown_scope_is_exit_2_and_changes_nothing() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "email"]);
    let before = authorization(&srv, "default", &id);
    let out = srv.run(&["authorize", &id, "--scope", "no.such.scope", "--yes"]);
    out.assert_code(2)
        .assert_stderr("unknown scope")
        .assert_stderr("no.such.scope");
    // A malformed scope token is a usage error too.
    srv.run(&["authorize", &id, "--scope", "bad\"scope", "--yes"])
        .assert_code(2);
    assert_eq!(authorization(&srv, "default", &id), before);
}

// ---------- idempotence ----------

#[test]
fn re_running_authorize_replaces_the_grant() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("app", &["api.read", "api.write", "email"]);
    let first = srv.json(&["authorize", &id, "--scope", "api.read", "--yes"]);
    let second = srv.json(&["authorize", &id, "--scope", "api.read", "--yes"]);
    assert_eq!(first["scopes"], second["scopes"]);
    assert_eq!(first["createdAt"], second["createdAt"]);
    let list = srv.json(&["authorizations", "list"]);
    let mine: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["clientId"] == id.as_str())
        .collect();
    assert_eq!(mine.len(), 1, "one authorization per client: {list}");

    // Replaces, does not add: api.read is gone afterwards.
    let third = srv.json(&["authorize", &id, "--scope", "email", "--yes"]);
    assert_eq!(scopes_of(&third["scopes"]), sorted(&["email"]));
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "email");
}

// ---------- cross-tenant and the token endpoint ----------

#[test]
fn cross_tenant_authorization_governs_tokens_for_that_tenant() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("partner-app", &["api.read", "api.write", "email"]);

    // Before acme authorizes it: refused, and the description names the tenant.
    let (status, body) = srv.token(&id, &secret, true, "", Some("acme"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
    let desc = body["error_description"].as_str().unwrap_or_default();
    assert!(desc.contains("acme"), "{body}");
    // Its own tenant works.
    let (status, _) = srv.token(&id, &secret, true, "", Some("default"));
    assert_eq!(status, 200);

    // acme's admin sees the app and who made it.
    let out = srv.run_tenant("acme", &["authorize", &id, "--scope", "api.read", "--yes"]);
    out.assert_code(0)
        .assert_stderr("partner-app")
        .assert_stderr("tenant default");
    let v = authorization(&srv, "acme", &id);
    assert_eq!(v["tenantId"], "acme");
    assert_eq!(v["clientId"], id.as_str());
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read"]));

    // A token for acme carries only the granted scopes.
    let (status, body) = srv.token(&id, &secret, true, "", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.read");
    let (status, body) = srv.token(&id, &secret, false, "scope=api.write", Some("acme"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
    // In default the client keeps all its scopes.
    let (status, body) = srv.token(&id, &secret, true, "", Some("default"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        split_scopes(body["scope"].as_str().unwrap()),
        sorted(&["api.read", "api.write", "email"])
    );
    // The token itself says which tenant it is for.
    let token = srv.token(&id, &secret, true, "", Some("acme")).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let info = srv.introspect(&token, &id, &secret);
    assert_eq!(info["active"], true, "{info}");
    assert_eq!(info["tenant"], "acme");
    assert_eq!(info["scope"], "api.read");

    // default's authorizations are untouched by acme's grant.
    assert_eq!(
        scopes_of(&authorization(&srv, "default", &id)["scopes"]),
        sorted(&["api.read", "api.write", "email"])
    );
}

#[test]
fn token_scopes_are_requested_and_allowed_and_authorized() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("app", &["api.read", "api.write", "email"]);
    srv.json_tenant(
        "acme",
        &[
            "authorize",
            &id,
            "--scope",
            "api.read",
            "--scope",
            "email",
            "--yes",
        ],
    );
    let (status, body) = srv.token(&id, &secret, true, "scope=email", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "email");
    let (status, body) = srv.token(&id, &secret, true, "scope=email%20api.read", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        split_scopes(body["scope"].as_str().unwrap()),
        sorted(&["api.read", "email"])
    );
    // A scope the client is not allowed at all.
    let (status, body) = srv.token(&id, &secret, true, "scope=openid", Some("acme"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
    // An unknown tenant is not confused with "not authorized".
    let (status, body) = srv.token(&id, &secret, true, "", Some("nosuchtenant"));
    assert_eq!(status, 400, "{body}");
    assert_ne!(body["error"], "unauthorized_client", "{body}");
}

#[test]
fn narrowing_the_grant_drops_the_removed_scope_from_new_tokens() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("app", &["api.read", "api.write"]);
    srv.json_tenant("acme", &["authorize", &id, "--all-requested", "--yes"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.write");

    srv.json_tenant("acme", &["authorize", &id, "--scope", "api.read", "--yes"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", Some("acme"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
    let (status, body) = srv.token(&id, &secret, false, "", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.read");

    // Narrowing the client's own-tenant authorization works the same way.
    srv.json(&["authorize", &id, "--scope", "api.write", "--yes"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.read", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.write");
}

// ---------- revocation ----------

#[test]
fn revoking_makes_an_existing_token_inactive_at_once() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("app", &["api.read"]);
    srv.json_tenant("acme", &["authorize", &id, "--all-requested", "--yes"]);
    let acme_token = srv.token(&id, &secret, true, "", Some("acme")).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let default_token = srv.token(&id, &secret, true, "", None).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let info = srv.introspect(&acme_token, &id, &secret);
    assert_eq!(info["active"], true, "{info}");

    // Without --yes and without a terminal: refused, nothing changes.
    srv.run_tenant("acme", &["authorizations", "revoke", &id])
        .assert_code(2)
        .assert_stderr("--yes");
    assert_eq!(srv.introspect(&acme_token, &id, &secret)["active"], true);

    let v = srv.json_tenant("acme", &["authorizations", "revoke", &id, "--yes"]);
    assert_eq!(v["revoked"], id.as_str());
    assert_eq!(v["tenantId"], "acme");

    // Inactive at once, whoever asks.
    let info = srv.introspect(&acme_token, &id, &secret);
    assert_eq!(info, serde_json::json!({ "active": false }));
    let info = srv.introspect(&acme_token, "oauthctl-admin-acme", ADMIN_SECRET);
    assert_eq!(info["active"], false);
    // No new token for acme either.
    let (status, body) = srv.token(&id, &secret, true, "", Some("acme"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
    assert!(body["error_description"]
        .as_str()
        .unwrap_or_default()
        .contains("acme"));
    // The authorization is gone.
    srv.run_tenant("acme", &["authorizations", "show", &id])
        .assert_code(4);
    srv.run_tenant("acme", &["authorizations", "revoke", &id, "--yes"])
        .assert_code(4);
    // Its token for its own tenant is not affected.
    assert_eq!(srv.introspect(&default_token, &id, &secret)["active"], true);
}

#[test]
fn revoking_the_own_tenant_authorization_stops_the_client() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("app", &["api.read"]);
    let token = srv.token(&id, &secret, true, "", None).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(srv.introspect(&token, &id, &secret)["active"], true);
    srv.run(&["authorizations", "revoke", &id, "--yes"])
        .assert_code(0)
        .assert_stderr("revoked");
    assert_eq!(
        srv.introspect(&token, "oauthctl-admin", ADMIN_SECRET)["active"],
        false
    );
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
    // Authorizing again lets it get new tokens.
    srv.json(&["authorize", &id, "--all-requested", "--yes"]);
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");
}

#[test]
fn tokens_made_inactive_by_revocation_stay_inactive_after_re_authorization() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("app", &["api.read"]);
    srv.json_tenant("acme", &["authorize", &id, "--all-requested", "--yes"]);
    let old = srv.token(&id, &secret, true, "", Some("acme")).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    srv.json_tenant("acme", &["authorizations", "revoke", &id, "--yes"]);
    assert_eq!(srv.introspect(&old, &id, &secret)["active"], false);
    srv.json_tenant("acme", &["authorize", &id, "--all-requested", "--yes"]);
    assert_eq!(
        srv.introspect(&old, &id, &secret)["active"],
        false,
        "a token issued before the revocation came back to life"
    );
}

// ---------- authorizations list / show ----------

#[test]
fn authorizations_list_and_show_json_shapes() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (a, _) = srv.client("app-a", &["api.read", "email"]);
    let (b, _) = srv.client("app-b", &["api.write"]);
    srv.json_tenant("acme", &["authorize", &a, "--scope", "email", "--yes"]);

    let list = srv.json(&["authorizations", "list"]);
    let arr = list.as_array().expect("a JSON array");
    for item in arr {
        let obj = item.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(
            keys,
            vec!["clientId", "createdAt", "scopes", "tenantId", "updatedAt"],
            "{item}"
        );
        assert_eq!(item["tenantId"], "default");
        assert!(item["scopes"].is_array());
        for t in ["createdAt", "updatedAt"] {
            let s = item[t].as_str().unwrap();
            assert!(chrono_like(s), "{t} is an RFC 3339 time: {s}");
        }
    }
    let ids: Vec<&str> = arr
        .iter()
        .map(|x| x["clientId"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&a.as_str()) && ids.contains(&b.as_str()),
        "{list}"
    );
    assert!(
        ids.contains(&"oauthctl-admin"),
        "the bootstrap admin: {list}"
    );

    let acme = srv.json_tenant("acme", &["authorizations", "list"]);
    let acme_ids: Vec<&str> = acme
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["clientId"].as_str().unwrap())
        .collect();
    assert!(acme_ids.contains(&a.as_str()), "{acme}");
    assert!(!acme_ids.contains(&b.as_str()), "{acme}");
    assert!(!acme_ids.contains(&"oauthctl-admin"), "{acme}");

    let show = srv.json_tenant("acme", &["authorizations", "show", &a]);
    assert_eq!(show["tenantId"], "acme");
    assert_eq!(show["clientId"], a.as_str());
    assert_eq!(show["scopes"], serde_json::json!(["email"]));
    let entry = acme
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["clientId"] == a.as_str())
        .unwrap();
    assert_eq!(entry, &show);

    // Not authorized here: exit 4, naming the client and the tenant.
    srv.run_tenant("acme", &["authorizations", "show", &b])
        .assert_code(4)
        .assert_stderr(&b)
        .assert_stderr("acme");

    // The table has a row per client with its scopes.
    let out = srv.run_tenant("acme", &["authorizations", "list"]);
    out.assert_code(0);
    let row = out
        .stdout
        .lines()
        .find(|l| l.contains(&a))
        .unwrap_or_else(|| panic!("no row for {a}:\n{}", out.stdout));
    assert!(row.contains("email"), "{row}");
    let out = srv.run_tenant("acme", &["authorizations", "show", &a]);
    out.assert_code(0).assert_stdout(&a).assert_stdout("email");
}

fn chrono_like(s: &str) -> bool {
    s.len() >= 20 && s.as_bytes()[4] == b'-' && s.as_bytes()[10] == b'T'
}

#[test]
fn a_new_client_is_authorized_in_its_own_tenant_for_its_allowed_scopes() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("fresh", &["api.read", "email"]);
    let v = authorization(&srv, "default", &id);
    assert_eq!(v["tenantId"], "default");
    assert_eq!(scopes_of(&v["scopes"]), sorted(&["api.read", "email"]));
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        split_scopes(body["scope"].as_str().unwrap()),
        sorted(&["api.read", "email"])
    );
    // ...and only there.
    srv.run_tenant("acme", &["authorizations", "show", &id])
        .assert_code(4);

    // A client made by acme's admin is authorized in acme, not in default.
    let v = srv.json_tenant(
        "acme",
        &[
            "clients",
            "create",
            "--name",
            "acme-app",
            "--space",
            "default",
            "--scope",
            "api.write",
        ],
    );
    let acme_id = v["client"]["clientId"].as_str().unwrap().to_string();
    let acme_secret = v["secret"]["value"].as_str().unwrap().to_string();
    let a = authorization(&srv, "acme", &acme_id);
    assert_eq!(a["scopes"], serde_json::json!(["api.write"]));
    srv.run(&["authorizations", "show", &acme_id])
        .assert_code(4);
    let (status, body) = srv.token(&acme_id, &acme_secret, true, "", Some("acme"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.write");
    let (status, body) = srv.token(&acme_id, &acme_secret, true, "", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
}

#[test]
fn deleting_a_client_removes_its_authorizations_in_every_tenant() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, _) = srv.client("app", &["api.read"]);
    srv.json_tenant("acme", &["authorize", &id, "--all-requested", "--yes"]);
    srv.run(&["clients", "delete", &id, "--yes"]).assert_code(0);
    srv.run_tenant("acme", &["authorizations", "show", &id])
        .assert_code(4);
    let acme = srv.json_tenant("acme", &["authorizations", "list"]);
    assert!(
        !acme
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["clientId"] == id.as_str()),
        "{acme}"
    );
}

// ---------- tenant isolation ----------

#[test]
fn acme_admin_cannot_touch_default_clients_through_the_cli() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, secret) = srv.client("victim", &["api.read"]);
    let before = srv.json(&["clients", "show", &id]);
    let secrets_before = srv.json(&["secrets", "list", &id]);

    for args in [
        vec!["clients", "show", id.as_str()],
        vec!["clients", "update", id.as_str(), "--display-name", "pwned"],
        vec!["clients", "delete", id.as_str(), "--yes"],
        vec!["secrets", "list", id.as_str()],
        vec!["secrets", "create", id.as_str()],
    ] {
        let out = srv.run_tenant("acme", &args);
        out.assert_code(4);
        assert!(
            !out.stdout.contains("victim"),
            "{args:?} leaked the client: {}",
            out.stdout
        );
    }
    // default's clients are not in acme's list.
    let list = srv.json_tenant("acme", &["clients", "list"]);
    assert!(!list.to_string().contains(&id), "{list}");
    // Nothing changed.
    assert_eq!(srv.json(&["clients", "show", &id]), before);
    let secrets_after = srv.json(&["secrets", "list", &id]);
    assert_eq!(
        secrets_after.as_array().unwrap().len(),
        secrets_before.as_array().unwrap().len()
    );
    let (status, _) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 200);

    // The acme admin cannot even get a token for tenant default.
    let out = run_as(
        &srv,
        "default",
        "oauthctl-admin-acme",
        &["clients", "show", &id],
    );
    assert_ne!(out.code, 0, "{out:?}");
    assert!(!out.stdout.contains("victim"), "{}", out.stdout);
}

/// As `admin_id` (with ADMIN_SECRET) against `tenant`.
fn run_as(srv: &DevServer, tenant: &str, admin_id: &str, args: &[&str]) -> Out {
    Out::from(
        srv.cmd()
            .env("OAUTHCTL_TENANT", tenant)
            .env("OAUTHCTL_CLIENT_ID", admin_id)
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn acme_admin_token_gets_404_for_everything_of_default() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, _) = srv.client("victim", &["api.read"]);
    let token = srv.admin_token("acme");
    let bearer = vec![format!("Authorization: Bearer {token}")];
    let base = "/api/adminapi2/v1/tenants/default";

    // The same token works for acme.
    let (status, body) = http(
        &srv.base_url,
        "GET",
        "/api/adminapi2/v1/tenants/acme/clients",
        &bearer,
        None,
    );
    assert_eq!(status, 200, "{body}");

    let mut bodies = Vec::new();
    for (method, path, body) in [
        ("GET", format!("{base}/clients"), None),
        ("GET", format!("{base}/clients/"), None),
        ("GET", format!("{base}/clients/{id}"), None),
        (
            "PATCH",
            format!("{base}/clients/{id}"),
            Some(r#"{"displayName":"pwned"}"#),
        ),
        ("DELETE", format!("{base}/clients/{id}"), None),
        ("GET", format!("{base}/clients/{id}/secrets"), None),
        ("POST", format!("{base}/clients/{id}/secrets"), Some("{}")),
        ("GET", format!("{base}/authorizations"), None),
        ("GET", format!("{base}/authorizations/{id}"), None),
        (
            "PUT",
            format!("{base}/authorizations/{id}"),
            Some(r#"{"scopes":[]}"#),
        ),
        ("DELETE", format!("{base}/authorizations/{id}"), None),
        ("GET", format!("{base}/scopes"), None),
        ("GET", format!("{base}/spaces"), None),
    ] {
        let (status, text) = http(
            &srv.base_url,
            method,
            &path,
            &bearer,
            body.map(|b| ("application/json", b.as_bytes())),
        );
        assert_eq!(status, 404, "{method} {path}: {text}");
        assert!(!text.contains("victim"), "{method} {path} leaked: {text}");
        bodies.push((path, text));
    }
    // An existing and a missing client look the same: nothing leaks.
    let (_, missing) = http(
        &srv.base_url,
        "GET",
        &format!("{base}/clients/{UNKNOWN_ID}"),
        &bearer,
        None,
    );
    let existing = &bodies[2].1;
    assert_eq!(&missing, existing);

    // Nothing changed in default.
    let c = srv.json(&["clients", "show", &id]);
    assert_eq!(c["displayName"], "victim");
    let a = authorization(&srv, "default", &id);
    assert_eq!(a["scopes"], serde_json::json!(["api.read"]));
    assert_eq!(
        srv.json(&["secrets", "list", &id])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn acme_admin_cannot_read_default_authorizations_through_the_cli() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, _) = srv.client("app", &["api.read"]);
    // In acme there is no authorization of default's client, even though default has one.
    srv.run_tenant("acme", &["authorizations", "show", &id])
        .assert_code(4);
    srv.run_tenant("acme", &["authorizations", "revoke", &id, "--yes"])
        .assert_code(4);
    let list = srv.json_tenant("acme", &["authorizations", "list"]);
    assert!(!list.to_string().contains(&id), "{list}");
    // default's authorization survived acme's attempt to revoke.
    let a = authorization(&srv, "default", &id);
    assert_eq!(a["scopes"], serde_json::json!(["api.read"]));
}

// ---------- found while testing ----------

#[test]
fn authorize_accepts_every_existing_custom_client_id() {
    let srv = DevServer::start();
    for id in ["build-2024-11-23", "ci-deploy-2024-01-15", "cafe-app-1-2"] {
        let name = format!("n-{id}");
        srv.run(&[
            "clients",
            "create",
            "--client-id",
            id,
            "--name",
            &name,
            "--space",
            "default",
            "--scope",
            "api.read",
        ])
        .assert_code(0);
        srv.run(&["authorize", id, "--all-requested", "--yes"])
            .assert_code(0);
    }
}

#[test]
fn a_repeated_scope_is_granted_once() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &["api.read", "email"]);
    let v = srv.json(&[
        "authorize",
        &id,
        "--scope",
        "api.read",
        "--scope",
        "api.read",
        "--yes",
    ]);
    assert_eq!(v["scopes"], serde_json::json!(["api.read"]));
    assert_eq!(
        authorization(&srv, "default", &id)["scopes"],
        serde_json::json!(["api.read"])
    );
}

#[test]
fn an_admin_cannot_lock_itself_out_by_revoking_its_own_authorization() {
    let srv = DevServer::start();
    let _ = srv.run(&["authorizations", "revoke", "oauthctl-admin", "--yes"]);
    srv.run(&["authorizations", "list"]).assert_code(0);
}

#[test]
fn authorize_says_what_is_granted_now_and_what_changes() {
    let srv = DevServer::start();
    let (id, _) = srv.client("change-app", &["api.read", "api.write", "email"]);
    srv.run(&["clients", "update", &id, "--display-name", "Change App"])
        .assert_code(0);
    // Created clients are authorized in their own tenant for all their scopes.
    let out = srv.run(&["authorize", &id, "--scope", "api.read", "--yes"]);
    out.assert_code(0)
        .assert_stderr("currently granted in tenant default: api.read api.write email")
        .assert_stderr("change: - api.write email")
        .assert_stderr(&format!("authorized Change App ({id})"));
    let out = srv.run(&["authorize", &id, "--scope", "api.read", "--yes"]);
    out.assert_code(0).assert_stderr("change: none");
}

#[test]
fn an_empty_grant_is_refused_and_points_to_authorizations_revoke() {
    let srv = DevServer::start();
    // A client that requests no scopes: --all-requested would grant nothing.
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "no-scopes",
        "--space",
        "default",
    ]);
    let id = v["client"]["clientId"].as_str().unwrap().to_string();
    let before = srv.json(&["authorizations", "show", &id]);
    let out = srv.run(&["authorize", &id, "--all-requested", "--yes"]);
    out.assert_code(2)
        .assert_stderr("no scopes chosen")
        .assert_stderr(&format!("oauthctl authorizations revoke {id}"));
    let after = srv.json(&["authorizations", "show", &id]);
    assert_eq!(before["updatedAt"], after["updatedAt"], "nothing changed");
}
