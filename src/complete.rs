//! Dynamic shell completion: `source <(COMPLETE=bash oauthctl)` (clap_complete's environment
//! protocol). The shell calls the binary with `COMPLETE=SHELL` and the words typed so far; client
//! IDs and names, spaces, scopes, authorized client IDs and profile names come from the current
//! server (or the config file), with the settings the words name (`--profile`, `--base-url`,
//! `--tenant`, …) over the environment.
//!
//! Completion never prompts, never prints a secret (only IDs, names, spaces and scopes), and
//! fails quietly: with the server unreachable or no credentials, there are no candidates and
//! nothing on stderr. The files in completions/ are the static fallback for shells where this is
//! not set up.

use std::ffi::OsString;

use clap::FromArgMatches;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::backend::{Backend, Capability, BULK_PAGE_SIZE};
use crate::cli::GlobalArgs;

/// The environment variable that turns a run into a completion request (clap_complete's).
pub const ENV: &str = "COMPLETE";

/// At most this many clients are offered (two candidates each: ID and name).
const MAX_CLIENTS: usize = 2000;

/// How long a completion may wait for the server, in seconds.
const TIMEOUT_SECS: u64 = 3;

/// Answers a completion request and exits, when `COMPLETE` asks for one; otherwise returns at
/// once. Call it first in `main`, before anything is written to stdout.
pub fn complete_from_env() {
    clap_complete::CompleteEnv::with_factory(command)
        .var(ENV)
        .complete();
}

/// What a value is completed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// This tenant's clients: IDs and names.
    Clients,
    /// The client IDs authorized in this tenant.
    Authorized,
    Spaces,
    Scopes,
    /// Profile names from the config file (no server).
    Profiles,
}

/// Which source completes an argument, by command path and argument ID. Arguments that take a
/// new value (`clients create --client-id`) or a foreign one (`authorize`) get none.
pub fn source_for(path: &[&str], arg: &str) -> Option<Source> {
    let top = path.first().copied().unwrap_or("");
    match arg {
        "client_id" => match (top, path.get(1).copied()) {
            ("clients", Some("create")) => None,
            ("clients" | "secrets" | "token", _) => Some(Source::Clients),
            ("authorizations", _) => Some(Source::Authorized),
            _ => None,
        },
        "space" => Some(Source::Spaces),
        "scopes" if top != "login" => Some(Source::Scopes),
        "name" if top == "profiles" && path.get(1).copied() != Some("add") => {
            Some(Source::Profiles)
        }
        "profile" => Some(Source::Profiles),
        _ => None,
    }
}

/// The command line with a candidate source on every argument that has one.
pub fn command() -> clap::Command {
    attach(crate::cli::command(), &mut Vec::new())
}

fn attach(mut cmd: clap::Command, path: &mut Vec<String>) -> clap::Command {
    let here: Vec<&str> = path.iter().map(String::as_str).collect();
    let ids: Vec<(String, Source)> = cmd
        .get_arguments()
        .filter_map(|a| {
            let id = a.get_id().as_str();
            source_for(&here, id).map(|s| (id.to_string(), s))
        })
        .collect();
    for (id, source) in ids {
        cmd = cmd.mut_arg(id, |a| {
            a.add(ArgValueCandidates::new(move || candidates(source)))
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| attach(s, path));
        path.pop();
    }
    cmd
}

/// The candidates of one source; none when anything fails.
fn candidates(source: Source) -> Vec<CompletionCandidate> {
    quiet_stderr();
    let global = global_args(words());
    if source == Source::Profiles {
        return profiles().unwrap_or_default();
    }
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let ctx = crate::commands::Context::new(global);
    let found = rt.block_on(async {
        let limit = std::time::Duration::from_secs(TIMEOUT_SECS * 2);
        tokio::time::timeout(limit, from_server(&ctx, source))
            .await
            .unwrap_or_else(|_| Ok(Vec::new()))
    });
    rt.shutdown_background();
    found.unwrap_or_default()
}

async fn from_server(
    ctx: &crate::commands::Context,
    source: Source,
) -> anyhow::Result<Vec<CompletionCandidate>> {
    use futures_util::{StreamExt, TryStreamExt};
    let backend: &dyn Backend = ctx.backend()?;
    let mut out = Vec::new();
    match source {
        Source::Clients => {
            let clients: Vec<_> = crate::backend::all_clients(backend, None, BULK_PAGE_SIZE)
                .take(MAX_CLIENTS)
                .try_collect()
                .await?;
            for c in &clients {
                out.push(
                    CompletionCandidate::new(&c.client_id).help(Some(
                        if c.display_name.is_empty() || c.display_name == c.client_name {
                            c.client_name.clone()
                        } else {
                            format!("{} ({})", c.client_name, c.display_name)
                        }
                        .into(),
                    )),
                );
            }
            for c in &clients {
                if c.client_name != c.client_id && !c.client_name.is_empty() {
                    out.push(
                        CompletionCandidate::new(&c.client_name)
                            .help(Some(format!("name of {}", c.client_id).into())),
                    );
                }
            }
        }
        Source::Authorized if backend.has(Capability::Authorizations) => {
            for a in backend.list_authorizations().await? {
                let scopes = if a.scopes.is_empty() {
                    "no scopes".to_string()
                } else {
                    a.scopes.join(" ")
                };
                out.push(CompletionCandidate::new(&a.client_id).help(Some(scopes.into())));
            }
        }
        Source::Spaces if backend.has(Capability::Spaces) => {
            for s in backend.list_spaces().await? {
                out.push(CompletionCandidate::new(&s.id).help(Some(s.display_name.into())));
            }
        }
        Source::Scopes if backend.has(Capability::ScopeCatalogue) => {
            for s in backend.list_scopes().await? {
                out.push(CompletionCandidate::new(&s.name).help(Some(s.description.into())));
            }
        }
        _ => {}
    }
    Ok(out)
}

fn profiles() -> anyhow::Result<Vec<CompletionCandidate>> {
    let file = crate::config::ConfigFile::load(&crate::paths::config_path()?)?;
    Ok(file
        .profiles
        .iter()
        .map(|(name, p)| {
            CompletionCandidate::new(name)
                .help(Some(format!("{} ({})", p.base_url, p.tenant).into()))
        })
        .collect())
}

/// The words the shell passed after `--` (the command line being completed).
fn words() -> Vec<OsString> {
    std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .collect()
}

/// The global options the typed words (and the environment) give, made safe for completion:
/// no prompt, no trace, no dry run, a short timeout and no retries.
pub fn global_args(words: Vec<OsString>) -> GlobalArgs {
    let parse = |words: Vec<OsString>| {
        let m = crate::cli::command()
            .ignore_errors(true)
            .try_get_matches_from(words)
            .ok()?;
        let mut leaf = &m;
        while let Some((_, sub)) = leaf.subcommand() {
            leaf = sub;
        }
        GlobalArgs::from_arg_matches(leaf).ok()
    };
    let mut g = parse(words)
        .or_else(|| parse(vec!["oauthctl".into()]))
        .unwrap_or_else(|| {
            GlobalArgs::from_arg_matches(&clap::ArgMatches::default()).expect("defaults")
        });
    g.no_input = true;
    g.verbose = false;
    g.dry_run = false;
    g.yes = false;
    g.timeout = Some(g.timeout.map_or(TIMEOUT_SECS, |t| t.min(TIMEOUT_SECS)));
    g.retries = Some(1);
    g
}

/// Sends stderr to /dev/null for the rest of this (completion) process, so no note, warning or
/// error garbles the line the user is typing.
fn quiet_stderr() {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
            // SAFETY: dup2 on two valid descriptors; it replaces fd 2 atomically.
            unsafe {
                libc::dup2(null.as_raw_fd(), 2);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        assert_eq!(
            source_for(&["clients", "show"], "client_id"),
            Some(Source::Clients)
        );
        assert_eq!(source_for(&["clients", "create"], "client_id"), None);
        assert_eq!(source_for(&["authorize"], "client_id"), None);
        assert_eq!(
            source_for(&["authorizations", "revoke"], "client_id"),
            Some(Source::Authorized)
        );
        assert_eq!(
            source_for(&["secrets", "rotate"], "space"),
            Some(Source::Spaces)
        );
        assert_eq!(
            source_for(&["clients", "create"], "scopes"),
            Some(Source::Scopes)
        );
        assert_eq!(
            source_for(&["profiles", "use"], "name"),
            Some(Source::Profiles)
        );
        assert_eq!(source_for(&["profiles", "add"], "name"), None);
    }

    #[test]
    fn every_client_id_argument_of_the_tenant_has_candidates() {
        let cmd = command();
        let show = cmd
            .find_subcommand("clients")
            .and_then(|c| c.find_subcommand("show"))
            .unwrap();
        let arg = show
            .get_arguments()
            .find(|a| a.get_id() == "client_id")
            .unwrap();
        assert!(arg.get::<ArgValueCandidates>().is_some());
        cmd.debug_assert();
    }

    #[test]
    fn typed_options_are_read_and_made_safe() {
        let g = global_args(
            [
                "oauthctl",
                "--tenant",
                "acme",
                "clients",
                "show",
                "--timeout",
                "60",
                "x",
            ]
            .map(OsString::from)
            .to_vec(),
        );
        assert_eq!(g.tenant.as_deref(), Some("acme"));
        assert_eq!(g.timeout, Some(TIMEOUT_SECS));
        assert!(g.no_input);
        assert_eq!(g.retries, Some(1));
    }
}
