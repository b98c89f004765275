//! `/oauth/authorize`: the checks on an authorization request, the sign-in form's submission,
//! and the code (or error) sent back to the redirect URI.

use super::page::{esc, page, sign_in_page};
use super::token::{effective_scopes, requested_scopes};
use super::*;

/// How long an authorization code lives.
pub(super) const CODE_TTL_MS: i64 = 60_000;

pub(super) enum AuthzError {
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

pub(super) struct Authz {
    pub(super) client: Client,
    pub(super) tenant: String,
    pub(super) redirect_uri: String,
    pub(super) state: Option<String>,
    pub(super) scopes: Vec<String>,
    pub(super) code_challenge: Option<String>,
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
    let loopback = reg.scheme() == "http" && crate::transport::url::is_loopback_host(&reg);
    if !loopback && reg.port_or_known_default() != req.port_or_known_default() {
        return false;
    }
    let (rp, qp) = (reg.path(), req.path());
    qp == rp || (qp.starts_with(rp) && (rp.ends_with('/') || qp[rp.len()..].starts_with('/')))
}

pub(super) fn check_authz(st: &AppState, p: &HashMap<String, String>) -> Result<Authz, AuthzError> {
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
    if redirect_uri.len() > crate::validate::MAX_URI_BYTES
        || redirect_uri.chars().any(crate::validate::is_unsafe_char)
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

pub(super) async fn authorize_page(
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

pub(super) async fn authorize_submit(
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
    // The stored hash first (a cheap read): a known user's failures are counted under it.
    let stored = st
        .store
        .read(|c| store::password_hash(c, &a.tenant, &username))
        .unwrap_or(None);
    let (user_key, addr_key) = (
        signin::user_key(&a.tenant, &username, stored.as_deref()),
        signin::address_key(peer.ip()),
    );
    // Throttled before the password is looked at (a right password does not get through either),
    // and counted as a failure at once, under the lock of the check, so that parallel guesses
    // cannot all pass the check while their hashes run; a success takes it back.
    if let Err(wait) = st.throttle.attempt(
        &[
            (&user_key, signin::MAX_FAILURES_PER_USER),
            (&addr_key, signin::MAX_FAILURES_PER_ADDRESS),
        ],
        std::time::Instant::now(),
    ) {
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
    let st2 = st.clone();
    let ok = tokio::task::spawn_blocking(move || {
        let dummy = st2.dummy_hash.get_or_init(crate::server::signin_dummy_hash);
        let matched =
            crypto::verify_password(signin::hash_to_check(stored.as_deref(), dummy), &password);
        matched && stored.is_some()
    })
    .await
    .unwrap_or(false);
    if !ok {
        return Ok(sign_in_page(
            &a,
            &form,
            &csrf,
            Some("Wrong username or password."),
        ));
    }
    st.throttle.succeeded(&user_key, &addr_key);
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

pub(super) fn with_query(uri: &str, params: &[(&str, &str)]) -> String {
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

pub(super) fn redirect(uri: &str, params: &[(&str, &str)]) -> Response {
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
