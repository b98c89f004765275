//! Tables on a real terminal (tmux) of 80 and 120 columns: every line fits, no ID, name or time
//! is split across lines, and only free text (descriptions, display names, lists of scopes) is
//! cut, with `…`. Skipped (with a note) when tmux is not installed.

use crate::common;

use common::{require, Part};

use common::tty::*;
use common::*;

/// A time as the compact tables show it: `2027-05-30 06:49Z`.
fn short_times(screen: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in screen.lines() {
        let b = line.as_bytes();
        for i in 0..b.len().saturating_sub(16) {
            let w = &b[i..i + 17];
            let ok = w.iter().enumerate().all(|(j, c)| match j {
                4 | 7 => *c == b'-',
                10 => *c == b' ',
                13 => *c == b':',
                16 => *c == b'Z',
                _ => c.is_ascii_digit(),
            });
            if ok {
                out.push(line[i..i + 17].to_string());
            }
        }
    }
    out
}

/// Runs oauthctl in a terminal `width` columns wide; returns the screen lines before `EXIT=`.
fn screen_at(srv: &DevServer, width: u16, args: &[&str]) -> Vec<String> {
    let t = Tmux::start_sized(&oauthctl_in_terminal(srv, args), width, 50);
    let (code, screen) = t.wait_exit();
    assert_eq!(code, 0, "{args:?} at {width} columns:\n{screen}");
    screen
        .lines()
        .take_while(|l| !l.starts_with("EXIT="))
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

struct Fixture {
    srv: DevServer,
    ids: Vec<String>,
    secret_ids: Vec<String>,
    first: String,
}

/// Cut at 80 columns, whole at 120.
const LONG_DESCRIPTION: &str = "the key of the nightly export of the data team";
const DISPLAY_NAME: &str = "Invoices and payments of the finance team";

fn fixture() -> Fixture {
    let srv = DevServer::start();
    let mut ids = Vec::new();
    for name in ["billing-service-prod", "web"] {
        let v = srv.json(&[
            "clients",
            "create",
            "--name",
            name,
            "--display-name",
            DISPLAY_NAME,
            "--scope",
            "openid",
            "--scope",
            "profile",
            "--scope",
            "api.read",
        ]);
        ids.push(v["client"]["clientId"].as_str().unwrap().to_string());
    }
    let first = ids[0].clone();
    let v = srv.json(&[
        "secrets",
        "create",
        &first,
        "--description",
        LONG_DESCRIPTION,
    ]);
    let mut secret_ids: Vec<String> = srv
        .json(&["secrets", "list", &first])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert!(secret_ids.contains(&v["id"].as_str().unwrap().to_string()));
    secret_ids.sort();
    srv.run(&[
        "authorize",
        &first,
        "--scope",
        "openid",
        "--scope",
        "profile",
        "--scope",
        "api.read",
        "--yes",
    ])
    .assert_code(0);
    Fixture {
        srv,
        ids,
        secret_ids,
        first,
    }
}

#[track_caller]
fn assert_fits(lines: &[String], width: usize, what: &str) {
    for l in lines {
        assert!(
            l.chars().count() <= width,
            "{what}: a line wider than {width} columns:\n{}",
            lines.join("\n")
        );
    }
}

/// Every value is on one line of the screen, whole.
#[track_caller]
fn assert_whole(lines: &[String], values: &[&str], what: &str) {
    for v in values {
        assert!(
            lines.iter().any(|l| l.contains(v)),
            "{what}: {v:?} is not whole on any line:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn tables_at_80_and_120_columns_never_split_an_id_a_name_or_a_time() {
    require(Part::Tmux);
    let f = fixture();
    let srv = &f.srv;
    for width in [80u16, 120] {
        let w = usize::from(width);

        // clients list: one line per client plus the header, IDs and names whole.
        let lines = screen_at(srv, width, &["clients", "list"]);
        assert_fits(&lines, w, "clients list");
        assert_eq!(lines.len(), 1 + 4, "{}", lines.join("\n"));
        let mut whole: Vec<&str> = f.ids.iter().map(String::as_str).collect();
        whole.extend([
            "billing-service-prod",
            "web",
            "oauthctl-admin",
            "oauthctl-cli",
        ]);
        assert_whole(&lines, &whole, "clients list");
        if width == 80 {
            assert!(
                lines.iter().any(|l| l.ends_with('…')),
                "the display name is cut at 80 columns:\n{}",
                lines.join("\n")
            );
        } else {
            assert_whole(&lines, &[DISPLAY_NAME], "clients list at 120");
        }

        // secrets list: IDs and short times whole, the description cut with … at 80.
        let lines = screen_at(srv, width, &["secrets", "list", &f.first]);
        assert_fits(&lines, w, "secrets list");
        assert_eq!(lines.len(), 1 + 2, "{}", lines.join("\n"));
        let ids: Vec<&str> = f.secret_ids.iter().map(String::as_str).collect();
        assert_whole(&lines, &ids, "secrets list");
        assert_eq!(
            short_times(&lines.join("\n")).len(),
            2,
            "one short expiry per secret:\n{}",
            lines.join("\n")
        );
        let row = lines
            .iter()
            .find(|l| l.contains("the key of"))
            .expect("the described secret");
        if width == 80 {
            assert!(row.ends_with('…'), "{row}");
            assert!(!row.contains(LONG_DESCRIPTION), "{row}");
        } else {
            assert!(row.contains(LONG_DESCRIPTION), "{row}");
        }

        // secrets expiring: names and times whole.
        let lines = screen_at(srv, width, &["secrets", "expiring", "--within", "5y"]);
        assert_fits(&lines, w, "secrets expiring");
        assert_whole(&lines, &["billing-service-prod", "web"], "secrets expiring");
        assert!(
            short_times(&lines.join("\n")).len() >= 3,
            "{}",
            lines.join("\n")
        );

        // authorizations list: client IDs and times whole; scopes cut after a whole name only.
        let lines = screen_at(srv, width, &["authorizations", "list"]);
        assert_fits(&lines, w, "authorizations list");
        assert_whole(&lines, &[&f.first], "authorizations list");
        let row = lines.iter().find(|l| l.contains(&f.first)).unwrap();
        let scopes = row.rsplit("Z  ").next().unwrap();
        for s in scopes.split(' ') {
            assert!(
                ["openid", "profile", "api.read", "…"].contains(&s),
                "a scope split: {s:?} in {row}"
            );
        }

        // spaces, scopes and profiles.
        for args in [&["spaces", "list"][..], &["scopes", "list"]] {
            let lines = screen_at(srv, width, args);
            assert_fits(&lines, w, &format!("{args:?}"));
        }
        let lines = screen_at(srv, width, &["scopes", "list"]);
        assert_whole(
            &lines,
            &["oauthctl.admin", "offline_access", "api.read"],
            "scopes list",
        );
    }
}

#[test]
fn o_wide_and_no_headers_on_a_terminal() {
    require(Part::Tmux);
    let f = fixture();
    let lines = screen_at(&f.srv, 200, &["secrets", "list", &f.first, "-o", "wide"]);
    assert!(lines[0].contains("LAST USED"), "{}", lines.join("\n"));
    assert_whole(&lines, &[LONG_DESCRIPTION], "wide at 200 columns");
    // -o wide cuts nothing, even at 80 columns: the description is all there (wrapped by the
    // terminal), never with `…`.
    let lines = screen_at(&f.srv, 80, &["secrets", "list", &f.first, "-o", "wide"]);
    assert!(
        !lines.iter().any(|l| l.contains('…')),
        "{}",
        lines.join("\n")
    );
    assert!(
        lines
            .concat()
            .replace(' ', "")
            .contains(&LONG_DESCRIPTION.replace(' ', "")),
        "{}",
        lines.join("\n")
    );
    let lines = screen_at(&f.srv, 80, &["--no-headers", "clients", "list"]);
    assert_eq!(lines.len(), 4, "{}", lines.join("\n"));
    assert!(
        !lines.iter().any(|l| l.contains("CLIENT ID")),
        "{}",
        lines.join("\n")
    );
    let _ = &f.ids;
}
