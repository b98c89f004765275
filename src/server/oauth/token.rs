//! The token endpoint (grants, scopes, PKCE, issuing tokens), introspection and revocation.

use super::client_auth::authenticate;
use super::*;

pub(super) async fn token(
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
            let (auth, _) = authenticate(&st, &headers, &form)?;
            let client = &auth.client;
            allowed_grant(client, "client_credentials")?;
            let effective = effective_scopes_of(&st, tenant, &auth)?;
            let granted = requested_scopes(&effective, form.get("scope"), client, tenant)?;
            Ok(issue(&st, tenant, client, &granted, None, false, None)?)
        }
        "authorization_code" => {
            let (auth, _) = authenticate(&st, &headers, &form)?;
            let client = &auth.client;
            allowed_grant(client, "authorization_code")?;
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
            let effective = effective_scopes_of(&st, &found.tenant_id, &auth)?;
            let scopes: Vec<&str> = found.scope.split_ascii_whitespace().collect();
            if let Some(s) = scopes.iter().find(|s| !effective.iter().any(|e| e == **s)) {
                return Err(oauth_err("invalid_scope", format!("scope {s:?} is no longer allowed")));
            }
            let refresh = scopes.contains(&"offline_access")
                && client.allow_offline_access
                && client.allowed_grant_types.iter().any(|g| g == "refresh_token");
            Ok(issue(&st, &found.tenant_id, client, &scopes, Some(found.username), refresh, Some(grant_id))?)
        }
        "refresh_token" => {
            let (auth, _) = authenticate(&st, &headers, &form)?;
            let client = &auth.client;
            allowed_grant(client, "refresh_token")?;
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
            let effective = effective_scopes_of(&st, &found.tenant_id, &auth)?;
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
            Ok(issue(&st, &found.tenant_id, client, &granted, found.username, false, found.grant_id)?)
        }
        other => Err(oauth_err(
            "unsupported_grant_type",
            format!("this server supports client_credentials, authorization_code and refresh_token, not {other:?}"),
        )),
    }
}

pub(super) fn allowed_grant(client: &Client, grant: &str) -> Result<(), OAuthErr> {
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
pub(super) fn effective_scopes(
    st: &AppState,
    tenant: &str,
    client: &Client,
) -> Result<Vec<String>, OAuthErr> {
    let auth = st.store.client_auth(&client.client_id)?;
    let authorized = auth.as_deref().and_then(|a| a.authorized_in(tenant));
    scopes_in(st, tenant, client, authorized)
}

/// [`effective_scopes`] of a client as [`authenticate`] read it (no second look-up).
pub(super) fn effective_scopes_of(
    st: &AppState,
    tenant: &str,
    auth: &store::ClientAuth,
) -> Result<Vec<String>, OAuthErr> {
    scopes_in(st, tenant, &auth.client, auth.authorized_in(tenant))
}

fn scopes_in(
    st: &AppState,
    tenant: &str,
    client: &Client,
    authorized: Option<&[String]>,
) -> Result<Vec<String>, OAuthErr> {
    let Some(authorized) = authorized else {
        // An authorization implies its tenant (a foreign key); without one, say which is missing.
        return Err(if st.store.read(|c| store::tenant_exists(c, tenant))? {
            oauth_err(
                "unauthorized_client",
                format!(
                    "client {:?} is not authorized in tenant {tenant:?}",
                    client.client_id
                ),
            )
        } else {
            oauth_err("invalid_request", format!("unknown tenant {tenant:?}"))
        });
    };
    Ok(client
        .allowed_scopes
        .iter()
        .filter(|s| authorized.contains(s))
        .cloned()
        .collect())
}

/// The requested scopes (each must be effective), or all effective ones when none are requested.
pub(super) fn requested_scopes<'a>(
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
            // "authorized for", the scopes that are both allowed and authorized: never a list
            // that contradicts the client's allowedScopes as `clients show` prints them.
            let why = if client.allowed_scopes.iter().any(|a| a == r) {
                format!("; it is in the client's allowedScopes, but tenant {tenant:?} has not authorized it (oauthctl authorize {} --scope …)", client.client_id)
            } else {
                String::new()
            };
            return Err(oauth_err(
                "invalid_scope",
                format!(
                    "scope {r:?} is not available to client {:?} in tenant {tenant:?} (authorized for: {}){why}",
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

pub(super) fn pkce_challenge(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::sha256(verifier.as_bytes()))
}

pub(super) fn issue(
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
        j: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::token_id()),
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
pub fn active_claims(
    st: &AppState,
    token: &str,
) -> Result<Option<Claims>, crate::server::error::ApiError> {
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

pub(super) async fn introspect(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthErr> {
    let form = parse_form(&body)?;
    let (auth, _) = authenticate(&st, &headers, &form)?;
    let caller = &auth.client;
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

pub(super) async fn revoke(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OAuthErr> {
    let form = parse_form(&body)?;
    let (auth, _) = authenticate(&st, &headers, &form)?;
    let client = &auth.client;
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
