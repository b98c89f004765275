//! The user-visible surface, pinned: the `--help` of every command (found by walking
//! `Cli::command()`, so a new command is covered without touching this file) and each `-o json`
//! shape the README documents, produced by the real binary against one real dev server, with
//! IDs, secret values, tokens, ports and times scrubbed into placeholders.
//!
//! The snapshots are insta's files, tests/snapshots/{help,json}/NAME.snap (a short header, then
//! the text). A mismatch or a missing file fails with insta's diff (outside CI insta leaves the
//! new text beside it as NAME.snap.new, which git ignores; in CI it writes nothing).
//! `INSTA_UPDATE=always cargo test --test e2e snapshots::` rewrites them and deletes stale ones. A
//! snapshot file no test produced fails too, so a removed command or shape is noticed (insta
//! itself checks that only under `cargo insta`, which this does not need).

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use clap::CommandFactory;
use common::*;

const UPDATE_HINT: &str = "INSTA_UPDATE=always cargo test --test e2e snapshots::";
/// The groups (folders under tests/snapshots/), each owned by one test below.
const GROUPS: &[&str] = &["help", "json"];

// ---------- the snapshot mechanism: insta, and the check for stale files ----------

fn snapshots_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("snapshots")
}

/// One folder of snapshots: `check` compares one through insta and notes its name; `finish`
/// fails on the files of the folder that nothing produced.
struct Snapshots {
    group: &'static str,
    settings: insta::Settings,
    produced: Mutex<BTreeSet<String>>,
}

impl Snapshots {
    fn new(group: &'static str) -> Snapshots {
        assert!(GROUPS.contains(&group), "add {group:?} to GROUPS");
        assert!(
            std::env::var_os("UPDATE_SNAPSHOTS").is_none(),
            "UPDATE_SNAPSHOTS is gone: the snapshots are insta's; run `{UPDATE_HINT}`"
        );
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(snapshots_root().join(group));
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        Snapshots {
            group,
            settings,
            produced: Mutex::new(BTreeSet::new()),
        }
    }

    /// Compares `actual` with tests/snapshots/GROUP/NAME.snap.
    fn check(&self, name: &str, actual: &str) {
        let new = self.produced.lock().unwrap().insert(name.to_string());
        assert!(new, "{}/{name}: two snapshots with one name", self.group);
        self.settings
            .bind(|| insta::assert_snapshot!(name.to_string(), actual));
    }

    /// Fails on the stale files; under the update command, deletes them.
    fn finish(self) {
        let update = matches!(
            std::env::var("INSTA_UPDATE").as_deref(),
            Ok("always" | "1" | "force")
        );
        let produced = self.produced.into_inner().unwrap();
        let stale = stale(&snapshots_root().join(self.group), &produced, update);
        assert!(
            stale.is_empty(),
            "stale snapshots in tests/snapshots/{}/, no test produces them (a command or shape \
             was removed or renamed?): {stale:?}. If that is deliberate, run `{UPDATE_HINT}` to \
             delete them.",
            self.group
        );
    }
}

/// The files of `dir` that are not the `.snap` of a produced name (insta's pending `.snap.new`
/// files aside); with `update`, they are deleted instead, pending files too.
fn stale(dir: &Path, produced: &BTreeSet<String>, update: bool) -> Vec<String> {
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let pending = file.ends_with(".snap.new");
        let kept = file
            .strip_suffix(".snap")
            .is_some_and(|n| produced.contains(n));
        if kept || (pending && !update) {
        } else if update {
            std::fs::remove_file(&path)
                .unwrap_or_else(|e| panic!("remove the stale {}: {e}", path.display()));
            eprintln!("snapshots: removed the stale {}", path.display());
        } else {
            stale.push(file);
        }
    }
    stale
}

#[test]
fn the_snapshot_folder_holds_only_known_groups() {
    let root = snapshots_root();
    let Ok(entries) = std::fs::read_dir(&root) else {
        return;
    };
    let stray: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !GROUPS.contains(&n.as_str()))
        .collect();
    assert!(
        stray.is_empty(),
        "tests/snapshots/ has entries no test owns: {stray:?} (the groups are {GROUPS:?})"
    );
}

#[test]
fn a_snapshot_nothing_produced_is_stale_and_the_update_deletes_it() {
    let tmp = tempfile::tempdir().unwrap();
    for file in ["kept.snap", "gone.snap", "kept.snap.new"] {
        std::fs::write(tmp.path().join(file), "x\n").unwrap();
    }
    let produced = BTreeSet::from(["kept".to_string()]);
    assert_eq!(stale(tmp.path(), &produced, false), ["gone.snap"]);
    assert!(stale(tmp.path(), &produced, true).is_empty());
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        ["kept.snap"],
        "the update deletes stale and pending files"
    );
}

// ---------- scrubbing ----------

/// Replaces what differs from run to run by placeholders: UUIDs, RFC 3339 times, secret values,
/// access and refresh tokens, the dev server's port, and the integer times of an introspection.
fn scrub(text: &str, port: u16) -> String {
    let mut s = text.replace(ADMIN_SECRET, "<admin-secret>");
    s = replace_all(&s, |b, i| {
        prefixed_token(b, i, b"ocs_").map(|n| (n, "<secret>"))
    });
    // An access token is `oat_CLAIMS.SIGNATURE`.
    s = replace_all(&s, |b, i| {
        prefixed_token(b, i, b"oat_").map(|n| {
            let sig = match b.get(i + n) {
                Some(b'.') => prefixed_token(b, i + n, b".").unwrap_or(0),
                _ => 0,
            };
            (n + sig, "<token>")
        })
    });
    s = replace_all(&s, |b, i| {
        prefixed_token(b, i, b"ort_").map(|n| (n, "<refresh-token>"))
    });
    s = replace_all(&s, |b, i| uuid_at(b, i).then_some((36, "<uuid>")));
    s = replace_all(&s, |b, i| time_at(b, i).map(|n| (n, "<time>")));
    s = port_scrub(&s, port);
    for key in ["exp", "iat", "nbf", "auth_time"] {
        let k = format!("\"{key}\": ");
        s = replace_all(&s, |b, i| {
            let kb = k.as_bytes();
            (b[i..].starts_with(kb) && digits(b, i + kb.len()) > 0).then(|| {
                (
                    kb.len() + digits(b, i + kb.len()),
                    leak(format!("{k}<timestamp>")),
                )
            })
        });
    }
    s
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// `127.0.0.1:PORT` and `localhost:PORT` of the dev server (other ports are input, and stay).
fn port_scrub(s: &str, port: u16) -> String {
    let mut s = s.to_string();
    for host in ["127.0.0.1", "localhost"] {
        let needle = leak(format!("{host}:{port}"));
        let with = leak(format!("{host}:<port>"));
        s = replace_all(&s, |b, i| {
            (b[i..].starts_with(needle.as_bytes()) && digits(b, i + needle.len()) == 0)
                .then_some((needle.len(), with))
        });
    }
    s
}

/// Rebuilds `s`, replacing each match (`at(bytes, i)` gives its length and replacement) by the
/// replacement. Matches are ASCII, so the result stays valid UTF-8.
fn replace_all(s: &str, at: impl Fn(&[u8], usize) -> Option<(usize, &'static str)>) -> String {
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match at(b, i) {
            Some((n, with)) if n > 0 => {
                out.extend_from_slice(with.as_bytes());
                i += n;
            }
            _ => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("scrubbing keeps UTF-8")
}

fn digits(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map(|r| r.iter().take_while(|c| c.is_ascii_digit()).count())
        .unwrap_or(0)
}

/// `PREFIX` followed by base64url characters: the length of the whole token.
fn prefixed_token(b: &[u8], i: usize, prefix: &[u8]) -> Option<usize> {
    if !b[i..].starts_with(prefix) {
        return None;
    }
    let n = b[i + prefix.len()..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
        .count();
    (n > 0).then_some(prefix.len() + n)
}

fn uuid_at(b: &[u8], i: usize) -> bool {
    let Some(w) = b.get(i..i + 36) else {
        return false;
    };
    w.iter().enumerate().all(|(k, c)| match k {
        8 | 13 | 18 | 23 => *c == b'-',
        _ => c.is_ascii_hexdigit(),
    })
}

/// An RFC 3339 date-time (`2026-11-23T11:29:07.201Z`, `…+00:00`): its length.
fn time_at(b: &[u8], i: usize) -> Option<usize> {
    let d = |k: usize| b.get(i + k).is_some_and(|c| c.is_ascii_digit());
    let is = |k: usize, c: u8| b.get(i + k) == Some(&c);
    let shape = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        .iter()
        .all(|k| d(*k))
        && is(4, b'-')
        && is(7, b'-')
        && (is(10, b'T') || is(10, b' '))
        && is(13, b':')
        && is(16, b':');
    if !shape {
        return None;
    }
    let mut n = 19;
    if is(n, b'.') && d(n + 1) {
        n += 1 + digits(b, i + n + 1);
    }
    if is(n, b'Z') {
        n += 1;
    } else if (is(n, b'+') || is(n, b'-')) && d(n + 1) && d(n + 2) && is(n + 3, b':') {
        n += 6;
    }
    Some(n)
}

#[test]
fn scrubbing_replaces_what_changes_between_runs() {
    let s = scrub(
        "{\"id\": \"5505a4fd-3dea-4a8d-94cf-0f38087c9861\", \"t\": \"2027-05-23T11:29:07.201Z\", \
         \"v\": \"ocs_BBa8VJwX-G5_a\", \"a\": \"oat_x-1.y_2\", \"u\": \"http://127.0.0.1:40123/x\", \
         \"w\": \"http://127.0.0.1:401234\", \"r\": \"http://127.0.0.1:8400/cb\", \
         \"exp\": 1790000000, \"n\": 3600, \"o\": \"2026-01-01T00:00:00+00:00\"}",
        40123,
    );
    assert_eq!(
        s,
        "{\"id\": \"<uuid>\", \"t\": \"<time>\", \"v\": \"<secret>\", \"a\": \"<token>\", \
         \"u\": \"http://127.0.0.1:<port>/x\", \"w\": \"http://127.0.0.1:401234\", \
         \"r\": \"http://127.0.0.1:8400/cb\", \"exp\": <timestamp>, \"n\": 3600, \"o\": \"<time>\"}"
    );
}

// ---------- 1. the --help of every command ----------

/// Every command path: [] for `oauthctl` itself, then each subcommand, depth first.
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            prefix.push(sub.get_name().to_string());
            out.push(prefix.clone());
            walk(sub, prefix, out);
            prefix.pop();
        }
    }
    let mut out = vec![vec![]];
    walk(&oauthctl::cli::Cli::command(), &mut vec![], &mut out);
    out
}

fn help_name(path: &[String]) -> String {
    if path.is_empty() {
        "oauthctl".to_string()
    } else {
        path.join("-")
    }
}

#[test]
fn help_of_every_command() {
    let paths = command_paths();
    assert!(
        paths.len() > 20,
        "the walk found too few commands: {paths:?}"
    );
    let home = Home::new();
    let snaps = Snapshots::new("help");
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(path) = paths.get(k) else { break };
                let out = Out::from(
                    home.command()
                        .args(path)
                        .arg("--help")
                        .env("COLUMNS", "100")
                        .env_remove("LINES")
                        .output()
                        .expect("run oauthctl"),
                );
                assert!(
                    out.code == 0 && out.stderr.is_empty(),
                    "`oauthctl {} --help` exited {} with stderr:\n{}",
                    path.join(" "),
                    out.code,
                    out.stderr
                );
                snaps.check(&help_name(path), &out.stdout);
            });
        }
    });
    snaps.finish();
}

// ---------- 2. every `-o json` shape of the README ----------

/// Runs the binary, with `stdin` piped in when given.
fn run_in(mut cmd: Command, args: &[&str], stdin: Option<&str>) -> Out {
    cmd.args(args);
    match stdin {
        None => Out::from(cmd.output().expect("run oauthctl")),
        Some(input) => run_with_stdin(&mut cmd, input),
    }
}

/// The snapshots of the JSON test, with the run checks that go with them.
struct Shapes {
    snaps: Snapshots,
    /// The dev server's port, scrubbed.
    port: u16,
}

impl Shapes {
    /// Snapshots stdout (scrubbed) of a run that must exit `code` and print one JSON document;
    /// returns the parsed (unscrubbed) document.
    #[track_caller]
    fn stdout(&self, name: &str, out: &Out, code: i32) -> serde_json::Value {
        out.assert_code(code);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{name}: stdout is not one JSON document ({e}):\n{}",
                out.stdout
            )
        });
        self.snaps.check(name, &scrub(&out.stdout, self.port));
        v
    }

    /// Snapshots stderr (scrubbed) of a failed run: one JSON error object.
    #[track_caller]
    fn stderr(&self, name: &str, out: &Out, code: i32) {
        out.assert_code(code);
        let v: serde_json::Value = serde_json::from_str(&out.stderr).unwrap_or_else(|e| {
            panic!(
                "{name}: stderr is not one JSON document ({e}):\n{}",
                out.stderr
            )
        });
        assert_eq!(v["error"]["exitCode"], code, "{name}: {v}");
        assert!(
            out.stdout.is_empty(),
            "{name}: stdout is data: {}",
            out.stdout
        );
        self.snaps.check(name, &scrub(&out.stderr, self.port));
    }
}

fn s(v: &serde_json::Value) -> String {
    v.as_str()
        .unwrap_or_else(|| panic!("not a string: {v}"))
        .to_string()
}

#[test]
fn json_shapes() {
    let server = DevServer::builder().args(&["--tenant", "acme"]).start();
    let sh = Shapes {
        snaps: Snapshots::new("json"),
        port: url::Url::parse(&server.base_url)
            .unwrap()
            .port()
            .expect("the dev server's port"),
    };
    let run = |args: &[&str]| {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        run_in(server.cmd(), &all, None)
    };
    let acme = |args: &[&str]| {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        run_in(server.cmd_tenant("acme"), &all, None)
    };

    // spaces and scopes
    sh.stdout(
        "spaces-create",
        &run(&["spaces", "create", "eu", "--display-name", "Europe"]),
        0,
    );
    sh.stdout("spaces-list", &run(&["spaces", "list"]), 0);
    for space in ["listed", "rot"] {
        run(&["spaces", "create", space]).assert_code(0);
    }
    sh.stdout("scopes-list", &run(&["scopes", "list"]), 0);

    // clients
    let created = sh.stdout(
        "clients-create",
        &run(&[
            "clients",
            "create",
            "--name",
            "billing-sync",
            "--space",
            "default",
            "--scope",
            "api.read",
            "--scope",
            "api.write",
        ]),
        0,
    );
    let id = s(&created["client"]["clientId"]);
    let first_secret = s(&created["secret"]["value"]);
    sh.stdout(
        "clients-create-public",
        &run(&[
            "clients",
            "create",
            "--name",
            "web-app",
            "--space",
            "default",
            "--public",
            "--redirect-uri",
            "http://127.0.0.1:8400/cb",
            "--scope",
            "openid",
        ]),
        0,
    );
    sh.stdout(
        "clients-create-several-spaces",
        &run(&[
            "clients", "create", "--name", "billing", "--space", "default", "--space", "eu",
        ]),
        0,
    );
    // Clients are listed by client ID: fixed IDs keep the order stable.
    for (n, name) in ["listed-a", "listed-b"].iter().enumerate() {
        let cid = format!("00000000-0000-4000-8000-00000000000{}", n + 1);
        run(&[
            "clients",
            "create",
            "--client-id",
            &cid,
            "--name",
            name,
            "--space",
            "listed",
        ])
        .assert_code(0);
    }
    sh.stdout(
        "clients-list",
        &run(&["clients", "list", "--space", "listed", "--page-size", "1"]),
        0,
    );
    sh.stdout("clients-show", &run(&["clients", "show", &id]), 0);
    sh.stdout(
        "clients-update",
        &run(&["clients", "update", &id, "--display-name", "Billing sync"]),
        0,
    );

    // secrets
    let secret = sh.stdout(
        "secrets-create",
        &run(&[
            "secrets",
            "create",
            &id,
            "--description",
            "for the new deployment",
            "--expires-in",
            "90d",
        ]),
        0,
    );
    let secret_id = s(&secret["id"]);
    sh.stdout("secrets-list", &run(&["secrets", "list", &id]), 0);
    sh.stdout(
        "secrets-revoke",
        &run(&["secrets", "revoke", &id, &secret_id, "--yes"]),
        0,
    );

    // the expiry watch and rotation; the clients of space `rot` have fixed IDs (listing order)
    for (cid, name, life) in [
        ("00000000-0000-4000-8000-0000000000a1", "due", "10d"),
        ("00000000-0000-4000-8000-0000000000a2", "not-due", "1y"),
    ] {
        run(&[
            "clients",
            "create",
            "--client-id",
            cid,
            "--name",
            name,
            "--space",
            "rot",
            "--secret-expires-in",
            life,
        ])
        .assert_code(0);
    }
    sh.stdout(
        "secrets-expiring",
        &run(&["secrets", "expiring", "--within", "30d", "--space", "rot"]),
        0,
    );
    sh.stdout("secrets-rotate", &run(&["secrets", "rotate", &id]), 0);
    sh.stdout(
        "secrets-rotate-revoke-old",
        &run(&["secrets", "rotate", &id, "--revoke-old"]),
        0,
    );
    sh.stdout(
        "secrets-rotate-skipped",
        &run(&["secrets", "rotate", &id, "--if-expiring-within", "30d"]),
        0,
    );
    let rotate_all = [
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "30d",
        "--space",
        "rot",
        "--concurrency",
        "1",
    ];
    let dry_run: Vec<&str> = std::iter::once("--dry-run").chain(rotate_all).collect();
    sh.stdout("dry-run-secrets-rotate-all", &run(&dry_run), 0);
    sh.stdout("secrets-rotate-all", &run(&rotate_all), 0);

    // authorizations, in the second tenant, of a client of `default`
    sh.stdout(
        "authorize",
        &acme(&["authorize", &id, "--scope", "api.read", "--yes"]),
        0,
    );
    sh.stdout(
        "authorizations-show",
        &acme(&["authorizations", "show", &id]),
        0,
    );
    sh.stdout("authorizations-list", &acme(&["authorizations", "list"]), 0);
    sh.stdout(
        "authorizations-revoke",
        &acme(&["authorizations", "revoke", &id, "--yes"]),
        0,
    );

    // an app's token, to prove its client works
    let app_secret = {
        let v = run(&["secrets", "create", &id]);
        v.assert_code(0);
        let v: serde_json::Value = serde_json::from_str(&v.stdout).unwrap();
        s(&v["value"])
    };
    assert_ne!(app_secret, first_secret);
    sh.stdout(
        "token",
        &run_in(
            server.cmd(),
            &[
                "-o",
                "json",
                "token",
                "--client-id",
                &id,
                "--client-secret-stdin",
            ],
            Some(&app_secret),
        ),
        0,
    );
    sh.stdout(
        "token-introspect",
        &run_in(
            server.cmd(),
            &[
                "-o",
                "json",
                "token",
                "--client-id",
                &id,
                "--client-secret-stdin",
                "--introspect",
            ],
            Some(&app_secret),
        ),
        0,
    );

    // raw calls
    sh.stdout(
        "api-get",
        &run(&["api", "GET", "/tenants/{tenant}/spaces"]),
        0,
    );
    sh.stdout(
        "api-post",
        &run(&[
            "api",
            "POST",
            "/tenants/{tenant}/spaces",
            "--data",
            r#"{"id": "raw", "displayName": "Made raw"}"#,
        ]),
        0,
    );

    // dry runs: the request, nothing sent
    sh.stdout(
        "dry-run-clients-create",
        &run(&[
            "--dry-run",
            "clients",
            "create",
            "--name",
            "never-made",
            "--space",
            "default",
        ]),
        0,
    );
    sh.stdout(
        "dry-run-secrets-create",
        &run(&["--dry-run", "secrets", "create", &id, "--expires-in", "30d"]),
        0,
    );
    sh.stdout(
        "dry-run-clients-delete",
        &run(&["--dry-run", "clients", "delete", &id, "--yes"]),
        0,
    );
    run(&["clients", "show", &id]).assert_code(0);

    // clients as code, in the space `listed`: diff (the plan), apply, apply again, export
    run(&[
        "clients",
        "create",
        "--client-id",
        "00000000-0000-4000-8000-000000000003",
        "--name",
        "listed-old",
        "--space",
        "listed",
    ])
    .assert_code(0);
    let declared = server.home.path().join("declared.yaml");
    std::fs::write(
        &declared,
        "clients:\n  - clientName: listed-a\n  - clientName: listed-b\n    displayName: Listed B\n  - clientName: listed-c\n    allowedScopes: [api.read]\n    secret: {expiresIn: 90d}\n",
    )
    .unwrap();
    let declared = declared.to_str().unwrap();
    let scope = ["--space", "listed", "--prune"];
    fn with<'a>(cmd: &[&'a str], scope: &[&'a str]) -> Vec<&'a str> {
        let mut v: Vec<&str> = cmd.to_vec();
        v.extend_from_slice(scope);
        v
    }
    sh.stdout("diff", &run(&with(&["diff", "-f", declared], &scope)), 0);
    sh.stdout(
        "apply",
        &run(&with(&["apply", "-f", declared, "--yes"], &scope)),
        0,
    );
    sh.stdout(
        "apply-unchanged",
        &run(&with(&["apply", "-f", declared, "--yes"], &scope)),
        0,
    );
    sh.stdout("export", &run(&["export", "--space", "listed"]), 0);

    // errors: one JSON object on stderr
    sh.stderr(
        "error-not-found",
        &run(&["clients", "show", "00000000-0000-4000-8000-00000000dead"]),
        4,
    );
    sh.stderr(
        "error-usage",
        &run(&["--no-input", "clients", "create", "--space", "default"]),
        2,
    );
    sh.stderr(
        "error-conflict",
        &run(&[
            "clients",
            "create",
            "--name",
            "billing-sync",
            "--space",
            "default",
        ]),
        5,
    );
    sh.stderr(
        "error-auth",
        &run_in(server.bare(), &["-o", "json", "clients", "list"], None),
        3,
    );

    sh.stdout(
        "clients-delete",
        &run(&["clients", "delete", &id, "--yes"]),
        0,
    );

    // login (client credentials, not kept in the keyring), auth status, logout
    let login_args = [
        "-o",
        "json",
        "login",
        "--client-credentials",
        "--client-id",
        "oauthctl-admin",
        "--client-secret-stdin",
        "--no-store",
    ];
    sh.stdout(
        "login",
        &run_in(server.bare(), &login_args, Some(ADMIN_SECRET)),
        0,
    );
    sh.stdout(
        "auth-status",
        &run_in(server.bare(), &["-o", "json", "auth", "status"], None),
        0,
    );
    sh.stdout("auth-status-environment", &run(&["auth", "status"]), 0);
    sh.stdout(
        "logout",
        &run_in(server.bare(), &["-o", "json", "logout"], None),
        0,
    );
    sh.stdout(
        "logout-not-logged-in",
        &run_in(server.bare(), &["-o", "json", "logout"], None),
        0,
    );

    // profiles: in a home of their own, so they do not steer the commands above
    let home = Home::new();
    let prof = |args: &[&str]| {
        let mut all = vec!["-o", "json", "profiles"];
        all.extend_from_slice(args);
        run_in(home.command(), &all, None)
    };
    sh.stdout(
        "profiles-add",
        &prof(&[
            "add",
            "staging",
            "--base-url",
            "https://auth.example.com",
            "--tenant",
            "acme",
            "--client-id",
            "ci-admin",
            "--server-type",
            "test",
        ]),
        0,
    );
    prof(&["add", "local", "--base-url", "http://127.0.0.1:8787"]).assert_code(0);
    sh.stdout("profiles-list", &prof(&["list"]), 0);
    sh.stdout("profiles-show", &prof(&["show", "staging"]), 0);

    sh.snaps.finish();
}
