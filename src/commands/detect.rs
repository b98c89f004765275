//! `profiles add` without `--api`: which kind of admin API a server speaks, from what it answers
//! to a few unauthenticated GETs (sent at once, with a short deadline; nothing is changed).
//!
//! Each kind's descriptor names its GETs and what their answers must show
//! ([`crate::backend::descriptor::Probe`]). The kinds of one product are tried in the order of
//! `backend::KINDS`, then the standards many servers speak (RFC 7591).

use std::time::Duration;

use crate::auth::Credentials;
use crate::backend::descriptor::{Answer, Answers};
use crate::backend::{ApiKind, Descriptor, KINDS};
use crate::config::Settings;
use crate::transport::http::{Http, Retry};

/// How long detection waits for all its answers together.
const DEADLINE: Duration = Duration::from_secs(5);

/// What the server answered, and so which kind it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub kind: ApiKind,
    /// Why, in words, for stderr.
    pub reason: String,
}

/// Which admin API `base` speaks. Err: nothing known answered, with why (for the warning).
pub fn detect(
    base: &url::Url,
    tenant: &str,
    ca_cert: Option<std::path::PathBuf>,
    verbose: bool,
    printer: &crate::output::Printer,
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
        dry_run: false,
        ca_cert,
        allow_foreign_endpoints: false,
        server_type: None,
        api: crate::backend::default_kind(),
        issuer: base.clone(),
    };
    let http = Http::new(&settings)
        .map_err(|e| e.to_string())?
        .with_tracer(printer.tracer());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let root = base.as_str().trim_end_matches('/').to_string();
    let tenant_path = url::form_urlencoded::byte_serialize(tenant.as_bytes()).collect::<String>();
    let mut paths: Vec<&'static str> = Vec::new();
    for d in KINDS {
        for p in d.probe.iter().flat_map(|p| p.paths) {
            if !paths.contains(p) {
                paths.push(p);
            }
        }
    }
    let urls: Vec<String> = paths
        .iter()
        .map(|p| format!("{root}{}", p.replace("{tenant}", &tenant_path)))
        .collect();
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
    let by_path: Vec<_> = paths.into_iter().zip(answers).collect();
    decide(KINDS, base, &by_path)
}

async fn get(http: &Http, url: &str) -> Result<Answer, String> {
    let parsed = url::Url::parse(url).map_err(|e| e.to_string())?;
    let resp = http
        .send(Retry::Safe, |c| {
            c.get(parsed.clone())
                .header(reqwest::header::ACCEPT, "application/json")
        })
        .await
        .map_err(|e| e.to_string())?;
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

/// The choice, from the answers to every probe's paths: the kinds of one product in their order,
/// then the generic ones.
fn decide(
    kinds: &[&'static Descriptor],
    base: &url::Url,
    by_path: &[(&'static str, Result<Answer, String>)],
) -> Result<Detected, String> {
    let answers = Answers { by_path };
    for generic in [false, true] {
        for d in kinds {
            let Some(probe) = d.probe.as_ref().filter(|p| p.generic == generic) else {
                continue;
            };
            if let Some(reason) = (probe.matches)(&answers) {
                return Ok(Detected {
                    kind: d.kind(),
                    reason,
                });
            }
        }
    }
    let base = base.as_str().trim_end_matches('/');
    let errors: Vec<&String> = by_path
        .iter()
        .filter_map(|(_, a)| a.as_ref().err())
        .collect();
    Err(if errors.len() == by_path.len() {
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

    /// Every probe's path answered 404 with HTML.
    fn nothing() -> Vec<(&'static str, Result<Answer, String>)> {
        let mut all = Vec::new();
        for d in KINDS {
            for p in d.probe.iter().flat_map(|p| p.paths) {
                all.push((*p, answer("x", 404, "text/html", "<html>")));
            }
        }
        all
    }

    fn set(
        all: &mut [(&'static str, Result<Answer, String>)],
        path: &str,
        a: Result<Answer, String>,
    ) {
        for (p, slot) in all.iter_mut() {
            if *p == path {
                *slot = a.clone();
            }
        }
    }

    const ADMIN: &str = "/api/adminapi2/v1/tenants/{tenant}/spaces";

    #[test]
    fn a_404_in_problem_json_is_not_the_admin_api_and_nothing_known_falls_back() {
        let base = url::Url::parse("http://127.0.0.1:1").unwrap();
        let mut a = nothing();
        set(
            &mut a,
            ADMIN,
            answer("a", 404, "application/problem+json", "{}"),
        );
        assert!(decide(KINDS, &base, &a)
            .unwrap_err()
            .contains("no admin API"));
        let errs: Vec<_> = a
            .iter()
            .map(|(p, _)| (*p, Err("connection refused".to_string())))
            .collect();
        let e = decide(KINDS, &base, &errs).unwrap_err();
        assert!(
            e.contains("nothing answered") && e.contains("connection refused"),
            "{e}"
        );
    }

    #[test]
    fn registration_metadata_is_generic_and_a_products_own_api_wins_over_it() {
        let base = url::Url::parse("http://127.0.0.1:1").unwrap();
        let mut a = nothing();
        set(
            &mut a,
            "/.well-known/openid-configuration",
            answer(
                "m",
                200,
                "application/json",
                r#"{"issuer":"http://127.0.0.1:1","registration_endpoint":"http://127.0.0.1:1/reg"}"#,
            ),
        );
        let generic = decide(KINDS, &base, &a).unwrap().kind;
        assert!(
            KINDS
                .iter()
                .any(|d| d.kind() == generic && d.probe.as_ref().is_some_and(|p| p.generic)),
            "{generic}"
        );
        set(
            &mut a,
            ADMIN,
            answer("a", 401, "application/problem+json", "{}"),
        );
        assert_eq!(
            decide(KINDS, &base, &a).unwrap().kind,
            crate::backend::default_kind()
        );
    }

    #[test]
    fn every_probe_path_is_below_the_base_url() {
        for d in KINDS {
            for p in d.probe.iter().flat_map(|p| p.paths) {
                assert!(p.starts_with('/'), "{}: {p}", d.conventions.name);
            }
        }
    }
}
