//! Prompts on a real terminal (tmux): `clients create` asks for every missing value, `clients
//! delete` asks before deleting, and bulk rotation draws its progress on the terminal. Each result
//! is checked through the admin API. Needs tmux: fails without it (tests/common/parts.rs).

mod common;

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
    // Grant types: authorization_code, client_credentials (ticked: no redirect URI yet), refresh_token.
    t.wait_for("Grant types");
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
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Client secret:"), "{screen}");

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
    assert!(screen.contains("5 rotated"), "{screen}");
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
