//! glewlwyd's own admin REST API (`{base}/api/client/`, `{base}/api/scope/`), authenticated with
//! an admin API key (`Authorization: token KEY`, from OAUTHCTL_TOKEN).
//!
//! What glewlwyd does that shapes this module:
//! - A PUT replaces the whole record: list fields and properties left out are dropped. Every
//!   change reads the record, changes it and writes all of it back; a left-out `password` is kept.
//! - One secret per client. The admin sets it: oauthctl generates a 256-bit random value and
//!   sends it as `password` (stored hashed), never as `client_secret` (stored in clear, and it
//!   wins over `password` at the token endpoint, so a replacement removes it).
//! - No timestamps, spaces, CORS origins or per-client consent and PKCE switches. Flags that ask
//!   for what it cannot store are refused before any request.
//!
//! - Writes made at the same time corrupt each other: of 40 clients created 8 at a time, some
//!   were stored with another's scopes, some without their grant types, and some failed with 500.
//!   This backend sends one change at a time (`AdminApi::one_change_at_a_time`), so
//!   `apply --concurrency N` and a bulk rotation stay correct; reads still go in parallel.
//!
//! Field mapping: `clientId` = `client_id`, `clientName` = `name` (what glewlwyd's login page
//! shows), `displayName` = `description` (`name` when that is empty), `allowedScopes` = `scope`,
//! `redirectUris` = `redirect_uri`, `postLogoutRedirectUris` = `post_logout_redirect_uri` (one at
//! most), `requireClientSecret` = `confidential`, `allowRopc` = the `password` response type,
//! `allowOfflineAccess` = the `refresh_token` response type,
//! `backChannelLogoutSessionRequired` = `backchannel_logout_session_required`.

use crate::error::BackendError;
use async_trait::async_trait;
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{json, Map, Value};

use super::descriptor::{Answers, PageSize, Probe};
use super::{
    Backend, BackendResult, Capability, ClientPage, CreatedClient, Descriptor, FieldRule,
    RawResponse, Rule, Target, UpdatedClient,
};
use crate::auth::Credentials;
use crate::config::KindConventions;
use crate::config::Settings;
use crate::error::CliError;
use crate::model::*;
use crate::transport::admin::{refusal, AdminApi, Authorize};
use crate::transport::http::{excerpt, Http};
use crate::transport::sent::Sent;

/// glewlwyd's admin API: one secret per client, a scope catalogue; the OAuth endpoints are its
/// OIDC plugin's (named `oidc`, as glewlwyd's own setup names it), under `/api/oidc`.
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "glewlwyd",
        help: "glewlwyd's admin REST API (/api/client, /api/scope)",
        default_issuer: "{base}/api/oidc",
        tenant_param: false,
    },
    capabilities: &[
        Capability::ReplaceSecret,
        Capability::ScopeCatalogue,
        Capability::ListClients,
        Capability::Raw,
    ],
    fields: CLIENT_FIELDS,
    rules: &[
        FieldRule {
            field: "allowedCorsOrigins",
            rule: Rule::Absent,
            why: "glewlwyd keeps no CORS origins per client",
        },
        FieldRule {
            field: "postLogoutRedirectUris",
            rule: Rule::AtMostOne,
            why: "glewlwyd keeps one post-logout redirect URI per client",
        },
        FieldRule {
            field: "allowRememberConsent",
            rule: Rule::Fixed(true),
            why: "glewlwyd always remembers the scopes a user granted to a client",
        },
        FieldRule {
            field: "requireConsent",
            rule: Rule::Fixed(true),
            why: "glewlwyd always asks a user to grant a client its scopes once",
        },
        FieldRule {
            field: "allowNoPkce",
            rule: Rule::Fixed(true),
            why: "glewlwyd cannot require PKCE for one client (PKCE is a setting of its OIDC plugin)",
        },
        FieldRule {
            field: "allowOfflineAccess",
            rule: Rule::FollowsRefreshGrant,
            why: "on glewlwyd, offline access is the refresh_token grant type, and the grant types given say otherwise",
        },
    ],
    probe: Some(Probe {
        paths: &[
            "/api/auth/scheme/",
            "/api/oidc/.well-known/openid-configuration",
        ],
        generic: false,
        matches: probe,
    }),
    clients_where: "in tenant {tenant}",
    lowercase_uuids: false,
    page_size: PageSize {
        default: 100,
        max: 1000,
    },
    readable_secrets: false,
    server_clients: &[],
    connect: |settings, http, _printer| Box::new(GlewlwydBackend::new(settings, http)),
};

/// glewlwyd lists its authentication schemes, or its OpenID discovery lives under `/api/oidc`.
fn probe(answers: &Answers) -> Option<String> {
    if let Some(a) = answers
        .get("/api/auth/scheme/")
        .filter(|a| a.json().is_some())
    {
        return Some(format!("{} lists authentication schemes (glewlwyd)", a.url));
    }
    let a = answers
        .get("/api/oidc/.well-known/openid-configuration")
        .filter(|a| {
            a.json()
                .and_then(|v| v.get("issuer").and_then(Value::as_str).map(String::from))
                .is_some_and(|i| i.trim_end_matches('/').ends_with("/api/oidc"))
        })?;
    Some(format!("{} is glewlwyd's OpenID discovery", a.url))
}

/// The token endpoint auth methods every confidential client gets: a client must list the one
/// it uses, and `oauthctl token` may use either.
const AUTH_METHODS: &[&str] = &["client_secret_basic", "client_secret_post"];

/// Page size of the scope list (glewlwyd's default limit is 100).
const SCOPE_PAGE: usize = 100;

const HINT_KEY: &str = "OAUTHCTL_TOKEN must hold a glewlwyd admin API key (create one as an admin in glewlwyd's web app, or with `POST /api/key/`); glewlwyd.conf must allow it with admin_session_authentication=\"cookie,api_key\"";

/// What `oauthctl api` calls the API, and a path below it, for a path that leaves it.
const RAW: (&str, &str) = ("glewlwyd's API", "/client/");

pub struct GlewlwydBackend {
    /// The admin API, one change at a time: a lock is held while a change (any method but GET)
    /// is sent and answered, as glewlwyd's writes must not overlap (see the module's notes).
    api: AdminApi<ApiKey>,
    /// `{base}/api/`
    root: url::Url,
    target: Target,
}

/// `Authorization: token KEY`, the admin API key (OAUTHCTL_TOKEN).
struct ApiKey {
    key: Option<String>,
    base_url: url::Url,
}

#[async_trait]
impl Authorize for ApiKey {
    async fn authorization(&self, _: &Http, _: bool) -> anyhow::Result<Option<String>> {
        match &self.key {
            Some(key) => Ok(Some(format!("token {key}"))),
            None => Err(CliError::auth(format!(
                "no glewlwyd API key for {}: set OAUTHCTL_TOKEN",
                self.base_url
            ))
            .with_hint(HINT_KEY)
            .into()),
        }
    }
}

impl GlewlwydBackend {
    pub fn new(settings: &Settings, http: Http) -> Self {
        let mut root = settings.base_url.clone();
        let path = format!("{}/api/", root.path().trim_end_matches('/'));
        root.set_path(&path);
        root.set_query(None);
        let key = ApiKey {
            key: match &settings.credentials {
                Credentials::Token(t) => Some(t.clone()),
                _ => None,
            },
            base_url: settings.base_url.clone(),
        };
        GlewlwydBackend {
            api: AdminApi::new(http, settings.dry_run, "glewlwyd", key, error)
                .one_change_at_a_time(),
            root,
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
        }
    }

    /// `{base}/api/{segments…}`, each segment percent-encoded; `slash` adds a trailing `/`.
    fn url(&self, segments: &[&str], slash: bool) -> url::Url {
        let mut u = self.root.clone();
        {
            let mut s = u.path_segments_mut().expect("http URL");
            s.pop_if_empty().extend(segments);
            if slash {
                s.push("");
            }
        }
        u
    }

    fn client_url(&self, client_id: &str) -> url::Url {
        self.url(&["client", client_id], false)
    }

    /// The client's whole record, as glewlwyd stores it.
    async fn record(&self, client_id: &str) -> anyhow::Result<Map<String, Value>> {
        let what = format!("get client {client_id}");
        let v = self.api.get_json(self.client_url(client_id), &what).await?;
        Ok(super::one_record(v, "glewlwyd", &what)?)
    }

    /// Writes the whole record back (a PUT replaces every list field and property).
    async fn put_record(
        &self,
        client_id: &str,
        record: &Map<String, Value>,
        what: &str,
        if_unanswered: Option<String>,
    ) -> anyhow::Result<Sent<()>> {
        let mut body = record.clone();
        body.remove("client_id");
        body.remove("source");
        Ok(self
            .api
            .call(
                Method::PUT,
                self.client_url(client_id),
                Some(&Value::Object(body)),
                what,
                if_unanswered,
            )
            .await?
            .map(drop))
    }

    /// Every scope name glewlwyd knows.
    async fn scope_names(&self) -> anyhow::Result<Vec<String>> {
        Ok(self
            .list_scopes()
            .await?
            .into_iter()
            .map(|s| s.name)
            .collect())
    }

    /// Refuses scopes glewlwyd does not know, before any change: it would store them, and the
    /// client would then be refused at the token endpoint.
    async fn check_scopes(&self, scopes: &[String]) -> anyhow::Result<()> {
        if scopes.is_empty() {
            return Ok(());
        }
        let known = self.scope_names().await?;
        let unknown: Vec<&str> = scopes
            .iter()
            .filter(|s| !known.contains(s))
            .map(String::as_str)
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        Err(BackendError::Unsupported {
            message: format!(
                "allowedScopes: glewlwyd has no scope {}; nothing was changed",
                unknown
                    .iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            hint: Some(format!(
                "scopes are: {} (`oauthctl scopes list`); create a new one in glewlwyd first",
                known.join(", ")
            )),
            field: Some("allowedScopes"),
        }
        .into())
    }
}

/// A new 256-bit secret (base64url, 43 characters).
fn new_secret() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::crypto::random_bytes::<32>())
}

/// A non-2xx answer of glewlwyd's admin API as an error with the right exit code. glewlwyd
/// explains a 400 with a JSON array of strings, and answers other errors with an empty body.
fn error(status: StatusCode, body: &[u8], what: &str) -> CliError {
    let reasons: Option<Vec<String>> = serde_json::from_slice(body).ok();
    let detail = reasons
        .as_ref()
        .filter(|r| !r.is_empty())
        .map(|r| excerpt(&r.join("; ")));
    let err = refusal(status, body, what, detail, "glewlwyd");
    let taken = reasons
        .iter()
        .flatten()
        .any(|r| r.starts_with("client_id already exist"));
    match status.as_u16() {
        // glewlwyd answers a taken client ID with 400.
        400 if taken => CliError {
            kind: crate::error::ErrorKind::Conflict,
            ..err
        }
        .with_hint("choose another --client-id, or leave it out and oauthctl makes a new one"),
        401 | 403 => err.with_hint(HINT_KEY),
        _ => err,
    }
}

// ---------- the mapping ----------

/// glewlwyd response types and oauthctl grant types that differ in name.
fn to_glewlwyd_grant(g: &str) -> &str {
    match g {
        "authorization_code" => "code",
        other => other,
    }
}

fn from_glewlwyd_grant(g: &str) -> &str {
    match g {
        "code" => "authorization_code",
        other => other,
    }
}

/// The glewlwyd response types oauthctl has names for (the rest are kept as they are).
fn is_mapped(glewlwyd: &str) -> bool {
    matches!(
        glewlwyd,
        "code" | "client_credentials" | "refresh_token" | "password"
    )
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true" || s == "1",
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        _ => false,
    }
}

/// The neutral client of a glewlwyd record.
fn to_client(r: &Map<String, Value>, tenant: &str) -> Client {
    let name = text(r.get("name"));
    let description = text(r.get("description"));
    let types = strings(r.get("authorization_type"));
    let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
    Client {
        client_id: text(r.get("client_id")),
        display_name: if description.is_empty() {
            name.clone()
        } else {
            description
        },
        client_name: name,
        tenant_id: tenant.to_string(),
        space_id: String::new(),
        allow_offline_access: types.iter().any(|t| t == "refresh_token"),
        allow_remember_consent: true,
        back_channel_logout_session_required: truthy(r.get("backchannel_logout_session_required")),
        require_client_secret: truthy(r.get("confidential")),
        require_consent: true,
        allow_no_pkce: true,
        allow_ropc: types.iter().any(|t| t == "password"),
        allowed_grant_types: types
            .iter()
            .filter(|t| *t != "password")
            .map(|t| from_glewlwyd_grant(t).to_string())
            .collect(),
        allowed_cors_origins: Vec::new(),
        allowed_scopes: strings(r.get("scope")),
        redirect_uris: strings(r.get("redirect_uri")),
        post_logout_redirect_uris: strings(r.get("post_logout_redirect_uri")),
        created_at: epoch,
        updated_at: epoch,
    }
}

use crate::model::ClientChange as Change;

/// How this kind maps a [`Change`] onto its records.
trait Record {
    fn apply(&self, r: &mut Map<String, Value>);
}

impl Record for Change<'_> {
    /// Applies the change to a record (a new one, or one read from glewlwyd).
    fn apply(&self, r: &mut Map<String, Value>) {
        if let Some(d) = self.display_name {
            r.insert("description".into(), json!(d));
        }
        if let Some(s) = self.scopes {
            r.insert("scope".into(), json!(s));
        }
        if let Some(u) = self.redirect_uris {
            r.insert("redirect_uri".into(), json!(u));
        }
        if let Some(p) = self.post_logout {
            match p.first() {
                Some(one) => r.insert("post_logout_redirect_uri".into(), json!(one)),
                None => r.remove("post_logout_redirect_uri"),
            };
        }
        if let Some(c) = self.confidential {
            r.insert("confidential".into(), json!(c));
        }
        if let Some(b) = self.backchannel_session {
            r.insert(
                "backchannel_logout_session_required".into(),
                json!(b.to_string()),
            );
        }
        // Response types: the neutral ones as asked, the ones oauthctl has no name for kept.
        let current = strings(r.get("authorization_type"));
        let mut types: Vec<String> = match self.grant_types {
            Some(g) => g.iter().map(|g| to_glewlwyd_grant(g).to_string()).collect(),
            None => current
                .iter()
                .filter(|t| is_mapped(t) && *t != "password")
                .cloned()
                .collect(),
        };
        types.extend(current.iter().filter(|t| !is_mapped(t)).cloned());
        let mut toggle = |name: &str, on: Option<bool>, was: bool| {
            if on.unwrap_or(was) {
                if !types.iter().any(|t| t == name) {
                    types.push(name.to_string());
                }
            } else {
                types.retain(|t| t != name);
            }
        };
        let had_ropc = current.iter().any(|t| t == "password");
        toggle("password", self.allow_ropc, had_ropc);
        if self.grant_types.is_none() {
            let had_refresh = current.iter().any(|t| t == "refresh_token");
            toggle("refresh_token", self.offline_access, had_refresh);
        }
        r.insert("authorization_type".into(), json!(types));
        // A confidential client must list the auth method it uses at the token endpoint.
        if truthy(r.get("confidential")) && strings(r.get("token_endpoint_auth_method")).is_empty()
        {
            r.insert("token_endpoint_auth_method".into(), json!(AUTH_METHODS));
        }
    }
}

#[async_trait]
impl Backend for GlewlwydBackend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        self.refuse_fields(req)?;
        let change = Change::from(req);
        if req.space_id.is_some() {
            return Err(super::unsupported(DESCRIPTOR.kind(), Capability::Spaces));
        }
        self.check_scopes(&req.allowed_scopes).await?;
        let client_id = req.client_id.clone().unwrap_or_else(crate::crypto::uuid_v4);
        let mut record = Map::new();
        record.insert("client_id".into(), json!(client_id));
        record.insert("name".into(), json!(req.client_name));
        record.insert("description".into(), json!(""));
        record.insert("enabled".into(), json!(true));
        record.insert("redirect_uri".into(), json!([]));
        change.apply(&mut record);
        let secret = truthy(record.get("confidential")).then(new_secret);
        if let Some(s) = &secret {
            record.insert("password".into(), json!(s));
        }
        let sent = self.api.call(
            Method::POST,
            self.url(&["client"], true),
            Some(&Value::Object(record.clone())),
            &format!("create client {client_id}"),
            Some(format!(
            "glewlwyd may have created client {client_id} without oauthctl seeing its answer: check with `oauthctl clients show {client_id}`; if it is there, give it a new secret with `oauthctl secrets rotate {client_id} --replace`"
            )),
        )
        .await?;
        // glewlwyd answers an empty body: the client is what was sent (and no second request
        // can lose the secret).
        record.remove("password");
        let now = chrono::Utc::now();
        Ok(sent.map(|_| CreatedClient {
            client: to_client(&record, &self.target.tenant),
            secret: secret.map(|v| Secret::single(&client_id, None, Some(now), Some(v))),
            registration: None,
        }))
    }

    async fn list_clients_page(
        &self,
        space: Option<&str>,
        page_size: usize,
        cursor: Option<&str>,
    ) -> BackendResult<ClientPage> {
        if space.is_some() {
            return Err(super::unsupported(DESCRIPTOR.kind(), Capability::Spaces));
        }
        let offset = super::offset_cursor(cursor, "glewlwyd")?;
        let mut url = self.url(&["client"], true);
        url.query_pairs_mut()
            .append_pair("offset", &offset.to_string())
            .append_pair("limit", &page_size.max(1).to_string());
        let body = self.api.get(url, "list clients").await?.body;
        let (items, _) = super::read_list(&body, usize::MAX, "glewlwyd", "list clients", |r| {
            to_client(r, &self.target.tenant)
        })?;
        // Ask for the next page until one comes back empty: glewlwyd might cap the limit.
        let next = (!items.is_empty()).then(|| (offset + items.len()).to_string());
        Ok(ClientPage { items, next })
    }

    async fn get_client(&self, client_id: &str) -> BackendResult<Client> {
        Ok(to_client(
            &self.record(client_id).await?,
            &self.target.tenant,
        ))
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>> {
        self.refuse_fields(req)?;
        let change = Change::from(req);
        if let Some(s) = &req.allowed_scopes {
            self.check_scopes(s).await?;
        }
        let mut record = self.record(client_id).await?;
        let was_confidential = truthy(record.get("confidential"));
        if let Some(n) = &req.client_name {
            record.insert("name".into(), json!(n));
        }
        change.apply(&mut record);
        // A public client made confidential needs a secret: oauthctl makes one, and it is
        // delivered like a rotated one.
        let secret = (!was_confidential && truthy(record.get("confidential"))).then(new_secret);
        if let Some(s) = &secret {
            record.remove("client_secret");
            record.insert("password".into(), json!(s));
        }
        let if_unanswered = secret.as_ref().map(|_| format!(
            "glewlwyd may have made client {client_id} confidential without oauthctl seeing its answer; give it a secret with `oauthctl secrets rotate {client_id} --replace`"
        ));
        let sent = self
            .put_record(
                client_id,
                &record,
                &format!("update client {client_id}"),
                if_unanswered,
            )
            .await?;
        record.remove("password");
        let now = chrono::Utc::now();
        Ok(sent.map(|()| UpdatedClient {
            client: to_client(&record, &self.target.tenant),
            secret: secret.map(|v| Secret::single(client_id, None, Some(now), Some(v))),
        }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        Ok(self
            .api
            .call(
                Method::DELETE,
                self.client_url(client_id),
                None,
                &format!("delete client {client_id}"),
                None,
            )
            .await?
            .map(drop))
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        let record = self.record(client_id).await?;
        Ok(if truthy(record.get("confidential")) {
            vec![Secret::single(client_id, None, None, None)]
        } else {
            Vec::new()
        })
    }

    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        let mut record = self.record(client_id).await?;
        if !truthy(record.get("confidential")) {
            return Err(CliError::usage(format!(
                "client {client_id} is public on glewlwyd: it has no secret to replace; nothing was changed"
            ))
            .with_hint(format!("make it confidential first: `oauthctl clients update {client_id} --from-file FILE` with {{\"requireClientSecret\": true}}"))
            .into());
        }
        let value = new_secret();
        // `client_secret` (kept in clear) wins over `password` at the token endpoint: remove it,
        // so that the old secret stops working.
        record.remove("client_secret");
        record.insert("password".into(), json!(value));
        if strings(record.get("token_endpoint_auth_method")).is_empty() {
            record.insert("token_endpoint_auth_method".into(), json!(AUTH_METHODS));
        }
        let unanswered = format!(
            "glewlwyd may have replaced the secret without oauthctl seeing its answer; if the old secret no longer works, replace it again with `oauthctl secrets rotate {client_id} --replace`"
        );
        let new = Secret::single(client_id, None, Some(chrono::Utc::now()), Some(value));
        match self
            .put_record(
                client_id,
                &record,
                &format!("replace the secret of client {client_id}"),
                None,
            )
            .await
            .map_err(BackendError::from)
        {
            Ok(sent) => Ok(sent.map(|()| new)),
            // The request went out and no answer came: the value oauthctl made may be active,
            // so it goes with the error, to be delivered.
            Err(e) if e.may_have_left() => Err(BackendError::MaybeActive {
                secret: Box::new(new),
                message: e.to_string(),
                hint: Some(unanswered),
            }),
            Err(e) => Err(e),
        }
    }

    async fn list_scopes(&self) -> BackendResult<Vec<Scope>> {
        let mut out = Vec::new();
        loop {
            let mut url = self.url(&["scope"], true);
            url.query_pairs_mut()
                .append_pair("offset", &out.len().to_string())
                .append_pair("limit", &SCOPE_PAGE.to_string());
            let body = self.api.get(url, "list scopes").await?.body;
            let (page, len) =
                super::read_list(&body, usize::MAX, "glewlwyd", "list scopes", |s| {
                    let description = text(s.get("description"));
                    Scope {
                        name: text(s.get("name")),
                        description: if description.is_empty() {
                            text(s.get("display_name"))
                        } else {
                            description
                        },
                    }
                })?;
            if len == 0 {
                return Ok(out);
            }
            out.extend(page);
        }
    }

    async fn raw(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> BackendResult<Sent<RawResponse>> {
        let path = path.trim_start_matches('/');
        let path = path.strip_prefix("api/").unwrap_or(path);
        Ok(self.api.raw(method, &self.root, path, body, RAW).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn record(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_record_maps_to_the_neutral_client() {
        let c = to_client(
            &record(json!({
                "client_id": "c1", "name": "Svc", "description": "", "confidential": true,
                "authorization_type": ["code", "refresh_token", "password", "id_token"],
                "scope": ["a"], "redirect_uri": ["https://x.example/cb"],
                "post_logout_redirect_uri": "https://x.example/bye",
                "backchannel_logout_session_required": "true",
            })),
            "default",
        );
        assert_eq!(c.client_name, "Svc");
        assert_eq!(c.display_name, "Svc", "an empty description shows the name");
        assert_eq!(
            c.allowed_grant_types,
            ["authorization_code", "refresh_token", "id_token"]
        );
        assert!(c.allow_ropc && c.allow_offline_access && c.require_client_secret);
        assert!(c.back_channel_logout_session_required);
        assert_eq!(c.post_logout_redirect_uris, ["https://x.example/bye"]);
        assert_eq!(c.space_id, "");
    }

    #[test]
    fn an_update_keeps_what_it_does_not_name() {
        let mut r = record(json!({
            "client_id": "c1", "name": "Svc", "confidential": true,
            "authorization_type": ["client_credentials", "password", "device_authorization"],
            "token_endpoint_auth_method": ["client_secret_basic"],
            "scope": ["a"], "client_secret": "kept", "jwks_uri": "https://x.example/jwks",
        }));
        let grants = vec!["authorization_code".to_string()];
        Change {
            grant_types: Some(&grants),
            ..Change::default()
        }
        .apply(&mut r);
        assert_eq!(
            r["authorization_type"],
            json!(["code", "device_authorization", "password"])
        );
        assert_eq!(
            r["token_endpoint_auth_method"],
            json!(["client_secret_basic"])
        );
        assert_eq!(r["scope"], json!(["a"]));
        assert_eq!(r["client_secret"], "kept");
        assert_eq!(r["jwks_uri"], "https://x.example/jwks");
    }

    #[test]
    fn offline_access_is_the_refresh_token_type() {
        let mut r = record(json!({"authorization_type": ["code"]}));
        Change {
            offline_access: Some(true),
            ..Change::default()
        }
        .apply(&mut r);
        assert_eq!(r["authorization_type"], json!(["code", "refresh_token"]));
        let clash = UpdateClientRequest {
            allow_offline_access: Some(true),
            allowed_grant_types: Some(vec!["client_credentials".to_string()]),
            ..Default::default()
        };
        let refused = refusal(&clash).unwrap();
        assert_eq!(refused.field, "allowOfflineAccess");
    }

    fn refusal(req: &UpdateClientRequest) -> Option<super::super::FieldRefusal> {
        super::super::descriptor::check_fields(DESCRIPTOR.kind(), DESCRIPTOR.rules, req)
    }

    #[test]
    fn what_glewlwyd_cannot_store_is_refused() {
        let cors = vec!["https://a.example".to_string()];
        let two = vec!["https://a.example/1".into(), "https://a.example/2".into()];
        for (c, field) in [
            (
                UpdateClientRequest {
                    allowed_cors_origins: Some(cors),
                    ..Default::default()
                },
                "allowedCorsOrigins",
            ),
            (
                UpdateClientRequest {
                    post_logout_redirect_uris: Some(two),
                    ..Default::default()
                },
                "postLogoutRedirectUris",
            ),
            (
                UpdateClientRequest {
                    allow_remember_consent: Some(false),
                    ..Default::default()
                },
                "allowRememberConsent",
            ),
            (
                UpdateClientRequest {
                    allow_no_pkce: Some(false),
                    ..Default::default()
                },
                "allowNoPkce",
            ),
        ] {
            let r = refusal(&c).unwrap_or_else(|| panic!("{field}"));
            assert_eq!(r.field, field);
            let e = r.error(r.field);
            assert_eq!(e.kind().exit_code(), 2, "{e}");
        }
        // What glewlwyd does anyway is accepted.
        assert!(refusal(&UpdateClientRequest {
            allow_remember_consent: Some(true),
            post_logout_redirect_uris: Some(vec!["https://a.example/1".into()]),
            ..Default::default()
        })
        .is_none());
    }

    #[test]
    fn errors_map_to_exit_codes() {
        let dup = error(
            StatusCode::BAD_REQUEST,
            br#"["client_id already exist"]"#,
            "create client x",
        );
        assert_eq!(dup.kind, ErrorKind::Conflict);
        assert_eq!(
            error(StatusCode::BAD_REQUEST, br#"["bad"]"#, "x").kind,
            ErrorKind::Usage
        );
        assert_eq!(
            error(StatusCode::UNAUTHORIZED, b"", "x").kind,
            ErrorKind::Auth
        );
        assert_eq!(
            error(StatusCode::NOT_FOUND, b"", "x").kind,
            ErrorKind::NotFound
        );
    }

    #[test]
    fn secrets_are_256_bits() {
        let s = new_secret();
        assert_eq!(s.len(), 43);
        assert_ne!(s, new_secret());
    }
}
