//! Issue 3, end to end, the rotation part: `secrets rotate` (overlap, --revoke-old, the rotate-twice
//! cases, --if-expiring-within, --output-file), bulk `--all` with an injected failure, the expiry
//! watch `secrets expiring` with its exit code, and "last used" at the token endpoint — with the
//! real binary against the real dev server. (The OS keyring part is not covered here.)

use crate::common;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use common::fault::{problem, Fault, Reply};
use common::*;
use serde_json::{json, Value};

const ADMIN_API: &str = "/api/adminapi2/v1/tenants/default";

fn time(v: &Value) -> DateTime<Utc> {
    v.as_str()
        .unwrap_or_else(|| panic!("not a time: {v}"))
        .parse()
        .unwrap_or_else(|e| panic!("not RFC 3339 ({e}): {v}"))
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// `secrets list ID -o json`.
fn secrets(srv: &DevServer, client_id: &str) -> Vec<Value> {
    srv.json(&["secrets", "list", client_id])
        .as_array()
        .expect("secrets list is an array")
        .clone()
}

fn secret_by_id(list: &[Value], id: &str) -> Value {
    list.iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no secret {id} in {list:#?}"))
        .clone()
}

/// A confidential client_credentials client; returns (client ID, secret value, secret ID).
fn client_with(srv: &DevServer, name: &str, extra: &[&str]) -> (String, String, String) {
    let mut args = vec!["clients", "create", "--name", name, "--scope", "api.read"];
    args.extend_from_slice(extra);
    let v = srv.json(&args);
    (
        v["client"]["clientId"].as_str().unwrap().to_string(),
        v["secret"]["value"].as_str().unwrap().to_string(),
        v["secret"]["id"].as_str().unwrap().to_string(),
    )
}

fn client(srv: &DevServer, name: &str) -> (String, String, String) {
    client_with(srv, name, &[])
}

#[track_caller]
fn token_ok(srv: &DevServer, id: &str, secret: &str) {
    let (status, body) = srv.token(id, secret, true, "", None);
    assert_eq!(status, 200, "the secret should work for {id}: {body}");
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

/// The value after `Client secret:` in the human output of a secret.
#[track_caller]
fn value_from_table(stdout: &str) -> String {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("Client secret:"))
        .unwrap_or_else(|| panic!("no `Client secret:` line in:\n{stdout}"))
        .trim()
        .to_string()
}

#[track_caller]
fn parse_json(out: &Out) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\n--- stderr\n{}",
            out.stdout, out.stderr
        )
    })
}

#[track_caller]
fn assert_between(t: DateTime<Utc>, lo: DateTime<Utc>, hi: DateTime<Utc>, what: &str) {
    assert!(
        lo <= t && t <= hi,
        "{what}: {t} is not between {lo} and {hi}"
    );
}

/// Calls the admin API directly (no CLI process), with a bearer token.
fn api(
    srv: &DevServer,
    token: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> (u16, Value) {
    let text = body.map(|b| b.to_string());
    let (status, resp) = http(
        &srv.base_url,
        method,
        &format!("{ADMIN_API}{path}"),
        &[format!("Authorization: Bearer {token}")],
        text.as_deref().map(|t| ("application/json", t.as_bytes())),
    );
    (status, serde_json::from_str(&resp).unwrap_or(Value::Null))
}

/// Creates a client and one secret that expires `days` from now through the admin API (fast,
/// for the bulk tests); returns (client ID, secret value, secret ID).
fn fast_client(srv: &DevServer, token: &str, name: &str, days: i64) -> (String, String, String) {
    let (status, c) = api(
        srv,
        token,
        "POST",
        "/clients/",
        Some(&json!({
            "clientName": name,
            "spaceId": "default",
            "allowedGrantTypes": ["client_credentials"],
            "allowedScopes": ["api.read"],
        })),
    );
    assert_eq!(status, 201, "create client {name}: {c}");
    let id = c["clientId"].as_str().unwrap().to_string();
    let now = Utc::now();
    let (status, s) = api(
        srv,
        token,
        "POST",
        &format!("/clients/{id}/secrets/"),
        Some(&json!({
            "startTime": rfc3339(now),
            "expiration": rfc3339(now + Duration::days(days)),
        })),
    );
    assert_eq!(status, 201, "create secret for {name}: {s}");
    (
        id,
        s["value"].as_str().unwrap().to_string(),
        s["id"].as_str().unwrap().to_string(),
    )
}

fn fast_secrets(srv: &DevServer, token: &str, client_id: &str) -> Vec<Value> {
    let (status, v) = api(
        srv,
        token,
        "GET",
        &format!("/clients/{client_id}/secrets"),
        None,
    );
    assert_eq!(status, 200, "list secrets of {client_id}: {v}");
    v.as_array().unwrap().clone()
}

/// Moves every secret of `client_id` two days into the past in the dev server's database
/// (`createdAt` and `startTime`): the product has no way to make a secret whose creation is older
/// than the 24 hours `--revoke-old` looks at, so the test edits the SQLite file (WAL mode, the
/// server keeps running).
fn backdate_secrets(srv: &DevServer, client_id: &str) {
    let db =
        rusqlite::Connection::open(srv.db.as_ref().unwrap()).expect("open the dev server database");
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    let two_days = 2 * 86_400_000i64;
    let n = db
        .execute(
            "UPDATE secrets SET created_at = created_at - ?2, start_time = MIN(start_time, created_at - ?2) WHERE client_id = ?1",
            rusqlite::params![client_id, two_days],
        )
        .expect("backdate");
    assert!(n > 0, "no secret of {client_id} to backdate");
}

// ---------- single rotation ----------

#[test]
fn rotate_with_the_default_overlap_keeps_the_old_secret_for_seven_days() {
    let srv = DevServer::start();
    let (id, old_value, old_id) = client(&srv, "rotate-default");
    // A second old secret that already ends sooner than the overlap: it must not be lengthened.
    let short = srv.json(&["secrets", "create", &id, "--expires-in", "2d"]);
    let short_id = short["id"].as_str().unwrap().to_string();
    let short_value = short["value"].as_str().unwrap().to_string();
    let before_list = secrets(&srv, &id);
    let short_exp_before = time(&secret_by_id(&before_list, &short_id)["expiration"]);
    let old_exp_before = time(&secret_by_id(&before_list, &old_id)["expiration"]);

    let before = Utc::now();
    let out = srv.run(&["-o", "json", "secrets", "rotate", &id]);
    let after = Utc::now();
    out.assert_code(0);
    let r = parse_json(&out);

    // {"secret": {…, "value"}, "retired": [{"id", "expiration"}], "revoked": [], "verified"}
    let keys: HashSet<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        HashSet::from(["secret", "retired", "revoked", "verified"]),
        "rotate JSON keys: {r:#}"
    );
    let new_id = r["secret"]["id"].as_str().expect("secret.id").to_string();
    let new_value = r["secret"]["value"]
        .as_str()
        .expect("secret.value")
        .to_string();
    assert!(new_value.len() >= 32, "{new_value}");
    assert_ne!(new_value, old_value);
    assert_eq!(r["secret"]["clientId"], id.as_str());
    assert_eq!(r["secret"]["status"], "active");
    // The new secret lives six months by default.
    let new_exp = time(&r["secret"]["expiration"]);
    assert_between(
        new_exp,
        before + Duration::days(180),
        after + Duration::days(185),
        "new secret expiration",
    );
    assert_eq!(r["revoked"], json!([]));
    let retired = r["retired"].as_array().unwrap();
    assert_eq!(
        retired.len(),
        1,
        "only the 6-month secret is shortened: {r:#}"
    );
    let ret = retired[0].as_object().unwrap();
    assert_eq!(
        ret.keys().map(String::as_str).collect::<HashSet<_>>(),
        HashSet::from(["id", "expiration"])
    );
    assert_eq!(retired[0]["id"], old_id.as_str());
    let retired_exp = time(&retired[0]["expiration"]);
    assert_between(
        retired_exp,
        before + Duration::days(7) - Duration::seconds(1),
        after + Duration::days(7),
        "retired expiration",
    );

    // The token endpoint: new, old and the short one all work.
    token_ok(&srv, &id, &new_value);
    token_ok(&srv, &id, &old_value);
    token_ok(&srv, &id, &short_value);

    // `secrets list`: the old one now ends at ~now+7d, the 2-day one is unchanged.
    let list = secrets(&srv, &id);
    assert_eq!(list.len(), 3, "{list:#?}");
    let old = secret_by_id(&list, &old_id);
    assert_eq!(time(&old["expiration"]), retired_exp);
    assert!(time(&old["expiration"]) < old_exp_before);
    assert_eq!(old["status"], "expiring");
    assert!(old["revokedAt"].is_null());
    let short = secret_by_id(&list, &short_id);
    assert_eq!(
        time(&short["expiration"]),
        short_exp_before,
        "a secret ending before the overlap must not be lengthened"
    );
    let new = secret_by_id(&list, &new_id);
    assert_eq!(time(&new["expiration"]), new_exp);
    assert!(new.get("value").is_none(), "list never shows a value");
}

#[test]
fn rotate_human_output_prints_the_value_and_the_retired_secrets() {
    let srv = DevServer::start();
    let (id, old_value, old_id) = client(&srv, "rotate-human");
    let out = srv.run(&["secrets", "rotate", &id]);
    out.assert_code(0);
    let value = value_from_table(&out.stdout);
    token_ok(&srv, &id, &value);
    token_ok(&srv, &id, &old_value);
    out.assert_stderr(&format!("old secret {old_id} now expires"))
        .assert_stderr("shown only this once");
    assert!(
        !out.stdout.contains("old secret"),
        "status lines belong on stderr:\n{}",
        out.stdout
    );
}

/// A YAML text as JSON-like tree (every scalar a string), read with oauthctl's own YAML reader.
fn yaml_tree(text: &str) -> Value {
    use oauthctl::commands::declare::file::{parse_tree, Node};
    fn canon(n: &Node) -> Value {
        match n {
            Node::Map(entries, _) => Value::Object(
                entries
                    .iter()
                    .map(|(k, _, v)| (k.clone(), canon(v)))
                    .collect(),
            ),
            Node::Seq(items, _) => items.iter().map(canon).collect(),
            Node::Scalar(s, _, _) => Value::String(s.clone()),
        }
    }
    canon(
        &parse_tree(text)
            .unwrap_or_else(|e| panic!("not YAML ({e:?}):\n{text}"))
            .expect("a document"),
    )
}

#[test]
fn rotate_with_o_yaml_prints_one_yaml_document_single_and_bulk() {
    let srv = DevServer::start();
    let (id, _, old_id) = client(&srv, "rotate-yaml");
    let out = srv.run(&["-o", "yaml", "secrets", "rotate", &id]);
    out.assert_code(0);
    let v = yaml_tree(&out.stdout);
    let value = v["secret"]["value"]
        .as_str()
        .expect("secret.value")
        .to_string();
    token_ok(&srv, &id, &value);
    assert_eq!(v["retired"][0]["id"], old_id.as_str(), "{}", out.stdout);
    assert!(v["revoked"].is_array(), "{}", out.stdout);
    assert!(
        !out.stdout.trim_start().starts_with('{'),
        "YAML, not JSON:\n{}",
        out.stdout
    );

    // --all: a YAML list, one element per client, each with its new value and what was retired.
    let (id2, _, _) = client(&srv, "rotate-yaml-2");
    let out = srv.run(&[
        "-o",
        "yaml",
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "3650d",
    ]);
    out.assert_code(0);
    let list = yaml_tree(&out.stdout);
    let items = list
        .as_array()
        .unwrap_or_else(|| panic!("a list:\n{}", out.stdout));
    for want in [&id, &id2] {
        let item = items
            .iter()
            .find(|i| i["clientId"] == want.as_str())
            .unwrap_or_else(|| panic!("{want} in:\n{}", out.stdout));
        let value = item["secret"]["value"].as_str().expect("secret.value");
        token_ok(&srv, want, value);
        assert!(item["retired"].is_array(), "{item}");
    }
}

#[test]
fn rotate_with_a_short_overlap_old_secret_stops_working_after_it() {
    let srv = DevServer::start();
    let (id, old_value, old_id) = client(&srv, "rotate-short-overlap");
    let r = srv.json(&["secrets", "rotate", &id, "--overlap", "2s"]);
    let new_value = r["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(r["retired"][0]["id"], old_id.as_str());
    // Right after the rotation both work.
    token_ok(&srv, &id, &old_value);
    token_ok(&srv, &id, &new_value);
    std::thread::sleep(std::time::Duration::from_millis(3_000));
    // After the overlap only the new one does.
    token_refused(&srv, &id, &old_value);
    token_ok(&srv, &id, &new_value);
    let list = secrets(&srv, &id);
    assert_eq!(secret_by_id(&list, &old_id)["status"], "expired");
}

#[test]
fn revoke_old_keeps_secrets_made_in_the_last_day_so_rotating_twice_is_safe() {
    let srv = DevServer::start();
    let (id, first_value, first_id) = client(&srv, "rotate-revoke-twice");

    // Run 1: the client's only secret was created a moment ago, so it is kept, not revoked.
    let r1 = srv.json(&["secrets", "rotate", &id, "--revoke-old"]);
    assert_eq!(r1["revoked"], json!([]), "{r1:#}");
    assert_eq!(r1["retired"], json!([]), "{r1:#}");
    assert_eq!(r1["kept"], json!([first_id]), "{r1:#}");
    let a_value = r1["secret"]["value"].as_str().unwrap().to_string();
    let a_id = r1["secret"]["id"].as_str().unwrap().to_string();
    token_ok(&srv, &id, &a_value);
    token_ok(&srv, &id, &first_value);

    // Run 2 (a retry, in table mode): the secret run 1 just made is never revoked.
    let out = srv.run(&["secrets", "rotate", &id, "--revoke-old"]);
    out.assert_code(0);
    let b_value = value_from_table(&out.stdout);
    out.assert_stderr(&format!("kept secret {a_id}"))
        .assert_stderr(&format!("kept secret {first_id}"));
    assert!(!out.stderr.contains("revoked old secret"), "{}", out.stderr);

    // The first run's new secret still works, and so does everything else.
    token_ok(&srv, &id, &a_value);
    token_ok(&srv, &id, &b_value);
    token_ok(&srv, &id, &first_value);
    let list = secrets(&srv, &id);
    assert_eq!(list.len(), 3, "{list:#?}");
    assert!(
        list.iter().all(|s| s["revokedAt"].is_null()),
        "nothing revoked: {list:#?}"
    );
}

#[test]
fn revoke_old_revokes_secrets_older_than_a_day_at_once() {
    let srv = DevServer::start();
    let (id, first_value, first_id) = client(&srv, "rotate-revoke-old");
    let starts = rfc3339(Utc::now() - Duration::days(2));
    let second = srv.json(&[
        "secrets",
        "create",
        &id,
        "--starts",
        &starts,
        "--expires-in",
        "30d",
    ]);
    let second_id = second["id"].as_str().unwrap().to_string();
    let second_value = second["value"].as_str().unwrap().to_string();
    token_ok(&srv, &id, &second_value);
    // Both were created (createdAt) just now: make them two days old in the database.
    backdate_secrets(&srv, &id);

    let r1 = srv.json(&["secrets", "rotate", &id, "--revoke-old"]);
    let mut revoked: Vec<String> = r1["revoked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    revoked.sort();
    let mut expected = vec![first_id.clone(), second_id.clone()];
    expected.sort();
    assert_eq!(revoked, expected, "{r1:#}");
    assert!(r1.get("kept").is_none(), "nothing kept: {r1:#}");
    assert_eq!(r1["retired"], json!([]));
    let a_value = r1["secret"]["value"].as_str().unwrap().to_string();
    let a_id = r1["secret"]["id"].as_str().unwrap().to_string();

    // At once: the old ones are refused, the new one works.
    token_refused(&srv, &id, &first_value);
    token_refused(&srv, &id, &second_value);
    token_ok(&srv, &id, &a_value);
    let list = secrets(&srv, &id);
    assert_eq!(secret_by_id(&list, &first_id)["status"], "revoked");
    assert_eq!(secret_by_id(&list, &second_id)["status"], "revoked");

    // Run 2: the secret run 1 made is less than a day old: kept, still working.
    let r2 = srv.json(&["secrets", "rotate", &id, "--revoke-old"]);
    assert_eq!(r2["revoked"], json!([]), "{r2:#}");
    assert_eq!(r2["kept"], json!([a_id]), "{r2:#}");
    let b_value = r2["secret"]["value"].as_str().unwrap().to_string();
    token_ok(&srv, &id, &a_value);
    token_ok(&srv, &id, &b_value);
}

#[test]
fn rotate_twice_with_if_expiring_within_skips_the_second_run() {
    let srv = DevServer::start();
    let (id, old_value, old_id) =
        client_with(&srv, "rotate-if-expiring", &["--secret-expires-in", "10d"]);

    let r1 = srv.json(&["secrets", "rotate", &id, "--if-expiring-within", "30d"]);
    assert!(r1.get("skipped").is_none(), "{r1:#}");
    let new_id = r1["secret"]["id"].as_str().unwrap().to_string();
    let new_value = r1["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(r1["retired"][0]["id"], old_id.as_str());
    let after_first = secrets(&srv, &id);
    assert_eq!(after_first.len(), 2);

    // The same command again: the newest secret now ends in six months, so nothing happens.
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "rotate",
        &id,
        "--if-expiring-within",
        "30d",
    ]);
    out.assert_code(0);
    let r2 = parse_json(&out);
    assert!(r2["secret"].is_null(), "{r2:#}");
    let skipped = r2["skipped"].as_str().expect("skipped reason");
    assert!(
        skipped.contains(&new_id),
        "the reason names the newest secret: {skipped}"
    );
    assert_eq!(r2["retired"], json!([]));
    assert_eq!(r2["revoked"], json!([]));
    assert!(
        !out.stderr.contains("shown only this once"),
        "no value, no warning: {}",
        out.stderr
    );

    let after_second = secrets(&srv, &id);
    assert_eq!(after_second, after_first, "the skipped run changed nothing");
    token_ok(&srv, &id, &old_value);
    token_ok(&srv, &id, &new_value);

    // In table mode the skip is said on stderr, and stdout stays empty.
    let out = srv.run(&["secrets", "rotate", &id, "--if-expiring-within", "30d"]);
    out.assert_code(0).assert_stderr("not rotated");
    assert_eq!(out.stdout.trim(), "", "nothing on stdout: {}", out.stdout);
    assert_eq!(secrets(&srv, &id).len(), 2);
}

#[test]
fn revoke_old_with_force_revokes_even_secrets_made_in_the_last_day() {
    let srv = DevServer::start();
    let (id, first_value, first_id) = client(&srv, "rotate-incident");
    // A rotation made a moment ago (a double run, or the leaked value itself).
    let r1 = srv.json(&["secrets", "rotate", &id, "--revoke-old"]);
    let a_id = r1["secret"]["id"].as_str().unwrap().to_string();
    let a_value = r1["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(r1["kept"], json!([first_id]), "{r1:#}");

    // Incident: everything old goes now, however young; the new value works.
    let r2 = srv.json(&["secrets", "rotate", &id, "--revoke-old", "--force"]);
    let mut revoked: Vec<String> = r2["revoked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    revoked.sort();
    let mut expected = vec![first_id.clone(), a_id.clone()];
    expected.sort();
    assert_eq!(revoked, expected, "{r2:#}");
    assert!(r2.get("kept").is_none(), "{r2:#}");
    let b_value = r2["secret"]["value"].as_str().unwrap().to_string();
    token_refused(&srv, &id, &first_value);
    token_refused(&srv, &id, &a_value);
    token_ok(&srv, &id, &b_value);

    // --force alone is a usage error: it only widens --revoke-old.
    srv.run(&["secrets", "rotate", &id, "--force"])
        .assert_code(2)
        .assert_stderr("--revoke-old");
    // The 24-hour rule is in --help, and so is the way around it.
    let help = srv.run(&["secrets", "rotate", "--help"]);
    help.assert_code(0)
        .assert_stdout("24 hours")
        .assert_stdout("--force");
    assert!(
        !help.stdout.contains("revoked at once with --revoke-old"),
        "{}",
        help.stdout
    );
}

// ---------- --output-file ----------

#[cfg(unix)]
#[test]
fn output_file_is_0600_and_holds_the_new_value() {
    use std::os::unix::fs::PermissionsExt;
    let srv = DevServer::start();
    let (id, old_value, _) = client(&srv, "rotate-output-file");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new-secret.txt");
    let r = srv.json(&[
        "secrets",
        "rotate",
        &id,
        "--output-file",
        path.to_str().unwrap(),
    ]);
    let value = r["secret"]["value"].as_str().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.trim_end(), value);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("new-secret.txt")],
        "no stray file"
    );
    token_ok(&srv, &id, value);
    token_ok(&srv, &id, &old_value);
    // The old secrets were retired only after the file was written.
    assert_eq!(r["retired"].as_array().unwrap().len(), 1);
}

/// `clients create` and `secrets create` take `--output-file` like `secrets rotate`: mode 0600,
/// the value is printed all the same, and a value that reaches only the file is delivered.
#[cfg(unix)]
#[test]
fn output_file_on_clients_create_and_secrets_create() {
    use std::os::unix::fs::PermissionsExt;
    use std::process::Stdio;
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // clients create: the first secret, printed and in the file.
    let path = dir.path().join("client.secret");
    let out = srv.run(&[
        "clients",
        "create",
        "--name",
        "file-client",
        "--output-file",
        path.to_str().unwrap(),
    ]);
    out.assert_code(0)
        .assert_stderr("wrote the secret value to")
        .assert_stderr("oauthctl token --client-id");
    let printed = value_from_table(&out.stdout);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{printed}\n")
    );
    assert_eq!(mode(&path), 0o600);
    let id = srv
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clientName"] == "file-client")
        .unwrap()["clientId"]
        .as_str()
        .unwrap()
        .to_string();
    token_ok(&srv, &id, &printed);

    // secrets create, with stdout going nowhere: the file alone is a delivery.
    let path2 = dir.path().join("second.secret");
    let o = srv
        .cmd()
        .args([
            "secrets",
            "create",
            &id,
            "--output-file",
            path2.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .output()
        .unwrap();
    let o = Out::from(o);
    o.assert_code(0).assert_stderr("wrote the secret value to");
    let value = std::fs::read_to_string(&path2)
        .unwrap()
        .trim_end()
        .to_string();
    assert_eq!(mode(&path2), 0o600);
    token_ok(&srv, &id, &value);

    // Several spaces: one line CLIENT_ID=VALUE each.
    srv.run(&["spaces", "create", "eu"]).assert_code(0);
    let lines = dir.path().join("many.secrets");
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "multi",
        "--space",
        "default",
        "--space",
        "eu",
        "--output-file",
        lines.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&lines).unwrap();
    assert_eq!(mode(&lines), 0o600);
    for c in v.as_array().unwrap() {
        let line = format!(
            "{}={}",
            c["client"]["clientId"].as_str().unwrap(),
            c["secret"]["value"].as_str().unwrap()
        );
        assert!(text.lines().any(|l| l == line), "{line} not in {text}");
    }

    // A public client has no secret to write: refused before anything is sent.
    srv.run(&[
        "clients",
        "create",
        "--name",
        "file-public",
        "--space",
        "default",
        "--public",
        "--redirect-uri",
        "https://app.example.com/cb",
        "--output-file",
        dir.path().join("p").to_str().unwrap(),
    ])
    .assert_code(2)
    .assert_stderr("public client has no secret");
    assert!(!srv
        .json(&["clients", "list"])
        .to_string()
        .contains("file-public"));
}

/// An `--output-file` that cannot be written is found before anything is changed (issue 17):
/// exit 2, no client, no secret, and no copy of a value left anywhere.
#[test]
fn unwritable_output_file_is_refused_before_any_change() {
    use std::process::Stdio;
    let srv = DevServer::start();
    let dir = tempfile::tempdir().unwrap();
    let a_dir = dir.path().join("a-directory");
    std::fs::create_dir(&a_dir).unwrap();
    std::fs::write(a_dir.join("keep"), "x").unwrap();
    let a_file = dir.path().join("a-file");
    std::fs::write(&a_file, "x").unwrap();
    let below = a_file.join("secret.txt");
    let (id, old_value, _) = client(&srv, "unwritable");
    let second = srv.json(&["secrets", "create", &id, "--expires-in", "90d"]);
    let second_value = second["value"].as_str().unwrap().to_string();
    let before = secrets(&srv, &id);
    for bad in [a_dir.to_str().unwrap(), below.to_str().unwrap()] {
        srv.run(&[
            "clients",
            "create",
            "--name",
            "bad-file",
            "--output-file",
            bad,
        ])
        .assert_code(2)
        .assert_stderr("--output-file")
        .assert_stderr("nothing was changed");
        assert!(!srv
            .json(&["clients", "list"])
            .to_string()
            .contains("bad-file"));
        for json_mode in [false, true] {
            for cmd in ["create", "rotate"] {
                let mut args = vec![];
                if json_mode {
                    args.extend(["-o", "json"]);
                }
                args.extend(["secrets", cmd, id.as_str(), "--output-file", bad]);
                let out = srv.run(&args);
                out.assert_code(2)
                    .assert_stderr(bad)
                    .assert_stderr("nothing was changed");
                assert_eq!(out.stdout, "", "no value was made");
            }
        }
        // stdout /dev/null with a file asked for: refused all the same.
        let o = Out::from(
            srv.cmd()
                .args(["secrets", "create", &id, "--output-file", bad])
                .stdout(Stdio::null())
                .output()
                .unwrap(),
        );
        o.assert_code(2).assert_stderr("nothing was changed");
    }
    assert_eq!(secrets(&srv, &id), before, "nothing changed");
    token_ok(&srv, &id, &old_value);
    token_ok(&srv, &id, &second_value);
    // No temporary file is left behind.
    let mut left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    left.sort();
    assert_eq!(left, ["a-directory", "a-file"]);
}

// ---------- bulk ----------

/// A fault server in front of the dev server that answers 500 to every POST whose path
/// contains `fail_path`, and forwards everything else to it. Returns its base URL.
fn failing_proxy(upstream: &str, fail_path: String) -> String {
    let upstream = upstream.to_string();
    let proxy = Fault::start(move |r, _| {
        Some(if r.method == "POST" && r.path.contains(&fail_path) {
            problem(500, "failure injected by the test proxy")
        } else {
            Reply::proxy(&upstream)
        })
    });
    // It serves until the test binary exits.
    proxy.base_url
}

#[test]
fn bulk_rotation_of_200_clients_with_one_injected_failure() {
    const DUE: usize = 180;
    const NOT_DUE: usize = 20;
    let srv = DevServer::start();
    let token = srv.admin_token("default");
    let mut due = HashMap::new(); // client ID → (old value, old secret ID)
    let mut not_due = HashMap::new();
    for i in 0..DUE {
        let (id, v, s) = fast_client(&srv, &token, &format!("bulk-due-{i:03}"), 10);
        due.insert(id, (v, s));
    }
    for i in 0..NOT_DUE {
        let (id, v, s) = fast_client(&srv, &token, &format!("bulk-later-{i:03}"), 180);
        not_due.insert(id, (v, s));
    }
    // One client made with the CLI flag, due too.
    let (cli_id, cli_v, cli_s) = client_with(&srv, "bulk-cli-due", &["--secret-expires-in", "10d"]);
    due.insert(cli_id, (cli_v, cli_s));
    // A public client: filtered out, never in the results.
    let public = srv.json(&[
        "clients",
        "create",
        "--name",
        "bulk-public",
        "--public",
        "--redirect-uri",
        "http://127.0.0.1/cb",
    ]);
    let public_id = public["client"]["clientId"].as_str().unwrap().to_string();
    // The admin client is made due too (its secret shortened to 10 days): it must still be left out.
    let admin_secrets = fast_secrets(&srv, &token, "oauthctl-admin");
    assert_eq!(admin_secrets.len(), 1);
    let admin_secret_id = admin_secrets[0]["id"].as_str().unwrap().to_string();
    let (status, v) = api(
        &srv,
        &token,
        "PATCH",
        &format!("/clients/oauthctl-admin/secrets/{admin_secret_id}"),
        Some(&json!({"expiration": rfc3339(Utc::now() + Duration::days(10))})),
    );
    assert_eq!(status, 200, "shorten the admin secret: {v}");

    // The injected failure: creating a secret for this due client answers 500.
    let victim = due.keys().min().unwrap().clone();
    let proxy = failing_proxy(&srv.base_url, format!("/clients/{victim}/secrets"));
    let dir = tempfile::tempdir().unwrap();
    let lines_file = dir.path().join("rotated.env");

    let before = Utc::now();
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_BASE_URL", &proxy)
            // The proxy's metadata names the real server as issuer, which oauthctl refuses
            // (RFC 8414 §3.3): authenticate with a ready token instead.
            .env("OAUTHCTL_TOKEN", &token)
            .args([
                "-o",
                "json",
                "secrets",
                "rotate",
                "--all",
                "--if-expiring-within",
                "30d",
                "--concurrency",
                "8",
                "--output-file",
                lines_file.to_str().unwrap(),
            ])
            .output()
            .unwrap(),
    );
    let after = Utc::now();
    assert_eq!(out.code, 1, "a partial failure exits 1:\n{}", out.stderr);
    let results = parse_json(&out);
    let results = results.as_array().expect("a JSON array");
    assert_eq!(
        results.len(),
        DUE + 1 + NOT_DUE,
        "one result per confidential client (not the admin, not the public one)"
    );
    let mut by_id: HashMap<String, &Value> = HashMap::new();
    for r in results {
        let id = r["clientId"].as_str().expect("clientId").to_string();
        assert!(r["clientName"].is_string(), "{r:#}");
        assert!(by_id.insert(id.clone(), r).is_none(), "{id} listed twice");
    }
    assert!(
        !by_id.contains_key("oauthctl-admin"),
        "the admin client is not rotated"
    );
    assert!(
        !by_id.contains_key(&public_id),
        "public clients are left out"
    );
    let admin_after = fast_secrets(&srv, &token, "oauthctl-admin");
    assert_eq!(
        admin_after.len(),
        1,
        "the admin client got no new secret: {admin_after:#?}"
    );

    // The failed one: listed, with the error, and its old secret untouched.
    let failed = by_id[&victim];
    assert_eq!(failed["status"], "failed", "{failed:#}");
    let error = failed["error"].as_str().expect("the failure's error");
    assert!(
        error.contains("failure injected by the test proxy"),
        "the server's message is passed on: {error}"
    );
    assert!(failed["secret"].is_null(), "no secret was made: {failed:#}");
    let victim_secrets = fast_secrets(&srv, &token, &victim);
    assert_eq!(victim_secrets.len(), 1, "{victim_secrets:#?}");
    token_ok(&srv, &victim, &due[&victim].0);
    // stderr: the summary, then the error as one JSON line.
    let mut stderr = out.stderr.lines();
    assert_eq!(
        stderr.next(),
        Some(format!("{DUE} rotated, {NOT_DUE} skipped, 1 failed").as_str()),
        "{}",
        out.stderr
    );
    let err: Value = serde_json::from_str(stderr.next().unwrap_or("")).unwrap_or(Value::Null);
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains(&victim),
        "the error names the failed client:\n{}",
        out.stderr
    );

    // Every other due client is rotated, its new secret works and none is lost.
    let file_text = std::fs::read_to_string(&lines_file).unwrap();
    let file: HashMap<&str, &str> = file_text
        .lines()
        .map(|l| l.split_once('=').expect("CLIENT_ID=VALUE"))
        .collect();
    assert_eq!(file.len(), DUE, "one line per rotated client:\n{file_text}");
    for (id, (old_value, old_secret)) in &due {
        if *id == victim {
            continue;
        }
        let r = by_id[id];
        assert_eq!(r["status"], "rotated", "{r:#}");
        let value = r["secret"]["value"].as_str().expect("value in the output");
        let new_id = r["secret"]["id"].as_str().unwrap();
        assert_eq!(
            file.get(id.as_str()),
            Some(&value),
            "the file line for {id}"
        );
        assert_eq!(r["retired"][0]["id"], old_secret.as_str(), "{r:#}");
        assert_between(
            time(&r["retired"][0]["expiration"]),
            before + Duration::days(7) - Duration::seconds(1),
            after + Duration::days(7),
            "retired expiration",
        );
        token_ok(&srv, id, value);
        token_ok(&srv, id, old_value);
        // No new secret exists that is not in the output.
        let list = fast_secrets(&srv, &token, id);
        let ids: HashSet<&str> = list.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(ids, HashSet::from([old_secret.as_str(), new_id]), "{id}");
    }
    for id in not_due.keys() {
        let r = by_id[id];
        assert_eq!(r["status"], "skipped", "{r:#}");
        assert!(r["secret"].is_null(), "{r:#}");
        assert!(r["skipped"].is_string(), "{r:#}");
        assert_eq!(fast_secrets(&srv, &token, id).len(), 1);
        assert!(!file.contains_key(id.as_str()));
    }
}

#[test]
fn bulk_rotation_text_output_is_one_line_per_client_and_a_summary_on_stderr() {
    let srv = DevServer::start();
    let token = srv.admin_token("default");
    let mut due = HashSet::new();
    let mut not_due = HashSet::new();
    for i in 0..3 {
        due.insert(fast_client(&srv, &token, &format!("text-due-{i}"), 10).0);
    }
    for i in 0..2 {
        not_due.insert(fast_client(&srv, &token, &format!("text-later-{i}"), 180).0);
    }
    let out = srv.run(&["secrets", "rotate", "--all", "--if-expiring-within", "30d"]);
    out.assert_code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "one line per client:\n{}", out.stdout);
    let mut seen = HashSet::new();
    for l in &lines {
        let f: Vec<&str> = l.split('\t').collect();
        let id = f[1].to_string();
        assert!(seen.insert(id.clone()), "{id} twice");
        if due.contains(&id) {
            assert_eq!(f[0], "rotated", "{l}");
            assert_eq!(f.len(), 6, "{l}");
            assert!(f[3].starts_with("secret "), "{l}");
            assert!(f[4].starts_with("expires "), "{l}");
            token_ok(&srv, &id, f[5]);
        } else {
            assert!(not_due.contains(&id), "unexpected client in {l}");
            assert_eq!(f[0], "skipped", "{l}");
        }
    }
    // Not a terminal: no header, no progress bar, but always the summary.
    assert_eq!(
        out.stderr, "3 rotated, 2 skipped, 0 failed\n",
        "stderr when not a terminal"
    );
}

// ---------- the expiry watch ----------

#[test]
fn expiring_lists_the_due_secrets_as_a_table_and_as_json() {
    let srv = DevServer::start();
    let (due_id, _, due_secret) = client_with(&srv, "watch-due", &["--secret-expires-in", "10d"]);
    let (later_id, _, _) = client(&srv, "watch-later");
    // A client with a due secret and a newer one: listed, but not as its newest.
    let (both_id, _, both_old) = client_with(&srv, "watch-both", &["--secret-expires-in", "20d"]);
    srv.json(&["secrets", "create", &both_id]);

    // By default only each client's newest secret counts: watch-both's old one is retiring.
    let v = srv.json(&["secrets", "expiring", "--within", "30d"]);
    let items = v.as_array().expect("a JSON array");
    assert_eq!(items.len(), 1, "{v:#}");
    assert_eq!(items[0]["clientId"], due_id.as_str());
    assert!(!v.to_string().contains(&both_old), "{v:#}");

    let v = srv.json(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--include-retiring",
    ]);
    let items = v.as_array().expect("a JSON array");
    assert_eq!(items.len(), 2, "{v:#}");
    for it in items {
        let keys: HashSet<&str> = it.as_object().unwrap().keys().map(String::as_str).collect();
        for k in [
            "clientId",
            "clientName",
            "secretId",
            "expiration",
            "status",
            "newest",
        ] {
            assert!(keys.contains(k), "{k} missing in {it:#}");
        }
    }
    // Sorted by expiration: the 10-day one first.
    assert_eq!(items[0]["clientId"], due_id.as_str());
    assert_eq!(items[0]["clientName"], "watch-due");
    assert_eq!(items[0]["secretId"], due_secret.as_str());
    assert_eq!(items[0]["status"], "expiring");
    assert_eq!(items[0]["newest"], true);
    let exp = time(&items[0]["expiration"]);
    assert_between(
        exp,
        Utc::now() + Duration::days(9),
        Utc::now() + Duration::days(10),
        "expiration",
    );
    assert_eq!(items[1]["clientId"], both_id.as_str());
    assert_eq!(items[1]["secretId"], both_old.as_str());
    assert_eq!(items[1]["newest"], false);
    assert!(!v.to_string().contains(&later_id));
    assert!(!v.to_string().contains("oauthctl-admin"));

    // A narrower window leaves the 20-day one out.
    let v = srv.json(&[
        "secrets",
        "expiring",
        "--within",
        "15d",
        "--include-retiring",
    ]);
    assert_eq!(v.as_array().unwrap().len(), 1, "{v:#}");

    // Every column with -o wide (the compact table names the client, see tests/tables.rs).
    let out = srv.run(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--include-retiring",
        "-o",
        "wide",
    ]);
    out.assert_code(0);
    let header = out.stdout.lines().next().unwrap_or("");
    for h in [
        "CLIENT ID",
        "NAME",
        "SECRET ID",
        "EXPIRES",
        "STATUS",
        "NEWEST",
    ] {
        assert!(header.contains(h), "{h} missing in the header: {header}");
    }
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
    out.assert_stdout(&due_secret).assert_stdout(&both_old);
    assert!(!out.stdout.contains(&later_id), "{}", out.stdout);
}

#[test]
fn expiring_exit_code_is_7_when_anything_is_found_and_0_when_nothing() {
    let srv = DevServer::start();
    // Nothing due on a fresh server (the admin secret lives three years).
    let out = srv.run(&["secrets", "expiring", "--within", "1d", "--exit-code"]);
    out.assert_code(0)
        .assert_stderr("no secret expires within 1d");
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--exit-code",
    ]);
    out.assert_code(0);
    assert_eq!(parse_json(&out), json!([]));

    let (id, _, sid) = client_with(&srv, "exit-code-due", &["--secret-expires-in", "10d"]);
    let out = srv.run(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--exit-code",
        "-o",
        "wide",
    ]);
    // Exit 7 is the answer that was asked for, not an error (like `diff --exit-code`'s 8).
    out.assert_code(7)
        .assert_stdout(&sid)
        .assert_stderr("1 secret(s) expire within 30d or have expired")
        .assert_stderr("rotate them with `oauthctl secrets rotate --all");
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
    let out = srv.run(&[
        "-o",
        "json",
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--exit-code",
    ]);
    out.assert_code(7);
    let v = parse_json(&out);
    assert_eq!(
        v[0]["clientId"],
        id.as_str(),
        "the list is still printed: {v:#}"
    );
    assert_eq!(out.stderr, "", "no JSON error document for an answer");
    // Without --exit-code, finding secrets is a success.
    srv.run(&["secrets", "expiring", "--within", "30d"])
        .assert_code(0);
    // A window that does not reach the 10-day secret: nothing found, exit 0.
    srv.run(&["secrets", "expiring", "--within", "1d", "--exit-code"])
        .assert_code(0);
}

#[test]
fn expiring_lists_a_client_whose_newest_secret_has_expired() {
    let srv = DevServer::start();
    let (id, _, first) = client(&srv, "watch-expired");
    srv.run(&["secrets", "revoke", &id, &first, "--yes", "--force"])
        .assert_code(0);
    let expired = srv.json(&[
        "secrets",
        "create",
        &id,
        "--starts",
        "2020-01-01",
        "--expires-in",
        "1mo",
    ]);
    let expired_id = expired["id"].as_str().unwrap().to_string();
    // A client with an old expired secret but a live newer one is not listed.
    let (ok_id, _, _) = client(&srv, "watch-has-newer");
    srv.json(&[
        "secrets",
        "create",
        &ok_id,
        "--starts",
        "2020-01-01",
        "--expires-in",
        "1mo",
    ]);

    for within in ["1d", "30d"] {
        let v = srv.json(&["secrets", "expiring", "--within", within]);
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), 1, "--within {within}: {v:#}");
        assert_eq!(items[0]["clientId"], id.as_str());
        assert_eq!(items[0]["secretId"], expired_id.as_str());
        assert_eq!(items[0]["status"], "expired");
        assert_eq!(items[0]["newest"], true);
        assert_eq!(
            time(&items[0]["expiration"]),
            time(&json!("2020-02-01T00:00:00Z"))
        );
    }
    srv.run(&[
        "secrets",
        "expiring",
        "--within",
        "1d",
        "--exit-code",
        "-o",
        "wide",
    ])
    .assert_code(7)
    .assert_stdout(&expired_id);
}

#[test]
fn expiring_exit_code_is_green_after_a_normal_rotation() {
    let srv = DevServer::start();
    let (id, _, old_id) = client_with(&srv, "watch-rotated", &["--secret-expires-in", "20d"]);
    srv.run(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--exit-code",
        "-o",
        "wide",
    ])
    .assert_code(7)
    .assert_stdout(&old_id);
    // The hint's rotation: a new six-month secret, the old one retiring within 7 days.
    srv.json(&["secrets", "rotate", "--all", "--if-expiring-within", "30d"]);
    let list = secrets(&srv, &id);
    assert_eq!(list.len(), 2, "{list:#?}");
    assert_eq!(secret_by_id(&list, &old_id)["status"], "expiring");

    // The watch is green again: the retiring secret is not an alarm...
    let out = srv.run(&["secrets", "expiring", "--within", "30d", "--exit-code"]);
    out.assert_code(0)
        .assert_stderr("no secret expires within 30d")
        .assert_stderr("--include-retiring");
    assert!(!out.stdout.contains(&old_id), "{}", out.stdout);
    let v = srv.json(&["secrets", "expiring", "--within", "30d"]);
    assert_eq!(v, json!([]));
    // ...and it is listed (and alarms) when asked for.
    let out = srv.run(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--include-retiring",
        "--exit-code",
        "-o",
        "wide",
    ]);
    out.assert_code(7).assert_stdout(&old_id);
    let v = srv.json(&[
        "secrets",
        "expiring",
        "--within",
        "30d",
        "--include-retiring",
    ]);
    assert_eq!(v[0]["secretId"], old_id.as_str(), "{v:#}");
    assert_eq!(v[0]["newest"], false, "{v:#}");
}

// ---------- last used ----------

#[test]
fn last_used_is_set_by_token_requests_and_shows_the_old_secret_is_idle() {
    let srv = DevServer::start();
    let (id, value, sid) = client(&srv, "last-used");
    let s = secret_by_id(&secrets(&srv, &id), &sid);
    assert!(s["lastUsedAt"].is_null(), "never used yet: {s:#}");
    let out = srv.run(&["secrets", "list", &id, "-o", "wide"]);
    out.assert_code(0);
    assert!(
        out.stdout.contains("LAST USED") && out.stdout.contains("never"),
        "{}",
        out.stdout
    );

    let before = Utc::now() - Duration::milliseconds(5);
    token_ok(&srv, &id, &value);
    let after = Utc::now() + Duration::milliseconds(5);
    let s = secret_by_id(&secrets(&srv, &id), &sid);
    let used = time(&s["lastUsedAt"]);
    assert_between(used, before, after, "lastUsedAt");

    // After a rotation, only the new secret is used: the old one's time does not move. (The
    // check before retiring would use the new secret: --no-verify.)
    let r = srv.json(&["secrets", "rotate", &id, "--no-verify"]);
    let new_id = r["secret"]["id"].as_str().unwrap().to_string();
    let new_value = r["secret"]["value"].as_str().unwrap().to_string();
    let list = secrets(&srv, &id);
    assert!(secret_by_id(&list, &new_id)["lastUsedAt"].is_null());
    token_ok(&srv, &id, &new_value);
    let list = secrets(&srv, &id);
    assert!(
        secret_by_id(&list, &new_id)["lastUsedAt"].is_string(),
        "{list:#?}"
    );
    assert_eq!(time(&secret_by_id(&list, &sid)["lastUsedAt"]), used);
    // A refused request does not count as a use.
    let (status, _) = srv.token(&id, "not-the-secret", true, "", None);
    assert_eq!(status, 401);
    assert_eq!(
        time(&secret_by_id(&secrets(&srv, &id), &sid)["lastUsedAt"]),
        used
    );
}

// ---------- scope of a run ----------

#[test]
fn bulk_rotation_and_the_watch_with_space_only_look_at_that_space() {
    let srv = DevServer::start();
    srv.run(&["spaces", "create", "eu"]).assert_code(0);
    let (eu_id, _, eu_secret) = client_with(
        &srv,
        "space-eu-due",
        &["--space", "eu", "--secret-expires-in", "10d"],
    );
    let (default_id, _, default_secret) = client_with(
        &srv,
        "space-default-due",
        &["--space", "default", "--secret-expires-in", "10d"],
    );

    let v = srv.json(&["secrets", "expiring", "--within", "30d", "--space", "eu"]);
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 1, "{v:#}");
    assert_eq!(items[0]["secretId"], eu_secret.as_str());

    let v = srv.json(&[
        "secrets",
        "rotate",
        "--all",
        "--space",
        "eu",
        "--if-expiring-within",
        "30d",
    ]);
    let results = v.as_array().unwrap();
    assert_eq!(results.len(), 1, "{v:#}");
    assert_eq!(results[0]["clientId"], eu_id.as_str());
    assert_eq!(results[0]["status"], "rotated");
    token_ok(
        &srv,
        &eu_id,
        results[0]["secret"]["value"].as_str().unwrap(),
    );
    // The other space's due client is untouched.
    let list = secrets(&srv, &default_id);
    assert_eq!(list.len(), 1, "{list:#?}");
    assert_eq!(list[0]["id"], default_secret.as_str());
}

#[test]
fn rotating_an_unknown_client_is_not_found_and_creates_nothing() {
    let srv = DevServer::start();
    let out = srv.run(&["secrets", "rotate", "no-such-client"]);
    out.assert_code(4);
    assert_eq!(out.stdout, "", "nothing on stdout");
    // --all without --if-expiring-within is a usage error, before any request.
    let out = srv.run(&["secrets", "rotate", "--all"]);
    out.assert_code(2);
}

// ---------- --dry-run ----------

#[test]
fn bulk_rotation_dry_run_sends_nothing_and_succeeds() {
    let srv = DevServer::start();
    let (id, _) = srv.client("app", &[]);
    let before = srv.json(&["secrets", "list", &id]);
    let out = srv.run(&[
        "--dry-run",
        "secrets",
        "rotate",
        "--all",
        "--if-expiring-within",
        "5y",
    ]);
    out.assert_code(0).assert_stdout("POST");
    assert_eq!(srv.json(&["secrets", "list", &id]), before);
}

#[test]
fn bulk_rotation_dry_run_lists_every_due_client_and_the_ones_it_would_skip() {
    let srv = DevServer::start();
    let (due1, _, _) = client_with(&srv, "dry-due-1", &["--secret-expires-in", "10d"]);
    let (due2, _, _) = client_with(&srv, "dry-due-2", &["--secret-expires-in", "10d"]);
    let (later, _, _) = client_with(&srv, "dry-later", &["--secret-expires-in", "300d"]);
    let before: Vec<Value> = [&due1, &due2, &later]
        .iter()
        .map(|id| srv.json(&["secrets", "list", id]))
        .collect();
    let args = ["secrets", "rotate", "--all", "--if-expiring-within", "30d"];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rotated.env");
    let mut human = vec!["--dry-run"];
    human.extend_from_slice(&args);
    human.extend_from_slice(&["--output-file", file.to_str().unwrap()]);
    let out = srv.run(&human);
    out.assert_code(0)
        .assert_stderr("dry run: 2 would be rotated, 1 skipped, 0 failed; nothing was sent");
    assert!(!file.exists(), "a dry run writes no --output-file");
    for id in [&due1, &due2] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with(&format!("planned\t{id}\t"))
                    && l.contains(&format!("POST {}", srv.base_url.trim_end_matches('/')))
                    && l.contains(&format!("/clients/{id}/secrets"))),
            "{id} planned:\n{}",
            out.stdout
        );
    }
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with(&format!("skipped\t{later}\t"))),
        "{}",
        out.stdout
    );

    let mut json = vec!["--dry-run", "-o", "json"];
    json.extend_from_slice(&args);
    let out = srv.run(&json);
    out.assert_code(0);
    let v = parse_json(&out);
    let items = v.as_array().expect("a JSON array");
    assert_eq!(items.len(), 3, "{v:#}");
    for item in items {
        let id = item["clientId"].as_str().unwrap();
        if id == later {
            assert_eq!(item["status"], "skipped", "{item:#}");
        } else {
            assert_eq!(item["status"], "planned", "{item:#}");
            assert_eq!(item["dryRun"]["method"], "POST", "{item:#}");
            assert!(
                item.get("secret").is_none(),
                "no secret in a plan: {item:#}"
            );
        }
    }
    let after: Vec<Value> = [&due1, &due2, &later]
        .iter()
        .map(|id| srv.json(&["secrets", "list", id]))
        .collect();
    assert_eq!(before, after, "--dry-run changed a secret");
}
