//! The neutral model every command sees, whatever kind of server is behind the backend. oauthctl's
//! own admin API speaks exactly this model, so its wire types (shared with the dev server) are it.

pub use crate::api::models::{
    Authorization, Client, ClientInfo, CreateClientRequest, CreateSecretRequest,
    CreateSpaceRequest, FieldError, Scope, Secret, SecretStatus, Space, UpdateClientRequest,
};
