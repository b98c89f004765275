//! `--api keycloak`: the real binary against the test binary's Keycloak (tests/servers/keycloak.sh,
//! see tests/common/thirdparty.rs), a realm per test. Beyond the contract suite: secret rotation
//! with and without Keycloak's rotation policy, moving clients from the dev server, and what
//! cannot be mapped.

use crate::common;

use std::io::Write;
use std::process::Stdio;

use super::Fixture;
use common::thirdparty::{client_credentials, Keycloak, KeycloakRealm};
use common::{DevServer, Out};
use oauthctl::backend;
use serde_json::Value;

/// The contract's fixture: a new realm, with Keycloak's secret rotation policy on.
pub fn admin_api() -> Fixture {
    on(&Keycloak::shared().realm(true))
}

/// The binary pointed at a realm of the tests' Keycloak, with the realm's admin client.
pub fn on(r: &KeycloakRealm) -> Fixture {
    let mut k = Fixture::new(
        backend::keycloak::DESCRIPTOR.kind(),
        vec![
            ("OAUTHCTL_API", "keycloak".into()),
            ("OAUTHCTL_BASE_URL", r.base_url.clone()),
            ("OAUTHCTL_TENANT", r.realm.clone()),
            ("OAUTHCTL_CLIENT_ID", r.admin_client_id.clone()),
            ("OAUTHCTL_CLIENT_SECRET", r.admin_secret.clone()),
            ("CI", "1".into()),
        ],
    );
    k.scope = Some("api.read");
    k.raw_path = Some("/clients");
    k
}

/// A realm of its own for a test, and the binary pointed at it.
fn realm(rotation: bool) -> (KeycloakRealm, Fixture) {
    let r = Keycloak::shared().realm(rotation);
    let k = on(&r);
    (r, k)
}

/// A token straight from Keycloak's token endpoint (not through oauthctl).
fn token_status(r: &KeycloakRealm, client_id: &str, secret: &str) -> u16 {
    client_credentials(&r.token_endpoint(), client_id, secret, "").0
}

/// A confidential client_credentials client: (client ID, secret).
fn create(k: &Fixture, name: &str) -> (String, String) {
    let v = k.json(&[
        "clients",
        "create",
        "--name",
        name,
        "--grant-type",
        "client_credentials",
        "--scope",
        "api.read",
    ]);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
    )
}

#[test]
fn with_rotation_the_old_secret_works_until_the_rotated_one_is_revoked() {
    let (kr, k) = realm(true);
    let (id, old) = create(&k, "rotating");
    let first = k.json(&["secrets", "list", &id]);
    assert_eq!(first.as_array().unwrap().len(), 1);
    assert!(
        first[0]["expiration"].is_string(),
        "the policy gives the secret an expiry: {first}"
    );

    let r = k.json(&["secrets", "rotate", &id, "--overlap", "2d"]);
    let new = r["secret"]["value"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert_eq!(token_status(&kr, &id, &new), 200);
    assert_eq!(
        token_status(&kr, &id, &old),
        200,
        "the rotated secret still works"
    );

    // Both secrets, with their expiries: the rotated one cut to the overlap.
    let list = k.json(&["secrets", "list", &id]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let rotated = list
        .iter()
        .find(|s| s["description"] == "rotated")
        .expect("a rotated secret");
    assert_eq!(rotated["id"], first[0]["id"], "the old secret keeps its ID");
    let exp =
        chrono::DateTime::parse_from_rfc3339(rotated["expiration"].as_str().unwrap()).unwrap();
    let left = exp.signed_duration_since(chrono::Utc::now());
    assert!(
        left <= chrono::Duration::days(2) && left > chrono::Duration::days(1),
        "{left}"
    );
    // The expiry watch reads the expiry times.
    let expiring = k.json(&[
        "secrets",
        "expiring",
        "--within",
        "3d",
        "--include-retiring",
    ]);
    assert!(
        expiring.to_string().contains(&id),
        "the rotated secret expires within 3 days: {expiring}"
    );

    // A second rotation while the rotated secret works would end it: refused, nothing sent.
    k.run(&["secrets", "rotate", &id]).assert_code(5);
    assert_eq!(token_status(&kr, &id, &old), 200);

    // Revoking the rotated secret deletes it.
    let rid = rotated["id"].as_str().unwrap();
    k.run(&["secrets", "revoke", &id, rid, "--yes"])
        .assert_code(0);
    assert_eq!(token_status(&kr, &id, &old), 401);
    assert_eq!(token_status(&kr, &id, &new), 200);
    assert_eq!(
        k.json(&["secrets", "list", &id]).as_array().unwrap().len(),
        1
    );
    // The current secret cannot be revoked: as the last working one it needs --force, and even
    // then Keycloak's current secret can only be replaced.
    let cur = k.json(&["secrets", "list", &id])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    k.run(&["secrets", "revoke", &id, &cur, "--yes"])
        .assert_code(2)
        .assert_stderr("--force");
    k.run(&["secrets", "revoke", &id, &cur, "--yes", "--force"])
        .assert_code(2)
        .assert_stderr("--replace");
    assert_eq!(token_status(&kr, &id, &new), 200);

    // --replace: the old secret stops at once, even with rotation on.
    let r = k.json(&["secrets", "rotate", &id, "--replace"]);
    let third = r["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(token_status(&kr, &id, &third), 200);
    assert_eq!(token_status(&kr, &id, &new), 401);
    assert_eq!(
        k.json(&["secrets", "list", &id]).as_array().unwrap().len(),
        1
    );
}

#[test]
fn without_rotation_a_rotation_needs_replace() {
    let (kr, k) = realm(false);
    let (id, old) = create(&k, "plain");
    let out = k.run(&["-o", "json", "-v", "secrets", "rotate", &id]);
    out.assert_code(2).assert_stderr("--replace");
    assert!(
        !out.stderr.contains("POST "),
        "nothing may change:\n{}",
        out.stderr
    );
    assert_eq!(token_status(&kr, &id, &old), 200);

    let r = k.json(&["secrets", "rotate", &id, "--replace"]);
    let new = r["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(token_status(&kr, &id, &new), 200);
    assert_eq!(token_status(&kr, &id, &old), 401);
    let list = k.json(&["secrets", "list", &id]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(list[0]["expiration"].is_null(), "{list}");
}

#[test]
fn what_keycloak_cannot_store_is_refused_before_any_request() {
    let (_kr, k) = realm(false);
    for args in [
        vec!["clients", "create", "--name", "x", "--no-remember-consent"],
        vec![
            "clients",
            "create",
            "--name",
            "x",
            "--grant-type",
            "password",
        ],
        vec!["clients", "create", "--name", "x", "--space", "eu"],
        // The realm's rotation policy sets a secret's lifetime, not the request (it was ignored).
        vec!["clients", "create", "--name", "x", "--secret-expires-in", "30d"],
    ] {
        let mut all = vec!["-v"];
        all.extend(args.iter().copied());
        let out = k.run(&all);
        out.assert_code(2);
        if args.contains(&"password") {
            out.assert_stderr("--grant-type");
        }
        if args.contains(&"--secret-expires-in") {
            out.assert_stderr("--secret-expires-in: a secret's expiry")
                .assert_stderr("expiration-period");
        }
        assert!(
            !out.stderr.contains(" → "),
            "{args:?} sent a request:\n{}",
            out.stderr
        );
    }
    // An unknown scope: read the realm's scopes, change nothing.
    let out = k.run(&["clients", "create", "--name", "x", "--scope", "nope"]);
    out.assert_code(2).assert_stderr("api.read");
    let names: Vec<String> = k
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(!names.contains(&"x".to_string()));
}

/// The mapping both ways: what a create sets is what show reads back, and an update of the
/// scopes and grant types changes exactly those.
#[test]
fn the_client_mapping_round_trips() {
    let (kr, k) = realm(false);
    let v = k.json(&[
        "clients",
        "create",
        "--client-id",
        "web-app",
        "--name",
        "web",
        "--display-name",
        "The web app",
        "--grant-type",
        "authorization_code",
        "--grant-type",
        "refresh_token",
        "--redirect-uri",
        "https://app.example.com/cb",
        "--post-logout-redirect-uri",
        "https://app.example.com/bye",
        "--cors-origin",
        "https://app.example.com",
        "--require-consent",
        "--require-pkce",
        "--offline-access",
        "--scope",
        "api.read",
        "--public",
    ]);
    assert!(v["secret"].is_null(), "a public client has no secret: {v}");
    let c = k.json(&["clients", "show", "web-app"]);
    assert_eq!(c["clientName"], "web");
    assert_eq!(c["displayName"], "The web app");
    assert_eq!(
        c["allowedGrantTypes"],
        serde_json::json!(["authorization_code", "refresh_token"])
    );
    assert_eq!(c["allowedScopes"], serde_json::json!(["api.read"]));
    assert_eq!(c["allowOfflineAccess"], true);
    assert_eq!(c["requireConsent"], true);
    assert_eq!(c["allowNoPkce"], false);
    assert_eq!(c["requireClientSecret"], false);
    assert_eq!(
        c["postLogoutRedirectUris"],
        serde_json::json!(["https://app.example.com/bye"])
    );
    assert_eq!(
        c["allowedCorsOrigins"],
        serde_json::json!(["https://app.example.com"])
    );
    // Keycloak's own view of it.
    let kc = Keycloak::shared();
    let (_, reps) = kc.admin(
        "GET",
        &format!("/{}/clients?clientId=web-app", kr.realm),
        None,
    );
    let rep = &reps[0];
    assert_eq!(rep["standardFlowEnabled"], true);
    assert_eq!(rep["serviceAccountsEnabled"], false);
    assert_eq!(rep["publicClient"], true);
    assert_eq!(rep["attributes"]["pkce.code.challenge.method"], "S256");
    assert!(rep["optionalClientScopes"]
        .as_array()
        .unwrap()
        .contains(&Value::from("offline_access")));

    // Made confidential: a new secret, delivered, that works.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("u.json");
    std::fs::write(
        &f,
        r#"{"requireClientSecret": true, "allowedGrantTypes": ["client_credentials"], "allowOfflineAccess": false}"#,
    )
    .unwrap();
    let u = k.json(&[
        "clients",
        "update",
        "web-app",
        "--from-file",
        f.to_str().unwrap(),
    ]);
    let secret = u["secret"]["value"]
        .as_str()
        .expect("a new secret, delivered");
    assert_eq!(token_status(&kr, "web-app", secret), 200);
    let c = &u["client"];
    assert_eq!(
        c["allowedGrantTypes"],
        serde_json::json!(["client_credentials"])
    );
    assert_eq!(c["allowOfflineAccess"], false);
    assert_eq!(c["allowedScopes"], serde_json::json!(["api.read"]));
}

/// `oauthctl export` from the dev server piped into `oauthctl apply --api keycloak -f -`.
#[test]
fn export_from_the_dev_server_applies_to_keycloak() {
    let dev = DevServer::start();
    dev.run(&[
        "clients",
        "create",
        "--name",
        "billing",
        "--display-name",
        "Billing",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api.read",
    ])
    .assert_code(0);
    dev.run(&[
        "clients",
        "create",
        "--name",
        "portal",
        "--grant-type",
        "authorization_code",
        "--redirect-uri",
        "https://portal.example.com/cb",
    ])
    .assert_code(0);
    // The dev server keeps clients in spaces, which Keycloak has not: export the space.
    let space = dev.json(&["clients", "show", "billing"])["spaceId"]
        .as_str()
        .unwrap()
        .to_string();
    let export = dev.run(&["export", "--space", &space]);
    export.assert_code(0);

    let (kr, k) = realm(false);
    let mut apply = k.cmd();
    apply
        .args(["-o", "json", "apply", "-f", "-", "--yes"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = apply.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(export.stdout.as_bytes())
        .unwrap();
    let out = Out::from(child.wait_with_output().unwrap());
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let created = v["created"].as_array().expect("created");
    assert_eq!(created.len(), 2, "{v}");
    for c in created {
        if c["client"]["requireClientSecret"] == true && c["client"]["clientName"] == "billing" {
            let id = c["client"]["clientId"].as_str().unwrap();
            let s = c["secret"]["value"].as_str().unwrap();
            assert_eq!(token_status(&kr, id, s), 200, "{c}");
        }
    }
    let billing = k.json(&["clients", "show", "billing"]);
    assert_eq!(billing["displayName"], "Billing");
    assert_eq!(billing["allowedScopes"], serde_json::json!(["api.read"]));
    // Applying it again changes nothing.
    let mut again = k.cmd();
    again
        .args(["diff", "-f", "-", "--exit-code"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = again.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(export.stdout.as_bytes())
        .unwrap();
    Out::from(child.wait_with_output().unwrap()).assert_code(0);
}

#[test]
fn a_list_asks_for_one_client_more_than_its_page_and_stops_without_an_empty_page() {
    let (_r, k) = realm(false);
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["clientId"].as_str().unwrap().to_string())
            .collect()
    };
    // The kind's own page (2000) holds a new realm's clients: one request.
    let out = k.run(&["-v", "-o", "json", "clients", "list"]);
    out.assert_code(0);
    let lists = |err: &str| -> Vec<String> {
        err.lines()
            .filter(|l| l.contains("GET ") && l.contains("/clients?"))
            .map(String::from)
            .collect()
    };
    let gets = lists(&out.stderr);
    assert_eq!(gets.len(), 1, "{}", out.stderr);
    assert!(gets[0].contains("first=0&max=2001"), "{}", out.stderr);
    let all = ids(&serde_json::from_str(&out.stdout).unwrap());
    assert!(all.len() > 3, "{all:?}");
    // Pages of 3: each asks for 4, and the last page (fewer than 4 back) ends the list.
    let out = k.run(&["-v", "-o", "json", "clients", "list", "--page-size", "3"]);
    out.assert_code(0);
    assert_eq!(lists(&out.stderr).len(), all.len().div_ceil(3), "{}", out.stderr);
    assert!(out.stderr.contains("max=4"), "{}", out.stderr);
    assert_eq!(ids(&serde_json::from_str(&out.stdout).unwrap()), all);
}

#[test]
fn an_admin_token_keycloak_refuses_is_renewed_once_and_the_command_goes_on() {
    let (_r, k) = realm(false);
    // A first command caches the admin token; then the cached token is one Keycloak refuses.
    k.run(&["clients", "list"]).assert_code(0);
    let tokens = k.home.path().join("cache/oauthctl/tokens");
    let mut spoiled = 0;
    for f in std::fs::read_dir(&tokens).unwrap() {
        let path = f.unwrap().path();
        let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        v["access_token"] = "not-a-token-keycloak-issued".into();
        std::fs::write(&path, v.to_string()).unwrap();
        spoiled += 1;
    }
    assert_eq!(spoiled, 1, "one cached admin token in {}", tokens.display());
    let out = k.run(&["-v", "-o", "json", "clients", "list"]);
    out.assert_code(0);
    assert!(
        out.stderr.contains("using the cached admin token")
            && out.stderr.contains("the admin token was refused; fetching a new one"),
        "{}",
        out.stderr
    );
    // One refused request, then the same request with the new token; the next run uses it.
    let lists = |err: &str| err.lines().filter(|l| l.contains("GET ") && l.contains("/clients?")).count();
    assert_eq!(lists(&out.stderr), 2, "{}", out.stderr);
    assert!(out.stderr.contains("401"), "{}", out.stderr);
    let again = k.run(&["-v", "-o", "json", "clients", "list"]);
    again.assert_code(0);
    assert!(
        !again.stderr.contains("refused"),
        "the renewed token was cached: {}",
        again.stderr
    );
}

/// Keycloak's own clients (`realm-management`, `admin-cli`, `broker`, …) are not oauthctl's to
/// manage: `apply --prune` of a file without them plans no delete (deleting `realm-management`
/// would take the realm's admin roles with it), `export` writes none of them, and a file that
/// names one is refused. `clients list` still shows them.
#[test]
fn keycloaks_own_clients_are_never_pruned_exported_or_declared() {
    let (_r, k) = realm(false);
    let file = "clients:\n  - clientName: only-me\n    allowedGrantTypes: [client_credentials]\n";
    let plan = k.run_stdin(&["-o", "json", "diff", "--prune", "-f", "-"], file);
    plan.assert_code(0);
    let plan: Value = serde_json::from_str(&plan.stdout).unwrap();
    assert_eq!(plan["delete"], serde_json::json!([]), "{plan}");
    let export = k.run(&["export"]);
    export.assert_code(0);
    for own in ["account", "admin-cli", "broker", "realm-management"] {
        assert!(!export.stdout.contains(own), "{own} exported:\n{}", export.stdout);
    }
    k.run_stdin(&["diff", "-f", "-"], "clients:\n  - clientName: admin-cli\n")
        .assert_code(2)
        .assert_stderr("stdin:2: admin-cli is one of keycloak's own clients");
    let listed = k.run(&["clients", "list"]);
    listed.assert_code(0).assert_stdout("realm-management");
    // and apply --prune leaves them there
    k.run_stdin(&["apply", "--prune", "--yes", "-f", "-"], file)
        .assert_code(0);
    k.run(&["clients", "show", "realm-management"]).assert_code(0);
}
