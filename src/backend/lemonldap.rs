//! LemonLDAP::NG's Manager REST API (`/api/v1/providers/oidc/rp`): its OpenID Connect relying
//! parties are the clients.
//!
//! - The base URL is the Manager (the API lives under `{base}/api/v1`); the issuer is the portal,
//!   where the token endpoint is. The Manager API has no authentication of its own: when
//!   `OAUTHCTL_TOKEN` is set it is sent as a bearer token, for an authenticating proxy in front.
//! - A relying party is named by its configuration key (`confKey`), which is the client name
//!   here (immutable, unique); commands address clients by client ID, so every call by ID looks
//!   the key up first (`findByClientId`).
//! - The admin sets secrets: oauthctl generates a 256-bit random value for a new confidential
//!   client and for every replacement, and returns it as the secret's value.
//! - Every write makes a new configuration, which the portal loads after its `checkTime` (or a
//!   reload). A write is reported done only once the change is visible: the Manager shows it,
//!   and where the portal can be asked without issuing a token (a client's credentials exist or
//!   not, a secret is accepted or not), the portal's token endpoint confirms it. Bounded by
//!   `--timeout`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::descriptor::{Answers, PageSize, Probe};
use super::{
    Backend, BackendError, BackendResult, Capability, ClientPage, CreatedClient, Descriptor,
    FieldRule, Rule, Target, UpdatedClient,
};
use crate::auth::Credentials;
use crate::config::KindConventions;
use crate::config::Settings;
use crate::error::CliError;
use crate::model::*;
use crate::transport::admin::{AdminApi, OptionalBearer};
use crate::transport::http::{Http, Retry};
use crate::transport::sent::{done, Sent};

/// LemonLDAP::NG's Manager API: one secret per relying party. The OAuth endpoints are the
/// portal's, which is elsewhere than the Manager: give `--issuer`.
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "lemonldap",
        help: "LemonLDAP::NG's Manager REST API (/api/v1/providers/oidc/rp)",
        default_issuer: "{base}",
        tenant_param: false,
    },
    capabilities: &[Capability::ReplaceSecret, Capability::ListClients],
    fields: CLIENT_FIELDS,
    rules: &[
        FieldRule {
            field: "spaceId",
            rule: Rule::Absent,
            why: "LemonLDAP::NG has no spaces: relying parties belong to none",
        },
        FieldRule {
            field: "allowedCorsOrigins",
            rule: Rule::Absent,
            why: "LemonLDAP::NG has no CORS origins per relying party",
        },
        FieldRule {
            field: "allowRememberConsent",
            rule: Rule::Fixed(true),
            why: "LemonLDAP::NG always remembers a user's consent",
        },
        FieldRule {
            field: "redirectUris",
            rule: Rule::Required,
            why: "LemonLDAP::NG needs at least one redirect URI for every relying party, even one that only uses client_credentials (then any URL of the client's will do, e.g. https://app.example.com/callback)",
        },
    ],
    probe: Some(Probe {
        paths: &["/api/v1/status"],
        generic: false,
        matches: probe,
    }),
    clients_where: "in tenant {tenant}",
    lowercase_uuids: false,
    page_size: PageSize {
        default: 100,
        max: 10_000,
    },
    readable_secrets: true,
    server_clients: &[],
    connect: |settings, http, printer| Box::new(LemonldapBackend::new(settings, http, printer)),
};

/// The Manager API's status answers with a JSON object.
fn probe(answers: &Answers) -> Option<String> {
    let a = answers
        .get("/api/v1/status")
        .filter(|a| a.json().is_some_and(|v| v.is_object()))?;
    Some(format!(
        "{} answers with JSON (LemonLDAP::NG's Manager API)",
        a.url
    ))
}

/// The grant type of the token-endpoint probe: an unknown one, so that the portal authenticates
/// the client and then answers `unsupported_grant_type` without issuing anything.
const PROBE_GRANT: &str = "urn:oauthctl:params:probe";

/// How often the wait for the portal asks again.
const POLL: Duration = Duration::from_millis(200);

/// The scope rule that denies a scope: the API merges rules and cannot remove one.
const DENY: &str = "0";
/// The scope rule that grants a scope when a client asks for it.
const REQUESTED: &str = "$requested";

pub struct LemonldapBackend {
    target: Target,
    /// `{base}/api/v1/providers/oidc/rp`
    rp: url::Url,
    /// The portal, when it was given (`--issuer`) apart from the Manager.
    portal: Option<url::Url>,
    /// The Manager API, with OAUTHCTL_TOKEN as a bearer token when it is set (for a proxy in
    /// front of it).
    api: AdminApi<OptionalBearer>,
    /// The longest wait for a change to become visible.
    wait: Duration,
    token_endpoint: tokio::sync::OnceCell<url::Url>,
    /// The command's printer, for warnings.
    printer: crate::output::Printer,
}

impl LemonldapBackend {
    pub fn new(settings: &Settings, http: Http, printer: crate::output::Printer) -> Self {
        let mut rp = settings.base_url.clone();
        let base = rp.path().trim_end_matches('/');
        let base = base.strip_suffix("/api/v1").unwrap_or(base).to_string();
        rp.set_path(&format!("{base}/api/v1/providers/oidc/rp"));
        rp.set_query(None);
        LemonldapBackend {
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
            rp,
            portal: (settings.issuer != settings.base_url).then(|| settings.issuer.clone()),
            api: AdminApi::new(
                http,
                settings.dry_run,
                "LemonLDAP::NG",
                OptionalBearer(match &settings.credentials {
                    Credentials::Token(t) => Some(t.clone()),
                    _ => None,
                }),
                manager_error,
            ),
            wait: settings.timeout,
            token_endpoint: tokio::sync::OnceCell::new(),
            printer,
        }
    }

    fn url(&self, segments: &[&str]) -> url::Url {
        let mut u = self.rp.clone();
        u.path_segments_mut()
            .expect("http URL")
            .pop_if_empty()
            .extend(segments);
        u
    }

    /// One Manager API call: `Accept: application/json` (errors are HTML otherwise), the bearer
    /// token when there is one. Returns the status and body of any answer, or under `--dry-run`
    /// the plan of a change (switches such as `options.refreshToken` stay: redaction keeps
    /// booleans).
    async fn call(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
    ) -> anyhow::Result<Sent<(StatusCode, Vec<u8>)>> {
        let bytes = body.map(|b| b.to_string().into_bytes());
        Ok(self
            .api
            .send(method, url, bytes)
            .await?
            .map(|a| (a.status, a.body)))
    }

    /// A read (GET), which `--dry-run` sends too.
    async fn read(&self, url: url::Url) -> anyhow::Result<(StatusCode, Vec<u8>)> {
        self.call(Method::GET, url, None).await?.after_sent()
    }

    /// A call that must answer `want`; any other status is an error about `what`.
    async fn expect(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
        want: StatusCode,
        what: &str,
    ) -> anyhow::Result<Sent<Vec<u8>>> {
        self.call(method, url, body)
            .await?
            .try_map(|(status, bytes)| {
                if status == want {
                    Ok(bytes)
                } else {
                    Err(manager_error(status, &bytes, what).into())
                }
            })
    }

    async fn rp_by_client_id(&self, client_id: &str) -> anyhow::Result<Rp> {
        let (status, bytes) = self.read(self.url(&["findByClientId", client_id])).await?;
        match status {
            StatusCode::OK => parse(&bytes),
            StatusCode::NOT_FOUND => Err(CliError::not_found(format!(
                "LemonLDAP::NG has no relying party with client ID {client_id}"
            ))
            .into()),
            s => Err(manager_error(s, &bytes, &format!("look up client {client_id}")).into()),
        }
    }

    async fn rp_by_key(&self, key: &str) -> anyhow::Result<Option<Rp>> {
        let (status, bytes) = self.read(self.url(&[key])).await?;
        match status {
            StatusCode::OK => Ok(Some(parse(&bytes)?)),
            StatusCode::NOT_FOUND => Ok(None),
            s => Err(manager_error(s, &bytes, &format!("read relying party {key}")).into()),
        }
    }

    /// The portal is needed to know when a change is live: refuse a write without it, before
    /// anything is sent.
    fn portal(&self) -> anyhow::Result<&url::Url> {
        self.portal.as_ref().ok_or_else(|| {
            CliError::usage(
                "the lemonldap backend needs the portal's URL to confirm that a change is live: pass --issuer URL (or set OAUTHCTL_ISSUER, or `issuer` in the profile)",
            )
            .with_hint("the base URL is the Manager API (its /api/v1 is added); the issuer is the portal, e.g. http://auth.example.com")
            .into()
        })
    }

    async fn token_endpoint(&self) -> anyhow::Result<&url::Url> {
        let portal = self.portal()?.clone();
        self.token_endpoint
            .get_or_try_init(|| async move {
                let meta = crate::auth::discover(self.api.http(), &portal).await?;
                url::Url::parse(&meta.token_endpoint).map_err(|e| {
                    anyhow::Error::from(CliError::other(format!(
                        "the portal's metadata names a bad token_endpoint {:?}: {e}",
                        meta.token_endpoint
                    )))
                })
            })
            .await
    }

    /// Whether the portal authenticates `client_id` (with `secret`, or as a public client), asked
    /// with a grant type it does not know: nothing is issued.
    async fn portal_accepts(&self, client_id: &str, secret: Option<&str>) -> anyhow::Result<bool> {
        let endpoint = self.token_endpoint().await?.clone();
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let mut form = format!("grant_type={}", enc(PROBE_GRANT));
        if secret.is_none() {
            form.push_str(&format!("&client_id={}", enc(client_id)));
        }
        let resp = self
            .api
            .http()
            .oauth()
            .send(Retry::Safe, |c| {
                let mut r = c
                    .post(endpoint.clone())
                    .header(reqwest::header::ACCEPT, "application/json")
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(form.clone());
                if let Some(s) = secret {
                    r = r.basic_auth(enc(client_id), Some(enc(s)));
                }
                r
            })
            .await?;
        let body: Value =
            serde_json::from_slice(&self.api.http().body(resp).await?).unwrap_or(Value::Null);
        Ok(body["error"] == "unsupported_grant_type")
    }

    /// Waits until the portal accepts (`want` true) or refuses (`want` false) the client's
    /// credentials, for at most the wait bound. `done` says what was saved, for the error.
    async fn wait_portal(
        &self,
        client_id: &str,
        secret: Option<&str>,
        want: bool,
        done: &str,
    ) -> anyhow::Result<()> {
        let deadline = Instant::now() + self.wait;
        loop {
            // A portal that hangs must not stretch the wait past its bound.
            let left = deadline.saturating_duration_since(Instant::now());
            let probe = tokio::time::timeout(left, self.portal_accepts(client_id, secret));
            let last_err = match probe.await {
                Ok(Ok(v)) if v == want => return Ok(()),
                Ok(Ok(_)) => None,
                Ok(Err(e)) => Some(e),
                Err(_) => Some(anyhow::anyhow!("the portal did not answer")),
            };
            if Instant::now() + POLL > deadline {
                let portal = self.portal.as_ref().map(|u| u.as_str()).unwrap_or("-");
                let cause = last_err
                    .map(|e| format!(" (the last probe failed: {})", first_line(&e)))
                    .unwrap_or_default();
                return Err(CliError::other(format!(
                    "{done} in LemonLDAP::NG's configuration, but its portal ({portal}) had not applied it after {} s{cause}",
                    self.wait.as_secs()
                ))
                .with_hint("the portal loads a new configuration after its checkTime (lemonldap-ng.ini) or a reload (reloadUrls); check that --issuer is the portal, or raise --timeout")
                .into());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// After a write that carries a new secret: the secret is saved, so a portal that is slow to
    /// apply it must not lose it. Warns instead of failing; the caller delivers the value.
    async fn wait_portal_or_warn(&self, client_id: &str, secret: Option<&str>, done: &str) {
        if let Err(e) = self.wait_portal(client_id, secret, true, done).await {
            self.printer.warn(&format!(
                "{}; the new secret is delivered anyway and works once the portal has reloaded",
                first_line(&e)
            ));
        }
    }

    fn to_client(&self, rp: &Rp) -> Client {
        rp.to_client(&self.target.tenant)
    }
}

fn first_line(e: &anyhow::Error) -> String {
    let s = e.to_string();
    s.lines().next().unwrap_or("").to_string()
}

/// A new secret: 256 random bits, hex.
fn new_secret() -> String {
    crate::crypto::hex(&crate::crypto::random_bytes::<32>())
}

/// A configuration key: what LemonLDAP::NG accepts (`^\w[\w.-]*$`, ASCII).
fn valid_conf_key(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// The name with every character LemonLDAP::NG refuses in a key replaced, for the hint.
fn suggested_conf_key(s: &str) -> String {
    let mut out: String = s
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        out.insert(0, '_');
    }
    out
}

/// The grant types, as relying-party options. The authorization code flow cannot be turned off
/// on LemonLDAP::NG: every relying party may use it with its redirect URIs.
fn grant_options(grants: &[String], options: &mut Map<String, Value>) {
    let has = |g: &str| grants.iter().any(|x| x == g);
    options.insert(
        "allowClientCredentialsGrant".into(),
        json!(has("client_credentials")),
    );
    options.insert("refreshToken".into(), json!(has("refresh_token")));
}

/// A relying party as the Manager API returns it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rp {
    conf_key: String,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    redirect_uris: Option<Vec<String>>,
    #[serde(default)]
    scope_rules: Option<BTreeMap<String, Value>>,
    #[serde(default)]
    options: Option<Map<String, Value>>,
}

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> anyhow::Result<T> {
    crate::transport::decode_json(bytes).map_err(|e| {
        crate::error::BackendError::invalid_answer(format!(
            "LemonLDAP::NG's Manager API answered something that is not a relying party: {e}"
        ))
        .with_hint("check that the base URL is the Manager (its API is under /api/v1)")
        .into()
    })
}

/// An option as a boolean: the API returns 0/1 numbers, or strings, or JSON booleans.
fn truthy(v: Option<&Value>) -> Option<bool> {
    match v? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64() != Some(0.0)),
        Value::String(s) => Some(!matches!(s.trim(), "" | "0")),
        Value::Null => None,
        _ => Some(true),
    }
}

fn rule_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}

impl Rp {
    fn opt(&self, name: &str) -> Option<&Value> {
        self.options.as_ref().and_then(|o| o.get(name))
    }

    fn flag(&self, name: &str, default: bool) -> bool {
        truthy(self.opt(name)).unwrap_or(default)
    }

    fn client_id(&self) -> String {
        self.client_id
            .clone()
            .or_else(|| {
                self.opt("clientId")
                    .and_then(Value::as_str)
                    .map(String::from)
            })
            .unwrap_or_default()
    }

    fn secret(&self) -> Option<String> {
        self.opt("clientSecret")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    }

    fn is_public(&self) -> bool {
        self.flag("public", false)
    }

    /// Scopes whose rule is anything but "never".
    fn allowed_scopes(&self) -> Vec<String> {
        self.scope_rules
            .iter()
            .flatten()
            .filter(|(_, v)| rule_text(v) != DENY)
            .map(|(k, _)| k.clone())
            .collect()
    }

    fn uri_list(&self, option: &str) -> Vec<String> {
        match self.opt(option) {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            Some(Value::String(s)) => s.split_whitespace().map(String::from).collect(),
            _ => Vec::new(),
        }
    }

    fn to_client(&self, tenant: &str) -> Client {
        let mut grants = vec!["authorization_code".to_string()];
        if self.flag("allowClientCredentialsGrant", false) {
            grants.push("client_credentials".into());
        }
        if self.flag("refreshToken", false) {
            grants.push("refresh_token".into());
        }
        let display = self
            .opt("displayName")
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(&self.conf_key)
            .to_string();
        let redirect_uris = match &self.redirect_uris {
            Some(r) => r.clone(),
            None => self.uri_list("redirectUris"),
        };
        // LemonLDAP::NG keeps no times per relying party.
        let never = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
        Client {
            client_id: self.client_id(),
            client_name: self.conf_key.clone(),
            display_name: display,
            tenant_id: tenant.to_string(),
            space_id: String::new(),
            allow_offline_access: self.flag("allowOffline", false),
            allow_remember_consent: true,
            back_channel_logout_session_required: self.flag("logoutSessionRequired", false),
            require_client_secret: !self.is_public(),
            require_consent: !self.flag("bypassConsent", false),
            allow_no_pkce: !self.flag("requirePKCE", false),
            allow_ropc: self.flag("allowPasswordGrant", false),
            allowed_grant_types: grants,
            allowed_cors_origins: Vec::new(),
            allowed_scopes: self.allowed_scopes(),
            redirect_uris,
            post_logout_redirect_uris: self.uri_list("postLogoutRedirectUris"),
            created_at: never,
            updated_at: never,
        }
    }
}

/// A Manager API error (`{"error": "…"}`) as a typed error with the right exit code.
fn manager_error(status: StatusCode, body: &[u8], what: &str) -> CliError {
    let detail = serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v["error"].as_str().map(String::from))
        .unwrap_or_else(|| {
            let text = String::from_utf8_lossy(body);
            let text = text.trim();
            if text.starts_with('<') || text.is_empty() {
                status.canonical_reason().unwrap_or("error").to_string()
            } else {
                text.to_string()
            }
        });
    let detail = crate::transport::http::excerpt(&detail);
    let kind = crate::transport::http::error_kind(status);
    let err = CliError::new(kind, format!("{what}: {detail}")).answered(
        status.as_u16(),
        crate::transport::http::answer_excerpt(body),
    );
    match status.as_u16() {
        401 | 403 => err.with_hint(
            "LemonLDAP::NG's Manager API has no authentication of its own: this answer comes from a proxy in front of it; set OAUTHCTL_TOKEN to the bearer token that proxy accepts",
        ),
        404 if what.starts_with("read") || what.starts_with("look up") => err,
        409 => err.with_hint(
            "the client name (the relying party's configuration key) and the client ID must both be unused; pick another --name or --client-id",
        ),
        500..=599 => err.with_hint(format!("the Manager failed ({status}); try again later")),
        _ => err,
    }
}

#[async_trait]
impl Backend for LemonldapBackend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        // Everything is checked before anything is sent.
        self.refuse_fields(req)?;
        let key = req.client_name.trim();
        if !valid_conf_key(key) {
            return Err(BackendError::Unsupported {
                message: format!(
                    "clientName {:?}: LemonLDAP::NG names a relying party with a configuration key of ASCII letters, digits, '_', '.' and '-' (not starting with '.' or '-'); nothing was sent",
                    req.client_name
                ),
                hint: Some(format!(
                    "name it {} and put the name people see in the display name",
                    suggested_conf_key(&req.client_name)
                )),
                field: Some("clientName"),
            });
        }
        self.portal()?;
        let public = req.require_client_secret == Some(false);
        let client_id = req.client_id.clone().unwrap_or_else(crate::crypto::uuid_v4);
        let secret = (!public).then(new_secret);

        let mut options = Map::new();
        options.insert("public".into(), json!(public));
        if let Some(s) = &secret {
            options.insert("clientSecret".into(), json!(s));
        }
        let grants = if req.allowed_grant_types.is_empty() {
            vec!["authorization_code".to_string()]
        } else {
            req.allowed_grant_types.clone()
        };
        grant_options(&grants, &mut options);
        if let Some(d) = &req.display_name {
            options.insert("displayName".into(), json!(d));
        }
        if !req.post_logout_redirect_uris.is_empty() {
            options.insert(
                "postLogoutRedirectUris".into(),
                json!(req.post_logout_redirect_uris),
            );
        }
        bool_options(
            &mut options,
            req.allow_offline_access,
            req.require_consent,
            req.allow_no_pkce,
            req.allow_ropc,
            req.back_channel_logout_session_required,
        );
        let rules: Map<String, Value> = req
            .allowed_scopes
            .iter()
            .map(|s| (s.clone(), json!(REQUESTED)))
            .collect();
        let body = json!({
            "confKey": key,
            "clientId": client_id,
            "redirectUris": req.redirect_uris,
            "options": options,
            "scopeRules": rules,
        });
        done!(
            self.expect(
                Method::POST,
                self.rp.clone(),
                Some(&body),
                StatusCode::CREATED,
                &format!("create client {key}"),
            )
            .await?
        );
        let rp = self.rp_by_key(key).await?.ok_or_else(|| {
            CliError::other(format!(
                "LemonLDAP::NG answered 201 for {key} but does not show it; list the clients with `oauthctl clients list`"
            ))
        })?;
        self.wait_portal_or_warn(
            &client_id,
            secret.as_deref(),
            &format!("client {key} ({client_id}) was saved"),
        )
        .await;
        Ok(Sent::Done(CreatedClient {
            client: self.to_client(&rp),
            secret: secret.map(|v| Secret::single(&client_id, None, None, Some(v))),
            registration: None,
        }))
    }

    async fn list_clients_page(
        &self,
        space: Option<&str>,
        _page_size: usize,
        _cursor: Option<&str>,
    ) -> BackendResult<ClientPage> {
        if space.is_some() {
            return Err(super::unsupported(DESCRIPTOR.kind(), Capability::Spaces));
        }
        // The API has no paging: one answer holds every relying party.
        let mut url = self.url(&["findByConfKey"]);
        url.query_pairs_mut().append_pair("pattern", "*");
        let bytes = self
            .expect(Method::GET, url, None, StatusCode::OK, "list clients")
            .await?
            .after_sent::<anyhow::Error>()?;
        let mut rps: Vec<Rp> = parse(&bytes)?;
        rps.sort_by(|a, b| a.conf_key.cmp(&b.conf_key));
        Ok(ClientPage {
            items: rps.iter().map(|r| self.to_client(r)).collect(),
            next: None,
        })
    }

    async fn get_client(&self, client_id: &str) -> BackendResult<Client> {
        Ok(self.to_client(&self.rp_by_client_id(client_id).await?))
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>> {
        self.refuse_fields(req)?;
        self.portal()?;
        let current = self.rp_by_client_id(client_id).await?;
        let key = current.conf_key.clone();
        if let Some(n) = &req.client_name {
            if n != &key {
                return Err(BackendError::Unsupported {
                    message: format!(
                        "clientName: the client name is immutable (it is {key:?}, the relying party's configuration key); nothing was sent"
                    ),
                    hint: Some("change the display name instead".into()),
                    field: Some("clientName"),
                });
            }
        }
        let mut options = Map::new();
        let mut body = Map::new();
        let mut new_secret_value = None;
        if let Some(d) = &req.display_name {
            options.insert("displayName".into(), json!(d));
        }
        if let Some(g) = &req.allowed_grant_types {
            grant_options(g, &mut options);
        }
        if let Some(p) = &req.post_logout_redirect_uris {
            options.insert("postLogoutRedirectUris".into(), json!(p));
        }
        if let Some(r) = &req.redirect_uris {
            body.insert("redirectUris".into(), json!(r));
        }
        if let Some(confidential) = req.require_client_secret {
            options.insert("public".into(), json!(!confidential));
            // A public client that becomes confidential gets its first secret, delivered.
            if confidential && (current.is_public() || current.secret().is_none()) {
                let s = new_secret();
                options.insert("clientSecret".into(), json!(s));
                new_secret_value = Some(s);
            }
        }
        bool_options(
            &mut options,
            req.allow_offline_access,
            req.require_consent,
            req.allow_no_pkce,
            req.allow_ropc,
            req.back_channel_logout_session_required,
        );
        if let Some(scopes) = &req.allowed_scopes {
            // Rules merge: a new scope is granted on request; a scope left out is denied ("0"),
            // as a rule cannot be removed; a kept scope keeps its rule.
            let mut rules = Map::new();
            let existing = current.scope_rules.clone().unwrap_or_default();
            for s in scopes {
                match existing.get(s) {
                    Some(v) if rule_text(v) != DENY => {}
                    _ => {
                        rules.insert(s.clone(), json!(REQUESTED));
                    }
                }
            }
            for (k, v) in &existing {
                if rule_text(v) != DENY && !scopes.contains(k) {
                    rules.insert(k.clone(), json!(DENY));
                }
            }
            if !rules.is_empty() {
                body.insert("scopeRules".into(), Value::Object(rules));
            }
        }
        if !options.is_empty() {
            body.insert("options".into(), Value::Object(options));
        }
        if !body.is_empty() {
            done!(
                self.expect(
                    Method::PATCH,
                    self.url(&[&key]),
                    Some(&Value::Object(body)),
                    StatusCode::NO_CONTENT,
                    &format!("update client {client_id}"),
                )
                .await?
            );
        }
        let rp = self.rp_by_key(&key).await?.ok_or_else(|| {
            CliError::not_found(format!(
                "client {client_id} disappeared while it was updated"
            ))
        })?;
        let client = self.to_client(&rp);
        let secret = match new_secret_value {
            Some(v) => {
                self.wait_portal_or_warn(
                    client_id,
                    Some(&v),
                    &format!("the new secret of client {client_id} was saved"),
                )
                .await;
                Some(Secret::single(client_id, None, None, Some(v)))
            }
            None => {
                if req.require_client_secret == Some(false) && !current.is_public() {
                    self.wait_portal(
                        client_id,
                        None,
                        true,
                        &format!("client {client_id} was made public"),
                    )
                    .await?;
                }
                None
            }
        };
        Ok(Sent::Done(UpdatedClient { client, secret }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        self.portal()?;
        let current = self.rp_by_client_id(client_id).await?;
        let key = current.conf_key.clone();
        let secret = if current.is_public() {
            None
        } else {
            current.secret()
        };
        done!(
            self.expect(
                Method::DELETE,
                self.url(&[&key]),
                None,
                StatusCode::NO_CONTENT,
                &format!("delete client {client_id}"),
            )
            .await?
        );
        // A confidential client without a secret never authenticated: nothing to wait for.
        if current.is_public() || secret.is_some() {
            self.wait_portal(
                client_id,
                secret.as_deref(),
                false,
                &format!("client {client_id} was deleted"),
            )
            .await?;
        }
        Ok(Sent::Done(()))
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        let rp = self.rp_by_client_id(client_id).await?;
        Ok(if rp.is_public() || rp.secret().is_none() {
            Vec::new()
        } else {
            vec![Secret::single(client_id, None, None, None)]
        })
    }

    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        self.portal()?;
        let current = self.rp_by_client_id(client_id).await?;
        if current.is_public() {
            return Err(CliError::usage(format!(
                "client {client_id} is public: it has no secret to replace; nothing was sent"
            ))
            .into());
        }
        let value = new_secret();
        done!(
            self.expect(
                Method::PATCH,
                self.url(&[&current.conf_key]),
                Some(&json!({"options": {"clientSecret": value}})),
                StatusCode::NO_CONTENT,
                &format!("replace the secret of client {client_id}"),
            )
            .await?
        );
        self.wait_portal_or_warn(
            client_id,
            Some(&value),
            &format!("the new secret of client {client_id} was saved"),
        )
        .await;
        Ok(Sent::Done(Secret::single(
            client_id,
            None,
            None,
            Some(value),
        )))
    }
}

/// The neutral booleans as relying-party options (only those given).
fn bool_options(
    options: &mut Map<String, Value>,
    offline: Option<bool>,
    require_consent: Option<bool>,
    allow_no_pkce: Option<bool>,
    allow_ropc: Option<bool>,
    logout_session: Option<bool>,
) {
    let mut put = |k: &str, v: Option<bool>| {
        if let Some(v) = v {
            options.insert(k.into(), json!(v));
        }
    };
    put("allowOffline", offline);
    put("bypassConsent", require_consent.map(|v| !v));
    put("requirePKCE", allow_no_pkce.map(|v| !v));
    put("allowPasswordGrant", allow_ropc);
    put("logoutSessionRequired", logout_session);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn conf_keys() {
        for ok in ["svc1", "my-app.v2_x", "_x", "A"] {
            assert!(valid_conf_key(ok), "{ok}");
        }
        for bad in ["", "My App", "a/b", "ÄÖ", "-x", ".x"] {
            assert!(!valid_conf_key(bad), "{bad}");
        }
        assert_eq!(suggested_conf_key("My App"), "My-App");
        assert_eq!(suggested_conf_key("-x"), "_-x");
        assert!(valid_conf_key(&suggested_conf_key("Ünïcode name/2")));
    }

    #[test]
    fn a_relying_party_maps_to_the_neutral_client() {
        let rp: Rp = serde_json::from_value(json!({
            "confKey": "svc1", "clientId": "id1", "redirectUris": ["https://x.example/cb"],
            "options": {"public": 0, "allowClientCredentialsGrant": 1, "refreshToken": "0",
                "displayName": "Service", "requirePKCE": 1, "bypassConsent": 0,
                "postLogoutRedirectUris": ["https://x.example/out"], "clientSecret": "s"},
            "scopeRules": {"api:read": "$requested", "api:write": "0", "x": "1"}
        }))
        .unwrap();
        let c = rp.to_client("t1");
        assert_eq!(c.client_id, "id1");
        assert_eq!(c.client_name, "svc1");
        assert_eq!(c.display_name, "Service");
        assert_eq!(c.tenant_id, "t1");
        assert_eq!(c.space_id, "");
        assert!(c.require_client_secret && c.require_consent && !c.allow_no_pkce);
        assert_eq!(
            c.allowed_grant_types,
            vec!["authorization_code", "client_credentials"]
        );
        assert_eq!(c.allowed_scopes, vec!["api:read", "x"]);
        assert_eq!(c.post_logout_redirect_uris, vec!["https://x.example/out"]);
        assert_eq!(rp.secret().as_deref(), Some("s"));
    }

    #[test]
    fn new_secrets_are_256_bits() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
    }

    #[test]
    fn errors_map_to_exit_codes_without_html() {
        let e = manager_error(StatusCode::CONFLICT, br#"{"error":"exists"}"#, "create");
        assert_eq!(e.kind, ErrorKind::Conflict);
        assert_eq!(e.message, "create: exists");
        let e = manager_error(StatusCode::BAD_REQUEST, b"<html>long page</html>", "x");
        assert_eq!(
            (e.kind, e.message.as_str()),
            (ErrorKind::Usage, "x: Bad Request")
        );
        assert_eq!(
            manager_error(StatusCode::FORBIDDEN, b"", "x").kind,
            ErrorKind::Auth
        );
    }
}
