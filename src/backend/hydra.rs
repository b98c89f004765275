//! Ory Hydra's admin API (`{base}/admin/clients`), on Hydra's admin port.
//!
//! What Hydra does that shapes this module:
//! - The admin API has no authentication of its own (it is meant to stay on a private port).
//!   When `OAUTHCTL_TOKEN` is set it is sent as a bearer token, for an authenticating proxy.
//! - The issuer (metadata, token endpoint) is Hydra's public port: `--issuer`.
//! - A PUT replaces the whole client; every change reads the client, changes it and writes it
//!   back. A PUT without `client_secret` keeps the secret.
//! - One secret per client, stored hashed. Hydra makes the value of a new client's secret (taken
//!   from its answer); a replacement is a PUT of a value oauthctl makes (256 random bits).
//!   `client_secret_expires_at` is the secret's expiry where it is set (0: never).
//! - The list is paged with `page_size` and an opaque `page_token` from the `Link` header.
//!
//! Field mapping: `clientId` = `client_id`, `clientName` = `client_name`, `displayName` =
//! `metadata.display_name` (`client_name` when absent), `allowedScopes` = `scope` (space
//! separated), `allowedGrantTypes` = `grant_types`, `allowOfflineAccess` = the `refresh_token`
//! grant type, `allowedCorsOrigins` = `allowed_cors_origins`, `redirectUris` = `redirect_uris`,
//! `postLogoutRedirectUris` = `post_logout_redirect_uris`, `requireClientSecret` =
//! `token_endpoint_auth_method` other than `none`, `requireConsent` = not `skip_consent`,
//! `backChannelLogoutSessionRequired` = `backchannel_logout_session_required`. Hydra has no
//! password grant, no per-client PKCE switch (PKCE is its `oauth2.pkce` setting) and no
//! per-client "remember consent" (its consent app decides): asking for those is refused before
//! any request.

use super::BackendResult;
use async_trait::async_trait;
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{json, Map, Value};

use super::descriptor::{Answers, PageSize, Probe};
use super::{
    Backend, Capability, ClientPage, CreatedClient, Descriptor, FieldRule, RawResponse, Rule,
    Target, UpdatedClient,
};
use crate::auth::Credentials;
use crate::config::{KindConventions, Settings};
use crate::error::{BackendError, CliError};
use crate::model::*;
use crate::transport::admin::{refusal, AdminApi, OptionalBearer};
use crate::transport::http::{excerpt, Http};
use crate::transport::sent::Sent;

/// Ory Hydra's admin API, on its admin port; the OAuth endpoints are on its public port
/// (`--issuer`).
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "hydra",
        help: "Ory Hydra's admin API (/admin/clients), on Hydra's admin port",
        default_issuer: "{base}",
        tenant_param: false,
    },
    capabilities: &[
        Capability::ReplaceSecret,
        Capability::ListClients,
        Capability::Raw,
    ],
    fields: CLIENT_FIELDS,
    rules: &[
        FieldRule {
            field: "allowRememberConsent",
            rule: Rule::Fixed(true),
            why: "Hydra leaves remembering consent to its consent app, not to a client setting",
        },
        FieldRule {
            field: "allowNoPkce",
            rule: Rule::Fixed(true),
            why: "Hydra cannot require PKCE for one client (it is Hydra's oauth2.pkce setting)",
        },
        FieldRule {
            field: "allowRopc",
            rule: Rule::Fixed(false),
            why: "Hydra has no resource owner password grant",
        },
        FieldRule {
            field: "allowOfflineAccess",
            rule: Rule::FollowsRefreshGrant,
            why: "on Hydra, offline access is the refresh_token grant type, and the grant types given say otherwise",
        },
    ],
    probe: Some(Probe {
        paths: &["/health/alive", "/admin/clients"],
        generic: false,
        matches: probe,
    }),
    clients_where: "on this Hydra",
    lowercase_uuids: false,
    page_size: PageSize {
        default: MAX_PAGE,
        max: MAX_PAGE,
    },
    readable_secrets: false,
    server_clients: &[],
    connect: |settings, http, _printer| Box::new(HydraBackend::new(settings, http)),
};

/// Hydra's admin port: alive, and a list of clients at `/admin/clients` without credentials.
fn probe(answers: &Answers) -> Option<String> {
    answers
        .get("/health/alive")
        .and_then(|a| a.json())
        .filter(|v| v.get("status").and_then(Value::as_str) == Some("ok"))?;
    let a = answers
        .get("/admin/clients")
        .filter(|a| a.json().is_some_and(|v| v.is_array()))?;
    Some(format!(
        "{} lists OAuth 2.0 clients without credentials (Ory Hydra's admin port)",
        a.url
    ))
}

/// Hydra's largest page (`page_size` above it is refused).
const MAX_PAGE: usize = 500;

const HINT_ADMIN: &str = "the base URL must be Hydra's admin port (e.g. http://127.0.0.1:4445), and --issuer its public port; a proxy in front of the admin port takes OAUTHCTL_TOKEN as a bearer token";

/// What `oauthctl api` calls the API, and a path below it, for a path that leaves it.
const RAW: (&str, &str) = ("Hydra's admin API", "/clients");

pub struct HydraBackend {
    /// Hydra's admin API, with OAUTHCTL_TOKEN as a bearer token when it is set.
    api: AdminApi<OptionalBearer>,
    /// `{base}/admin/`
    root: url::Url,
    target: Target,
}

impl HydraBackend {
    pub fn new(settings: &Settings, http: Http) -> Self {
        let mut root = settings.base_url.clone();
        let base = root.path().trim_end_matches('/');
        let base = base.strip_suffix("/admin").unwrap_or(base).to_string();
        root.set_path(&format!("{base}/admin/"));
        root.set_query(None);
        let bearer = OptionalBearer(match &settings.credentials {
            Credentials::Token(t) => Some(t.clone()),
            _ => None,
        });
        HydraBackend {
            api: AdminApi::new(http, settings.dry_run, "Hydra", bearer, error),
            root,
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
        }
    }

    /// `{base}/admin/{segments…}`, each segment percent-encoded.
    fn url(&self, segments: &[&str]) -> url::Url {
        let mut u = self.root.clone();
        u.path_segments_mut()
            .expect("http URL")
            .pop_if_empty()
            .extend(segments);
        u
    }

    fn client_url(&self, client_id: &str) -> url::Url {
        self.url(&["clients", client_id])
    }

    /// The client as Hydra stores it.
    async fn record(&self, client_id: &str) -> anyhow::Result<Map<String, Value>> {
        let what = format!("get client {client_id}");
        let v = self.api.get_json(self.client_url(client_id), &what).await?;
        Ok(super::one_record(v, "Hydra", &what)?)
    }

    /// Writes the whole client back; Hydra answers with what it stored.
    async fn put_record(
        &self,
        client_id: &str,
        record: &Map<String, Value>,
        what: &str,
        if_unanswered: Option<String>,
    ) -> anyhow::Result<Sent<Map<String, Value>>> {
        let mut body = record.clone();
        for k in READ_ONLY {
            body.remove(*k);
        }
        self.api
            .call(
                Method::PUT,
                self.client_url(client_id),
                Some(&Value::Object(body)),
                what,
                if_unanswered,
            )
            .await?
            .try_map(|a| object(&a.body, what))
    }
}

/// Fields Hydra computes: left out of a PUT.
const READ_ONLY: &[&str] = &["created_at", "updated_at", "registration_access_token"];

/// A new 256-bit secret (base64url, 43 characters).
fn new_secret() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::crypto::random_bytes::<32>())
}

fn object(body: &[u8], what: &str) -> anyhow::Result<Map<String, Value>> {
    Ok(super::read_record(body, "Hydra", what)?)
}

/// A non-2xx answer as an error with the right exit code. Hydra explains errors in
/// `{"error", "error_description"}`.
fn error(status: StatusCode, body: &[u8], what: &str) -> CliError {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let detail = match (
        v["error"].as_str(),
        v["error_description"].as_str(),
        v["error"]["message"].as_str(),
    ) {
        (Some(e), Some(d), _) => Some(excerpt(&format!("{e}: {d}"))),
        (Some(e), None, _) => Some(excerpt(e)),
        (None, _, Some(m)) => Some(excerpt(m)),
        _ => None,
    };
    let err = refusal(status, body, what, detail, "Hydra");
    match status.as_u16() {
        401 | 403 => err.with_hint(HINT_ADMIN),
        409 => {
            err.with_hint("choose another --client-id, or leave it out and Hydra makes a new one")
        }
        _ => err,
    }
}

// ---------- the mapping ----------

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

fn time(v: Option<&Value>) -> chrono::DateTime<chrono::Utc> {
    v.and_then(Value::as_str)
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or(chrono::DateTime::<chrono::Utc>::UNIX_EPOCH)
}

fn is_public(r: &Map<String, Value>) -> bool {
    r.get("token_endpoint_auth_method").and_then(Value::as_str) == Some("none")
}

/// The secret's expiry: `client_secret_expires_at` in seconds, 0 (or absent) for never.
fn secret_expiry(r: &Map<String, Value>) -> Option<chrono::DateTime<chrono::Utc>> {
    r.get("client_secret_expires_at")
        .and_then(Value::as_i64)
        .filter(|t| *t > 0)
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
}

/// The neutral client of a Hydra client.
fn to_client(r: &Map<String, Value>, tenant: &str) -> Client {
    let name = text(r.get("client_name"));
    let display = r
        .get("metadata")
        .and_then(|m| m.get("display_name"))
        .and_then(Value::as_str)
        .map(String::from);
    let grants = strings(r.get("grant_types"));
    let scope = text(r.get("scope"));
    Client {
        client_id: text(r.get("client_id")),
        display_name: display.unwrap_or_else(|| name.clone()),
        client_name: name,
        tenant_id: tenant.to_string(),
        space_id: String::new(),
        allow_offline_access: grants.iter().any(|g| g == "refresh_token"),
        allow_remember_consent: true,
        back_channel_logout_session_required: r
            .get("backchannel_logout_session_required")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        require_client_secret: !is_public(r),
        require_consent: !r
            .get("skip_consent")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        allow_no_pkce: true,
        allow_ropc: false,
        allowed_grant_types: grants,
        allowed_cors_origins: strings(r.get("allowed_cors_origins")),
        allowed_scopes: scope.split_whitespace().map(String::from).collect(),
        redirect_uris: strings(r.get("redirect_uris")),
        post_logout_redirect_uris: strings(r.get("post_logout_redirect_uris")),
        created_at: time(r.get("created_at")),
        updated_at: time(r.get("updated_at")),
    }
}

use crate::model::ClientChange as Change;

/// A value of `field` (as `-o json` names it) that Hydra cannot store: the command names its flag.
fn refuse(field: &'static str, why: &str) -> BackendError {
    BackendError::Unsupported {
        message: format!("{field}: {why}; nothing was sent"),
        hint: Some("leave it out: Hydra cannot store it".into()),
        field: Some(field),
    }
}

/// How this kind maps a [`Change`] onto its records.
trait Record {
    fn check(&self) -> Result<(), BackendError>;
    fn apply(&self, r: &mut Map<String, Value>);
}

impl Record for Change<'_> {
    /// Refuses, before any request, what Hydra cannot store and the field table
    /// ([`DESCRIPTOR`]) cannot say: the password grant named as a grant type.
    fn check(&self) -> Result<(), BackendError> {
        if self
            .grant_types
            .is_some_and(|g| g.iter().any(|g| g == "password"))
        {
            return Err(refuse(
                "allowedGrantTypes",
                "password: Hydra has no resource owner password grant",
            ));
        }
        Ok(())
    }

    fn apply(&self, r: &mut Map<String, Value>) {
        if let Some(d) = self.display_name {
            let meta = r.entry("metadata").or_insert_with(|| json!({}));
            if !meta.is_object() {
                *meta = json!({});
            }
            meta["display_name"] = json!(d);
        }
        if let Some(s) = self.scopes {
            r.insert("scope".into(), json!(s.join(" ")));
        }
        if let Some(u) = self.redirect_uris {
            r.insert("redirect_uris".into(), json!(u));
        }
        if let Some(p) = self.post_logout {
            r.insert("post_logout_redirect_uris".into(), json!(p));
        }
        if let Some(c) = self.cors {
            r.insert("allowed_cors_origins".into(), json!(c));
        }
        if let Some(c) = self.require_consent {
            r.insert("skip_consent".into(), json!(!c));
        }
        if let Some(b) = self.backchannel_session {
            r.insert("backchannel_logout_session_required".into(), json!(b));
        }
        if let Some(c) = self.confidential {
            let now = r
                .get("token_endpoint_auth_method")
                .and_then(Value::as_str)
                .unwrap_or("client_secret_basic");
            let method = match (c, now) {
                (false, _) => "none",
                (true, "none") => "client_secret_basic",
                (true, other) => other,
            };
            r.insert("token_endpoint_auth_method".into(), json!(method));
        }
        let mut grants = match self.grant_types {
            Some(g) => g.to_vec(),
            None => strings(r.get("grant_types")),
        };
        if self.grant_types.is_none() {
            if let Some(on) = self.offline_access {
                grants.retain(|g| g != "refresh_token");
                if on {
                    grants.push("refresh_token".into());
                }
            }
        }
        // Hydra needs the `code` response type for the authorization code grant.
        let mut types = strings(r.get("response_types"));
        if grants.iter().any(|g| g == "authorization_code") && !types.iter().any(|t| t == "code") {
            types.push("code".into());
        }
        r.insert("response_types".into(), json!(types));
        r.insert("grant_types".into(), json!(grants));
    }
}

/// The `page_token` of the `rel="next"` link, if any.
fn next_token(link: Option<&str>) -> Option<String> {
    link?.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        if !params.contains("rel=\"next\"") {
            return None;
        }
        let target = target.trim().trim_start_matches('<').trim_end_matches('>');
        let u = url::Url::parse(target)
            .or_else(|_| url::Url::parse("http://x/").and_then(|b| b.join(target)))
            .ok()?;
        let token = u
            .query_pairs()
            .find(|(k, _)| k == "page_token")
            .map(|(_, v)| v.into_owned());
        token
    })
}

#[async_trait]
impl Backend for HydraBackend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        self.refuse_fields(req)?;
        let change = Change::from(req);
        change.check()?;
        if req.space_id.is_some() {
            return Err(super::unsupported(DESCRIPTOR.kind(), Capability::Spaces));
        }
        let mut record = Map::new();
        if let Some(id) = &req.client_id {
            record.insert("client_id".into(), json!(id));
        }
        record.insert("client_name".into(), json!(req.client_name));
        change.apply(&mut record);
        let what = match &req.client_id {
            Some(id) => format!("create client {id}"),
            None => format!("create client {}", req.client_name),
        };
        let sent = self
            .api
            .call(
                Method::POST,
                self.url(&["clients"]),
                Some(&Value::Object(record)),
                &what,
                Some(format!(
                    "Hydra may have created client {} without oauthctl seeing its answer: check with `oauthctl clients list`; if it is there, give it a new secret with `oauthctl secrets rotate ID --replace`",
                    req.client_name
                )),
            )
            .await?;
        Ok(sent.try_map(|a| {
            let mut stored = object(&a.body, &what)?;
            // Hydra makes the secret of a confidential client and shows it once, here.
            let value = stored
                .remove("client_secret")
                .and_then(|v| v.as_str().map(String::from))
                .filter(|s| !s.is_empty());
            let client = to_client(&stored, &self.target.tenant);
            let secret = value.map(|v| {
                Secret::single(
                    &client.client_id,
                    secret_expiry(&stored),
                    Some(chrono::Utc::now()),
                    Some(v),
                )
            });
            Ok::<_, anyhow::Error>(CreatedClient {
                client,
                secret,
                registration: None,
            })
        })?)
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
        let mut url = self.url(&["clients"]);
        url.query_pairs_mut()
            .append_pair("page_size", &page_size.to_string());
        if let Some(c) = cursor {
            url.query_pairs_mut().append_pair("page_token", c);
        }
        let a = self.api.get(url, "list clients").await?;
        let (items, _) = super::read_list(&a.body, usize::MAX, "Hydra", "list clients", |r| {
            to_client(r, &self.target.tenant)
        })?;
        let next = if items.is_empty() {
            None
        } else {
            next_token(a.link())
        };
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
        change.check()?;
        let mut record = self.record(client_id).await?;
        let was_public = is_public(&record);
        if let Some(n) = &req.client_name {
            record.insert("client_name".into(), json!(n));
        }
        change.apply(&mut record);
        // A public client made confidential needs a secret: oauthctl makes one, delivered like a
        // rotated one.
        let secret = (was_public && !is_public(&record)).then(new_secret);
        if let Some(s) = &secret {
            record.insert("client_secret".into(), json!(s));
        }
        let if_unanswered = secret.as_ref().map(|_| format!(
            "Hydra may have made client {client_id} confidential without oauthctl seeing its answer; give it a secret with `oauthctl secrets rotate {client_id} --replace`"
        ));
        let what = format!("update client {client_id}");
        let sent = self
            .put_record(client_id, &record, &what, if_unanswered)
            .await?;
        Ok(sent.map(|mut stored| {
            stored.remove("client_secret");
            let now = chrono::Utc::now();
            UpdatedClient {
                secret: secret
                    .map(|v| Secret::single(client_id, secret_expiry(&stored), Some(now), Some(v))),
                client: to_client(&stored, &self.target.tenant),
            }
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
        Ok(if is_public(&record) {
            Vec::new()
        } else {
            vec![Secret::single(
                client_id,
                secret_expiry(&record),
                None,
                None,
            )]
        })
    }

    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        let mut record = self.record(client_id).await?;
        if is_public(&record) {
            return Err(CliError::usage(format!(
                "client {client_id} is public on Hydra: it has no secret to replace; nothing was changed"
            ))
            .with_hint(format!("make it confidential first: `oauthctl clients update {client_id} --from-file FILE` with {{\"requireClientSecret\": true}}"))
            .into());
        }
        let value = new_secret();
        record.insert("client_secret".into(), json!(value));
        let what = format!("replace the secret of client {client_id}");
        Ok(self
            .put_record(
                client_id,
                &record,
                &what,
                Some(format!(
                    "Hydra may have replaced the secret without oauthctl seeing its answer; if the old secret no longer works, replace it again with `oauthctl secrets rotate {client_id} --replace`"
                )),
            )
            .await?
            .map(|stored| {
                Secret::single(
                    client_id,
                    secret_expiry(&stored),
                    Some(chrono::Utc::now()),
                    Some(value),
                )
            }))
    }

    async fn raw(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> BackendResult<Sent<RawResponse>> {
        let path = path.trim_start_matches('/');
        let path = path.strip_prefix("admin/").unwrap_or(path);
        Ok(self.api.raw(method, &self.root, path, body, RAW).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_hydra_client_maps_to_the_neutral_client() {
        let c = to_client(
            &record(json!({
                "client_id": "c1", "client_name": "Svc", "scope": "a b",
                "grant_types": ["authorization_code", "refresh_token"],
                "token_endpoint_auth_method": "none", "skip_consent": true,
                "metadata": {"display_name": "Service"},
                "created_at": "2026-01-02T03:04:05Z",
            })),
            "default",
        );
        assert_eq!(c.display_name, "Service");
        assert_eq!(c.allowed_scopes, ["a", "b"]);
        assert!(c.allow_offline_access && !c.require_client_secret && !c.require_consent);
        assert_eq!(c.created_at.to_rfc3339(), "2026-01-02T03:04:05+00:00");
    }

    #[test]
    fn what_hydra_cannot_store_is_refused() {
        let pw = vec!["password".to_string()];
        let c = Change {
            grant_types: Some(&pw),
            ..Change::default()
        };
        let e = c.check().unwrap_err();
        assert_eq!(e.kind().exit_code(), 2);
        // the field, for the command to say as its flag
        assert!(matches!(
            e,
            BackendError::Unsupported {
                field: Some("allowedGrantTypes"),
                ..
            }
        ));
        let check = |req: &UpdateClientRequest| {
            super::super::descriptor::check_fields(DESCRIPTOR.kind(), DESCRIPTOR.rules, req)
        };
        for req in [
            UpdateClientRequest {
                allow_ropc: Some(true),
                ..Default::default()
            },
            UpdateClientRequest {
                allow_remember_consent: Some(false),
                ..Default::default()
            },
            UpdateClientRequest {
                allow_no_pkce: Some(false),
                ..Default::default()
            },
            UpdateClientRequest {
                allow_offline_access: Some(true),
                allowed_grant_types: Some(vec!["client_credentials".into()]),
                ..Default::default()
            },
        ] {
            assert!(check(&req).is_some(), "{req:?}");
        }
    }

    #[test]
    fn an_update_keeps_the_secret_method_and_what_it_does_not_name() {
        let mut r = record(json!({
            "client_id": "c1", "token_endpoint_auth_method": "client_secret_post",
            "grant_types": ["client_credentials"], "audience": ["x"],
        }));
        Change {
            confidential: Some(true),
            offline_access: Some(true),
            ..Change::default()
        }
        .apply(&mut r);
        assert_eq!(r["token_endpoint_auth_method"], "client_secret_post");
        assert_eq!(
            r["grant_types"],
            json!(["client_credentials", "refresh_token"])
        );
        assert_eq!(r["audience"], json!(["x"]));
    }

    #[test]
    fn the_next_page_token_comes_from_the_link_header() {
        let link = "</admin/clients?page_size=2&page_token=abc%3D>; rel=\"next\", </admin/clients?page_size=2>; rel=\"first\"";
        assert_eq!(next_token(Some(link)).as_deref(), Some("abc="));
        assert_eq!(
            next_token(Some("</admin/clients?page_size=2>; rel=\"first\"")),
            None
        );
        assert_eq!(next_token(None), None);
    }

    #[test]
    fn secrets_are_256_bits() {
        assert_eq!(new_secret().len(), 43);
    }
}
