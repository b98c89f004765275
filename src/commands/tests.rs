//! Commands run in-process against a [`MemoryBackend`], their stdout and stderr captured: the
//! command line is parsed as `main` parses it, the context is handed the backend, the settings
//! and a captured printer ([`Context::for_backend`], [`Printer::captured`]), and the command runs
//! as `run` runs it. Nothing starts a process or a server. What a command cannot do in-process
//! is left out with flags, as a script would: `--no-input` (no prompt), `--no-verify` (no token
//! endpoint), no `--store keyring`.

use std::sync::Arc;

use clap::FromArgMatches;
use serde_json::Value;

use super::{run_async, Context};
use crate::backend::memory::MemoryBackend;
use crate::backend::Backend;
use crate::cli::{Cli, GlobalArgs};
use crate::output::Printer;

/// What a command run in-process printed, and how it ended.
struct Ran {
    stdout: String,
    stderr: String,
    /// The exit code `main` gives for the run's result.
    code: u8,
    /// The error the command ended with, as `main` words it (its causes on one line), then its
    /// hint.
    error: Option<String>,
}

impl Ran {
    /// stdout as one JSON document (a run with `-o json`).
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", self.stdout))
    }

    #[track_caller]
    fn ok(self) -> Ran {
        assert_eq!(
            self.code, 0,
            "exit {}: {:?}\nstderr:\n{}",
            self.code, self.error, self.stderr
        );
        self
    }
}

/// The settings a run against `backend` has: its server and tenant, and no credentials. Nothing
/// is read from the environment or a profile.
fn settings_for(backend: &dyn Backend, global: &GlobalArgs) -> crate::config::Settings {
    let target = backend.target();
    crate::config::Settings {
        profile: None,
        base_url: target.base_url.clone(),
        tenant: target.tenant.clone(),
        client_id: None,
        credentials: crate::auth::Credentials::None,
        timeout: std::time::Duration::from_secs(5),
        retries: 1,
        verbose: false,
        dry_run: global.dry_run,
        ca_cert: None,
        allow_foreign_endpoints: false,
        server_type: None,
        api: backend.descriptor().kind(),
        issuer: target.base_url.clone(),
    }
}

/// Runs `oauthctl --no-input ARGS` against `backend`, in this process.
fn run(backend: &Arc<MemoryBackend>, args: &[&str]) -> Ran {
    let argv = ["oauthctl", "--no-input"]
        .into_iter()
        .chain(args.iter().copied());
    let matches = crate::cli::command()
        .try_get_matches_from(argv)
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let cli = Cli::from_arg_matches(&matches).expect("parsed");
    let (printer, captured) = Printer::captured(cli.global.output);
    let printer = Context::configure(printer, &cli.global);
    let settings = settings_for(backend.as_ref(), &cli.global);
    let ctx = Context::for_backend(cli.global, printer, settings, backend.clone());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let result = rt.block_on(run_async(&ctx, cli.command));
    Ran {
        stdout: captured.stdout(),
        stderr: captured.stderr(),
        code: result.as_ref().map_or_else(crate::error::exit_code, |()| 0),
        error: result.err().map(|e| {
            let hint = crate::error::find_cli_error(&e).and_then(|c| c.hint.clone());
            format!("{e:#}\nhint: {}", hint.unwrap_or_default())
        }),
    }
}

/// A file of the test's own, removed with the directory it returns.
fn file(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write");
    let path = path.to_str().expect("utf-8").to_string();
    (dir, path)
}

#[test]
fn clients_create_prints_the_client_and_its_secret_once() {
    let b = Arc::new(MemoryBackend::new());
    let ran = run(
        &b,
        &[
            "-o",
            "json",
            "clients",
            "create",
            "--name",
            "billing-sync",
            "--scope",
            "api.read",
            "--scope",
            "api.write",
        ],
    )
    .ok();
    let doc = ran.json();
    // The shape of `-o json` (tests/snapshots/json/clients-create.json).
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(keys, ["client", "secret"], "{doc:#}");
    let id = doc["client"]["clientId"].as_str().unwrap();
    assert_eq!(doc["client"]["clientName"], "billing-sync");
    assert_eq!(
        doc["client"]["allowedScopes"],
        serde_json::json!(["api.read", "api.write"])
    );
    assert_eq!(doc["secret"]["clientId"], id);
    let value = doc["secret"]["value"].as_str().expect("the value is shown");
    // Delivered once: on stdout, one time, and never on stderr.
    assert_eq!(ran.stdout.matches(value).count(), 1, "{}", ran.stdout);
    assert!(!ran.stderr.contains(value), "{}", ran.stderr);
    // It stays: a buffer is a reader, so nothing was revoked again.
    let secrets = b.secrets(id);
    assert_eq!(secrets.len(), 1);
    assert_eq!(secrets[0].revoked_at, None);
    assert_eq!(
        b.log(),
        [
            format!("create_client {id}"),
            format!("create_secret {id} {}", secrets[0].id)
        ]
    );
    // The same name again: a conflict (exit 5), and nothing more is made.
    let again = run(&b, &["clients", "create", "--name", "billing-sync"]);
    assert_eq!(again.code, 5, "{:?}", again.error);
    assert_eq!(b.log().len(), 2);
}

#[test]
fn clients_list_show_and_delete_and_a_missing_client_is_exit_4() {
    let b = Arc::new(MemoryBackend::new());
    let now = chrono::Utc::now();
    let a = b.seed("alpha", now, now + chrono::Duration::days(30));
    let z = b.seed("zulu", now, now + chrono::Duration::days(30));

    let list = run(&b, &["-o", "json", "clients", "list"]).ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alpha", "zulu"]);

    // A table for people: a header, then a row per client.
    let table = run(&b, &["clients", "list"]).ok();
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", table.stdout);
    assert!(lines[0].starts_with("CLIENT"), "{}", lines[0]);
    assert!(lines[1].contains(&a) && lines[1].contains("alpha"));

    // By ID, and by name.
    let shown = run(&b, &["-o", "json", "clients", "show", &z]).ok().json();
    assert_eq!(shown["clientName"], "zulu");
    let shown = run(&b, &["-o", "json", "clients", "show", "zulu"])
        .ok()
        .json();
    assert_eq!(shown["clientId"], z.as_str());

    let deleted = run(&b, &["-o", "json", "clients", "delete", &a, "--yes"])
        .ok()
        .json();
    assert_eq!(deleted, serde_json::json!({ "deleted": a }));
    assert_eq!(b.log(), [format!("delete_client {a}")]);

    // Gone: show and delete both say so with exit 4, and nothing is sent.
    for args in [
        vec!["clients", "show", a.as_str()],
        vec!["clients", "delete", a.as_str(), "--yes"],
        vec!["clients", "show", "no-such-name"],
    ] {
        let ran = run(&b, &args);
        assert_eq!(ran.code, 4, "{args:?}: {:?}", ran.error);
        assert_eq!(ran.stdout, "", "{args:?}");
    }
    assert_eq!(b.log().len(), 1);

    // Not confirmed without a terminal: refused (exit 2), nothing deleted.
    let refused = run(&b, &["clients", "delete", &z]);
    assert_eq!(refused.code, 2, "{:?}", refused.error);
    assert!(refused.error.unwrap().contains("not confirmed"));
    assert_eq!(b.log().len(), 1);
}

#[test]
fn secrets_rotate_adds_a_secret_and_retires_the_old_one_and_list_shows_both() {
    let b = Arc::new(MemoryBackend::new());
    let now = chrono::Utc::now();
    let id = b.seed("rotated", now, now + chrono::Duration::days(30));
    let old = b.secrets(&id)[0].id.clone();

    let ran = run(&b, &["-o", "json", "secrets", "rotate", &id, "--no-verify"]).ok();
    let doc = ran.json();
    let new = doc["secret"]["id"].as_str().unwrap().to_string();
    let value = doc["secret"]["value"].as_str().unwrap();
    assert_eq!(ran.stdout.matches(value).count(), 1);
    assert_eq!(doc["retired"][0]["id"], old.as_str(), "{doc:#}");
    assert_eq!(doc["revoked"], serde_json::json!([]));
    // --no-verify: nothing claims a verification that was not made.
    assert_ne!(doc["verified"], true, "{doc:#}");
    let secrets = b.secrets(&id);
    assert_eq!(secrets.len(), 2);
    assert!(secrets.iter().all(|s| s.revoked_at.is_none()));

    // `secrets list`: both, without a value.
    let list = run(&b, &["-o", "json", "secrets", "list", &id]).ok();
    let mut ids: Vec<String> = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let mut want = vec![old, new];
    want.sort();
    assert_eq!(ids, want);
    assert!(!list.stdout.contains(value));
}

#[test]
fn secrets_rotate_on_a_one_secret_server_needs_replace() {
    let b = Arc::new(MemoryBackend::one_secret());
    let now = chrono::Utc::now();
    let id = b.seed("single", now, now + chrono::Duration::days(30));

    // Without --replace: refused before anything is sent (the old secret would be gone).
    let ran = run(&b, &["-o", "json", "secrets", "rotate", &id, "--no-verify"]);
    assert_eq!(ran.code, 2, "{:?}", ran.error);
    assert!(
        ran.error.as_deref().unwrap_or("").contains("--replace"),
        "{:?}",
        ran.error
    );
    assert_eq!(ran.stdout, "");
    assert!(b.log().is_empty(), "{:?}", b.log());

    let ran = run(
        &b,
        &[
            "-o",
            "json",
            "secrets",
            "rotate",
            &id,
            "--replace",
            "--no-verify",
        ],
    )
    .ok();
    let doc = ran.json();
    let value = doc["secret"]["value"].as_str().unwrap();
    assert!(value.starts_with("replaced-"), "{doc:#}");
    assert_eq!(ran.stdout.matches(value).count(), 1);
    assert_eq!(b.log(), [format!("replace_secret {id}")]);
    assert_eq!(b.secrets(&id).len(), 1);
}

#[test]
fn diff_predicts_apply_and_a_second_apply_changes_nothing() {
    let b = Arc::new(MemoryBackend::new());
    let now = chrono::Utc::now();
    let kept = b.seed("kept", now, now + chrono::Duration::days(90));
    let changed = b.seed("changed", now, now + chrono::Duration::days(90));
    let (_dir, path) = file(
        "clients.yaml",
        "clients:\n  - clientName: kept\n  - clientName: changed\n    displayName: Changed\n  - clientName: made\n    allowedScopes: [api.read]\n",
    );

    let plan = run(&b, &["-o", "json", "diff", "-f", &path]).ok().json();
    assert_eq!(plan["create"][0]["clientName"], "made", "{plan:#}");
    assert_eq!(plan["update"][0]["clientId"], changed.as_str());
    assert_eq!(plan["update"][0]["changes"][0]["field"], "displayName");
    assert_eq!(plan["delete"], serde_json::json!([]));
    assert_eq!(plan["unchanged"], serde_json::json!([kept]));
    assert!(b.log().is_empty(), "diff sent a change: {:?}", b.log());

    let applied = run(
        &b,
        &["-o", "json", "apply", "-f", &path, "--no-verify", "--yes"],
    )
    .ok();
    let done = applied.json();
    // What diff said is what apply did.
    assert_eq!(
        done["created"][0]["client"]["clientName"], "made",
        "{done:#}"
    );
    let value = done["created"][0]["secret"]["value"].as_str().unwrap();
    assert_eq!(applied.stdout.matches(value).count(), 1);
    assert_eq!(done["updated"][0]["client"]["clientId"], changed.as_str());
    assert_eq!(done["updated"][0]["changes"], plan["update"][0]["changes"]);
    assert_eq!(done["deleted"], serde_json::json!([]));
    assert_eq!(done["unchanged"], plan["unchanged"]);
    let shown = run(&b, &["-o", "json", "clients", "show", "changed"])
        .ok()
        .json();
    assert_eq!(shown["displayName"], "Changed");

    // Again: nothing to do, and nothing is sent.
    let sent = b.log().len();
    let plan = run(&b, &["-o", "json", "diff", "-f", &path]).ok().json();
    assert_eq!(plan["create"], serde_json::json!([]));
    assert_eq!(plan["update"], serde_json::json!([]));
    let again = run(
        &b,
        &["-o", "json", "apply", "-f", &path, "--no-verify", "--yes"],
    )
    .ok()
    .json();
    for section in ["created", "updated", "deleted"] {
        assert_eq!(again[section], serde_json::json!([]), "{again:#}");
    }
    assert_eq!(again["unchanged"].as_array().unwrap().len(), 3);
    assert_eq!(b.log().len(), sent, "{:?}", b.log());
}

#[test]
fn a_dry_run_shows_the_plan_and_sends_nothing() {
    let b = Arc::new(MemoryBackend::new().dry_run());
    let now = chrono::Utc::now();
    let id = b.seed("planned", now, now + chrono::Duration::days(30));
    let ran = run(&b, &["-o", "json", "--dry-run", "clients", "delete", &id]).ok();
    let plan = ran.json();
    assert_eq!(plan["dryRun"]["method"], "DELETE", "{plan:#}");
    assert!(
        plan["dryRun"]["url"].as_str().unwrap().ends_with(&id),
        "{plan:#}"
    );
    assert!(
        ran.stderr.contains("dry run: nothing was sent"),
        "{}",
        ran.stderr
    );
    assert_eq!(b.log(), [format!("planned DELETE clients/{id}")]);
    // Still there; as YAML, the same client.
    let shown = run(&b, &["-o", "yaml", "clients", "show", &id]).ok();
    assert!(
        shown.stdout.starts_with("clientName: planned\n"),
        "{}",
        shown.stdout
    );
}

/// The credential variables `run` checks are the ones the commands read.
#[test]
fn the_credential_variables_are_the_ones_read() {
    let vars = crate::config::CLIENT_CREDENTIAL_VARS;
    assert!(vars.contains(&super::token::ENV_APP_CLIENT_SECRET));
    assert!(vars.contains(&crate::backend::rfc7592::ENV_REGISTRATION_TOKEN));
    assert!(vars.contains(&crate::config::ENV_CLIENT_SECRET));
}
