//! `profiles add` without `--api`: which kind of admin API a server speaks, from what it answers
//! to a few unauthenticated GETs (sent at once, with a short deadline; nothing is changed).
//!
//! In this order: oauthctl's admin API (`/api/adminapi2/v1` answers 401 with problem+json),
//! LemonLDAP::NG's Manager API (`/api/v1/status`), glewlwyd (`/api/auth/scheme/`, or its
//! `/api/oidc` discovery), and any RFC 7591 server (metadata with a `registration_endpoint`).

use std::time::Duration;

use serde_json::Value;

use crate::api::http::{Http, Retry};
use crate::auth::Credentials;
use crate::backend::ApiKind;
use crate::config::Settings;

/// How long detection waits for all its answers together.
const DEADLINE: Duration = Duration::from_secs(5);

/// What the server answered, and so which kind it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub kind: ApiKind,
    /// Why, in words, for stderr.
    pub reason: String,
}

/// One answer: status, content type and body (None when the request failed).
struct Answer {
    url: String,
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Option<Value> {
        if !(200..300).contains(&self.status) {
            return None;
        }
        serde_json::from_slice(&self.body).ok()
    }
}

/// Which admin API `base` speaks. Err: nothing known answered, with why (for the warning).
pub fn detect(
    base: &url::Url,
    tenant: &str,
    ca_cert: Option<std::path::PathBuf>,
    verbose: bool,
) -> Result<Detected, String> {
    let settings = Settings {
        profile: None,
        base_url: base.clone(),
        tenant: tenant.to_string(),
        client_id: None,
        credentials: Credentials::None,
        timeout: DEADLINE,
        retries: 1,
        verbose,
        quiet: false,
        dry_run: false,
        ca_cert,
        allow_foreign_endpoints: false,
        server_type: None,
        api: ApiKind::Oauthctl,
        issuer: base.clone(),
    };
    let http = Http::new(&settings).map_err(|e| e.to_string())?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let root = base.as_str().trim_end_matches('/').to_string();
    let url = |path: &str| format!("{root}{path}");
    let tenant_path = url::form_urlencoded::byte_serialize(tenant.as_bytes()).collect::<String>();
    let urls = [
        url(&format!("/api/adminapi2/v1/tenants/{tenant_path}/spaces")),
        url("/.well-known/oauth-authorization-server"),
        url("/.well-known/openid-configuration"),
        url("/api/v1/status"),
        url("/api/auth/scheme/"),
        url("/api/oidc/.well-known/openid-configuration"),
    ];
    let answers: Vec<Result<Answer, String>> = rt.block_on(async {
        let all = futures_util::future::join_all(urls.iter().map(|u| get(&http, u)));
        match tokio::time::timeout(DEADLINE, all).await {
            Ok(a) => a,
            Err(_) => urls
                .iter()
                .map(|_| Err(format!("no answer within {} s", DEADLINE.as_secs())))
                .collect(),
        }
    });
    rt.shutdown_background();
    decide(base, &answers)
}

async fn get(http: &Http, url: &str) -> Result<Answer, String> {
    let parsed = url::Url::parse(url).map_err(|e| e.to_string())?;
    let resp = http
        .send(Retry::Safe, |c| {
            c.get(parsed.clone())
                .header(reqwest::header::ACCEPT, "application/json")
        })
        .await
        .map_err(|e| {
            crate::error::find_cli_error(&e).map_or_else(|| e.to_string(), |c| c.message.clone())
        })?;
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = http.body(resp).await.map_err(|e| e.to_string())?;
    Ok(Answer {
        url: url.to_string(),
        status,
        content_type,
        body,
    })
}

/// The choice, from the answers of [`detect`]'s URLs (in its order).
fn decide(base: &url::Url, answers: &[Result<Answer, String>]) -> Result<Detected, String> {
    let ok = |i: usize| answers.get(i).and_then(|a| a.as_ref().ok());
    let found = |kind, reason: String| Ok(Detected { kind, reason });
    let metadata = [ok(1), ok(2)]
        .into_iter()
        .flatten()
        .find_map(|a| a.json().filter(Value::is_object).map(|v| (a, v)));

    if let Some(a) = ok(0).filter(|a| {
        matches!(a.status, 401 | 403) && a.content_type.starts_with("application/problem+json")
    }) {
        let mut reason = format!(
            "{} answers {} with application/problem+json (oauthctl's admin API)",
            a.url, a.status
        );
        if let Some((m, _)) = metadata
            .as_ref()
            .filter(|(m, _)| m.url.ends_with("oauth-authorization-server"))
        {
            reason.push_str(&format!(", and {} has RFC 8414 metadata", m.url));
        }
        return found(ApiKind::Oauthctl, reason);
    }
    if let Some(a) = ok(3).filter(|a| a.json().is_some_and(|v| v.is_object())) {
        return found(
            ApiKind::Lemonldap,
            format!("{} answers with JSON (LemonLDAP::NG's Manager API)", a.url),
        );
    }
    if let Some(a) = ok(4).filter(|a| a.json().is_some()) {
        return found(
            ApiKind::Glewlwyd,
            format!("{} lists authentication schemes (glewlwyd)", a.url),
        );
    }
    if let Some(a) = ok(5).filter(|a| {
        a.json()
            .and_then(|v| v.get("issuer").and_then(Value::as_str).map(String::from))
            .is_some_and(|i| i.trim_end_matches('/').ends_with("/api/oidc"))
    }) {
        return found(
            ApiKind::Glewlwyd,
            format!("{} is glewlwyd's OpenID discovery", a.url),
        );
    }
    if let Some((a, _)) = metadata.as_ref().filter(|(_, v)| {
        v.get("registration_endpoint")
            .and_then(Value::as_str)
            .is_some()
    }) {
        return found(
            ApiKind::Rfc7592,
            format!(
                "the metadata at {} names a registration_endpoint (RFC 7591 dynamic registration)",
                a.url
            ),
        );
    }
    let base = base.as_str().trim_end_matches('/');
    let errors: Vec<&String> = answers.iter().filter_map(|a| a.as_ref().err()).collect();
    Err(if errors.len() == answers.len() {
        format!(
            "nothing answered at {base} ({})",
            errors.first().map_or("", |e| e.as_str())
        )
    } else {
        format!("no admin API that oauthctl knows answered at {base}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(url: &str, status: u16, ct: &str, body: &str) -> Result<Answer, String> {
        Ok(Answer {
            url: url.into(),
            status,
            content_type: ct.into(),
            body: body.as_bytes().to_vec(),
        })
    }

    fn none() -> Result<Answer, String> {
        answer("x", 404, "text/html", "<html>")
    }

    #[test]
    fn a_404_in_problem_json_is_not_the_admin_api_and_nothing_known_falls_back() {
        let base = url::Url::parse("http://127.0.0.1:1").unwrap();
        let mut a: Vec<_> = (0..6).map(|_| none()).collect();
        a[0] = answer("a", 404, "application/problem+json", "{}");
        assert!(decide(&base, &a).unwrap_err().contains("no admin API"));
        let errs: Vec<_> = (0..6)
            .map(|_| Err("connection refused".to_string()))
            .collect();
        let e = decide(&base, &errs).unwrap_err();
        assert!(
            e.contains("nothing answered") && e.contains("connection refused"),
            "{e}"
        );
    }

    #[test]
    fn registration_metadata_is_rfc7592_and_the_admin_api_wins_over_it() {
        let base = url::Url::parse("http://127.0.0.1:1").unwrap();
        let mut a: Vec<_> = (0..6).map(|_| none()).collect();
        a[2] = answer(
            "m",
            200,
            "application/json",
            r#"{"issuer":"http://127.0.0.1:1","registration_endpoint":"http://127.0.0.1:1/reg"}"#,
        );
        assert_eq!(decide(&base, &a).unwrap().kind, ApiKind::Rfc7592);
        a[0] = answer("a", 401, "application/problem+json", "{}");
        assert_eq!(decide(&base, &a).unwrap().kind, ApiKind::Oauthctl);
    }
}
