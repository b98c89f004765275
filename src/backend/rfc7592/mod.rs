//! Standard dynamic client registration (RFC 7591) and management (RFC 7592): any server whose
//! metadata (RFC 8414, or OpenID discovery) names a `registration_endpoint`. The base URL is the
//! issuer.
//!
//! - Registration: `POST registration_endpoint`, with `OAUTHCTL_TOKEN` as the initial access
//!   token when the server needs one. The answer (200 or 201) carries the client secret and the
//!   registration access token with the client's management URI (`registration_client_uri`).
//! - Management: `GET`/`PUT`/`DELETE` on that URI with the registration access token. The token
//!   is kept in the OS keyring (account `registration-token:CLIENT@TENANT@ISSUER`), or comes from
//!   `OAUTHCTL_REGISTRATION_TOKEN` (`-`: read it from stdin). A server may answer any call with a
//!   new token (RFC 7592 §2.1, §2.2): it is stored before anything else is done with the answer.
//! - A PUT replaces the whole record (RFC 7592 §2.2): oauthctl reads it, changes what was asked,
//!   and writes all of it back, `client_id` included, without `client_secret` (the server keeps
//!   or replaces it). Any answer with a new `client_secret` is a secret delivered.
//! - There is no list endpoint: `clients list` shows the clients registered from this machine,
//!   from a local registry file (0600, no secrets or tokens in it) under the platform data
//!   directory, one per issuer.

mod custody;
mod registry;
mod wire;

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use async_trait::async_trait;
use chrono::{DateTime, TimeZone, Utc};
use reqwest::{Method, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::descriptor::{Answers, PageSize, Probe};
use super::{
    Backend, BackendError, BackendResult, Capability, ClientPage, CreatedClient, Descriptor,
    FieldRule, Registration, Rule, Target, UpdatedClient,
};
use crate::auth::wire::ServerMetadata;
use crate::auth::Credentials;
use crate::config::{KindConventions, Settings};
use crate::error::{CliError, ErrorKind};
use crate::model::*;
use crate::output::Printer;
use crate::transport::http::{Http, Retry};
use crate::transport::sent::{done, Planned, Sent};
use custody::*;
use registry::*;
use wire::*;

pub use custody::{registration_account, ENV_REGISTRATION_TOKEN};

/// Standard dynamic registration (RFC 7591) and management (RFC 7592): one secret per client,
/// the server's scope list; only the clients registered from this machine are known.
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "rfc7592",
        help: "Standard dynamic client registration (RFC 7591) and management (RFC 7592)",
        default_issuer: "{base}",
        tenant_param: false,
    },
    capabilities: &[Capability::ReplaceSecret, Capability::ScopeCatalogue],
    // What RFC 7591 metadata holds (`apply` refuses the rest before any request): the server
    // assigns the ID, the one name is client_name, offline access follows the refresh_token grant.
    fields: &[
        "clientName",
        "requireClientSecret",
        "allowedGrantTypes",
        "allowedScopes",
        "redirectUris",
        "postLogoutRedirectUris",
    ],
    rules: &[
        FieldRule {
            field: "clientId",
            rule: Rule::Absent,
            why: "on RFC 7591 registration the server assigns the client ID (the new ID is in the output)",
        },
        FieldRule {
            field: "spaceId",
            rule: Rule::Absent,
            why: "RFC 7591 clients belong to no space",
        },
        FieldRule {
            field: "allowedCorsOrigins",
            rule: Rule::Absent,
            why: "RFC 7591 client metadata has no such setting (CORS is the server's configuration)",
        },
        FieldRule {
            field: "displayName",
            rule: Rule::SameAs("clientName"),
            why: "RFC 7591 clients have one name (client_name), so the display name must equal the name",
        },
        FieldRule {
            field: "requireConsent",
            rule: Rule::Fixed(false),
            why: "RFC 7591 client metadata has no such setting (consent is the server's policy)",
        },
        FieldRule {
            field: "allowRememberConsent",
            rule: Rule::Fixed(false),
            why: "RFC 7591 client metadata has no such setting (remembering consent is the server's policy)",
        },
        FieldRule {
            field: "allowNoPkce",
            rule: Rule::Fixed(false),
            why: "RFC 7591 client metadata has no such setting (PKCE is the server's policy)",
        },
        FieldRule {
            field: "allowRopc",
            rule: Rule::Fixed(false),
            why: "RFC 7591 client metadata has no such setting (the password grant is not among oauthctl's grant types)",
        },
        FieldRule {
            field: "backChannelLogoutSessionRequired",
            rule: Rule::Fixed(false),
            why: "RFC 7591 client metadata has no such setting (back-channel logout needs a backchannel_logout_uri, which oauthctl does not set)",
        },
        FieldRule {
            field: "allowOfflineAccess",
            rule: Rule::FollowsRefreshGrant,
            why: OFFLINE,
        },
    ],
    probe: Some(Probe {
        paths: &[
            "/.well-known/oauth-authorization-server",
            "/.well-known/openid-configuration",
        ],
        generic: true,
        matches: probe,
    }),
    clients_where: "among the clients registered from this machine",
    lowercase_uuids: false,
    page_size: PageSize {
        default: 100,
        max: 10_000,
    },
    readable_secrets: false,
    server_clients: &[],
    connect: |settings, http, printer| Box::new(Rfc7592Backend::new(settings, http, printer)),
};

const OFFLINE: &str =
    "an RFC 7591 client has offline access exactly when it may use the refresh_token grant";

/// Server metadata that names a `registration_endpoint`.
fn probe(answers: &Answers) -> Option<String> {
    let a = [
        "/.well-known/oauth-authorization-server",
        "/.well-known/openid-configuration",
    ]
    .into_iter()
    .filter_map(|p| answers.get(p))
    .find(|a| a.json().is_some_and(|v| v.is_object()))
    .filter(|a| {
        a.json()
            .and_then(|v| v.get("registration_endpoint").map(|e| e.is_string()))
            .unwrap_or(false)
    })?;
    Some(format!(
        "the metadata at {} names a registration_endpoint (RFC 7591 dynamic registration)",
        a.url
    ))
}

pub struct Rfc7592Backend {
    http: Http,
    target: Target,
    issuer: url::Url,
    initial_token: Option<String>,
    dry_run: bool,
    meta: tokio::sync::OnceCell<ServerMetadata>,
    /// For notes on stderr: the command's printer.
    notes: Printer,
    env_token: Mutex<EnvToken>,
    /// The newest token of each client used or issued in this run.
    tokens: Mutex<BTreeMap<String, (String, Source)>>,
    /// Registrations issued in this run that the command must show (see `new_registration`).
    issued: Mutex<BTreeMap<String, Registration>>,
    list_noted: AtomicBool,
    env_skipped: AtomicBool,
}

impl Rfc7592Backend {
    pub fn new(settings: &Settings, http: Http, notes: Printer) -> Self {
        Rfc7592Backend {
            http,
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
            issuer: settings.issuer.clone(),
            initial_token: match &settings.credentials {
                Credentials::Token(t) => Some(t.clone()),
                _ => None,
            },
            dry_run: settings.dry_run,
            meta: tokio::sync::OnceCell::new(),
            notes,
            env_token: Mutex::new(EnvToken::default()),
            tokens: Mutex::new(BTreeMap::new()),
            issued: Mutex::new(BTreeMap::new()),
            list_noted: AtomicBool::new(false),
            env_skipped: AtomicBool::new(false),
        }
    }

    async fn metadata(&self) -> anyhow::Result<&ServerMetadata> {
        self.meta
            .get_or_try_init(|| crate::auth::discover(&self.http, &self.issuer))
            .await
    }

    async fn registration_endpoint(&self) -> anyhow::Result<url::Url> {
        let meta = self.metadata().await?;
        let Some(e) = &meta.registration_endpoint else {
            return Err(CliError::usage(format!(
                "the server at {} names no registration_endpoint in its metadata: it offers no RFC 7591 dynamic client registration (or it is turned off)",
                self.issuer
            ))
            .with_hint(format!(
                "turn dynamic registration on in the server, or pick the API it speaks with --api ({})",
                super::kinds()
                    .iter()
                    .filter(|k| **k != DESCRIPTOR.kind())
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .into());
        };
        safe_url(e, "registration_endpoint")
    }

    /// Handles what any management answer may carry: a new registration access token (kept
    /// first) and a new management URI.
    async fn absorb(&self, client_id: &str, uri: &url::Url, rec: &Map<String, Value>) {
        let used = self
            .tokens
            .lock()
            .ok()
            .and_then(|t| t.get(client_id).map(|(t, _)| t.clone()));
        let new_uri = str_field(rec, "registration_client_uri")
            .filter(|u| safe_url(u, "registration_client_uri").is_ok());
        let shown_uri = new_uri.unwrap_or(uri.as_str());
        if let Some(t) = str_field(rec, "registration_access_token") {
            if used.as_deref() != Some(t) {
                self.keep_new_token(client_id, shown_uri, t, false).await;
            }
        }
        if let Some(u) = new_uri {
            if u != uri.as_str() {
                self.edit_registry(|r| {
                    if let Some(e) = r.clients.get_mut(client_id) {
                        e.registration_client_uri = Some(u.to_string());
                    }
                });
            }
        }
    }

    /// The management URI of a client: the one registration returned, else (a client registered
    /// elsewhere) `registration_endpoint/CLIENT_ID`, where most servers put it.
    async fn client_uri(&self, client_id: &str) -> anyhow::Result<url::Url> {
        let entry = self.load_registry().clients.get(client_id).cloned();
        if let Some(why) = entry.as_ref().and_then(|e| e.unusable.clone()) {
            return Err(CliError::other(format!(
                "client {client_id} cannot be managed from here: at its registration {why}, so oauthctl never sends its registration access token there"
            ))
            .with_hint("ask the server's operator to publish its https address (behind a TLS-terminating proxy: the forwarded scheme), then register the client again")
            .into());
        }
        if let Some(u) = entry.and_then(|e| e.registration_client_uri) {
            return safe_url(&u, "registration_client_uri");
        }
        let mut base = self.registration_endpoint().await?;
        let path = format!(
            "{}/{}",
            base.path().trim_end_matches('/'),
            url::form_urlencoded::byte_serialize(client_id.as_bytes()).collect::<String>()
        );
        base.set_path(&path);
        Ok(base)
    }

    // ---------- HTTP ----------

    async fn call(
        &self,
        method: Method,
        url: &url::Url,
        bearer: Option<&str>,
        body: Option<&Value>,
    ) -> anyhow::Result<Sent<(StatusCode, Vec<u8>)>> {
        if crate::transport::sent::is_planned(self.dry_run, &method) {
            return Ok(Planned::of(&method, url, body.cloned()));
        }
        let bytes = body.map(serde_json::to_vec).transpose()?;
        // A registration is sent once; management calls are idempotent (PUT writes a whole record).
        let retry = if method == Method::POST {
            Retry::Never
        } else {
            Retry::Safe
        };
        let resp = self
            .http
            .send(retry, |c| {
                let mut r = c
                    .request(method.clone(), url.clone())
                    .header("accept", "application/json");
                if let Some(t) = bearer {
                    r = r.bearer_auth(t);
                }
                if let Some(b) = &bytes {
                    r = r.header("content-type", "application/json").body(b.clone());
                }
                r
            })
            .await?;
        let status = resp.status();
        Ok(Sent::Done((status, self.http.body(resp).await?)))
    }

    /// GET the client's record (RFC 7592 §2.1), absorbing a new token.
    async fn read(&self, client_id: &str) -> anyhow::Result<(url::Url, Map<String, Value>)> {
        let uri = self.client_uri(client_id).await?;
        let token = self.token_for(client_id).await?;
        // A read, which `--dry-run` sends too.
        let (status, body) = self
            .call(Method::GET, &uri, Some(&token), None)
            .await?
            .after_sent::<anyhow::Error>()?;
        if !status.is_success() {
            return Err(self.management_error(status, &body, client_id, "read"));
        }
        let rec = record(&body, "the client read")?;
        self.absorb(client_id, &uri, &rec).await;
        Ok((uri, rec))
    }

    /// PUT the whole record (RFC 7592 §2.2), absorbing a new token before anything else.
    async fn write(
        &self,
        client_id: &str,
        uri: &url::Url,
        mut rec: Map<String, Value>,
    ) -> anyhow::Result<Sent<Map<String, Value>>> {
        for k in NOT_SENT_BACK {
            rec.remove(*k);
        }
        rec.insert("client_id".into(), json!(client_id));
        // RFC 7591 has one method, a string; a server that reads back an array (glewlwyd)
        // refuses the array in a PUT.
        if let Some(Value::Array(methods)) = rec.get("token_endpoint_auth_method") {
            let one = auth_method(&rec);
            if methods.len() > 1 {
                self.notes.warn(&format!(
                    "the server lists several token_endpoint_auth_method values for client {client_id}; RFC 7592 carries one, so {one} is written back"
                ));
            }
            rec.insert("token_endpoint_auth_method".into(), json!(one));
        }
        let token = self.token_for(client_id).await?;
        let (status, body) = done!(
            self.call(Method::PUT, uri, Some(&token), Some(&Value::Object(rec)))
                .await?
        );
        if !status.is_success() {
            return Err(self.management_error(status, &body, client_id, "update"));
        }
        let answer = record(&body, "the client update")?;
        self.absorb(client_id, uri, &answer).await;
        Ok(Sent::Done(answer))
    }

    fn management_error(
        &self,
        status: StatusCode,
        body: &[u8],
        client_id: &str,
        what: &str,
    ) -> anyhow::Error {
        let detail = error_detail(status, body);
        let msg = format!("the server refused to {what} client {client_id} ({status}): {detail}");
        let err: CliError = match status.as_u16() {
            // RFC 7592 §2.1: 401 for a bad token and for a client that no longer exists.
            401 | 403 => CliError::auth(msg)
                .with_hint(format!(
                    "the registration access token was refused: the client may have been deleted, or the token is stale (some servers issue a new one on every update). Pass the current one in {ENV_REGISTRATION_TOKEN}, or keep it in the OS keyring (account {})",
                    self.account(client_id)
                ))
                ,
            404 => CliError::not_found(msg),
            405 => CliError::new(ErrorKind::Unsupported, msg)
                .with_hint("this server does not allow that through RFC 7592; use its own admin tools")
                ,
            400 => CliError::usage(msg)
                .with_hint("the server rejected the client's metadata (RFC 7591 §3.2.2); fix the value it names")
                ,
            500..=599 => CliError::other(msg)
                .with_hint("the server failed; try again later")
                ,
            _ => CliError::other(msg),
        };
        err.answered(
            status.as_u16(),
            crate::transport::http::answer_excerpt(body),
        )
        .into()
    }

    fn to_client(&self, rec: &Map<String, Value>, entry: Option<&Entry>) -> Client {
        let id = str_field(rec, "client_id").unwrap_or_default().to_string();
        let name = str_field(rec, "client_name")
            .unwrap_or_default()
            .to_string();
        let grants = match rec.get("grant_types") {
            Some(v) => strings(v),
            // RFC 7591 §2: the default grant type.
            None => vec!["authorization_code".to_string()],
        };
        let created = rec
            .get("client_id_issued_at")
            .and_then(Value::as_i64)
            .filter(|t| *t > 0)
            .and_then(|t| Utc.timestamp_opt(t, 0).single())
            .or(entry.map(|e| e.registered_at))
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
        Client {
            client_id: id,
            display_name: name.clone(),
            client_name: name,
            tenant_id: self.target.tenant.clone(),
            space_id: String::new(),
            allow_offline_access: grants.iter().any(|g| g == "refresh_token"),
            allow_remember_consent: false,
            back_channel_logout_session_required: rec
                .get("backchannel_logout_session_required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            require_client_secret: auth_method(rec) != "none",
            require_consent: false,
            allow_no_pkce: false,
            allow_ropc: false,
            allowed_grant_types: grants,
            allowed_cors_origins: vec![],
            allowed_scopes: rec
                .get("scope")
                .and_then(Value::as_str)
                .map(|s| s.split_ascii_whitespace().map(String::from).collect())
                .unwrap_or_default(),
            redirect_uris: rec.get("redirect_uris").map(strings).unwrap_or_default(),
            post_logout_redirect_uris: rec
                .get("post_logout_redirect_uris")
                .map(strings)
                .unwrap_or_default(),
            created_at: created,
            updated_at: entry.map_or(created, |e| e.updated_at),
        }
    }

    /// Warns about what the server registered differently from what was asked (RFC 7591 §3.2.1
    /// lets it replace requested values).
    fn compare(&self, asked: &Map<String, Value>, got: &Map<String, Value>) {
        for key in [
            "scope",
            "grant_types",
            "redirect_uris",
            "post_logout_redirect_uris",
        ] {
            let Some(a) = asked.get(key) else { continue };
            let norm = |v: Option<&Value>| -> Vec<String> {
                let mut s = match v {
                    Some(Value::String(s)) => {
                        s.split_ascii_whitespace().map(String::from).collect()
                    }
                    Some(v) => strings(v),
                    None => vec![],
                };
                s.sort();
                s
            };
            let (want, have) = (norm(Some(a)), norm(got.get(key)));
            if want != have {
                self.notes.warn(&format!(
                    "the server registered {key} [{}] instead of the requested [{}] (RFC 7591 lets a server replace requested values)",
                    have.join(" "),
                    want.join(" ")
                ));
            }
        }
    }

    fn secret_of(
        &self,
        client_id: &str,
        rec: &Map<String, Value>,
        value: Option<String>,
    ) -> Secret {
        let expires = rec
            .get("client_secret_expires_at")
            .and_then(Value::as_i64)
            .filter(|t| *t > 0)
            .and_then(|t| Utc.timestamp_opt(t, 0).single());
        Secret::single(client_id, expires, None, value)
    }
}

#[async_trait]
impl Backend for Rfc7592Backend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn target(&self) -> &Target {
        &self.target
    }

    fn new_registration(&self, client_id: &str) -> Option<Registration> {
        self.issued.lock().ok()?.get(client_id).cloned()
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        let body = registration_body(req)?;
        let endpoint = self.registration_endpoint().await?;
        let (status, bytes) = done!(
            self.call(
                Method::POST,
                &endpoint,
                self.initial_token.as_deref(),
                Some(&Value::Object(body.clone())),
            )
            .await?
        );
        if !status.is_success() {
            let detail = error_detail(status, &bytes);
            let msg = format!("the server refused the registration ({status}): {detail}");
            let iat_hint = if self.initial_token.is_none() {
                "if the server needs an initial access token, set OAUTHCTL_TOKEN to it"
            } else {
                "check the initial access token in OAUTHCTL_TOKEN: it may be expired, used up, or lack the right scope"
            };
            let err = match status.as_u16() {
                401 | 403 => CliError::auth(msg).with_hint(iat_hint),
                400 if detail.contains("redirect_uri") && req.redirect_uris.is_empty() => {
                    CliError::usage(msg).with_hint(
                        "this server wants a redirect URI even for a client_credentials client: pass --redirect-uri",
                    )
                }
                400 if self.initial_token.is_none() && detail.contains("token") => {
                    CliError::auth(msg).with_hint(iat_hint)
                }
                400 => CliError::usage(msg).with_hint(
                    "the server rejected the client's metadata (RFC 7591 §3.2.2); fix the value it names",
                ),
                409 => CliError::conflict(msg),
                _ => CliError::other(msg),
            };
            return Err(err
                .answered(
                    status.as_u16(),
                    crate::transport::http::answer_excerpt(&bytes),
                )
                .into());
        }
        // 201 in RFC 7591 §3.2.1; some servers (glewlwyd) answer 200.
        let rec = record(&bytes, "the registration")?;
        let Some(client_id) = str_field(&rec, "client_id").map(String::from) else {
            return Err(CliError::other(format!(
                "the server's registration answer has no client_id: {}",
                excerpt(&bytes)
            ))
            .into());
        };
        // Keep the registration access token before anything else. The server made the client:
        // its secret and token are delivered first, and only then is an unsafe management URI
        // refused (the registry marks it unusable, so no token is ever sent there).
        let token = str_field(&rec, "registration_access_token").map(String::from);
        let uri = str_field(&rec, "registration_client_uri").map(String::from);
        let unusable = uri
            .as_deref()
            .and_then(|u| safe_url(u, "registration_client_uri").err())
            .map(|e| format!("{e:#}"));
        if let Some(why) = &unusable {
            self.notes.warn(&format!(
                "client {client_id} was registered, and its secret and registration access token are in this command's output; but {why}: oauthctl will not send its registration token there, so it cannot show, update or delete this client (a server behind a TLS-terminating proxy must name its https address)"
            ));
        }
        let registration = match (&token, &uri) {
            (Some(t), Some(u)) => {
                if unusable.is_none() {
                    self.keep_new_token(&client_id, u, t, true).await;
                }
                Some(Registration {
                    client_uri: u.clone(),
                    access_token: t.clone(),
                })
            }
            _ => {
                self.notes.warn(&format!(
                    "the server returned no registration access token or management URI for client {client_id}: it does not offer RFC 7592 management, so oauthctl cannot show, update or delete this client"
                ));
                None
            }
        };
        let now = Utc::now();
        let mut entry = Entry {
            registration_client_uri: uri,
            unusable,
            registered_at: now,
            updated_at: now,
            client: self.to_client(&rec, None),
        };
        let client = self.to_client(&rec, Some(&entry));
        entry.client = client.clone();
        self.edit_registry(|r| {
            r.clients.insert(client_id.clone(), entry);
        });
        self.compare(&body, &rec);
        let secret = str_field(&rec, "client_secret")
            .map(|v| self.secret_of(&client_id, &rec, Some(v.to_string())));
        Ok(Sent::Done(CreatedClient {
            client,
            secret,
            registration,
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
        self.registry_note();
        Ok(ClientPage {
            items: self
                .load_registry()
                .clients
                .into_values()
                .map(|e| e.client)
                .collect(),
            next: None,
        })
    }

    async fn get_client(&self, client_id: &str) -> BackendResult<Client> {
        let (_, rec) = self.read(client_id).await?;
        let client = self.to_client(&rec, self.entry(client_id).as_ref());
        self.seen(&client);
        Ok(client)
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>> {
        self.refuse_fields(req)?;
        let (uri, current) = self.read(client_id).await?;
        let old_secret = str_field(&current, "client_secret").map(String::from);
        let mut rec = current;
        merge(&mut rec, req)?;
        let asked = rec.clone();
        let answer = done!(self.write(client_id, &uri, rec).await?);
        let new_secret = str_field(&answer, "client_secret")
            .filter(|s| Some(*s) != old_secret.as_deref())
            .map(|v| self.secret_of(client_id, &answer, Some(v.to_string())));
        let now = Utc::now();
        let mut entry = self.entry(client_id);
        if let Some(e) = &mut entry {
            e.updated_at = now;
        }
        let client = self.to_client(&answer, entry.as_ref());
        self.edit_registry(|r| {
            if let Some(e) = r.clients.get_mut(client_id) {
                e.updated_at = now;
                e.client = client.clone();
            }
        });
        self.compare(&asked, &answer);
        Ok(Sent::Done(UpdatedClient {
            client,
            secret: new_secret,
        }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        let uri = self.client_uri(client_id).await?;
        let token = self.token_for(client_id).await?;
        let (status, body) = done!(self.call(Method::DELETE, &uri, Some(&token), None).await?);
        if !status.is_success() {
            return Err(self
                .management_error(status, &body, client_id, "delete")
                .into());
        }
        if status != StatusCode::NO_CONTENT {
            self.notes.warn(&format!(
                "the server answered {status} instead of RFC 7592's 204 No Content: some servers (glewlwyd) only disable the client; it may still exist there, disabled (remove it with the server's own admin tools if that matters)"
            ));
        }
        self.edit_registry(|r| {
            r.clients.remove(client_id);
        });
        // The token is useless now; a failure to remove it is only untidy.
        let _ = crate::secret_store::delete(self.account(client_id)).await;
        if let Ok(mut t) = self.tokens.lock() {
            t.remove(client_id);
        }
        Ok(Sent::Done(()))
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        let (_, rec) = self.read(client_id).await?;
        Ok(vec![self.secret_of(client_id, &rec, None)])
    }

    /// A PUT of the unchanged record: servers that rotate on update (glewlwyd, node-oidc-provider
    /// with a rotation policy) answer with a new client_secret. A server that keeps the secret
    /// cannot replace it through RFC 7592, and this says so.
    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        let (uri, current) = self.read(client_id).await?;
        let old_secret = str_field(&current, "client_secret").map(String::from);
        let answer = done!(self.write(client_id, &uri, current).await?);
        match str_field(&answer, "client_secret").filter(|s| Some(*s) != old_secret.as_deref()) {
            Some(v) => {
                self.edit_registry(|r| {
                    if let Some(e) = r.clients.get_mut(client_id) {
                        e.updated_at = Utc::now();
                    }
                });
                Ok(Sent::Done(self.secret_of(client_id, &answer, Some(v.to_string()))))
            }
            None => Err(CliError::new(
                ErrorKind::Unsupported,
                format!(
                    "the server at {} did not issue a new client_secret when client {client_id} was written back (RFC 7592 §2.2 lets it keep the secret): it cannot replace secrets through RFC 7592. The record was written back unchanged and the current secret still works",
                    self.issuer
                ),
            )
            .with_hint("replace the secret with the server's own admin tools, or register a new client and delete this one")
            .into()),
        }
    }

    async fn list_scopes(&self) -> BackendResult<Vec<Scope>> {
        let meta = self.metadata().await?;
        if meta.scopes_supported.is_empty() {
            self.notes.hint(&format!(
                "the metadata of {} lists no scopes_supported",
                self.issuer
            ));
        }
        Ok(meta
            .scopes_supported
            .iter()
            .map(|s| Scope {
                name: s.clone(),
                description: String::new(),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_method_string_or_array() {
        let m = |v: Value| {
            let mut r = Map::new();
            r.insert("token_endpoint_auth_method".into(), v);
            auth_method(&r)
        };
        assert_eq!(m(json!("none")), "none");
        assert_eq!(m(json!(["client_secret_basic"])), "client_secret_basic");
        assert_eq!(m(json!(["none"])), "none");
        assert_eq!(
            m(json!(["none", "client_secret_post"])),
            "client_secret_post"
        );
        assert_eq!(auth_method(&Map::new()), "client_secret_basic");
    }

    #[test]
    fn merge_keeps_what_is_not_changed() {
        let mut rec = json!({
            "client_id": "c", "client_name": "a", "grant_types": ["client_credentials"],
            "scope": "x y", "redirect_uris": ["https://a.example/cb"], "jwks_uri": "https://a.example/j",
        })
        .as_object()
        .unwrap()
        .clone();
        let req = UpdateClientRequest {
            display_name: Some("b".into()),
            ..Default::default()
        };
        merge(&mut rec, &req).unwrap();
        assert_eq!(rec["client_name"], "b");
        assert_eq!(rec["scope"], "x y");
        assert_eq!(rec["jwks_uri"], "https://a.example/j");
        let req = UpdateClientRequest {
            allowed_grant_types: Some(vec!["authorization_code".into()]),
            ..Default::default()
        };
        merge(&mut rec, &req).unwrap();
        assert_eq!(rec["response_types"], json!(["code"]));
    }

    #[test]
    fn unsupported_create_fields_are_refused() {
        let base = CreateClientRequest {
            client_name: "n".into(),
            allowed_grant_types: vec!["client_credentials".into()],
            ..Default::default()
        };
        let e = registration_body(&CreateClientRequest {
            client_id: Some("x".into()),
            ..base.clone()
        })
        .unwrap_err();
        assert!(e.to_string().contains("clientId"));
        let e = registration_body(&CreateClientRequest {
            allowed_cors_origins: vec!["https://a.example".into()],
            ..base.clone()
        })
        .unwrap_err();
        assert!(e.to_string().contains("allowedCorsOrigins"));
        let e = registration_body(&CreateClientRequest {
            allow_offline_access: Some(true),
            ..base.clone()
        })
        .unwrap_err();
        assert!(e.to_string().contains("allowOfflineAccess"));
        assert_eq!(crate::error::exit_code(&e), 2);
        let body = registration_body(&base).unwrap();
        assert_eq!(body["response_types"], json!([]));
        assert_eq!(body["token_endpoint_auth_method"], "client_secret_basic");
    }

    #[test]
    fn error_details() {
        assert_eq!(
            error_detail(
                StatusCode::BAD_REQUEST,
                br#"{"error":"invalid_redirect_uri","error_description":"x"}"#
            ),
            "invalid_redirect_uri: x"
        );
        assert_eq!(error_detail(StatusCode::FORBIDDEN, b""), "Forbidden");
    }
}
