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
pub mod redact;
pub mod secret_store;
#[cfg(feature = "server")]
pub mod server;
pub mod text;
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
        ("transport/admin.rs", include_str!("transport/admin.rs")),
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

    /// Backends name the field of a refusal (`allowedGrantTypes: …`, as `-o json` and a file for
    /// `apply` name it); the command says its flag. No message of a backend opens with a flag.
    #[test]
    fn backends_name_fields_not_flags() {
        let backends = [
            ("backend/glewlwyd.rs", include_str!("backend/glewlwyd.rs")),
            ("backend/hydra.rs", include_str!("backend/hydra.rs")),
            ("backend/keycloak.rs", include_str!("backend/keycloak.rs")),
            ("backend/lemonldap.rs", include_str!("backend/lemonldap.rs")),
            (
                "backend/oauthctl/mod.rs",
                include_str!("backend/oauthctl/mod.rs"),
            ),
            (
                "backend/rfc7592/mod.rs",
                include_str!("backend/rfc7592/mod.rs"),
            ),
            (
                "backend/rfc7592/wire.rs",
                include_str!("backend/rfc7592/wire.rs"),
            ),
            (
                "backend/descriptor.rs",
                include_str!("backend/descriptor.rs"),
            ),
        ];
        for (file, text) in backends {
            for (n, line) in text.lines().enumerate() {
                let t = line.trim_start();
                assert!(
                    !t.starts_with("\"--") && !t.contains("(\"--") && !t.contains("!(\"--"),
                    "src/{file}:{}: a message opens with a flag: {t}",
                    n + 1
                );
            }
        }
    }

    /// The model is neutral: it imports nothing of the crate (so no kind's wire type reaches the
    /// commands through it), and only the `oauthctl` kind and the dev server, which share its
    /// wire, name that wire; every other kind speaks the model.
    #[test]
    fn the_model_is_neutral() {
        let model = include_str!("model.rs");
        let code = model.split("\n#[cfg(test)]\nmod tests").next().unwrap();
        assert!(!code.contains("crate::"), "src/model.rs uses crate::…");
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut todo = vec![src.clone()];
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let rel = path
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                if path.is_dir() {
                    todo.push(path);
                } else if !(rel.starts_with("backend/oauthctl/")
                    || rel.starts_with("server/")
                    || rel == "lib.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    assert!(
                        !text.contains("oauthctl::wire") && !text.contains("oauthctl::client"),
                        "src/{rel} names the oauthctl kind's wire types; speak crate::model"
                    );
                }
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

    /// The top-level modules of `src/` form no cycle: for every pair, at most one reaches the
    /// other through the `crate::X` paths in its files (a `use crate::{a, b::c}` names `a` and
    /// `b`). A file's unit tests (its `#[cfg(test)] mod tests`, last in the file) are left out: they may use what sits
    /// above. An import that still closes a cycle is listed in `KNOWN`, with why; the test fails when
    /// it is gone, so that the list only shrinks.
    #[test]
    fn no_two_top_level_modules_import_each_other() {
        use std::collections::{BTreeMap, BTreeSet};
        use std::path::{Path, PathBuf};

        const KNOWN: &[(&str, &str)] = &[];

        fn files(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    files(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        /// The first segment of each path after `crate::` (and of each item of `crate::{…}`).
        fn heads(text: &str) -> Vec<&str> {
            let ident = |s: &str| {
                s.find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(s.len())
            };
            let mut out = Vec::new();
            for (i, _) in text.match_indices("crate::") {
                let rest = &text[i + "crate::".len()..];
                if let Some(group) = rest.strip_prefix('{') {
                    let (mut depth, mut start) = (0, true);
                    for (j, c) in group.char_indices() {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            ',' if depth == 0 => start = true,
                            c if start && (c.is_alphanumeric() || c == '_') => {
                                let s = &group[j..];
                                out.push(&s[..ident(s)]);
                                start = false;
                            }
                            _ => {}
                        }
                    }
                } else {
                    out.push(&rest[..ident(rest)]);
                }
            }
            out
        }

        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut all = Vec::new();
        files(&src, &mut all);
        let module_of = |path: &Path| {
            let first = path
                .strip_prefix(&src)
                .unwrap()
                .components()
                .next()
                .unwrap();
            let name = first.as_os_str().to_str().unwrap();
            name.strip_suffix(".rs").unwrap_or(name).to_string()
        };
        let modules: BTreeSet<String> = all.iter().map(|p| module_of(p)).collect();
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for path in &all {
            let module = module_of(path);
            if module == "lib" || module == "main" {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            let code = text.split("\n#[cfg(test)]\nmod tests").next().unwrap();
            for head in heads(code) {
                if head != module && modules.contains(head) {
                    graph
                        .entry(module.clone())
                        .or_default()
                        .insert(head.to_string());
                }
            }
        }
        for (from, to) in KNOWN {
            let edges = graph.get_mut(*from).unwrap();
            assert!(
                edges.remove(*to),
                "src/{from} no longer uses crate::{to}: take it off KNOWN"
            );
        }
        let reach = |from: &str| {
            let mut seen = BTreeSet::new();
            let mut todo = vec![from.to_string()];
            while let Some(m) = todo.pop() {
                for next in graph.get(&m).into_iter().flatten() {
                    if seen.insert(next.clone()) {
                        todo.push(next.clone());
                    }
                }
            }
            seen
        };
        let mut cycles = Vec::new();
        for a in graph.keys() {
            for b in reach(a) {
                if *a < b && reach(&b).contains(a) {
                    cycles.push((a.clone(), b));
                }
            }
        }
        assert!(
            cycles.is_empty(),
            "pairs of top-level modules that reach each other: {cycles:?} (imports: {graph:#?})"
        );
    }
}
