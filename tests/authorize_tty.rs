//! Issue 4 on a real terminal: `oauthctl authorize` (and `authorizations revoke`) run inside tmux,
//! driven with `tmux send-keys` and read with `tmux capture-pane`, against a real dev server. The
//! result is checked through the admin API. Needs tmux: fails without it (tests/common/parts.rs).

use crate::common;

use common::{require, Part};

use common::tty::*;
use common::*;

fn granted(srv: &DevServer, id: &str) -> Vec<String> {
    let v = srv.json(&["authorizations", "show", id]);
    let mut s: Vec<String> = v["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

#[test]
fn interactive_multi_select_grants_the_ticked_scopes() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, secret) = srv.client("tty-app", &["api.read", "api.write", "email"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));

    // The app and its scopes, each with its description, all ticked at first.
    let screen = t.wait_for("Scopes to grant to tty-app");
    let screen = if screen.contains("email — ") {
        screen
    } else {
        t.wait_for("email — ")
    };
    assert!(screen.contains("from tenant default requests"), "{screen}");
    assert!(
        screen.contains("api.read — Read data through the API"),
        "{screen}"
    );
    assert!(
        screen.contains("api.write — Change data through the API"),
        "{screen}"
    );
    assert!(!screen.contains('⬚'), "all ticked at first:\n{screen}");

    // Untick the second scope (api.write) and accept.
    t.send(&["Down"]);
    t.send(&["Space"]);
    t.wait_until("api.write unticked", |s| {
        s.lines()
            .any(|l| l.contains("api.write —") && l.contains('⬚'))
    });
    t.send(&["Enter"]);

    // The confirmation summarises what is granted and denied.
    t.wait_for("grant [api.read email], deny [api.write]?");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);

    assert_eq!(granted(&srv, &id), vec!["api.read", "email"]);
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope");
}

#[test]
fn interactive_url_preselects_the_url_scopes() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("url-app", &["api.read", "api.write", "email"]);
    let url = format!(
        "https://login.example.com/OAuth/Authorize?client_id={id}&scope=api.write%20email&response_type=code"
    );
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", "--url", &url]));
    let screen = t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to url-app") && s.contains("email — ")
    });
    let line = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("{name} —")))
            .unwrap_or_else(|| panic!("no line for {name}:\n{screen}"))
            .to_string()
    };
    assert!(line("api.read").contains('⬚'), "{screen}");
    assert!(!line("api.write").contains('⬚'), "{screen}");
    assert!(!line("email").contains('⬚'), "{screen}");

    t.send(&["Enter"]);
    t.wait_for("grant [api.write email], deny [api.read]?");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["api.write", "email"]);
}

#[test]
fn interactive_no_at_the_confirmation_changes_nothing() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("no-app", &["api.read", "email"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));
    t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to no-app") && s.contains("email — ")
    });
    // Untick the first scope, accept, then say no.
    t.send(&["Space"]);
    t.wait_until("api.read unticked", |s| {
        s.lines()
            .any(|l| l.contains("api.read —") && l.contains('⬚'))
    });
    t.send(&["Enter"]);
    t.wait_for("grant [email], deny [api.read]?");
    t.send(&["n", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 130, "cancelled:\n{screen}");
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["api.read", "email"]);
}

#[test]
fn interactive_revoke_asks_first() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, secret) = srv.client("rev-app", &["api.read"]);
    let t = Tmux::start(&oauthctl_in_terminal(
        &srv,
        &["authorizations", "revoke", &id],
    ));
    t.wait_for("Revoke the authorization of");
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    drop(t);
    srv.run(&["authorizations", "show", &id]).assert_code(4);
    let (status, body) = srv.token(&id, &secret, true, "", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "unauthorized_client");
}

#[test]
fn interactive_shows_the_current_grant_and_the_change_by_display_name() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("grant-app", &["api.read", "api.write", "email"]);
    srv.run(&["clients", "update", &id, "--display-name", "Billing Sync"])
        .assert_code(0);
    srv.json(&["authorize", &id, "--scope", "api.read api.write", "--yes"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));
    let screen = t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to Billing Sync") && s.contains("email — ")
    });
    assert!(
        screen.contains("currently granted in tenant default: api.read api.write"),
        "{screen}"
    );
    // The current grant is ticked at first; the rest is not.
    let line = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("{name} —")))
            .unwrap_or_else(|| panic!("no line for {name}:\n{screen}"))
            .to_string()
    };
    assert!(!line("api.read").contains('⬚'), "{screen}");
    assert!(!line("api.write").contains('⬚'), "{screen}");
    assert!(line("email").contains('⬚'), "{screen}");
    // Untick api.write, tick email.
    t.send(&["Down"]);
    t.send(&["Space"]);
    t.send(&["Down"]);
    t.send(&["Space"]);
    t.wait_until("email ticked", |s| {
        s.lines().any(|l| l.contains("email —") && !l.contains('⬚'))
    });
    t.send(&["Enter"]);
    let screen = t.wait_for("change: + email, - api.write");
    let screen = if screen.contains("?") {
        screen
    } else {
        t.wait_for("deny [api.write]?")
    };
    assert!(
        screen.contains(&format!("Authorize Billing Sync ({id}) in tenant default")),
        "{screen}"
    );
    t.send(&["y", "Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("authorized Billing Sync ("), "{screen}");
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["api.read", "email"]);
}

#[test]
fn interactive_empty_grant_is_refused_and_points_to_revoke() {
    require(Part::Tmux);
    let srv = DevServer::start();
    let (id, _) = srv.client("empty-app", &["api.read", "email"]);
    srv.json(&["authorize", &id, "--scope", "email", "--yes"]);
    let t = Tmux::start(&oauthctl_in_terminal(&srv, &["authorize", &id]));
    t.wait_until("the multi-select", |s| {
        s.contains("Scopes to grant to empty-app") && s.contains("email — ")
    });
    // Untick the one ticked scope (email, the second) and accept nothing.
    t.send(&["Down"]);
    t.send(&["Space"]);
    t.wait_until("email unticked", |s| {
        s.lines().any(|l| l.contains("email —") && l.contains('⬚'))
    });
    t.send(&["Enter"]);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("no scopes chosen"), "{screen}");
    assert!(
        screen.contains(&format!("oauthctl authorizations revoke {id}")),
        "{screen}"
    );
    drop(t);
    assert_eq!(granted(&srv, &id), vec!["email"]);
}
