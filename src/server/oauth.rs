//! The dev server's OAuth endpoints: RFC 8414 metadata, the token endpoint (client_credentials
//! with client_secret_basic or client_secret_post), RFC 7662 introspection and RFC 7009 revocation.
//! The tenant is the `tenant` query parameter (as in Therefore); absent, the default tenant.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use chrono::Utc;

use super::crypto::{self, Claims};
use super::signin;
use super::store::{self, ms};
use super::{AppState, DEFAULT_TENANT, TOKEN_TTL_SECS};
use crate::api::models::{Client, OAuthError, ServerMetadata, TokenResponse};

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/.well-known/oauth-authorization-server", get(metadata))
        .route(
            "/oauth/authorize",
            get(authorize_page).post(authorize_submit),
        )
        .route("/oauth/token", post(token))
        .route("/oauth/introspect", post(introspect))
        .route("/oauth/revoke", post(revoke))
}

/// Writing `last_used_at` on every token request would make each token cost a write; once a
/// minute per secret is precise enough to see whether an old secret is still in use.
const LAST_USED_GRANULARITY_MS: i64 = 60_000;

async fn metadata(State(st): State<Arc<AppState>>) -> Json<ServerMetadata> {
    let i = &st.issuer;
    Json(ServerMetadata {
        issuer: i.clone(),
        token_endpoint: format!("{i}/oauth/token"),
        authorization_endpoint: Some(format!("{i}/oauth/authorize")),
        introspection_endpoint: Some(format!("{i}/oauth/introspect")),
        revocation_endpoint: Some(format!("{i}/oauth/revoke")),
        registration_endpoint: None,
        grant_types_supported: vec![
            "client_credentials".into(),
            "authorization_code".into(),
            "refresh_token".into(),
        ],
        token_endpoint_auth_methods_supported: vec![
            "client_secret_basic".into(),
            "client_secret_post".into(),
            "none".into(),
        ],
        scopes_supported: store::DEFAULT_SCOPES
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        response_types_supported: vec!["code".into()],
        code_challenge_methods_supported: vec!["S256".into()],
    })
}

pub struct OAuthErr {
    status: StatusCode,
    error: &'static str,
    description: String,
    basic_challenge: bool,
}

fn oauth_err(error: &'static str, description: impl Into<String>) -> OAuthErr {
    let status = match error {
        "invalid_client" => StatusCode::UNAUTHORIZED,
        "server_error" => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    OAuthErr {
        status,
        error,
        description: description.into(),
        basic_challenge: false,
    }
}

impl From<super::error::ApiError> for OAuthErr {
    fn from(e: super::error::ApiError) -> Self {
        oauth_err("server_error", e.detail)
    }
}

impl IntoResponse for OAuthErr {
    fn into_response(self) -> Response {
        let body = OAuthError {
            error: self.error.to_string(),
            error_description: Some(self.description),
        };
        let mut resp = (
            self.status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(body),
        )
            .into_response();
        if self.basic_challenge {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Basic realm=\"oauthctl\""),
            );
        }
        resp
    }
}

/// Form parameters; a repeated parameter is an error (RFC 6749 §3.1).
fn parse_form(body: &[u8]) -> Result<HashMap<String, String>, OAuthErr> {
    let mut out = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(body) {
        if out.insert(k.to_string(), v.to_string()).is_some() {
            return Err(oauth_err(
                "invalid_request",
                format!("the parameter {k:?} is repeated"),
            ));
        }
    }
    Ok(out)
}

fn form_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Client credentials from the Authorization header (client_secret_basic) or the body
/// (client_secret_post); using both is an error (RFC 6749 §2.3).
fn client_credentials(
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(String, String, bool), OAuthErr> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Basic ")
                .or_else(|| v.strip_prefix("basic "))
        });
    match (basic, form.get("client_secret")) {
        (Some(_), Some(_)) => Err(oauth_err(
            "invalid_request",
            "client credentials were sent both in the Authorization header and in the body; use one",
        )),
        (Some(b64), None) => {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| basic_fail("the Basic Authorization header is not valid base64"))?;
            let (id, secret) = decoded
                .split_once(':')
                .ok_or_else(|| basic_fail("the Basic Authorization header has no ':'"))?;
            Ok((form_decode(id), form_decode(secret), true))
        }
        (None, Some(secret)) => {
            let id = form.get("client_id").ok_or_else(|| {
                oauth_err("invalid_request", "client_secret was sent without client_id")
            })?;
            Ok((id.clone(), secret.clone(), false))
        }
        (None, None) => match form.get("client_id") {
            // A public client identifies itself only (token_endpoint_auth_method "none").
            Some(id) => Ok((id.clone(), String::new(), false)),
            None => Err(OAuthErr {
                basic_challenge: true,
                ..oauth_err(
                    "invalid_client",
                    "client authentication is required (client_secret_basic or client_secret_post)",
                )
            }),
        },
    }
}

fn basic_fail(msg: &str) -> OAuthErr {
    OAuthErr {
        basic_challenge: true,
        ..oauth_err("invalid_client", msg)
    }
}

/// Checks a client's credentials; returns the client and whether basic auth was used.
fn authenticate(
    st: &AppState,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(Client, bool), OAuthErr> {
    let (client_id, secret, basic) = client_credentials(headers, form)?;
    let fail = || OAuthErr {
        basic_challenge: basic,
        ..oauth_err("invalid_client", "client authentication failed")
    };
    let now = Utc::now();
    let now_ms = ms(now);
    let hash = crypto::sha256(secret.as_bytes());
    if secret.is_empty() {
        return match st.store.read(|c| store::get_client_any(c, &client_id))? {
            Some(client) if !client.require_client_secret => Ok((client, false)),
            _ => Err(fail()),
        };
    }
    let (client, matched) = st.store.read(|c| {
        let Some(client) = store::get_client_any(c, &client_id)? else {
            return Ok((None, None));
        };
        let mut matched = None;
        for s in store::secrets_for_auth(c, &client_id)? {
            // Compare every candidate, in constant time, before looking at its validity window.
            if crypto::ct_eq(&s.hash, &hash)
                && !s.revoked
                && s.start <= now_ms
                && now_ms < s.expiration
            {
                matched = Some(s);
            }
        }
        Ok((Some(client), matched))
    })?;
    let (Some(client), Some(secret)) = (client, matched) else {
        return Err(fail());
    };
    if secret
        .last_used_at
        .is_none_or(|t| now_ms - t >= LAST_USED_GRANULARITY_MS)
    {
        st.store
            .write(|c| store::touch_secret(c, &secret.id, now))?;
    }
    Ok((client, basic))
}

async fn token(
    State(st): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthErr> {
    let form = parse_form(&body)?;
    let grant = form
        .get("grant_type")
        .ok_or_else(|| oauth_err("invalid_request", "grant_type is missing"))?;
    let tenant = q
        .get("tenant")
        .map(String::as_str)
        .unwrap_or(DEFAULT_TENANT);
    match grant.as_str() {
        "client_credentials" => {
            let (client, _) = authenticate(&st, &headers, &form)?;
            allowed_grant(&client, "client_credentials")?;
            let effective = effective_scopes(&st, tenant, &client)?;
            let granted = requested_scopes(&effective, form.get("scope"), &client, tenant)?;
            Ok(issue(&st, tenant, &client, &granted, None, false, None)?)
        }
        "authorization_code" => {
            let (client, _) = authenticate(&st, &headers, &form)?;
            allowed_grant(&client, "authorization_code")?;
            let code = form
                .get("code")
                .ok_or_else(|| oauth_err("invalid_request", "code is missing"))?;
            let invalid = || oauth_err("invalid_grant", "the code is invalid, expired or already used");
            let (found, grant_id) = match st.store.write(|c| store::take_code(c, code, Utc::now()))? {
                store::TakenCode::First { code, grant_id } => (code, grant_id),
                store::TakenCode::Unknown => return Err(invalid()),
                store::TakenCode::Replayed => {
                    return Err(oauth_err(
                        "invalid_grant",
                        "the code was already used; the tokens issued for it are now revoked (RFC 6749 §4.1.2)",
                    ))
                }
            };
            if found.client_id != client.client_id || found.expires_at < Utc::now().timestamp_millis() {
                return Err(invalid());
            }
            if form.get("redirect_uri") != Some(&found.redirect_uri) {
                return Err(oauth_err(
                    "invalid_grant",
                    "redirect_uri does not match the one of the authorization request",
                ));
            }
            if let Some(challenge) = &found.code_challenge {
                let verifier = form.get("code_verifier").ok_or_else(|| {
                    oauth_err("invalid_grant", "code_verifier is missing (PKCE)")
                })?;
                if &pkce_challenge(verifier) != challenge {
                    return Err(oauth_err("invalid_grant", "code_verifier does not match the code_challenge (PKCE S256)"));
                }
            }
            let effective = effective_scopes(&st, &found.tenant_id, &client)?;
            let scopes: Vec<&str> = found.scope.split_ascii_whitespace().collect();
            if let Some(s) = scopes.iter().find(|s| !effective.iter().any(|e| e == **s)) {
                return Err(oauth_err("invalid_scope", format!("scope {s:?} is no longer allowed")));
            }
            let refresh = scopes.contains(&"offline_access")
                && client.allow_offline_access
                && client.allowed_grant_types.iter().any(|g| g == "refresh_token");
            Ok(issue(&st, &found.tenant_id, &client, &scopes, Some(found.username), refresh, Some(grant_id))?)
        }
        "refresh_token" => {
            let (client, _) = authenticate(&st, &headers, &form)?;
            allowed_grant(&client, "refresh_token")?;
            let token = form
                .get("refresh_token")
                .ok_or_else(|| oauth_err("invalid_request", "refresh_token is missing"))?;
            let found = st
                .store
                .read(|c| store::get_refresh(c, token))?
                .filter(|t| {
                    !t.revoked
                        && t.client_id == client.client_id
                        && t.expires_at > Utc::now().timestamp_millis()
                })
                .ok_or_else(|| oauth_err("invalid_grant", "the refresh token is invalid, expired or revoked"))?;
            let effective = effective_scopes(&st, &found.tenant_id, &client)?;
            let original: Vec<&str> = found.scope.split_ascii_whitespace().collect();
            let granted: Vec<&str> = match form.get("scope") {
                Some(req) => {
                    let req: Vec<&str> = req.split_ascii_whitespace().collect();
                    if let Some(s) = req.iter().find(|s| !original.contains(s)) {
                        return Err(oauth_err("invalid_scope", format!("scope {s:?} was not granted to this refresh token")));
                    }
                    req
                }
                None => original,
            };
            let granted: Vec<&str> = granted
                .into_iter()
                .filter(|s| effective.iter().any(|e| e == s))
                .collect();
            Ok(issue(&st, &found.tenant_id, &client, &granted, found.username, false, found.grant_id)?)
        }
        other => Err(oauth_err(
            "unsupported_grant_type",
            format!("this server supports client_credentials, authorization_code and refresh_token, not {other:?}"),
        )),
    }
}

fn allowed_grant(client: &Client, grant: &str) -> Result<(), OAuthErr> {
    if client.allowed_grant_types.iter().any(|g| g == grant) {
        Ok(())
    } else {
        Err(oauth_err(
            "unauthorized_client",
            format!(
                "client {:?} may not use the {grant} grant",
                client.client_id
            ),
        ))
    }
}

/// The client's allowed scopes that tenant `tenant` authorized it for.
fn effective_scopes(st: &AppState, tenant: &str, client: &Client) -> Result<Vec<String>, OAuthErr> {
    let authorization = st.store.read(|c| {
        if !store::tenant_exists(c, tenant)? {
            return Ok(None);
        }
        Ok(Some(store::get_authorization(
            c,
            tenant,
            &client.client_id,
        )?))
    })?;
    let authorized = match authorization {
        None => {
            return Err(oauth_err(
                "invalid_request",
                format!("unknown tenant {tenant:?}"),
            ))
        }
        Some(None) => {
            return Err(oauth_err(
                "unauthorized_client",
                format!(
                    "client {:?} is not authorized in tenant {tenant:?}",
                    client.client_id
                ),
            ))
        }
        Some(Some(a)) => a.scopes,
    };
    Ok(client
        .allowed_scopes
        .iter()
        .filter(|s| authorized.contains(s))
        .cloned()
        .collect())
}

/// The requested scopes (each must be effective), or all effective ones when none are requested.
fn requested_scopes<'a>(
    effective: &'a [String],
    requested: Option<&'a String>,
    client: &Client,
    tenant: &str,
) -> Result<Vec<&'a str>, OAuthErr> {
    let Some(requested) = requested else {
        return Ok(effective.iter().map(String::as_str).collect());
    };
    let mut out: Vec<&str> = Vec::new();
    for r in requested.split_ascii_whitespace() {
        if !effective.iter().any(|e| e == r) {
            return Err(oauth_err(
                "invalid_scope",
                format!(
                    "scope {r:?} is not allowed for client {:?} in tenant {tenant:?} (allowed: {})",
                    client.client_id,
                    effective.join(" ")
                ),
            ));
        }
        if !out.contains(&r) {
            out.push(r);
        }
    }
    Ok(out)
}

fn pkce_challenge(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::sha256(verifier.as_bytes()))
}

fn issue(
    st: &AppState,
    tenant: &str,
    client: &Client,
    scopes: &[&str],
    user: Option<String>,
    refresh: bool,
    grant: Option<String>,
) -> Result<Response, OAuthErr> {
    let now = Utc::now();
    let claims = Claims {
        t: tenant.to_string(),
        c: client.client_id.clone(),
        s: scopes.join(" "),
        i: now.timestamp_millis(),
        e: now.timestamp() + TOKEN_TTL_SECS,
        j: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::random_bytes::<12>()),
        u: user.clone(),
        g: grant.clone(),
    };
    let refresh_token = if refresh {
        let value = format!(
            "ort_{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>())
        );
        let rt = store::RefreshToken {
            tenant_id: tenant.to_string(),
            client_id: client.client_id.clone(),
            username: user,
            scope: claims.s.clone(),
            expires_at: now.timestamp_millis() + store::REFRESH_TTL_MS,
            revoked: false,
            grant_id: grant,
        };
        st.store
            .write(|c| store::put_refresh(c, &value, &rt, now))?;
        Some(value)
    } else {
        None
    };
    let resp = TokenResponse {
        access_token: st.signer.mint(&claims),
        token_type: "Bearer".into(),
        expires_in: Some(TOKEN_TTL_SECS as u64),
        refresh_token,
        scope: Some(claims.s.clone()),
        extra: Default::default(),
    };
    Ok((
        [
            (header::CACHE_CONTROL, "no-store"),
            (header::PRAGMA, "no-cache"),
        ],
        Json(resp),
    )
        .into_response())
}

/// The claims of a token that is still active: signed here, not expired, not revoked, and its
/// client still authorized in the token's tenant.
pub fn active_claims(st: &AppState, token: &str) -> Result<Option<Claims>, super::error::ApiError> {
    let Some(claims) = st.signer.verify(token) else {
        return Ok(None);
    };
    if claims.e <= Utc::now().timestamp() {
        return Ok(None);
    }
    st.store.read(|c| {
        if store::token_revoked(c, &claims.j)? {
            return Ok(None);
        }
        if let Some(g) = &claims.g {
            if store::grant_revoked(c, g)? {
                return Ok(None);
            }
        }
        // The authorization must exist and be older than the token: a revoked and later renewed
        // authorization does not bring the tokens of before the revocation back.
        match store::get_authorization(c, &claims.t, &claims.c)? {
            Some(a) if store::ms(a.created_at) <= claims.i => Ok(Some(claims)),
            _ => Ok(None),
        }
    })
}

async fn introspect(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthErr> {
    let form = parse_form(&body)?;
    let (caller, _) = authenticate(&st, &headers, &form)?;
    let token = form
        .get("token")
        .ok_or_else(|| oauth_err("invalid_request", "token is missing"))?;
    // A client may introspect its own tokens; a confidential client also those issued for its
    // own tenant. Anything else is answered as inactive (RFC 7662 §2.2), revealing nothing.
    let visible = |c: &Claims| {
        c.c == caller.client_id || (caller.require_client_secret && c.t == caller.tenant_id)
    };
    let body = match active_claims(&st, token)?.filter(visible) {
        Some(c) => serde_json::json!({
            "active": true,
            "scope": c.s,
            "client_id": c.c,
            "token_type": "Bearer",
            "exp": c.e,
            "iat": c.i / 1000,
            "sub": c.u.clone().unwrap_or_else(|| c.c.clone()),
            "username": c.u,
            "iss": st.issuer,
            "tenant": c.t,
        }),
        None => serde_json::json!({ "active": false }),
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response())
}

async fn revoke(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthErr> {
    let form = parse_form(&body)?;
    let (client, _) = authenticate(&st, &headers, &form)?;
    let token = form
        .get("token")
        .ok_or_else(|| oauth_err("invalid_request", "token is missing"))?;
    // RFC 7009 §2.2: an invalid or foreign token is answered with 200 all the same.
    if let Some(c) = st.signer.verify(token) {
        if c.c == client.client_id {
            st.store.write(|db| store::revoke_token(db, &c.j, c.e))?;
        }
    } else {
        let now = Utc::now();
        st.store
            .write(|db| store::revoke_refresh(db, token, &client.client_id, now))?;
    }
    Ok(StatusCode::OK.into_response())
}

// ---------- /oauth/authorize: a minimal sign-in and consent page ----------

/// How long an authorization code lives.
const CODE_TTL_MS: i64 = 60_000;

enum AuthzError {
    /// The redirect URI cannot be trusted: answer with a page, never a redirect.
    Page(StatusCode, String),
    /// Tell the client through its redirect URI (RFC 6749 §4.1.2.1).
    Redirect(String, &'static str, String),
}

impl IntoResponse for AuthzError {
    fn into_response(self) -> Response {
        match self {
            AuthzError::Page(status, msg) => page(
                status,
                "Cannot authorize",
                &format!("<p class=err>{}</p>", esc(&msg)),
            ),
            AuthzError::Redirect(uri, error, desc) => {
                redirect(&uri, &[("error", error), ("error_description", &desc)])
            }
        }
    }
}

struct Authz {
    client: Client,
    tenant: String,
    redirect_uri: String,
    state: Option<String>,
    scopes: Vec<String>,
    code_challenge: Option<String>,
}

/// Whether a requested redirect URI is one the client registered: the same scheme, host and port
/// (any port for a loopback `http` URI, RFC 8252 §7.3), no user info or fragment, and a path that
/// equals the registered one or extends it at a `/` (ABBYY Vantage's prefixes, kept within the origin
/// so that `https://app.example.com` never lets a code go to `https://app.example.com.evil.net`).
pub fn redirect_matches(registered: &str, requested: &str) -> bool {
    let (Ok(reg), Ok(req)) = (url::Url::parse(registered), url::Url::parse(requested)) else {
        return false;
    };
    if !req.username().is_empty() || req.password().is_some() || req.fragment().is_some() {
        return false;
    }
    if reg.scheme() != req.scheme() || reg.host() != req.host() || reg.host().is_none() {
        return false;
    }
    let loopback = reg.scheme() == "http" && crate::api::url::is_loopback_host(&reg);
    if !loopback && reg.port_or_known_default() != req.port_or_known_default() {
        return false;
    }
    let (rp, qp) = (reg.path(), req.path());
    qp == rp || (qp.starts_with(rp) && (rp.ends_with('/') || qp[rp.len()..].starts_with('/')))
}

fn check_authz(st: &AppState, p: &HashMap<String, String>) -> Result<Authz, AuthzError> {
    let bad = |m: String| AuthzError::Page(StatusCode::BAD_REQUEST, m);
    let client_id = p
        .get("client_id")
        .ok_or_else(|| bad("client_id is missing".into()))?;
    let client = st
        .store
        .read(|c| store::get_client_any(c, client_id))
        .map_err(|e| bad(e.detail))?
        .ok_or_else(|| bad(format!("no client with ID {client_id:?}")))?;
    let redirect_uri = p
        .get("redirect_uri")
        .ok_or_else(|| bad("redirect_uri is missing".into()))?;
    if redirect_uri.len() > crate::api::validate::MAX_URI_BYTES
        || redirect_uri
            .chars()
            .any(crate::api::validate::is_unsafe_char)
        || !client
            .redirect_uris
            .iter()
            .any(|r| redirect_matches(r, redirect_uri))
    {
        return Err(bad(format!(
            "{redirect_uri:?} is not a registered redirect URI of client {client_id:?}"
        )));
    }
    let state = p.get("state").cloned();
    let fail = |error: &'static str, desc: String| {
        let mut uri = redirect_uri.clone();
        if let Some(s) = &state {
            uri = with_query(&uri, &[("state", s)]);
        }
        AuthzError::Redirect(uri, error, desc)
    };
    if p.get("response_type").map(String::as_str) != Some("code") {
        return Err(fail(
            "unsupported_response_type",
            "response_type must be code".into(),
        ));
    }
    if !client
        .allowed_grant_types
        .iter()
        .any(|g| g == "authorization_code")
    {
        return Err(fail(
            "unauthorized_client",
            format!("client {client_id:?} may not use the authorization_code grant"),
        ));
    }
    let code_challenge = p.get("code_challenge").cloned();
    match (
        &code_challenge,
        p.get("code_challenge_method").map(String::as_str),
    ) {
        (None, _) if !client.allow_no_pkce => {
            return Err(fail(
                "invalid_request",
                "PKCE is required: send code_challenge with code_challenge_method=S256".into(),
            ))
        }
        (Some(_), m) if m != Some("S256") => {
            return Err(fail(
                "invalid_request",
                "code_challenge_method must be S256".into(),
            ))
        }
        _ => {}
    }
    let tenant = p
        .get("tenant")
        .cloned()
        .unwrap_or_else(|| DEFAULT_TENANT.to_string());
    let effective =
        effective_scopes(st, &tenant, &client).map_err(|e| fail(e.error, e.description))?;
    let scopes = requested_scopes(&effective, p.get("scope"), &client, &tenant)
        .map_err(|e| fail(e.error, e.description))?
        .into_iter()
        .map(String::from)
        .collect();
    Ok(Authz {
        client,
        tenant,
        redirect_uri: redirect_uri.clone(),
        state,
        scopes,
        code_challenge,
    })
}

async fn authorize_page(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AuthzError> {
    let a = check_authz(&st, &q)?;
    // The browser's CSRF secret: kept when it has one, else a new one in a cookie.
    let (secret, new) = match signin::csrf_cookie(&headers) {
        Some(s) => (s, false),
        None => (signin::new_csrf_secret(), true),
    };
    let mut resp = sign_in_page(&a, &q, &signin::csrf_token(&st.csrf_key, &secret), None);
    if new {
        let cookie = signin::csrf_set_cookie(&secret, st.issuer.starts_with("https://"));
        if let Ok(v) = header::HeaderValue::from_str(&cookie) {
            resp.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    Ok(resp)
}

async fn authorize_submit(
    State(st): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AuthzError> {
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
    let a = check_authz(&st, &form)?;
    // The form must come from a page this server gave this browser.
    let cookie = signin::csrf_cookie(&headers);
    if !signin::csrf_ok(
        &st.csrf_key,
        cookie.as_deref(),
        form.get(signin::CSRF_FIELD).map(String::as_str),
    ) {
        return Err(AuthzError::Page(
            StatusCode::FORBIDDEN,
            "The sign-in form expired or was not sent from this server's page (its CSRF token does not match the cookie). Go back to the application and start the sign-in again.".into(),
        ));
    }
    let csrf = signin::csrf_token(&st.csrf_key, cookie.as_deref().unwrap_or_default());
    let state = a.state.clone();
    let finish = |params: &[(&str, &str)]| {
        let mut p: Vec<(&str, &str)> = params.to_vec();
        if let Some(s) = &state {
            p.push(("state", s));
        }
        p.push(("iss", &st.issuer));
        redirect(&a.redirect_uri, &p)
    };
    if form.get("decision").map(String::as_str) == Some("deny") {
        return Ok(finish(&[
            ("error", "access_denied"),
            ("error_description", "the user denied the request"),
        ]));
    }
    let username = form.get("username").cloned().unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    // Throttled before the password is looked at: a right password does not get through either.
    let now = std::time::Instant::now();
    let (user_key, addr_key) = (
        signin::user_key(&a.tenant, &username),
        signin::address_key(peer.ip()),
    );
    let wait = st
        .throttle
        .blocked(&user_key, signin::MAX_FAILURES_PER_USER, now)
        .into_iter()
        .chain(
            st.throttle
                .blocked(&addr_key, signin::MAX_FAILURES_PER_ADDRESS, now),
        )
        .max();
    if let Some(wait) = wait {
        let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        let mut resp = sign_in_page(
            &a,
            &form,
            &csrf,
            Some(&format!(
                "Too many failed sign-ins. Try again in {} minute(s).",
                secs.div_ceil(60)
            )),
        );
        *resp.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        resp.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(secs));
        return Ok(resp);
    }
    // The slow password hash is checked outside the store's lock, off the async workers; an
    // unknown user costs the same hash, against a dummy.
    let stored = st
        .store
        .read(|c| store::password_hash(c, &a.tenant, &username))
        .unwrap_or(None);
    let st2 = st.clone();
    let ok = tokio::task::spawn_blocking(move || {
        let dummy = st2.dummy_hash.get_or_init(super::signin_dummy_hash);
        let matched =
            store::verify_password(signin::hash_to_check(stored.as_deref(), dummy), &password);
        matched && stored.is_some()
    })
    .await
    .unwrap_or(false);
    if !ok {
        st.throttle.fail(&user_key, now);
        st.throttle.fail(&addr_key, now);
        return Ok(sign_in_page(
            &a,
            &form,
            &csrf,
            Some("Wrong username or password."),
        ));
    }
    st.throttle.clear(&user_key);
    let code =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>());
    let record = store::AuthCode {
        tenant_id: a.tenant.clone(),
        client_id: a.client.client_id.clone(),
        username,
        redirect_uri: a.redirect_uri.clone(),
        scope: a.scopes.join(" "),
        code_challenge: a.code_challenge.clone(),
        expires_at: Utc::now().timestamp_millis() + CODE_TTL_MS,
    };
    st.store
        .write(|c| store::put_code(c, &code, &record))
        .map_err(|e| AuthzError::Page(StatusCode::INTERNAL_SERVER_ERROR, e.detail))?;
    Ok(finish(&[("code", &code)]))
}

fn sign_in_page(
    a: &Authz,
    params: &HashMap<String, String>,
    csrf: &str,
    error: Option<&str>,
) -> Response {
    let mut hidden = format!(
        "<input type=hidden name={} value=\"{}\">",
        signin::CSRF_FIELD,
        esc(csrf)
    );
    for key in [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
        "tenant",
    ] {
        if let Some(v) = params.get(key) {
            hidden.push_str(&format!(
                "<input type=hidden name={key} value=\"{}\">",
                esc(v)
            ));
        }
    }
    let scopes: String = a
        .scopes
        .iter()
        .map(|s| format!("<li><code>{}</code></li>", esc(s)))
        .collect();
    let body = format!(
        "<p><b>{}</b> (<code>{}</code>) asks to act for you in tenant <b>{}</b> with:</p><ul>{scopes}</ul>{}\
         <form method=post action=\"/oauth/authorize\">{hidden}\
         <label>Username <input name=username autocomplete=username></label>\
         <label>Password <input name=password type=password autocomplete=current-password></label>\
         <button name=decision value=allow>Sign in and allow</button> <button name=decision value=deny>Deny</button></form>",
        esc(&a.client.display_name),
        esc(&a.client.client_id),
        esc(&a.tenant),
        error.map(|e| format!("<p class=err>{}</p>", esc(e))).unwrap_or_default(),
    );
    let status = if error.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    page(status, "Sign in — oauthctl dev server", &body)
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html><head><meta charset=utf-8><title>{t}</title>\
         <style>body{{font-family:sans-serif;max-width:32em;margin:3em auto}}label{{display:block;margin:.5em 0}}.err{{color:#b00}}</style>\
         </head><body><h1>{t}</h1>{body}</body></html>",
        t = esc(title)
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            // Never in a frame (no clickjacking of the consent), no script, no outside content.
            (header::X_FRAME_OPTIONS, "DENY"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            ),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response()
}

fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
    match url::Url::parse(uri) {
        Ok(mut u) => {
            {
                let mut q = u.query_pairs_mut();
                for (k, v) in params {
                    q.append_pair(k, v);
                }
            }
            u.to_string()
        }
        Err(_) => uri.to_string(),
    }
}

fn redirect(uri: &str, params: &[(&str, &str)]) -> Response {
    let target = with_query(uri, params);
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, target.as_str()),
            (header::CACHE_CONTROL, "no-store"),
        ],
    )
        .into_response()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::redirect_matches;

    #[test]
    fn redirect_uris_match_within_the_origin() {
        assert!(redirect_matches(
            "https://app.example.com/cb",
            "https://app.example.com/cb"
        ));
        assert!(redirect_matches(
            "https://app.example.com/",
            "https://app.example.com/cb?x=1"
        ));
        assert!(redirect_matches(
            "https://app.example.com/cb",
            "https://app.example.com/cb/more"
        ));
        assert!(redirect_matches(
            "http://127.0.0.1/callback",
            "http://127.0.0.1:5555/callback"
        ));
        assert!(!redirect_matches(
            "https://app.example.com",
            "https://app.example.com.evil.net/"
        ));
        assert!(!redirect_matches(
            "https://app.example.com",
            "https://app.example.com@evil.net/"
        ));
        assert!(!redirect_matches(
            "http://localhost",
            "http://localhost.evil.net/cb"
        ));
        assert!(!redirect_matches(
            "https://app.example.com/cb",
            "https://app.example.com/cbx"
        ));
        assert!(!redirect_matches(
            "https://app.example.com/cb",
            "https://app.example.com:444/cb"
        ));
        assert!(!redirect_matches(
            "https://app.example.com/cb",
            "http://app.example.com/cb"
        ));
        assert!(!redirect_matches(
            "https://app.example.com/cb",
            "https://app.example.com/cb#x"
        ));
    }
}
