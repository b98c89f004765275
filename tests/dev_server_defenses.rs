//! The dev server against an attacker's or a careless user's input (issue 9, "Hardening"): each
//! test is a way the server once failed.
use crate::common;

use common::*;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

const API: &str = "/api/adminapi2/v1";

/// A raw admin API request as `token`'s client; returns the response.
fn admin_req(
    srv: &DevServer,
    token: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> HttpResp {
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
    let mut srv = DevServer::builder().args(&["--tenant", "acme"]).start();
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
    for id in [
        "oauthctl-admin-globex",
        "oauthctl-admin",
        "oauthctl-cli",
        "OAUTHCTL-ADMIN-x",
    ] {
        let r = admin_req(
            &srv,
            &acme,
            "POST",
            "/tenants/acme/clients/",
            Some(
                &json!({"clientId": id, "clientName": format!("n-{id}"), "allowedGrantTypes": ["client_credentials"]}),
            ),
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
    let (status, body) = srv.token(
        "oauthctl-admin-acme",
        ADMIN_SECRET,
        true,
        "",
        Some("globex"),
    );
    assert_ne!(status, 200, "acme's admin got a globex token: {body}");
    let acme = srv.admin_token("acme");
    let r = admin_req(&srv, &acme, "GET", "/tenants/globex/clients", None);
    assert_eq!(r.status, 404, "{r:?}");
    let auths = admin_req(&srv, &globex, "GET", "/tenants/globex/authorizations", None);
    assert!(
        !auths.body.contains("oauthctl-admin-acme"),
        "{}",
        auths.body
    );
}

// ---------- 8. self-lockout through PUT ----------

#[test]
fn the_acting_admin_cannot_put_away_its_own_admin_scope() {
    let srv = DevServer::start();
    let token = srv.admin_token("default");
    let path = "/tenants/default/authorizations/oauthctl-admin";
    for scopes in [json!([]), json!(["api.read"])] {
        let r = admin_req(
            &srv,
            &token,
            "PUT",
            path,
            Some(&json!({ "scopes": scopes })),
        );
        let v = problem(&r, 409);
        assert!(
            v["detail"]
                .as_str()
                .unwrap()
                .contains("the one making this request"),
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

// ---------- 3. no control or bidi-override characters in anything stored ----------

#[test]
fn control_characters_are_refused_in_every_stored_string_naming_the_field() {
    let srv = DevServer::start();
    let t = srv.admin_token("default");
    let clients = "/tenants/default/clients/";
    let base = json!({"clientName": "app", "allowedGrantTypes": ["authorization_code"], "redirectUris": ["https://app.example.com/cb"]});
    let with = |k: &str, v: Value| {
        let mut b = base.clone();
        b[k] = v;
        b
    };
    let cases = [
        (
            "redirectUris",
            with(
                "redirectUris",
                json!(["https://app.example.com/cb\u{1b}]0;pwned\u{7}"]),
            ),
        ),
        (
            "postLogoutRedirectUris",
            with(
                "postLogoutRedirectUris",
                json!(["https://app.example.com/\u{9b}31m"]),
            ),
        ),
        (
            "allowedCorsOrigins",
            with(
                "allowedCorsOrigins",
                json!(["https://app.example.com\u{7f}"]),
            ),
        ),
        (
            "clientName",
            with("clientName", json!("app\u{202e}txt.exe")),
        ),
        ("displayName", with("displayName", json!("My \u{2066}App"))),
        (
            "allowedScopes",
            with("allowedScopes", json!(["api.read\u{1b}"])),
        ),
    ];
    for (field, body) in &cases {
        let v = problem(&admin_req(&srv, &t, "POST", clients, Some(body)), 400);
        names_field(&v, field);
        assert!(
            v["detail"].as_str().unwrap().contains("control character"),
            "{v}"
        );
    }
    // Nothing was created.
    let list = admin_req(&srv, &t, "GET", "/tenants/default/clients", None);
    assert!(!list.body.contains("\"app"), "{}", list.body);

    // An update, a space, a secret's description, an authorization's scopes.
    let (id, _) = srv.client("ok-app", &["api.read"]);
    let path = format!("/tenants/default/clients/{id}");
    let v = problem(
        &admin_req(
            &srv,
            &t,
            "PATCH",
            &path,
            Some(&json!({"displayName": "x\u{1b}[2J"})),
        ),
        400,
    );
    names_field(&v, "displayName");
    let v = problem(
        &admin_req(
            &srv,
            &t,
            "POST",
            "/tenants/default/spaces",
            Some(&json!({"id": "sp", "displayName": "a\u{85}b"})),
        ),
        400,
    );
    names_field(&v, "displayName");
    let v = problem(
        &admin_req(
            &srv,
            &t,
            "POST",
            &format!("{path}/secrets/"),
            Some(&json!({"description": "rotated\u{7}"})),
        ),
        400,
    );
    names_field(&v, "description");
    let v = problem(
        &admin_req(
            &srv,
            &t,
            "PUT",
            &format!("/tenants/default/authorizations/{id}"),
            Some(&json!({"scopes": ["api.read\u{202a}"]})),
        ),
        400,
    );
    names_field(&v, "scopes");
    let c = srv.json(&["clients", "show", &id]);
    assert_eq!(c["displayName"], "ok-app");
    let secrets = srv.json(&["secrets", "list", &id]);
    assert_eq!(secrets.as_array().map(Vec::len), Some(1), "{secrets}");
}

// ---------- 6. problem details everywhere ----------

#[test]
fn every_error_of_the_dev_server_is_problem_json() {
    let srv = DevServer::start();
    let t = srv.admin_token("default");
    // A bad query: names the parameter.
    let v = problem(
        &admin_req(&srv, &t, "GET", "/tenants/default/clients?limit=abc", None),
        400,
    );
    names_field(&v, "limit");
    // A bad path.
    problem(
        &admin_req(&srv, &t, "GET", "/tenants/default/clients/%ff", None),
        400,
    );
    // A wrong method, on the admin API and on an OAuth endpoint: the Allow header stays.
    let r = admin_req(&srv, &t, "PUT", "/tenants/default/spaces", None);
    let v = problem(&r, 405);
    assert!(
        r.header("allow").is_some_and(|a| a.contains("GET")),
        "{r:?}"
    );
    assert!(v["detail"].as_str().unwrap().contains("PUT"), "{v}");
    problem(
        &http_to(&format!("{}/oauth/token", srv.base_url), "GET", &[], None),
        405,
    );
    // Unknown routes, inside and outside the admin API.
    problem(&admin_req(&srv, &t, "GET", "/nothing/here", None), 404);
    problem(
        &http_to(&format!("{}/nothing", srv.base_url), "GET", &[], None),
        404,
    );
    // A body over the limit.
    let big = vec![b'x'; 2 * 1024 * 1024];
    let r = http_to(
        &format!("{}{API}/tenants/default/spaces", srv.base_url),
        "POST",
        &[format!("Authorization: Bearer {t}")],
        Some(("application/json", &big)),
    );
    let v = problem(&r, 413);
    assert!(v["detail"].as_str().unwrap().contains("limit"), "{v}");
    // Not JSON at all.
    let r = http_to(
        &format!("{}{API}/tenants/default/spaces", srv.base_url),
        "POST",
        &[format!("Authorization: Bearer {t}")],
        Some(("application/json", b"{nope")),
    );
    problem(&r, 400);
    // OAuth errors stay RFC 6749 JSON.
    let (status, body) = srv.token("nobody", "x", true, "", None);
    assert_eq!(status, 401);
    assert_eq!(body["error"], "invalid_client");
}

// ---------- 12. sizes ----------

#[test]
fn oversized_strings_and_lists_are_refused_with_the_limit() {
    let srv = DevServer::start();
    let t = srv.admin_token("default");
    let clients = "/tenants/default/clients/";
    let body = |uris: Vec<String>| json!({"clientName": "big", "allowedGrantTypes": ["authorization_code"], "redirectUris": uris});
    // The 1.9 MB redirect URI of the audit.
    let huge = format!("https://app.example.com/{}", "a".repeat(1_900_000));
    let v = problem(
        &admin_req(&srv, &t, "POST", clients, Some(&body(vec![huge]))),
        413,
    );
    assert!(v["detail"].as_str().unwrap().contains("1048576"), "{v}");
    // One over the per-URI limit, inside the body limit.
    let long = format!("https://app.example.com/{}", "a".repeat(3000));
    let v = problem(
        &admin_req(&srv, &t, "POST", clients, Some(&body(vec![long]))),
        400,
    );
    names_field(&v, "redirectUris");
    assert!(
        v["detail"].as_str().unwrap().contains("at most 2048"),
        "{v}"
    );
    assert!(
        v["detail"].as_str().unwrap().len() < 500,
        "no echo of the value: {v}"
    );
    // Too many redirect URIs.
    let many = (0..101)
        .map(|i| format!("https://app.example.com/{i}"))
        .collect();
    let v = problem(
        &admin_req(&srv, &t, "POST", clients, Some(&body(many))),
        400,
    );
    names_field(&v, "redirectUris");
    assert!(v["detail"].as_str().unwrap().contains("at most 100"), "{v}");
    // A long name.
    let v = problem(
        &admin_req(
            &srv,
            &t,
            "POST",
            clients,
            Some(&json!({"clientName": "n".repeat(101)})),
        ),
        400,
    );
    names_field(&v, "clientName");
    // The limits themselves are accepted.
    let ok: Vec<String> = (0..100)
        .map(|i| format!("https://app.example.com/{i}/{}", "a".repeat(1900)))
        .collect();
    let r = admin_req(&srv, &t, "POST", clients, Some(&body(ok)));
    assert_eq!(r.status, 201, "{}", &r.body[..r.body.len().min(500)]);
}

// ---------- 14. a leap second: the same in the create response and in storage ----------

#[test]
fn a_leap_second_is_normalised_alike_in_the_create_response_and_in_storage() {
    let srv = DevServer::start();
    let t = srv.admin_token("default");
    let (id, _) = srv.client("leap", &[]);
    let path = format!("/tenants/default/clients/{id}/secrets/");
    let r = admin_req(
        &srv,
        &t,
        "POST",
        &path,
        Some(
            &json!({"startTime": "2030-12-31T23:59:60.500Z", "expiration": "2031-06-30T23:59:60.250Z"}),
        ),
    );
    assert_eq!(r.status, 201, "{r:?}");
    let created: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(
        created["startTime"], "2031-01-01T00:00:00.500Z",
        "{created}"
    );
    assert_eq!(
        created["expiration"], "2031-07-01T00:00:00.250Z",
        "{created}"
    );
    let list: Value = serde_json::from_str(&admin_req(&srv, &t, "GET", &path, None).body).unwrap();
    let stored = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == created["id"])
        .expect("the new secret is listed");
    assert_eq!(stored["startTime"], created["startTime"]);
    assert_eq!(stored["expiration"], created["expiration"]);
    // Shortening to a leap second too.
    let r = admin_req(
        &srv,
        &t,
        "PATCH",
        &format!("{path}{}", created["id"].as_str().unwrap()),
        Some(&json!({"expiration": "2031-03-31T23:59:60.999Z"})),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let patched: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(patched["expiration"], "2031-04-01T00:00:00.999Z");
    let list: Value = serde_json::from_str(&admin_req(&srv, &t, "GET", &path, None).body).unwrap();
    assert!(
        list.to_string().contains("2031-04-01T00:00:00.999Z"),
        "{list}"
    );
}

// ---------- 9. authorization code replay revokes what the code gave ----------

/// `clients create` of a confidential web app with authorization_code and refresh_token.
const WEB_APP: &[&str] = &[
    "clients",
    "create",
    "--name",
    "web",
    "--space",
    "default",
    "--grant-type",
    "authorization_code",
    "--grant-type",
    "refresh_token",
    "--redirect-uri",
    "https://app.example.com/cb",
    "--scope",
    "api.read",
    "--scope",
    "offline_access",
    "--offline-access",
];

/// A confidential web app with authorization_code and refresh_token; returns (ID, secret).
fn web_app(srv: &DevServer) -> (String, String) {
    let v = srv.json(WEB_APP);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
    )
}

/// The authorization URL for `client_id` with PKCE; returns it and the verifier.
fn authorize_url(srv: &DevServer, client_id: &str) -> (String, String) {
    use base64::Engine;
    let verifier = "a-verifier-of-at-least-43-characters-0123456789".to_string();
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()).as_ref());
    let q = form_encode(&[
        ("response_type".into(), "code".into()),
        ("client_id".into(), client_id.into()),
        ("redirect_uri".into(), "https://app.example.com/cb".into()),
        ("scope".into(), "api.read offline_access".into()),
        ("state".into(), "st".into()),
        ("code_challenge".into(), challenge),
        ("code_challenge_method".into(), "S256".into()),
    ]);
    (format!("{}/oauth/authorize?{q}", srv.base_url), verifier)
}

/// Signs in as `admin` and returns the code.
fn sign_in_code(srv: &DevServer, client_id: &str) -> (String, String) {
    let (url, verifier) = authorize_url(srv, client_id);
    let resp = dev_sign_in(&url, "admin", ADMIN_PASSWORD, "allow");
    assert_eq!(resp.status, 302, "{resp:?}");
    let code = query_param(&resp.location(&url), "code").expect("a code");
    (code, verifier)
}

fn exchange(srv: &DevServer, id: &str, secret: &str, code: &str, verifier: &str) -> (u16, Value) {
    let extra = form_encode(&[
        ("code".into(), code.into()),
        ("redirect_uri".into(), "https://app.example.com/cb".into()),
        ("code_verifier".into(), verifier.into()),
    ]);
    let auth = base64_lite::encode(format!("{id}:{secret}").as_bytes());
    let body = format!("grant_type=authorization_code&{extra}");
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[format!("Authorization: Basic {auth}")],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn refresh(srv: &DevServer, id: &str, secret: &str, token: &str) -> (u16, Value) {
    let auth = base64_lite::encode(format!("{id}:{secret}").as_bytes());
    let body = format!("grant_type=refresh_token&refresh_token={token}");
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[format!("Authorization: Basic {auth}")],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn a_replayed_code_is_refused_and_revokes_the_tokens_of_its_first_use() {
    let srv = DevServer::builder().password().start();
    let (id, secret) = web_app(&srv);
    let (code, verifier) = sign_in_code(&srv, &id);
    let (status, first) = exchange(&srv, &id, &secret, &code, &verifier);
    assert_eq!(status, 200, "{first}");
    let access = first["access_token"].as_str().unwrap().to_string();
    let refresh_token = first["refresh_token"]
        .as_str()
        .expect("a refresh token")
        .to_string();
    assert_eq!(srv.introspect(&access, &id, &secret)["active"], true);
    // A token renewed from the refresh token belongs to the same grant.
    let (status, renewed) = refresh(&srv, &id, &secret, &refresh_token);
    assert_eq!(status, 200, "{renewed}");
    let renewed = renewed["access_token"].as_str().unwrap().to_string();
    // Another sign-in's tokens are not touched.
    let (code2, verifier2) = sign_in_code(&srv, &id);
    let (_, other) = exchange(&srv, &id, &secret, &code2, &verifier2);
    let other = other["access_token"].as_str().unwrap().to_string();

    // The replay.
    let (status, replay) = exchange(&srv, &id, &secret, &code, &verifier);
    assert_eq!(status, 400, "{replay}");
    assert_eq!(replay["error"], "invalid_grant");
    assert!(replay.get("access_token").is_none());
    assert_eq!(srv.introspect(&access, &id, &secret)["active"], false);
    assert_eq!(srv.introspect(&renewed, &id, &secret)["active"], false);
    let (status, body) = refresh(&srv, &id, &secret, &refresh_token);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_grant");
    assert_eq!(srv.introspect(&other, &id, &secret)["active"], true);
}

// ---------- 7. the sign-in page ----------

/// The sign-in page of `url`, its CSRF cookie (`name=value`) and its form's hidden fields.
fn sign_in_form(url: &str) -> (HttpResp, String, Vec<(String, String)>) {
    let page = http_to(url, "GET", &[], None);
    assert_eq!(page.status, 200, "{page:?}");
    let cookie = page
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("a CSRF cookie")
        .to_string();
    let form = hidden_fields(&page.body);
    (page, cookie, form)
}

fn post_sign_in(srv: &DevServer, cookie: Option<&str>, form: &[(String, String)]) -> HttpResp {
    let headers: Vec<String> = cookie.map(|c| format!("Cookie: {c}")).into_iter().collect();
    http_to(
        &format!("{}/oauth/authorize", srv.base_url),
        "POST",
        &headers,
        Some((
            "application/x-www-form-urlencoded",
            form_encode(form).as_bytes(),
        )),
    )
}

fn with_login(form: &[(String, String)], user: &str, password: &str) -> Vec<(String, String)> {
    let mut f = form.to_vec();
    f.push(("username".into(), user.into()));
    f.push(("password".into(), password.into()));
    f.push(("decision".into(), "allow".into()));
    f
}

#[test]
fn the_sign_in_page_cannot_be_framed_and_needs_its_csrf_token() {
    let srv = DevServer::builder().password().start();
    let (id, _) = web_app(&srv);
    let (url, _) = authorize_url(&srv, &id);
    let (page, cookie, form) = sign_in_form(&url);
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert!(
        page.header("content-security-policy")
            .is_some_and(|c| c.contains("frame-ancestors 'none'")),
        "{page:?}"
    );
    let set = page.header("set-cookie").unwrap();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite="),
        "{set}"
    );
    assert!(
        form.iter().any(|(k, v)| k == "csrf_token" && !v.is_empty()),
        "{form:?}"
    );

    let good = with_login(&form, "admin", ADMIN_PASSWORD);
    // No cookie, a cookie of another page, no token, a wrong token: 403, no code.
    let (_, other_cookie, _) = sign_in_form(&url);
    let no_token: Vec<_> = good
        .iter()
        .filter(|(k, _)| k != "csrf_token")
        .cloned()
        .collect();
    let wrong_token: Vec<_> = good
        .iter()
        .map(|(k, v)| {
            if k == "csrf_token" {
                (k.clone(), "x".repeat(43))
            } else {
                (k.clone(), v.clone())
            }
        })
        .collect();
    for (cookie, form) in [
        (None, &good),
        (Some(other_cookie.as_str()), &good),
        (Some(cookie.as_str()), &no_token),
        (Some(cookie.as_str()), &wrong_token),
    ] {
        let r = post_sign_in(&srv, cookie, form);
        assert_eq!(r.status, 403, "{r:?}");
        assert!(r.header("location").is_none(), "{r:?}");
        assert!(r.body.contains("CSRF"), "{}", r.body);
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
    }
    // With both, the sign-in works.
    let r = post_sign_in(&srv, Some(&cookie), &good);
    assert_eq!(r.status, 302, "{r:?}");
    assert!(query_param(&r.location(&url), "code").is_some());
}

#[test]
fn failed_sign_ins_are_throttled_per_user() {
    let srv = DevServer::builder().password().start();
    let (id, _) = web_app(&srv);
    let (url, _) = authorize_url(&srv, &id);
    let (_, cookie, form) = sign_in_form(&url);
    for i in 0..5 {
        let r = post_sign_in(&srv, Some(&cookie), &with_login(&form, "admin", "guess"));
        assert_eq!(r.status, 401, "failure {i}: {r:?}");
    }
    // The sixth attempt is refused before the password is looked at: the right one too.
    let r = post_sign_in(
        &srv,
        Some(&cookie),
        &with_login(&form, "admin", ADMIN_PASSWORD),
    );
    assert_eq!(r.status, 429, "{r:?}");
    let retry: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert!(r.header("location").is_none());
    assert!(r.body.contains("Too many failed sign-ins"), "{}", r.body);
    // Another user from the same address is not blocked yet (the address allows 20).
    let r = post_sign_in(&srv, Some(&cookie), &with_login(&form, "someone", "x"));
    assert_eq!(r.status, 401, "{r:?}");
}

#[test]
fn failed_sign_ins_are_throttled_per_address_unknown_users_included() {
    let srv = DevServer::builder().password().start();
    let (id, _) = web_app(&srv);
    let (url, _) = authorize_url(&srv, &id);
    let (_, cookie, form) = sign_in_form(&url);
    for i in 0..20 {
        let r = post_sign_in(
            &srv,
            Some(&cookie),
            &with_login(&form, &format!("user{i}"), "x"),
        );
        assert_eq!(r.status, 401, "failure {i}: {r:?}");
    }
    let r = post_sign_in(
        &srv,
        Some(&cookie),
        &with_login(&form, "admin", ADMIN_PASSWORD),
    );
    assert_eq!(r.status, 429, "{r:?}");
    assert!(r.header("retry-after").is_some(), "{r:?}");
}

// ---------- found in review (were tests/hardening.rs) ----------

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

// ---------- issue 17, items 12-13: the sign-in throttle under a burst; its keys ----------

/// POSTs the sign-in form `body` (with the CSRF `cookie`) `n` times at once; the statuses.
fn sign_in_burst(base_url: &str, cookie: &str, body: &str, n: usize) -> Vec<u16> {
    let barrier = Arc::new(std::sync::Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let (url, cookie, body, barrier) = (
                format!("{base_url}/oauth/authorize"),
                format!("Cookie: {cookie}"),
                body.to_string(),
                barrier.clone(),
            );
            std::thread::spawn(move || {
                barrier.wait();
                http_to(
                    &url,
                    "POST",
                    &[cookie],
                    Some(("application/x-www-form-urlencoded", body.as_bytes())),
                )
                .status
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

/// 40 wrong passwords at once for one user: each attempt is counted under the lock of the check,
/// before its slow password hash, so at most 5 are checked (401) and the rest are refused (429).
#[test]
fn a_burst_of_parallel_wrong_passwords_has_at_most_five_checked() {
    let srv = DevServer::builder().password().start();
    let (id, _) = web_app(&srv);
    let (url, _) = authorize_url(&srv, &id);
    let (_, cookie, form) = sign_in_form(&url);
    let body = form_encode(&with_login(&form, "admin", "a-wrong-guess"));
    let statuses = sign_in_burst(&srv.base_url, &cookie, &body, 40);
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(checked + refused, 40, "{statuses:?}");
    assert!(
        checked <= 5,
        "{checked} of 40 parallel wrong passwords were checked: {statuses:?}"
    );
    // The right password is refused too, until the window ends.
    let r = post_sign_in(
        &srv,
        Some(&cookie),
        &with_login(&form, "admin", ADMIN_PASSWORD),
    );
    assert_eq!(r.status, 429, "{r:?}");
}

/// A confidential web app of `tenant` and the authorization URL for it there.
fn authorize_url_in(srv: &DevServer, tenant: &str) -> String {
    let v = srv.json_tenant(tenant, WEB_APP);
    let (url, _) = authorize_url(srv, v["client"]["clientId"].as_str().unwrap());
    format!("{url}&tenant={tenant}")
}

/// With OAUTHCTL_DEV_ADMIN_PASSWORD every tenant's `admin` has the same password: guesses at it
/// are counted together, so more tenants do not mean more guesses.
#[test]
fn guesses_at_the_shared_admin_password_are_counted_across_tenants() {
    let srv = DevServer::builder()
        .args(&["--tenant", "acme", "--tenant", "globex"])
        .password()
        .start();
    let urls: std::collections::HashMap<&str, String> = ["default", "acme", "globex"]
        .into_iter()
        .map(|t| (t, authorize_url_in(&srv, t)))
        .collect();
    let attempt = |tenant: &str, password: &str| {
        let (_, cookie, form) = sign_in_form(&urls[tenant]);
        post_sign_in(&srv, Some(&cookie), &with_login(&form, "admin", password))
    };
    for (tenant, i) in [
        ("default", 0),
        ("default", 1),
        ("default", 2),
        ("acme", 3),
        ("acme", 4),
    ] {
        let r = attempt(tenant, "a-wrong-guess");
        assert_eq!(r.status, 401, "failure {i} at {tenant}: {r:?}");
    }
    // Five guesses at that password in all: globex's admin is refused, the right password too.
    let r = attempt("globex", ADMIN_PASSWORD);
    assert_eq!(r.status, 429, "{r:?}");
    assert!(r.body.contains("Too many failed sign-ins"), "{}", r.body);
}

// ---------- issue 17, item 11: two servers on one database file ----------

/// A client-credentials token request at `base_url`; the status.
fn token_status(base_url: &str, client_id: &str, secret: &str) -> u16 {
    let body =
        format!("grant_type=client_credentials&client_id={client_id}&client_secret={secret}");
    http(
        base_url,
        "POST",
        "/oauth/token",
        &[],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    )
    .0
}

/// A new secret of `client_id` through the admin API at `base_url`: (its ID, its value).
fn new_secret_at(base_url: &str, token: &str, client_id: &str) -> (String, String) {
    let (status, text) = http(
        base_url,
        "POST",
        &format!("{API}/tenants/default/clients/{client_id}/secrets/"),
        &[format!("Authorization: Bearer {token}")],
        Some(("application/json", b"{}")),
    );
    assert_eq!(status, 201, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    (
        v["id"].as_str().unwrap().to_string(),
        v["value"].as_str().unwrap().to_string(),
    )
}

/// Two `oauthctl dev-server` processes on one `--db` file. A secret revoked through server B must
/// stop working at server A at once, also when A records another secret's use (its `lastUsedAt`
/// write) while B's revocation commits: that write must not make A's cache of other clients look
/// current. Each trial races B's revocation of X's secret against first uses at A of fresh
/// secrets of other clients, then asks A for a token with X's revoked secret.
#[test]
fn a_secret_revoked_through_one_server_stops_at_another_on_the_same_database() {
    const TRIALS: usize = 150;
    const USERS: usize = 12;
    let a = DevServer::builder().process().start();
    let db = a.db.clone().expect("a database file");
    let log = Arc::new(Mutex::new(String::new()));
    let mut b_cmd = a.home.command();
    b_cmd
        .args(["dev-server", "--listen", "127.0.0.1:0", "--db"])
        .arg(&db)
        .env("OAUTHCTL_DEV_ADMIN_SECRET", ADMIN_SECRET)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let (b, b_url) = spawn_announcing(b_cmd, log.clone(), "server B");
    // Stopped however the test ends.
    struct Stop(std::process::Child);
    impl Drop for Stop {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let _b = Stop(b);
    let b_token = {
        let (status, text) = http(
            &b_url,
            "POST",
            "/oauth/token",
            &[],
            Some((
                "application/x-www-form-urlencoded",
                format!("grant_type=client_credentials&client_id=oauthctl-admin&client_secret={ADMIN_SECRET}").as_bytes(),
            )),
        );
        assert_eq!(status, 200, "{text}");
        serde_json::from_str::<Value>(&text).unwrap()["access_token"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (x, _) = a.client("x", &["api.read"]);
    let others: Vec<String> = (0..USERS)
        .map(|i| a.client(&format!("y{i}"), &["api.read"]).0)
        .collect();
    let mut stale = Vec::new();
    for trial in 0..TRIALS {
        // Through B: a secret of X, and a fresh (never used) secret of every other client.
        let (x_id, x_value) = new_secret_at(&b_url, &b_token, &x);
        let fresh: Vec<(String, String)> = others
            .iter()
            .map(|y| (y.clone(), new_secret_at(&b_url, &b_token, y).1))
            .collect();
        // At A: X's secret works (its first use is recorded), and X is in A's cache.
        assert_eq!(
            token_status(&a.base_url, &x, &x_value),
            200,
            "trial {trial}"
        );
        assert_eq!(
            token_status(&a.base_url, &x, &x_value),
            200,
            "trial {trial}"
        );
        // At once: first uses at A (each writes lastUsedAt), and X's secret revoked through B.
        let start = Arc::new(std::sync::Barrier::new(USERS + 1));
        let users: Vec<_> = fresh
            .into_iter()
            .map(|(y, value)| {
                let (url, start) = (a.base_url.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    token_status(&url, &y, &value)
                })
            })
            .collect();
        start.wait();
        let (status, text) = http(
            &b_url,
            "DELETE",
            &format!("{API}/tenants/default/clients/{x}/secrets/{x_id}"),
            &[format!("Authorization: Bearer {b_token}")],
            None,
        );
        assert!((200..300).contains(&status), "revoke: {status} {text}");
        for u in users {
            assert_eq!(u.join().unwrap(), 200, "trial {trial}");
        }
        // The revocation was answered: A refuses the secret now.
        if token_status(&a.base_url, &x, &x_value) != 401 {
            stale.push(trial);
        }
    }
    assert!(
        stale.is_empty(),
        "a secret revoked through B still worked at A in trials {stale:?} of {TRIALS}"
    );
}

// ---------- issue 17, item 14: a body over the limit gets its 413, not a reset ----------

/// POSTs `body` as a client on a slow link does: the whole body in 64 KiB pieces, a moment
/// apart, then reads the answer. The status, or what failed.
fn post_paced(base_url: &str, path: &str, token: &str, body: &[u8]) -> Result<u16, String> {
    use std::io::{Read, Write};
    let host = base_url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(host).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes())
        .map_err(|e| format!("sending the head: {e}"))?;
    for (i, piece) in body.chunks(64 * 1024).enumerate() {
        s.write_all(piece)
            .map_err(|e| format!("sending the body at {} KiB: {e}", i * 64))?;
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let mut answer = Vec::new();
    s.read_to_end(&mut answer)
        .map_err(|e| format!("reading the answer: {e}"))?;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("no status in {text:?}"))
}

/// The server stops reading a body at the limit (1 MiB) and answers 413. Had it closed the
/// connection with the rest unread, the kernel would reset it, and a client still sending would
/// never read the answer (curl: exit 55). It drains a bounded amount first (a lingering close).
#[test]
fn a_body_over_the_limit_gets_its_413_not_a_reset() {
    let srv = DevServer::start();
    let token = srv.admin_token("default");
    let body = vec![b'x'; 3 * 1024 * 1024];
    let path = format!("{API}/tenants/default/spaces");
    let outcomes: Vec<Result<u16, String>> = (0..20)
        .map(|_| post_paced(&srv.base_url, &path, &token, &body))
        .collect();
    let wrong: Vec<_> = outcomes.iter().filter(|o| **o != Ok(413)).collect();
    assert!(
        wrong.is_empty(),
        "{} of 20 POSTs of 3 MB did not read the 413: {wrong:?}",
        wrong.len()
    );
}
