//! Finding things (issue 12): every command that takes a client of this tenant also takes its
//! name, and an upper-case UUID means the dev server's lower-case one.

use crate::common;

use common::DevServer;

#[test]
fn a_client_is_found_by_its_name_in_every_command_that_takes_an_id() {
    let srv = DevServer::start();
    let (id, _) = srv.client("billing-sync", &["api.read"]);
    let shown = srv.json(&["clients", "show", "billing-sync"]);
    assert_eq!(shown["clientId"], id.as_str());

    let updated = srv.json(&[
        "clients",
        "update",
        "billing-sync",
        "--display-name",
        "Billing",
    ]);
    assert_eq!(updated["clientId"], id.as_str());
    assert_eq!(updated["displayName"], "Billing");

    let created = srv.json(&["secrets", "create", "billing-sync", "--expires-in", "30d"]);
    assert_eq!(created["clientId"], id.as_str());
    let secret_id = created["id"].as_str().unwrap().to_string();
    let listed = srv.json(&["secrets", "list", "billing-sync"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    srv.run(&["secrets", "revoke", "billing-sync", &secret_id, "--yes"])
        .assert_code(0)
        .assert_stderr(&id);
    let rotated = srv.json(&["secrets", "rotate", "billing-sync"]);
    assert_eq!(rotated["secret"]["clientId"], id.as_str(), "{rotated}");

    // The client is authorized in its own tenant when it is created.
    let auth = srv.json(&["authorizations", "show", "billing-sync"]);
    assert_eq!(auth["clientId"], id.as_str());
    srv.run(&["authorizations", "revoke", "billing-sync", "--yes"])
        .assert_code(0);
    srv.run(&["authorizations", "show", &id]).assert_code(4);

    srv.run(&["clients", "delete", "billing-sync", "--yes"])
        .assert_code(0)
        .assert_stderr(&id);
    srv.run(&["clients", "show", &id]).assert_code(4);
}

#[test]
fn an_unknown_name_is_exit_4_with_a_hint_and_changes_nothing() {
    let srv = DevServer::start();
    let (id, _) = srv.client("kept", &[]);
    let before = srv.json(&["clients", "list"]);
    srv.run(&["clients", "show", "no such client"])
        .assert_code(4)
        .assert_stderr("no client has the ID or name \"no such client\" in tenant default");
    for args in [
        &["clients", "show", "nobody"][..],
        &["clients", "delete", "nobody", "--yes"],
        &["clients", "update", "nobody", "--display-name", "X"],
        &["secrets", "list", "nobody"],
        &["secrets", "create", "nobody"],
        &["secrets", "rotate", "nobody"],
        &["authorizations", "show", "nobody"],
        &["authorizations", "revoke", "nobody", "--yes"],
    ] {
        srv.run(args)
            .assert_code(4)
            .assert_stderr("\"nobody\"")
            .assert_stderr("no client has that name in tenant default either")
            .assert_stderr("oauthctl clients list");
    }
    let v = srv.json(&["secrets", "list", &id]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(srv.json(&["clients", "list"]), before);
}

#[test]
fn an_upper_case_uuid_names_the_dev_servers_lower_case_one() {
    let srv = DevServer::start();
    let (id, _) = srv.client("cased", &[]);
    let upper = id.to_ascii_uppercase();
    assert_ne!(upper, id);
    assert_eq!(
        srv.json(&["clients", "show", &upper])["clientId"],
        id.as_str()
    );
    assert_eq!(
        srv.json(&["secrets", "list", &upper])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // A client created under an upper-case ID of its own keeps it: the exact ID comes first.
    let own = "0F8FAD5B-D9CB-469F-A165-70867728950E";
    srv.json(&[
        "clients",
        "create",
        "--name",
        "upper",
        "--space",
        "default",
        "--client-id",
        own,
    ]);
    assert_eq!(srv.json(&["clients", "show", own])["clientId"], own);
}

#[test]
fn the_id_comes_before_a_name() {
    let srv = DevServer::start();
    let (first, _) = srv.client("first", &[]);
    // A second client whose name is the first one's ID.
    let v = srv.json(&["clients", "create", "--name", &first, "--space", "default"]);
    let second = v["client"]["clientId"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    assert_eq!(
        srv.json(&["clients", "show", &first])["clientId"],
        first.as_str()
    );
}

#[test]
fn secrets_stored_takes_a_name_and_an_id_needs_no_server() {
    common::require(common::Part::Keyring);
    let mut srv = DevServer::start();
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "kept-in-keyring",
        "--space",
        "default",
        "--store",
        "keyring",
    ]);
    let id = v["client"]["clientId"].as_str().unwrap().to_string();
    let value = v["secret"]["value"].as_str().unwrap().to_string();
    let out = srv.run(&["secrets", "stored", "kept-in-keyring"]);
    out.assert_code(0);
    assert_eq!(out.stdout, format!("{value}\n"));
    // By ID, the keyring answers without the server.
    srv.stop();
    let out = srv.run(&["secrets", "stored", &id]);
    out.assert_code(0);
    assert_eq!(out.stdout.trim(), value);
    srv.run(&["secrets", "stored", &id, "--delete"])
        .assert_code(0);
    srv.run(&["secrets", "stored", &id]).assert_code(4);
}
