//! Issue 9 ("Hardening"), the dev server's side: each test is a way the server once failed an
//! attacker's or a careless user's input.
mod common;

use common::*;
use serde_json::{json, Value};

const API: &str = "/api/adminapi2/v1";

/// A raw admin API request as `token`'s client; returns the response.
fn admin_req(srv: &DevServer, token: &str, method: &str, path: &str, body: Option<&Value>) -> HttpResp {
    let bytes = body.map(|b| serde_json::to_vec(b).unwrap());
    http_to(
        &format!("{}{API}{path}", srv.base_url),
        method,
        &[format!("Authorization: Bearer {token}")],
        bytes.as_deref().map(|b| ("application/json", b)),
    )
}

/// The response is RFC 9457 problem details with this status; returns the parsed body.
#[track_caller]
fn problem(r: &HttpResp, status: u16) -> Value {
    assert_eq!(r.status, status, "{r:?}");
    assert_eq!(
        r.header("content-type"),
        Some("application/problem+json"),
        "{r:?}"
    );
    let v: Value = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{e}: {r:?}"));
    assert_eq!(v["status"], status, "{v}");
    assert!(v["detail"].as_str().is_some_and(|d| !d.is_empty()), "{v}");
    v
}

/// The field errors of a problem name `field`.
#[track_caller]
fn names_field(v: &Value, field: &str) {
    let fields: Vec<&str> = v["errors"]
        .as_array()
        .map(|a| a.iter().filter_map(|e| e["field"].as_str()).collect())
        .unwrap_or_default();
    assert!(fields.contains(&field), "no field error for {field}: {v}");
}

// ---------- 1. reserved built-in client IDs; startup never adopts another tenant's client ----------

#[test]
fn builtin_client_ids_are_reserved_and_a_later_tenant_gets_its_own_admin() {
    let mut srv = DevServer::start_with(&["--tenant", "acme"]);
    // As acme's admin, the CLI way: a clear refusal, nothing created.
    let out = srv.run_tenant(
        "acme",
        &[
            "clients",
            "create",
            "--client-id",
            "oauthctl-admin-globex",
            "--name",
            "squatter",
            "--space",
            "default",
            "--scope",
            "oauthctl.admin",
        ],
    );
    out.assert_code(2).assert_stderr("reserved");
    // The raw API, for every built-in ID.
    let acme = srv.admin_token("acme");
    for id in ["oauthctl-admin-globex", "oauthctl-admin", "oauthctl-cli", "OAUTHCTL-ADMIN-x"] {
        let r = admin_req(
            &srv,
            &acme,
            "POST",
            "/tenants/acme/clients/",
            Some(&json!({"clientId": id, "clientName": format!("n-{id}"), "allowedGrantTypes": ["client_credentials"]})),
        );
        let v = problem(&r, 422);
        names_field(&v, "clientId");
        assert!(v["detail"].as_str().unwrap().contains("reserved"), "{v}");
    }
    let list = admin_req(&srv, &acme, "GET", "/tenants/acme/clients", None);
    assert_eq!(list.status, 200);
    assert!(!list.body.contains("squatter"), "{}", list.body);

    // A restart that adds globex works (the helper sets OAUTHCTL_DEV_ADMIN_SECRET).
    srv.extra_args = ["--tenant", "acme", "--tenant", "globex"]
        .map(String::from)
        .to_vec();
    srv.restart();
    let globex = srv.admin_token("globex");
    let info = admin_req(
        &srv,
        &globex,
        "GET",
        "/tenants/globex/client-info/oauthctl-admin-globex",
        None,
    );
    assert_eq!(info.status, 200, "{info:?}");
    assert_eq!(
        serde_json::from_str::<Value>(&info.body).unwrap()["tenantId"],
        "globex"
    );
    // acme's admin does not administer globex: no token for globex, and its acme token is
    // refused on globex's paths.
    let (status, body) = srv.token("oauthctl-admin-acme", ADMIN_SECRET, true, "", Some("globex"));
    assert_ne!(status, 200, "acme's admin got a globex token: {body}");
    let acme = srv.admin_token("acme");
    let r = admin_req(&srv, &acme, "GET", "/tenants/globex/clients", None);
    assert_eq!(r.status, 404, "{r:?}");
    let auths = admin_req(&srv, &globex, "GET", "/tenants/globex/authorizations", None);
    assert!(!auths.body.contains("oauthctl-admin-acme"), "{}", auths.body);
}

// ---------- 8. self-lockout through PUT ----------

#[test]
fn the_acting_admin_cannot_put_away_its_own_admin_scope() {
    let srv = DevServer::start();
    let token = srv.admin_token("default");
    let path = "/tenants/default/authorizations/oauthctl-admin";
    for scopes in [json!([]), json!(["api.read"])] {
        let r = admin_req(&srv, &token, "PUT", path, Some(&json!({ "scopes": scopes })));
        let v = problem(&r, 409);
        assert!(
            v["detail"].as_str().unwrap().contains("the one making this request"),
            "{v}"
        );
    }
    // As the DELETE of it.
    problem(&admin_req(&srv, &token, "DELETE", path, None), 409);
    // Nothing changed: the admin still acts, with its scope.
    let r = admin_req(&srv, &token, "GET", path, None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(
        serde_json::from_str::<Value>(&r.body).unwrap()["scopes"],
        json!(["oauthctl.admin"])
    );
    // Keeping the admin scope is still allowed.
    let r = admin_req(
        &srv,
        &token,
        "PUT",
        path,
        Some(&json!({ "scopes": ["oauthctl.admin"] })),
    );
    assert_eq!(r.status, 200, "{r:?}");
}
