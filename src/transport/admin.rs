//! One call to a server's admin API in JSON, as the backends of glewlwyd, Keycloak, Hydra and
//! LemonLDAP::NG make it: a change planned under `--dry-run`, or sent through [`Http::send`]
//! (retried where the method allows), with the kind's authorization and JSON both ways; an
//! answer that is not a success read with the kind's own error mapping.
//!
//! What each kind brings is its own: how it authorizes a request ([`Authorize`]), how it reads
//! an error answer, and its name for messages.

use async_trait::async_trait;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::http::{Http, RawResponse, Retry};
use super::sent::{is_planned, Planned, Sent};
use crate::error::{BackendError, CliError};

/// An admin API's answer that is not a success, as an error: `what: detail`, where `detail` is
/// the kind's reading of the body (its error fields), else an excerpt of the body, else the
/// status; sorted by the status (400/422 usage, 401/403 credentials, 404 not found, 409 conflict,
/// 5xx the server's failure, with a hint naming `server`), and keeping the answer (its status and
/// a redacted excerpt, [`CliError::answered`]). A kind adds its own hints to what comes back.
pub fn refusal(
    status: StatusCode,
    body: &[u8],
    what: &str,
    detail: Option<String>,
    server: &str,
) -> CliError {
    let detail = detail.unwrap_or_else(|| {
        let text = String::from_utf8_lossy(body);
        if text.trim().is_empty() {
            status.to_string()
        } else {
            super::http::excerpt(&text)
        }
    });
    let message = format!("{what}: {detail}");
    match status.as_u16() {
        400 | 422 => CliError::usage(message),
        401 | 403 => CliError::auth(message),
        404 => CliError::not_found(message),
        409 => CliError::conflict(message),
        500..=599 => CliError::other(message).with_hint(format!(
            "{server} failed ({status}); its log says why; try again later"
        )),
        _ => CliError::other(message),
    }
    .answered(status.as_u16(), super::http::answer_excerpt(body))
}

/// How a kind authorizes a request to its admin API.
#[async_trait]
pub trait Authorize: Send + Sync {
    /// The `Authorization` header of the next request, or none. An error (no credentials) stops
    /// the request before anything leaves. `renew`: the last one was refused (401), asked only
    /// where [`Authorize::renews`].
    async fn authorization(&self, http: &Http, renew: bool) -> anyhow::Result<Option<String>>;

    /// Whether a request refused with 401 is sent once more with a renewed authorization (a
    /// token from a session, which the server may no longer accept).
    fn renews(&self) -> bool {
        false
    }
}

/// A bearer token when one was given (`OAUTHCTL_TOKEN`), for an admin API that has no
/// authentication of its own behind a proxy that has.
pub struct OptionalBearer(pub Option<String>);

#[async_trait]
impl Authorize for OptionalBearer {
    async fn authorization(&self, _: &Http, _: bool) -> anyhow::Result<Option<String>> {
        Ok(self.0.as_ref().map(|t| format!("Bearer {t}")))
    }
}

/// A kind's reading of an answer that is not a success: its status, its body and what was being
/// done, as an error with the right exit code and hint.
pub type ErrorMapping = fn(StatusCode, &[u8], &str) -> CliError;

/// An admin API's answer: status, headers (a `Link` for the next page) and body.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    /// The `Link` header, where the server pages a list with it.
    pub fn link(&self) -> Option<&str> {
        self.headers
            .get(reqwest::header::LINK)
            .and_then(|v| v.to_str().ok())
    }

    /// The answer as `oauthctl api` shows it.
    pub fn into_raw(self) -> RawResponse {
        RawResponse {
            status: self.status,
            content_type: self
                .headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(String::from),
            body: self.body,
        }
    }
}

/// The admin API of one server, spoken in JSON.
pub struct AdminApi<A> {
    http: Http,
    dry_run: bool,
    /// The server's name in messages ("Keycloak").
    name: &'static str,
    auth: A,
    error: ErrorMapping,
    /// Held while a change (any method but GET) is sent and answered, where the server's writes
    /// must not overlap ([`AdminApi::one_change_at_a_time`]); reads still go in parallel.
    writes: Option<tokio::sync::Mutex<()>>,
}

impl<A: Authorize> AdminApi<A> {
    pub fn new(
        http: Http,
        dry_run: bool,
        name: &'static str,
        auth: A,
        error: ErrorMapping,
    ) -> Self {
        AdminApi {
            http,
            dry_run,
            name,
            auth,
            error,
            writes: None,
        }
    }

    /// The same API, its changes sent one at a time (a change waits for the one before it to be
    /// answered).
    pub fn one_change_at_a_time(self) -> Self {
        AdminApi {
            writes: Some(tokio::sync::Mutex::new(())),
            ..self
        }
    }

    /// The HTTP client, for what is not a call to the admin API (an OAuth endpoint).
    pub fn http(&self) -> &Http {
        &self.http
    }

    /// Whether a request with `method` is only planned (`--dry-run` and a change).
    fn plans(&self, method: &Method) -> bool {
        is_planned(self.dry_run, method)
    }

    /// Sends one request (a change is only planned under `--dry-run`), the body as JSON; a
    /// refused authorization that [`Authorize::renews`] is renewed once. Any answer comes back,
    /// whatever its status.
    pub async fn send(
        &self,
        method: Method,
        url: url::Url,
        body: Option<Vec<u8>>,
    ) -> anyhow::Result<Sent<Answer>> {
        if self.plans(&method) {
            return Ok(Planned::of_bytes(&method, &url, body.as_deref()));
        }
        for renewed in [false, true] {
            let auth = self.auth.authorization(&self.http, renewed).await?;
            let _one_at_a_time = match (&self.writes, &method) {
                (Some(writes), m) if *m != Method::GET => Some(writes.lock().await),
                _ => None,
            };
            let resp = self
                .http
                .send(Retry::for_method(&method, false), |c| {
                    let mut r = c
                        .request(method.clone(), url.clone())
                        .header(reqwest::header::ACCEPT, "application/json");
                    if let Some(a) = &auth {
                        r = authorized(r, a);
                    }
                    if let Some(b) = &body {
                        r = r
                            .header(reqwest::header::CONTENT_TYPE, "application/json")
                            .body(b.clone());
                    }
                    r
                })
                .await?;
            if resp.status() == StatusCode::UNAUTHORIZED && !renewed && self.auth.renews() {
                self.http
                    .trace(|| "the admin token was refused; fetching a new one".into());
                continue;
            }
            let status = resp.status();
            let headers = resp.headers().clone();
            let body = self.http.body(resp).await?;
            return Ok(Sent::Done(Answer {
                status,
                headers,
                body,
            }));
        }
        unreachable!("the loop returns")
    }

    /// A raw call (`oauthctl api`) to `path`, relative to `root` (the API's own URL), refused
    /// before anything is sent when it leaves `root`: `api` names the API and `example` is a
    /// path below it, for the message. Any answer comes back, whatever its status.
    pub async fn raw(
        &self,
        method: Method,
        root: &url::Url,
        path: &str,
        body: Option<Vec<u8>>,
        (api, example): (&str, &str),
    ) -> anyhow::Result<Sent<RawResponse>> {
        let url = root
            .join(path)
            .map_err(|e| CliError::usage(format!("{path:?} is not a valid API path: {e}")))?;
        if url.origin() != root.origin() || !url.path().starts_with(root.path()) {
            return Err(CliError::usage(format!(
                "{path:?} leaves {api} ({root}); give a path below it, e.g. {example}"
            ))
            .into());
        }
        Ok(self.send(method, url, body).await?.map(Answer::into_raw))
    }

    /// Sends `body` and checks the status: an answer that is not a success is an error about
    /// `what`, by the kind's mapping. `if_unanswered` says what to check when the answer never
    /// came (the server may have made the change).
    pub async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
        what: &str,
        if_unanswered: Option<String>,
    ) -> anyhow::Result<Sent<Answer>> {
        let bytes = body.map(serde_json::to_vec).transpose()?;
        if !self.plans(&method) {
            // Without credentials nothing leaves: no "the server may have made it" for that.
            self.auth.authorization(&self.http, false).await?;
        }
        let sent = match self.send(method, url, bytes).await {
            Ok(sent) => sent,
            Err(e) => {
                return Err(match if_unanswered {
                    Some(hint) => e.context(hint),
                    None => e,
                })
            }
        };
        sent.try_map(|a| {
            if !a.status.is_success() {
                return Err((self.error)(a.status, &a.body, what).into());
            }
            Ok(a)
        })
    }

    /// A read (GET, which `--dry-run` sends too): its answer, the status checked.
    pub async fn get(&self, url: url::Url, what: &str) -> anyhow::Result<Answer> {
        self.call(Method::GET, url, None, what, None)
            .await?
            .after_sent::<anyhow::Error>()
    }

    /// [`AdminApi::get`], its answer decoded.
    pub async fn get_json(&self, url: url::Url, what: &str) -> anyhow::Result<Value> {
        let a = self.get(url, what).await?;
        super::decode_json(&a.body).map_err(|e| BackendError::unreadable(self.name, what, e).into())
    }
}

/// The request with its `Authorization` header, marked sensitive (as reqwest's `bearer_auth`
/// does); a value no header can hold fails as reqwest fails any bad header, when it is built.
fn authorized(r: reqwest::RequestBuilder, value: &str) -> reqwest::RequestBuilder {
    match HeaderValue::from_str(value) {
        Ok(mut v) => {
            v.set_sensitive(true);
            r.header(AUTHORIZATION, v)
        }
        Err(_) => r.header(AUTHORIZATION, value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// No credentials: every request it is asked to authorize fails, and it counts them.
    struct NoKey(AtomicUsize);

    #[async_trait]
    impl Authorize for NoKey {
        async fn authorization(&self, _: &Http, _: bool) -> anyhow::Result<Option<String>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Err(CliError::auth("no key: set OAUTHCTL_TOKEN").into())
        }
    }

    fn api(dry_run: bool) -> AdminApi<NoKey> {
        let http = Http::new(super::super::http::HttpOptions::for_tests(dry_run)).unwrap();
        AdminApi::new(
            http,
            dry_run,
            "Server",
            NoKey(AtomicUsize::new(0)),
            |s, _, what| CliError::other(format!("{what}: {s}")),
        )
    }

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// Port 9 (discard) on loopback: nothing listens, so a request that leaves is refused.
    fn url() -> url::Url {
        url::Url::parse("http://127.0.0.1:9/api/client/c1?apiKey=k1").unwrap()
    }

    #[test]
    fn a_refusal_is_sorted_by_its_status_and_keeps_the_answer_redacted() {
        let body = br#"{"error":"invalid_client_metadata","client_secret":"s3cr3t"}"#;
        let e = refusal(
            StatusCode::BAD_REQUEST,
            body,
            "create client x",
            None,
            "Srv",
        );
        assert_eq!(e.kind, crate::error::ErrorKind::Usage);
        assert!(e.message.starts_with("create client x: "), "{}", e.message);
        match BackendError::from(e) {
            BackendError::Refused {
                status, excerpt, ..
            } => {
                assert_eq!(status, 400);
                assert!(!excerpt.contains("s3cr3t"), "{excerpt}");
            }
            other => panic!("{other:?}"),
        }
        let denied = refusal(StatusCode::FORBIDDEN, b"", "list clients", None, "Srv");
        assert_eq!(denied.message, "list clients: 403 Forbidden");
        assert!(matches!(
            BackendError::from(denied),
            BackendError::Denied { status: 403, .. }
        ));
        let failed = refusal(
            StatusCode::BAD_GATEWAY,
            b"upstream",
            "get client x",
            Some("it broke".into()),
            "Srv",
        );
        assert_eq!(failed.message, "get client x: it broke");
        assert!(failed
            .hint
            .unwrap()
            .starts_with("Srv failed (502 Bad Gateway)"));
    }

    #[test]
    fn under_dry_run_a_change_is_planned_redacted_without_credentials() {
        let api = api(true);
        let body = serde_json::json!({"name": "c1", "password": "s3cret"});
        let sent = block_on(api.call(Method::PUT, url(), Some(&body), "update", None)).unwrap();
        let Sent::Planned(p) = sent else {
            panic!("planned")
        };
        assert_eq!(p.method, "PUT");
        assert!(!p.url.contains("k1"), "{}", p.url);
        assert_eq!(p.body.as_ref().unwrap()["name"], "c1");
        assert!(!p.body.unwrap().to_string().contains("s3cret"));
        assert_eq!(api.auth.0.load(Ordering::SeqCst), 0, "no credentials asked");
    }

    #[test]
    fn without_credentials_nothing_leaves_and_no_may_have_made_it_is_said() {
        let api = api(false);
        for m in [Method::POST, Method::GET] {
            let e = block_on(api.call(
                m.clone(),
                url(),
                None,
                "create",
                Some("the server may have made it".into()),
            ))
            .unwrap_err();
            let all = format!("{e:#}");
            assert!(all.contains("no key"), "{m}: {all}");
            assert!(!all.contains("may have made it"), "{m}: {all}");
            assert!(!all.contains("cannot connect"), "{m}: {all}");
        }
        let e = block_on(api.get_json(url(), "read")).unwrap_err();
        assert!(format!("{e:#}").contains("no key"), "{e:#}");
    }

    #[test]
    fn a_raw_path_that_leaves_the_api_is_refused_before_anything_is_sent() {
        let api = api(false);
        let root = url::Url::parse("http://127.0.0.1:9/admin/").unwrap();
        let raw = |path: &str| {
            block_on(api.raw(
                Method::GET,
                &root,
                path,
                None,
                ("Hydra's admin API", "/clients"),
            ))
            .err()
            .expect("refused")
            .to_string()
        };
        for path in [
            "../oauth2/token",
            "//elsewhere.example/admin/",
            "https://x.example/",
        ] {
            let e = raw(path);
            assert!(
                e.ends_with("leaves Hydra's admin API (http://127.0.0.1:9/admin/); give a path below it, e.g. /clients"),
                "{path}: {e}"
            );
        }
        assert_eq!(api.auth.0.load(Ordering::SeqCst), 0, "nothing was sent");
        // A path below the root is sent (here: stopped for want of credentials).
        assert!(raw("clients?page_size=1").contains("no key"));
    }
}
