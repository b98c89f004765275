//! The token endpoint keeps what it reads about a client (the client, its secrets, the tenants'
//! authorizations of it) in memory between writes. Every way that changes whether a client may
//! get a token must apply to the very next request: a secret revoked, rotated, shortened or
//! expiring while cached, a client updated, deleted or recreated under the same ID, an
//! authorization revoked or changed (in its tenant only), and a change written straight into the
//! database file by another process. Each test warms the cache first (several tokens with the
//! same credentials), then changes one thing and asks again at once — the real binary against
//! the real dev server.

use crate::common;

use chrono::{DateTime, Duration, Utc};
use common::*;

/// A confidential client_credentials client with the scopes; returns (client ID, secret value,
/// secret ID).
fn client(srv: &DevServer, name: &str, scopes: &[&str]) -> (String, String, String) {
    let mut args = vec!["clients", "create", "--name", name, "--space", "default"];
    for s in scopes {
        args.extend(["--scope", s]);
    }
    let v = srv.json(&args);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
        v["secret"]["id"].as_str().unwrap().to_string(),
    )
}

/// Three tokens in a row with the same credentials (the first one fills the cache and may record
/// the secret's use; the others come from the cache); returns the last one's scope.
#[track_caller]
fn warm(srv: &DevServer, id: &str, secret: &str, tenant: Option<&str>) -> String {
    let mut scope = String::new();
    for _ in 0..3 {
        let (status, body) = srv.token(id, secret, true, "", tenant);
        assert_eq!(status, 200, "token for {id} in {tenant:?}: {body}");
        scope = body["scope"].as_str().unwrap_or_default().to_string();
    }
    scope
}

#[track_caller]
fn token_ok(srv: &DevServer, id: &str, secret: &str) {
    for basic in [true, false] {
        let (status, body) = srv.token(id, secret, basic, "", None);
        assert_eq!(
            status, 200,
            "the secret should work (basic={basic}): {body}"
        );
        assert!(body["access_token"].is_string(), "{body}");
    }
}

/// Refused as invalid_client (401), with the credentials in the header and in the body.
#[track_caller]
fn refused(srv: &DevServer, id: &str, secret: &str) {
    for basic in [true, false] {
        let (status, body) = srv.token(id, secret, basic, "", None);
        assert_eq!(status, 401, "should be refused (basic={basic}): {body}");
        assert_eq!(body["error"], "invalid_client", "{body}");
    }
}

/// The token endpoint's answer in `tenant` as (status, error code or "" on success, scope).
fn attempt(srv: &DevServer, id: &str, secret: &str, tenant: Option<&str>) -> (u16, String, String) {
    let (status, body) = srv.token(id, secret, true, "", tenant);
    (
        status,
        body["error"].as_str().unwrap_or_default().to_string(),
        body["scope"].as_str().unwrap_or_default().to_string(),
    )
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

// ---------- secrets ----------

#[test]
fn a_revoked_secret_is_refused_at_once() {
    let srv = DevServer::start();
    let (id, first, first_id) = client(&srv, "cache-revoke", &["api.read"]);
    let second = srv.json(&["secrets", "create", &id]);
    let second = second["value"].as_str().unwrap().to_string();
    warm(&srv, &id, &first, None);
    warm(&srv, &id, &second, None);

    srv.run(&["secrets", "revoke", &id, &first_id, "--yes"])
        .assert_code(0);
    refused(&srv, &id, &first);
    token_ok(&srv, &id, &second);
}

#[test]
fn a_new_secret_works_at_once_and_a_rotation_retires_the_old_one_at_once() {
    let srv = DevServer::start();
    let (id, old, _) = client(&srv, "cache-rotate", &["api.read"]);
    warm(&srv, &id, &old, None);

    // The default rotation: the new secret works at once, the old one overlaps.
    let r = srv.json(&["secrets", "rotate", &id]);
    let new = r["secret"]["value"].as_str().unwrap().to_string();
    token_ok(&srv, &id, &new);
    token_ok(&srv, &id, &old);

    // A rotation that revokes the old secrets (--force: they are less than a day old).
    warm(&srv, &id, &new, None);
    let r = srv.json(&["secrets", "rotate", &id, "--revoke-old", "--force"]);
    let newest = r["secret"]["value"].as_str().unwrap().to_string();
    token_ok(&srv, &id, &newest);
    refused(&srv, &id, &new);
    refused(&srv, &id, &old);
}

#[test]
fn a_shortened_secret_is_refused_at_once() {
    let srv = DevServer::start();
    let (id, first, first_id) = client(&srv, "cache-shorten", &["api.read"]);
    let second = srv.json(&["secrets", "create", &id]);
    let second = second["value"].as_str().unwrap().to_string();
    warm(&srv, &id, &first, None);

    // The expiration moved to now (the earliest it may move to is the secret's start).
    let now = rfc3339(Utc::now());
    let body = format!(r#"{{"expiration": "{now}"}}"#);
    srv.run(&[
        "api",
        "PATCH",
        &format!("/tenants/default/clients/{id}/secrets/{first_id}"),
        "-d",
        &body,
    ])
    .assert_code(0);
    refused(&srv, &id, &first);
    token_ok(&srv, &id, &second);
}

/// A secret whose window starts or ends `lead` from now, and the instant it does: created with
/// `--starts` (now + `lead`, or now + `lead` - 1 day for `--expires-in 1d`, the shortest life).
fn secret_changing_soon(
    srv: &DevServer,
    id: &str,
    lead: Duration,
    ends: bool,
) -> (String, DateTime<Utc>) {
    let at = Utc::now() + lead;
    let start = if ends { at - Duration::days(1) } else { at };
    let v = srv.json(&[
        "secrets",
        "create",
        id,
        "--starts",
        &rfc3339(start),
        "--expires-in",
        "1d",
    ]);
    let instant: DateTime<Utc> = v[if ends { "expiration" } else { "startTime" }]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    (v["value"].as_str().unwrap().to_string(), instant)
}

/// Waits until the clock is past `t` (and a little more, so the server's clock is too).
fn wait_past(t: DateTime<Utc>) {
    let until = t + Duration::milliseconds(50);
    while Utc::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The cache keeps rows, not verdicts: a secret accepted from the cache is refused once its
/// expiration passes, with nothing written in between. (The lead time grows when the machine was
/// too slow to use the secret before it ended; what is asserted does not depend on timing.)
#[test]
fn a_secret_that_expires_while_cached_is_refused_once_it_ends() {
    let srv = DevServer::start();
    let (id, first, _) = client(&srv, "cache-expire", &["api.read"]);
    for lead in [3, 15, 60] {
        let (value, expiration) = secret_changing_soon(&srv, &id, Duration::seconds(lead), true);
        // Accepted (and cached) while it is valid: the first use writes lastUsedAt, the second
        // and third are read from the cache.
        let uses: Vec<u16> = (0..3).map(|_| attempt(&srv, &id, &value, None).0).collect();
        if Utc::now() >= expiration {
            continue; // too slow to see it valid; try with a longer lead
        }
        assert_eq!(
            uses,
            [200, 200, 200],
            "the secret is valid until {expiration}"
        );
        token_ok(&srv, &id, &first); // nothing is written from here on
        wait_past(expiration);
        refused(&srv, &id, &value);
        token_ok(&srv, &id, &first);
        return;
    }
    panic!("never managed to use a secret before it ended, even with a minute's lead");
}

/// The other end of the window: refused while pending (from the cache too), accepted once it
/// starts, with nothing written in between.
#[test]
fn a_pending_secret_is_accepted_once_it_starts() {
    let srv = DevServer::start();
    let (id, first, _) = client(&srv, "cache-pending", &["api.read"]);
    for lead in [3, 15, 60] {
        let (value, start) = secret_changing_soon(&srv, &id, Duration::seconds(lead), false);
        warm(&srv, &id, &first, None);
        let early: Vec<u16> = (0..3).map(|_| attempt(&srv, &id, &value, None).0).collect();
        if Utc::now() >= start {
            continue;
        }
        assert_eq!(
            early,
            [401, 401, 401],
            "the secret is pending until {start}"
        );
        wait_past(start);
        token_ok(&srv, &id, &value);
        return;
    }
    panic!("never managed to try a secret before it started, even with a minute's lead");
}

#[test]
fn a_wrong_secret_is_refused_while_the_right_one_is_cached() {
    let srv = DevServer::start();
    let (id, secret, _) = client(&srv, "cache-wrong", &["api.read"]);
    let (other_id, other_secret, _) = client(&srv, "cache-wrong-other", &["api.read"]);
    warm(&srv, &id, &secret, None);
    warm(&srv, &other_id, &other_secret, None);
    let longer = format!("{secret}x");
    let shorter = &secret[..secret.len() - 1];
    let upper = secret.to_uppercase();
    for wrong in [
        longer.as_str(),
        shorter,
        upper.as_str(),
        other_secret.as_str(),
    ] {
        refused(&srv, &id, wrong);
    }
    refused(&srv, &other_id, &secret);
    // A confidential client without a secret.
    let (status, body) = http(
        &srv.base_url,
        "POST",
        "/oauth/token",
        &[],
        Some((
            "application/x-www-form-urlencoded",
            format!("grant_type=client_credentials&client_id={id}").as_bytes(),
        )),
    );
    assert_eq!(status, 401, "{body}");
    // And the right ones still work after all those failures.
    token_ok(&srv, &id, &secret);
    token_ok(&srv, &other_id, &other_secret);
}

// ---------- clients ----------

#[test]
fn a_client_update_applies_at_once() {
    let srv = DevServer::start();
    let (id, secret, _) = client(&srv, "cache-update", &["api.read", "api.write"]);
    assert_eq!(warm(&srv, &id, &secret, None), "api.read api.write");

    // Fewer scopes: the token has only what is left.
    srv.run(&["clients", "update", &id, "--scope", "api.read"])
        .assert_code(0);
    assert_eq!(
        attempt(&srv, &id, &secret, None),
        (200, String::new(), "api.read".into())
    );
    let (status, body) = srv.token(&id, &secret, true, "scope=api.write", None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_scope", "{body}");

    // No client_credentials grant any more: refused at once, and back again at once.
    warm(&srv, &id, &secret, None);
    srv.run(&[
        "clients",
        "update",
        &id,
        "--grant-type",
        "authorization_code",
        "--redirect-uri",
        "http://127.0.0.1/callback",
    ])
    .assert_code(0);
    let (status, error, _) = attempt(&srv, &id, &secret, None);
    assert_eq!((status, error.as_str()), (400, "unauthorized_client"));
    srv.run(&[
        "clients",
        "update",
        &id,
        "--grant-type",
        "client_credentials",
    ])
    .assert_code(0);
    warm(&srv, &id, &secret, None);
}

#[test]
fn a_deleted_client_is_refused_at_once_and_its_id_reused_has_only_its_new_secret() {
    let srv = DevServer::start();
    let (id, secret, _) = client(&srv, "cache-delete", &["api.read"]);
    warm(&srv, &id, &secret, None);
    srv.run(&["clients", "delete", &id, "--yes"]).assert_code(0);
    refused(&srv, &id, &secret);

    // The same ID again (a new client): the old secret stays refused, the new one works.
    let v = srv.json(&[
        "clients",
        "create",
        "--client-id",
        &id,
        "--name",
        "cache-delete-again",
        "--space",
        "default",
        "--scope",
        "api.read",
    ]);
    assert_eq!(v["client"]["clientId"], id.as_str());
    let new = v["secret"]["value"].as_str().unwrap().to_string();
    refused(&srv, &id, &secret);
    token_ok(&srv, &id, &new);
}

// ---------- authorizations and tenants ----------

/// A client of tenant `default` authorized by tenant `acme` for less than it asks; `globex` never
/// authorized it. Changing acme's authorization applies at once, in acme only.
#[test]
fn an_authorization_change_applies_at_once_and_only_in_its_tenant() {
    let srv = DevServer::builder()
        .args(&["--tenant", "acme", "--tenant", "globex"])
        .start();
    let (id, secret, _) = client(&srv, "cache-tenants", &["api.read", "api.write"]);
    srv.run_tenant("acme", &["authorize", &id, "--scope", "api.read", "--yes"])
        .assert_code(0);
    assert_eq!(warm(&srv, &id, &secret, None), "api.read api.write");
    assert_eq!(warm(&srv, &id, &secret, Some("acme")), "api.read");

    // Tenants that did not authorize it, or that do not exist, refuse it while it is cached.
    let (status, error, _) = attempt(&srv, &id, &secret, Some("globex"));
    assert_eq!((status, error.as_str()), (400, "unauthorized_client"));
    let (status, error, _) = attempt(&srv, &id, &secret, Some("initech"));
    assert_eq!((status, error.as_str()), (400, "invalid_request"));
    // The admin client of acme is no admin elsewhere.
    let (status, error, _) = attempt(&srv, &admin_client_id_of("acme"), ADMIN_SECRET, None);
    assert_eq!((status, error.as_str()), (400, "unauthorized_client"));

    // More scopes in acme, at once; nothing changes in default.
    srv.run_tenant(
        "acme",
        &[
            "authorize",
            &id,
            "--scope",
            "api.read",
            "--scope",
            "api.write",
            "--yes",
        ],
    )
    .assert_code(0);
    assert_eq!(
        attempt(&srv, &id, &secret, Some("acme")).2,
        "api.read api.write"
    );
    assert_eq!(warm(&srv, &id, &secret, Some("acme")), "api.read api.write");

    // acme revokes it: refused in acme at once, still fine in default.
    srv.run_tenant("acme", &["authorizations", "revoke", &id, "--yes"])
        .assert_code(0);
    let (status, error, _) = attempt(&srv, &id, &secret, Some("acme"));
    assert_eq!((status, error.as_str()), (400, "unauthorized_client"));
    assert_eq!(warm(&srv, &id, &secret, None), "api.read api.write");

    // And its own tenant's authorization too.
    srv.run(&["authorizations", "revoke", &id, "--yes"])
        .assert_code(0);
    let (status, error, _) = attempt(&srv, &id, &secret, None);
    assert_eq!((status, error.as_str()), (400, "unauthorized_client"));
}

// ---------- another process ----------

/// A change committed by another connection to the database file (here: the test, revoking a
/// secret and then deleting a client with SQL while the server runs) is seen by the next request.
#[test]
fn a_change_written_to_the_database_by_another_process_applies_at_once() {
    let srv = DevServer::start();
    let (id, first, first_id) = client(&srv, "cache-external", &["api.read"]);
    let second = srv.json(&["secrets", "create", &id]);
    let second = second["value"].as_str().unwrap().to_string();
    warm(&srv, &id, &first, None);
    warm(&srv, &id, &second, None);

    let db = rusqlite::Connection::open(srv.db.as_ref().unwrap()).expect("open the database");
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    let n = db
        .execute(
            "UPDATE secrets SET revoked_at = ?2 WHERE id = ?1",
            rusqlite::params![first_id, Utc::now().timestamp_millis()],
        )
        .unwrap();
    assert_eq!(n, 1);
    refused(&srv, &id, &first);
    token_ok(&srv, &id, &second);

    warm(&srv, &id, &second, None);
    db.execute(
        "DELETE FROM clients WHERE client_id = ?1",
        rusqlite::params![id],
    )
    .unwrap();
    refused(&srv, &id, &second);
}
