//! The OAuth side of the CLI: discovery, the token endpoint client, PKCE with a loopback
//! listener, the admin token cache, and `oauthctl login`.

use serde::{Deserialize, Serialize};

mod cache;
mod discovery;
mod login;
mod pkce;
mod token;
pub mod wire;

pub use cache::AdminSession;
pub use discovery::{check_endpoint, discover};
pub use login::{Login, LoginKind, LoginSession, Session, StoredLogin};
pub use pkce::authorization_code;
pub use token::{
    client_credentials, introspect, refresh, revoke, token_error, token_request, with_tenant,
    ClientCreds,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// client_secret_basic: credentials in the Authorization header
    #[default]
    Basic,
    /// client_secret_post: credentials in the form body
    Post,
}

/// How the CLI authenticates to the admin API.
#[derive(Clone)]
pub enum Credentials {
    /// A ready bearer token (`OAUTHCTL_TOKEN`).
    Token(String),
    /// Admin client credentials, exchanged at the token endpoint.
    ClientSecret {
        client_id: String,
        secret: String,
    },
    /// What `oauthctl login` stored for this server and tenant (read by [`Session::new`]).
    Login(StoredLogin),
    None,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Token(_) => f.write_str("Token(<redacted>)"),
            Credentials::ClientSecret { client_id, .. } => {
                write!(
                    f,
                    "ClientSecret {{ client_id: {client_id:?}, secret: <redacted> }}"
                )
            }
            Credentials::Login(l) => write!(f, "Login({:?})", l.client_id),
            Credentials::None => f.write_str("None"),
        }
    }
}
