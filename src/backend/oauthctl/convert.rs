//! The `oauthctl` kind's edge: its wire types (`wire.rs`, shared with the dev server) to and from
//! the neutral model. Each conversion names its fields: a field added to the admin API reaches the
//! commands only when it is added to the model and here.

use super::wire;
use crate::model;

/// `From` between two structs with the named fields, each converted with `into` (the same type,
/// or a wire enum and its model twin). `both` makes the two directions.
macro_rules! fields {
    ($from:path => $to:path { $($f:ident),* $(,)? }) => {
        impl From<$from> for $to {
            fn from(x: $from) -> Self {
                Self { $($f: x.$f.into()),* }
            }
        }
    };
    (both $a:path, $b:path { $($f:ident),* $(,)? }) => {
        fields!($a => $b { $($f),* });
        fields!($b => $a { $($f),* });
    };
}

/// `From` between a wire enum and its model twin, variant by variant, both ways.
macro_rules! variants {
    ($a:ident <=> $b:ident { $($v:ident),* $(,)? }) => {
        impl From<$a> for $b {
            fn from(x: $a) -> Self {
                match x { $($a::$v => $b::$v),* }
            }
        }
        impl From<$b> for $a {
            fn from(x: $b) -> Self {
                match x { $($b::$v => $a::$v),* }
            }
        }
    };
}

use model::SecretStatus as ModelStatus;
use wire::SecretStatus as WireStatus;
variants!(WireStatus <=> ModelStatus { Pending, Active, Expiring, Expired, Revoked });

// What is sent. The dev server also reads the wire's requests into the model, to check them
// with the rules `validate` shares with the CLI.
fields!(both model::CreateClientRequest, wire::CreateClientRequest {
    client_id,
    client_name,
    display_name,
    space_id,
    allow_offline_access,
    allow_remember_consent,
    back_channel_logout_session_required,
    require_client_secret,
    require_consent,
    allow_no_pkce,
    allow_ropc,
    allowed_grant_types,
    allowed_cors_origins,
    allowed_scopes,
    redirect_uris,
    post_logout_redirect_uris,
});
fields!(both model::UpdateClientRequest, wire::UpdateClientRequest {
    client_name,
    display_name,
    allow_offline_access,
    allow_remember_consent,
    back_channel_logout_session_required,
    require_client_secret,
    require_consent,
    allow_no_pkce,
    allow_ropc,
    allowed_grant_types,
    allowed_cors_origins,
    allowed_scopes,
    redirect_uris,
    post_logout_redirect_uris,
});
fields!(model::CreateSecretRequest => wire::CreateSecretRequest {
    description,
    start_time,
    expiration,
});
fields!(model::CreateSpaceRequest => wire::CreateSpaceRequest { id, display_name });

// What is answered.
fields!(wire::Client => model::Client {
    client_id,
    client_name,
    display_name,
    tenant_id,
    space_id,
    allow_offline_access,
    allow_remember_consent,
    back_channel_logout_session_required,
    require_client_secret,
    require_consent,
    allow_no_pkce,
    allow_ropc,
    allowed_grant_types,
    allowed_cors_origins,
    allowed_scopes,
    redirect_uris,
    post_logout_redirect_uris,
    created_at,
    updated_at,
});
fields!(wire::Space => model::Space { id, display_name, created_at });
fields!(wire::Scope => model::Scope { name, description });
fields!(wire::Authorization => model::Authorization {
    tenant_id,
    client_id,
    scopes,
    created_at,
    updated_at,
});
fields!(wire::ClientInfo => model::ClientInfo {
    client_id,
    display_name,
    tenant_id,
    requested_scopes,
});

/// The admin API always knows a secret's start and expiry; the model allows a server that does not.
impl From<wire::Secret> for model::Secret {
    fn from(s: wire::Secret) -> Self {
        model::Secret {
            id: s.id,
            client_id: s.client_id,
            description: s.description,
            start_time: Some(s.start_time),
            expiration: Some(s.expiration),
            created_at: Some(s.created_at),
            revoked_at: s.revoked_at,
            last_used_at: s.last_used_at,
            status: s.status.into(),
            value: s.value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of a request crosses the edge and comes back, and the wire's JSON of a request
    /// is the model's (what `clients create --from-file` reads is what the dev server reads).
    #[test]
    fn requests_cross_the_edge_whole() {
        let list = |s: &str| vec![s.to_string()];
        let create = model::CreateClientRequest {
            client_id: Some("id".into()),
            client_name: "name".into(),
            display_name: Some("Name".into()),
            space_id: Some("space".into()),
            allow_offline_access: Some(true),
            allow_remember_consent: Some(false),
            back_channel_logout_session_required: Some(true),
            require_client_secret: Some(false),
            require_consent: Some(true),
            allow_no_pkce: Some(false),
            allow_ropc: Some(true),
            allowed_grant_types: list("authorization_code"),
            allowed_cors_origins: list("https://a.example"),
            allowed_scopes: list("read"),
            redirect_uris: list("https://a.example/cb"),
            post_logout_redirect_uris: list("https://a.example/bye"),
        };
        let wire = wire::CreateClientRequest::from(create.clone());
        assert_eq!(
            serde_json::to_value(&wire).unwrap(),
            serde_json::to_value(&create).unwrap()
        );
        assert_eq!(model::CreateClientRequest::from(wire), create);

        let update = model::UpdateClientRequest {
            client_name: Some("name".into()),
            display_name: Some("Name".into()),
            allow_offline_access: Some(true),
            allow_remember_consent: Some(false),
            back_channel_logout_session_required: Some(true),
            require_client_secret: Some(false),
            require_consent: Some(true),
            allow_no_pkce: Some(false),
            allow_ropc: Some(true),
            allowed_grant_types: Some(list("client_credentials")),
            allowed_cors_origins: Some(vec![]),
            allowed_scopes: Some(list("read")),
            redirect_uris: Some(list("https://a.example/cb")),
            post_logout_redirect_uris: Some(list("https://a.example/bye")),
        };
        let wire = wire::UpdateClientRequest::from(update.clone());
        assert_eq!(
            serde_json::to_value(&wire).unwrap(),
            serde_json::to_value(&update).unwrap()
        );
        assert_eq!(model::UpdateClientRequest::from(wire), update);
    }

    #[test]
    fn a_secret_status_is_the_same_word_on_both_sides() {
        for s in [
            ModelStatus::Pending,
            ModelStatus::Active,
            ModelStatus::Expiring,
            ModelStatus::Expired,
            ModelStatus::Revoked,
        ] {
            let w = WireStatus::from(s);
            assert_eq!(serde_json::to_value(w).unwrap(), s.as_str());
            assert_eq!(ModelStatus::from(w), s);
        }
    }
}
