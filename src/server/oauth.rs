//! The dev server's OAuth endpoints: RFC 8414 metadata, the token endpoint (client_credentials
//! with client_secret_basic or client_secret_post), RFC 7662 introspection and RFC 7009 revocation.
//! The tenant is the `tenant` query parameter (seed 003); absent, the default tenant.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use chrono::Utc;

use super::crypto::{self, Claims};
use super::store::{self, ms};
use super::{AppState, DEFAULT_TENANT, TOKEN_TTL_SECS};
use crate::api::models::{Client, OAuthError, ServerMetadata, TokenResponse};

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/.well-known/oauth-authorization-server", get(metadata))
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
        authorization_endpoint: None,
        introspection_endpoint: Some(format!("{i}/oauth/introspect")),
        revocation_endpoint: Some(format!("{i}/oauth/revoke")),
        grant_types_supported: vec!["client_credentials".into()],
        token_endpoint_auth_methods_supported: vec![
            "client_secret_basic".into(),
            "client_secret_post".into(),
        ],
        scopes_supported: store::DEFAULT_SCOPES
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        response_types_supported: vec![],
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
        (None, None) => Err(OAuthErr {
            basic_challenge: true,
            ..oauth_err(
                "invalid_client",
                "client authentication is required (client_secret_basic or client_secret_post)",
            )
        }),
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
    if grant != "client_credentials" {
        return Err(oauth_err(
            "unsupported_grant_type",
            format!("this server supports grant_type=client_credentials, not {grant:?}"),
        ));
    }
    let tenant = q
        .get("tenant")
        .map(String::as_str)
        .unwrap_or(DEFAULT_TENANT);
    let (client, _) = authenticate(&st, &headers, &form)?;
    if !client
        .allowed_grant_types
        .iter()
        .any(|g| g == "client_credentials")
    {
        return Err(oauth_err(
            "unauthorized_client",
            format!(
                "client {:?} may not use the client_credentials grant",
                client.client_id
            ),
        ));
    }
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
    let effective: Vec<&str> = client
        .allowed_scopes
        .iter()
        .filter(|s| authorized.contains(s))
        .map(String::as_str)
        .collect();
    let granted: Vec<&str> = match form.get("scope").map(|s| s.split_ascii_whitespace()) {
        Some(requested) => {
            let mut out: Vec<&str> = Vec::new();
            for r in requested {
                if !effective.contains(&r) {
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
            out
        }
        None => effective,
    };
    let now = Utc::now();
    let claims = Claims {
        t: tenant.to_string(),
        c: client.client_id.clone(),
        s: granted.join(" "),
        i: now.timestamp_millis(),
        e: now.timestamp() + TOKEN_TTL_SECS,
        j: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::random_bytes::<12>()),
    };
    let resp = TokenResponse {
        access_token: st.signer.mint(&claims),
        token_type: "Bearer".into(),
        expires_in: Some(TOKEN_TTL_SECS as u64),
        refresh_token: None,
        scope: Some(claims.s.clone()),
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
    authenticate(&st, &headers, &form)?;
    let token = form
        .get("token")
        .ok_or_else(|| oauth_err("invalid_request", "token is missing"))?;
    let body = match active_claims(&st, token)? {
        Some(c) => serde_json::json!({
            "active": true,
            "scope": c.s,
            "client_id": c.c,
            "token_type": "Bearer",
            "exp": c.e,
            "iat": c.i / 1000,
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
    }
    Ok(StatusCode::OK.into_response())
}
