//! Issue 2, end to end: expiring client secrets — create (default six months, --expires-in,
//! --expires-at, --starts), list (never a value), revoke — and what the token endpoint makes of
//! each, with the real binary against the real dev server.

use crate::common;

use chrono::{DateTime, Months, Utc};
use common::*;
use serde_json::Value;

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str()
        .unwrap_or_else(|| panic!("not a time: {v}"))
        .parse()
        .unwrap_or_else(|e| panic!("not RFC 3339 ({e}): {v}"))
}

fn secret_count(srv: &DevServer, client_id: &str) -> usize {
    srv.json(&["secrets", "list", client_id])
        .as_array()
        .unwrap()
        .len()
}

/// A confidential client for client_credentials; returns (client ID, first secret value, first secret ID).
fn client(srv: &DevServer, name: &str) -> (String, String, String) {
    let v = srv.json(&["clients", "create", "--name", name, "--scope", "api.read"]);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
        v["secret"]["id"].as_str().unwrap().to_string(),
    )
}

#[track_caller]
fn token_ok(srv: &DevServer, id: &str, secret: &str) {
    let (status, body) = srv.token(id, secret, true, "", None);
    assert_eq!(status, 200, "the secret should work: {body}");
    assert!(body["access_token"].is_string(), "{body}");
}

#[track_caller]
fn token_refused(srv: &DevServer, id: &str, secret: &str) {
    for basic in [true, false] {
        let (status, body) = srv.token(id, secret, basic, "", None);
        assert_eq!(
            status, 401,
            "the secret should be refused (basic={basic}): {body}"
        );
        assert_eq!(body["error"], "invalid_client", "{body}");
    }
}

#[test]
fn secrets_create_defaults_to_exactly_six_months() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "six-months");
    let before = Utc::now();
    let s = srv.json(&["secrets", "create", &id, "--description", "rotation 1"]);
    let after = Utc::now();
    assert_eq!(s["clientId"], id.as_str());
    assert_eq!(s["description"], "rotation 1");
    assert_eq!(s["status"], "active");
    assert!(s["value"].as_str().unwrap().len() >= 32, "{s}");
    let start = time(&s["startTime"]);
    let expiration = time(&s["expiration"]);
    assert!(
        start >= before - chrono::Duration::seconds(1) && start <= after,
        "the start is now by default: {start}"
    );
    assert_eq!(
        Some(expiration),
        start.checked_add_months(Months::new(6)),
        "the default expiry is exactly six months after the start: {s}"
    );

    // The stored metadata agrees (to the millisecond the server stores).
    let list = srv.json(&["secrets", "list", &id]);
    let stored = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == s["id"])
        .expect("the new secret is listed")
        .clone();
    let (ls, le) = (time(&stored["startTime"]), time(&stored["expiration"]));
    assert_eq!(ls.timestamp_millis(), start.timestamp_millis());
    assert_eq!(le.timestamp_millis(), expiration.timestamp_millis());
    assert_eq!(Some(le), ls.checked_add_months(Months::new(6)));

    // The first secret of `clients create` also defaults to six months.
    let v = srv.json(&["clients", "create", "--name", "first-secret"]);
    let (fs, fe) = (
        time(&v["secret"]["startTime"]),
        time(&v["secret"]["expiration"]),
    );
    assert_eq!(Some(fe), fs.checked_add_months(Months::new(6)));
}

#[test]
fn secrets_create_with_expires_in_30d() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "thirty-days");
    let before = Utc::now();
    let s = srv.json(&["secrets", "create", &id, "--expires-in", "30d"]);
    let after = Utc::now();
    let expiration = time(&s["expiration"]);
    // 30 days from the moment of the command (the exact relation to startTime is checked by
    // `expires_in_counts_from_the_secret_start_time`).
    assert!(
        expiration >= before + chrono::Duration::days(30) - chrono::Duration::seconds(1)
            && expiration <= after + chrono::Duration::days(30),
        "{s}"
    );
    // Ends within the 30-day window: flagged as expiring, but works.
    assert_eq!(s["status"], "expiring");
    token_ok(&srv, &id, s["value"].as_str().unwrap());

    let s = srv.json(&["secrets", "create", &id, "--expires-in", "1y6mo"]);
    assert_eq!(s["status"], "active");
    let e = time(&s["expiration"]);
    assert!(
        e >= before.checked_add_months(Months::new(18)).unwrap() - chrono::Duration::seconds(1)
            && e <= Utc::now().checked_add_months(Months::new(18)).unwrap(),
        "{s}"
    );
}

/// `--expires-in` is "Lifetime after the start" and the accepted range is "1d to 3y": the span
/// must be measured from the secret's startTime, and the 1d edge must be accepted.
#[test]
fn expires_in_counts_from_the_secret_start_time() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "exact-span");
    let s = srv.json(&["secrets", "create", &id, "--expires-in", "30d"]);
    assert_eq!(
        time(&s["expiration"]) - time(&s["startTime"]),
        chrono::Duration::days(30),
        "{s}"
    );
    let out = srv.run(&["-o", "json", "secrets", "create", &id, "--expires-in", "1d"]);
    out.assert_code(0);
    let s: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        time(&s["expiration"]) - time(&s["startTime"]),
        chrono::Duration::days(1),
        "{s}"
    );
    // The first secret of `clients create --secret-expires-in 1d` too; otherwise the client is
    // created without any secret.
    let out = srv.run(&[
        "-o",
        "json",
        "clients",
        "create",
        "--name",
        "one-day",
        "--secret-expires-in",
        "1d",
    ]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        time(&v["secret"]["expiration"]) - time(&v["secret"]["startTime"]),
        chrono::Duration::days(1),
        "{v}"
    );
}

#[test]
fn secrets_create_with_expires_at() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "expires-at");
    let at = (Utc::now() + chrono::Duration::days(90))
        .date_naive()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    let at_str = at.to_rfc3339();
    let s = srv.json(&["secrets", "create", &id, "--expires-at", &at_str]);
    assert_eq!(time(&s["expiration"]), at, "{s}");
    token_ok(&srv, &id, s["value"].as_str().unwrap());

    // A plain date is midnight UTC.
    let day = (Utc::now() + chrono::Duration::days(10)).date_naive();
    let s = srv.json(&["secrets", "create", &id, "--expires-at", &day.to_string()]);
    assert_eq!(
        time(&s["expiration"]),
        day.and_hms_opt(0, 0, 0).unwrap().and_utc()
    );

    // --expires-in and --expires-at together are a usage error.
    let n = secret_count(&srv, &id);
    srv.run(&[
        "secrets",
        "create",
        &id,
        "--expires-in",
        "30d",
        "--expires-at",
        &at_str,
    ])
    .assert_code(2);
    assert_eq!(secret_count(&srv, &id), n);
}

#[test]
fn a_secret_that_starts_in_the_future_is_pending_and_refused() {
    let srv = DevServer::start();
    let (id, first, _) = client(&srv, "pending");
    let start = (Utc::now() + chrono::Duration::days(2))
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    let s = srv.json(&["secrets", "create", &id, "--starts", &start.to_rfc3339()]);
    assert_eq!(s["status"], "pending", "{s}");
    assert_eq!(time(&s["startTime"]), start);
    assert_eq!(
        Some(time(&s["expiration"])),
        start.checked_add_months(Months::new(6)),
        "six months after the start, not after now"
    );
    let listed = srv.json(&["secrets", "list", &id]);
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == s["id"])
        .unwrap();
    assert_eq!(entry["status"], "pending");

    token_refused(&srv, &id, s["value"].as_str().unwrap());
    token_ok(&srv, &id, &first);
}

#[test]
fn an_expired_secret_is_refused() {
    let srv = DevServer::start();
    let (id, first, _) = client(&srv, "expired");
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "create",
        &id,
        "--starts",
        "2020-01-01",
        "--expires-in",
        "1mo",
    ]);
    out.assert_code(0).assert_stderr("expired");
    let s: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(s["status"], "expired", "{s}");
    assert_eq!(
        time(&s["startTime"]).to_rfc3339(),
        "2020-01-01T00:00:00+00:00"
    );
    assert_eq!(
        time(&s["expiration"]).to_rfc3339(),
        "2020-02-01T00:00:00+00:00"
    );
    token_refused(&srv, &id, s["value"].as_str().unwrap());
    token_ok(&srv, &id, &first);
}

#[test]
fn expiry_shorter_than_a_day_or_longer_than_three_years_is_rejected() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "window");
    let n = secret_count(&srv, &id);
    let too_far = (Utc::now() + chrono::Duration::days(3 * 366 + 1)).to_rfc3339();
    let too_soon = (Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    for args in [
        vec!["--expires-in", "12h"],
        vec!["--expires-in", "23h59m"],
        vec!["--expires-in", "3y1d"],
        vec!["--expires-in", "4y"],
        vec!["--expires-at", too_far.as_str()],
        vec!["--expires-at", too_soon.as_str()],
        vec!["--expires-at", "2020-01-01"],
        vec!["--starts", "2030-01-01", "--expires-at", "2029-12-31"],
    ] {
        let mut full = vec!["secrets", "create", id.as_str()];
        full.extend_from_slice(&args);
        let out = srv.run(&full);
        assert_eq!(out.code, 2, "{args:?}: {out:?}");
        assert!(
            out.stderr.contains("1 day and 3 years"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    }
    // Malformed values are usage errors too.
    for args in [
        vec!["--expires-in", "6"],
        vec!["--expires-in", "soon"],
        vec!["--expires-at", "tomorrow"],
        vec!["--starts", "yesterday"],
    ] {
        let mut full = vec!["secrets", "create", id.as_str()];
        full.extend_from_slice(&args);
        srv.run(&full).assert_code(2);
    }
    assert_eq!(secret_count(&srv, &id), n, "nothing may be created");

    // The edges are allowed: exactly 1 day and exactly 3 years after an explicit start (the
    // 1d edge without --starts: see `expires_in_counts_from_the_secret_start_time`).
    let start = (Utc::now() + chrono::Duration::days(1))
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    let start_s = start.to_rfc3339();
    let s = srv.json(&[
        "secrets",
        "create",
        &id,
        "--starts",
        &start_s,
        "--expires-in",
        "1d",
    ]);
    assert_eq!(time(&s["startTime"]), start);
    assert_eq!(time(&s["expiration"]), start + chrono::Duration::days(1));
    let s = srv.json(&[
        "secrets",
        "create",
        &id,
        "--starts",
        &start_s,
        "--expires-in",
        "3y",
    ]);
    assert_eq!(
        Some(time(&s["expiration"])),
        start.checked_add_months(Months::new(36))
    );
    let s = srv.json(&["secrets", "create", &id, "--expires-in", "3y"]);
    assert_eq!(s["status"], "active");

    // The same rule for the first secret of `clients create`: nothing is created.
    let before = srv.json(&["clients", "list"]).as_array().unwrap().len();
    srv.run(&[
        "clients",
        "create",
        "--name",
        "short-lived",
        "--secret-expires-in",
        "1h",
    ])
    .assert_code(2);
    assert_eq!(
        srv.json(&["clients", "list"]).as_array().unwrap().len(),
        before
    );
}

#[test]
fn secrets_list_never_shows_a_value() {
    let srv = DevServer::start();
    let (id, first, _) = client(&srv, "listed");
    let second = srv.json(&["secrets", "create", &id, "--description", "second"]);
    let second_value = second["value"].as_str().unwrap().to_string();

    let out = srv.run(&["-o", "json", "secrets", "list", &id]);
    out.assert_code(0);
    let list: Value = serde_json::from_str(&out.stdout).unwrap();
    let arr = list.as_array().unwrap();
    assert_eq!(arr.len(), 2);
    for s in arr {
        assert!(s.get("value").is_none(), "a listed secret has a value: {s}");
        for field in [
            "id",
            "clientId",
            "startTime",
            "expiration",
            "status",
            "createdAt",
        ] {
            assert!(s.get(field).is_some(), "{field} missing: {s}");
        }
        assert_eq!(s["clientId"], id.as_str());
    }
    assert_eq!(arr[1]["description"], "second");
    for v in [&first, &second_value] {
        assert!(!out.stdout.contains(v.as_str()) && !out.stderr.contains(v.as_str()));
    }
    // The table neither.
    let out = srv.run(&["secrets", "list", &id]);
    out.assert_code(0)
        .assert_stdout("STATUS")
        .assert_stdout("active");
    for v in [&first, &second_value] {
        assert!(!out.stdout.contains(v.as_str()) && !out.stderr.contains(v.as_str()));
    }
    // Nor the API itself.
    let (_, tok) = srv.token("oauthctl-admin", ADMIN_SECRET, true, "", None);
    let (status, body) = http(
        &srv.base_url,
        "GET",
        &format!("/api/adminapi2/v1/tenants/default/clients/{id}/secrets/"),
        &[format!(
            "Authorization: Bearer {}",
            tok["access_token"].as_str().unwrap()
        )],
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert!(!body.contains("\"value\""), "{body}");
    assert!(!body.contains(&first) && !body.contains(&second_value));
}

#[test]
fn secrets_revoke_needs_yes_and_then_the_secret_is_refused() {
    let srv = DevServer::start();
    let (id, first, first_id) = client(&srv, "revoked");
    let second = srv.json(&["secrets", "create", &id]);
    let second_value = second["value"].as_str().unwrap();
    token_ok(&srv, &id, &first);
    token_ok(&srv, &id, second_value);

    // Not interactive, no --yes: refused, nothing revoked.
    let out = srv.run(&["secrets", "revoke", &id, &first_id]);
    out.assert_code(2).assert_stderr("--yes");
    let out = Out::from(
        srv.cmd()
            .env("CI", "1")
            .args(["secrets", "revoke", &id, &first_id])
            .output()
            .unwrap(),
    );
    out.assert_code(2);
    token_ok(&srv, &id, &first);

    let v = srv.json(&["secrets", "revoke", &id, &first_id, "--yes"]);
    assert_eq!(v["revoked"], first_id.as_str());
    token_refused(&srv, &id, &first);
    token_ok(&srv, &id, second_value);

    let list = srv.json(&["secrets", "list", &id]);
    let entry = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == first_id.as_str())
        .unwrap();
    assert_eq!(entry["status"], "revoked");
    assert!(entry["revokedAt"].is_string(), "{entry}");

    // Revoking again is harmless.
    srv.run(&["secrets", "revoke", &id, &first_id, "-y"])
        .assert_code(0);
}

#[test]
fn revoking_an_unknown_secret_is_not_found() {
    let srv = DevServer::start();
    let (id, first, first_id) = client(&srv, "unknown-secret");
    let out = srv.run(&["secrets", "revoke", &id, "no-such-secret", "--yes"]);
    out.assert_code(4).assert_stderr("no-such-secret");
    srv.run(&["secrets", "revoke", "no-such-client", &first_id, "--yes"])
        .assert_code(4);
    // Another client's secret is not found under this client.
    let (other, _, other_secret_id) = client(&srv, "other");
    srv.run(&["secrets", "revoke", &id, &other_secret_id, "--yes"])
        .assert_code(4);
    let _ = other;
    token_ok(&srv, &id, &first);
}

#[test]
fn secrets_create_human_output_shows_the_value_once() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "human-secret");
    let out = srv.run(&["secrets", "create", &id, "--description", "human"]);
    out.assert_code(0)
        .assert_stdout("Client secret:")
        .assert_stdout("Expires:")
        .assert_stderr("shown only this once");
    let value = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Client secret:"))
        .unwrap()
        .trim()
        .to_string();
    token_ok(&srv, &id, &value);
}

#[test]
fn a_public_client_cannot_get_a_secret() {
    let srv = DevServer::start();
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "public",
        "--public",
        "--redirect-uri",
        "https://spa.example.com/cb",
    ]);
    let id = v["client"]["clientId"].as_str().unwrap();
    let out = srv.run(&["secrets", "create", id]);
    out.assert_code(2).assert_stderr("public");
    assert_eq!(secret_count(&srv, id), 0);
}

/// What `secrets create` prints is what the server keeps: `secrets list` shows the same times.
#[test]
fn created_secret_times_match_the_stored_ones() {
    let srv = DevServer::start();
    let (id, _, _) = client(&srv, "same-times");
    let created = srv.json(&[
        "secrets",
        "create",
        &id,
        "--starts",
        "2030-01-01T00:00:00.123456789Z",
        "--expires-at",
        "2030-06-01T00:00:00.987654321Z",
    ]);
    let listed = srv.json(&["secrets", "list", &id]);
    let stored = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == created["id"])
        .unwrap();
    assert_eq!(stored["startTime"], created["startTime"]);
    assert_eq!(stored["expiration"], created["expiration"]);
}

// ---------- the expiry flags ----------

#[test]
fn expiry_errors_name_the_flag_that_was_given() {
    let srv = DevServer::start();
    srv.run(&[
        "clients",
        "create",
        "--name",
        "x",
        "--space",
        "default",
        "--secret-expires-in",
        "4y",
    ])
    .assert_code(2)
    .assert_stderr("--secret-expires-in:");
    let (id, _) = srv.client("app", &[]);
    srv.run(&["secrets", "rotate", &id, "--expires-in", "4y"])
        .assert_code(2)
        .assert_stderr("--expires-in:");
}
