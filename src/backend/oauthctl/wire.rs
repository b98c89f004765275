//! The wire types of oauthctl's own admin API (the dev server's), shared by the `oauthctl` backend
//! and the dev server so that each field is named once. The backend converts them to and from the
//! neutral model (`convert.rs`); nothing outside `backend/oauthctl/` and `server/` sees them.
//! JSON is camelCase, following ABBYY Vantage's admin API (create client / create secret).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A tenant's space: every client belongs to exactly one (as in Inxmail).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub id: String,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateSpaceRequest {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// A scope an admin can grant, from the tenant's catalogue.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Scope {
    pub name: String,
    pub description: String,
}

/// An OAuth client as the admin API returns it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Client {
    pub client_id: String,
    pub client_name: String,
    pub display_name: String,
    pub tenant_id: String,
    pub space_id: String,
    pub allow_offline_access: bool,
    pub allow_remember_consent: bool,
    pub back_channel_logout_session_required: bool,
    pub require_client_secret: bool,
    pub require_consent: bool,
    pub allow_no_pkce: bool,
    pub allow_ropc: bool,
    pub allowed_grant_types: Vec<String>,
    pub allowed_cors_origins: Vec<String>,
    pub allowed_scopes: Vec<String>,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// `POST /tenants/{tenantId}/clients/`: ABBYY Vantage's fields plus `displayName` and `spaceId`.
/// Omitted booleans take ABBYY Vantage's defaults.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateClientRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    pub client_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_offline_access: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_remember_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_channel_logout_session_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_client_secret: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_no_pkce: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_ropc: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_grant_types: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_cors_origins: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirect_uris: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub post_logout_redirect_uris: Vec<String>,
}

/// `PATCH /tenants/{tenantId}/clients/{clientId}`: only the fields present change.
/// `clientName` is immutable; sending a different one is rejected.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateClientRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_offline_access: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_remember_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_channel_logout_session_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_client_secret: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_no_pkce: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_ropc: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_grant_types: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_cors_origins: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_scopes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_logout_redirect_uris: Option<Vec<String>>,
}

impl UpdateClientRequest {
    pub fn is_empty(&self) -> bool {
        *self == UpdateClientRequest::default()
    }
}

/// A page of a list endpoint.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page<T> {
    pub items: Vec<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

/// Where a secret is in its life, as the admin API says it. The rule that decides it is the
/// model's ([`crate::model::SecretStatus::at`]).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SecretStatus {
    Pending,
    Active,
    Expiring,
    Expired,
    Revoked,
}

impl SecretStatus {
    /// The status at `now` of a secret valid from `start` until `expiration`.
    pub fn at(
        now: DateTime<Utc>,
        start: DateTime<Utc>,
        expiration: DateTime<Utc>,
        revoked: bool,
    ) -> Self {
        crate::model::SecretStatus::at(now, start, expiration, revoked).into()
    }
}

/// A client secret's metadata. `value` is present only in the response that created it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Secret {
    pub id: String,
    pub client_id: String,
    #[serde(default)]
    pub description: Option<String>,
    pub start_time: DateTime<Utc>,
    pub expiration: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    pub revoked_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_used_at: Option<DateTime<Utc>>,
    pub status: SecretStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// `POST /tenants/{tenantId}/clients/{clientId}/secrets/` (ABBYY Vantage): expiration between 1 day and
/// 3 years after the start; default exactly six months after it. The start defaults to now.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateSecretRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<DateTime<Utc>>,
}

/// `PATCH /tenants/{tenantId}/clients/{clientId}/secrets/{secretId}`: shorten a secret's life
/// (rotation with overlap). An expiration can move earlier, never later.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSecretRequest {
    pub expiration: DateTime<Utc>,
}

/// A tenant's grant of scopes to a client (as in Genesys Cloud). The client may belong to another tenant.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Authorization {
    pub tenant_id: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What an admin of any tenant may see of a client in order to authorize it (as in Genesys Cloud): who made
/// it and which scopes it requests (its allowed scopes).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ClientInfo {
    pub client_id: String,
    pub display_name: String,
    /// The tenant that owns the client.
    pub tenant_id: String,
    pub requested_scopes: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuthorizeRequest {
    pub scopes: Vec<String>,
}

/// The admin API's error body (RFC 9457), read by the transport.
pub use crate::transport::problem::{FieldError, Problem};

/// The admin API's base path below the server's base URL.
pub const BASE_PATH: &str = "/api/adminapi2/v1";

/// The most clients one page of the admin API's client list holds (`limit`).
pub const MAX_PAGE: usize = 1000;
