//! Tables for people, off a terminal: compact default columns with short times, `-o wide` for
//! every column with full times, `--no-headers`, `profiles list` with the server type and API
//! kind, and the summary every bulk rotation ends with. The same tables on a terminal of 80 and
//! 120 columns are in tests/tables_tty.rs.

use crate::common;

use common::*;

/// `2027-05-30 06:49Z`
fn is_short_time(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 17
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b' ',
            13 => *c == b':',
            16 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

fn header(out: &Out) -> Vec<String> {
    out.stdout
        .lines()
        .next()
        .unwrap_or("")
        .split("  ")
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn clients_list_is_compact_by_default_and_wide_with_o_wide() {
    let srv = DevServer::start();
    let (id, _) = srv.client("billing", &["openid"]);
    let out = srv.run(&["clients", "list"]);
    out.assert_code(0).assert_stdout(&id);
    assert_eq!(
        header(&out),
        ["CLIENT ID", "NAME", "SPACE", "DISPLAY NAME"],
        "{}",
        out.stdout
    );
    let out = srv.run(&["clients", "list", "-o", "wide"]);
    out.assert_code(0).assert_stdout(&id);
    assert_eq!(
        header(&out),
        [
            "CLIENT ID",
            "NAME",
            "SPACE",
            "TYPE",
            "GRANT TYPES",
            "SCOPES",
            "CREATED",
            "DISPLAY NAME"
        ],
        "{}",
        out.stdout
    );
    let row = out.stdout.lines().find(|l| l.contains(&id)).unwrap();
    assert!(row.contains("confidential"), "{row}");
    assert!(row.contains("openid"), "{row}");
    // The same through the environment.
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_OUTPUT", "wide")
            .args(["clients", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0).assert_stdout("GRANT TYPES");
}

#[test]
fn secrets_list_shows_short_times_and_o_wide_the_full_ones() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let long = "the key of the nightly export job, kept in the vault of the data team";
    srv.json(&["secrets", "create", &id, "--description", long]);
    let v = srv.json(&["secrets", "list", &id]);
    let full = v[0]["expiration"].as_str().unwrap().to_string();

    let out = srv.run(&["secrets", "list", &id]);
    out.assert_code(0);
    assert_eq!(
        header(&out),
        ["ID", "EXPIRES", "STATUS", "DESCRIPTION"],
        "{}",
        out.stdout
    );
    // Off a terminal nothing is cut, however long.
    out.assert_stdout(long);
    let row = out.stdout.lines().nth(1).unwrap();
    let expires = &row[38..55];
    assert!(is_short_time(expires), "{expires:?} in {row}");
    assert!(
        full.starts_with(&expires[..16].replace(' ', "T")),
        "{expires} is not {full}"
    );
    assert!(!out.stdout.contains(&full), "{}", out.stdout);

    let out = srv.run(&["secrets", "list", &id, "-o", "wide"]);
    out.assert_code(0).assert_stdout(&full).assert_stdout(long);
    assert_eq!(
        header(&out),
        [
            "ID",
            "STARTS",
            "EXPIRES",
            "STATUS",
            "LAST USED",
            "DESCRIPTION"
        ],
        "{}",
        out.stdout
    );
}

#[test]
fn no_headers_leaves_only_the_rows_in_every_format_of_table() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let with = srv.run(&["clients", "list"]);
    with.assert_code(0);
    let rows: Vec<&str> = with.stdout.lines().skip(1).collect();
    assert!(rows.iter().any(|l| l.contains(&id)), "{}", with.stdout);

    let out = srv.run(&["--no-headers", "clients", "list"]);
    out.assert_code(0);
    assert!(!out.stdout.contains("CLIENT ID"), "{}", out.stdout);
    assert_eq!(out.stdout.lines().count(), rows.len(), "{}", out.stdout);
    // Each row starts with the client ID, for `awk '{print $1}'`.
    let ids: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(ids.contains(&id.as_str()), "{ids:?}");

    for args in [
        &["clients", "list", "--no-headers", "-o", "wide"][..],
        &["secrets", "list", &id, "--no-headers"],
        &["spaces", "list", "--no-headers"],
        &["scopes", "list", "--no-headers"],
        &["authorizations", "list", "--no-headers"],
        &["secrets", "expiring", "--within", "5y", "--no-headers"],
    ] {
        let out = srv.run(args);
        out.assert_code(0);
        let first = out.stdout.lines().next().unwrap_or("");
        assert!(
            !first.contains("ID") && !first.contains("NAME"),
            "{args:?} printed a header: {first}"
        );
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
    }
    // OAUTHCTL_NO_HEADERS does the same.
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_NO_HEADERS", "true")
            .args(["spaces", "list"])
            .output()
            .unwrap(),
    );
    out.assert_code(0);
    assert!(out.stdout.starts_with("default "), "{}", out.stdout);
    // JSON is unchanged by it.
    let v = srv.json(&["--no-headers", "spaces", "list"]);
    assert_eq!(v[0]["id"], "default");
}

#[test]
fn the_watch_names_the_client_and_wide_adds_the_ids() {
    let srv = DevServer::start();
    let (id, _) = srv.client("watched", &[]);
    let out = srv.run(&["secrets", "expiring", "--within", "1y"]);
    out.assert_code(0).assert_stdout("watched");
    assert_eq!(
        header(&out),
        ["NAME", "EXPIRES", "STATUS", "NEWEST"],
        "{}",
        out.stdout
    );
    let out = srv.run(&["secrets", "expiring", "--within", "1y", "-o", "wide"]);
    out.assert_code(0).assert_stdout(&id);
    assert_eq!(
        header(&out),
        [
            "CLIENT ID",
            "NAME",
            "SECRET ID",
            "EXPIRES",
            "STATUS",
            "NEWEST",
            "DESCRIPTION"
        ],
        "{}",
        out.stdout
    );
}

#[test]
fn profiles_list_shows_the_server_type_and_the_api_kind() {
    let srv = DevServer::start();
    srv.run(&[
        "profiles",
        "add",
        "prod",
        "--base-url",
        "https://auth.example.com",
        "--tenant",
        "acme",
        "--server-type",
        "prod",
    ])
    .assert_code(0);
    srv.run(&[
        "profiles",
        "add",
        "lemon",
        "--base-url",
        "https://sso.example.com",
        "--api",
        "lemonldap",
    ])
    .assert_code(0);
    let out = srv.run(&["profiles", "list"]);
    out.assert_code(0);
    assert_eq!(
        header(&out),
        [
            "CURRENT",
            "NAME",
            "BASE URL",
            "TENANT",
            "SERVER TYPE",
            "API"
        ],
        "{}",
        out.stdout
    );
    let row = |name: &str| -> Vec<String> {
        out.stdout
            .lines()
            .find(|l| l.split_whitespace().any(|w| w == name))
            .unwrap_or_else(|| panic!("no {name} row:\n{}", out.stdout))
            .split_whitespace()
            .map(String::from)
            .collect()
    };
    assert_eq!(
        row("prod"),
        [
            "*",
            "prod",
            "https://auth.example.com",
            "acme",
            "prod",
            "oauthctl"
        ]
    );
    assert_eq!(
        row("lemon"),
        [
            "lemon",
            "https://sso.example.com",
            "default",
            "-",
            "lemonldap"
        ]
    );
    let out = srv.run(&["profiles", "list", "-o", "wide"]);
    out.assert_code(0).assert_stdout("CLIENT ID");
}

#[test]
fn bulk_rotation_ends_with_a_summary_on_stderr_without_a_terminal() {
    let srv = DevServer::start();
    let (due, _) = srv.client("due", &[]);
    srv.client("also-due", &[]);
    // JSON on stdout, the summary for people on stderr; no header or progress off a terminal.
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "1y",
    ]);
    out.assert_code(0).assert_stdout(&due);
    assert_eq!(out.stderr, "2 rotated, 0 skipped, 0 failed\n");
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "{v:#}");

    // Nothing due: all skipped, and still the summary.
    let out = srv.run(&["secrets", "rotate", "--all", "--if-expiring-within", "1d"]);
    out.assert_code(0);
    assert_eq!(out.stderr, "0 rotated, 2 skipped, 0 failed\n");
}
