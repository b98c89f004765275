//! Keycloak's admin REST API (`{base}/admin/realms/{realm}/…`). The tenant is the realm.
//!
//! What Keycloak does that shapes this module:
//! - Each realm is an issuer, `{base}/realms/{realm}`, whose metadata names the token endpoint.
//!   The admin is a confidential client of the realm with a service account holding
//!   realm-management roles (`manage-clients`, `view-clients`, `query-clients`), used through
//!   client credentials (OAUTHCTL_CLIENT_ID / OAUTHCTL_CLIENT_SECRET); or a ready OAUTHCTL_TOKEN.
//! - A client has an internal `id` (a UUID, in every URL) and the OAuth `clientId`. Every call by
//!   client ID first looks the client up (`GET …/clients?clientId=…`), which returns the whole
//!   representation; the internal `id` never leaves this module.
//! - A PUT replaces the representation, but leaves the client's scopes alone: those are changed
//!   one by one (`…/default-client-scopes/{scopeId}`, `…/optional-client-scopes/{scopeId}`).
//! - One current secret, stored in clear (the admin API shows it). With client secret rotation
//!   (the `client-secret-rotation` feature and a client policy with the `secret-rotation`
//!   executor), a regenerated secret leaves the old one working as the "rotated" secret until
//!   its expiry; both expiries are client attributes. A secret's ID here is a hash of its value,
//!   so that it stays the same when the current secret becomes the rotated one.
//!
//! Field mapping: `clientId` = `clientId`, `clientName` = `name`, `displayName` = `description`
//! (`name` when empty), `redirectUris` = `redirectUris`, `allowedCorsOrigins` = `webOrigins`,
//! `postLogoutRedirectUris` = the `post.logout.redirect.uris` attribute, grant types = the flow
//! switches (`authorization_code` = `standardFlowEnabled`, `implicit` = `implicitFlowEnabled`,
//! `client_credentials` = `serviceAccountsEnabled`, `refresh_token` = the `use.refresh.tokens`
//! attribute, the device grant = `oauth2.device.authorization.grant.enabled`), `allowRopc` =
//! `directAccessGrantsEnabled`, `requireClientSecret` = not `publicClient`, `requireConsent` =
//! `consentRequired`, `allowNoPkce` = no `pkce.code.challenge.method`, `allowOfflineAccess` =
//! the `offline_access` client scope, `allowedScopes` = the other default and optional client
//! scopes (but `service_account`, which Keycloak manages with the service account).

use std::sync::RwLock;

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
use crate::auth::{AdminSession, Credentials};
use crate::config::{KindConventions, Settings};
use crate::error::{BackendError, CliError, ErrorKind};
use crate::model::*;
use crate::transport::admin::{refusal, AdminApi, Authorize};
use crate::transport::http::{excerpt, Http};
use crate::transport::sent::Sent;

/// Keycloak's admin REST API: the tenant is the realm, and each realm is an issuer.
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "keycloak",
        help: "Keycloak's admin REST API (/admin/realms/{realm}, the tenant)",
        default_issuer: "{base}/realms/{tenant}",
        tenant_param: false,
    },
    capabilities: &[
        Capability::MultipleSecrets,
        Capability::ReplaceSecret,
        Capability::ScopeCatalogue,
        Capability::ListClients,
        Capability::Raw,
    ],
    fields: CLIENT_FIELDS,
    rules: &[FieldRule {
        field: "allowRememberConsent",
        rule: Rule::Fixed(true),
        why: "Keycloak always remembers the consent a user gave a client",
    }],
    probe: Some(Probe {
        paths: &["/realms/master/.well-known/openid-configuration"],
        generic: false,
        matches: probe,
    }),
    clients_where: "in realm {tenant}",
    lowercase_uuids: false,
    page_size: PageSize {
        default: 2000,
        max: 10_000,
    },
    readable_secrets: true,
    server_clients: &[
        "account",
        "account-console",
        "admin-cli",
        "broker",
        "realm-management",
        "security-admin-console",
        // In the master realm, each realm's own client.
        "*-realm",
    ],
    connect: |settings, http, _printer| Box::new(KeycloakBackend::new(settings, http)),
};

/// Every Keycloak has the realm `master`, an issuer at `{base}/realms/master`.
fn probe(answers: &Answers) -> Option<String> {
    let a = answers
        .get("/realms/master/.well-known/openid-configuration")
        .filter(|a| {
            a.json()
                .and_then(|v| v.get("issuer").and_then(Value::as_str).map(String::from))
                .is_some_and(|i| i.trim_end_matches('/').ends_with("/realms/master"))
        })?;
    Some(format!(
        "{} is the discovery of Keycloak's master realm",
        a.url
    ))
}

/// The client scope that allows offline tokens: `allowOfflineAccess`, not one of `allowedScopes`.
const OFFLINE: &str = "offline_access";
/// The client scope Keycloak gives a client with a service account and manages itself.
const SERVICE_ACCOUNT: &str = "service_account";

const ATTR_POST_LOGOUT: &str = "post.logout.redirect.uris";
const ATTR_REFRESH: &str = "use.refresh.tokens";
const ATTR_DEVICE: &str = "oauth2.device.authorization.grant.enabled";
const ATTR_PKCE: &str = "pkce.code.challenge.method";
const ATTR_BACKCHANNEL_SESSION: &str = "backchannel.logout.session.required";
const ATTR_CREATED: &str = "client.secret.creation.time";
const ATTR_EXPIRES: &str = "client.secret.expiration.time";
const ATTR_ROTATED: &str = "client.secret.rotated";
const ATTR_ROTATED_CREATED: &str = "client.secret.rotated.creation.time";
const ATTR_ROTATED_EXPIRES: &str = "client.secret.rotated.expiration.time";

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

const HINT_ADMIN: &str = "the admin is a confidential client of the realm with a service account holding the realm-management roles manage-clients, view-clients and query-clients: set OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET (or OAUTHCTL_TOKEN), and --tenant to the realm";

const HINT_ROTATION: &str = "turn on Keycloak's client secret rotation (start it with --features=client-secret-rotation, and add a client policy with the secret-rotation executor to the realm), or pass --replace to replace the secret (the old one stops working at once)";

enum Auth {
    Token(String),
    Session(Box<AdminSession>),
    Missing,
}

/// A bearer token: OAUTHCTL_TOKEN, or one from the admin client's session (client credentials
/// at the realm's token endpoint), renewed once when Keycloak refuses it.
struct Bearer {
    auth: Auth,
    token: RwLock<Option<String>>,
    realm: String,
    base_url: url::Url,
}

#[async_trait]
impl Authorize for Bearer {
    async fn authorization(&self, http: &Http, renew: bool) -> anyhow::Result<Option<String>> {
        let token = match &self.auth {
            Auth::Token(t) => t.clone(),
            Auth::Session(s) => match self.token.read().ok().and_then(|t| t.clone()) {
                Some(t) if !renew => t,
                _ => {
                    let (t, _) = s.token(http, renew).await?;
                    if let Ok(mut slot) = self.token.write() {
                        *slot = Some(t.clone());
                    }
                    t
                }
            },
            Auth::Missing => {
                return Err(CliError::auth(format!(
                    "no admin credentials for realm {} at {}",
                    self.realm, self.base_url
                ))
                .with_hint(HINT_ADMIN)
                .into())
            }
        };
        Ok(Some(format!("Bearer {token}")))
    }

    fn renews(&self) -> bool {
        matches!(self.auth, Auth::Session(_))
    }
}

/// What `oauthctl api` calls the API, and a path below it, for a path that leaves it.
const RAW: (&str, &str) = ("the realm's admin API", "/clients");

pub struct KeycloakBackend {
    api: AdminApi<Bearer>,
    /// `{base}/admin/realms/{realm}/`
    root: url::Url,
    target: Target,
}

impl KeycloakBackend {
    pub fn new(settings: &Settings, http: Http) -> Self {
        let mut root = settings.base_url.clone();
        root.set_query(None);
        root.path_segments_mut()
            .expect("http URL")
            .pop_if_empty()
            .extend(["admin", "realms", &settings.tenant, ""]);
        let auth = match &settings.credentials {
            Credentials::Token(t) => Auth::Token(t.clone()),
            Credentials::ClientSecret { client_id, secret } => {
                Auth::Session(Box::new(AdminSession {
                    // The realm is the issuer: its metadata names the token endpoint.
                    base_url: settings.issuer.clone(),
                    tenant: settings.tenant.clone(),
                    client_id: client_id.clone(),
                    secret: secret.clone(),
                    tenant_param: false,
                }))
            }
            _ => Auth::Missing,
        };
        let bearer = Bearer {
            auth,
            token: RwLock::new(None),
            realm: settings.tenant.clone(),
            base_url: settings.base_url.clone(),
        };
        KeycloakBackend {
            api: AdminApi::new(http, settings.dry_run, "Keycloak", bearer, error),
            root,
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
        }
    }

    fn realm(&self) -> &str {
        &self.target.tenant
    }

    /// `{base}/admin/realms/{realm}/{segments…}`, each segment percent-encoded.
    fn url(&self, segments: &[&str]) -> url::Url {
        let mut u = self.root.clone();
        u.path_segments_mut()
            .expect("http URL")
            .pop_if_empty()
            .extend(segments);
        u
    }

    /// The client's whole representation, found by its OAuth client ID.
    async fn record(&self, client_id: &str) -> anyhow::Result<Map<String, Value>> {
        let what = format!("get client {client_id}");
        let mut url = self.url(&["clients"]);
        url.query_pairs_mut()
            .append_pair("clientId", client_id)
            .append_pair("search", "false");
        let found = self.api.get_json(url, &what).await?;
        found
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .find(|r| r.get("clientId").and_then(Value::as_str) == Some(client_id))
            .cloned()
            .ok_or_else(|| {
                CliError::not_found(format!(
                    "{what}: realm {} has no client {client_id}",
                    self.realm()
                ))
                .into()
            })
    }

    fn client_url(r: &Map<String, Value>, this: &Self, rest: &[&str]) -> url::Url {
        let id = text(r.get("id"));
        let mut segs = vec!["clients", id.as_str()];
        segs.extend_from_slice(rest);
        this.url(&segs)
    }

    /// Writes the representation back (its scopes are not changed by a PUT).
    async fn put_record(
        &self,
        r: &Map<String, Value>,
        what: &str,
        if_unanswered: Option<String>,
    ) -> anyhow::Result<Sent<()>> {
        Ok(self
            .api
            .call(
                Method::PUT,
                Self::client_url(r, self, &[]),
                Some(&Value::Object(r.clone())),
                what,
                if_unanswered,
            )
            .await?
            .map(drop))
    }

    /// The realm's client scopes: (name, id, description).
    async fn scopes(&self) -> anyhow::Result<Vec<(String, String, String)>> {
        let v = self
            .api
            .get_json(self.url(&["client-scopes"]), "list client scopes")
            .await?;
        Ok(v.as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                (
                    text(s.get("name")),
                    text(s.get("id")),
                    text(s.get("description")),
                )
            })
            .collect())
    }

    /// Refuses scopes the realm does not have, before any change; returns the realm's scopes.
    async fn check_scopes(
        &self,
        wanted: &[String],
    ) -> anyhow::Result<Vec<(String, String, String)>> {
        let all = self.scopes().await?;
        let unknown: Vec<&str> = wanted
            .iter()
            .filter(|w| !all.iter().any(|(n, _, _)| n == *w))
            .map(String::as_str)
            .collect();
        if unknown.is_empty() {
            return Ok(all);
        }
        Err(BackendError::Unsupported {
            message: format!(
                "allowedScopes: realm {} has no client scope {}; nothing was changed",
                self.realm(),
                unknown
                    .iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            hint: Some(format!(
            "client scopes are: {} (`oauthctl scopes list`); create a new one in Keycloak first",
            all.iter()
                .map(|(n, _, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
            field: Some("allowedScopes"),
        }
        .into())
    }

    /// Sets the client's default and optional scopes to `default` and `optional` (names), one
    /// request per scope added or removed.
    async fn set_scopes(
        &self,
        r: &Map<String, Value>,
        realm_scopes: &[(String, String, String)],
        default: &[String],
        optional: &[String],
        what: &str,
    ) -> anyhow::Result<Sent<()>> {
        let id_of = |name: &str| {
            realm_scopes
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, id, _)| id.clone())
        };
        for (list, want) in [
            ("default-client-scopes", default),
            ("optional-client-scopes", optional),
        ] {
            let key = if list.starts_with("default") {
                "defaultClientScopes"
            } else {
                "optionalClientScopes"
            };
            let have = strings(r.get(key));
            for gone in have.iter().filter(|h| !want.contains(h)) {
                if gone == SERVICE_ACCOUNT {
                    continue;
                }
                let Some(sid) = id_of(gone) else { continue };
                if let Sent::Planned(p) = self
                    .api
                    .call(
                        Method::DELETE,
                        Self::client_url(r, self, &[list, &sid]),
                        None,
                        what,
                        None,
                    )
                    .await?
                {
                    return Ok(Sent::Planned(p));
                }
            }
            // A scope moves between the lists by its removal first.
            for new in want.iter().filter(|w| !have.contains(w)) {
                let Some(sid) = id_of(new) else { continue };
                if let Sent::Planned(p) = self
                    .api
                    .call(
                        Method::PUT,
                        Self::client_url(r, self, &[list, &sid]),
                        None,
                        what,
                        None,
                    )
                    .await?
                {
                    return Ok(Sent::Planned(p));
                }
            }
        }
        Ok(Sent::Done(()))
    }

    /// The rule for `rotate` without `--replace`: the realm's rotation policy covers the client
    /// (its current secret has an expiry), and no rotated secret is still working (a new
    /// rotation would end it at once).
    fn check_rotation(&self, client_id: &str, r: &Map<String, Value>) -> anyhow::Result<()> {
        if attr(r, ATTR_EXPIRES).is_none() {
            return Err(CliError::new(
                ErrorKind::Unsupported,
                format!(
                    "client {client_id} in realm {} has no secret rotation: Keycloak would replace its secret, and the old one would stop working at once; nothing was sent",
                    self.realm()
                ),
            )
            .with_hint(HINT_ROTATION)
            .into());
        }
        let now = chrono::Utc::now();
        if let Some(rotated) = secrets_of(client_id, r)
            .into_iter()
            .find(|s| s.description.as_deref() == Some("rotated") && s.is_live(now))
        {
            return Err(CliError::conflict(format!(
                "client {client_id} still has a working rotated secret {}: Keycloak keeps one, and a new rotation would end it at once; nothing was sent",
                rotated.id
            ))
            .with_hint(format!(
                "revoke it first once nothing uses it (`oauthctl secrets revoke {client_id} {}`), or pass --replace",
                rotated.id
            ))
            .into());
        }
        Ok(())
    }

    /// Regenerates the secret; returns the new value.
    async fn regenerate(
        &self,
        client_id: &str,
        r: &Map<String, Value>,
        if_unanswered: String,
    ) -> anyhow::Result<Sent<String>> {
        let what = format!("regenerate the secret of client {client_id}");
        self.api.call(
            Method::POST,
            Self::client_url(r, self, &["client-secret"]),
            None,
            &what,
            Some(if_unanswered),
        )
        .await?
        .try_map(|a| {
            let v: Value = serde_json::from_slice(&a.body).unwrap_or(Value::Null);
            v["value"]
                .as_str()
                .filter(|s| !s.is_empty())
                .map(String::from)
                .ok_or_else(|| {
                    CliError::other(format!("{what}: Keycloak's answer carried no secret"))
                        .with_hint(format!("read it in Keycloak's admin console, or replace it again with `oauthctl secrets rotate {client_id} --replace`"))
                        .into()
                })
        })
    }

    /// The secret `secret_id` of the client, and whether it is the rotated one.
    fn find_secret(
        &self,
        client_id: &str,
        r: &Map<String, Value>,
        secret_id: &str,
    ) -> anyhow::Result<Secret> {
        secrets_of(client_id, r)
            .into_iter()
            .find(|s| s.id == secret_id)
            .ok_or_else(|| {
                CliError::not_found(format!("client {client_id} has no secret {secret_id}"))
                    .with_hint(format!(
                        "list them with `oauthctl secrets list {client_id}`"
                    ))
                    .into()
            })
    }
}

// ---------- helpers ----------

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

fn flag(r: &Map<String, Value>, key: &str) -> bool {
    r.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn attr<'a>(r: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    r.get("attributes")
        .and_then(|a| a.get(key))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

fn set_attr(r: &mut Map<String, Value>, key: &str, value: Option<String>) {
    let attrs = r.entry("attributes").or_insert_with(|| json!({}));
    if !attrs.is_object() {
        *attrs = json!({});
    }
    let m = attrs.as_object_mut().expect("object");
    match value {
        Some(v) => m.insert(key.into(), json!(v)),
        None => m.remove(key),
    };
}

fn epoch_attr(r: &Map<String, Value>, key: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    attr(r, key)
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|t| *t > 0)
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
}

/// A secret's ID: a hash of its value, so that it stays when the current secret becomes the
/// rotated one (12 hex digits; no use for finding the value).
fn secret_id(value: &str) -> String {
    let h = crate::crypto::hex(&crate::crypto::sha256(
        format!("oauthctl keycloak secret\0{value}").as_bytes(),
    ));
    h[..12].to_string()
}

/// The current and the rotated secret, with what Keycloak keeps of them (no values).
fn secrets_of(client_id: &str, r: &Map<String, Value>) -> Vec<Secret> {
    if flag(r, "publicClient") || flag(r, "bearerOnly") {
        return Vec::new();
    }
    let now = chrono::Utc::now();
    let one = |value: &str, label: &str, created: &str, expires: &str| {
        let created = epoch_attr(r, created);
        let expiration = epoch_attr(r, expires);
        Secret {
            id: secret_id(value),
            client_id: client_id.to_string(),
            description: Some(label.to_string()),
            start_time: created,
            expiration,
            created_at: created,
            revoked_at: None,
            last_used_at: None,
            status: match expiration {
                Some(e) => SecretStatus::at(now, created.unwrap_or(now).min(now), e, false),
                None => SecretStatus::Active,
            },
            value: None,
        }
    };
    let mut out = Vec::new();
    if let Some(v) = r
        .get("secret")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        out.push(one(v, "current", ATTR_CREATED, ATTR_EXPIRES));
    }
    if let Some(v) = attr(r, ATTR_ROTATED) {
        out.push(one(
            v,
            "rotated",
            ATTR_ROTATED_CREATED,
            ATTR_ROTATED_EXPIRES,
        ));
    }
    out
}

/// A new 256-bit secret (base64url, 43 characters), for the clients oauthctl creates.
fn new_secret() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::crypto::random_bytes::<32>())
}

/// A non-2xx answer as an error with the right exit code. Keycloak explains errors in
/// `errorMessage`, or `error` and `error_description`.
fn error(status: StatusCode, body: &[u8], what: &str) -> CliError {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let detail = v["errorMessage"]
        .as_str()
        .map(String::from)
        .or_else(
            || match (v["error"].as_str(), v["error_description"].as_str()) {
                (Some(e), Some(d)) => Some(format!("{e}: {d}")),
                (Some(e), None) => Some(e.to_string()),
                _ => None,
            },
        )
        .map(|d| excerpt(&d));
    let err = refusal(status, body, what, detail, "Keycloak");
    match status.as_u16() {
        401 | 403 => err.with_hint(HINT_ADMIN),
        404 => {
            err.with_hint("check --tenant (the realm) and the client ID: `oauthctl clients list`")
        }
        409 => err
            .with_hint("choose another --client-id, or leave it out and oauthctl makes a new one"),
        _ => err,
    }
}

// ---------- the mapping ----------

/// The client's allowed scopes (default and optional, but the two Keycloak-managed ones).
fn allowed_scopes(r: &Map<String, Value>) -> Vec<String> {
    let mut out: Vec<String> = strings(r.get("defaultClientScopes"));
    for s in strings(r.get("optionalClientScopes")) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out.retain(|s| s != OFFLINE && s != SERVICE_ACCOUNT);
    out
}

fn has_offline(r: &Map<String, Value>) -> bool {
    strings(r.get("defaultClientScopes"))
        .iter()
        .chain(strings(r.get("optionalClientScopes")).iter())
        .any(|s| s == OFFLINE)
}

fn grant_types(r: &Map<String, Value>) -> Vec<String> {
    let mut g = Vec::new();
    if flag(r, "standardFlowEnabled") {
        g.push("authorization_code".to_string());
    }
    if flag(r, "implicitFlowEnabled") {
        g.push("implicit".to_string());
    }
    if flag(r, "serviceAccountsEnabled") {
        g.push("client_credentials".to_string());
    }
    if attr(r, ATTR_REFRESH) != Some("false") {
        g.push("refresh_token".to_string());
    }
    if attr(r, ATTR_DEVICE) == Some("true") {
        g.push(DEVICE_GRANT.to_string());
    }
    g
}

/// The neutral client of a Keycloak representation.
fn to_client(r: &Map<String, Value>, tenant: &str) -> Client {
    let name = text(r.get("name"));
    let description = text(r.get("description"));
    let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
    Client {
        client_id: text(r.get("clientId")),
        display_name: if description.is_empty() {
            name.clone()
        } else {
            description
        },
        client_name: name,
        tenant_id: tenant.to_string(),
        space_id: String::new(),
        allow_offline_access: has_offline(r),
        allow_remember_consent: true,
        back_channel_logout_session_required: attr(r, ATTR_BACKCHANNEL_SESSION) == Some("true"),
        require_client_secret: !flag(r, "publicClient"),
        require_consent: flag(r, "consentRequired"),
        allow_no_pkce: attr(r, ATTR_PKCE).is_none(),
        allow_ropc: flag(r, "directAccessGrantsEnabled"),
        allowed_grant_types: grant_types(r),
        allowed_cors_origins: strings(r.get("webOrigins")),
        allowed_scopes: allowed_scopes(r),
        redirect_uris: strings(r.get("redirectUris")),
        post_logout_redirect_uris: attr(r, ATTR_POST_LOGOUT)
            .map(|s| {
                s.split("##")
                    .filter(|u| !u.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
        created_at: epoch,
        updated_at: epoch,
    }
}

use crate::model::ClientChange as Change;

/// The grant types Keycloak has a switch for.
const GRANTS: &[&str] = &[
    "authorization_code",
    "implicit",
    "client_credentials",
    "refresh_token",
    DEVICE_GRANT,
];

/// A value of `field` (as `-o json` names it) that Keycloak cannot store as given: the command
/// names its flag.
fn refuse(field: &'static str, why: &str, hint: &str) -> BackendError {
    BackendError::Unsupported {
        message: format!("{field}: {why}; nothing was sent"),
        hint: Some(hint.into()),
        field: Some(field),
    }
}

/// How this kind maps a [`Change`] onto its records.
trait Record {
    fn check(&self) -> Result<(), BackendError>;
    fn apply(&self, r: &mut Map<String, Value>);
    fn scope_lists(&self, r: &Map<String, Value>) -> (Vec<String>, Vec<String>);
}

impl Record for Change<'_> {
    /// Refuses, before any request, what Keycloak cannot store.
    fn check(&self) -> Result<(), BackendError> {
        if let Some(g) = self.grant_types {
            if g.iter().any(|g| g == "password") {
                return Err(refuse(
                    "allowedGrantTypes",
                    "password: on Keycloak the password grant is allowRopc (directAccessGrantsEnabled)",
                    "ask for allowRopc instead of the password grant type",
                ));
            }
            if let Some(bad) = g.iter().find(|g| !GRANTS.contains(&g.as_str())) {
                return Err(refuse(
                    "allowedGrantTypes",
                    &format!(
                        "{bad}: Keycloak has no client switch for that grant type (it has {})",
                        GRANTS.join(", ")
                    ),
                    "leave it out: Keycloak cannot store it",
                ));
            }
        }
        if let Some(s) = self.scopes {
            if s.iter().any(|s| s == OFFLINE) {
                return Err(refuse(
                    "allowedScopes",
                    &format!("{OFFLINE}: on Keycloak offline access is allowOfflineAccess"),
                    "ask for allowOfflineAccess instead of the offline_access scope",
                ));
            }
        }
        Ok(())
    }

    fn apply(&self, r: &mut Map<String, Value>) {
        if let Some(d) = self.display_name {
            r.insert("description".into(), json!(d));
        }
        if let Some(u) = self.redirect_uris {
            r.insert("redirectUris".into(), json!(u));
        }
        if let Some(c) = self.cors {
            r.insert("webOrigins".into(), json!(c));
        }
        if let Some(p) = self.post_logout {
            set_attr(r, ATTR_POST_LOGOUT, Some(p.join("##")));
        }
        if let Some(c) = self.require_consent {
            r.insert("consentRequired".into(), json!(c));
        }
        if let Some(n) = self.allow_no_pkce {
            set_attr(r, ATTR_PKCE, (!n).then(|| "S256".to_string()));
        }
        if let Some(b) = self.allow_ropc {
            r.insert("directAccessGrantsEnabled".into(), json!(b));
        }
        if let Some(c) = self.confidential {
            r.insert("publicClient".into(), json!(!c));
        }
        if let Some(b) = self.backchannel_session {
            set_attr(r, ATTR_BACKCHANNEL_SESSION, Some(b.to_string()));
        }
        if let Some(g) = self.grant_types {
            let has = |name: &str| g.iter().any(|x| x == name);
            r.insert(
                "standardFlowEnabled".into(),
                json!(has("authorization_code")),
            );
            r.insert("implicitFlowEnabled".into(), json!(has("implicit")));
            r.insert(
                "serviceAccountsEnabled".into(),
                json!(has("client_credentials")),
            );
            set_attr(r, ATTR_REFRESH, Some(has("refresh_token").to_string()));
            set_attr(r, ATTR_DEVICE, Some(has(DEVICE_GRANT).to_string()));
        }
    }

    /// The default and optional scopes after the change, from the client's current ones.
    fn scope_lists(&self, r: &Map<String, Value>) -> (Vec<String>, Vec<String>) {
        let mut default = strings(r.get("defaultClientScopes"));
        let mut optional = strings(r.get("optionalClientScopes"));
        if let Some(want) = self.scopes {
            let keep = |s: &String| s == OFFLINE || s == SERVICE_ACCOUNT || want.contains(s);
            default.retain(keep);
            optional.retain(keep);
            for s in want {
                if !default.contains(s) && !optional.contains(s) {
                    default.push(s.clone());
                }
            }
        }
        if let Some(on) = self.offline_access {
            default.retain(|s| s != OFFLINE);
            optional.retain(|s| s != OFFLINE);
            if on {
                optional.push(OFFLINE.into());
            }
        }
        (default, optional)
    }
}

#[async_trait]
impl Backend for KeycloakBackend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn check_secret_request(&self, req: &CreateSecretRequest) -> BackendResult<()> {
        if req.expiration.is_some() || req.start_time.is_some() {
            return Err(CliError::usage(
                "a secret's expiry or start time: Keycloak's client policy sets when a secret expires; nothing was sent",
            )
            .with_hint("leave it out; the realm's secret-rotation executor (expiration-period) decides")
            .into());
        }
        Ok(())
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        self.refuse_fields(req)?;
        // A new client has no offline access unless asked: Keycloak's own default for a new
        // client lists offline_access among its optional client scopes.
        let change = Change {
            offline_access: Some(req.allow_offline_access.unwrap_or(false)),
            ..Change::from(req)
        };
        change.check()?;
        if req.space_id.is_some() {
            return Err(super::unsupported(DESCRIPTOR.kind(), Capability::Spaces));
        }
        if !req.allowed_scopes.is_empty() {
            self.check_scopes(&req.allowed_scopes).await?;
        }
        let client_id = req.client_id.clone().unwrap_or_else(crate::crypto::uuid_v4);
        let mut r = Map::new();
        r.insert("clientId".into(), json!(client_id));
        r.insert("name".into(), json!(req.client_name));
        r.insert("enabled".into(), json!(true));
        r.insert("protocol".into(), json!("openid-connect"));
        r.insert("standardFlowEnabled".into(), json!(false));
        r.insert("directAccessGrantsEnabled".into(), json!(false));
        change.apply(&mut r);
        let (default, optional) = change.scope_lists(&r);
        r.insert("defaultClientScopes".into(), json!(default));
        r.insert("optionalClientScopes".into(), json!(optional));
        // oauthctl makes the secret, so that it is known before anything is sent.
        let secret = (!flag(&r, "publicClient")).then(new_secret);
        if let Some(s) = &secret {
            r.insert("secret".into(), json!(s));
        }
        let what = format!("create client {client_id}");
        let sent = self
            .api
            .call(
                Method::POST,
                self.url(&["clients"]),
                Some(&Value::Object(r.clone())),
                &what,
                Some(format!(
                    "Keycloak may have created client {client_id} without oauthctl seeing its answer: check with `oauthctl clients show {client_id}`; if it is there, give it a new secret with `oauthctl secrets rotate {client_id} --replace`"
                )),
            )
            .await?;
        if let Sent::Planned(p) = sent {
            return Ok(Sent::Planned(p));
        }
        // What Keycloak stored (with the expiry its rotation policy gave the secret); the
        // representation sent stands in if that read fails, so the secret is never lost.
        let stored = self.record(&client_id).await.unwrap_or(r);
        let client = to_client(&stored, &self.target.tenant);
        let secret = secret.map(|v| {
            let mut s = secrets_of(&client_id, &stored)
                .into_iter()
                .find(|s| s.description.as_deref() == Some("current"))
                .unwrap_or_else(|| {
                    Secret::single(&client_id, None, Some(chrono::Utc::now()), None)
                });
            s.id = secret_id(&v);
            s.value = Some(v);
            s
        });
        Ok(Sent::Done(CreatedClient {
            client,
            secret,
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
        let first = super::offset_cursor(cursor, "Keycloak")?;
        let max = page_size.max(1);
        // One client more than the page: whether it comes back tells if there is a next page, so
        // the last page is not followed by a request for an empty one.
        let mut url = self.url(&["clients"]);
        url.query_pairs_mut()
            .append_pair("first", &first.to_string())
            .append_pair("max", &(max + 1).to_string());
        let body = self.api.get(url, "list clients").await?.body;
        let (items, len) = super::read_list(&body, max, "Keycloak", "list clients", |r| {
            to_client(r, &self.target.tenant)
        })?;
        let more = len > max;
        let next = more.then(|| (first + max).to_string());
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
        let realm_scopes = match &req.allowed_scopes {
            Some(s) => Some(self.check_scopes(s).await?),
            None => None,
        };
        let before = self.record(client_id).await?;
        let mut r = before.clone();
        if let Some(n) = &req.client_name {
            r.insert("name".into(), json!(n));
        }
        change.apply(&mut r);
        let was_public = flag(&before, "publicClient");
        // A public client made confidential needs a secret: oauthctl makes one.
        let made = (was_public && !flag(&r, "publicClient")).then(new_secret);
        if let Some(s) = &made {
            r.insert("secret".into(), json!(s));
        }
        let what = format!("update client {client_id}");
        if r != before {
            if let Sent::Planned(p) = self.put_record(&r, &what, None).await? {
                return Ok(Sent::Planned(p));
            }
        }
        let (default, optional) = change.scope_lists(&before);
        let scopes_change = default != strings(before.get("defaultClientScopes"))
            || optional != strings(before.get("optionalClientScopes"));
        if scopes_change {
            let realm_scopes = match realm_scopes {
                Some(s) => s,
                None => self.scopes().await?,
            };
            if let Sent::Planned(p) = self
                .set_scopes(&before, &realm_scopes, &default, &optional, &what)
                .await?
            {
                return Ok(Sent::Planned(p));
            }
        }
        let after = self.record(client_id).await?;
        // Keycloak's rotation policy replaces an expired secret on any update: a value that
        // changed without oauthctl asking is delivered like a rotated one.
        let before_secret = made.clone().or_else(|| text(before.get("secret")).into());
        let now_secret = text(after.get("secret"));
        let secret = if !flag(&after, "publicClient")
            && !now_secret.is_empty()
            && (made.is_some() || before_secret.as_deref() != Some(now_secret.as_str()))
        {
            let mut s = secrets_of(client_id, &after)
                .into_iter()
                .find(|s| s.description.as_deref() == Some("current"))
                .unwrap_or_else(|| Secret::single(client_id, None, None, None));
            s.value = Some(now_secret);
            Some(s)
        } else {
            None
        };
        Ok(Sent::Done(UpdatedClient {
            client: to_client(&after, &self.target.tenant),
            secret,
        }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        let r = self.record(client_id).await?;
        Ok(self
            .api
            .call(
                Method::DELETE,
                Self::client_url(&r, self, &[]),
                None,
                &format!("delete client {client_id}"),
                None,
            )
            .await?
            .map(drop))
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        Ok(secrets_of(client_id, &self.record(client_id).await?))
    }

    async fn create_secret(
        &self,
        client_id: &str,
        req: &CreateSecretRequest,
    ) -> BackendResult<Sent<Secret>> {
        self.check_secret_request(req)?;
        let r = self.record(client_id).await?;
        if flag(&r, "publicClient") {
            return Err(CliError::usage(format!(
                "client {client_id} is public on Keycloak: it has no secret; nothing was changed"
            ))
            .into());
        }
        self.check_rotation(client_id, &r)?;
        let sent = self
            .regenerate(
                client_id,
                &r,
                format!("Keycloak may have regenerated the secret without oauthctl seeing its answer; the old one keeps working as the rotated secret: check with `oauthctl secrets list {client_id}`"),
            )
            .await?;
        let Sent::Done(value) = sent else {
            return Ok(sent.map(|_| unreachable!("a plan has no value")));
        };
        // The new secret's expiry, as the policy set it (the value is delivered even if this
        // read fails).
        let mut s = match self.record(client_id).await {
            Ok(after) => secrets_of(client_id, &after)
                .into_iter()
                .find(|s| s.id == secret_id(&value))
                .unwrap_or_else(|| Secret::single(client_id, None, Some(chrono::Utc::now()), None)),
            Err(_) => Secret::single(client_id, None, Some(chrono::Utc::now()), None),
        };
        s.id = secret_id(&value);
        s.description = Some("current".into());
        s.value = Some(value);
        Ok(Sent::Done(s))
    }

    async fn revoke_secret(&self, client_id: &str, secret_id: &str) -> BackendResult<Sent<()>> {
        let r = self.record(client_id).await?;
        let s = self.find_secret(client_id, &r, secret_id)?;
        if s.description.as_deref() != Some("rotated") {
            return Err(CliError::usage(format!(
                "secret {secret_id} is client {client_id}'s current secret: Keycloak cannot revoke it; nothing was changed"
            ))
            .with_hint(format!(
                "replace it: `oauthctl secrets rotate {client_id} --replace`"
            ))
            .into());
        }
        Ok(self
            .api
            .call(
                Method::DELETE,
                Self::client_url(&r, self, &["client-secret", "rotated"]),
                None,
                &format!("revoke the rotated secret of client {client_id}"),
                None,
            )
            .await?
            .map(drop))
    }

    async fn shorten_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        expiration: chrono::DateTime<chrono::Utc>,
    ) -> BackendResult<Sent<Secret>> {
        let mut r = self.record(client_id).await?;
        let s = self.find_secret(client_id, &r, secret_id)?;
        let key = match s.description.as_deref() {
            Some("rotated") => ATTR_ROTATED_EXPIRES,
            _ => {
                if attr(&r, ATTR_EXPIRES).is_none() {
                    return Err(CliError::new(
                        ErrorKind::Unsupported,
                        format!(
                            "client {client_id} in realm {} has no secret rotation, so its secret has no expiry to shorten; nothing was sent",
                            self.realm()
                        ),
                    )
                    .with_hint(HINT_ROTATION)
                    .into());
                }
                ATTR_EXPIRES
            }
        };
        // Never later than it was.
        let until = s.expiration.map_or(expiration, |e| e.min(expiration));
        set_attr(&mut r, key, Some(until.timestamp().to_string()));
        let sent = self
            .put_record(
                &r,
                &format!("shorten secret {secret_id} of client {client_id}"),
                None,
            )
            .await?;
        Ok(sent.map(|()| Secret {
            expiration: Some(until),
            status: SecretStatus::at(
                chrono::Utc::now(),
                s.start_time
                    .unwrap_or_else(chrono::Utc::now)
                    .min(chrono::Utc::now()),
                until,
                false,
            ),
            ..s
        }))
    }

    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        let r = self.record(client_id).await?;
        if flag(&r, "publicClient") {
            return Err(CliError::usage(format!(
                "client {client_id} is public on Keycloak: it has no secret to replace; nothing was changed"
            ))
            .with_hint(format!("make it confidential first: `oauthctl clients update {client_id} --from-file FILE` with {{\"requireClientSecret\": true}}"))
            .into());
        }
        let sent = self
            .regenerate(
                client_id,
                &r,
                format!("Keycloak may have replaced the secret without oauthctl seeing its answer; if the old secret no longer works, replace it again with `oauthctl secrets rotate {client_id} --replace`"),
            )
            .await?;
        let Sent::Done(value) = sent else {
            return Ok(sent.map(|_| unreachable!("a plan has no value")));
        };
        let mut s = Secret::single(client_id, None, Some(chrono::Utc::now()), None);
        // With rotation on, the old secret would keep working as the rotated one: --replace
        // means it stops now. The new value is delivered whatever happens here.
        if let Ok(after) = self.record(client_id).await {
            if let Some(cur) = secrets_of(client_id, &after)
                .into_iter()
                .find(|x| x.id == secret_id(&value))
            {
                s = cur;
            }
            if attr(&after, ATTR_ROTATED).is_some() {
                let _ = self
                    .api
                    .call(
                        Method::DELETE,
                        Self::client_url(&after, self, &["client-secret", "rotated"]),
                        None,
                        &format!("revoke the rotated secret of client {client_id}"),
                        None,
                    )
                    .await;
            }
        }
        s.id = secret_id(&value);
        s.description = Some("current".into());
        s.value = Some(value);
        Ok(Sent::Done(s))
    }

    async fn list_scopes(&self) -> BackendResult<Vec<Scope>> {
        Ok(self
            .scopes()
            .await?
            .into_iter()
            .map(|(name, _, description)| Scope { name, description })
            .collect())
    }

    async fn raw(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> BackendResult<Sent<RawResponse>> {
        let path = path.replace("{tenant}", self.realm());
        let path = path.trim_start_matches('/');
        let prefix = format!("admin/realms/{}/", self.realm());
        let path = path.strip_prefix(prefix.as_str()).unwrap_or(path);
        Ok(self.api.raw(method, &self.root, path, body, RAW).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_representation_maps_to_the_neutral_client() {
        let c = to_client(
            &rep(json!({
                "clientId": "c1", "name": "Svc", "description": "", "publicClient": false,
                "standardFlowEnabled": true, "serviceAccountsEnabled": true,
                "directAccessGrantsEnabled": true, "consentRequired": true,
                "webOrigins": ["https://a.example"],
                "attributes": {"post.logout.redirect.uris": "https://a.example/1##https://a.example/2",
                               "use.refresh.tokens": "false", "pkce.code.challenge.method": "S256"},
                "defaultClientScopes": ["service_account", "api.read"],
                "optionalClientScopes": ["offline_access", "api.write"],
            })),
            "acme",
        );
        assert_eq!(c.display_name, "Svc");
        assert_eq!(
            c.allowed_grant_types,
            ["authorization_code", "client_credentials"]
        );
        assert_eq!(c.allowed_scopes, ["api.read", "api.write"]);
        assert!(c.allow_offline_access && c.allow_ropc && c.require_consent && !c.allow_no_pkce);
        assert_eq!(c.post_logout_redirect_uris.len(), 2);
        assert_eq!(c.allowed_cors_origins, ["https://a.example"]);
    }

    #[test]
    fn scopes_keep_their_list_and_new_ones_are_default() {
        let r = rep(json!({
            "defaultClientScopes": ["service_account", "a", "b"],
            "optionalClientScopes": ["c", "offline_access"],
        }));
        let want = vec!["b".to_string(), "c".to_string(), "d".to_string()];
        let (d, o) = Change {
            scopes: Some(&want),
            offline_access: Some(false),
            ..Change::default()
        }
        .scope_lists(&r);
        assert_eq!(d, ["service_account", "b", "d"]);
        assert_eq!(o, ["c"]);
    }

    #[test]
    fn what_keycloak_cannot_store_is_refused() {
        let pw = vec!["password".to_string()];
        let odd = vec!["urn:example:grant".to_string()];
        let off = vec![OFFLINE.to_string()];
        for c in [
            Change {
                grant_types: Some(&pw),
                ..Change::default()
            },
            Change {
                grant_types: Some(&odd),
                ..Change::default()
            },
            Change {
                scopes: Some(&off),
                ..Change::default()
            },
        ] {
            let e = c.check().unwrap_err();
            assert_eq!(e.kind().exit_code(), 2);
            // the field, for the command to say as its flag
            assert!(matches!(
                e,
                BackendError::Unsupported { field: Some(_), .. }
            ));
        }
    }

    #[test]
    fn the_current_and_rotated_secrets_keep_their_ids() {
        let before = rep(
            json!({"secret": "one", "attributes": {"client.secret.expiration.time": "4102444800"}}),
        );
        let after = rep(json!({"secret": "two", "attributes": {
            "client.secret.rotated": "one", "client.secret.rotated.expiration.time": "4102444800"}}));
        let b = secrets_of("c", &before);
        let a = secrets_of("c", &after);
        assert_eq!(b.len(), 1);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[1].id, b[0].id,
            "the old current secret is the rotated one now"
        );
        assert_ne!(a[0].id, b[0].id);
        assert_eq!(a[1].description.as_deref(), Some("rotated"));
        assert!(secrets_of("c", &rep(json!({"publicClient": true, "secret": "x"}))).is_empty());
    }
}
