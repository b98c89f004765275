//! The OS keyring. The end-to-end tests go through a real Secret Service: `tests/run.sh` runs the
//! suite inside `dbus-run-session` with an unlocked gnome-keyring daemon and sets
//! OAUTHCTL_TEST_SECRET_SERVICE=1; without it they fail (tests/common/parts.rs). The failure tests need no
//! keyring: they point D-Bus at nothing.
use crate::common;
use common::*;

fn stored(srv: &DevServer, id: &str) -> Out {
    srv.run(&["secrets", "stored", id])
}

#[test]
fn create_store_read_rotate_and_delete_through_the_real_secret_service() {
    require(Part::Keyring);
    let srv = DevServer::start();
    let v = srv.json(&[
        "clients", "create", "--name", "kr", "--space", "default", "--store", "keyring",
    ]);
    let id = v["client"]["clientId"].as_str().unwrap();
    let value = v["secret"]["value"].as_str().unwrap();
    let out = stored(&srv, id);
    out.assert_code(0);
    assert_eq!(
        out.stdout,
        format!("{value}\n"),
        "stdout holds the value and nothing else"
    );

    // secret-tool sees the same item: service oauthctl, account CLIENT_ID@TENANT@BASE_URL.
    let account = format!("{id}@default@{}", srv.base_url);
    let lookup = std::process::Command::new("secret-tool")
        .args(["lookup", "service", "oauthctl", "username", &account])
        .output()
        .expect("secret-tool");
    assert_eq!(String::from_utf8_lossy(&lookup.stdout).trim(), value);

    // Rotation replaces the entry with the new value (only once the new secret exists).
    let r = srv.json(&["secrets", "rotate", id, "--store", "keyring"]);
    let new_value = r["secret"]["value"].as_str().unwrap();
    assert_ne!(new_value, value);
    assert_eq!(stored(&srv, id).stdout.trim(), new_value);
    let (status, _) = srv.token(id, stored(&srv, id).stdout.trim(), true, "", None);
    assert_eq!(status, 200, "the stored secret works at the token endpoint");

    // secrets create --store keyring replaces it too.
    let s = srv.json(&["secrets", "create", id, "--store", "keyring"]);
    assert_eq!(stored(&srv, id).stdout.trim(), s["value"].as_str().unwrap());

    srv.run(&["secrets", "stored", id, "--delete"])
        .assert_code(0);
    stored(&srv, id)
        .assert_code(4)
        .assert_stderr("no secret in the OS keyring");
}

#[test]
fn one_client_id_on_two_tenants_has_two_entries() {
    require(Part::Keyring);
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let a = srv.json(&[
        "clients",
        "create",
        "--name",
        "x",
        "--client-id",
        "same-id-a",
        "--space",
        "default",
        "--store",
        "keyring",
    ]);
    let out = srv
        .cmd()
        .env("OAUTHCTL_TENANT", "acme")
        .args(["secrets", "stored", "same-id-a"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "another tenant's account is not the same entry"
    );
    assert_eq!(
        stored(&srv, "same-id-a").stdout.trim(),
        a["secret"]["value"].as_str().unwrap()
    );
    srv.run(&["secrets", "stored", "same-id-a", "--delete"])
        .assert_code(0);
}

/// A command whose D-Bus session does not exist: no keyring is reachable.
fn without_bus(srv: &DevServer, args: &[&str]) -> Out {
    Out::from(
        srv.cmd()
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
            .args(args)
            .output()
            .unwrap(),
    )
}

/// Issue 17: the keyring is asked before the first change, so a missing one leaves nothing to
/// revoke again.
#[test]
fn no_keyring_is_found_before_anything_is_changed() {
    let srv = DevServer::start();
    let (id, old) = srv.client("app", &[]);
    let before = srv.json(&["secrets", "list", &id]);
    for args in [
        &["-o", "json", "secrets", "create", &id, "--store", "keyring"][..],
        &["-o", "json", "secrets", "rotate", &id, "--store", "keyring"][..],
        &[
            "-o",
            "json",
            "secrets",
            "rotate",
            "--all",
            "--if-expiring-within",
            "5y",
            "--store",
            "keyring",
        ][..],
    ] {
        let out = without_bus(&srv, args);
        out.assert_code(1)
            .assert_stderr("the OS keyring is not available")
            .assert_stderr("nothing was changed")
            .assert_stderr("--output-file");
        assert_eq!(out.stdout, "", "no value was made: {args:?}");
        assert_eq!(
            srv.json(&["secrets", "list", &id]),
            before,
            "nothing changed: {args:?}"
        );
    }
    let out = without_bus(
        &srv,
        &[
            "clients", "create", "--name", "kr-none", "--space", "default", "--store", "keyring",
        ],
    );
    out.assert_code(1).assert_stderr("nothing was changed");
    assert!(!srv.run(&["clients", "list"]).stdout.contains("kr-none"));
    assert_eq!(srv.token(&id, &old, true, "", None).0, 200);
}

#[test]
fn secrets_stored_without_a_keyring_is_a_plain_error() {
    let srv = DevServer::start();
    without_bus(&srv, &["secrets", "stored", "anything"])
        .assert_code(1)
        .assert_stderr("the OS keyring is not available")
        .assert_stderr("Secret Service");
}

#[test]
fn a_frozen_bus_times_out_instead_of_hanging() {
    // A D-Bus address whose socket accepts connections and never answers.
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("frozen.sock");
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            keep.lock().unwrap().push(s);
        }
    });
    let srv = DevServer::start();
    let out = Out::from(
        srv.cmd()
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}", sock.display()),
            )
            .args(["secrets", "stored", "anything"])
            .output()
            .unwrap(),
    );
    out.assert_code(1)
        .assert_stderr("the OS keyring is not available")
        .assert_stderr("no answer within");
}

/// The keyring error's remedy (`--output-file`) exists on every command that takes
/// `--store keyring`, and works there without a keyring.
#[test]
fn no_keyring_the_suggested_output_file_works_on_clients_create_and_secrets_create() {
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let out = without_bus(
        &srv,
        &[
            "-o", "json", "clients", "create", "--name", "kr-file", "--space", "default",
            "--store", "keyring",
        ],
    );
    out.assert_code(1)
        .assert_stderr("the OS keyring is not available")
        .assert_stderr("clients create, secrets create, secrets rotate and apply take it");
    let (id, _) = srv.client("kr-file", &[]);
    for args in [
        vec![
            "clients",
            "create",
            "--name",
            "kr-file-2",
            "--space",
            "default",
        ],
        vec!["secrets", "create", id.as_str()],
    ] {
        let path = dir.path().join(format!("{}.secret", args[0]));
        let mut all = args.clone();
        all.extend(["--output-file", path.to_str().unwrap()]);
        let out = without_bus(&srv, &all);
        out.assert_code(0).assert_stderr("(mode 0600)");
        let value = std::fs::read_to_string(&path).unwrap();
        assert!(
            out.stdout.contains(value.trim()),
            "also printed: {}",
            out.stdout
        );
    }
}

/// Stores `value` with `secret-tool` under service `oauthctl`, `account` and extra attributes.
fn secret_tool_store(account: &str, label: &str, extra: &[&str], value: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new("secret-tool")
        .args([
            "store", "--label", label, "service", "oauthctl", "username", account,
        ])
        .args(extra)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("secret-tool");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(value.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success(), "secret-tool store");
}

/// The items of service `oauthctl` and `account` (`secret-tool search --all`: one `[/…]` block
/// with its attributes per item).
fn secret_tool_items(account: &str) -> String {
    let out = std::process::Command::new("secret-tool")
        .args([
            "search", "--all", "service", "oauthctl", "username", account,
        ])
        .output()
        .expect("secret-tool");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// oauthctl up to 0.1 stored through the `keyring` crate 3.6 (attributes `target` = `default` and
/// `application` = `rust-keyring`; keyring v1 wrote no `target`). Those entries are still read,
/// replaced in place (never duplicated) and deleted.
#[test]
fn entries_written_through_the_keyring_crate_are_read_replaced_and_deleted() {
    require(Part::Keyring);
    let srv = DevServer::start();
    let (id, secret) = srv.client("kr-old", &[]);
    let account = format!("{id}@default@{}", srv.base_url);
    secret_tool_store(
        &account,
        &format!("{account}@oauthctl:default (keyring v3.6.3)"),
        &["target", "default", "application", "rust-keyring"],
        &secret,
    );
    assert_eq!(stored(&srv, &id).stdout, format!("{secret}\n"));
    let r = srv.json(&["secrets", "rotate", &id, "--store", "keyring"]);
    let new_value = r["secret"]["value"].as_str().unwrap();
    assert_eq!(stored(&srv, &id).stdout.trim(), new_value);
    let items = secret_tool_items(&account);
    assert_eq!(
        items.matches("[/").count(),
        1,
        "replaced, not added: {items}"
    );
    assert!(
        items.contains("attribute.application = rust-keyring"),
        "{items}"
    );
    srv.run(&["secrets", "stored", &id, "--delete"])
        .assert_code(0);
    assert_eq!(keyring_item(&account), None);

    // keyring v1's item: no `target`, in the default collection.
    let v1 = "v1-client";
    let account = format!("{v1}@default@{}", srv.base_url);
    secret_tool_store(&account, "v1", &[], "v1-value");
    assert_eq!(stored(&srv, v1).stdout, "v1-value\n");
    srv.run(&["secrets", "stored", v1, "--delete"])
        .assert_code(0);
    assert_eq!(keyring_item(&account), None);
}

/// Two items for one account: an error that says how to find them, never a guess.
#[test]
fn two_entries_for_one_account_are_an_error_not_a_guess() {
    require(Part::Keyring);
    let srv = DevServer::start();
    let account = format!("twice@default@{}", srv.base_url);
    for n in ["1", "2"] {
        secret_tool_store(
            &account,
            &format!("copy {n}"),
            &["target", "default", "copy", n],
            &format!("value-{n}"),
        );
    }
    let out = stored(&srv, "twice");
    out.assert_code(1)
        .assert_stderr("the OS keyring failed: 2 entries match")
        .assert_stderr("\"copy 1\"")
        .assert_stderr("secret-tool search --all service oauthctl username");
    assert!(out.stdout.is_empty(), "no value on stdout: {}", out.stdout);
    for n in ["1", "2"] {
        let ok = std::process::Command::new("secret-tool")
            .args([
                "clear", "service", "oauthctl", "username", &account, "copy", n,
            ])
            .status()
            .unwrap();
        assert!(ok.success());
    }
}
