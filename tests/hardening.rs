//! Regressions for defects found in review: each test is a way the product once failed.
mod common;
use common::*;

#[test]
fn the_database_file_is_private_to_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let srv = DevServer::start();
    let mode = std::fs::metadata(srv.db.as_ref().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "the database holds the token signing key");
}

#[test]
fn the_builtin_login_client_cannot_be_changed_by_a_tenant_admin() {
    let srv = DevServer::start();
    srv.run(&[
        "clients",
        "update",
        "oauthctl-cli",
        "--redirect-uri",
        "https://evil.example.net/cb",
    ])
    .assert_code(5)
    .assert_stderr("built-in login client");
    srv.run(&["clients", "delete", "oauthctl-cli", "--yes"])
        .assert_code(5);
    let c = srv.json(&["clients", "show", "oauthctl-cli"]);
    assert_eq!(
        c["redirectUris"],
        serde_json::json!(["http://127.0.0.1/callback"])
    );
}

#[test]
fn a_far_future_start_time_is_a_clear_400_not_a_crash() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let out = srv.run(&[
        "api",
        "POST",
        &format!("/tenants/{{tenant}}/clients/{id}/secrets/"),
        "--data",
        r#"{"startTime": "+262142-12-31T12:00:00Z"}"#,
    ]);
    out.assert_code(2).assert_stdout("out of range");
    // The server is still up.
    srv.run(&["spaces", "list"]).assert_code(0);
}

#[test]
fn expiry_errors_name_the_flag_that_was_given() {
    let srv = DevServer::start();
    srv.run(&[
        "clients",
        "create",
        "--name",
        "x",
        "--space",
        "default",
        "--secret-expires-in",
        "4y",
    ])
    .assert_code(2)
    .assert_stderr("--secret-expires-in:");
    let (id, _) = srv.client("app", &[]);
    srv.run(&["secrets", "rotate", &id, "--expires-in", "4y"])
        .assert_code(2)
        .assert_stderr("--expires-in:");
}

#[test]
fn bulk_rotation_dry_run_sends_nothing_and_succeeds() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let before = srv.json(&["secrets", "list", &id]);
    let out = srv.run(&[
        "--dry-run",
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "5y",
    ]);
    out.assert_code(0).assert_stdout("POST");
    assert_eq!(srv.json(&["secrets", "list", &id]), before);
}

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

#[test]
fn introspection_does_not_reveal_other_clients_tokens() {
    let srv = DevServer::start();
    let (a, a_secret) = srv.client("a", &["api.read"]);
    let token = srv.token(&a, &a_secret, true, "", None).1["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    // A public client (only its client_id) sees nothing of a's token.
    let (status, body) = http(
        &srv.base_url,
        "POST",
        "/oauth/introspect",
        &[],
        Some((
            "application/x-www-form-urlencoded",
            format!("client_id=oauthctl-cli&token={token}").as_bytes(),
        )),
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"active\":false"), "{body}");
    // The client itself does.
    assert_eq!(srv.introspect(&token, &a, &a_secret)["active"], true);
}
