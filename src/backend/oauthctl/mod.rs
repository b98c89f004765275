//! oauthctl's own admin API (what `oauthctl dev-server` serves): every capability.

pub mod client;
mod convert;
pub mod wire;

use async_trait::async_trait;

use super::descriptor::{Answers, PageSize, Probe};
use super::{
    Backend, BackendResult, Capability, ClientPage, CreatedClient, Descriptor, RawResponse, Sent,
    Target, UpdatedClient,
};
use crate::config::KindConventions;
use crate::config::Settings;
use crate::model::*;
use crate::transport::http::Http;
use client::new_idempotency_key;
use client::AdminClient;

pub struct OauthctlBackend {
    admin: AdminClient,
    target: Target,
}

impl OauthctlBackend {
    pub fn new(settings: &Settings, http: Http) -> Self {
        OauthctlBackend {
            admin: AdminClient::new(settings, http),
            target: Target {
                base_url: settings.base_url.clone(),
                tenant: settings.tenant.clone(),
            },
        }
    }
}

/// oauthctl's own admin API: every capability and every field; the OAuth endpoints at the base
/// URL, where the tenant is a query parameter.
pub static DESCRIPTOR: Descriptor = Descriptor {
    conventions: KindConventions {
        name: "oauthctl",
        help: "oauthctl's admin API, as `oauthctl dev-server` serves it",
        default_issuer: "{base}",
        tenant_param: true,
    },
    capabilities: &[
        Capability::MultipleSecrets,
        Capability::Spaces,
        Capability::ScopeCatalogue,
        Capability::Authorizations,
        Capability::Raw,
        Capability::ListClients,
    ],
    fields: CLIENT_FIELDS,
    rules: &[],
    probe: Some(Probe {
        paths: &[
            "/api/adminapi2/v1/tenants/{tenant}/spaces",
            "/.well-known/oauth-authorization-server",
        ],
        generic: false,
        matches: probe,
    }),
    clients_where: "in tenant {tenant}",
    lowercase_uuids: true,
    page_size: PageSize {
        default: 100,
        max: wire::MAX_PAGE,
    },
    readable_secrets: false,
    server_clients: &[],
    connect: |settings, http, _printer| Box::new(OauthctlBackend::new(settings, http)),
};

/// The admin API answers 401 (or 403) with problem+json without a token.
fn probe(answers: &Answers) -> Option<String> {
    let a = answers
        .get("/api/adminapi2/v1/tenants/{tenant}/spaces")
        .filter(|a| {
            matches!(a.status, 401 | 403) && a.content_type.starts_with("application/problem+json")
        })?;
    let mut reason = format!(
        "{} answers {} with application/problem+json (oauthctl's admin API)",
        a.url, a.status
    );
    if let Some(m) = answers
        .get("/.well-known/oauth-authorization-server")
        .filter(|m| m.json().is_some_and(|v| v.is_object()))
    {
        reason.push_str(&format!(", and {} has RFC 8414 metadata", m.url));
    }
    Some(reason)
}

/// A list of the wire's items in the model's terms.
fn list<W, M: From<W>>(items: Vec<W>) -> Vec<M> {
    items.into_iter().map(M::from).collect()
}

#[async_trait]
impl Backend for OauthctlBackend {
    fn descriptor(&self) -> &'static Descriptor {
        &DESCRIPTOR
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(&self, req: &CreateClientRequest) -> BackendResult<Sent<CreatedClient>> {
        // One key for this create: an HTTP retry of it returns the first result.
        Ok(self
            .admin
            .create_client(&req.clone().into(), &new_idempotency_key())
            .await?
            .map(|client| CreatedClient {
                client: client.into(),
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
        let page = self
            .admin
            .list_clients_page(space, page_size, cursor)
            .await?;
        Ok(ClientPage {
            items: list(page.items),
            next: page.next_page_token,
        })
    }

    async fn get_client(&self, client_id: &str) -> BackendResult<Client> {
        Ok(self.admin.get_client(client_id).await?.into())
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> BackendResult<Sent<UpdatedClient>> {
        Ok(self
            .admin
            .update_client(client_id, &req.clone().into())
            .await?
            .map(|client| UpdatedClient {
                client: client.into(),
                secret: None,
            }))
    }

    async fn delete_client(&self, client_id: &str) -> BackendResult<Sent<()>> {
        Ok(self.admin.delete_client(client_id).await?)
    }

    async fn list_secrets(&self, client_id: &str) -> BackendResult<Vec<Secret>> {
        Ok(list(self.admin.list_secrets(client_id).await?))
    }

    async fn create_secret(
        &self,
        client_id: &str,
        req: &CreateSecretRequest,
    ) -> BackendResult<Sent<Secret>> {
        Ok(self
            .admin
            .create_secret(client_id, &req.clone().into(), &new_idempotency_key())
            .await?
            .map(Secret::from))
    }

    async fn revoke_secret(&self, client_id: &str, secret_id: &str) -> BackendResult<Sent<()>> {
        Ok(self.admin.revoke_secret(client_id, secret_id).await?)
    }

    async fn shorten_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        expiration: chrono::DateTime<chrono::Utc>,
    ) -> BackendResult<Sent<Secret>> {
        Ok(self
            .admin
            .shorten_secret(client_id, secret_id, expiration)
            .await?
            .map(Secret::from))
    }

    async fn list_spaces(&self) -> BackendResult<Vec<Space>> {
        Ok(list(self.admin.list_spaces().await?))
    }

    async fn create_space(&self, req: &CreateSpaceRequest) -> BackendResult<Sent<Space>> {
        Ok(self
            .admin
            .create_space(&req.clone().into(), &new_idempotency_key())
            .await?
            .map(Space::from))
    }

    async fn list_scopes(&self) -> BackendResult<Vec<Scope>> {
        Ok(list(self.admin.list_scopes().await?))
    }

    async fn client_info(&self, client_id: &str) -> BackendResult<ClientInfo> {
        Ok(self.admin.client_info(client_id).await?.into())
    }

    async fn list_authorizations(&self) -> BackendResult<Vec<Authorization>> {
        Ok(list(self.admin.list_authorizations().await?))
    }

    async fn get_authorization(&self, client_id: &str) -> BackendResult<Authorization> {
        Ok(self.admin.get_authorization(client_id).await?.into())
    }

    async fn put_authorization(
        &self,
        client_id: &str,
        scopes: &[String],
    ) -> BackendResult<Sent<Authorization>> {
        Ok(self
            .admin
            .put_authorization(
                client_id,
                &wire::AuthorizeRequest {
                    scopes: scopes.to_vec(),
                },
            )
            .await?
            .map(Authorization::from))
    }

    async fn delete_authorization(&self, client_id: &str) -> BackendResult<Sent<()>> {
        Ok(self.admin.delete_authorization(client_id).await?)
    }

    async fn raw(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> BackendResult<Sent<RawResponse>> {
        let url = self.admin.api_url(path)?;
        // POSTs carry a fresh key, so a retry never creates twice.
        let key = (method == reqwest::Method::POST).then(new_idempotency_key);
        Ok(self.admin.raw(method, url, body, key.as_deref()).await?)
    }
}
