//! Client authentication at the token, introspection and revocation endpoints.

use super::*;

/// Writing `last_used_at` on every token request would make each token cost a write; once a
/// minute per secret is precise enough to see whether an old secret is still in use.
pub(super) const LAST_USED_GRANULARITY_MS: i64 = 60_000;

/// Client credentials from the Authorization header (client_secret_basic) or the body
/// (client_secret_post); using both is an error (RFC 6749 §2.3).
pub(super) fn client_credentials(
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

pub(super) fn basic_fail(msg: &str) -> OAuthErr {
    OAuthErr {
        basic_challenge: true,
        ..oauth_err("invalid_client", msg)
    }
}

/// Checks a client's credentials; returns what the store holds about the client (its cached
/// rows, see `store::ClientAuth`) and whether basic auth was used.
pub(super) fn authenticate(
    st: &AppState,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(Arc<store::ClientAuth>, bool), OAuthErr> {
    let (client_id, secret, basic) = client_credentials(headers, form)?;
    let fail = || OAuthErr {
        basic_challenge: basic,
        ..oauth_err("invalid_client", "client authentication failed")
    };
    let now = Utc::now();
    let now_ms = ms(now);
    let hash = crypto::sha256(secret.as_bytes());
    let Some(auth) = st.store.client_auth(&client_id)? else {
        return Err(fail());
    };
    if secret.is_empty() {
        return if auth.client.require_client_secret {
            Err(fail())
        } else {
            Ok((auth, false))
        };
    }
    let mut matched = None;
    for s in &auth.secrets {
        // Compare every candidate, in constant time, before looking at its validity window.
        if crypto::ct_eq(&s.hash, &hash) && !s.revoked && s.start <= now_ms && now_ms < s.expiration
        {
            matched = Some(s);
        }
    }
    let Some(secret) = matched else {
        return Err(fail());
    };
    if secret
        .last_used_at
        .is_none_or(|t| now_ms - t >= LAST_USED_GRANULARITY_MS)
    {
        st.store
            .touch_secret(&auth.client.client_id, &secret.id, now)?;
    }
    Ok((auth, basic))
}
