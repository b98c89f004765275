//! oauthctl: an admin CLI for OAuth servers, and the dev server it ships with.
//!
//! Data flows one way: `cli` → `commands` → `backend` → `auth` → `api::http` (the transport) →
//! a server. `config` resolves the settings the commands hand down; nothing below imports what
//! sits above it.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod api;
pub mod auth;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod config;
pub mod crypto;
pub mod error;
pub mod model;
pub mod output;
pub mod paths;
pub mod prompt;
pub mod secret_store;
#[cfg(feature = "server")]
pub mod server;
pub mod timeutil;

pub use commands::run;
