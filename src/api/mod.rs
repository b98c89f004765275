//! The dev server's own admin REST API: the wire models shared with the dev server, the input
//! rules, and the typed client. The transport it speaks through is [`crate::transport`].

pub mod client;
pub mod models;
pub mod validate;

pub use client::AdminClient;

/// The admin API's base path below the server's base URL.
pub const BASE_PATH: &str = "/api/adminapi2/v1";
