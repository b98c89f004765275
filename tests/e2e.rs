//! The integration tests: one test binary (`cargo test --test e2e`), so the ~58 MB link of a test
//! binary happens once, not once per file. Each file of `tests/` stays a file and is a module here;
//! `tests/common` is shared by all of them (`use crate::common;`). One file's tests:
//! `cargo test --test e2e rotation::` (or `bash tests/run.sh --test e2e rotation::`).
//! A new file: add its `mod` line below (Cargo.toml has `autotests = false`).

mod common;

mod authorize;
mod authorize_tty;
mod cli_defenses;
mod cli_surface;
mod clients;
mod completion_dynamic;
mod contract;
mod declare;
mod declare_bounds;
mod declare_trust;
mod delivery;
mod dev_server;
mod dev_server_defenses;
mod find;
mod first_hour;
mod guard;
mod keyring;
mod login;
mod oidc_provider;
mod parsers_proptest;
mod profiles_detect;
mod prompts_tty;
mod readme;
mod redaction;
mod rotation;
mod secrets;
mod snapshots;
mod tables;
mod tables_tty;
mod thirdparty_smoke;
mod token_cache;
mod ux;
mod ux_tty;
mod wire;
