//! Issue 18, against the dev server: what you declare is what you get. A client's own grant
//! follows its allowed scopes (unless set by hand, which is said), `diff` predicts `apply` (every
//! check at once, each with its line), the README's own file converges with --prune, --prune
//! never touches the built-in or acting clients' authorizations, and an export moves to another
//! tenant without granting anything to the source's client IDs.
use crate::common;

use std::path::{Path, PathBuf};

use common::*;
use serde_json::{json, Value};

fn write(srv: &DevServer, name: &str, text: &str) -> PathBuf {
    let p = srv.home.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs as the admin of `tenant` with `input` on stdin.
fn run_stdin(srv: &DevServer, tenant: &str, args: &[&str], input: &str) -> Out {
    common::run_with_stdin(srv.cmd_tenant(tenant).args(args), input)
}

fn grant(srv: &DevServer, tenant: &str, id: &str) -> Value {
    srv.json_tenant(tenant, &["authorizations", "show", id])["scopes"].clone()
}

#[test]
fn a_clients_grant_follows_its_scopes_unless_set_by_hand() {
    let srv = DevServer::start();
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: svc\n    allowedScopes: [api.read]\n",
    );
    let v = srv.json(&["apply", "-f", s(&f), "--yes"]);
    let id = v["created"][0]["client"]["clientId"]
        .as_str()
        .unwrap()
        .to_string();
    let secret = v["created"][0]["secret"]["value"]
        .as_str()
        .unwrap()
        .to_string();

    // Widened in the file: diff shows the grant's change next to the scopes', and the new scope
    // can be used after apply.
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: svc\n    allowedScopes: [api.read, api.write]\n",
    );
    let out = srv.run(&["diff", "-f", s(&f)]);
    out.assert_code(0)
        .assert_stdout("allowedScopes:    [api.read] → [api.read, api.write]")
        .assert_stdout("authorizedScopes: [api.read] → [api.read, api.write]");
    srv.run(&["apply", "-f", s(&f), "--yes"]).assert_code(0);
    assert_eq!(
        grant(&srv, "default", &id),
        json!(["api.read", "api.write"])
    );
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    assert_eq!(status, 200, "{body}");
    srv.run(&["diff", "-f", s(&f), "--exit-code"])
        .assert_code(0);

    // Narrowed with `clients update`: the grant narrows too, and the token endpoint's message
    // says what the client is authorized for.
    srv.run(&["clients", "update", "svc", "--scope", "api.read"])
        .assert_code(0);
    assert_eq!(grant(&srv, "default", &id), json!(["api.read"]));
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    assert_eq!(status, 400, "{body}");
    let said = body["error_description"].as_str().unwrap();
    assert!(said.contains("(authorized for: api.read)"), "{said}");
    assert!(!said.contains("allowed:"), "{said}");

    // Set by hand: it stays, and both update and apply say how to widen it.
    srv.run(&[
        "clients", "update", "svc", "--scope", "api.read", "--scope", "openid",
    ])
    .assert_code(0);
    srv.run(&["authorize", &id, "--scope", "api.read", "--yes"])
        .assert_code(0);
    let out = srv.run(&[
        "clients",
        "update",
        "svc",
        "--scope",
        "api.read",
        "--scope",
        "api.write",
    ]);
    out.assert_code(0)
        .assert_stderr("was set by hand ([api.read])")
        .assert_stderr(&format!("oauthctl authorize {id} --scope"));
    assert_eq!(grant(&srv, "default", &id), json!(["api.read"]));
    let (_, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    let said = body["error_description"].as_str().unwrap();
    assert!(said.contains("has not authorized it"), "{said}");
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: svc\n    allowedScopes: [api.read]\n",
    );
    let out = srv.run(&["apply", "-f", s(&f), "--yes"]);
    out.assert_code(0).assert_stderr("was set by hand");

    // Declared in the file: set as declared.
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: svc\n    allowedScopes: [api.read, api.write]\n    authorizedScopes: [api.write]\n",
    );
    let out = srv.run(&["diff", "-f", s(&f)]);
    out.assert_stdout("~ authorization svc (")
        .assert_stdout("[api.read] → [api.write]");
    srv.run(&["apply", "-f", s(&f), "--yes"]).assert_code(0);
    assert_eq!(grant(&srv, "default", &id), json!(["api.write"]));
    srv.run(&["diff", "-f", s(&f), "--exit-code"])
        .assert_code(0);
}

#[test]
fn diff_makes_every_check_apply_makes_and_reports_them_all_at_once() {
    let srv = DevServer::start();
    let f = write(
        &srv,
        "bad.yaml",
        "clients:\n  - clientName: a\n    allowedScopes: [api.reed]\n  - clientName: OAuthCtl-CLI\n  - clientName: b\n    allowRopc: maybe\n  - clientName: b\n  - clientName: \"billing\\u200bsync\"\nauthorizations:\n  - clientId: 0f8fad5b-d9cb-469f-a165-000000000000\n    scopes: [api.read]\n",
    );
    for cmd in ["diff", "apply"] {
        let mut args = vec![cmd, "-f", s(&f)];
        if cmd == "apply" {
            args.push("--yes");
        }
        let out = srv.run(&args);
        out.assert_code(2)
            .assert_stderr("bad.yaml:3: allowedScopes: unknown scope(s) api.reed")
            .assert_stderr("bad.yaml:4: OAuthCtl-CLI is a client oauthctl relies on")
            .assert_stderr("bad.yaml:6: allowRopc: expected true or false")
            .assert_stderr("bad.yaml:7: clientName \"b\" is listed twice (first on line 5)")
            .assert_stderr("bad.yaml:8: clientName: the client name contains the invisible format character U+200B")
            .assert_stderr("bad.yaml:10: no client with ID 0f8fad5b-d9cb-469f-a165-000000000000");
    }
    // Nothing was made, and the server refuses the look-alike name too.
    let names: Vec<String> = srv
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap().to_string())
        .collect();
    assert!(
        names.iter().all(|n| n.starts_with("oauthctl-")),
        "{names:?}"
    );
    let out = srv.run(&[
        "api",
        "POST",
        "/tenants/{tenant}/clients/",
        "--data",
        "{\"clientName\": \"billing\u{200b}sync\", \"spaceId\": \"default\"}",
    ]);
    assert_ne!(out.code, 0, "{}", out.stdout);
    out.assert_stderr("U+200B");
}

/// The first YAML block of the README's "Clients as code" section.
fn readme_clients_yaml() -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = &readme[readme.find("## Clients as code").expect("the section")..];
    let start = section.find("```yaml\n").unwrap() + "```yaml\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn the_readmes_own_file_converges_with_prune() {
    // The state after the walk-throughs: partner-app belongs to `default` and is authorized in
    // `acme`, whose admin keeps acme's clients in the README's file.
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    srv.run(&[
        "clients",
        "create",
        "--name",
        "partner-app",
        "--space",
        "default",
        "--client-id",
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "--scope",
        "openid",
        "--scope",
        "api.read",
        "--scope",
        "api.write",
    ])
    .assert_code(0);
    srv.run_tenant(
        "acme",
        &[
            "clients",
            "create",
            "--name",
            "legacy-job",
            "--scope",
            "api.read",
        ],
    )
    .assert_code(0);
    let f = write(&srv, "clients.yaml", &readme_clients_yaml());
    let first = srv.run_tenant(
        "acme",
        &[
            "apply",
            "-f",
            s(&f),
            "--prune",
            "--yes",
            "--output-file",
            s(&srv.home.path().join("new.env")),
        ],
    );
    first.assert_code(0);
    let second = srv.run_tenant("acme", &["apply", "-f", s(&f), "--prune", "--yes"]);
    second.assert_code(0).assert_stderr("no changes");
    srv.run_tenant("acme", &["diff", "-f", s(&f), "--prune", "--exit-code"])
        .assert_code(0);
    // The built-in login client keeps its authorization in acme.
    assert!(grant(&srv, "acme", "oauthctl-cli").as_array().is_some());

    // In the tenant that owns partner-app, the same file deletes it and never also changes its
    // authorization (which would fail, as it is gone).
    let out = srv.run(&["diff", "-f", s(&f), "--prune"]);
    out.assert_code(0).assert_stdout("- client partner-app");
    assert!(
        !out.stdout.contains("authorization 0f8fad5b"),
        "{}",
        out.stdout
    );
}

#[test]
fn prune_never_revokes_the_built_in_or_acting_clients_authorizations() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (app, _) = srv.client("partner-app", &["api.read"]);
    srv.run_tenant("acme", &["authorize", &app, "--scope", "api.read", "--yes"])
        .assert_code(0);
    let before = grant(&srv, "acme", "oauthctl-cli");
    let export = srv.run_tenant("acme", &["export"]);
    export.assert_code(0);
    let out = run_stdin(
        &srv,
        "acme",
        &["apply", "-f", "-", "--prune", "--yes"],
        &export.stdout,
    );
    out.assert_code(0);
    assert_eq!(grant(&srv, "acme", "oauthctl-cli"), before);
    let out = run_stdin(
        &srv,
        "acme",
        &["diff", "-f", "-", "--prune"],
        "clients: []\nauthorizations: []\n",
    );
    out.assert_code(0)
        .assert_stdout(&format!("- authorization {app}"));
    assert!(!out.stdout.contains("oauthctl-cli"), "{}", out.stdout);
    assert!(!out.stdout.contains("oauthctl-admin"), "{}", out.stdout);
}

#[test]
fn an_export_moves_to_another_tenant_with_its_grants_and_grants_nothing_to_the_sources_ids() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (wide, _) = srv.client("wide", &["api.read", "api.write"]);
    let (narrow, _) = srv.client("narrow", &["api.read", "api.write"]);
    srv.run(&["authorize", &narrow, "--scope", "api.read", "--yes"])
        .assert_code(0);
    // An app of another organisation (acme's), authorized in default.
    let (foreign, _) = {
        let v = srv.json_tenant(
            "acme",
            &[
                "clients", "create", "--name", "foreign", "--scope", "api.read",
            ],
        );
        (v["client"]["clientId"].as_str().unwrap().to_string(), ())
    };
    srv.run(&["authorize", &foreign, "--scope", "api.read", "--yes"])
        .assert_code(0);

    let export = srv.run(&["export"]);
    export.assert_code(0);
    let text = &export.stdout;
    assert!(text.contains("authorizedScopes:"), "{text}");
    assert!(
        !text.contains(&wide) && !text.contains(&narrow),
        "own clients by name only: {text}"
    );
    assert!(text.contains(&foreign), "{text}");

    // Into acme, as a migration does: `export | apply -f -`. (The foreign app is acme's own
    // client there, already granted what the line says.)
    let out = run_stdin(
        &srv,
        "acme",
        &["-o", "json", "apply", "-f", "-", "--yes"],
        text,
    );
    out.assert_code(0);
    let applied: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        applied["authorizations"][0]["clientName"], "narrow",
        "{applied}"
    );
    let list = srv.json_tenant("acme", &["clients", "list"]);
    let id_of = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["clientName"] == name)
            .unwrap()["clientId"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        grant(&srv, "acme", &id_of("wide")),
        json!(["api.read", "api.write"])
    );
    assert_eq!(grant(&srv, "acme", &id_of("narrow")), json!(["api.read"]));
    for id in [&wide, &narrow] {
        srv.run_tenant("acme", &["authorizations", "show", id])
            .assert_code(4);
    }
    // And the same export, applied there a second time, changes nothing.
    let out = run_stdin(&srv, "acme", &["diff", "-f", "-", "--exit-code"], text);
    out.assert_code(0);
}
