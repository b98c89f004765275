//! oauthctl: an admin CLI for OAuth servers, and the dev server it ships with.
//!
//! Data flows one way: `cli` → `commands` → `api`/`oauth` → HTTP → `server`.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod api;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod config;
pub mod crypto;
pub mod error;
pub mod model;
pub mod oauth;
pub mod output;
pub mod prompt;
pub mod secret_store;
#[cfg(feature = "server")]
pub mod server;
pub mod timeutil;

pub use commands::run;
