//! The admin REST API: wire models shared with the dev server, input rules, the one HTTP layer,
//! the URL-safety rules, the redaction of credentials, and the typed client.

pub mod client;
pub mod http;
pub mod models;
pub mod redact;
pub mod sent;
pub mod url;
pub mod validate;

pub use client::AdminClient;

/// The admin API's base path below the server's base URL.
pub const BASE_PATH: &str = "/api/adminapi2/v1";
