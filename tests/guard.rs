//! Server types (Integration Suite's "limit to server type"): a profile of another type than the
//! environment's (OAUTHCTL_SERVER_TYPE or --server-type) is refused with exit 6 before any
//! request, and every change through a `prod` profile needs a confirmation (`--yes` when not
//! interactive). The dev server runs with `--log-requests`, so "before any request" is checked on
//! its log.
use crate::common;
use common::*;

use std::process::Command;

fn run(mut cmd: Command, args: &[&str]) -> Out {
    Out::from(cmd.args(args).output().expect("run oauthctl"))
}

/// The lines of the server log that are requests ("METHOD PATH STATUS ms").
fn requests(srv: &DevServer) -> Vec<String> {
    srv.log()
        .lines()
        .filter(|l| {
            ["GET ", "POST ", "PUT ", "PATCH ", "DELETE "]
                .iter()
                .any(|m| l.starts_with(m))
        })
        .map(String::from)
        .collect()
}

/// Adds profile `name` for this server with the bootstrap admin's client ID.
fn add_profile(srv: &DevServer, name: &str, server_type: Option<&str>) {
    let mut args = vec![
        "profiles",
        "add",
        name,
        "--base-url",
        &srv.base_url,
        "--tenant",
        "default",
        "--client-id",
        "oauthctl-admin",
    ];
    if let Some(t) = server_type {
        args.push("--server-type");
        args.push(t);
    }
    run(srv.home.command(), &args).assert_code(0);
}

/// The binary with the admin secret only: base URL, tenant and client ID come from the profile.
fn with_profile(srv: &DevServer) -> Command {
    let mut c = srv.home.command();
    c.env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET);
    c
}

/// Runs in an environment of type `env` (OAUTHCTL_SERVER_TYPE).
fn in_env(srv: &DevServer, env: &str, args: &[&str]) -> Out {
    let mut c = with_profile(srv);
    c.env("OAUTHCTL_SERVER_TYPE", env);
    run(c, args)
}

#[test]
fn a_profile_of_another_type_is_refused_with_exit_6_before_any_request() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    add_profile(&srv, "prod", Some("prod"));
    let shown = run(
        srv.home.command(),
        &["-o", "json", "profiles", "show", "prod"],
    );
    shown.assert_code(0).assert_stdout("prod");

    let before = requests(&srv);
    let out = in_env(&srv, "test", &["--profile", "prod", "clients", "list"]);
    out.assert_code(6)
        .assert_stderr("prod")
        .assert_stderr("test")
        .assert_stderr("before any request");
    assert_eq!(requests(&srv), before, "no request reached the server");

    // Every kind of command is refused the same way, reads, changes, sign-in and token alike.
    for args in [
        vec!["--profile", "prod", "spaces", "list"],
        vec!["--profile", "prod", "spaces", "create", "nope", "--yes"],
        vec![
            "--profile",
            "prod",
            "clients",
            "create",
            "--name",
            "x",
            "--space",
            "default",
            "-y",
        ],
        vec!["--profile", "prod", "api", "GET", "/tenants/default/spaces"],
        vec!["--profile", "prod", "auth", "status"],
        vec![
            "--profile",
            "prod",
            "login",
            "--client-credentials",
            "--no-store",
        ],
        vec!["--profile", "prod", "logout"],
        vec![
            "--profile",
            "prod",
            "token",
            "--client-id",
            "oauthctl-admin",
        ],
        vec!["--profile", "prod", "--dry-run", "spaces", "create", "nope"],
    ] {
        in_env(&srv, "test", &args).assert_code(6);
    }
    assert_eq!(requests(&srv), before, "still no request:\n{}", srv.log());

    // The --server-type flag says the same as the variable.
    let mut c = with_profile(&srv);
    c.args([
        "--server-type",
        "dev",
        "--profile",
        "prod",
        "clients",
        "list",
    ]);
    Out::from(c.output().unwrap()).assert_code(6);
    // The error is JSON with -o json, with its exit code.
    let j = in_env(
        &srv,
        "dev",
        &["-o", "json", "--profile", "prod", "spaces", "list"],
    );
    j.assert_code(6);
    assert_eq!(requests(&srv), before);
    let nothing_created = run(srv.cmd(), &["-o", "json", "spaces", "list"]);
    assert!(!nothing_created.stdout.contains("nope"));
}

#[test]
fn the_current_profile_is_guarded_too() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    add_profile(&srv, "prod", Some("prod")); // the first profile becomes the current one
    let before = requests(&srv);
    in_env(&srv, "test", &["clients", "list"])
        .assert_code(6)
        .assert_stderr("profile prod");
    let mut c = with_profile(&srv);
    c.env("OAUTHCTL_PROFILE", "prod")
        .env("OAUTHCTL_SERVER_TYPE", "dev");
    run(c, &["spaces", "list"]).assert_code(6);
    assert_eq!(requests(&srv), before);
}

#[test]
fn the_same_server_type_or_no_environment_type_works() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    add_profile(&srv, "prod", Some("prod"));
    add_profile(&srv, "staging", Some("test"));

    in_env(&srv, "prod", &["--profile", "prod", "clients", "list"]).assert_code(0);
    in_env(&srv, "test", &["--profile", "staging", "clients", "list"]).assert_code(0);
    in_env(&srv, "prod", &["--profile", "staging", "clients", "list"]).assert_code(6);
    // Where the environment does not say, every profile is usable.
    run(
        with_profile(&srv),
        &["--profile", "prod", "clients", "list"],
    )
    .assert_code(0);
    run(
        with_profile(&srv),
        &["--profile", "staging", "spaces", "list"],
    )
    .assert_code(0);
}

#[test]
fn a_profile_without_a_server_type_is_not_refused() {
    let srv = DevServer::start();
    add_profile(&srv, "plain", None);
    in_env(&srv, "test", &["--profile", "plain", "spaces", "list"]).assert_code(0);
    in_env(&srv, "prod", &["--profile", "plain", "spaces", "list"]).assert_code(0);
}

fn space_ids(srv: &DevServer) -> Vec<String> {
    srv.json(&["spaces", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_change_through_a_prod_profile_needs_yes_when_not_interactive() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    // (Before the profile: the first profile becomes the current one, which srv.cmd() uses too.)
    let (id, _) = srv.client("existing", &[]);
    add_profile(&srv, "prod", Some("prod"));
    let prod = |args: &[&str]| {
        let mut all = vec!["--profile", "prod"];
        all.extend_from_slice(args);
        run(with_profile(&srv), &all)
    };

    // Reads need no confirmation.
    prod(&["spaces", "list"]).assert_code(0);
    prod(&["clients", "list"]).assert_code(0);
    prod(&["api", "GET", "/tenants/default/spaces"]).assert_code(0);
    prod(&["auth", "status"]).assert_code(0);

    // A change without --yes: exit 2, the flag named, nothing sent.
    let before = requests(&srv);
    prod(&["spaces", "create", "blue"])
        .assert_code(2)
        .assert_stderr("--yes")
        .assert_stderr("prod");
    let sent: Vec<String> = requests(&srv)
        .into_iter()
        .skip(before.len())
        .filter(|l| !l.starts_with("GET ") && !l.starts_with("POST /oauth/token "))
        .collect();
    assert!(sent.is_empty(), "no change was sent: {sent:?}");
    assert!(!space_ids(&srv).contains(&"blue".to_string()));

    // The other changing commands are held the same way.
    prod(&["clients", "create", "--name", "held", "--space", "default"]).assert_code(2);
    prod(&[
        "api",
        "POST",
        "/tenants/default/spaces",
        "--data",
        r#"{"id":"held"}"#,
    ])
    .assert_code(2);
    prod(&["secrets", "create", &id]).assert_code(2);
    prod(&["clients", "delete", &id]).assert_code(2);
    assert_eq!(
        srv.json(&["secrets", "list", &id])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    srv.run(&["clients", "show", &id]).assert_code(0);
    let clients = srv.json(&["clients", "list"]);
    assert!(
        !clients.to_string().contains("\"held\""),
        "nothing created: {clients}"
    );

    // --dry-run shows the request and sends nothing, without asking.
    prod(&["--dry-run", "spaces", "create", "dry"]).assert_code(0);
    assert!(!space_ids(&srv).contains(&"dry".to_string()));

    // With --yes (or -y) the change is made.
    prod(&["--yes", "spaces", "create", "blue"]).assert_code(0);
    prod(&["spaces", "create", "green", "-y"]).assert_code(0);
    let ids = space_ids(&srv);
    assert!(
        ids.contains(&"blue".to_string()) && ids.contains(&"green".to_string()),
        "{ids:?}"
    );
}

#[test]
fn a_change_through_another_profile_needs_no_confirmation() {
    let srv = DevServer::start();
    add_profile(&srv, "staging", Some("test"));
    add_profile(&srv, "local", None);
    in_env(
        &srv,
        "test",
        &["--profile", "staging", "spaces", "create", "teal"],
    )
    .assert_code(0);
    run(
        with_profile(&srv),
        &["--profile", "local", "spaces", "create", "navy"],
    )
    .assert_code(0);
    let ids = space_ids(&srv);
    assert!(ids.contains(&"teal".to_string()) && ids.contains(&"navy".to_string()));
}

#[test]
fn exit_code_6_is_documented() {
    let out = run(Home::new().command(), &["--help"]);
    out.assert_code(0)
        .assert_stdout("6    refused by the server-type guard");
    let out = run(Home::new().command(), &["profiles", "add", "--help"]);
    out.assert_code(0).assert_stdout("exit 6");
}

fn profile_json(home: &Home, name: &str) -> serde_json::Value {
    let out = run(home.command(), &["-o", "json", "profiles", "show", name]);
    out.assert_code(0);
    serde_json::from_str(&out.stdout).unwrap()
}

#[test]
fn profiles_add_server_type_tags_the_profile() {
    let home = Home::new();
    let add = |extra: &[&str], env: Option<&str>| {
        let mut c = home.command();
        if let Some(e) = env {
            c.env("OAUTHCTL_SERVER_TYPE", e);
        }
        let mut args = vec![
            "profiles",
            "add",
            "p",
            "--base-url",
            "https://auth.example.com",
            "--tenant",
            "acme",
        ];
        args.extend_from_slice(extra);
        run(c, &args).assert_code(0);
    };
    add(&["--server-type", "prod"], None);
    assert_eq!(profile_json(&home, "p")["serverType"], "prod");
    // The flag wins over the environment's type.
    add(&["--server-type", "prod"], Some("test"));
    assert_eq!(profile_json(&home, "p")["serverType"], "prod");
    add(&[], None);
    assert!(profile_json(&home, "p")["serverType"].is_null());
    // A bad type is a usage error.
    run(
        home.command(),
        &[
            "profiles",
            "add",
            "q",
            "--base-url",
            "https://a.example.com",
            "--server-type",
            "staging",
        ],
    )
    .assert_code(2);
}

#[test]
fn profiles_add_does_not_take_the_environment_type_as_the_profile_type() {
    let srv = DevServer::start();
    let mut c = srv.home.command();
    c.env("OAUTHCTL_SERVER_TYPE", "test");
    run(
        c,
        &[
            "profiles",
            "add",
            "prod",
            "--base-url",
            &srv.base_url,
            "--tenant",
            "default",
        ],
    )
    .assert_code(0);
    assert!(
        profile_json(&srv.home, "prod")["serverType"].is_null(),
        "the profile was not tagged by the environment: {}",
        profile_json(&srv.home, "prod")
    );
}
