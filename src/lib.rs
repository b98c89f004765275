//! oauthctl: an admin CLI for OAuth servers, and the dev server it ships with.
//!
//! Data flows one way: `cli` → `commands` → `backend` → `auth` → `transport` (the HTTP layer) →
//! a server. `config` resolves the settings the commands hand down; nothing below imports what
//! sits above it.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod auth;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod complete;
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
pub mod transport;
pub mod validate;

pub use commands::run;

/// The direction of the imports: the transport, the URL rules, the platform paths and the OAuth
/// client import nothing that sits above them (settings, backends, commands, the CLI).
#[cfg(test)]
mod layering {
    const LOW: &[(&str, &str)] = &[
        ("transport/http.rs", include_str!("transport/http.rs")),
        ("transport/url.rs", include_str!("transport/url.rs")),
        ("transport/sent.rs", include_str!("transport/sent.rs")),
        ("paths.rs", include_str!("paths.rs")),
        ("auth/mod.rs", include_str!("auth/mod.rs")),
        ("auth/cache.rs", include_str!("auth/cache.rs")),
        ("auth/discovery.rs", include_str!("auth/discovery.rs")),
        ("auth/login.rs", include_str!("auth/login.rs")),
        ("auth/pkce.rs", include_str!("auth/pkce.rs")),
        ("auth/token.rs", include_str!("auth/token.rs")),
    ];
    const ABOVE: &[&str] = &[
        "crate::config",
        "crate::backend",
        "crate::commands",
        "crate::cli",
        "crate::backend::oauthctl::client",
        "super::client",
    ];

    /// The settings sit below the backends and the commands: `config` has a handle on a kind of
    /// admin API (`ApiKind`), and `backend` lists the kinds and says what each can do.
    #[test]
    fn the_settings_import_no_backend_command_or_cli() {
        let config = include_str!("config.rs");
        for above in ["crate::backend", "crate::commands", "crate::cli"] {
            assert!(!config.contains(above), "src/config.rs uses {above}");
        }
    }

    /// A kind is one module: the settings, the command line, detection and name resolution read
    /// its descriptor (`backend::KINDS`) and never name it.
    #[test]
    fn only_its_module_names_a_kind() {
        let readers = [
            ("config.rs", include_str!("config.rs")),
            ("cli.rs", include_str!("cli.rs")),
            ("commands/detect.rs", include_str!("commands/detect.rs")),
            ("commands/resolve.rs", include_str!("commands/resolve.rs")),
        ];
        for d in crate::backend::KINDS {
            let name = d.conventions.name;
            // The default kind shares its name with the program.
            if name == env!("CARGO_PKG_NAME") {
                continue;
            }
            for (file, text) in readers {
                assert!(
                    !text.to_lowercase().contains(name),
                    "src/{file} names the kind {name}"
                );
            }
        }
    }

    #[test]
    fn nothing_below_imports_what_sits_above_it() {
        for (file, text) in LOW {
            for above in ABOVE {
                assert!(!text.contains(above), "src/{file} uses {above}");
            }
        }
    }
}
