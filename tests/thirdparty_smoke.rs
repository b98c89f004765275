//! The third-party servers of tests/common/thirdparty.rs, driven with plain HTTP (no oauthctl):
//! for each API, a client's whole life — create, a client_credentials token with its secret,
//! show, update without losing the secret, replace the secret (the new one works, the old one is
//! refused), delete (its secret is refused). These pin the facts the backends in src/backend/
//! rely on, so an upgrade of a server that changes one fails here first; they fail, never skip,
//! when a server is missing (run them with `bash tests/run.sh`). They use the test binary's shared
//! servers (their own client IDs and names), and a server of their own only when it must be set
//! up differently.
use crate::common;
use common::http_to;
use common::thirdparty::*;

use serde_json::{json, Value};

#[track_caller]
fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("no string {key:?} in {v}"))
}

// ---------------------------------------------------------------------------------------------
// glewlwyd, admin API
// ---------------------------------------------------------------------------------------------

fn glewlwyd_record(name: &str, scopes: &[&str], password: Option<&str>) -> Value {
    let mut v = json!({
        "name": name, "description": "smoke", "enabled": true, "confidential": true,
        "authorization_type": ["client_credentials"], "scope": scopes, "redirect_uri": [],
        "token_endpoint_auth_method": ["client_secret_basic", "client_secret_post"],
    });
    if let Some(p) = password {
        v["password"] = json!(p);
    }
    v
}

#[test]
fn glewlwyd_admin_api_client_lifecycle() {
    let g = Glewlwyd::shared();
    let token = g.token_endpoint();
    let (s1, s2) = ("glewlwyd-first-secret-0123", "glewlwyd-second-secret-4567");

    // create
    let mut create = glewlwyd_record("Service One", &["api:read", "api:write"], Some(s1));
    create["client_id"] = json!("svc1");
    let (r, _) = g.admin("POST", "/api/client/", Some(&create));
    assert_eq!(r.status, 200, "create: {r:?}");
    assert_eq!(r.body, "", "create answers an empty body");
    let (r, v) = g.admin("POST", "/api/client/", Some(&create));
    assert_eq!((r.status, v), (400, json!(["client_id already exist"])));

    // token
    let (status, v) = client_credentials(&token, "svc1", s1, "api:read api:write");
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["token_type"], "bearer");
    assert_eq!(v["scope"], "api:read api:write");
    let (status, v) = client_credentials(&token, "svc1", s1, "");
    assert_eq!((status, v), (403, Value::Null), "no scope: 403, empty body");

    // show (the password never comes back)
    let (r, shown) = g.admin("GET", "/api/client/svc1", None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(shown["name"], "Service One");
    assert_eq!(shown["scope"], json!(["api:read", "api:write"]));
    assert_eq!(shown["authorization_type"], json!(["client_credentials"]));
    assert!(shown.get("password").is_none() && shown.get("client_secret").is_none());
    let (r, _) = g.admin("GET", "/api/client/nosuch", None);
    assert_eq!((r.status, r.body.as_str()), (404, ""));

    // list
    // (the server is shared: a pattern only this test's client matches)
    let (r, list) = g.admin("GET", "/api/client/?pattern=svc1&offset=0&limit=10", None);
    assert_eq!(r.status, 200);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| str_of(c, "client_id"))
        .collect();
    assert_eq!(ids, ["svc1"]);

    // update: read, change, write the whole record; the password, left out, is kept
    let mut update = shown.clone();
    update["name"] = json!("Service One, renamed");
    update["scope"] = json!(["api:read"]);
    for k in ["client_id", "source"] {
        update.as_object_mut().unwrap().remove(k);
    }
    let (r, _) = g.admin("PUT", "/api/client/svc1", Some(&update));
    assert_eq!(r.status, 200, "{r:?}");
    let (_, shown) = g.admin("GET", "/api/client/svc1", None);
    assert_eq!(shown["name"], "Service One, renamed");
    assert_eq!(client_credentials(&token, "svc1", s1, "api:read").0, 200);
    let (status, v) = client_credentials(&token, "svc1", s1, "api:write");
    assert_eq!((status, v), (400, json!({"error": "scope_invalid"})));

    // replace the secret: PUT the whole record with a new password
    let mut rotate = update.clone();
    rotate["password"] = json!(s2);
    let (r, _) = g.admin("PUT", "/api/client/svc1", Some(&rotate));
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(client_credentials(&token, "svc1", s2, "api:read").0, 200);
    assert_eq!(client_credentials(&token, "svc1", s1, "api:read").0, 403);

    // delete
    let (r, _) = g.admin("DELETE", "/api/client/svc1", None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(g.admin("GET", "/api/client/svc1", None).0.status, 404);
    assert_eq!(g.admin("DELETE", "/api/client/svc1", None).0.status, 404);
    assert_eq!(client_credentials(&token, "svc1", s2, "api:read").0, 403);
}

#[test]
fn glewlwyd_admin_api_put_drops_the_list_fields_it_is_not_given() {
    let g = Glewlwyd::shared();
    let mut create = glewlwyd_record("partial", &["api:read"], Some("partial-secret-0123"));
    create["client_id"] = json!("partial");
    assert_eq!(g.admin("POST", "/api/client/", Some(&create)).0.status, 200);
    let (r, _) = g.admin(
        "PUT",
        "/api/client/partial",
        Some(&json!({"name": "only a name"})),
    );
    assert_eq!(r.status, 200);
    let (_, v) = g.admin("GET", "/api/client/partial", None);
    // name, description, scope, enabled and confidential are kept; the properties are gone
    assert_eq!(v["scope"], json!(["api:read"]));
    assert_eq!(v["confidential"], true);
    assert!(v.get("authorization_type").is_none(), "{v}");
    assert!(v.get("token_endpoint_auth_method").is_none(), "{v}");
    let (status, _) = client_credentials(
        &g.token_endpoint(),
        "partial",
        "partial-secret-0123",
        "api:read",
    );
    assert_eq!(
        status, 403,
        "without its grant type and auth method the client is refused"
    );
}

// ---------------------------------------------------------------------------------------------
// glewlwyd, RFC 7591/7592
// ---------------------------------------------------------------------------------------------

#[test]
fn glewlwyd_rfc7592_client_lifecycle() {
    let g = Glewlwyd::shared();
    let token = g.token_endpoint();
    let iat = g.initial_access_token();
    let bearer = |t: &str| vec![format!("Authorization: Bearer {t}")];
    let meta = |name: &str| {
        json!({
            "client_name": name, "grant_types": ["client_credentials"], "response_types": [],
            "redirect_uris": ["https://svc.example/cb"],
            "token_endpoint_auth_method": "client_secret_basic", "scope": "api:read",
        })
    };

    // create: 200 (not 201); redirect_uris is required; the scope is the plugin's
    let (r, _) = json_call(&g.registration_endpoint(), "POST", &[], Some(&meta("x")));
    assert_eq!(r.status, 401, "no initial access token: {r:?}");
    let (r, reg) = json_call(
        &g.registration_endpoint(),
        "POST",
        &bearer(&iat),
        Some(&meta("dyn")),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let id = str_of(&reg, "client_id").to_string();
    let secret1 = str_of(&reg, "client_secret").to_string();
    let rat = str_of(&reg, "registration_access_token").to_string();
    let uri = str_of(&reg, "registration_client_uri").to_string();
    assert_eq!(uri, format!("{}/{id}", g.registration_endpoint()));
    assert_eq!(reg["client_secret_expires_at"], 0);

    // token
    let (status, v) = client_credentials(&token, &id, &secret1, GLEWLWYD_REGISTERED_SCOPE);
    assert_eq!(status, 200, "{v}");

    // show: token_endpoint_auth_method is an array here
    let (r, shown) = json_call(&uri, "GET", &bearer(&rat), None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(shown["client_name"], "dyn");
    assert_eq!(
        shown["token_endpoint_auth_method"],
        json!(["client_secret_basic"])
    );
    assert_eq!(shown["client_secret"], secret1.as_str());

    // update: every PUT issues a new secret (the old one stops working); the token stays
    let mut body = meta("dyn, renamed");
    body["client_id"] = json!(id);
    let (r, upd) = json_call(&uri, "PUT", &bearer(&rat), Some(&body));
    assert_eq!(r.status, 200, "{r:?}");
    let secret2 = str_of(&upd, "client_secret").to_string();
    assert_ne!(secret2, secret1);
    assert!(upd.get("registration_access_token").is_none(), "{upd}");
    assert_eq!(client_credentials(&token, &id, &secret2, "api:read").0, 200);
    assert_eq!(client_credentials(&token, &id, &secret1, "api:read").0, 403);

    // replace the secret: one more PUT
    let (r, upd) = json_call(&uri, "PUT", &bearer(&rat), Some(&body));
    assert_eq!(r.status, 200, "{r:?}");
    let secret3 = str_of(&upd, "client_secret").to_string();
    assert_ne!(secret3, secret2);
    assert_eq!(client_credentials(&token, &id, &secret3, "api:read").0, 200);
    assert_eq!(client_credentials(&token, &id, &secret2, "api:read").0, 403);
    let (_, shown) = json_call(&uri, "GET", &bearer(&rat), None);
    assert_eq!(shown["client_name"], "dyn, renamed");

    // delete: 200, and the client is only disabled
    let (r, _) = json_call(&uri, "DELETE", &bearer(&rat), None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(client_credentials(&token, &id, &secret3, "api:read").0, 403);
    assert_eq!(json_call(&uri, "GET", &bearer(&rat), None).0.status, 401);
    let (r, admin_view) = g.admin("GET", &format!("/api/client/{id}"), None);
    assert_eq!(r.status, 200);
    assert_eq!(admin_view["enabled"], false);
}

#[test]
fn glewlwyd_rfc7592_token_used_on_another_client_is_disabled() {
    let g = Glewlwyd::shared();
    let iat = g.initial_access_token();
    let (r, reg) = json_call(
        &g.registration_endpoint(),
        "POST",
        &[format!("Authorization: Bearer {iat}")],
        Some(
            &json!({"client_name": "probe", "grant_types": ["client_credentials"],
            "redirect_uris": ["https://svc.example/cb"],
            "token_endpoint_auth_method": "client_secret_basic"}),
        ),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let auth = vec![format!(
        "Authorization: Bearer {}",
        str_of(&reg, "registration_access_token")
    )];
    let uri = str_of(&reg, "registration_client_uri");
    let other = format!("{}/nosuch", g.registration_endpoint());
    assert_eq!(json_call(&other, "GET", &auth, None).0.status, 401);
    assert_eq!(
        json_call(uri, "GET", &auth, None).0.status,
        401,
        "the registration access token is gone for good"
    );
}

// ---------------------------------------------------------------------------------------------
// node-oidc-provider, RFC 7591/7592
// ---------------------------------------------------------------------------------------------

fn oidc_meta(name: &str) -> Value {
    json!({
        "client_name": name, "grant_types": ["client_credentials"], "response_types": [],
        "redirect_uris": [], "token_endpoint_auth_method": "client_secret_basic",
        "scope": "api.read api.write",
    })
}

#[test]
fn oidc_provider_rfc7592_client_lifecycle() {
    let o = OidcProvider::shared();
    let token = o.token_endpoint();
    let bearer = |t: &str| vec![format!("Authorization: Bearer {t}")];

    // create: 201
    let (r, _) = json_call(
        &o.registration_endpoint(),
        "POST",
        &[],
        Some(&oidc_meta("x")),
    );
    assert_eq!(r.status, 400, "no initial access token: {r:?}");
    let (r, reg) = json_call(
        &o.registration_endpoint(),
        "POST",
        &bearer(&o.initial_access_token),
        Some(&oidc_meta("node")),
    );
    assert_eq!(r.status, 201, "{r:?}");
    let id = str_of(&reg, "client_id").to_string();
    let secret1 = str_of(&reg, "client_secret").to_string();
    let rat1 = str_of(&reg, "registration_access_token").to_string();
    let uri = str_of(&reg, "registration_client_uri").to_string();
    assert_eq!(uri, format!("{}/{id}", o.registration_endpoint()));
    assert_eq!(reg["client_secret_expires_at"], 0);
    assert_eq!(reg["token_endpoint_auth_method"], "client_secret_basic");

    // token
    let (status, v) = client_credentials(&token, &id, &secret1, "api.read");
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["scope"], "api.read");

    // show
    let (r, shown) = json_call(&uri, "GET", &bearer(&rat1), None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(shown["client_name"], "node");
    assert_eq!(shown["client_secret"], secret1.as_str());

    // update (PUT replaces the record): a new secret and a new registration access token, both
    // in the response; the old ones stop working at once
    let mut body = oidc_meta("node, renamed");
    body["client_id"] = json!(id);
    body["scope"] = json!("api.read");
    let (r, upd) = json_call(&uri, "PUT", &bearer(&rat1), Some(&body));
    assert_eq!(r.status, 200, "{r:?}");
    let secret2 = str_of(&upd, "client_secret").to_string();
    let rat2 = str_of(&upd, "registration_access_token").to_string();
    assert_ne!(secret2, secret1);
    assert_ne!(rat2, rat1);
    assert_eq!(upd["client_name"], "node, renamed");
    assert_eq!(client_credentials(&token, &id, &secret2, "api.read").0, 200);
    assert_eq!(client_credentials(&token, &id, &secret1, "api.read").0, 401);
    assert_eq!(
        client_credentials(&token, &id, &secret2, "api.write").0,
        400,
        "api.write was left out of the PUT"
    );
    assert_eq!(json_call(&uri, "GET", &bearer(&rat1), None).0.status, 401);

    // replace the secret: one more PUT
    let (r, upd) = json_call(&uri, "PUT", &bearer(&rat2), Some(&body));
    assert_eq!(r.status, 200, "{r:?}");
    let secret3 = str_of(&upd, "client_secret").to_string();
    let rat3 = str_of(&upd, "registration_access_token").to_string();
    assert_eq!(client_credentials(&token, &id, &secret3, "api.read").0, 200);
    assert_eq!(client_credentials(&token, &id, &secret2, "api.read").0, 401);

    // delete: 204
    let (r, _) = json_call(&uri, "DELETE", &bearer(&rat3), None);
    assert_eq!(r.status, 204, "{r:?}");
    assert_eq!(client_credentials(&token, &id, &secret3, "api.read").0, 401);
    assert_eq!(json_call(&uri, "GET", &bearer(&rat3), None).0.status, 401);
}

#[test]
fn oidc_provider_secret_expiry_is_in_the_registration() {
    let o = OidcProvider::start_with_secret_ttl(3600);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (r, reg) = json_call(
        &o.registration_endpoint(),
        "POST",
        &[format!("Authorization: Bearer {}", o.initial_access_token)],
        Some(&oidc_meta("expiring")),
    );
    assert_eq!(r.status, 201, "{r:?}");
    let exp = reg["client_secret_expires_at"].as_i64().unwrap();
    assert!(
        (now + 3600 - 60..=now + 3600 + 60).contains(&exp),
        "client_secret_expires_at {exp}, now {now}"
    );
}

// ---------------------------------------------------------------------------------------------
// LemonLDAP::NG, Manager API
// ---------------------------------------------------------------------------------------------

#[test]
fn lemonldap_manager_api_client_lifecycle() {
    let l = Lemonldap::shared();
    let token = l.token_endpoint();
    let (s1, s2) = (
        "lemonldap-first-secret-0123",
        "lemonldap-second-secret-4567",
    );
    let rp = "/providers/oidc/rp";

    // Metadata: OpenID's path only. The RFC 8414 path answers 200 with the portal's HTML page.
    let meta = http_to(
        &format!("{}/.well-known/openid-configuration", l.issuer),
        "GET",
        &[],
        None,
    );
    assert_eq!(meta.status, 200);
    let meta: Value = serde_json::from_str(&meta.body).unwrap();
    assert_eq!(meta["issuer"], l.issuer.as_str());
    assert_eq!(meta["token_endpoint"], format!("{}/oauth2/token", l.issuer));
    let rfc8414 = http_to(
        &format!("{}/.well-known/oauth-authorization-server", l.issuer),
        "GET",
        &[],
        None,
    );
    assert_eq!(rfc8414.status, 200);
    assert_eq!(rfc8414.header("content-type"), Some("text/html"));

    // create: 201; a duplicate key or client ID is 409
    let create = json!({
        "confKey": "svc1", "clientId": "svc1-id", "redirectUris": ["https://svc1.example/cb"],
        "options": {"clientSecret": s1, "public": false, "allowClientCredentialsGrant": true,
            "accessTokenExpiration": 600, "displayName": "Service One"},
        "scopeRules": {"api:read": "$requested", "api:write": "$requested"},
    });
    let (r, v) = l.api("POST", rp, Some(&create));
    assert_eq!(r.status, 201, "{r:?}");
    assert_eq!(v, json!({"message": "Successful operation"}));
    let (r, _) = l.api("POST", rp, Some(&create));
    assert_eq!(r.status, 409, "{r:?}");
    let mut no_redirect = create.clone();
    no_redirect["confKey"] = json!("svc2");
    no_redirect["clientId"] = json!("svc2-id");
    no_redirect["redirectUris"] = json!([]);
    assert_eq!(l.api("POST", rp, Some(&no_redirect)).0.status, 400);

    // token, once the portal has reloaded its configuration; unknown scopes are dropped
    assert!(
        eventually(|| client_credentials(&token, "svc1-id", s1, "api:read").0 == 200),
        "the new client never got a token:\n{}",
        l.log()
    );
    let (status, v) = client_credentials(&token, "svc1-id", s1, "api:read nosuch");
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["scope"], "api:read");
    assert_eq!(v["expires_in"], 600);

    // show (the secret comes back in clear)
    let (r, shown) = l.api("GET", &format!("{rp}/svc1"), None);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(shown["clientId"], "svc1-id");
    assert_eq!(shown["options"]["displayName"], "Service One");
    assert_eq!(shown["options"]["clientSecret"], s1);
    let (r, by_id) = l.api("GET", &format!("{rp}/findByClientId/svc1-id"), None);
    assert_eq!((r.status, &by_id["confKey"]), (200, &json!("svc1")));
    let (r, v) = l.api("GET", &format!("{rp}/nosuch"), None);
    assert_eq!(r.status, 404);
    assert_eq!(v, json!({"error": "OIDC relying party 'nosuch' not found"}));

    // list
    let (r, list) = l.api("GET", &format!("{rp}/findByConfKey?pattern=*"), None);
    assert_eq!(r.status, 200);
    // (the server is shared: other tests' clients are listed too)
    let ours = list
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .filter(|c| c["confKey"] == "svc1")
        .count();
    assert_eq!(ours, 1, "{list}");

    // update: PATCH merges; the secret is kept
    let (r, _) = l.api(
        "PATCH",
        &format!("{rp}/svc1"),
        Some(&json!({"options": {"displayName": "Service One, renamed"},
            "scopeRules": {"api:write": "0"}})),
    );
    assert_eq!(r.status, 204, "{r:?}");
    let (_, shown) = l.api("GET", &format!("{rp}/svc1"), None);
    assert_eq!(shown["options"]["displayName"], "Service One, renamed");
    assert_eq!(shown["options"]["clientSecret"], s1);
    assert!(
        eventually(|| {
            let (status, v) = client_credentials(&token, "svc1-id", s1, "api:read api:write");
            status == 200 && v["scope"] == "api:read"
        }),
        "api:write is still granted:\n{}",
        l.log()
    );

    // replace the secret: PATCH options.clientSecret
    let (r, _) = l.api(
        "PATCH",
        &format!("{rp}/svc1"),
        Some(&json!({"options": {"clientSecret": s2}})),
    );
    assert_eq!(r.status, 204, "{r:?}");
    assert!(
        eventually(|| client_credentials(&token, "svc1-id", s2, "api:read").0 == 200),
        "the new secret never worked:\n{}",
        l.log()
    );
    let (status, v) = client_credentials(&token, "svc1-id", s1, "api:read");
    assert_eq!((status, v), (401, json!({"error": "invalid_client"})));

    // delete: 204
    let (r, _) = l.api("DELETE", &format!("{rp}/svc1"), None);
    assert_eq!(r.status, 204, "{r:?}");
    assert_eq!(l.api("GET", &format!("{rp}/svc1"), None).0.status, 404);
    assert!(
        eventually(|| client_credentials(&token, "svc1-id", s2, "api:read").0 == 401),
        "the deleted client still gets tokens:\n{}",
        l.log()
    );
}
