//! Prompts on a real terminal (tmux): `clients create` asks for every missing value, `clients
//! delete` asks before deleting, and bulk rotation draws its progress on the terminal. Each result
//! is checked through the admin API. Needs tmux: fails without it (tests/common/parts.rs).

use crate::common;

use common::{require, Part};

use common::tty::*;
use common::*;

#[test]
fn clients_create_asks_for_every_missing_value() {
    require(Part::Tmux);
    let srv = DevServer::start();
    srv.run(&["spaces", "create", "eu", "--display-name", "Europe"])
        .assert_code(0);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["clients", "create"]));

    t.wait_for("Client name");
    t.send(&["-l", "tty-client"]);
    t.send(&["Enter"]);
    t.wait_for("Display name");
    t.send(&["-l", "TTY Client"]);
    t.send(&["Enter"]);
    // The space, from the server's list: default, eu.
    t.wait_for("eu (Europe)");
    t.send(&["Down"]);
    t.send(&["Enter"]);
    // Confidential (the first choice) or public.
    t.wait_for("Client type");
    t.wait_for("public — no secret");
    t.send(&["Enter"]);
    // Grant types: authorization_code, client_credentials (ticked: no redirect URI yet), refresh_token.
    // Every multi-select says how to toggle and accept.
    let screen = t.wait_for("Grant types");
    assert!(
        screen.contains("space toggles") && screen.contains("enter accepts"),
        "{screen}"
    );
    t.send(&["Space"]); // tick authorization_code
    t.send(&["Down"]);
    t.send(&["Space"]); // untick client_credentials
    t.send(&["Enter"]);
    // A redirect URI is needed for authorization_code; a bad one is refused on the spot.
    t.wait_for("Redirect URI");
    t.send(&["-l", "http://example.com/cb"]);
    t.send(&["Enter"]);
    t.wait_for("plain http");
    t.send(&["-l", "https://app.example.com/cb"]);
    t.send(&["Enter"]);
    t.wait_for("Another redirect URI");
    t.send(&["Enter"]);
    // Scopes, from the tenant's catalogue with their descriptions; none ticked at first.
    // The catalogue is listed by name: api.read first.
    t.wait_for("Scopes the client may ask for");
    t.wait_for("api.read — Read data through the API");
    t.send(&["Space"]);
    t.wait_until("api.read ticked", |s| {
        s.lines()
            .any(|l| l.contains("api.read —") && !l.contains('⬚'))
    });
    t.send(&["Enter"]);
    // A summary to confirm before anything is created.
    let screen = t.wait_for("Create this client?");
    for want in [
        "About to create:",
        "tty-client",
        "TTY Client",
        "eu",
        "confidential",
        "authorization_code",
        "api.read",
        "https://app.example.com/cb",
    ] {
        assert!(
            screen.contains(want),
            "{want} not in the summary:\n{screen}"
        );
    }
    t.send(&["y"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Client secret:"), "{screen}");
    // It ends with the next step.
    assert!(
        screen.contains("next, check that it works")
            && screen.contains("oauthctl token --client-id"),
        "{screen}"
    );

    let list = srv.json(&["clients", "list", "--space", "eu"]);
    let c = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clientName"] == "tty-client")
        .unwrap_or_else(|| panic!("not created: {list}"));
    assert_eq!(c["displayName"], "TTY Client");
    assert_eq!(c["spaceId"], "eu");
    assert_eq!(
        c["allowedGrantTypes"],
        serde_json::json!(["authorization_code"])
    );
    assert_eq!(
        c["redirectUris"],
        serde_json::json!(["https://app.example.com/cb"])
    );
    assert_eq!(c["allowedScopes"], serde_json::json!(["api.read"]));
    assert_eq!(c["requireClientSecret"], true);
}

#[test]
fn clients_create_asks_public_or_confidential_and_no_at_the_summary_creates_nothing() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let run = |answer: &str| {
        let t = Tmux::start(&oauthctl_in_terminal(&srv, &["clients", "create"]));
        t.wait_for("Client name");
        t.send(&["-l", "tty-spa"]);
        t.send(&["Enter"]);
        t.wait_for("Display name");
        t.send(&["Enter"]);
        // One space only: not asked. Public is the second choice.
        t.wait_for("public — no secret");
        t.send(&["Down"]);
        t.send(&["Enter"]);
        // A public client defaults to authorization_code.
        t.wait_for("Grant types");
        t.send(&["Enter"]);
        t.wait_for("Redirect URI");
        t.send(&["-l", "http://127.0.0.1:8400/cb"]);
        t.send(&["Enter"]);
        t.wait_for("Another redirect URI");
        t.send(&["Enter"]);
        // `a` toggles every scope.
        t.wait_for("a toggles all");
        t.wait_for("email — ");
        t.send(&["a"]);
        t.wait_until("all ticked", |s| s.contains("email — ") && !s.contains('⬚'));
        t.send(&["Enter"]);
        // Toggling all ticked oauthctl.admin too, which is asked about again: left out.
        t.wait_for("Grant oauthctl.admin?");
        t.send(&["n"]);
        let screen = t.wait_for("Create this client?");
        assert!(screen.contains("public (no secret)"), "{screen}");
        t.send(&[answer]);
        t.wait_exit()
    };
    let (code, screen) = run("n");
    assert_eq!(code, 130, "cancelled:\n{screen}");
    assert!(screen.contains("cancelled"), "{screen}");
    assert!(!srv
        .json(&["clients", "list"])
        .to_string()
        .contains("tty-spa"));

    let (code, screen) = run("y");
    assert_eq!(code, 0, "{screen}");
    assert!(!screen.contains("Client secret:"), "{screen}");
    assert!(
        screen.contains("--grant authorization-code"),
        "the next step of a public client:\n{screen}"
    );
    let list = srv.json(&["clients", "list"]);
    let c = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clientName"] == "tty-spa")
        .unwrap_or_else(|| panic!("not created: {list}"));
    let c = srv.json(&["clients", "show", c["clientId"].as_str().unwrap()]);
    assert_eq!(c["requireClientSecret"], false, "{c:#}");
    assert!(
        c["allowedScopes"].as_array().unwrap().len() > 5,
        "every scope: {c:#}"
    );
}

#[test]
fn clients_delete_asks_first() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("doomed", &[]);

    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["clients", "delete", &id]));
    t.wait_for("Delete client doomed");
    t.send(&["n"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 130, "declining cancels:\n{screen}");
    srv.run(&["clients", "show", &id]).assert_code(0);
    drop(t);

    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["clients", "delete", &id]));
    t.wait_for("Delete client doomed");
    t.send(&["y"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    srv.run(&["clients", "show", &id]).assert_code(4);
}

#[test]
fn bulk_rotation_reports_progress_on_a_terminal() {
    require(Part::Tmux);
    let srv = DevServer::start();
    for i in 0..5 {
        srv.json(&[
            "clients",
            "create",
            "--name",
            &format!("due-{i}"),
            "--space",
            "default",
            "--secret-expires-in",
            "10d",
        ]);
    }
    let t = Tmux::start(&oauthctl_in_terminal(
        &srv,
        &["secrets", "rotate", "--all", "--if-expiring-within", "30d"],
    ));
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    // On a terminal there is a summary (the progress line is cleared at the end).
    assert!(
        screen.contains("rotating the secrets of 5 client(s) in tenant default"),
        "no header:\n{screen}"
    );
    assert!(
        screen.contains("5 rotated, 0 skipped, 0 failed"),
        "{screen}"
    );
    let lines = screen.lines().filter(|l| l.starts_with("rotated")).count();
    assert_eq!(lines, 5, "one line per rotated client:\n{screen}");
}

#[test]
fn apply_shows_the_plan_and_asks_first() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let file = srv.home.path().join("clients.yaml");
    std::fs::write(&file, "clients:\n  - clientName: tty-declared\n").unwrap();
    let f = file.to_str().unwrap();

    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["apply", "-f", f]));
    t.wait_for("Apply these changes");
    let screen = t.capture();
    assert!(screen.contains("+ client tty-declared"), "{screen}");
    t.send(&["n"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 130, "declining cancels:\n{screen}");
    assert!(!srv
        .json(&["clients", "list"])
        .to_string()
        .contains("tty-declared"));
    drop(t);

    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["apply", "-f", f]));
    t.wait_for("Apply these changes");
    t.send(&["y"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("created\t") || screen.contains("created "),
        "{screen}"
    );
    assert!(srv
        .json(&["clients", "list"])
        .to_string()
        .contains("tty-declared"));
}
