//! The neutral model every command sees, whatever kind of server is behind the backend: the
//! types the backends' `Backend` trait speaks. It imports nothing of the crate: each kind
//! converts its own wire types at its edge (oauthctl's admin API, which the dev server serves, in
//! `backend/oauthctl/convert.rs`), so a field added to one server's API changes nothing here
//! until the model chooses to carry it.
//!
//! The serde names are those of `-o json` (and of the files `clients create --from-file` and
//! `clients update --from-file` read): camelCase. A secret's start and expiry are optional, since
//! other kinds of server keep one secret per client and may know neither.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A tenant's space: every client belongs to exactly one, on the kinds that have spaces.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub id: String,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
}

/// A new space.
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

/// An OAuth client, as `clients show -o json` prints it. A kind that keeps less fills the rest
/// with what the client behaves as (its descriptor's field table says which fields it stores).
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

/// A new client: what `clients create` (its flags or `--from-file`) and `apply` ask for. Omitted
/// booleans take the server's defaults; a client is confidential unless it says otherwise.
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

/// A change to a client: only the fields present change. The client name is immutable; a
/// different one is refused.
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

/// Where a secret is in its life. `expiring` means it ends within [`EXPIRING_WINDOW_DAYS`].
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SecretStatus {
    Pending,
    Active,
    Expiring,
    Expired,
    Revoked,
}

pub const EXPIRING_WINDOW_DAYS: i64 = 30;

impl SecretStatus {
    /// The status at `now` of a secret valid from `start` until `expiration`: the one rule,
    /// which the dev server follows too.
    pub fn at(
        now: DateTime<Utc>,
        start: DateTime<Utc>,
        expiration: DateTime<Utc>,
        revoked: bool,
    ) -> Self {
        if revoked {
            SecretStatus::Revoked
        } else if now < start {
            SecretStatus::Pending
        } else if now >= expiration {
            SecretStatus::Expired
        } else if expiration - now <= chrono::Duration::days(EXPIRING_WINDOW_DAYS) {
            SecretStatus::Expiring
        } else {
            SecretStatus::Active
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SecretStatus::Pending => "pending",
            SecretStatus::Active => "active",
            SecretStatus::Expiring => "expiring",
            SecretStatus::Expired => "expired",
            SecretStatus::Revoked => "revoked",
        }
    }
}

/// A new secret: valid from `startTime` (default now) until `expiration` (the server's default
/// when absent).
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

/// A tenant's grant of scopes to a client. The client may belong to another tenant.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Authorization {
    pub tenant_id: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What an admin of any tenant may see of a client in order to authorize it: who made it and
/// which scopes it requests (its allowed scopes).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ClientInfo {
    pub client_id: String,
    pub display_name: String,
    /// The tenant that owns the client.
    pub tenant_id: String,
    pub requested_scopes: Vec<String>,
}

/// The client fields a file for `oauthctl apply` may set, in the names of `-o json`. A kind of
/// server may store fewer (its descriptor's `fields`, `Backend::client_fields`).
pub const CLIENT_FIELDS: &[&str] = &[
    "clientId",
    "clientName",
    "displayName",
    "spaceId",
    "allowOfflineAccess",
    "allowRememberConsent",
    "backChannelLogoutSessionRequired",
    "requireClientSecret",
    "requireConsent",
    "allowNoPkce",
    "allowRopc",
    "allowedGrantTypes",
    "allowedCorsOrigins",
    "allowedScopes",
    "redirectUris",
    "postLogoutRedirectUris",
];

/// Whether two scope lists hold the same scopes (order and repeats aside).
pub fn same_scopes(a: &[String], b: &[String]) -> bool {
    use std::collections::BTreeSet;
    a.iter().collect::<BTreeSet<_>>() == b.iter().collect::<BTreeSet<_>>()
}

/// Whether a client's own-tenant grant is still the one it got from its allowed scopes, and so
/// follows them: the dev server widens and narrows it with them; any other grant was set by hand
/// and stays as it is.
pub fn grant_follows(grant: &[String], allowed: &[String]) -> bool {
    same_scopes(grant, allowed)
}

/// A client secret's metadata, as far as the server knows it. `value` is present only in the
/// answer that created it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Secret {
    pub id: String,
    pub client_id: String,
    pub description: Option<String>,
    pub start_time: Option<DateTime<Utc>>,
    /// None: the server keeps no expiry (the secret lasts until it is replaced).
    pub expiration: Option<DateTime<Utc>>,
    pub created_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub status: SecretStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Secret {
    /// True when the secret has an expiry and it is at or before `t`.
    pub fn expires_by(&self, t: DateTime<Utc>) -> bool {
        self.expiration.is_some_and(|e| e <= t)
    }

    /// Usable now or later: not revoked and not expired.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none() && !self.expires_by(now)
    }

    /// The one secret of a server that keeps a single secret per client, with what it knows.
    pub fn single(
        client_id: &str,
        expiration: Option<DateTime<Utc>>,
        created_at: Option<DateTime<Utc>>,
        value: Option<String>,
    ) -> Secret {
        let now = Utc::now();
        let status = match expiration {
            Some(e) => SecretStatus::at(now, created_at.unwrap_or(now).min(now), e, false),
            None => SecretStatus::Active,
        };
        Secret {
            id: SINGLE_SECRET_ID.into(),
            client_id: client_id.into(),
            description: None,
            start_time: created_at,
            expiration,
            created_at,
            revoked_at: None,
            last_used_at: None,
            status,
            value,
        }
    }
}

/// The ID shown for the one secret of a one-secret server.
pub const SINGLE_SECRET_ID: &str = "current";

/// What a create or an update asks of a client, field by field (`None`: not asked, left as it
/// is), for the backends that map it onto a record of their own (glewlwyd, Keycloak, Hydra). A
/// create names every list, and a client is confidential unless it says otherwise.
#[derive(Debug, Default, Clone, Copy)]
pub struct ClientChange<'a> {
    pub display_name: Option<&'a str>,
    pub grant_types: Option<&'a [String]>,
    pub scopes: Option<&'a [String]>,
    pub redirect_uris: Option<&'a [String]>,
    pub post_logout: Option<&'a [String]>,
    pub cors: Option<&'a [String]>,
    pub offline_access: Option<bool>,
    pub require_consent: Option<bool>,
    pub allow_no_pkce: Option<bool>,
    pub allow_ropc: Option<bool>,
    pub confidential: Option<bool>,
    pub backchannel_session: Option<bool>,
}

impl<'a> From<&'a CreateClientRequest> for ClientChange<'a> {
    fn from(q: &'a CreateClientRequest) -> Self {
        ClientChange {
            display_name: q.display_name.as_deref(),
            grant_types: Some(&q.allowed_grant_types),
            scopes: Some(&q.allowed_scopes),
            redirect_uris: Some(&q.redirect_uris),
            post_logout: Some(&q.post_logout_redirect_uris),
            cors: Some(&q.allowed_cors_origins),
            offline_access: q.allow_offline_access,
            require_consent: q.require_consent,
            allow_no_pkce: q.allow_no_pkce,
            allow_ropc: q.allow_ropc,
            confidential: Some(q.require_client_secret.unwrap_or(true)),
            backchannel_session: q.back_channel_logout_session_required,
        }
    }
}

impl<'a> From<&'a UpdateClientRequest> for ClientChange<'a> {
    fn from(q: &'a UpdateClientRequest) -> Self {
        ClientChange {
            display_name: q.display_name.as_deref(),
            grant_types: q.allowed_grant_types.as_deref(),
            scopes: q.allowed_scopes.as_deref(),
            redirect_uris: q.redirect_uris.as_deref(),
            post_logout: q.post_logout_redirect_uris.as_deref(),
            cors: q.allowed_cors_origins.as_deref(),
            offline_access: q.allow_offline_access,
            require_consent: q.require_consent,
            allow_no_pkce: q.allow_no_pkce,
            allow_ropc: q.allow_ropc,
            confidential: q.require_client_secret,
            backchannel_session: q.back_channel_logout_session_required,
        }
    }
}
