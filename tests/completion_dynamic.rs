//! Dynamic shell completion (issue 12): `COMPLETE=SHELL oauthctl -- WORDS…` (clap_complete's
//! protocol, as the shell's registration script calls it) offers client IDs and names, spaces,
//! scopes and authorized client IDs from the current server, and fails quietly.

use crate::common;

use std::process::Stdio;

use common::{DevServer, Out};

/// The candidates fish would get for the last word, as (value, help) pairs.
fn complete(mut cmd: std::process::Command, words: &[&str]) -> (Out, Vec<(String, String)>) {
    cmd.env("COMPLETE", "fish")
        .arg("--")
        .arg("oauthctl")
        .args(words)
        .stdin(Stdio::null());
    let out = Out::from(cmd.output().expect("run oauthctl"));
    let pairs = out
        .stdout
        .lines()
        .map(|l| {
            let (v, h) = l.split_once('\t').unwrap_or((l, ""));
            (v.to_string(), h.to_string())
        })
        .collect();
    (out, pairs)
}

fn values(pairs: &[(String, String)]) -> Vec<&str> {
    pairs
        .iter()
        .map(|(v, _)| v.as_str())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

#[test]
fn client_ids_and_names_come_from_the_server() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("billing-sync", &["api.read"]);
    for words in [
        &["clients", "show", ""][..],
        &["secrets", "list", ""],
        &["secrets", "rotate", ""],
        &["clients", "delete", ""],
        &["token", "--client-id", ""],
    ] {
        let (out, pairs) = complete(srv.cmd(), words);
        out.assert_code(0);
        assert!(out.stderr.is_empty(), "{words:?}: {}", out.stderr);
        let vals = values(&pairs);
        assert!(vals.contains(&id.as_str()), "{words:?}: {vals:?}");
        assert!(vals.contains(&"billing-sync"), "{words:?}: {vals:?}");
        // Never a secret.
        assert!(!out.stdout.contains(&secret) && !out.stdout.contains("ocs_"));
    }
    let (_, pairs) = complete(srv.cmd(), &["clients", "show", ""]);
    assert!(
        pairs.contains(&(id.clone(), "billing-sync".into())),
        "{pairs:?}"
    );
    // The typed prefix narrows the list.
    let (_, pairs) = complete(srv.cmd(), &["clients", "show", "bill"]);
    assert_eq!(values(&pairs), ["billing-sync"]);
    // A new client's ID and a foreign client's ID are not completed from this tenant.
    let (_, pairs) = complete(srv.cmd(), &["clients", "create", "--client-id", ""]);
    assert!(!values(&pairs).contains(&id.as_str()), "{pairs:?}");
    let (_, pairs) = complete(srv.cmd(), &["authorize", ""]);
    assert!(!values(&pairs).contains(&id.as_str()), "{pairs:?}");
}

#[test]
fn spaces_scopes_and_authorizations_come_from_the_server() {
    let srv = DevServer::start();
    srv.run(&["spaces", "create", "eu", "--display-name", "Europe"])
        .assert_code(0);
    let (id, _) = srv.client("scoped", &["api.read"]);
    let (out, pairs) = complete(srv.cmd(), &["clients", "create", "--space", ""]);
    out.assert_code(0);
    let vals = values(&pairs);
    assert!(
        vals.contains(&"default") && vals.contains(&"eu"),
        "{vals:?}"
    );
    assert!(pairs.contains(&("eu".into(), "Europe".into())), "{pairs:?}");
    let (_, pairs) = complete(srv.cmd(), &["clients", "list", "--space", "e"]);
    assert_eq!(values(&pairs), ["eu"]);

    let (_, pairs) = complete(srv.cmd(), &["clients", "create", "--scope", "api."]);
    let vals = values(&pairs);
    assert!(
        vals.contains(&"api.read") && vals.contains(&"api.write"),
        "{vals:?}"
    );

    let (_, pairs) = complete(srv.cmd(), &["authorizations", "show", ""]);
    assert!(values(&pairs).contains(&id.as_str()), "{pairs:?}");
}

#[test]
fn options_typed_on_the_line_pick_the_tenant() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (id, _) = srv.client("in-default", &[]);
    // The environment says tenant default; the line says acme (and the acme admin).
    let (_, pairs) = complete(
        srv.cmd(),
        &[
            "--tenant",
            "acme",
            "clients",
            "show",
            "--admin-client-id",
            "oauthctl-admin-acme",
            "",
        ],
    );
    let vals = values(&pairs);
    assert!(!vals.contains(&id.as_str()), "{vals:?}");
    assert!(vals.contains(&"oauthctl-admin-acme"), "{vals:?}");
}

#[test]
fn an_unreachable_server_or_no_credentials_gives_no_candidates_and_no_noise() {
    let srv = DevServer::start();
    let (id, _) = srv.client("quiet", &[]);
    // No credentials: nothing is offered, nothing is asked, nothing is said.
    let (out, pairs) = complete(srv.bare(), &["clients", "show", ""]);
    out.assert_code(0);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(values(&pairs).is_empty(), "{pairs:?}");
    // The server is gone.
    let port = common::free_port();
    let mut cmd = srv.cmd();
    cmd.env("OAUTHCTL_BASE_URL", format!("http://127.0.0.1:{port}"));
    let (out, pairs) = complete(cmd, &["secrets", "list", ""]);
    out.assert_code(0);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(values(&pairs).is_empty(), "{pairs:?}");
    assert!(!out.stdout.contains(&id));
}

#[test]
fn the_registration_script_is_printed_for_each_shell() {
    let srv = DevServer::start();
    for (shell, needle) in [
        ("bash", "complete -o nospace -o bashdefault"),
        ("zsh", "#compdef oauthctl"),
        (
            "fish",
            "complete --keep-order --exclusive --command oauthctl",
        ),
        ("elvish", "set edit:completion:arg-completer[oauthctl]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = Out::from(
            srv.cmd()
                .env("COMPLETE", shell)
                .output()
                .expect("run oauthctl"),
        );
        out.assert_code(0).assert_stdout(needle);
    }
    // Without COMPLETE (or with COMPLETE=0) it is an ordinary run.
    let out = Out::from(
        srv.cmd()
            .env("COMPLETE", "0")
            .arg("--version")
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("oauthctl");
}

#[test]
fn bash_completes_through_the_registration_script() {
    let srv = DevServer::start();
    let (id, _) = srv.client("from-bash", &[]);
    let script = format!(
        r#"source <(COMPLETE=bash {bin})
COMP_WORDS=(oauthctl clients show from); COMP_CWORD=3; COMP_TYPE=9
_clap_complete_oauthctl oauthctl from show
printf '%s\n' "${{COMPREPLY[@]}}""#,
        bin = common::bin()
    );
    let mut cmd = srv.cmd();
    cmd.env_remove("COMPLETE");
    let out = Out::from(
        std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .output()
            .expect("run bash"),
    );
    out.assert_code(0);
    assert_eq!(out.stdout.trim(), "from-bash", "{}", out.stderr);
    let script = script.replace("from", &id[..8]);
    let out = Out::from(
        std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .output()
            .expect("run bash"),
    );
    assert_eq!(out.stdout.trim(), id, "{}", out.stderr);
}

#[test]
fn profile_names_come_from_the_config_file() {
    let srv = DevServer::start();
    srv.run(&[
        "profiles",
        "add",
        "staging",
        "--base-url",
        &srv.base_url,
        "--api",
        "oauthctl",
    ])
    .assert_code(0);
    for words in [
        &["profiles", "use", ""][..],
        &["profiles", "remove", "st"],
        &["--profile", ""],
    ] {
        let (out, pairs) = complete(srv.cmd(), words);
        out.assert_code(0);
        assert!(values(&pairs).contains(&"staging"), "{words:?}: {pairs:?}");
    }
    let (_, pairs) = complete(srv.cmd(), &["profiles", "add", ""]);
    assert!(!values(&pairs).contains(&"staging"), "{pairs:?}");
}
