//! Issue 2, end to end: the CLI's surface — profiles and the config file, the plain-http guard,
//! help, version and exit codes, a closed stdout pipe, output for scripts, and the generated
//! completions and man pages.

use crate::common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;

use common::*;
use serde_json::{json, Value};

fn run(home: &Home, args: &[&str]) -> Out {
    Out::from(home.command().args(args).output().expect("run oauthctl"))
}

fn json_of(out: &Out) -> Value {
    out.assert_code(0);
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
}

fn config_file(home: &Home) -> PathBuf {
    home.path()
        .join("config")
        .join("oauthctl")
        .join("config.toml")
}

// ---------- profiles ----------

#[test]
fn profiles_add_list_show_use_remove() {
    let home = Home::new();
    assert_eq!(
        json_of(&run(&home, &["-o", "json", "profiles", "list"])),
        json!([])
    );
    run(&home, &["profiles", "list"])
        .assert_code(0)
        .assert_stderr("no profiles yet");

    let v = json_of(&run(
        &home,
        &[
            "-o",
            "json",
            "profiles",
            "add",
            "local",
            "--base-url",
            "http://127.0.0.1:1",
            "--tenant",
            "t1",
            "--client-id",
            "admin-1",
        ],
    ));
    assert_eq!(v["name"], "local");
    assert_eq!(v["current"], true, "the first profile becomes current");
    assert_eq!(v["baseUrl"], "http://127.0.0.1:1");
    assert_eq!(v["tenant"], "t1");
    assert_eq!(v["clientId"], "admin-1");

    let v = json_of(&run(
        &home,
        &[
            "-o",
            "json",
            "profiles",
            "add",
            "prod",
            "--base-url",
            "https://auth.example.com",
        ],
    ));
    assert_eq!(v["current"], false);
    assert_eq!(v["tenant"], "default");

    let list = json_of(&run(&home, &["-o", "json", "profiles", "list"]));
    let names: Vec<(&str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["current"].as_bool().unwrap()))
        .collect();
    assert_eq!(names, [("local", true), ("prod", false)]);
    let table = run(&home, &["profiles", "list"]);
    table
        .assert_code(0)
        .assert_stdout("NAME")
        .assert_stdout("https://auth.example.com");

    let v = json_of(&run(&home, &["-o", "json", "profiles", "show"]));
    assert_eq!(
        v["name"], "local",
        "show without a name shows the current one"
    );
    let v = json_of(&run(&home, &["-o", "json", "profiles", "show", "prod"]));
    assert_eq!(v["baseUrl"], "https://auth.example.com");
    run(&home, &["profiles", "show", "prod"])
        .assert_code(0)
        .assert_stdout("auth.example.com");

    let v = json_of(&run(&home, &["-o", "json", "profiles", "use", "prod"]));
    assert_eq!(v["current"], "prod");
    let v = json_of(&run(&home, &["-o", "json", "profiles", "show"]));
    assert_eq!(v["name"], "prod");

    let v = json_of(&run(&home, &["-o", "json", "profiles", "remove", "prod"]));
    assert_eq!(v["removed"], "prod");
    let list = json_of(&run(&home, &["-o", "json", "profiles", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    // The current profile was removed: nothing is current now.
    run(&home, &["profiles", "show"]).assert_code(2);

    // Replacing a profile keeps one entry.
    run(
        &home,
        &[
            "profiles",
            "add",
            "local",
            "--base-url",
            "https://other.example.com",
        ],
    )
    .assert_code(0)
    .assert_stderr("replaced");
    let list = json_of(&run(&home, &["-o", "json", "profiles", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["baseUrl"], "https://other.example.com");

    // --use makes a new one current.
    let v = json_of(&run(
        &home,
        &[
            "-o",
            "json",
            "profiles",
            "add",
            "third",
            "--base-url",
            "https://third.example.com",
            "--use",
        ],
    ));
    assert_eq!(v["current"], true);
}

#[test]
fn profiles_errors_are_usage_errors() {
    let home = Home::new();
    run(&home, &["profiles", "use", "nope"])
        .assert_code(2)
        .assert_stderr("nope");
    run(&home, &["profiles", "remove", "nope"]).assert_code(2);
    run(&home, &["profiles", "show", "nope"]).assert_code(2);
    run(&home, &["profiles", "add", "nourl"])
        .assert_code(2)
        .assert_stderr("--base-url");
    run(
        &home,
        &[
            "profiles",
            "add",
            "has space",
            "--base-url",
            "https://a.example.com",
        ],
    )
    .assert_code(2);
    run(
        &home,
        &[
            "profiles",
            "add",
            "plain",
            "--base-url",
            "http://auth.example.com",
        ],
    )
    .assert_code(2)
    .assert_stderr("http");
    assert!(!config_file(&home).exists(), "nothing may be written");
    // A named profile that does not exist is an error for any command.
    run(&home, &["--profile", "ghost", "clients", "list"])
        .assert_code(2)
        .assert_stderr("ghost");
}

#[cfg(unix)]
#[test]
fn the_config_file_is_private_and_holds_no_secret() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let secret = "super-secret-admin-value-0123456789";
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_CLIENT_SECRET", secret)
            .env("OAUTHCTL_TOKEN", "a-bearer-token-value-9876543210")
            .args([
                "profiles",
                "add",
                "local",
                "--base-url",
                "http://127.0.0.1:1",
                "--client-id",
                "admin-1",
            ])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
    let path = config_file(&home);
    let meta = std::fs::metadata(&path)
        .unwrap_or_else(|e| panic!("{} ({e}); stderr: {}", path.display(), out.stderr));
    assert_eq!(
        meta.permissions().mode() & 0o777,
        0o600,
        "{}",
        path.display()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(secret), "{text}");
    assert!(!text.contains("a-bearer-token-value"), "{text}");
    assert!(!text.to_lowercase().contains("secret"), "{text}");
    assert!(
        text.contains("admin-1") && text.contains("http://127.0.0.1:1"),
        "{text}"
    );
    assert!(!out.stdout.contains(secret) && !out.stderr.contains(secret));

    // Still 0600 after a rewrite.
    run(
        &home,
        &[
            "profiles",
            "add",
            "two",
            "--base-url",
            "https://a.example.com",
        ],
    )
    .assert_code(0);
    run(&home, &["profiles", "use", "two"]).assert_code(0);
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
}

#[test]
fn a_profile_points_the_cli_at_the_dev_server() {
    let srv = DevServer::start();
    let (id, _) = srv.client("via-profile", &[]);
    // srv.home.command(): no OAUTHCTL_BASE_URL and no OAUTHCTL_CLIENT_ID; the profile gives them.
    let with_secret = |args: &[&str]| {
        Out::from(
            srv.home
                .command()
                .env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET)
                .args(args)
                .output()
                .unwrap(),
        )
    };
    run(
        &srv.home,
        &[
            "profiles",
            "add",
            "dev",
            "--base-url",
            &srv.base_url,
            "--client-id",
            "oauthctl-admin",
        ],
    )
    .assert_code(0);
    let v = json_of(&with_secret(&["-o", "json", "clients", "show", &id]));
    assert_eq!(v["clientName"], "via-profile");
    let out = with_secret(&["-o", "json", "clients", "list"]);
    assert!(json_of(&out).to_string().contains(&id));

    // Named explicitly, by flag or by variable, when another profile is current.
    run(
        &srv.home,
        &[
            "profiles",
            "add",
            "elsewhere",
            "--base-url",
            "http://127.0.0.1:1",
            "--client-id",
            "oauthctl-admin",
            "--use",
        ],
    )
    .assert_code(0);
    let out = with_secret(&["--retries", "1", "spaces", "list"]);
    assert_ne!(out.code, 0, "the current profile points nowhere: {out:?}");
    with_secret(&["--profile", "dev", "spaces", "list"]).assert_code(0);
    let out = Out::from(
        srv.home
            .command()
            .env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET)
            .env("OAUTHCTL_PROFILE", "dev")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("default");
    // A flag beats the profile.
    let out = with_secret(&[
        "--profile",
        "elsewhere",
        "--base-url",
        &srv.base_url,
        "spaces",
        "list",
    ]);
    out.assert_code(0);
    // The profile's tenant is used: a tenant the server does not have fails.
    run(
        &srv.home,
        &[
            "profiles",
            "add",
            "wrong-tenant",
            "--base-url",
            &srv.base_url,
            "--tenant",
            "nosuch",
            "--client-id",
            "oauthctl-admin",
        ],
    )
    .assert_code(0);
    let out = with_secret(&["--profile", "wrong-tenant", "spaces", "list"]);
    assert_ne!(out.code, 0, "{out:?}");
}

// ---------- the plain-http guard ----------

#[test]
fn plain_http_to_a_remote_host_is_refused_before_any_request() {
    let home = Home::new();
    for url in [
        "http://auth.example.com",
        "http://10.0.0.1:8787",
        "http://auth.example.com:443/",
    ] {
        // With credentials set, so that only the guard can stop it; -v would trace any request.
        let out = Out::from(
            home.command()
                .env("OAUTHCTL_CLIENT_ID", "admin")
                .env("OAUTHCTL_CLIENT_SECRET", "secret")
                .args(["-v", "--base-url", url, "clients", "list"])
                .output()
                .unwrap(),
        );
        out.assert_code(2).assert_stderr("http://");
        assert!(
            !out.stderr.lines().any(|l| l.starts_with("* ")),
            "a request was made for {url}:\n{}",
            out.stderr
        );
        // The same from the environment.
        let out = Out::from(
            home.command()
                .env("OAUTHCTL_BASE_URL", url)
                .env("OAUTHCTL_TOKEN", "t")
                .args(["-v", "spaces", "list"])
                .output()
                .unwrap(),
        );
        out.assert_code(2);
        assert!(!out.stderr.lines().any(|l| l.starts_with("* ")));
    }
    // From a hand-written profile too.
    let path = config_file(&home);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        "current = \"bad\"\n\n[profiles.bad]\nbase_url = \"http://auth.example.com\"\ntenant = \"default\"\n",
    )
    .unwrap();
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_TOKEN", "t")
            .args(["-v", "clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(2).assert_stderr("http://auth.example.com");
    // Not URLs at all, or other schemes.
    for url in ["ftp://auth.example.com", "not a url"] {
        let out = Out::from(
            home.command()
                .env("OAUTHCTL_TOKEN", "t")
                .args(["--base-url", url, "clients", "list"])
                .output()
                .unwrap(),
        );
        out.assert_code(2);
    }
}

// ---------- help, version, exit codes ----------

/// Every subcommand path below `path`, from the "Commands:" section of its help.
fn subcommands(home: &Home, path: &[String]) -> Vec<Vec<String>> {
    let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
    args.push("--help");
    let out = run(home, &args);
    out.assert_code(0);
    assert!(!out.stdout.trim().is_empty(), "{args:?}: empty help");
    assert!(
        out.stdout.contains(
            &format!("Usage: oauthctl {}", path.join(" "))
                .trim_end()
                .to_string()
        ),
        "{args:?}: {}",
        out.stdout
    );
    let mut found = Vec::new();
    let mut in_commands = false;
    for line in out.stdout.lines() {
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if in_commands {
            if line.is_empty() || !line.starts_with(' ') {
                break;
            }
            // "  name  description"; continuation lines are indented further.
            if line.starts_with("  ") && !line.starts_with("   ") {
                let name = line.split_whitespace().next().unwrap().to_string();
                if name != "help" {
                    let mut p = path.to_vec();
                    p.push(name);
                    found.push(p);
                }
            }
        }
    }
    let mut all = Vec::new();
    for p in found {
        all.push(p.clone());
        all.extend(subcommands(home, &p));
    }
    all
}

#[test]
fn help_of_every_command_exits_0() {
    let home = Home::new();
    let all: Vec<String> = subcommands(&home, &[])
        .into_iter()
        .map(|p| p.join(" "))
        .collect();
    for expected in [
        "dev-server",
        "spaces",
        "spaces list",
        "spaces create",
        "scopes",
        "scopes list",
        "clients",
        "clients create",
        "clients list",
        "clients show",
        "clients update",
        "clients delete",
        "secrets",
        "secrets create",
        "secrets list",
        "secrets revoke",
        "profiles",
        "profiles add",
        "profiles list",
        "profiles show",
        "profiles use",
        "profiles remove",
    ] {
        assert!(
            all.iter().any(|c| c == expected),
            "`{expected}` is missing from the help tree: {all:?}"
        );
    }
    // -h and `help CMD` too.
    for args in [
        vec!["-h"],
        vec!["clients", "create", "-h"],
        vec!["help", "secrets", "create"],
    ] {
        run(&home, &args).assert_code(0).assert_stdout("Usage:");
    }
    // Documented behaviour is in the help text.
    run(&home, &["clients", "create", "--help"])
        .assert_stdout("NAME-SPACE")
        .assert_stdout("--from-file");
    run(&home, &["secrets", "create", "--help"])
        .assert_stdout("1 day to 3 years")
        .assert_stdout("six months");
}

#[test]
fn top_level_help_lists_the_exit_codes() {
    let home = Home::new();
    let out = run(&home, &["--help"]);
    out.assert_code(0).assert_stdout("Exit codes:");
    for (code, word) in [
        ("0", "success"),
        ("1", "other"),
        ("2", "usage"),
        ("3", "authentication"),
        ("4", "not found"),
        ("5", "conflict"),
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{code} ")) && l.contains(word)),
            "exit code {code} ({word}) is not documented:\n{}",
            out.stdout
        );
    }
}

#[test]
fn version_is_printed() {
    let home = Home::new();
    let expected = format!("oauthctl {}", env!("CARGO_PKG_VERSION"));
    for args in [vec!["--version"], vec!["-V"], vec!["clients", "--version"]] {
        let out = run(&home, &args);
        out.assert_code(0);
        assert!(
            out.stdout.starts_with("oauthctl")
                && out
                    .stdout
                    .trim()
                    .ends_with(&format!(" {}", env!("CARGO_PKG_VERSION"))),
            "{args:?}: {}",
            out.stdout
        );
        if args.len() == 1 {
            assert_eq!(out.stdout.trim(), expected);
        }
    }
}

#[test]
fn help_and_version_need_no_config() {
    let home = Home::new();
    let path = config_file(&home);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "this is [not toml").unwrap();
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec!["clients", "create", "--help"],
    ] {
        run(&home, &args).assert_code(0);
    }
    // A command that reads the config says what is wrong with it.
    run(&home, &["profiles", "list"])
        .assert_code(2)
        .assert_stderr("config");
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    run(&home, &["no-such-command"]).assert_code(2);
    run(&home, &["clients", "list", "--no-such-flag"]).assert_code(2);
    run(&home, &["-o", "xml", "clients", "list"]).assert_code(2);
    run(&home, &["clients", "show"]).assert_code(2);
}

#[test]
fn boolean_variables_take_1_0_yes_no_true_false_and_blank_ones_are_unset() {
    let home = Home::new();
    run(
        &home,
        &[
            "profiles",
            "add",
            "staging",
            "--base-url",
            "https://auth.example.com",
            "--tenant",
            "acme",
            "--api",
            "oauthctl",
        ],
    )
    .assert_code(0);
    let with = |var: &str, value: &str| {
        let mut cmd = home.command();
        Out::from(
            cmd.env(var, value)
                .args(["profiles", "list"])
                .output()
                .unwrap(),
        )
    };
    for var in [
        "OAUTHCTL_NO_HEADERS",
        "OAUTHCTL_NO_INPUT",
        "OAUTHCTL_QUIET",
        "OAUTHCTL_ALLOW_FOREIGN_ENDPOINTS",
    ] {
        for value in [
            "1", "0", "true", "false", "yes", "no", "on", "off", "TRUE", "", " ",
        ] {
            let out = with(var, value);
            assert_eq!(out.code, 0, "{var}={value:?}: {}", out.stderr);
        }
    }
    for (value, header) in [
        ("1", false),
        ("yes", false),
        ("0", true),
        ("no", true),
        ("", true),
    ] {
        let out = with("OAUTHCTL_NO_HEADERS", value);
        assert_eq!(
            out.stdout.starts_with("CURRENT"),
            header,
            "OAUTHCTL_NO_HEADERS={value:?}: {}",
            out.stdout
        );
    }
    // A blank variable of any other flag counts as unset too (README, Configuration).
    for var in ["OAUTHCTL_TIMEOUT", "OAUTHCTL_RETRIES", "OAUTHCTL_OUTPUT"] {
        let out = with(var, " ");
        assert_eq!(out.code, 0, "{var}=\" \": {}", out.stderr);
    }
    let out = with("OAUTHCTL_NO_INPUT", "maybe");
    out.assert_code(2)
        .assert_stderr("'maybe'")
        .assert_stderr("the value comes from OAUTHCTL_NO_INPUT, which takes 1, true, yes, on");
    let out = Out::from(
        home.command()
            .env("OAUTHCTL_OUTPUT", "json")
            .args(["-o", "xml", "profiles", "list"])
            .output()
            .unwrap(),
    );
    assert!(!out.stderr.contains("comes from"), "{}", out.stderr);
}

#[test]
fn errors_in_json_mode_are_one_json_object_on_stderr() {
    let srv = DevServer::start();
    let out = srv.run(&["-o", "json", "clients", "show", "no-such-client"]);
    out.assert_code(4);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let v: Value = serde_json::from_str(out.stderr.trim())
        .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", out.stderr));
    assert_eq!(v["error"]["exitCode"], 4, "{v}");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no-such-client"));
}

#[test]
fn no_colour_codes_without_a_terminal() {
    let srv = DevServer::start();
    // Neither with NO_COLOR (the helper sets it) nor without it: stderr is not a terminal.
    let with = srv.run(&["clients", "create", "--name", "colourless"]);
    let without = Out::from(
        srv.cmd()
            .env_remove("NO_COLOR")
            .args(["clients", "show", "nope"])
            .output()
            .unwrap(),
    );
    for out in [&with, &without] {
        assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
        assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
    }
}

// ---------- a closed stdout pipe (`oauthctl clients list | head -1`) ----------

/// Runs the command, reads one line of its stdout, closes the pipe, and returns what happened.
fn read_one_line_then_close(srv: &DevServer, args: &[&str]) -> (String, i32, String) {
    let mut child = srv
        .cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    // The reader (and the pipe) is dropped here, like `head -1` exiting.
    let out = child.wait_with_output().unwrap();
    (
        first,
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_stdout_pipe_is_not_an_error() {
    let srv = DevServer::start();
    // Output much larger than a pipe buffer, so that writing really hits the closed pipe.
    let (_, tok) = srv.token("oauthctl-admin", ADMIN_SECRET, true, "", None);
    let bearer = format!(
        "Authorization: Bearer {}",
        tok["access_token"].as_str().unwrap()
    );
    // Within the dev server's limits (100 redirect URIs of at most 2048 bytes), ~150 KB.
    let uris: Vec<String> = (0..100)
        .map(|i| {
            format!(
                "https://app.example.com/callback/number-{i:05}/{}",
                "x".repeat(1450)
            )
        })
        .collect();
    let body = json!({
        "clientName": "huge",
        "clientId": "huge",
        "redirectUris": uris,
        "allowedGrantTypes": ["authorization_code"],
    })
    .to_string();
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/api/adminapi2/v1/tenants/default/clients/",
        std::slice::from_ref(&bearer),
        Some(("application/json", body.as_bytes())),
    );
    assert_eq!(status, 201, "{text}");
    // Many clients with long names for the table of `clients list`.
    for i in 0..400 {
        let body = json!({
            "clientName": format!("{i:03}-{}", "n".repeat(90)),
            "displayName": "d".repeat(190),
        })
        .to_string();
        let (status, text) = http(
            &srv.base_url,
            "POST",
            "/api/adminapi2/v1/tenants/default/clients/",
            std::slice::from_ref(&bearer),
            Some(("application/json", body.as_bytes())),
        );
        assert_eq!(status, 201, "{text}");
    }
    let full = srv.run(&["clients", "list"]);
    full.assert_code(0);
    assert!(full.stdout.len() > 100_000, "{}", full.stdout.len());

    for args in [
        vec!["clients", "list"],
        vec!["-o", "json", "clients", "list"],
        vec!["clients", "show", "huge"],
        vec!["-o", "json", "clients", "show", "huge"],
    ] {
        let (first, code, stderr) = read_one_line_then_close(&srv, &args);
        assert!(!first.is_empty(), "{args:?}: nothing was read");
        assert_eq!(code, 0, "{args:?}: exit {code}, stderr:\n{stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            !stderr.to_lowercase().contains("broken pipe"),
            "{args:?}: {stderr}"
        );
    }
}

// ---------- generated files ----------

#[test]
fn generated_files_are_up_to_date() {
    let home = Home::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let out = run(&home, &["generate", "--check", "--out-dir", root]);
    assert_eq!(
        out.code, 0,
        "completions/ or man/ are stale; run `cargo run -- generate`:\n{}",
        out.stderr
    );
}

#[test]
fn generate_check_detects_stale_files() {
    let home = Home::new();
    let dir = home.path().join("gen");
    run(&home, &["generate", "--out-dir", dir.to_str().unwrap()]).assert_code(0);
    for sub in ["completions", "man"] {
        assert!(
            std::fs::read_dir(dir.join(sub)).unwrap().count() > 0,
            "{sub}/ is empty"
        );
    }
    assert!(dir.join("man").join("oauthctl.1").exists());
    assert!(dir.join("man").join("oauthctl-clients-create.1").exists());
    let d = dir.to_str().unwrap();
    run(&home, &["generate", "--check", "--out-dir", d]).assert_code(0);
    let page = dir.join("man").join("oauthctl-clients-create.1");
    std::fs::write(&page, "stale").unwrap();
    run(&home, &["generate", "--check", "--out-dir", d])
        .assert_code(1)
        .assert_stderr("oauthctl-clients-create.1");
    // Regenerating fixes it.
    run(&home, &["generate", "--out-dir", d]).assert_code(0);
    run(&home, &["generate", "--check", "--out-dir", d]).assert_code(0);
}
