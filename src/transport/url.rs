//! URL safety, the transport's rules for every URL oauthctl sends something to: https, or plain
//! http to loopback only; no user name or password in a URL. (Credentials are redacted from URLs
//! that are shown by [`crate::redact`].)

use crate::error::CliError;

/// A base URL must be absolute http(s); plain http only to loopback, so that bearer tokens and
/// secrets never cross a network in clear.
pub fn parse_base_url(raw: &str) -> anyhow::Result<url::Url> {
    // Error messages show the URL without any user:password@ part.
    let shown = match raw.split_once("://") {
        Some((scheme, rest)) => match rest.split('/').next().and_then(|auth| auth.rfind('@')) {
            Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
            None => raw.to_string(),
        },
        None => raw.to_string(),
    };
    let s = shown.as_str();
    let url = url::Url::parse(raw.trim()).map_err(|e| {
        CliError::usage(format!("the base URL {s:?} is not a valid URL: {e}")).with_hint(
            "use the form https://auth.example.com (set OAUTHCTL_BASE_URL or --base-url)",
        )
    })?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback_host(&url) => {}
        "http" => {
            return Err(CliError::usage(format!(
                "refusing the plain http:// base URL {s:?}: bearer tokens and secrets must not cross a network unencrypted"
            ))
            .with_hint("use https://; plain http is allowed only for 127.0.0.1, [::1] and localhost")
            .into())
        }
        other => {
            return Err(CliError::usage(format!(
                "the base URL {s:?} has the scheme {other:?}; use https://"
            ))
            .into())
        }
    }
    if url.host().is_none() {
        return Err(CliError::usage(format!("the base URL {s:?} has no host")).into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(CliError::usage(
            "the base URL must not contain a user name or password; oauthctl authenticates with OAUTHCTL_CLIENT_ID/OAUTHCTL_CLIENT_SECRET, OAUTHCTL_TOKEN or `oauthctl login`",
        )
        .into());
    }
    Ok(url)
}

/// 127.0.0.1 (any of 127/8), [::1] or `localhost`.
pub fn is_loopback_host(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert!(parse_base_url("https://auth.example.com").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8787").is_ok());
        assert!(parse_base_url("http://localhost:1").is_ok());
        assert!(parse_base_url("http://auth.example.com").is_err());
        assert!(parse_base_url("ftp://x").is_err());
        assert!(parse_base_url("nope").is_err());
        assert!(parse_base_url("http://bob:pw@127.0.0.1:1").is_err());
    }
}
