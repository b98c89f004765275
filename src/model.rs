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
