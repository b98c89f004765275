//! An in-memory backend for fast unit tests of the logic written against the trait (rotation, the
//! expiry watch, bulk work, planning). It sits beside the end-to-end tests against real servers,
//! never in their place. Faults can be injected per operation.

use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    Backend, BackendResult, Capability, ClientPage, CreatedClient, Descriptor, Planned, Sent,
    Target, UpdatedClient,
};
use crate::error::CliError;
use crate::model::*;
use reqwest::Method;

/// An operation that can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    CreateClient,
    CreateSecret,
    RevokeSecret,
    ShortenSecret,
    ListSecrets,
    UpdateClient,
    DeleteClient,
}

#[derive(Default)]
struct State {
    clients: BTreeMap<String, Client>,
    secrets: BTreeMap<String, Vec<Secret>>,
    failing: HashSet<Op>,
    next: u64,
    /// Every mutating call, in order, for assertions.
    log: Vec<String>,
}

pub struct MemoryBackend {
    state: Mutex<State>,
    target: Target,
    caps: &'static [Capability],
    /// Whose field table and conventions it has (oauthctl's unless [`MemoryBackend::like`]).
    descriptor: &'static Descriptor,
    /// The IDs of the tenant's spaces.
    spaces: Vec<String>,
    /// `--dry-run`: changes are planned, not made.
    dry_run: bool,
}

const ALL_CAPS: &[Capability] = &[
    Capability::MultipleSecrets,
    Capability::Spaces,
    Capability::ListClients,
];

impl Default for MemoryBackend {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryBackend {
    pub fn new() -> Self {
        MemoryBackend {
            state: Mutex::new(State::default()),
            target: Target {
                base_url: url::Url::parse("http://127.0.0.1:1").expect("url"),
                tenant: "memory".into(),
            },
            caps: ALL_CAPS,
            descriptor: &super::oauthctl::DESCRIPTOR,
            spaces: vec!["default".into()],
            dry_run: false,
        }
    }

    /// A tenant with these spaces (one, `default`, unless said).
    pub fn with_spaces(self, spaces: &[&str]) -> Self {
        MemoryBackend {
            spaces: spaces.iter().map(|s| s.to_string()).collect(),
            ..self
        }
    }

    /// A backend with another kind's field table (its capabilities stay the in-memory ones).
    pub fn like(self, descriptor: &'static Descriptor) -> Self {
        MemoryBackend { descriptor, ..self }
    }

    /// A backend under `--dry-run`: reads answer, changes come back as plans and change nothing.
    pub fn dry_run(self) -> Self {
        MemoryBackend {
            dry_run: true,
            ..self
        }
    }

    /// Under `--dry-run`, the plan of a change to `path` (logged as `planned METHOD path`).
    fn plan<T>(&self, method: Method, path: &str) -> Option<Sent<T>> {
        if !self.dry_run {
            return None;
        }
        let url = self.target.base_url.join(path).expect("url");
        self.state
            .lock()
            .expect("lock")
            .log
            .push(format!("planned {method} {path}"));
        Some(Planned::of(&method, &url, None))
    }

    /// A server that keeps one secret per client (replaced, never added to).
    pub fn one_secret() -> Self {
        MemoryBackend {
            caps: &[Capability::ReplaceSecret, Capability::ListClients],
            ..Self::new()
        }
    }

    pub fn fail(&self, op: Op, on: bool) {
        let mut st = self.state.lock().expect("lock");
        if on {
            st.failing.insert(op);
        } else {
            st.failing.remove(&op);
        }
    }

    pub fn log(&self) -> Vec<String> {
        self.state.lock().expect("lock").log.clone()
    }

    /// Adds a confidential client with one secret created at `created` and expiring at `expires`.
    pub fn seed(&self, name: &str, created: DateTime<Utc>, expires: DateTime<Utc>) -> String {
        let mut st = self.state.lock().expect("lock");
        st.next += 1;
        let id = format!("client-{}", st.next);
        st.clients.insert(id.clone(), client(&id, name, created));
        st.next += 1;
        let sid = format!("secret-{}", st.next);
        let s = secret(&sid, &id, created, expires, None);
        st.secrets.entry(id.clone()).or_default().push(s);
        id
    }

    pub fn secrets(&self, client_id: &str) -> Vec<Secret> {
        self.state
            .lock()
            .expect("lock")
            .secrets
            .get(client_id)
            .cloned()
            .unwrap_or_default()
    }

    fn check(st: &State, op: Op) -> anyhow::Result<()> {
        if st.failing.contains(&op) {
            return Err(CliError::other(format!("injected failure: {op:?}")).into());
        }
        Ok(())
    }
}

/// A confidential client_credentials client, as tests need one.
pub(crate) fn client(id: &str, name: &str, at: DateTime<Utc>) -> Client {
    Client {
        client_id: id.into(),
        client_name: name.into(),
        display_name: name.into(),
        tenant_id: "memory".into(),
        space_id: "default".into(),
        allow_offline_access: false,
        allow_remember_consent: true,
        back_channel_logout_session_required: true,
        require_client_secret: true,
        require_consent: false,
        allow_no_pkce: false,
        allow_ropc: false,
        allowed_grant_types: vec!["client_credentials".into()],
        allowed_cors_origins: vec![],
        allowed_scopes: vec![],
        redirect_uris: vec![],
        post_logout_redirect_uris: vec![],
        created_at: at,
        updated_at: at,
    }
}

fn secret(
    id: &str,
    client_id: &str,
    start: DateTime<Utc>,
    expiration: DateTime<Utc>,
    value: Option<String>,
) -> Secret {
    Secret {
        id: id.into(),
        client_id: client_id.into(),
        description: None,
        start_time: Some(start),
        expiration: Some(expiration),
        created_at: Some(start),
        revoked_at: None,
        last_used_at: None,
        status: SecretStatus::at(Utc::now(), start, expiration, false),
        value,
    }
}

fn not_found(what: &str) -> super::BackendError {
    super::BackendError::not_found(format!("no {what}"))
}

#[async_trait]
impl Backend for MemoryBackend {
    fn descriptor(&self) -> &'static Descriptor {
        self.descriptor
    }

    fn capabilities(&self) -> &'static [Capability] {
        self.caps
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        if let Some(plan) = self.plan(Method::POST, "clients") {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::CreateClient)?;
        if st
            .clients
            .values()
            .any(|c| c.client_name == req.client_name)
        {
            return Err(CliError::conflict(format!("{} exists", req.client_name)).into());
        }
        st.next += 1;
        let id = req
            .client_id
            .clone()
            .unwrap_or_else(|| format!("client-{}", st.next));
        let mut c = client(&id, &req.client_name, Utc::now());
        c.display_name = req
            .display_name
            .clone()
            .unwrap_or_else(|| req.client_name.clone());
        c.allowed_scopes = req.allowed_scopes.clone();
        c.redirect_uris = req.redirect_uris.clone();
        c.require_client_secret = req.require_client_secret.unwrap_or(true);
        if !req.allowed_grant_types.is_empty() {
            c.allowed_grant_types = req.allowed_grant_types.clone();
        }
        if let Some(s) = &req.space_id {
            c.space_id = s.clone();
        }
        st.log.push(format!("create_client {id}"));
        st.clients.insert(id, c.clone());
        Ok(Sent::Done(CreatedClient {
            client: c,
            secret: None,
            registration: None,
        }))
    }

    async fn list_clients_page(
        &self,
        space: Option<&str>,
        page_size: usize,
        cursor: Option<&str>,
    ) -> BackendResult<ClientPage> {
        let st = self.state.lock().expect("lock");
        let items: Vec<Client> = st
            .clients
            .values()
            .filter(|c| space.is_none_or(|s| c.space_id == s))
            .filter(|c| cursor.is_none_or(|k| c.client_id.as_str() > k))
            .take(page_size)
            .cloned()
            .collect();
        let next = (items.len() == page_size)
            .then(|| items.last().map(|c| c.client_id.clone()))
            .flatten();
        Ok(ClientPage { items, next })
    }

    async fn get_client(&self, client_id: &str) -> BackendResult<Client> {
        let st = self.state.lock().expect("lock");
        st.clients
            .get(client_id)
            .cloned()
            .ok_or_else(|| not_found("client"))
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>> {
        if let Some(plan) = self.plan(Method::PATCH, &format!("clients/{client_id}")) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::UpdateClient)?;
        let c = st
            .clients
            .get_mut(client_id)
            .ok_or_else(|| not_found("client"))?;
        if let Some(d) = &req.display_name {
            c.display_name = d.clone();
        }
        if let Some(v) = &req.allowed_scopes {
            c.allowed_scopes = v.clone();
        }
        if let Some(v) = &req.redirect_uris {
            c.redirect_uris = v.clone();
        }
        if let Some(v) = &req.allowed_grant_types {
            c.allowed_grant_types = v.clone();
        }
        let c = c.clone();
        st.log.push(format!("update_client {client_id}"));
        Ok(Sent::Done(UpdatedClient {
            client: c,
            secret: None,
        }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        if let Some(plan) = self.plan(Method::DELETE, &format!("clients/{client_id}")) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::DeleteClient)?;
        st.clients
            .remove(client_id)
            .ok_or_else(|| not_found("client"))?;
        st.secrets.remove(client_id);
        st.log.push(format!("delete_client {client_id}"));
        Ok(Sent::Done(()))
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        let st = self.state.lock().expect("lock");
        Self::check(&st, Op::ListSecrets)?;
        if !st.clients.contains_key(client_id) {
            return Err(not_found("client"));
        }
        Ok(st
            .secrets
            .get(client_id)
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|mut s| {
                s.value = None;
                s
            })
            .collect())
    }

    async fn list_spaces(&self) -> BackendResult<Vec<Space>> {
        Ok(self
            .spaces
            .iter()
            .map(|id| Space {
                id: id.clone(),
                // `default` is shown as `Default`.
                display_name: id[..1].to_uppercase() + &id[1..],
                created_at: Utc::now(),
            })
            .collect())
    }

    async fn create_secret(
        &self,
        client_id: &str,
        req: &CreateSecretRequest,
    ) -> BackendResult<Sent<Secret>> {
        if let Some(plan) = self.plan(Method::POST, &format!("clients/{client_id}/secrets")) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::CreateSecret)?;
        if !st.clients.contains_key(client_id) {
            return Err(not_found("client"));
        }
        st.next += 1;
        let now = Utc::now();
        let start = req.start_time.unwrap_or(now);
        let exp = req
            .expiration
            .unwrap_or_else(|| start + chrono::Duration::days(182));
        let id = format!("secret-{}", st.next);
        let mut s = secret(&id, client_id, start, exp, None);
        s.created_at = Some(now);
        s.description = req.description.clone();
        st.secrets
            .entry(client_id.to_string())
            .or_default()
            .push(s.clone());
        st.log.push(format!("create_secret {client_id} {id}"));
        s.value = Some(format!("value-of-{id}"));
        Ok(Sent::Done(s))
    }

    async fn replace_secret(&self, client_id: &str) -> BackendResult<Sent<Secret>> {
        if let Some(plan) = self.plan(Method::PUT, &format!("clients/{client_id}/secret")) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::CreateSecret)?;
        if !st.clients.contains_key(client_id) {
            return Err(not_found("client"));
        }
        st.next += 1;
        let value = format!("replaced-{}", st.next);
        let s = Secret::single(client_id, None, Some(Utc::now()), None);
        st.secrets.insert(client_id.to_string(), vec![s.clone()]);
        st.log.push(format!("replace_secret {client_id}"));
        Ok(Sent::Done(Secret {
            value: Some(value),
            ..s
        }))
    }

    async fn revoke_secret(&self, client_id: &str, secret_id: &str) -> BackendResult<Sent<()>> {
        if let Some(plan) = self.plan(
            Method::DELETE,
            &format!("clients/{client_id}/secrets/{secret_id}"),
        ) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::RevokeSecret)?;
        let s = st
            .secrets
            .get_mut(client_id)
            .and_then(|v| v.iter_mut().find(|s| s.id == secret_id))
            .ok_or_else(|| not_found("secret"))?;
        s.revoked_at = Some(Utc::now());
        s.status = SecretStatus::Revoked;
        st.log
            .push(format!("revoke_secret {client_id} {secret_id}"));
        Ok(Sent::Done(()))
    }

    async fn shorten_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        expiration: DateTime<Utc>,
    ) -> BackendResult<Sent<Secret>> {
        if let Some(plan) = self.plan(
            Method::PATCH,
            &format!("clients/{client_id}/secrets/{secret_id}"),
        ) {
            return Ok(plan);
        }
        let mut st = self.state.lock().expect("lock");
        Self::check(&st, Op::ShortenSecret)?;
        let s = st
            .secrets
            .get_mut(client_id)
            .and_then(|v| v.iter_mut().find(|s| s.id == secret_id))
            .ok_or_else(|| not_found("secret"))?;
        if s.expiration.is_none_or(|e| expiration < e) {
            s.expiration = Some(expiration);
        }
        let s = s.clone();
        st.log
            .push(format!("shorten_secret {client_id} {secret_id}"));
        Ok(Sent::Done(s))
    }
}
