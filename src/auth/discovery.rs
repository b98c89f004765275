//! Server discovery (RFC 8414, OpenID discovery as a fallback) and the rule for every endpoint
//! oauthctl sends credentials to.

use crate::auth::wire::ServerMetadata;
use crate::error::CliError;
use crate::transport::http::{Http, Retry};
use crate::transport::url::{is_loopback_host, parse_base_url};

/// RFC 8414 metadata at `/.well-known/oauth-authorization-server`, else OpenID discovery.
pub async fn discover(http: &Http, base: &url::Url) -> anyhow::Result<ServerMetadata> {
    let mut last = None;
    let paths = [
        ".well-known/oauth-authorization-server",
        ".well-known/openid-configuration",
    ];
    for (i, path) in paths.iter().enumerate() {
        let url = join(base, path);
        let resp = http.send(Retry::Safe, |c| c.get(url.clone())).await?;
        if resp.status().is_success() {
            let status = resp.status();
            let bytes = http.body(resp).await?;
            let meta: ServerMetadata = match crate::transport::decode_json(&bytes) {
                Ok(m) => m,
                // A portal that answers every path with its HTML page (LemonLDAP::NG does, for
                // the RFC 8414 path): try the OpenID Connect path next.
                Err(_) if i + 1 < paths.len() && !bytes.trim_ascii_start().starts_with(b"{") => {
                    last = Some((url, status));
                    continue;
                }
                Err(e) => {
                    return Err(CliError::other(format!(
                        "the server metadata at {url} is not valid: {e}"
                    ))
                    .into())
                }
            };
            // RFC 8414 §3.3: the metadata is only valid for the issuer it was asked of.
            if !same_issuer(&meta.issuer, base) {
                return Err(CliError::other(format!(
                    "refusing the server metadata at {url}: it names the issuer {:?}, not {} (RFC 8414 §3.3)",
                    meta.issuer,
                    base.as_str().trim_end_matches('/')
                ))
                .with_hint(
                    "the base URL (--base-url, OAUTHCTL_BASE_URL or the profile) must be the authorization server's issuer exactly",
                )
                .into());
            }
            // Credentials go to these endpoints: https (or loopback), on the issuer's origin.
            for (what, endpoint) in [
                ("token_endpoint", Some(&meta.token_endpoint)),
                (
                    "introspection_endpoint",
                    meta.introspection_endpoint.as_ref(),
                ),
                ("revocation_endpoint", meta.revocation_endpoint.as_ref()),
                ("registration_endpoint", meta.registration_endpoint.as_ref()),
            ] {
                if let Some(e) = endpoint {
                    check_endpoint(http, base, what, e)?;
                }
            }
            // The browser goes there, oauthctl sends nothing: only the transport rule.
            if let Some(e) = &meta.authorization_endpoint {
                parse_base_url(e).map_err(|err| unsafe_endpoint("authorization_endpoint", &err))?;
            }
            return Ok(meta);
        }
        last = Some((url, resp.status()));
    }
    let (url, status) = last.expect("two attempts");
    Err(CliError::other(format!(
        "the server at {base} publishes no OAuth metadata ({url} answered {status})"
    ))
    .with_hint("check the base URL; it must be the authorization server's issuer")
    .into())
}

/// The issuer a server names is the one asked (a trailing `/` aside; the loopback names
/// 127.0.0.1, [::1] and localhost count as one host, as a local server is reached by any of them).
fn same_issuer(issuer: &str, base: &url::Url) -> bool {
    if issuer.trim_end_matches('/') == base.as_str().trim_end_matches('/') {
        return true;
    }
    url::Url::parse(issuer).is_ok_and(|i| {
        same_origin(&i, base) && i.path().trim_end_matches('/') == base.path().trim_end_matches('/')
    })
}

/// Same scheme, host and port; the loopback names count as one host.
fn same_origin(a: &url::Url, b: &url::Url) -> bool {
    a.origin() == b.origin()
        || (is_loopback_host(a)
            && is_loopback_host(b)
            && a.scheme() == b.scheme()
            && a.port_or_known_default() == b.port_or_known_default())
}

fn unsafe_endpoint(what: &str, err: &anyhow::Error) -> CliError {
    CliError::other(format!(
        "the server metadata names an unsafe {what}: {}",
        err.root_cause()
    ))
    .with_hint("credentials are sent only over https (or plain http to loopback)")
}

/// The rule for every endpoint oauthctl sends credentials to (the token, introspection and
/// revocation endpoints, from fresh metadata or from a cache): https, or plain http to loopback;
/// and on the issuer's origin, unless --allow-foreign-endpoints (OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS)
/// says otherwise.
pub fn check_endpoint(
    http: &Http,
    issuer: &url::Url,
    what: &str,
    endpoint: &str,
) -> anyhow::Result<url::Url> {
    let url = parse_base_url(endpoint).map_err(|e| unsafe_endpoint(what, &e))?;
    if !same_origin(&url, issuer) && !http.allow_foreign_endpoints() {
        return Err(CliError::other(format!(
            "refusing to send credentials to the {what} {}: it is not on the issuer's origin {}",
            url.origin().ascii_serialization(),
            issuer.origin().ascii_serialization()
        ))
        .with_hint(
            "if this server really keeps its endpoints on another host, pass --allow-foreign-endpoints (or set OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS=1)",
        )
        .into());
    }
    Ok(url)
}

fn join(base: &url::Url, path: &str) -> url::Url {
    let mut u = base.clone();
    let p = format!("{}/{path}", u.path().trim_end_matches('/'));
    u.set_path(&p);
    u.set_query(None);
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn issuers_and_origins() {
        assert!(same_issuer(
            "https://idp.example.com",
            &u("https://idp.example.com/")
        ));
        assert!(same_issuer(
            "https://idp.example.com/",
            &u("https://idp.example.com")
        ));
        assert!(!same_issuer(
            "https://idp.example.net",
            &u("https://idp.example.com")
        ));
        assert!(!same_issuer(
            "https://idp.example.com/a",
            &u("https://idp.example.com/b")
        ));
        assert!(same_issuer(
            "http://127.0.0.1:8787",
            &u("http://localhost:8787")
        ));
        assert!(!same_issuer(
            "http://127.0.0.1:8788",
            &u("http://localhost:8787")
        ));
        assert!(same_origin(
            &u("https://a.example.com/x"),
            &u("https://a.example.com:443/y")
        ));
        assert!(!same_origin(
            &u("https://a.example.com"),
            &u("https://b.example.com")
        ));
        assert!(!same_origin(
            &u("https://a.example.com"),
            &u("http://a.example.com")
        ));
        assert!(!same_origin(
            &u("https://a.example.com"),
            &u("https://a.example.com:8443")
        ));
    }
}
