//! The neutral model every command sees, whatever kind of server is behind the backend. oauthctl's
//! own admin API speaks this model almost exactly, so most of its wire types (shared with the dev
//! server) are re-exported as they are. A secret differs: other kinds of server keep one secret per
//! client and may know nothing of its start or expiry, so those are optional here.

use chrono::{DateTime, Utc};
use serde::Serialize;

pub use crate::backend::oauthctl::wire::{
    Authorization, Client, ClientInfo, CreateClientRequest, CreateSecretRequest,
    CreateSpaceRequest, FieldError, Scope, SecretStatus, Space, UpdateClientRequest,
};

/// The client fields a file for `oauthctl apply` may set, in the names of `-o json`. A kind of
/// server may store fewer (see [`crate::backend::Backend::client_fields`]).
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

impl From<crate::backend::oauthctl::wire::Secret> for Secret {
    fn from(s: crate::backend::oauthctl::wire::Secret) -> Secret {
        Secret {
            id: s.id,
            client_id: s.client_id,
            description: s.description,
            start_time: Some(s.start_time),
            expiration: Some(s.expiration),
            created_at: Some(s.created_at),
            revoked_at: s.revoked_at,
            last_used_at: s.last_used_at,
            status: s.status,
            value: s.value,
        }
    }
}
