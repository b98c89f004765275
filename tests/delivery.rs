//! The delivery rule for new secret values (issue 9): a value is delivered only where its write
//! succeeded; into a closed pipe nothing is retired and the lost secret is revoked again, and a
//! value that reached an output file or the OS keyring counts as delivered.
use crate::common;

use common::*;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// A secret value is delivered only where its write succeeded; a closed pipe loses nothing
// ---------------------------------------------------------------------------------------------

/// Runs with stdout a pipe whose reader is gone before anything is written
/// (`oauthctl … | (exec 0<&-; sleep 1)`).
fn run_into_closed_pipe(mut cmd: std::process::Command, args: &[&str]) -> Out {
    use std::process::Stdio;
    let mut child = cmd
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run oauthctl");
    drop(child.stdout.take());
    Out::from(child.wait_with_output().unwrap())
}

/// Runs with stdout closed (`oauthctl … >&-`).
fn run_stdout_closed(srv: &DevServer, args: &[&str]) -> Out {
    let mut c = srv.cmd();
    c.arg("-c")
        .arg("exec \"$0\" \"$@\" >&-")
        .arg(bin())
        .args(args);
    let mut sh = std::process::Command::new("sh");
    sh.args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    Out::from(sh.output().unwrap())
}

fn secrets_of(srv: &DevServer, id: &str) -> Vec<Value> {
    srv.json(&["secrets", "list", id])
        .as_array()
        .unwrap()
        .clone()
}

/// The client still has exactly its old secret, untouched (same expiry, not revoked), and any
/// secret made since is revoked.
#[track_caller]
fn only_the_old_secret_works(srv: &DevServer, id: &str, before: &[Value], old_value: &str) {
    let after = secrets_of(srv, id);
    for old in before {
        let now = after.iter().find(|s| s["id"] == old["id"]).unwrap();
        assert_eq!(
            now["expiration"], old["expiration"],
            "the old secret was retired"
        );
        assert!(now["revokedAt"].is_null(), "the old secret was revoked");
    }
    for new in after
        .iter()
        .filter(|s| !before.iter().any(|o| o["id"] == s["id"]))
    {
        assert!(
            !new["revokedAt"].is_null(),
            "a new secret nobody received is still live: {new}"
        );
    }
    assert_eq!(srv.token(id, old_value, true, "", None).0, 200);
}

#[test]
fn rotate_into_a_closed_pipe_retires_nothing_and_revokes_the_lost_secret() {
    let srv = DevServer::start();
    let (id, old) = srv.client("app", &[]);
    let before = secrets_of(&srv, &id);
    for extra in [&[][..], &["--revoke-old"][..], &["-o", "json"][..]] {
        let mut args = vec!["secrets", "rotate", &id];
        args.extend_from_slice(extra);
        let out = run_into_closed_pipe(srv.cmd(), &args);
        out.assert_code(1)
            .assert_stderr("reached nobody")
            .assert_stderr("revoked again");
        only_the_old_secret_works(&srv, &id, &before, &old);
    }
}

#[test]
fn secrets_create_with_stdout_closed_or_null_creates_nothing() {
    let srv = DevServer::start();
    let (id, old) = srv.client("app", &[]);
    let before = secrets_of(&srv, &id);
    let out = run_stdout_closed(&srv, &["secrets", "create", &id]);
    out.assert_code(1).assert_stderr("would reach nobody");
    let out = Out::from(
        srv.cmd()
            .args(["secrets", "create", &id])
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap(),
    );
    out.assert_code(1).assert_stderr("would reach nobody");
    let out = Out::from(
        srv.cmd()
            .args(["secrets", "rotate", &id])
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap(),
    );
    out.assert_code(1).assert_stderr("would reach nobody");
    assert_eq!(
        secrets_of(&srv, &id),
        before,
        "nothing changed on the server"
    );
    // Into a closed pipe the value is created, then revoked again at once.
    let out = run_into_closed_pipe(srv.cmd(), &["secrets", "create", &id]);
    out.assert_code(1)
        .assert_stderr("reached nobody")
        .assert_stderr("revoked again");
    only_the_old_secret_works(&srv, &id, &before, &old);
}

#[test]
fn clients_create_into_a_closed_pipe_keeps_the_client_and_revokes_its_secret() {
    let srv = DevServer::start();
    let out = run_into_closed_pipe(
        srv.cmd(),
        &["clients", "create", "--name", "lost", "--space", "default"],
    );
    out.assert_code(1)
        .assert_stderr("reached nobody")
        .assert_stderr("was kept");
    let clients = srv.json(&["clients", "list"]);
    let c = clients
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clientName"] == "lost")
        .expect("the client itself is never deleted");
    let id = c["clientId"].as_str().unwrap();
    let secrets = secrets_of(&srv, id);
    assert_eq!(secrets.len(), 1);
    assert!(!secrets[0]["revokedAt"].is_null(), "{secrets:?}");
    // Refused up front when stdout is /dev/null.
    Out::from(
        srv.cmd()
            .args([
                "clients", "create", "--name", "nulled", "--space", "default",
            ])
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap(),
    )
    .assert_code(1)
    .assert_stderr("would reach nobody");
    assert!(!srv.run(&["clients", "list"]).stdout.contains("nulled"));
}

#[test]
fn bulk_rotation_into_a_closed_pipe_retires_nothing() {
    let srv = DevServer::start();
    let mut clients = Vec::new();
    for i in 0..5 {
        let (id, old) = srv.client(&format!("bulk-{i}"), &[]);
        let before = secrets_of(&srv, &id);
        clients.push((id, old, before));
    }
    for format in ["table", "json"] {
        let out = run_into_closed_pipe(
            srv.cmd(),
            &[
                "-o",
                format,
                "secrets",
                "rotate",
                "--all",
                "--if-expiring-within",
                "5y",
                "--concurrency",
                "2",
            ],
        );
        out.assert_code(1).assert_stderr("reached nobody");
        for (id, old, before) in &clients {
            only_the_old_secret_works(&srv, id, before, old);
        }
    }
}

#[test]
fn a_value_delivered_to_the_output_file_counts_when_stdout_is_closed() {
    let srv = DevServer::start();
    let (id, old) = srv.client("app", &[]);
    let before = secrets_of(&srv, &id);
    let file = srv.home.path().join("new-secret.txt");
    let out = run_into_closed_pipe(
        srv.cmd(),
        &[
            "secrets",
            "rotate",
            &id,
            "--output-file",
            file.to_str().unwrap(),
        ],
    );
    out.assert_code(0)
        .assert_stderr("could not be written to stdout");
    let value = std::fs::read_to_string(&file).unwrap().trim().to_string();
    assert_eq!(
        srv.token(&id, &value, true, "", None).0,
        200,
        "the new value works"
    );
    // The old one was retired as usual: its expiry moved to the end of the overlap.
    let after = secrets_of(&srv, &id);
    let old_after = after.iter().find(|s| s["id"] == before[0]["id"]).unwrap();
    assert_ne!(old_after["expiration"], before[0]["expiration"]);
    assert_eq!(
        srv.token(&id, &old, true, "", None).0,
        200,
        "still in its overlap"
    );

    // Bulk: each line went to the file, so the rotation is complete.
    let many = srv.home.path().join("many.env");
    let out = run_into_closed_pipe(
        srv.cmd(),
        &[
            "secrets",
            "rotate",
            "--all",
            "--if-expiring-within",
            "5y",
            "--output-file",
            many.to_str().unwrap(),
        ],
    );
    out.assert_code(0);
    let text = std::fs::read_to_string(&many).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{id}=")))
        .expect("a line for the client");
    let v = line.split_once('=').unwrap().1;
    assert_eq!(srv.token(&id, v, true, "", None).0, 200);
}

#[test]
fn rotate_json_is_one_document_written_before_the_old_secrets_are_retired() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let v = srv.json(&["secrets", "rotate", &id]);
    assert!(v["secret"]["value"].as_str().unwrap().starts_with("ocs_"));
    assert_eq!(v["retired"].as_array().unwrap().len(), 1);
    assert!(v["revoked"].as_array().unwrap().is_empty());
    let v = srv.json(&["secrets", "rotate", "--all", "--if-expiring-within", "5y"]);
    let row = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["clientId"] == id)
        .unwrap();
    assert_eq!(row["status"], "rotated");
    assert!(row["secret"]["value"].as_str().unwrap().starts_with("ocs_"));
    // The secret the first rotation made now expires at the end of the overlap (the first one
    // already does, a moment earlier).
    assert_eq!(row["retired"].as_array().unwrap().len(), 1);
}

#[test]
fn an_api_change_whose_answer_is_lost_to_a_closed_pipe_is_an_error() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let path = format!("/tenants/{{tenant}}/clients/{id}/secrets/");
    let out = run_into_closed_pipe(srv.cmd(), &["api", "POST", &path, "--data", "{}"]);
    out.assert_code(1).assert_stderr("is lost");
    // A read into a closed pipe stays quiet.
    run_into_closed_pipe(srv.cmd(), &["api", "GET", &path]).assert_code(0);
}

#[test]
fn a_value_stored_in_the_keyring_counts_when_stdout_is_closed() {
    require(Part::Keyring);
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let out = run_into_closed_pipe(srv.cmd(), &["secrets", "create", &id, "--store", "keyring"]);
    out.assert_code(0)
        .assert_stderr("could not be written to stdout")
        .assert_stderr("stored the secret in the OS keyring");
    let account = format!("{id}@default@{}", srv.base_url.trim_end_matches('/'));
    let value = keyring_item(&account).expect("the value is in the keyring");
    assert_eq!(srv.token(&id, &value, true, "", None).0, 200);
}

// ---------------------------------------------------------------------------------------------
// Issue 17: the edges of the delivery rule
// ---------------------------------------------------------------------------------------------

/// The ID of the one secret a client has.
fn only_secret_id(srv: &DevServer, id: &str) -> String {
    let list = secrets_of(srv, id);
    assert_eq!(list.len(), 1, "{list:?}");
    list[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn revoking_the_last_working_secret_with_yes_needs_force_too() {
    let srv = DevServer::start();
    let (id, value) = srv.client("last", &[]);
    let secret_id = only_secret_id(&srv, &id);
    let out = srv.run(&["secrets", "revoke", &id, &secret_id, "--yes"]);
    out.assert_code(2)
        .assert_stderr("last working secret")
        .assert_stderr("--force");
    assert_eq!(srv.token(&id, &value, true, "", None).0, 200, "not revoked");
    srv.run(&["secrets", "revoke", &id, &secret_id, "--yes", "--force"])
        .assert_code(0);
    assert_ne!(srv.token(&id, &value, true, "", None).0, 200, "revoked");
}

/// Runs with stdout a pipe whose reader never reads while oauthctl runs (`oauthctl … | (sleep
/// 60)`), with `--timeout 3` as the bound of the wait; returns the result and what was left
/// unread in the pipe.
fn run_into_unread_pipe(mut cmd: std::process::Command, args: &[&str]) -> (Out, String) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = cmd
        .args(["--timeout", "3"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run oauthctl");
    let unread = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let errs = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let status = child.wait().unwrap();
    let mut left = String::new();
    let mut unread = unread;
    unread.read_to_string(&mut left).unwrap();
    let out = Out {
        code: status.code().unwrap_or(-1),
        stdout: String::new(),
        stderr: errs.join().unwrap(),
    };
    (out, left)
}

#[test]
fn values_left_unread_in_a_pipe_buffer_are_not_delivered() {
    let srv = DevServer::start();
    let mut clients = Vec::new();
    for i in 0..4 {
        let (id, old) = srv.client(&format!("buffered-{i}"), &[]);
        let before = secrets_of(&srv, &id);
        clients.push((id, old, before));
    }
    // Bulk rotation: nothing retired, the values in the buffer revoked again, never "rotated".
    for format in ["table", "json"] {
        let (out, left) = run_into_unread_pipe(
            srv.cmd(),
            &[
                "-o",
                format,
                "secrets",
                "rotate",
                "--all",
                "--if-expiring-within",
                "5y",
                "--concurrency",
                "2",
            ],
        );
        out.assert_code(1)
            .assert_stderr("did not take it")
            .assert_stderr("0 rotated");
        assert!(!left.is_empty(), "the values stayed in the pipe");
        for (id, old, before) in &clients {
            only_the_old_secret_works(&srv, id, before, old);
        }
    }
    // One rotation, with --revoke-old --force: the old secret keeps working.
    let (id, old, before) = &clients[0];
    let (out, _) = run_into_unread_pipe(
        srv.cmd(),
        &["secrets", "rotate", id, "--revoke-old", "--force"],
    );
    out.assert_code(1).assert_stderr("did not take it");
    only_the_old_secret_works(&srv, id, before, old);
    // secrets create: revoked again.
    let (out, _) = run_into_unread_pipe(srv.cmd(), &["-o", "json", "secrets", "create", id]);
    out.assert_code(1).assert_stderr("did not take it");
    only_the_old_secret_works(&srv, id, before, old);
    // clients create: the client is kept, its secret revoked.
    let (out, left) = run_into_unread_pipe(
        srv.cmd(),
        &["-o", "json", "clients", "create", "--name", "buffered-new"],
    );
    out.assert_code(1).assert_stderr("did not take it");
    let v: Value = serde_json::from_str(&left).unwrap();
    let new_id = v["client"]["clientId"].as_str().unwrap();
    let value = v["secret"]["value"].as_str().unwrap();
    assert_ne!(srv.token(new_id, value, true, "", None).0, 200);
}

/// Runs with stdout a pipe whose reader takes the first `take` bytes and then goes away
/// (`oauthctl … | head -c 3000`); returns the result with what the reader took as stdout.
fn run_into_short_reader(mut cmd: std::process::Command, args: &[&str], take: usize) -> Out {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = cmd
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run oauthctl");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let errs = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let mut taken = vec![0u8; take];
    let mut n = 0;
    while n < take {
        match stdout.read(&mut taken[n..]).unwrap() {
            0 => break,
            k => n += k,
        }
    }
    taken.truncate(n);
    drop(stdout);
    let status = child.wait().unwrap();
    Out {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&taken).into_owned(),
        stderr: errs.join().unwrap(),
    }
}

#[test]
fn apply_into_a_pipe_that_closes_reports_and_leaves_no_client_without_a_secret() {
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let f = clients_file(dir.path(), "piped", 30, 2);
    let f = f.to_str().unwrap();
    let args = [
        "-o",
        "json",
        "apply",
        "-f",
        f,
        "--yes",
        "--concurrency",
        "4",
    ];
    let out = run_into_short_reader(srv.cmd(), &args, 3000);
    out.assert_code(1).assert_stderr("apply stopped");
    // Every client that exists has a secret (live, or revoked because nobody took it).
    let clients = srv.json(&["clients", "list"]);
    for c in clients.as_array().unwrap() {
        let name = c["clientName"].as_str().unwrap();
        if !name.starts_with("piped-") {
            continue;
        }
        let id = c["clientId"].as_str().unwrap();
        assert!(
            !secrets_of(&srv, id).is_empty(),
            "{name} was left without any secret"
        );
    }
    // The plan says so: a client whose first secret was revoked gets "a first secret".
    let plan = srv.run(&["diff", "-f", f]);
    plan.assert_stdout("a first secret");
    // A re-run finishes the job: every client ends with a working secret.
    let v: Value = serde_json::from_str(&srv.run(&args[..]).assert_code(0).stdout).unwrap();
    let _ = v;
    for c in srv.json(&["clients", "list"]).as_array().unwrap() {
        if !c["clientName"].as_str().unwrap().starts_with("piped-") {
            continue;
        }
        let id = c["clientId"].as_str().unwrap();
        assert!(
            secrets_of(&srv, id)
                .iter()
                .any(|s| s["revokedAt"].is_null()),
            "{} has no live secret after the re-run",
            c["clientName"]
        );
    }
}

#[test]
fn an_output_file_that_cannot_be_written_is_found_before_anything_is_changed() {
    let srv = DevServer::start();
    let (id, old) = srv.client("unwritable", &[]);
    let before = secrets_of(&srv, &id);
    let dir = tempfile::tempdir().unwrap();
    // A path below a regular file can never be written, not even by root.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, b"").unwrap();
    let bad = blocker.join("secret");
    let bad = bad.to_str().unwrap();
    for args in [
        &["secrets", "rotate", &id, "--output-file", bad][..],
        &["secrets", "create", &id, "--output-file", bad][..],
    ] {
        let out = srv.run(args);
        out.assert_code(2)
            .assert_stderr("--output-file")
            .assert_stderr("nothing was changed");
        assert_eq!(secrets_of(&srv, &id), before, "nothing changed: {args:?}");
    }
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "unwritable-new",
        "--output-file",
        bad,
    ]);
    out.assert_code(2).assert_stderr("nothing was changed");
    assert!(!srv
        .run(&["clients", "list"])
        .stdout
        .contains("unwritable-new"));
    assert_eq!(srv.token(&id, &old, true, "", None).0, 200);
}

#[test]
fn an_output_file_symlink_is_followed_and_a_device_is_refused() {
    let srv = DevServer::start();
    let (id, _) = srv.client("linked", &[]);
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.secret");
    std::fs::write(&real, b"").unwrap();
    let link = dir.path().join("link.secret");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let v: Value = serde_json::from_str(
        &srv.run(&[
            "-o",
            "json",
            "secrets",
            "rotate",
            &id,
            "--output-file",
            link.to_str().unwrap(),
        ])
        .assert_code(0)
        .stdout,
    )
    .unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link was replaced"
    );
    let value = v["secret"]["value"].as_str().unwrap();
    assert_eq!(std::fs::read_to_string(&real).unwrap().trim(), value);
    // A device (here behind a link too) is refused before anything changes.
    let before = secrets_of(&srv, &id);
    let dev_link = dir.path().join("to-null");
    std::os::unix::fs::symlink("/dev/null", &dev_link).unwrap();
    for path in ["/dev/null", dev_link.to_str().unwrap()] {
        for args in [
            &["secrets", "rotate", &id, "--output-file", path][..],
            &[
                "secrets",
                "rotate",
                "--all",
                "--if-expiring-within",
                "5y",
                "--output-file",
                path,
            ][..],
        ] {
            srv.run(args)
                .assert_code(2)
                .assert_stderr("a device, not a regular file");
        }
    }
    assert_eq!(secrets_of(&srv, &id), before);
}

/// A small file system, mounted for the test (it needs root, as tests/run.sh runs it).
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(bytes: usize) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "this test mounts a small tmpfs to fill a disk: it needs root (run it as tests/run.sh does)"
        );
        SmallDisk(dir)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[test]
fn a_full_disk_leaves_no_partial_line_in_the_output_file() {
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let f = clients_file(dir.path(), "full", 80, 2);
    srv.run(&["apply", "-f", f.to_str().unwrap(), "--yes"])
        .assert_code(0);
    let disk = SmallDisk::mount(3 * 4096);
    // Two of its three pages taken: about fifty lines fit, then the disk is full.
    std::fs::write(disk.0.path().join("filler"), vec![0u8; 2 * 4096]).unwrap();
    let file = disk.0.path().join("values.env");
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "5y",
        "--output-file",
        file.to_str().unwrap(),
    ]);
    out.assert_code(1);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let values: std::collections::HashMap<String, String> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| {
            Some((
                r["clientId"].as_str()?.to_string(),
                r["secret"]["value"].as_str()?.to_string(),
            ))
        })
        .collect();
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.ends_with('\n'), "a partial last line: {written:?}");
    let lines: Vec<&str> = written.lines().collect();
    assert!(!lines.is_empty() && lines.len() < 80, "{}", lines.len());
    for line in lines {
        let (id, value) = line.split_once('=').expect("ID=VALUE");
        assert_eq!(values.get(id), Some(&value.to_string()), "line {line:?}");
    }
}

#[test]
fn a_new_secret_is_verified_at_the_token_endpoint_before_the_old_ones_are_retired() {
    let srv = DevServer::start();
    let (id, _) = srv.client("verified", &[]);
    let v = srv.json(&["secrets", "rotate", &id]);
    assert_eq!(v["verified"], true, "{v}");
    let v = srv.json(&["secrets", "rotate", &id, "--no-verify"]);
    assert_eq!(v["verified"], Value::Null, "{v}");
    assert_eq!(v["retired"].as_array().unwrap().len(), 1, "{v}");
    // A client that may not use client_credentials: not tried, retired all the same.
    let created = srv.json(&[
        "clients",
        "create",
        "--name",
        "code-only",
        "--grant-type",
        "authorization_code",
        "--redirect-uri",
        "http://127.0.0.1:9/cb",
    ]);
    let code_only = created["client"]["clientId"].as_str().unwrap();
    let v = srv.json(&["secrets", "rotate", code_only]);
    assert_eq!(v["verified"], Value::Null, "{v}");
    assert_eq!(v["retired"].as_array().unwrap().len(), 1, "{v}");
    // Bulk: each element says so too.
    let v = srv.json(&["secrets", "rotate", "--all", "--if-expiring-within", "5y"]);
    for r in v.as_array().unwrap() {
        let want = if r["clientId"] == code_only {
            Value::Null
        } else {
            Value::Bool(true)
        };
        assert_eq!(r["verified"], want, "{r}");
    }
}

#[test]
fn a_new_secret_the_token_endpoint_refuses_retires_nothing_and_is_kept() {
    let srv = DevServer::start();
    let (id, old) = srv.client("refused", &[]);
    let before = secrets_of(&srv, &id);
    // A token endpoint that refuses every client (the admin API is the dev server's).
    let refusing = common::fault::Fault::start(|req, _| {
        req.is("POST", "/oauth/token").then(|| {
            common::fault::json_reply(
                401,
                serde_json::json!({"error": "invalid_client", "error_description": "no"}),
            )
        })
    });
    let token = srv.admin_token("default");
    let rotate = |args: &[&str]| {
        let mut c = srv.cmd();
        c.env_remove("OAUTHCTL_CLIENT_ID")
            .env_remove("OAUTHCTL_CLIENT_SECRET")
            .env("OAUTHCTL_TOKEN", &token)
            .args([
                "--issuer",
                &refusing.base_url,
                "-o",
                "json",
                "secrets",
                "rotate",
            ])
            .args(args);
        Out::from(c.output().unwrap())
    };
    let out = rotate(&[&id, "--revoke-old", "--force"]);
    out.assert_code(1)
        .assert_stderr("refused the new secret")
        .assert_stderr("nothing was retired");
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["verified"], false, "{v}");
    let new_value = v["secret"]["value"].as_str().unwrap();
    // The old secret is untouched and the new one kept.
    let after = secrets_of(&srv, &id);
    assert_eq!(after[0]["expiration"], before[0]["expiration"]);
    assert!(after.iter().all(|s| s["revokedAt"].is_null()), "{after:?}");
    assert_eq!(srv.token(&id, &old, true, "", None).0, 200);
    assert_eq!(srv.token(&id, new_value, true, "", None).0, 200);
    // Bulk too.
    let out = rotate(&["--all", "--if-expiring-within", "5y"]);
    out.assert_code(1).assert_stdout("refused the new secret");
    assert_eq!(srv.token(&id, &old, true, "", None).0, 200);
    // --no-verify skips the check.
    rotate(&[&id, "--no-verify"]).assert_code(0);
}

#[test]
fn sigterm_mid_apply_finishes_what_is_in_flight_reports_and_exits_143() {
    use std::io::{BufRead, BufReader, Read};
    use std::process::Stdio;
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let f = clients_file(dir.path(), "term", 300, 3);
    let mut child = srv
        .cmd()
        .args([
            "apply",
            "-f",
            f.to_str().unwrap(),
            "--yes",
            "--concurrency",
            "8",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let errs = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.starts_with("created\t"), "{first}");
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let mut delivered: Vec<String> = vec![first];
    delivered.extend(lines.map(Result::unwrap));
    let status = child.wait().unwrap();
    let stderr = errs.join().unwrap();
    assert_eq!(status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("stopped by SIGTERM"), "{stderr}");
    assert!(stderr.contains("run the same apply again"), "{stderr}");
    // Every client it made has the secret that was delivered, live.
    let clients = srv.json(&["clients", "list"]);
    let made: Vec<&Value> = clients
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["clientName"].as_str().unwrap().starts_with("term-"))
        .collect();
    assert!(made.len() < 300, "the signal came after the end");
    assert_eq!(made.len(), delivered.len(), "{delivered:?}");
    for c in made {
        let id = c["clientId"].as_str().unwrap();
        assert!(
            secrets_of(&srv, id)
                .iter()
                .any(|s| s["revokedAt"].is_null()),
            "{id} has no live secret"
        );
    }
}

#[test]
fn a_registration_with_a_plain_http_management_uri_is_delivered_then_refused() {
    use common::fault::{json_reply, Fault};
    let fault = Fault::start(|req, base| match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/.well-known/oauth-authorization-server") => Some(json_reply(
            200,
            serde_json::json!({
                "issuer": base,
                "token_endpoint": format!("{base}/oauth/token"),
                "registration_endpoint": format!("{base}/register"),
            }),
        )),
        ("POST", "/register") => Some(json_reply(
            201,
            serde_json::json!({
                "client_id": "proxied-client",
                "client_secret": "proxied-secret-value-0123456789",
                "registration_access_token": "proxied-registration-token-0123",
                "registration_client_uri": "http://auth.example.com/register/proxied-client",
                "grant_types": ["client_credentials"],
                "token_endpoint_auth_method": "client_secret_basic",
            }),
        )),
        _ => None,
    });
    let out = Out::from(
        fault
            .cmd()
            .args([
                "--api", "rfc7592", "-o", "json", "clients", "create", "--name", "proxied",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(0)
        .assert_stdout("proxied-secret-value-0123456789")
        .assert_stdout("proxied-registration-token-0123")
        .assert_stderr("registration_client_uri");
    // Using it later is refused with a clear message, and nothing is sent there.
    let out = Out::from(
        fault
            .cmd()
            .args(["--api", "rfc7592", "clients", "show", "proxied-client"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("cannot be managed from here");
    assert_eq!(fault.count("GET", "/register/proxied-client"), 0);
}

#[test]
fn a_glewlwyd_replacement_whose_answer_is_lost_still_delivers_the_value_marked_may_be_active() {
    use common::fault::{json_reply, Fault};
    let record = serde_json::json!({
        "client_id": "lost-answer",
        "name": "lost-answer",
        "confidential": true,
        "enabled": true,
        "authorization_type": ["client_credentials"],
        "scope": [],
        "redirect_uri": [],
        "token_endpoint_auth_method": ["client_secret_basic"],
    });
    let fault = Fault::start(
        move |req, _| match (req.method.as_str(), req.path.as_str()) {
            ("GET", "/api/client/lost-answer") => Some(json_reply(200, record.clone())),
            ("PUT", "/api/client/lost-answer") => {
                // Applied, but the answer comes after the client gave up.
                std::thread::sleep(std::time::Duration::from_secs(4));
                Some(json_reply(200, serde_json::json!({})))
            }
            _ => None,
        },
    );
    for format in ["json", "table"] {
        let out = Out::from(
            fault
                .cmd()
                .args([
                    "--api",
                    "glewlwyd",
                    "--timeout",
                    "2",
                    "-o",
                    format,
                    "secrets",
                    "rotate",
                    "lost-answer",
                    "--replace",
                ])
                .output()
                .unwrap(),
        );
        out.assert_code(1)
            .assert_stderr("may be active")
            .assert_stderr("oauthctl token --client-id lost-answer");
        // The fault server logs the PUT once it has answered (after the client gave up).
        let puts = |f: &Fault| {
            f.requests()
                .into_iter()
                .filter(|r| r.is("PUT", "/api/client/lost-answer"))
                .collect::<Vec<_>>()
        };
        let want = if format == "json" { 1 } else { 2 };
        for _ in 0..200 {
            if puts(&fault).len() >= want {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let sent = puts(&fault).pop().expect("the PUT was sent");
        let body: Value = serde_json::from_slice(&sent.body).unwrap();
        let value = body["password"].as_str().unwrap();
        assert!(
            out.stdout.contains(value),
            "the value that may be active is delivered: {}",
            out.stdout
        );
        if format == "json" {
            let v: Value = serde_json::from_str(&out.stdout).unwrap();
            assert_eq!(v["mayBeActive"], true, "{v}");
        }
    }
}

#[test]
fn sigint_mid_bulk_rotation_finishes_what_is_in_flight_and_exits_130() {
    use std::io::Read;
    use std::process::Stdio;
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let f = clients_file(dir.path(), "int", 300, 3);
    srv.run(&["apply", "-f", f.to_str().unwrap(), "--yes"])
        .assert_code(0);
    let mut child = srv
        .cmd()
        .args([
            "-o",
            "json",
            "secrets",
            "rotate",
            "--all",
            "--if-expiring-within",
            "5y",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let errs = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let mut rest = Vec::new();
    stdout.read_to_end(&mut rest).unwrap();
    let status = child.wait().unwrap();
    let stderr = errs.join().unwrap();
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("stopped by SIGINT"), "{stderr}");
    let mut all = first.to_vec();
    all.extend(rest);
    let v: Value = serde_json::from_slice(&all).expect("the JSON document is whole");
    let rotated = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "rotated")
        .count();
    assert!(rotated < 300, "the signal came after the end");
}

/// A clients file in `dir` declaring `n` clients named `PREFIX-00…` (numbers `width` digits wide).
fn clients_file(dir: &std::path::Path, prefix: &str, n: usize, width: usize) -> std::path::PathBuf {
    let f = dir.join("clients.yaml");
    let mut text = String::from("clients:\n");
    for i in 0..n {
        text.push_str(&format!("  - clientName: {prefix}-{i:0width$}\n"));
    }
    std::fs::write(&f, text).unwrap();
    f
}
