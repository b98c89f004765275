//! The token endpoint client: the client-credentials, refresh-token and authorization-code
//! grants, with client_secret_basic, client_secret_post or a public client; revocation
//! (RFC 7009), introspection (RFC 7662), and token endpoint errors in words.

use base64::Engine;

use super::ClientAuth;
use crate::auth::wire::{OAuthError, TokenResponse};
use crate::error::{CliError, ErrorKind};
use crate::transport::http::{excerpt, Http, Retry};

/// Adds `tenant=T` to a token endpoint URL (the dev server reads the tenant from it). Pass the
/// tenant only where the kind uses it: `ApiKind::token_tenant`.
pub fn with_tenant(endpoint: &str, tenant: Option<&str>) -> anyhow::Result<url::Url> {
    let mut url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad token endpoint {endpoint:?}: {e}")))?;
    if let Some(t) = tenant {
        url.query_pairs_mut().append_pair("tenant", t);
    }
    Ok(url)
}

fn form_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// How a client authenticates at the token endpoint. `secret: None` is a public client
/// (token_endpoint_auth_method "none": client_id in the body).
pub struct ClientCreds<'a> {
    pub client_id: &'a str,
    pub secret: Option<&'a str>,
    pub auth: ClientAuth,
}

/// POSTs a form to an OAuth endpoint, authenticating as the client: client_secret_basic,
/// client_secret_post, or (no secret) `client_id` in the body as a public client. Returns the
/// status and body.
async fn send_form(
    http: &Http,
    url: &url::Url,
    creds: &ClientCreds<'_>,
    params: &[(&str, &str)],
) -> anyhow::Result<(reqwest::StatusCode, Vec<u8>)> {
    let mut form: Vec<(&str, &str)> = params.to_vec();
    let basic = match (creds.secret, creds.auth) {
        (Some(secret), ClientAuth::Basic) => {
            Some(base64::engine::general_purpose::STANDARD.encode(format!(
                "{}:{}",
                form_encode(creds.client_id),
                form_encode(secret)
            )))
        }
        (Some(secret), ClientAuth::Post) => {
            form.push(("client_id", creds.client_id));
            form.push(("client_secret", secret));
            None
        }
        (None, _) => {
            form.push(("client_id", creds.client_id));
            None
        }
    };
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.iter())
        .finish();
    let resp = http
        .oauth()
        .send(Retry::Safe, |c| {
            let mut r = c
                .post(url.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "application/json")
                .body(body.clone());
            if let Some(b) = &basic {
                r = r.header("authorization", format!("Basic {b}"));
            }
            r
        })
        .await?;
    let status = resp.status();
    Ok((status, http.body(resp).await?))
}

/// One token request (RFC 6749 §3.2) with the given grant parameters.
pub async fn token_request(
    http: &Http,
    token_url: &url::Url,
    creds: &ClientCreds<'_>,
    params: &[(&str, &str)],
) -> anyhow::Result<TokenResponse> {
    let (status, bytes) = send_form(http, token_url, creds, params).await?;
    if status.is_success() {
        return crate::transport::decode_json(&bytes).map_err(|e| {
            CliError::other(format!("the token endpoint sent an invalid response: {e}")).into()
        });
    }
    Err(token_error(status, &bytes, creds.client_id).into())
}

/// The client-credentials grant (RFC 6749 §4.4).
pub async fn client_credentials(
    http: &Http,
    token_url: &url::Url,
    client_id: &str,
    secret: &str,
    auth: ClientAuth,
    scopes: &[String],
) -> anyhow::Result<TokenResponse> {
    let scope = scopes.join(" ");
    let mut params = vec![("grant_type", "client_credentials")];
    if !scopes.is_empty() {
        params.push(("scope", &scope));
    }
    let creds = ClientCreds {
        client_id,
        secret: Some(secret),
        auth,
    };
    token_request(http, token_url, &creds, &params).await
}

/// The refresh-token grant (RFC 6749 §6).
pub async fn refresh(
    http: &Http,
    token_url: &url::Url,
    creds: &ClientCreds<'_>,
    refresh_token: &str,
    scopes: &[String],
) -> anyhow::Result<TokenResponse> {
    let scope = scopes.join(" ");
    let mut params = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token),
    ];
    if !scopes.is_empty() {
        params.push(("scope", &scope));
    }
    token_request(http, token_url, creds, &params).await
}

/// RFC 7009 revocation; `token_type_hint` is left out (servers must try both kinds).
pub async fn revoke(
    http: &Http,
    endpoint: &str,
    creds: &ClientCreds<'_>,
    token: &str,
) -> anyhow::Result<()> {
    let url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad revocation endpoint: {e}")))?;
    let (status, bytes) = send_form(http, &url, creds, &[("token", token)]).await?;
    if !status.is_success() {
        return Err(token_error(status, &bytes, creds.client_id).into());
    }
    Ok(())
}

pub fn token_error(status: reqwest::StatusCode, body: &[u8], client_id: &str) -> CliError {
    let Ok(e) = serde_json::from_slice::<OAuthError>(body) else {
        // Off-spec servers (glewlwyd) refuse bad credentials with a bare 401/403.
        if matches!(status.as_u16(), 401 | 403) {
            return CliError::new(
                ErrorKind::Auth,
                format!("the token endpoint refused client {client_id:?} ({status}, no reason given)"),
            )
            .with_hint("check the client ID and secret, and that the client may use the grant type and the scopes asked for (some servers also refuse a request without --scope)");
        }
        return CliError::other(format!("the token endpoint answered {status}"));
    };
    let desc = e
        .error_description
        .map(|d| format!(": {}", excerpt(&d)))
        .unwrap_or_default();
    let msg = format!(
        "the token endpoint refused client {client_id:?} ({}{desc})",
        excerpt(&e.error)
    );
    match e.error.as_str() {
        "invalid_client" => CliError::new(ErrorKind::Auth, msg).with_hint(
            "check the client ID and secret; a secret works only between its start and its expiry",
        ),
        "unauthorized_client" | "access_denied" | "invalid_grant" => {
            CliError::new(ErrorKind::Auth, msg)
        }
        // glewlwyd says `scope_invalid`.
        "invalid_scope" | "scope_invalid" | "invalid_request" | "unsupported_grant_type" => {
            CliError::new(ErrorKind::Usage, msg)
        }
        _ => CliError::other(msg),
    }
}

/// RFC 7662 introspection, authenticated as the client.
pub async fn introspect(
    http: &Http,
    endpoint: &str,
    creds: &ClientCreds<'_>,
    token: &str,
) -> anyhow::Result<serde_json::Value> {
    let url = url::Url::parse(endpoint)
        .map_err(|e| CliError::other(format!("bad introspection endpoint: {e}")))?;
    let (status, bytes) = send_form(http, &url, creds, &[("token", token)]).await?;
    if !status.is_success() {
        return Err(token_error(status, &bytes, creds.client_id).into());
    }
    Ok(serde_json::from_slice(&bytes)?)
}

#[cfg(test)]
mod token_error_tests {
    use super::*;

    #[test]
    fn a_bare_403_is_an_auth_error() {
        // glewlwyd refuses a bad secret with 403 and an empty body.
        let e = token_error(reqwest::StatusCode::FORBIDDEN, b"", "c1");
        assert_eq!(e.kind, ErrorKind::Auth);
        assert!(e.message.contains("\"c1\""), "{}", e.message);
        assert!(e.hint.is_some());
        let e = token_error(reqwest::StatusCode::BAD_GATEWAY, b"", "c1");
        assert_eq!(e.kind, ErrorKind::Other);
        let e = token_error(
            reqwest::StatusCode::BAD_REQUEST,
            br#"{"error":"scope_invalid"}"#,
            "c1",
        );
        assert_eq!(e.kind, ErrorKind::Usage);
    }
}
