//! Issue 2, end to end, from the server's side: the token endpoint (basic and post, errors,
//! scopes, RFC 8414 metadata), the admin API's own validation (problem+json, nothing created),
//! Idempotency-Key, admin authentication errors, the dev server's start-up output, and
//! persistence across a restart.

use crate::common;

use common::*;
use serde_json::{json, Value};

const CLIENTS: &str = "/api/adminapi2/v1/tenants/default/clients/";

/// A raw request; returns the status, the response headers as lower-case `name: value` lines,
/// and the body.
fn http_full(
    base_url: &str,
    method: &str,
    path: &str,
    headers: &[String],
    body: Option<(&str, &[u8])>,
) -> (u16, String, String) {
    let r = http_to(
        &format!("{}{path}", base_url.trim_end_matches('/')),
        method,
        headers,
        body,
    );
    let head = r
        .headers
        .iter()
        .map(|(k, v)| format!("{k}: {}", v.to_ascii_lowercase()))
        .collect::<Vec<_>>()
        .join("\n");
    (r.status, head, r.body)
}

fn admin_bearer(srv: &DevServer) -> String {
    let (status, body) = srv.token("oauthctl-admin", ADMIN_SECRET, true, "", None);
    assert_eq!(status, 200, "admin token: {body}");
    format!(
        "Authorization: Bearer {}",
        body["access_token"].as_str().unwrap()
    )
}

fn post_client(
    srv: &DevServer,
    bearer: &str,
    body: &Value,
    key: Option<&str>,
) -> (u16, String, Value) {
    let mut headers = vec![bearer.to_string()];
    if let Some(k) = key {
        headers.push(format!("Idempotency-Key: {k}"));
    }
    let bytes = body.to_string();
    let (status, head, text) = http_full(
        &srv.base_url,
        "POST",
        CLIENTS,
        &headers,
        Some(("application/json", bytes.as_bytes())),
    );
    let v = serde_json::from_str(&text).unwrap_or(Value::Null);
    (status, head, v)
}

fn api_client_ids(srv: &DevServer, bearer: &str) -> Vec<String> {
    let (status, text) = http(
        &srv.base_url,
        "GET",
        "/api/adminapi2/v1/tenants/default/clients?limit=1000",
        &[bearer.to_string()],
        None,
    );
    assert_eq!(status, 200, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut ids: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientId"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

// ---------- token endpoint ----------

#[test]
fn token_endpoint_accepts_basic_and_post() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("both-methods", &["api.read", "api.write"]);
    for basic in [true, false] {
        let (status, body) = srv.token(&id, &secret, basic, "", None);
        assert_eq!(status, 200, "basic={basic}: {body}");
        assert_eq!(body["token_type"], "Bearer");
        assert!(body["access_token"].as_str().unwrap().len() > 20);
        assert!(body["expires_in"].as_u64().unwrap() > 0);
        assert_eq!(body["scope"], "api.read api.write");
        // The default tenant, named or not.
        let (status, _) = srv.token(&id, &secret, basic, "", Some("default"));
        assert_eq!(status, 200);
    }
    // Token responses must not be cached (RFC 6749 §5.1).
    let form = format!("grant_type=client_credentials&client_id={id}&client_secret={secret}");
    let (status, head, _) = http_full(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[],
        Some(("application/x-www-form-urlencoded", form.as_bytes())),
    );
    assert_eq!(status, 200);
    assert!(head.contains("cache-control: no-store"), "{head}");
}

#[test]
fn token_endpoint_refuses_credentials_sent_both_ways() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("both-at-once", &[]);
    let extra = format!("client_id={id}&client_secret={secret}");
    let (status, body) = srv.token(&id, &secret, true, &extra, None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_request");
}

#[test]
fn token_endpoint_refuses_a_wrong_secret_or_client() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("wrong", &[]);
    for basic in [true, false] {
        let (status, body) = srv.token(&id, "not-the-secret", basic, "", None);
        assert_eq!(status, 401, "{body}");
        assert_eq!(body["error"], "invalid_client");
        let (status, body) = srv.token("no-such-client", &secret, basic, "", None);
        assert_eq!(status, 401, "{body}");
        assert_eq!(body["error"], "invalid_client");
    }
    // Basic authentication failures carry a challenge (RFC 6749 §5.2).
    let auth = base64_lite::encode(format!("{id}:nope").as_bytes());
    let (status, head, _) = http_full(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[format!("Authorization: Basic {auth}")],
        Some((
            "application/x-www-form-urlencoded",
            b"grant_type=client_credentials",
        )),
    );
    assert_eq!(status, 401);
    assert!(head.contains("www-authenticate: basic"), "{head}");
    // No credentials at all.
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[],
        Some((
            "application/x-www-form-urlencoded",
            b"grant_type=client_credentials",
        )),
    );
    assert_eq!(status, 401, "{text}");
}

#[test]
fn token_endpoint_refuses_an_unknown_tenant() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("tenantless", &[]);
    for basic in [true, false] {
        let (status, body) = srv.token(&id, &secret, basic, "", Some("no-such-tenant"));
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["error"], "invalid_request");
        assert!(
            body["error_description"]
                .as_str()
                .unwrap()
                .contains("no-such-tenant"),
            "{body}"
        );
        assert!(body.get("access_token").is_none());
    }
}

#[test]
fn token_endpoint_scope_parameter() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("scoped", &["api.read", "api.write", "email"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.read", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.read");
    let (status, body) = srv.token(&id, &secret, false, "scope=api.write+email", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.write email");
    // Outside what the client is allowed: refused, not silently narrowed.
    for scope in ["profile", "api.read+profile", "oauthctl.admin", "nonsense"] {
        let (status, body) = srv.token(&id, &secret, true, &format!("scope={scope}"), None);
        assert_eq!(status, 400, "{scope}: {body}");
        assert_eq!(body["error"], "invalid_scope", "{scope}");
    }
}

#[test]
fn token_endpoint_grant_type_errors() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("grants", &[]);
    let auth = format!(
        "Authorization: Basic {}",
        base64_lite::encode(format!("{id}:{secret}").as_bytes())
    );
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        std::slice::from_ref(&auth),
        Some(("application/x-www-form-urlencoded", b"scope=x")),
    );
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("invalid_request"), "{text}");
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[auth],
        Some((
            "application/x-www-form-urlencoded",
            b"grant_type=urn:example:nothing",
        )),
    );
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("unsupported_grant_type"), "{text}");

    // A confidential client without the client_credentials grant cannot use it.
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "code-only",
        "--grant-type",
        "authorization_code",
        "--redirect-uri",
        "https://app.example.com/cb",
    ]);
    let (status, body) = srv.token(
        v["client"]["clientId"].as_str().unwrap(),
        v["secret"]["value"].as_str().unwrap(),
        true,
        "",
        None,
    );
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
}

#[test]
fn rfc8414_metadata_names_the_token_endpoint_and_both_auth_methods() {
    let srv = DevServer::start();
    let (status, text) = http(
        &srv.base_url,
        "GET",
        "/.well-known/oauth-authorization-server",
        &[],
        None,
    );
    assert_eq!(status, 200, "{text}");
    let m: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(m["issuer"], srv.base_url.as_str());
    assert_eq!(m["token_endpoint"], format!("{}/oauth/token", srv.base_url));
    let methods: Vec<&str> = m["token_endpoint_auth_methods_supported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(methods.contains(&"client_secret_basic"), "{m}");
    assert!(methods.contains(&"client_secret_post"), "{m}");
    assert!(m["grant_types_supported"]
        .as_array()
        .unwrap()
        .contains(&json!("client_credentials")));
    // The advertised endpoint is the one that works.
    let (id, secret) = srv.client("discovered", &[]);
    let endpoint = m["token_endpoint"].as_str().unwrap();
    let path = endpoint.trim_start_matches(srv.base_url.as_str());
    let form = format!("grant_type=client_credentials&client_id={id}&client_secret={secret}");
    let (status, text) = http(
        &srv.base_url,
        "POST",
        path,
        &[],
        Some(("application/x-www-form-urlencoded", form.as_bytes())),
    );
    assert_eq!(status, 200, "{text}");
}

// ---------- the admin API validates on its own ----------

#[test]
fn admin_api_rejects_invalid_client_bodies_with_problem_json() {
    let srv = DevServer::start();
    let bearer = admin_bearer(&srv);
    let before = api_client_ids(&srv, &bearer);
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"clientName": "a", "redirectUris": ["http://app.example.com/cb"], "allowedGrantTypes": ["authorization_code"]}),
            "redirectUris",
        ),
        (
            json!({"clientName": "a", "redirectUris": ["https://app.example.com/cb#f"], "allowedGrantTypes": ["authorization_code"]}),
            "redirectUris",
        ),
        (
            json!({"clientName": "a", "redirectUris": ["/cb"], "allowedGrantTypes": ["authorization_code"]}),
            "redirectUris",
        ),
        (
            json!({"clientName": "a", "postLogoutRedirectUris": ["http://app.example.com/"]}),
            "postLogoutRedirectUris",
        ),
        (
            json!({"clientName": "a", "allowedGrantTypes": ["authorization_code"]}),
            "redirectUris",
        ),
        (
            json!({"clientName": "a", "allowedScopes": ["has space"]}),
            "allowedScopes",
        ),
        (
            json!({"clientName": "a", "allowedScopes": ["no.such.scope"]}),
            "allowedScopes",
        ),
        (json!({"clientName": "a", "spaceId": "nope"}), "spaceId"),
        (json!({"clientName": ""}), "clientName"),
        (json!({"clientName": "a", "clientId": "sp ace"}), "clientId"),
        (
            json!({"clientName": "a", "allowedGrantTypes": ["password"]}),
            "allowedGrantTypes",
        ),
        (
            json!({"clientName": "a", "allowedCorsOrigins": ["https://x.example.com/path"]}),
            "allowedCorsOrigins",
        ),
        (
            json!({"clientName": "a", "requireClientSecret": false, "allowedGrantTypes": ["client_credentials"]}),
            "allowedGrantTypes",
        ),
    ];
    for (body, field) in &cases {
        let (status, head, v) = post_client(&srv, &bearer, body, None);
        assert_eq!(status, 400, "{body}: {v}");
        assert!(
            head.contains("content-type: application/problem+json"),
            "{body}: {head}"
        );
        assert_eq!(v["status"], 400, "{v}");
        assert!(v["title"].is_string() && v["detail"].is_string(), "{v}");
        let errors = v["errors"].as_array().unwrap_or_else(|| panic!("{v}"));
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == *field && e["message"].is_string()),
            "{body}: no field error for {field}: {v}"
        );
    }
    // Not JSON, and unknown fields: 400 too.
    for raw in [
        "{not json",
        r#"{"clientName": "a", "colour": "blue"}"#,
        "{}",
    ] {
        let (status, head, text) = http_full(
            &srv.base_url,
            "POST",
            CLIENTS,
            std::slice::from_ref(&bearer),
            Some(("application/json", raw.as_bytes())),
        );
        assert_eq!(status, 400, "{raw}: {text}");
        assert!(head.contains("application/problem+json"), "{head}");
    }
    assert_eq!(
        api_client_ids(&srv, &bearer),
        before,
        "something was created"
    );
}

#[test]
fn admin_api_rejects_a_duplicate_name_with_409() {
    let srv = DevServer::start();
    let bearer = admin_bearer(&srv);
    let (status, _, v) = post_client(&srv, &bearer, &json!({"clientName": "dup"}), None);
    assert_eq!(status, 201, "{v}");
    let before = api_client_ids(&srv, &bearer);
    let (status, head, v) = post_client(&srv, &bearer, &json!({"clientName": "dup"}), None);
    assert_eq!(status, 409, "{v}");
    assert!(head.contains("application/problem+json"));
    assert!(
        v["detail"].as_str().unwrap().contains("already exists"),
        "{v}"
    );
    assert_eq!(api_client_ids(&srv, &bearer), before);
}

#[test]
fn admin_api_rejects_invalid_secret_windows() {
    let srv = DevServer::start();
    let bearer = admin_bearer(&srv);
    let (id, _) = srv.client("windows", &[]);
    let path = format!("{CLIENTS}{id}/secrets/");
    let count = |srv: &DevServer| {
        let (_, t) = http(
            &srv.base_url,
            "GET",
            &path,
            std::slice::from_ref(&bearer),
            None,
        );
        serde_json::from_str::<Value>(&t)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };
    let n = count(&srv);
    for body in [
        json!({"startTime": "2030-01-01T00:00:00Z", "expiration": "2030-01-01T12:00:00Z"}),
        json!({"startTime": "2030-01-01T00:00:00Z", "expiration": "2033-01-01T00:00:01Z"}),
        json!({"startTime": "2030-01-01T00:00:00Z", "expiration": "2029-01-01T00:00:00Z"}),
    ] {
        let b = body.to_string();
        let (status, head, text) = http_full(
            &srv.base_url,
            "POST",
            &path,
            std::slice::from_ref(&bearer),
            Some(("application/json", b.as_bytes())),
        );
        assert_eq!(status, 400, "{body}: {text}");
        assert!(head.contains("application/problem+json"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["errors"][0]["field"], "expiration", "{v}");
    }
    assert_eq!(count(&srv), n, "a secret was created");
    // The edges are accepted, and the default is exactly six months.
    let b = json!({"startTime": "2030-01-31T00:00:00Z"}).to_string();
    let (status, text) = http(
        &srv.base_url,
        "POST",
        &path,
        std::slice::from_ref(&bearer),
        Some(("application/json", b.as_bytes())),
    );
    assert_eq!(status, 201, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["expiration"]
            .as_str()
            .unwrap()
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap(),
        "2030-07-31T00:00:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
}

#[test]
fn admin_api_needs_a_bearer_token_with_the_admin_scope() {
    let srv = DevServer::start();
    let (status, head, text) = http_full(&srv.base_url, "GET", CLIENTS, &[], None);
    assert_eq!(status, 401, "{text}");
    assert!(head.contains("www-authenticate: bearer"), "{head}");
    assert!(head.contains("application/problem+json"), "{head}");
    let (status, _) = http(
        &srv.base_url,
        "GET",
        CLIENTS,
        &["Authorization: Bearer garbage".into()],
        None,
    );
    assert_eq!(status, 401);
    // A token of an ordinary client is not an admin token.
    let (id, secret) = srv.client("ordinary", &["api.read"]);
    let (_, tok) = srv.token(&id, &secret, true, "", None);
    let bearer = format!(
        "Authorization: Bearer {}",
        tok["access_token"].as_str().unwrap()
    );
    let (status, text) = http(
        &srv.base_url,
        "GET",
        CLIENTS,
        std::slice::from_ref(&bearer),
        None,
    );
    assert_eq!(status, 403, "{text}");
    let (status, _, _) = post_client(&srv, &bearer, &json!({"clientName": "sneaky"}), None);
    assert_eq!(status, 403);
    assert!(!srv
        .json(&["clients", "list"])
        .to_string()
        .contains("sneaky"));
}

// ---------- Idempotency-Key ----------

#[test]
fn idempotency_key_replays_the_first_create() {
    let srv = DevServer::start();
    let bearer = admin_bearer(&srv);
    let body = json!({"clientName": "idem", "allowedScopes": ["api.read"]});
    let (s1, h1, v1) = post_client(&srv, &bearer, &body, Some("key-123"));
    assert_eq!(s1, 201, "{v1}");
    assert!(!h1.contains("idempotent-replayed"), "{h1}");
    let (s2, h2, v2) = post_client(&srv, &bearer, &body, Some("key-123"));
    assert_eq!(s2, 201, "{v2}");
    assert!(h2.contains("idempotent-replayed: true"), "{h2}");
    assert_eq!(v1["clientId"], v2["clientId"]);
    assert_eq!(v1, v2);

    let listed = srv.json(&["clients", "list"]);
    let idem: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["clientName"] == "idem")
        .collect();
    assert_eq!(idem.len(), 1, "{listed}");

    // The same key with another body is refused and creates nothing.
    let other = json!({"clientName": "idem-2"});
    let (s3, h3, v3) = post_client(&srv, &bearer, &other, Some("key-123"));
    assert_eq!(s3, 422, "{v3}");
    assert!(h3.contains("application/problem+json"));
    assert!(!srv
        .json(&["clients", "list"])
        .to_string()
        .contains("idem-2"));

    // Another key creates another client (and the name clash is then reported).
    let (s4, _, _) = post_client(&srv, &bearer, &body, Some("key-456"));
    assert_eq!(s4, 409);
}

#[test]
fn idempotency_key_replays_a_secret_create_with_its_value() {
    let srv = DevServer::start();
    let bearer = admin_bearer(&srv);
    let (id, _) = srv.client("idem-secret", &[]);
    let path = format!("{CLIENTS}{id}/secrets/");
    let post = || {
        http_full(
            &srv.base_url,
            "POST",
            &path,
            &[bearer.clone(), "Idempotency-Key: s-1".into()],
            Some(("application/json", b"{\"description\": \"x\"}")),
        )
    };
    let (s1, _, t1) = post();
    let (s2, h2, t2) = post();
    assert_eq!((s1, s2), (201, 201), "{t1} {t2}");
    assert!(h2.contains("idempotent-replayed: true"));
    let (v1, v2): (Value, Value) = (
        serde_json::from_str(&t1).unwrap(),
        serde_json::from_str(&t2).unwrap(),
    );
    assert_eq!(v1["id"], v2["id"]);
    assert_eq!(v1["value"], v2["value"]);
    let list = srv.json(&["secrets", "list", &id]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}"); // the first one and this one
}

// ---------- admin authentication from the CLI ----------

#[test]
fn a_bad_admin_secret_is_exit_3_with_a_hint() {
    let srv = DevServer::start();
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CLIENT_SECRET", "wrong-secret")
            .args(["clients", "list"])
            .output()
            .unwrap(),
    );
    // Issue 2: "bad or expired admin credentials (401 → tells how to authenticate)".
    out.assert_code(3)
        .assert_stderr("hint:")
        .assert_stderr("OAUTHCTL_CLIENT_SECRET");
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert!(
        out.stderr.to_lowercase().contains("secret"),
        "the hint should say what to check: {}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("wrong-secret"),
        "the secret was echoed"
    );
    // An unknown admin client ID: the same.
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CLIENT_ID", "nobody")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3).assert_stderr("hint:");
}

#[test]
fn no_admin_credentials_is_exit_3_naming_the_variables() {
    let srv = DevServer::start();
    for remove in [
        vec!["OAUTHCTL_CLIENT_ID", "OAUTHCTL_CLIENT_SECRET"],
        vec!["OAUTHCTL_CLIENT_SECRET"],
    ] {
        let mut cmd = srv.cmd();
        for r in &remove {
            cmd.env_remove(r);
        }
        let out = Out::from(cmd.args(["clients", "list"]).output().unwrap());
        out.assert_code(3)
            .assert_stderr("OAUTHCTL_CLIENT_ID")
            .assert_stderr("OAUTHCTL_CLIENT_SECRET")
            .assert_stderr("OAUTHCTL_TOKEN");
    }
    // A secret without a client ID is a usage error naming the missing setting.
    let out = Out::from(
        srv.cmd()
            .env_remove("OAUTHCTL_CLIENT_ID")
            .args(["clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(2).assert_stderr("OAUTHCTL_CLIENT_ID");
}

#[test]
fn an_invalid_or_revoked_admin_token_is_exit_3() {
    let srv = DevServer::start();
    let run_with_token = |token: &str| {
        Out::from(
            srv.cmd()
                .env_remove("OAUTHCTL_CLIENT_ID")
                .env_remove("OAUTHCTL_CLIENT_SECRET")
                .env("OAUTHCTL_TOKEN", token)
                .args(["clients", "list"])
                .output()
                .unwrap(),
        )
    };
    run_with_token("garbage")
        .assert_code(3)
        .assert_stderr("OAUTHCTL_TOKEN");

    // A real admin token works, and is refused once revoked (RFC 7009).
    let (_, tok) = srv.token("oauthctl-admin", ADMIN_SECRET, true, "", None);
    let token = tok["access_token"].as_str().unwrap().to_string();
    run_with_token(&token).assert_code(0);
    let auth = base64_lite::encode(format!("oauthctl-admin:{ADMIN_SECRET}").as_bytes());
    let form = format!("token={token}");
    let (status, _) = http(
        &srv.base_url,
        "POST",
        "/oauth/revoke",
        &[format!("Authorization: Basic {auth}")],
        Some(("application/x-www-form-urlencoded", form.as_bytes())),
    );
    assert_eq!(status, 200);
    run_with_token(&token).assert_code(3).assert_stderr("hint:");

    // A token without the admin scope: exit 3, naming the scope.
    let (id, secret) = srv.client("not-admin", &["api.read"]);
    let (_, tok) = srv.token(&id, &secret, true, "", None);
    run_with_token(tok["access_token"].as_str().unwrap())
        .assert_code(3)
        .assert_stderr("oauthctl.admin");
}

// ---------- the dev server ----------

#[test]
fn dev_server_prints_the_export_lines() {
    let srv = DevServer::builder().process().start();
    // The helper returns at "listening on"; the rest of the banner follows it.
    srv.wait_for_log("Stop it with Ctrl-C");
    let log = srv.log();
    assert!(!srv.base_url.ends_with(":0"), "the bound port is printed");
    for line in [
        format!("export OAUTHCTL_BASE_URL={}", srv.base_url),
        "export OAUTHCTL_TENANT=default".to_string(),
        "export OAUTHCTL_CLIENT_ID=oauthctl-admin".to_string(),
        "export OAUTHCTL_CLIENT_SECRET=".to_string(),
    ] {
        assert!(log.contains(&line), "{line:?} missing from:\n{log}");
    }
    assert!(
        !log.contains(ADMIN_SECRET),
        "a secret from the environment is not printed:\n{log}"
    );
}

#[test]
fn dev_server_prints_a_new_admin_secret_once_and_it_works() {
    let mut srv = DevServer::builder().process().no_admin_secret().start();
    let printed = srv.banner();
    let secret = printed
        .lines()
        .find_map(|l| l.trim().strip_prefix("export OAUTHCTL_CLIENT_SECRET="))
        .unwrap_or_else(|| panic!("no admin secret printed:\n{printed}"))
        .to_string();
    assert!(secret.len() >= 32, "{secret}");
    let run = |srv: &DevServer| {
        Out::from(
            srv.cmd()
                .env("OAUTHCTL_CLIENT_SECRET", &secret)
                .args(["-o", "json", "clients", "create", "--name", "kept"])
                .output()
                .unwrap(),
        )
    };
    run(&srv).assert_code(0);
    let status = srv.stop().expect("it was running");
    assert!(status.success(), "SIGTERM is a clean stop");

    // Restarted on the same database: the secret is not shown again, and still works.
    srv.restart();
    let printed = srv.banner();
    assert!(
        !printed.contains(&secret),
        "the admin secret was printed twice:\n{printed}"
    );
    assert!(printed.contains("export OAUTHCTL_BASE_URL="), "{printed}");
    run(&srv).assert_code(5); // "kept" survived the restart
    assert!(srv.stop().expect("it was running").success());
}

#[test]
fn dev_server_in_memory_keeps_nothing() {
    let mut srv = DevServer::builder().process().in_memory().start();
    assert!(srv.banner().contains("in memory"), "{}", srv.banner());
    let create = |srv: &DevServer| srv.run(&["clients", "create", "--name", "ephemeral"]);
    create(&srv).assert_code(0);
    assert!(srv.stop().expect("it was running").success());
    srv.restart();
    create(&srv).assert_code(0); // no clash: nothing survived
    assert!(srv.stop().expect("it was running").success());
    // --db and --in-memory together are a usage error.
    let out = Out::from(
        srv.home
            .command()
            .args(["dev-server", "--in-memory", "--db", "x.sqlite3"])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
}

#[test]
fn dev_server_stops_cleanly_on_sigterm() {
    let mut srv = DevServer::builder().process().start();
    // Serving (not still starting): the banner is complete and a request was answered.
    srv.wait_for_log("Stop it with Ctrl-C");
    srv.json(&["spaces", "list"]);
    let status = srv.stop().expect("it was running");
    assert!(status.success(), "{status:?}\n{}", srv.log());
    // The reader thread may still be draining the last lines.
    srv.wait_for_log("dev server stopped");
}

/// `--log-requests` writes one line per request on the command's stderr: method, path, status
/// and time, never the query string or a credential. (The other tests read these lines from the
/// in-process server, where they go to the test's log instead.)
#[test]
fn dev_server_logs_each_request_on_stderr_without_query_or_credentials() {
    let srv = DevServer::builder()
        .process()
        .args(&["--log-requests"])
        .start();
    let (id, secret) = srv.client("logged", &[]);
    let (status, body) = srv.token(&id, &secret, false, "", Some("default"));
    assert_eq!(status, 200, "{body}");
    let token = body["access_token"].as_str().unwrap().to_string();
    assert!(srv.logged("POST /oauth/token 200 ") >= 2, "{}", srv.log());
    let log = srv.log();
    let banner_end = log.find("Stop it with Ctrl-C.").expect("the banner") + 20;
    for line in log[banner_end..].lines().filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split(' ').collect();
        assert!(
            fields.len() == 4 && fields[2].parse::<u16>().is_ok() && fields[3].ends_with("ms"),
            "not METHOD PATH STATUS TIME: {line:?}\n{log}"
        );
    }
    for hidden in [
        secret.as_str(),
        &token,
        ADMIN_SECRET,
        "tenant=",
        "client_secret",
    ] {
        assert!(!log.contains(hidden), "{hidden:?} in the log:\n{log}");
    }
}

#[test]
fn everything_survives_a_restart() {
    survives_a_restart(DevServer::builder().process());
}

/// The tests' in-process server keeps its database across `restart()` as the command does.
#[test]
fn everything_survives_a_restart_of_the_in_process_server() {
    survives_a_restart(DevServer::builder());
}

fn survives_a_restart(builder: DevServerBuilder) {
    let mut srv = builder.start();
    srv.json(&["spaces", "create", "prod", "--display-name", "Production"]);
    let created = srv.json(&[
        "clients",
        "create",
        "--name",
        "persistent",
        "--space",
        "prod",
        "--scope",
        "api.read",
        "--redirect-uri",
        "https://app.example.com/cb",
        "--grant-type",
        "client_credentials",
        "--grant-type",
        "authorization_code",
        "--offline-access",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap().to_string();
    let first = created["secret"]["value"].as_str().unwrap().to_string();
    let first_id = created["secret"]["id"].as_str().unwrap().to_string();
    let second = srv.json(&["secrets", "create", &id, "--description", "second"]);
    let second_value = second["value"].as_str().unwrap().to_string();
    srv.json(&["secrets", "revoke", &id, &first_id, "--yes"]);
    let client_before = srv.json(&["clients", "show", &id]);
    let secrets_before = srv.json(&["secrets", "list", &id]);
    let spaces_before = srv.json(&["spaces", "list"]);

    srv.restart();

    assert_eq!(srv.json(&["clients", "show", &id]), client_before);
    let secrets_after = srv.json(&["secrets", "list", &id]);
    let strip = |v: &Value| {
        // lastUsedAt may be written by a token request; everything else is identical.
        let mut v = v.clone();
        for s in v.as_array_mut().unwrap() {
            s.as_object_mut().unwrap().remove("lastUsedAt");
        }
        v
    };
    assert_eq!(strip(&secrets_after), strip(&secrets_before));
    assert_eq!(srv.json(&["spaces", "list"]), spaces_before);

    let (status, body) = srv.token(&id, &second_value, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], "api.read");
    let (status, _) = srv.token(&id, &first, true, "", None);
    assert_eq!(status, 401, "a revoked secret stays revoked");

    // New work after the restart, and the admin secret still works.
    let (id2, s2) = srv.client("after-restart", &[]);
    let (status, _) = srv.token(&id2, &s2, false, "", None);
    assert_eq!(status, 200);
    srv.run(&["spaces", "create", "prod"]).assert_code(5);
}
