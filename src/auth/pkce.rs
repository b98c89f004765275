//! Authorization Code with PKCE (S256) and the loopback listener the browser comes back to
//! (RFC 8252).

use base64::Engine;

use super::token::{token_request, with_tenant, ClientCreds};
use crate::auth::wire::{ServerMetadata, TokenResponse};
use crate::error::{CliError, ErrorKind};
use crate::transport::http::{excerpt, Http};
use crate::transport::url::is_loopback_host;

/// Authorization Code with PKCE (S256) and a loopback redirect (RFC 8252): listens on 127.0.0.1
/// (an ephemeral port unless `redirect_uri` names one), hands the authorization URL to
/// `show_url` (which prints it and may open a browser), waits for the redirect, checks `state`,
/// and exchanges the code.
#[allow(clippy::too_many_arguments)]
pub async fn authorization_code(
    http: &Http,
    meta: &ServerMetadata,
    creds: &ClientCreds<'_>,
    scopes: &[String],
    tenant: Option<&str>,
    redirect_uri: Option<&str>,
    wait: std::time::Duration,
    show_url: impl FnOnce(&str),
) -> anyhow::Result<TokenResponse> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let auth_endpoint = meta
        .authorization_endpoint
        .as_deref()
        .ok_or_else(|| CliError::other("the server metadata has no authorization_endpoint"))?;
    let (bind_port, path) = match redirect_uri {
        Some(r) => {
            let u = url::Url::parse(r)
                .map_err(|e| CliError::usage(format!("--redirect-uri {r:?}: {e}")))?;
            if !(u.scheme() == "http" && is_loopback_host(&u)) {
                return Err(CliError::usage(format!(
                    "--redirect-uri {r:?}: oauthctl can only receive the code on a loopback http URI (http://127.0.0.1:PORT/…)"
                ))
                .into());
            }
            (u.port().unwrap_or(80), u.path().to_string())
        }
        None => (0, "/callback".to_string()),
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", bind_port))
        .await
        .map_err(|e| {
            CliError::other(format!(
                "cannot listen on 127.0.0.1:{bind_port} for the redirect: {e}"
            ))
        })?;
    let port = listener.local_addr()?.port();
    let redirect = match redirect_uri {
        Some(r) => r.to_string(),
        None => format!("http://127.0.0.1:{port}/callback"),
    };
    let verifier = B64.encode(crate::crypto::random_bytes::<32>());
    let challenge = B64.encode(crate::crypto::sha256(verifier.as_bytes()));
    let state = B64.encode(crate::crypto::random_bytes::<16>());
    let mut url = url::Url::parse(auth_endpoint)
        .map_err(|e| CliError::other(format!("bad authorization endpoint: {e}")))?;
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", creds.client_id)
            .append_pair("redirect_uri", &redirect)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        if !scopes.is_empty() {
            q.append_pair("scope", &scopes.join(" "));
        }
        // OpenID Connect grants offline_access only with prompt=consent (Core §11).
        if scopes.iter().any(|s| s == "offline_access") {
            q.append_pair("prompt", "consent");
        }
        if let Some(t) = tenant {
            q.append_pair("tenant", t);
        }
    }
    show_url(url.as_str());

    // Wait for the browser to come back to the loopback listener.
    let params = tokio::time::timeout(wait, async {
        loop {
            let (mut sock, _) = listener.accept().await?;
            let mut buf = vec![0u8; 16 * 1024];
            let mut n = 0;
            // A connection that sends nothing (a browser's preconnect) must not hold up the
            // real redirect: give each one a few seconds.
            let read = tokio::time::timeout(std::time::Duration::from_secs(3), async {
                while n < buf.len() {
                    let k = sock.read(&mut buf[n..]).await?;
                    n += k;
                    if k == 0 || buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                Ok::<_, std::io::Error>(())
            })
            .await;
            if !matches!(read, Ok(Ok(()))) {
                continue;
            }
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let Ok(u) = url::Url::parse(&format!("http://127.0.0.1{target}")) else {
                continue;
            };
            if u.path() != path {
                let _ = sock.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").await;
                continue;
            }
            let params: std::collections::HashMap<String, String> =
                u.query_pairs().into_owned().collect();
            // Any local process can reach this port: a request without the state oauthctl sent
            // is not the browser coming back. Answer 400 and keep waiting for the real one.
            if params.get("state") != Some(&state) {
                let body = "Not the sign-in oauthctl started (wrong or missing state).";
                let _ = sock
                    .write_all(
                        format!(
                            "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                            body.len()
                        )
                        .as_bytes(),
                    )
                    .await;
                continue;
            }
            let ok = params.contains_key("code");
            let msg = if ok {
                "Signed in. You can close this window and return to the terminal."
            } else {
                "Sign-in failed. See the terminal."
            };
            let body = format!("<!doctype html><meta charset=utf-8><title>oauthctl</title><p>{msg}</p>");
            let _ = sock
                .write_all(
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await;
            return Ok::<_, std::io::Error>(params);
        }
    })
    .await
    .map_err(|_| {
        CliError::new(ErrorKind::Auth, format!("no sign-in within {} s", wait.as_secs()))
            .with_hint("open the URL printed above in a browser, sign in, and allow")
    })??;
    if let Some(err) = params.get("error") {
        return Err(CliError::new(
            ErrorKind::Auth,
            format!(
                "the authorization server refused: {}{}",
                excerpt(err),
                params
                    .get("error_description")
                    .map(|d| format!(": {}", excerpt(d)))
                    .unwrap_or_default()
            ),
        )
        .into());
    }
    let code = params
        .get("code")
        .ok_or_else(|| CliError::new(ErrorKind::Auth, "the redirect carried no code"))?;
    let token_url = with_tenant(&meta.token_endpoint, tenant)?;
    token_request(
        http,
        &token_url,
        creds,
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", &redirect),
            ("code_verifier", &verifier),
        ],
    )
    .await
}
