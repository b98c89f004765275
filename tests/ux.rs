//! The tool as people meet it (issue 12): aliases, a bare `oauthctl`, help layout and examples,
//! connection errors, and a plain "cancelled".

mod common;

use common::{DevServer, Home, Out};

fn run(home: &Home, args: &[&str]) -> Out {
    Out::from(home.command().args(args).output().expect("run oauthctl"))
}

#[test]
fn a_bare_oauthctl_prints_help_on_stdout_and_exits_0() {
    let home = Home::new();
    let out = run(&home, &[]);
    out.assert_code(0)
        .assert_stdout("Usage: oauthctl")
        .assert_stdout("clients");
    assert!(out.stderr.is_empty(), "stderr: {}", out.stderr);
    // The internal `generate` command is not listed.
    let help = run(&home, &["--help"]);
    assert!(
        !help.stdout.lines().any(|l| l.trim_start().starts_with("generate")),
        "{}",
        help.stdout
    );
}

#[test]
fn ls_get_and_rm_are_aliases() {
    let srv = DevServer::start();
    let (id, _) = srv.client("aliased", &[]);
    for noun in ["spaces", "scopes", "clients", "authorizations", "profiles"] {
        srv.run(&[noun, "ls"]).assert_code(0);
    }
    srv.run(&["secrets", "ls", &id]).assert_code(0);
    let shown = srv.json(&["clients", "get", &id]);
    assert_eq!(shown["clientName"], "aliased");
    srv.json(&["authorizations", "get", &id]);
    // The help lists the aliases.
    srv.run(&["clients", "--help"])
        .assert_stdout("[alias: ls]")
        .assert_stdout("[alias: get]")
        .assert_stdout("[alias: rm]");
    let v = srv.json(&["clients", "rm", &id, "--yes"]);
    assert_eq!(v["deleted"], id.as_str());
    srv.run(&["clients", "get", &id]).assert_code(4);
    // Profiles: get and rm too.
    srv.run(&["profiles", "add", "p1", "--base-url", &srv.base_url])
        .assert_code(0);
    srv.run(&["profiles", "get", "p1"]).assert_code(0);
    srv.run(&["profiles", "rm", "p1"]).assert_code(0);
    srv.run(&["profiles", "get", "p1"])
        .assert_stderr("no profile named");
}

#[test]
fn the_singular_noun_works_and_is_not_mistaken_for_login() {
    let srv = DevServer::start();
    let (id, _) = srv.client("singular", &[]);
    let out = srv.run(&["-o", "json", "client", "list"]);
    out.assert_code(0).assert_stdout(&id);
    srv.run(&["secret", "list", &id]).assert_code(0);
    // A typo still gets clap's suggestion, and it is the noun, not `login`.
    let out = srv.run(&["clents", "list"]);
    out.assert_code(2).assert_stderr("clients");
    assert!(!out.stderr.contains("'login'"), "{}", out.stderr);
}
