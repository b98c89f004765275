//! oauthctl's own admin API (what `oauthctl dev-server` serves): every capability.

use async_trait::async_trait;

use super::{
    ApiKind, Backend, Capability, ClientPage, CreatedClient, RawResponse, Sent, Target,
    UpdatedClient,
};
use crate::api::client::new_idempotency_key;
use crate::api::http::Http;
use crate::api::AdminClient;
use crate::config::Settings;
use crate::model::*;

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

/// Its OAuth endpoints take `?tenant=` (the dev server reads the tenant from `?tenant=`).
pub const TENANT_QUERY: bool = true;

pub const CAPABILITIES: &[Capability] = &[
    Capability::MultipleSecrets,
    Capability::Spaces,
    Capability::ScopeCatalogue,
    Capability::Authorizations,
    Capability::Raw,
    Capability::ListClients,
];

#[async_trait]
impl Backend for OauthctlBackend {
    fn kind(&self) -> ApiKind {
        ApiKind::Oauthctl
    }

    fn target(&self) -> &Target {
        &self.target
    }

    async fn create_client(
        &self,
        req: &CreateClientRequest,
    ) -> anyhow::Result<Sent<CreatedClient>> {
        // One key for this create: an HTTP retry of it returns the first result.
        Ok(self
            .admin
            .create_client(req, &new_idempotency_key())
            .await?
            .map(|client| CreatedClient {
                client,
                secret: None,
                registration: None,
            }))
    }

    async fn list_clients_page(
        &self,
        space: Option<&str>,
        page_size: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ClientPage> {
        let page = self
            .admin
            .list_clients_page(space, page_size, cursor)
            .await?;
        Ok(ClientPage {
            items: page.items,
            next: page.next_page_token,
        })
    }

    async fn get_client(&self, client_id: &str) -> anyhow::Result<Client> {
        self.admin.get_client(client_id).await
    }

    async fn update_client(
        &self,
        client_id: &str,
        req: &UpdateClientRequest,
    ) -> anyhow::Result<Sent<UpdatedClient>> {
        Ok(self
            .admin
            .update_client(client_id, req)
            .await?
            .map(|client| UpdatedClient {
                client,
                secret: None,
            }))
    }

    async fn delete_client(&self, client_id: &str) -> anyhow::Result<Sent<()>> {
        self.admin.delete_client(client_id).await
    }

    async fn list_secrets(&self, client_id: &str) -> anyhow::Result<Vec<Secret>> {
        Ok(self
            .admin
            .list_secrets(client_id)
            .await?
            .into_iter()
            .map(Secret::from)
            .collect())
    }

    async fn create_secret(
        &self,
        client_id: &str,
        req: &CreateSecretRequest,
    ) -> anyhow::Result<Sent<Secret>> {
        Ok(self
            .admin
            .create_secret(client_id, req, &new_idempotency_key())
            .await?
            .map(Secret::from))
    }

    async fn revoke_secret(&self, client_id: &str, secret_id: &str) -> anyhow::Result<Sent<()>> {
        self.admin.revoke_secret(client_id, secret_id).await
    }

    async fn shorten_secret(
        &self,
        client_id: &str,
        secret_id: &str,
        expiration: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<Sent<Secret>> {
        Ok(self
            .admin
            .shorten_secret(client_id, secret_id, expiration)
            .await?
            .map(Secret::from))
    }

    async fn list_spaces(&self) -> anyhow::Result<Vec<Space>> {
        self.admin.list_spaces().await
    }

    async fn create_space(&self, req: &CreateSpaceRequest) -> anyhow::Result<Sent<Space>> {
        self.admin.create_space(req, &new_idempotency_key()).await
    }

    async fn list_scopes(&self) -> anyhow::Result<Vec<Scope>> {
        self.admin.list_scopes().await
    }

    async fn client_info(&self, client_id: &str) -> anyhow::Result<ClientInfo> {
        self.admin.client_info(client_id).await
    }

    async fn list_authorizations(&self) -> anyhow::Result<Vec<Authorization>> {
        self.admin.list_authorizations().await
    }

    async fn get_authorization(&self, client_id: &str) -> anyhow::Result<Authorization> {
        self.admin.get_authorization(client_id).await
    }

    async fn put_authorization(
        &self,
        client_id: &str,
        scopes: &[String],
    ) -> anyhow::Result<Sent<Authorization>> {
        self.admin
            .put_authorization(
                client_id,
                &crate::api::models::AuthorizeRequest {
                    scopes: scopes.to_vec(),
                },
            )
            .await
    }

    async fn delete_authorization(&self, client_id: &str) -> anyhow::Result<Sent<()>> {
        self.admin.delete_authorization(client_id).await
    }

    async fn raw(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> anyhow::Result<Sent<RawResponse>> {
        let url = self.admin.api_url(path)?;
        // POSTs carry a fresh key, so a retry never creates twice.
        let key = (method == reqwest::Method::POST).then(new_idempotency_key);
        self.admin.raw(method, url, body, key.as_deref()).await
    }
}
