//! The dev server's OAuth endpoints: RFC 8414 metadata, the token endpoint (client_credentials,
//! authorization_code with PKCE, refresh_token; client_secret_basic or client_secret_post), the
//! authorization endpoint with its sign-in page, RFC 7662 introspection and RFC 7009 revocation.
//! The tenant is the `tenant` query parameter; absent, the default tenant.

mod authorize;
mod client_auth;
mod page;
mod token;

pub use authorize::redirect_matches;
pub use token::active_claims;

use authorize::{authorize_page, authorize_submit};
use token::{introspect, revoke, token};

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
use crate::auth::wire::{OAuthError, ServerMetadata, TokenResponse};
use crate::backend::oauthctl::wire::Client;

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

impl From<crate::server::error::ApiError> for OAuthErr {
    fn from(e: crate::server::error::ApiError) -> Self {
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
    // Nothing to decode (the common case: IDs and secrets are URL-safe) and nothing that would
    // end the value: the same as parsing it, without the copy and the parse.
    if !s.bytes().any(|b| matches!(b, b'%' | b'+' | b'&')) {
        return s.to_string();
    }
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}
