//! The seam between the commands and the servers: one [`Backend`] trait that every kind of admin
//! API implements, and the capabilities a kind has or lacks.
//!
//! Commands see only the neutral model ([`crate::model`]) and this trait. Wire types, paging,
//! idempotency keys and authentication stay inside each backend. A command that needs a
//! capability asks with [`Backend::require`] before any request or prompt; a missing one is a
//! typed error (exit 2, JSON code `unsupported`) naming the kind and what to do instead.
//!
//! A new kind of server is one module here that exports its [`Descriptor`], and one line in
//! [`KINDS`].

pub mod descriptor;
pub mod glewlwyd;
pub mod hydra;
pub mod keycloak;
pub mod lemonldap;
#[cfg(test)]
pub mod memory;
pub mod oauthctl;
pub mod rfc7592;

use std::pin::Pin;

use async_trait::async_trait;
use futures_util::Stream;
use serde::Serialize;

pub use crate::error::BackendError;
use crate::error::CliError;

/// What every method of [`Backend`] answers.
pub type BackendResult<T> = std::result::Result<T, BackendError>;
use crate::model::*;

pub use crate::config::ApiKind;
pub use descriptor::{Descriptor, FieldRefusal, FieldRule, PageSize, Rule};

/// The kinds of admin API, in the order `--api` lists them; the first is the default. A new kind
/// is one line here.
pub static KINDS: &[&Descriptor] = &[
    &oauthctl::DESCRIPTOR,
    &rfc7592::DESCRIPTOR,
    &glewlwyd::DESCRIPTOR,
    &lemonldap::DESCRIPTOR,
    &keycloak::DESCRIPTOR,
    &hydra::DESCRIPTOR,
];

/// Every kind, as the settings see them ([`crate::config::Settings::resolve`] takes this list).
pub fn kinds() -> Vec<ApiKind> {
    KINDS.iter().map(|d| d.kind()).collect()
}

/// The kind that is used when none is named: the first of [`KINDS`].
pub fn default_kind() -> ApiKind {
    KINDS[0].kind()
}

/// The kind named `name` (`--api`'s value).
pub fn kind_named(name: &str) -> Option<ApiKind> {
    KINDS
        .iter()
        .find(|d| d.conventions.name == name)
        .map(|d| d.kind())
}

/// The descriptor of a kind.
pub fn descriptor(kind: ApiKind) -> &'static Descriptor {
    KINDS
        .iter()
        .find(|d| d.conventions.name == kind.as_str())
        .copied()
        .unwrap_or(KINDS[0])
}

impl ApiKind {
    /// What this kind of admin API can do, before anything is sent (its descriptor's list).
    pub fn capabilities(self) -> &'static [Capability] {
        descriptor(self).capabilities
    }
}

/// Something not every admin API has. Commands ask for it before they send or prompt anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Capability {
    /// Several secrets per client, each with its own start and expiry: create, revoke, shorten.
    MultipleSecrets,
    /// Replacing a client's one secret with a new value (the old one stops working at once).
    ReplaceSecret,
    /// Spaces (every client belongs to one).
    Spaces,
    /// A catalogue of the scopes an admin can grant.
    ScopeCatalogue,
    /// Tenant authorizations of client IDs for chosen scopes.
    Authorizations,
    /// Raw authenticated calls to the admin API (`oauthctl api`).
    Raw,
    /// Listing every client on the server (not only those registered from this machine).
    ListClients,
}

impl Capability {
    pub const ALL: &'static [Capability] = &[
        Capability::MultipleSecrets,
        Capability::ReplaceSecret,
        Capability::Spaces,
        Capability::ScopeCatalogue,
        Capability::Authorizations,
        Capability::Raw,
        Capability::ListClients,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Capability::MultipleSecrets => "multiple-secrets",
            Capability::ReplaceSecret => "replace-secret",
            Capability::Spaces => "spaces",
            Capability::ScopeCatalogue => "scope-catalogue",
            Capability::Authorizations => "authorizations",
            Capability::Raw => "raw",
            Capability::ListClients => "list-clients",
        }
    }

    /// What a user gets from it, for error messages ("… has no {what}").
    pub fn what(self) -> &'static str {
        match self {
            Capability::MultipleSecrets => {
                "several secrets per client with their own expiry (secrets create, revoke, overlapping rotation)"
            }
            Capability::ReplaceSecret => "replacement of a client's secret",
            Capability::Spaces => "spaces",
            Capability::ScopeCatalogue => "scope catalogue",
            Capability::Authorizations => "client authorizations",
            Capability::Raw => "raw admin API calls",
            Capability::ListClients => "list of all clients",
        }
    }

    /// What to do instead, for the hint.
    pub fn instead(self) -> &'static str {
        match self {
            Capability::MultipleSecrets => {
                "rotate with `oauthctl secrets rotate CLIENT --replace`, which replaces the one secret"
            }
            Capability::ReplaceSecret => {
                "rotate with an overlap: `oauthctl secrets rotate CLIENT` (without --replace)"
            }
            Capability::Spaces => "leave out --space; clients on this server belong to no space",
            Capability::ScopeCatalogue => "name the scopes yourself with --scope",
            Capability::Authorizations => {
                "grant scopes through the client's allowed scopes instead: `oauthctl clients update CLIENT --scope …`"
            }
            Capability::Raw => "use the server's own tools or curl for this call",
            Capability::ListClients => "show a client by its ID: `oauthctl clients show ID`",
        }
    }
}

impl std::fmt::Display for Capability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The typed error for a missing capability: exit 2, JSON code `unsupported`.
pub fn unsupported(kind: ApiKind, cap: Capability) -> BackendError {
    BackendError::Unsupported {
        message: format!(
            "the {kind} admin API has no {}; nothing was sent",
            cap.what()
        ),
        hint: Some(cap.instead().to_string()),
        field: None,
    }
}

/// Where the backend points, for messages and keyring account names.
#[derive(Debug, Clone)]
pub struct Target {
    pub base_url: url::Url,
    pub tenant: String,
}

/// A new client and its first secret (with the value, shown once), and for RFC 7592 servers the
/// registration that manages it.
#[derive(Debug, Clone, Serialize)]
pub struct CreatedClient {
    pub client: Client,
    pub secret: Option<Secret>,
    /// RFC 7592: the management URI and registration access token (shown once). Absent for
    /// the other kinds, so their JSON keeps its shape.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
}

/// What manages a client registered through RFC 7591: its `registration_client_uri` and
/// `registration_access_token` (a credential, shown once like a secret).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Registration {
    pub client_uri: String,
    pub access_token: String,
}

/// An updated client. `secret` is set when the server issued a new secret with the update: that
/// value must be delivered like a rotated one.
#[derive(Debug, Clone)]
pub struct UpdatedClient {
    pub client: Client,
    pub secret: Option<Secret>,
}

/// A page of clients and the cursor of the next one.
pub struct ClientPage {
    pub items: Vec<Client>,
    pub next: Option<String>,
}

/// Every client of the tenant (or space), fetched page by page as the stream is read.
pub type ClientStream<'a> = Pin<Box<dyn Stream<Item = anyhow::Result<Client>> + Send + 'a>>;

/// The offset a page cursor holds, for a kind that pages by offset (`None`: the first page).
pub(crate) fn offset_cursor(cursor: Option<&str>, server: &str) -> anyhow::Result<usize> {
    match cursor {
        None => Ok(0),
        Some(c) => c
            .parse()
            .map_err(|_| CliError::other(format!("bad {server} page cursor {c:?}")).into()),
    }
}

/// A page of an admin API's list (`what`, e.g. "list clients", from `server`): its first `take`
/// objects made into `T` one at a time ([`crate::transport::records`]), and how many elements the
/// page had (more than `take` says another page follows, where a kind asks for one extra).
pub(crate) fn read_list<T>(
    body: &[u8],
    take: usize,
    server: &str,
    what: &str,
    mut each: impl FnMut(&serde_json::Map<String, serde_json::Value>) -> T,
) -> BackendResult<(Vec<T>, usize)> {
    use crate::transport::records::{each_object, Records};
    let mut items = Vec::with_capacity(take.min(1024));
    match each_object(body, take, |r| items.push(each(r))) {
        Ok(Records::List { len }) => Ok((items, len)),
        Ok(Records::Other(other)) => Err(BackendError::invalid_answer(format!(
            "{what}: {server} sent {} instead of a list",
            crate::transport::http::excerpt(&other.to_string())
        ))),
        Err(e) => Err(BackendError::unreadable(server, what, e)),
    }
}

/// An admin API's answer that must be one record (a client), already decoded: its object, else
/// an invalid answer naming what came instead.
pub(crate) fn one_record(
    v: serde_json::Value,
    server: &str,
    what: &str,
) -> BackendResult<serde_json::Map<String, serde_json::Value>> {
    match v {
        serde_json::Value::Object(m) => Ok(m),
        other => Err(BackendError::invalid_answer(format!(
            "{what}: {server} sent {} instead of a client",
            crate::transport::http::excerpt(&other.to_string())
        ))),
    }
}

/// [`one_record`] of an answer's bytes.
pub(crate) fn read_record(
    body: &[u8],
    server: &str,
    what: &str,
) -> BackendResult<serde_json::Map<String, serde_json::Value>> {
    let v = crate::transport::decode_json(body)
        .map_err(|e| BackendError::unreadable(server, what, e))?;
    one_record(v, server, what)
}

pub use crate::transport::http::RawResponse;
pub use crate::transport::sent::{Planned, Sent};

/// One kind of admin API. Methods of a capability the kind lacks keep their default, which is
/// the `unsupported` error; [`Backend::capabilities`] must list exactly what is overridden.
///
/// Every change answers with [`Sent`]: under `--dry-run` a backend sends its reads but returns
/// [`Sent::Planned`] — the request, credentials redacted — for the first change instead of
/// sending it.
#[async_trait]
pub trait Backend: Send + Sync {
    /// What the kind says about itself: capabilities, field table, conventions.
    fn descriptor(&self) -> &'static Descriptor;
    fn target(&self) -> &Target;

    fn kind(&self) -> ApiKind {
        self.descriptor().kind()
    }

    fn capabilities(&self) -> &'static [Capability] {
        self.descriptor().capabilities
    }

    fn has(&self, cap: Capability) -> bool {
        self.capabilities().contains(&cap)
    }

    /// Fails with the `unsupported` error unless the kind has `cap`. Call it before any request
    /// or prompt.
    fn require(&self, cap: Capability) -> BackendResult<()> {
        if self.has(cap) {
            Ok(())
        } else {
            Err(unsupported(self.kind(), cap))
        }
    }

    /// The client fields (names of `-o json`, see [`CLIENT_FIELDS`]) this kind stores; a file for
    /// `oauthctl apply` that sets another is refused before any request. `spaceId` also needs
    /// [`Capability::Spaces`]. The descriptor's `fields`.
    fn client_fields(&self) -> &'static [&'static str] {
        self.descriptor().fields
    }

    /// The first field of a create or update request that the kind cannot store as given (its
    /// descriptor's field table), before anything is sent.
    fn check_fields(&self, request: &dyn erased::Request) -> Option<FieldRefusal> {
        descriptor::check_fields(self.kind(), self.descriptor().rules, request)
    }

    /// [`Self::check_fields`] without what the request lacks ([`Rule::Required`]), for the check
    /// before a dialogue that asks for it.
    fn check_given_fields(&self, request: &dyn erased::Request) -> Option<FieldRefusal> {
        descriptor::given_fields(self.kind(), self.descriptor().rules, request)
    }

    /// [`Self::check_fields`] as an error naming the field (the command says its flag): every
    /// kind's create and update begin with it, behind the commands' own check.
    fn refuse_fields(&self, request: &dyn erased::Request) -> BackendResult<()> {
        match self.check_fields(request) {
            Some(r) => Err(r.error(r.field)),
            None => Ok(()),
        }
    }

    /// Whether the kind can issue a secret as requested (its expiry, start time), before anything
    /// is sent: `clients create` asks before its first request, `create_secret` begins with it.
    /// Every kind that keeps several secrets stores them as asked, unless it overrides this.
    fn check_secret_request(&self, _request: &CreateSecretRequest) -> BackendResult<()> {
        Ok(())
    }

    // ---------- clients: every kind ----------

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>>;
    /// One page of clients; `cursor` is the `next` of the page before. `page_size` is at most
    /// the descriptor's `page_size.max` ([`all_clients`] sees to it).
    async fn list_clients_page(
        &self,
        space: Option<&str>,
        page_size: usize,
        cursor: Option<&str>,
    ) -> BackendResult<ClientPage>;
    async fn get_client(&self, client_id: &str) -> BackendResult<Client>;
    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>>;
    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>>;
    /// What the server knows of the client's secrets (metadata only, never a value).
    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>>;

    /// A registration (RFC 7592) the server issued anew for the client during this command that
    /// the user must be shown, because it could not be kept in the OS keyring or the user keeps
    /// it elsewhere (OAUTHCTL_REGISTRATION_TOKEN). None for kinds without registrations.
    fn new_registration(&self, _client_id: &str) -> Option<Registration> {
        None
    }

    // ---------- capabilities ----------

    async fn create_secret(
        &self,
        _client_id: &str,
        _req: &CreateSecretRequest,
    ) -> BackendResult<Sent<Secret>> {
        Err(unsupported(self.kind(), Capability::MultipleSecrets))
    }
    async fn revoke_secret(&self, _client_id: &str, _secret_id: &str) -> BackendResult<Sent<()>> {
        Err(unsupported(self.kind(), Capability::MultipleSecrets))
    }
    async fn shorten_secret(
        &self,
        _client_id: &str,
        _secret_id: &str,
        _expiration: chrono::DateTime<chrono::Utc>,
    ) -> BackendResult<Sent<Secret>> {
        Err(unsupported(self.kind(), Capability::MultipleSecrets))
    }
    /// Replaces the client's one secret; the answer carries the new value.
    async fn replace_secret(&self, _client_id: &str) -> BackendResult<Sent<Secret>> {
        Err(unsupported(self.kind(), Capability::ReplaceSecret))
    }
    async fn list_spaces(&self) -> BackendResult<Vec<Space>> {
        Err(unsupported(self.kind(), Capability::Spaces))
    }
    async fn create_space(&self, _req: &CreateSpaceRequest) -> BackendResult<Sent<Space>> {
        Err(unsupported(self.kind(), Capability::Spaces))
    }
    async fn list_scopes(&self) -> BackendResult<Vec<Scope>> {
        Err(unsupported(self.kind(), Capability::ScopeCatalogue))
    }
    async fn client_info(&self, _client_id: &str) -> BackendResult<ClientInfo> {
        Err(unsupported(self.kind(), Capability::Authorizations))
    }
    async fn list_authorizations(&self) -> BackendResult<Vec<Authorization>> {
        Err(unsupported(self.kind(), Capability::Authorizations))
    }
    async fn get_authorization(&self, _client_id: &str) -> BackendResult<Authorization> {
        Err(unsupported(self.kind(), Capability::Authorizations))
    }
    async fn put_authorization(
        &self,
        _client_id: &str,
        _scopes: &[String],
    ) -> BackendResult<Sent<Authorization>> {
        Err(unsupported(self.kind(), Capability::Authorizations))
    }
    async fn delete_authorization(&self, _client_id: &str) -> BackendResult<Sent<()>> {
        Err(unsupported(self.kind(), Capability::Authorizations))
    }
    /// A raw call below the admin API's base path (`{tenant}` is replaced).
    async fn raw(
        &self,
        _method: reqwest::Method,
        _path: &str,
        _body: Option<Vec<u8>>,
    ) -> BackendResult<Sent<RawResponse>> {
        Err(unsupported(self.kind(), Capability::Raw))
    }
}

/// Every client of the tenant (or of one space), as a stream: the one paging loop. A server that
/// hands back the cursor it was given stops the stream with an error instead of looping for ever.
/// `page_size` is lowered to the most the kind's server accepts ([`PageSize::max`]).
pub fn all_clients<'a>(
    backend: &'a dyn Backend,
    space: Option<&'a str>,
    page_size: usize,
) -> ClientStream<'a> {
    let page_size = page_size.clamp(1, backend.descriptor().page_size.max);
    struct State {
        cursor: Option<String>,
        buffer: std::vec::IntoIter<Client>,
        done: bool,
        /// Every client ID seen so far: a page that repeats one is a server ignoring the cursor.
        seen: std::collections::HashSet<String>,
        pages: usize,
    }
    let init = State {
        cursor: None,
        buffer: Vec::new().into_iter(),
        done: false,
        seen: std::collections::HashSet::new(),
        pages: 0,
    };
    Box::pin(futures_util::stream::unfold(
        init,
        move |mut st| async move {
            loop {
                if let Some(c) = st.buffer.next() {
                    return Some((Ok(c), st));
                }
                if st.done {
                    return None;
                }
                match backend
                    .list_clients_page(space, page_size, st.cursor.as_deref())
                    .await
                {
                    Err(e) => {
                        st.done = true;
                        return Some((Err(e.into()), st));
                    }
                    Ok(page) => {
                        st.pages += 1;
                        let again = page
                            .items
                            .iter()
                            .find(|c| !st.seen.insert(c.client_id.clone()));
                        let bound = match again {
                            Some(c) => Some(page_repeats(&c.client_id, st.pages)),
                            None if st.seen.len() > MAX_LISTED_CLIENTS => Some(too_many()),
                            None => None,
                        };
                        if let Some(e) = bound {
                            st.done = true;
                            st.buffer = Vec::new().into_iter();
                            return Some((Err(e), st));
                        }
                        match page.next {
                            Some(next) if !page.items.is_empty() => {
                                if st.cursor.as_deref() == Some(next.as_str()) {
                                    st.done = true;
                                    st.buffer = Vec::new().into_iter();
                                    return Some((Err(page_loop(&next)), st));
                                }
                                st.cursor = Some(next);
                            }
                            _ => st.done = true,
                        }
                        st.buffer = page.items.into_iter();
                    }
                }
            }
        },
    ))
}

/// The clients oauthctl's bulk commands manage (planning, export, `secrets rotate --all`, the
/// expiry watch), in memory: [`all_clients`] without the server's own
/// ([`Descriptor::server_clients`]).
pub async fn collect_clients(
    backend: &dyn Backend,
    space: Option<&str>,
) -> anyhow::Result<Vec<Client>> {
    use futures_util::TryStreamExt;
    let d = backend.descriptor();
    all_clients(backend, space, BULK_PAGE_SIZE)
        .try_filter(|c| std::future::ready(!d.owns(&c.client_id)))
        .try_collect()
        .await
}

/// The page size of bulk reads (rotation, the expiry watch, planning).
pub const BULK_PAGE_SIZE: usize = 1000;

/// The most clients one list reads (documented in the README): a server that never stops paging
/// ends in a clear error, not in all the memory of the machine.
pub const MAX_LISTED_CLIENTS: usize = 1_000_000;

fn page_repeats(client_id: &str, page: usize) -> anyhow::Error {
    CliError::other(format!(
        "page {page} of the client list repeats client {client_id:?} from an earlier page: the server ignores the paging cursor; stopping the list"
    ))
    .into()
}

fn too_many() -> anyhow::Error {
    CliError::other(format!(
        "the server listed more than {MAX_LISTED_CLIENTS} clients; stopping the list (oauthctl reads at most that many)"
    ))
    .into()
}

fn page_loop(token: &str) -> anyhow::Error {
    CliError::other(format!(
        "the server returned the same page token twice ({token}); stopping the list"
    ))
    .into()
}

/// Builds the backend the settings name, writing what is for people (notes, warnings, the `-v`
/// trace) through the command's printer. Nothing is sent yet: authentication happens on the
/// first request that needs it.
pub fn connect(
    settings: &crate::config::Settings,
    printer: &crate::output::Printer,
) -> anyhow::Result<Box<dyn Backend>> {
    let http = crate::transport::http::Http::new(settings)?.with_tracer(printer.tracer());
    Ok((descriptor(settings.api).connect)(
        settings,
        http,
        printer.clone(),
    ))
}

/// Requests as JSON, for the field table (the trait stays object-safe).
pub mod erased {
    /// A create or update request.
    pub trait Request {
        /// Its camelCase JSON (a field left out: empty for a new client, unchanged for an update).
        fn as_json(&self) -> serde_json::Value;
        /// Whether it makes a new client (then a field left out is one the client lacks).
        fn creates(&self) -> bool;
    }

    impl Request for crate::model::CreateClientRequest {
        fn as_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
        fn creates(&self) -> bool {
            true
        }
    }

    impl Request for crate::model::UpdateClientRequest {
        fn as_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
        fn creates(&self) -> bool {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_capability_is_exit_2_with_the_code_unsupported() {
        let b = memory::MemoryBackend::new();
        let e = b.require(Capability::Authorizations).unwrap_err();
        assert!(matches!(e, BackendError::Unsupported { field: None, .. }));
        assert_eq!(e.kind().exit_code(), 2);
        assert_eq!(serde_json::to_value(e.kind()).unwrap(), "unsupported");
        assert!(e
            .to_string()
            .contains("oauthctl admin API has no client authorizations"));
        assert!(e.hint().is_some());
        let e = anyhow::Error::from(e);
        assert_eq!(crate::error::exit_code(&e), 2);
        assert!(b.require(Capability::MultipleSecrets).is_ok());
    }

    /// What every capability's methods answer on a backend of `d`, on a server that is not there
    /// (127.0.0.1:9): `Unsupported` where the kind lacks it, something else (it tried) where it
    /// has it.
    fn answers(d: &'static Descriptor) -> Vec<(Capability, &'static str, bool)> {
        let base = url::Url::parse("http://127.0.0.1:9").unwrap();
        let settings = crate::config::Settings {
            profile: None,
            base_url: base.clone(),
            tenant: "t".into(),
            client_id: None,
            credentials: crate::auth::Credentials::Token("x".into()),
            timeout: std::time::Duration::from_secs(2),
            retries: 1,
            verbose: false,
            dry_run: false,
            ca_cert: None,
            allow_foreign_endpoints: false,
            server_type: None,
            api: d.kind(),
            issuer: base,
        };
        let (printer, _) = crate::output::Printer::captured(crate::output::Format::Table);
        let b = connect(&settings, &printer).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let unsupported = |r: Result<(), BackendError>| {
            matches!(r, Err(BackendError::Unsupported { field: None, .. }))
        };
        let when = chrono::Utc::now();
        rt.block_on(async {
            let b = b.as_ref();
            let secret = CreateSecretRequest::default();
            let space = CreateSpaceRequest {
                id: "s".into(),
                display_name: None,
            };
            vec![
                (
                    Capability::MultipleSecrets,
                    "create_secret",
                    unsupported(b.create_secret("c", &secret).await.map(drop)),
                ),
                (
                    Capability::MultipleSecrets,
                    "revoke_secret",
                    unsupported(b.revoke_secret("c", "s").await.map(drop)),
                ),
                (
                    Capability::MultipleSecrets,
                    "shorten_secret",
                    unsupported(b.shorten_secret("c", "s", when).await.map(drop)),
                ),
                (
                    Capability::ReplaceSecret,
                    "replace_secret",
                    unsupported(b.replace_secret("c").await.map(drop)),
                ),
                (
                    Capability::Spaces,
                    "list_spaces",
                    unsupported(b.list_spaces().await.map(drop)),
                ),
                (
                    Capability::Spaces,
                    "create_space",
                    unsupported(b.create_space(&space).await.map(drop)),
                ),
                (
                    Capability::ScopeCatalogue,
                    "list_scopes",
                    unsupported(b.list_scopes().await.map(drop)),
                ),
                (
                    Capability::Authorizations,
                    "client_info",
                    unsupported(b.client_info("c").await.map(drop)),
                ),
                (
                    Capability::Authorizations,
                    "list_authorizations",
                    unsupported(b.list_authorizations().await.map(drop)),
                ),
                (
                    Capability::Authorizations,
                    "get_authorization",
                    unsupported(b.get_authorization("c").await.map(drop)),
                ),
                (
                    Capability::Authorizations,
                    "put_authorization",
                    unsupported(b.put_authorization("c", &[]).await.map(drop)),
                ),
                (
                    Capability::Authorizations,
                    "delete_authorization",
                    unsupported(b.delete_authorization("c").await.map(drop)),
                ),
                (
                    Capability::Raw,
                    "raw",
                    unsupported(b.raw(reqwest::Method::GET, "/x", None).await.map(drop)),
                ),
            ]
        })
    }

    /// A kind's capability list is what it implements: a method behind a capability it lacks
    /// answers `Unsupported` (without a request), and one behind a capability it lists is its own.
    #[test]
    fn every_kinds_capability_list_matches_what_it_implements() {
        for d in KINDS {
            for (cap, method, unsupported) in answers(d) {
                let listed = d.capabilities.contains(&cap);
                assert_eq!(
                    unsupported,
                    !listed,
                    "{}: {method} ({cap}) answers {} but the capability is {}",
                    d.conventions.name,
                    if unsupported {
                        "unsupported"
                    } else {
                        "by trying"
                    },
                    if listed { "listed" } else { "not listed" }
                );
            }
        }
    }

    #[test]
    fn every_capability_has_words() {
        for c in Capability::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
            assert!(!c.what().is_empty() && !c.instead().is_empty() && !c.as_str().is_empty());
        }
    }
}
