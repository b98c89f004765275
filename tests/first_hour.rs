//! Issue 21, the first hour of a new admin: what `tests/run.sh` ends with, empty credential
//! variables, hints that name only what exists, usage errors with `-o json` and without the
//! options an environment variable gave, durations, a client's name where its ID is needed,
//! `-q/--quiet`, short help, and the admin scope in the interactive pickers.

use crate::common;

use std::process::Stdio;

use common::tty::*;
use common::*;
use serde_json::Value;

fn run(home: &Home, args: &[&str]) -> Out {
    Out::from(home.command().args(args).output().expect("run oauthctl"))
}

/// The one JSON error document on stderr.
fn json_error(out: &Out) -> Value {
    let line = out.stderr.trim();
    serde_json::from_str(line)
        .unwrap_or_else(|e| panic!("stderr is not one JSON document ({e}):\n{}", out.stderr))
}

// ---------- tests/run.sh: one closing line with the totals ----------

#[test]
fn the_suite_ends_with_the_totals_over_every_test_binary() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cargo_output = "\
     Running unittests src/lib.rs (target/debug/deps/oauthctl-1)
running 3 tests
test result: ok. 120 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.50s

     Running tests/clients.rs (target/debug/deps/clients-2)
test result: FAILED. 40 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 9.01s

   Doc-tests oauthctl
test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";
    let mut child = std::process::Command::new("bash")
        .arg(format!("{root}/tests/totals.sh"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("bash");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(cargo_output.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "160 passed, 2 failed\n"
    );
    // tests/run.sh runs every binary (--no-fail-fast, added once), prints that line last and
    // keeps cargo's exit status.
    assert!(
        std::fs::read_to_string(format!("{root}/tests/run.sh"))
            .unwrap()
            .contains("*) set -- --no-fail-fast \"$@\" ;;"),
        "tests/run.sh does not add --no-fail-fast"
    );
    let script = std::fs::read_to_string(format!("{root}/tests/run.sh")).unwrap();
    let tail: Vec<&str> = script
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .rev()
        .take(4)
        .collect();
    assert_eq!(tail[0], "exit \"$test_rc\"", "{tail:?}");
    assert_eq!(tail[1], "bash tests/totals.sh <\"$results\"", "{tail:?}");
    assert!(
        tail[2].contains("cargo test --locked \"$@\" | tee \"$results\" || test_rc=$?"),
        "{tail:?}"
    );
}

// ---------- credential variables that are set but empty ----------

#[test]
fn every_credential_variable_that_is_set_but_empty_is_reported() {
    let srv = DevServer::start();
    for var in [
        "OAUTHCTL_TOKEN",
        "OAUTHCTL_CLIENT_ID",
        "OAUTHCTL_CLIENT_SECRET",
        "OAUTHCTL_APP_CLIENT_SECRET",
        "OAUTHCTL_REGISTRATION_TOKEN",
    ] {
        let out = Out::from(
            srv.cmd()
                .env(var, "")
                .args(["clients", "list"])
                .output()
                .unwrap(),
        );
        out.assert_stderr(&format!("warning: {var} is set but empty"));
    }
    // The pasted `export OAUTHCTL_CLIENT_SECRET="$OAUTHCTL_DEV_ADMIN_SECRET"` in a terminal
    // without that variable: the failure says why.
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CLIENT_SECRET", "")
            .args(["clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(3)
        .assert_stderr("OAUTHCTL_CLIENT_SECRET is set but empty");
    // A variable with a value says nothing.
    let out = srv.run(&["clients", "list"]);
    out.assert_code(0);
    assert!(!out.stderr.contains("is set but empty"), "{}", out.stderr);
}

#[test]
fn the_dev_server_says_where_the_admin_secret_of_its_export_line_comes_from() {
    let mut srv = DevServer::builder().process().start();
    srv.restart();
    let banner = srv.banner();
    assert!(
        banner.contains("export OAUTHCTL_CLIENT_SECRET=\"$OAUTHCTL_DEV_ADMIN_SECRET\""),
        "{banner}"
    );
    assert!(
        banner.contains(
            "# the value of OAUTHCTL_DEV_ADMIN_SECRET in the terminal that started this server"
        ),
        "{banner}"
    );
    // An empty OAUTHCTL_DEV_ADMIN_PASSWORD is reported too.
    let srv = DevServer::builder()
        .process()
        .env("OAUTHCTL_DEV_ADMIN_PASSWORD", "")
        .start();
    let banner = srv.banner();
    assert!(
        banner.contains("warning: OAUTHCTL_DEV_ADMIN_PASSWORD is set but empty"),
        "{banner}"
    );
}

// ---------- hints name only files and commands that exist ----------

#[test]
fn the_hint_after_clients_create_names_only_what_exists() {
    let srv = DevServer::start();
    let out = srv.run(&[
        "clients", "create", "--name", "hint-a", "--space", "default",
    ]);
    out.assert_code(0);
    assert!(!out.stderr.contains("secret.txt"), "{}", out.stderr);
    out.assert_stderr("--client-secret-stdin`, then paste the secret shown above");

    let file = srv.home.path().join("hint-b.secret");
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "hint-b",
        "--space",
        "default",
        "--output-file",
        file.to_str().unwrap(),
    ]);
    out.assert_code(0);
    out.assert_stderr(&format!("--client-secret-stdin < {}`", file.display()));
    // The hint works as written: the file holds the value.
    let id = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Client ID:"))
        .unwrap()
        .trim()
        .to_string();
    let token = Out::from(
        srv.home
            .command()
            .env("OAUTHCTL_BASE_URL", &srv.base_url)
            .args(["token", "--client-id", &id, "--client-secret-stdin"])
            .stdin(std::fs::File::open(&file).unwrap())
            .output()
            .unwrap(),
    );
    token.assert_code(0).assert_stdout("Access token");
}

#[test]
fn without_a_keyring_the_no_secret_error_says_so() {
    let srv = DevServer::start();
    let (id, _) = srv.client("no-keyring-app", &["api.read"]);
    let out = Out::from(
        srv.cmd()
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/oauthctl-test-bus",
            )
            .env_remove("OAUTHCTL_APP_CLIENT_SECRET")
            .args(["token", "--client-id", &id])
            .output()
            .unwrap(),
    );
    out.assert_code(2)
        .assert_stderr(&format!("no secret for client {id}"))
        .assert_stderr("no OS keyring was found");
}

// ---------- usage errors: -o json, and the options only the environment gave ----------

#[test]
fn usage_errors_are_the_json_error_document_with_json_output() {
    let home = Home::new();
    for (args, env) in [
        (vec!["-o", "json", "bogus"], None),
        (vec!["--output=json", "clients", "create", "--bogus"], None),
        (vec!["token"], Some("json")),
        (vec!["clients"], Some("json")),
    ] {
        let mut cmd = home.command();
        if let Some(v) = env {
            cmd.env("OAUTHCTL_OUTPUT", v);
        }
        let out = Out::from(cmd.args(&args).output().unwrap());
        out.assert_code(2);
        assert_eq!(out.stdout, "", "{args:?}");
        let doc = json_error(&out);
        assert_eq!(doc["error"]["code"], "usage", "{args:?}: {doc}");
        assert_eq!(doc["error"]["exitCode"], 2, "{args:?}: {doc}");
        assert!(
            doc["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{args:?}: {doc}"
        );
    }
    let doc = json_error(&run(&home, &["-o", "json", "bogus"]));
    assert_eq!(doc["error"]["message"], "unrecognized subcommand 'bogus'");
    // Without JSON: clap's text, as before.
    run(&home, &["bogus"])
        .assert_code(2)
        .assert_stderr("error: unrecognized subcommand 'bogus'");
    // Help and version still print as usual.
    run(&home, &["-o", "json", "--version"])
        .assert_code(0)
        .assert_stdout("oauthctl ");
}

#[test]
fn usage_lines_do_not_list_options_that_environment_variables_set() {
    let home = Home::new();
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", "http://127.0.0.1:9")
            .env("OAUTHCTL_CLIENT_ID", "ci-admin")
            .args(["token"])
            .output()
            .unwrap(),
    );
    out.assert_code(2)
        .assert_stderr("Usage: oauthctl token --client-id <ID>");
    assert!(!out.stderr.contains("--base-url"), "{}", out.stderr);
    assert!(!out.stderr.contains("--admin-client-id"), "{}", out.stderr);
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", "http://127.0.0.1:9")
            .args(["secrets", "create"])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
    assert!(!out.stderr.contains("--base-url"), "{}", out.stderr);
    // Typed on the command line, it stays.
    let out = run(&home, &["token", "--base-url", "http://127.0.0.1:9"]);
    out.assert_code(2).assert_stderr("--base-url <URL>");
}

// ---------- durations ----------

#[test]
fn durations_say_what_was_meant_and_a_past_expiry_says_it_is_past() {
    let srv = DevServer::start();
    let (id, _) = srv.client("durations", &["api.read"]);
    let out = srv.run(&["secrets", "create", &id, "--expires-in", "3 months"]);
    out.assert_code(2).assert_stderr("as 3mo");
    assert!(!out.stderr.contains("no unit"), "{}", out.stderr);
    let out = srv.run(&["secrets", "create", &id, "--expires-at", "2020-01-01"]);
    out.assert_code(2).assert_stderr("in the past");
    assert!(!out.stderr.contains("less than 1 day"), "{}", out.stderr);
    // Every lifetime the help and the README give as an example is accepted.
    let help = srv.run(&["secrets", "create", "--help"]).stdout;
    let line = help
        .lines()
        .find(|l| l.contains("Lifetimes:"))
        .unwrap_or_else(|| panic!("{help}"));
    let examples: Vec<&str> = line
        .split("Lifetimes:")
        .nth(1)
        .unwrap()
        .split(" (")
        .next()
        .unwrap()
        .split(',')
        .map(|s| s.trim().trim_end_matches('.'))
        .collect();
    assert!(examples.len() >= 5, "{examples:?}");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("### Secret lifetimes")
        .nth(1)
        .unwrap()
        .split("\n#")
        .next()
        .unwrap();
    let readme_line = section
        .split("Lifetimes:")
        .nth(1)
        .unwrap_or_else(|| panic!("no `Lifetimes:` in the README's Secret lifetimes"))
        .split('.')
        .next()
        .unwrap();
    let readme_examples: Vec<String> = readme_line
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    assert!(readme_examples.len() >= 5, "{readme_examples:?}");
    for e in examples
        .iter()
        .map(|s| s.to_string())
        .chain(readme_examples)
    {
        srv.run(&["secrets", "create", &id, "--expires-in", &e, "-o", "json"])
            .assert_code(0);
    }
}

// ---------- a client's name where its ID is needed ----------

#[test]
fn token_and_authorize_given_a_name_say_which_id_it_is() {
    let srv = DevServer::start();
    let (id, secret) = srv.client("named-app", &["api.read"]);
    let out = Out::from(
        srv.cmd()
            .args(["token", "--client-id", "named-app", "--client-secret-stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(secret.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap(),
    );
    out.assert_code(3)
        .assert_stderr("\"named-app\" is a client's name, not its ID")
        .assert_stderr(&format!("its client ID is {id}"))
        .assert_stderr(&format!("oauthctl token --client-id {id}"));
    let out = srv.run(&["authorize", "named-app", "--scope", "api.read", "--yes"]);
    out.assert_code(4)
        .assert_stderr("\"named-app\" is the name of a client of tenant default")
        .assert_stderr(&format!("oauthctl authorize {id}"));
    // An unknown name is the usual not-found.
    srv.run(&["authorize", "nobody-app", "--scope", "api.read", "--yes"])
        .assert_code(4)
        .assert_stderr("ask the app's provider");
}

// ---------- spaces list on a kind without spaces ----------

#[test]
fn spaces_list_without_spaces_does_not_say_leave_out_space() {
    let home = Home::new();
    let out = run(&home, &["--api", "rfc7592", "spaces", "list"]);
    out.assert_code(2).assert_stderr("belong to no space");
    assert!(!out.stderr.contains("leave out --space"), "{}", out.stderr);
}

// ---------- help that fits on a screen; -q ----------

#[test]
fn short_help_leaves_out_the_global_options_and_points_to_them() {
    let home = Home::new();
    let pointer =
        "Global options (--profile, --base-url, --tenant, -o, -q, -v, …): see `oauthctl --help`";
    for cmd in [
        vec!["clients"],
        vec!["clients", "create"],
        vec!["secrets", "rotate"],
        vec![],
    ] {
        let mut args = cmd.clone();
        args.push("-h");
        let short = run(&home, &args);
        short.assert_code(0).assert_stdout(pointer);
        for global in [
            "--base-url",
            "--admin-client-id",
            "--allow-foreign-endpoints",
        ] {
            assert!(
                !short.stdout.contains(&format!("  {global}")),
                "{args:?} -h lists {global}:\n{}",
                short.stdout
            );
        }
        let mut args = cmd.clone();
        args.push("--help");
        let long = run(&home, &args);
        long.assert_code(0).assert_stdout("Global options:");
        assert!(!long.stdout.contains(pointer), "{}", long.stdout);
        for global in ["--base-url <URL>", "--tenant <TENANT>", "-q, --quiet"] {
            long.assert_stdout(global);
        }
    }
    let short = run(&home, &["clients", "-h"]).stdout;
    assert!(short.lines().count() <= 20, "{short}");
    // Every variable is shown the same way, `[env: NAME]`, without its value even when set.
    let long = Out::from(
        home.command()
            .env("OAUTHCTL_BASE_URL", "http://127.0.0.1:9")
            .env("OAUTHCTL_CLIENT_ID", "someone")
            .args(["clients", "--help"])
            .output()
            .unwrap(),
    );
    long.assert_stdout("[env: OAUTHCTL_TENANT]")
        .assert_stdout("[env: OAUTHCTL_BASE_URL]")
        .assert_stdout("[env: OAUTHCTL_QUIET]");
    assert!(!long.stdout.contains("=]"), "{}", long.stdout);
    assert!(!long.stdout.contains("someone"), "{}", long.stdout);
}

#[test]
fn man_synopses_list_the_command_options_before_the_global_ones() {
    let man = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/man/oauthctl-clients-create.1"
    ))
    .unwrap();
    let synopsis = man
        .lines()
        .skip_while(|l| !l.starts_with(".SH SYNOPSIS"))
        .nth(1)
        .unwrap();
    let at = |flag: &str| {
        synopsis
            .find(flag)
            .unwrap_or_else(|| panic!("{flag} not in {synopsis}"))
    };
    let last_own = at(r"\-\-output\-file");
    let first_global = at(r"\-\-profile");
    assert!(last_own < first_global, "{synopsis}");
    assert!(at(r"\-\-name") < first_global && at(r"\-\-verbose") > first_global);
}

#[test]
fn quiet_leaves_out_status_lines_and_hints_but_not_errors() {
    let srv = DevServer::start();
    let out = srv.run(&[
        "-q",
        "clients",
        "create",
        "--name",
        "quiet-app",
        "--space",
        "default",
    ]);
    out.assert_code(0).assert_stdout("Client secret:");
    assert!(!out.stderr.contains("hint:"), "{}", out.stderr);
    assert!(!out.stderr.contains("next, check"), "{}", out.stderr);
    let loud = srv.run(&[
        "clients", "create", "--name", "loud-app", "--space", "default",
    ]);
    loud.assert_stderr("hint:");
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_QUIET", "1")
            .args(["clients", "delete", "quiet-app", "--yes"])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
    assert_eq!(out.stderr, "", "{}", out.stderr);
    srv.run(&["--quiet", "clients", "show", "no-such-client"])
        .assert_code(4)
        .assert_stderr("error:");
}

// ---------- the admin scope in the interactive pickers ----------

#[test]
fn the_scope_picker_marks_the_admin_scope_and_asks_again() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let t = Tmux::start(&oauthctl_in_terminal(
        &srv,
        &[
            "clients",
            "create",
            "--name",
            "picked",
            "--space",
            "default",
            "--grant-type",
            "client_credentials",
        ],
    ));
    t.wait_for("Display name");
    t.send(&["Enter"]); // the name
    t.wait_for("Scopes the client may ask for");
    let screen = t.wait_for("oauthctl.admin");
    let admin_line = screen
        .lines()
        .find(|l| l.contains("oauthctl.admin"))
        .unwrap();
    assert!(
        admin_line.contains("[ADMIN: full admin of this tenant]"),
        "{screen}"
    );
    t.send(&["Space"]); // api.read
    for _ in 0..3 {
        t.send(&["Down"]);
    }
    t.send(&["Space"]); // oauthctl.admin
    t.wait_until("oauthctl.admin ticked", |s| {
        s.lines()
            .any(|l| l.contains("oauthctl.admin") && !l.contains('⬚'))
    });
    t.send(&["Enter"]);
    t.wait_for("Grant oauthctl.admin?");
    t.send(&["n"]);
    t.wait_for("Create this client?");
    t.send(&["y"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("oauthctl.admin left out"), "{screen}");
    let c = srv.json(&["clients", "show", "picked"]);
    assert_eq!(c["allowedScopes"], serde_json::json!(["api.read"]));
}

#[test]
fn the_authorize_picker_marks_the_admin_scope_and_asks_again() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("admin-asking-app", &["api.read", "oauthctl.admin"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));
    let screen = t.wait_for("Scopes to grant to admin-asking-app");
    let screen = if screen.contains("oauthctl.admin — ") {
        screen
    } else {
        t.wait_for("oauthctl.admin — ")
    };
    let admin_line = screen
        .lines()
        .find(|l| l.contains("oauthctl.admin — "))
        .unwrap();
    assert!(
        admin_line.contains("[ADMIN: full admin of this tenant]"),
        "{screen}"
    );
    // Both ticked at first (the current grant): accept, then say no to the admin scope.
    t.send(&["Enter"]);
    // (the question is longer than the terminal's line)
    t.wait_until("the admin scope's question", |s| {
        s.replace('\n', "").contains("Grant oauthctl.admin?")
    });
    t.send(&["n"]);
    t.wait_for("grant [api.read], deny [oauthctl.admin]?");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    let v = srv.json(&["authorizations", "show", &id]);
    assert_eq!(v["scopes"], serde_json::json!(["api.read"]));
}
