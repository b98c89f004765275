//! Issue 13, end to end against the dev server: `diff` (+/~/-, --exit-code 8/0, -o json),
//! `apply` with and without --prune (secrets delivered, never the admin or built-in clients
//! deleted, a second run does nothing), `export` and the round trip (also to a second server),
//! secret policies, authorizations, bad input naming the line, and a failure halfway with its
//! re-run.

use crate::common;

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::Stdio;

use common::*;
use serde_json::Value;

fn write(srv: &DevServer, name: &str, text: &str) -> PathBuf {
    let p = srv.home.path().join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(srv: &DevServer, args: &[&str]) -> Out {
    srv.run(args)
}

fn run_stdin(srv: &DevServer, args: &[&str], input: &str) -> Out {
    common::run_with_stdin(srv.cmd().args(args), input)
}

#[track_caller]
fn json(out: &Out) -> Value {
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\n{}", out.stdout, out.stderr))
}

/// Client names of the tenant, without the built-in ones.
fn names(srv: &DevServer) -> BTreeSet<String> {
    srv.json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientName"].as_str().unwrap().to_string())
        .filter(|n| !n.starts_with("oauthctl-"))
        .collect()
}

fn client_by_name(srv: &DevServer, name: &str) -> Value {
    srv.json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clientName"] == name)
        .unwrap_or_else(|| panic!("no client {name}"))
        .clone()
}

const FILE: &str = "\
clients:
  - clientName: billing-sync
    displayName: Billing sync
    allowedScopes: [api.read, api.write]
  - clientName: web-app
    requireClientSecret: false
    redirectUris: [https://app.example.com/cb]
    allowedScopes: [openid]
";

#[test]
fn diff_shows_the_plan_and_exits_8_only_with_something_to_do() {
    let srv = DevServer::start();
    let (legacy, _) = srv.client("legacy-job", &["api.read"]);
    let f = write(&srv, "clients.yaml", FILE);
    let f = f.to_str().unwrap();

    let out = run(&srv, &["diff", "-f", f]);
    out.assert_code(0)
        .assert_stdout("+ client billing-sync")
        .assert_stdout("+ client web-app")
        .assert_stdout("displayName:")
        .assert_stderr("2 to create, 0 to change, 0 to delete");
    assert!(!out.stdout.contains("legacy-job"), "no prune, no delete");
    // Exit 8 is the result that was asked for, not an error (issue 18 item 5).
    let out = run(&srv, &["diff", "-f", f, "--exit-code"]);
    out.assert_code(8)
        .assert_stderr("2 to create, 0 to change")
        .assert_stderr("carry it out with `oauthctl apply -f");
    assert!(!out.stderr.contains("error:"), "{}", out.stderr);
    let out = run(&srv, &["diff", "-f", f, "--prune"]);
    out.assert_stdout(&format!("- client legacy-job ({legacy})"));
    assert!(!out.stdout.contains("oauthctl-admin") && !out.stdout.contains("oauthctl-cli"));

    // -o json: the plan as data.
    let plan = json(&run(&srv, &["-o", "json", "diff", "-f", f, "--prune"]));
    assert_eq!(plan["create"].as_array().unwrap().len(), 2);
    assert_eq!(plan["create"][0]["clientName"], "billing-sync");
    assert_eq!(plan["create"][0]["fields"]["allowedScopes"][1], "api.write");
    assert_eq!(plan["delete"][0]["clientId"], legacy.as_str());
    assert_eq!(plan["update"], Value::Array(vec![]));
    assert_eq!(
        names(&srv),
        BTreeSet::from(["legacy-job".to_string()]),
        "diff changes nothing"
    );

    run(&srv, &["apply", "-f", f, "--yes"]).assert_code(0);
    run(&srv, &["diff", "-f", f, "--exit-code"])
        .assert_code(0)
        .assert_stderr("no changes");

    // A change: each field with its old and new value.
    let changed = FILE.replace("Billing sync", "Billing");
    let f2 = write(&srv, "changed.yaml", &changed);
    let out = run(&srv, &["diff", "-f", f2.to_str().unwrap()]);
    out.assert_code(0)
        .assert_stdout("~ client billing-sync (")
        .assert_stdout("displayName: \"Billing sync\" → \"Billing\"");
    let plan = json(&run(
        &srv,
        &["-o", "json", "diff", "-f", f2.to_str().unwrap()],
    ));
    assert_eq!(
        plan["update"][0]["changes"][0],
        serde_json::json!({"field": "displayName", "old": "Billing sync", "new": "Billing"})
    );
    assert_eq!(plan["unchanged"].as_array().unwrap().len(), 1);
}

#[test]
fn apply_creates_delivers_each_secret_and_a_second_run_does_nothing() {
    let srv = DevServer::start();
    let f = write(&srv, "clients.yaml", FILE);
    let f = f.to_str().unwrap();
    let secrets_file = srv.home.path().join("new-secrets.env");

    // Without a terminal, --yes is needed; nothing is done without it.
    run(&srv, &["apply", "-f", f])
        .assert_code(2)
        .assert_stderr("--yes");
    assert!(names(&srv).is_empty());

    let out = run(
        &srv,
        &[
            "-o",
            "json",
            "apply",
            "-f",
            f,
            "--yes",
            "--output-file",
            secrets_file.to_str().unwrap(),
        ],
    );
    out.assert_code(0);
    let v = json(&out);
    let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["created", "updated", "deleted", "unchanged"])
    );
    let created = v["created"].as_array().unwrap();
    assert_eq!(created.len(), 2);
    let billing = created
        .iter()
        .find(|c| c["client"]["clientName"] == "billing-sync")
        .unwrap();
    let web = created
        .iter()
        .find(|c| c["client"]["clientName"] == "web-app")
        .unwrap();
    assert_eq!(web["secret"], Value::Null, "a public client has no secret");
    assert_eq!(web["client"]["requireClientSecret"], false);
    let id = billing["client"]["clientId"].as_str().unwrap();
    let value = billing["secret"]["value"].as_str().unwrap();
    assert_eq!(billing["client"]["displayName"], "Billing sync");
    // The secret works, and the file got it too.
    let (status, body) = srv.token(id, value, true, "", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        std::fs::read_to_string(&secrets_file).unwrap(),
        format!("{id}={value}\n")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secrets_file)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Twice: nothing to do, nothing rotated.
    let v = json(&run(&srv, &["-o", "json", "apply", "-f", f, "--yes"]));
    assert_eq!(v["created"], Value::Array(vec![]));
    assert_eq!(v["updated"], Value::Array(vec![]));
    assert_eq!(v["unchanged"].as_array().unwrap().len(), 2);
    assert_eq!(
        srv.json(&["secrets", "list", id]).as_array().unwrap().len(),
        1
    );

    // -o yaml: the same document as YAML, streamed.
    let out = run(&srv, &["-o", "yaml", "apply", "-f", f, "--yes"]);
    out.assert_code(0);
    assert!(
        out.stdout
            .starts_with("created: []\nupdated: []\ndeleted: []\nunchanged:\n  - "),
        "{}",
        out.stdout
    );
    let out = run(&srv, &["-o", "yaml", "clients", "show", id]);
    out.assert_code(0)
        .assert_stdout("clientName: billing-sync\n");

    // Table output: one line per thing done, the secret value on stdout.
    let f3 = write(
        &srv,
        "three.yaml",
        &format!("{FILE}  - clientName: third\n"),
    );
    let out = run(&srv, &["apply", "-f", f3.to_str().unwrap(), "--yes"]);
    out.assert_code(0)
        .assert_stderr("applied: 1 created, 0 updated, 0 deleted, 2 unchanged");
    let line = out.stdout.lines().next().unwrap();
    let cells: Vec<&str> = line.split('\t').collect();
    assert_eq!(cells[0], "created");
    assert_eq!(cells[2], "third");
    assert!(cells[5].starts_with("ocs_"), "{line}");
}

#[test]
fn prune_deletes_only_what_the_file_does_not_list_never_the_admin_or_built_in_clients() {
    let srv = DevServer::start();
    let (legacy, _) = srv.client("legacy-job", &["api.read"]);
    let (kept, _) = srv.client("kept", &["api.read"]);
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: kept\n    displayName: Kept\n",
    );
    let v = json(&run(
        &srv,
        &[
            "-o",
            "json",
            "apply",
            "-f",
            f.to_str().unwrap(),
            "--prune",
            "--yes",
        ],
    ));
    assert_eq!(v["deleted"], serde_json::json!([legacy]));
    assert_eq!(v["updated"][0]["client"]["clientId"], kept.as_str());
    assert_eq!(v["updated"][0]["client"]["displayName"], "Kept");
    assert_eq!(v["updated"][0]["changes"][0]["field"], "displayName");
    let all: BTreeSet<String> = srv
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["clientId"].as_str().unwrap().to_string())
        .collect();
    assert!(
        all.contains("oauthctl-admin") && all.contains("oauthctl-cli"),
        "{all:?}"
    );
    assert_eq!(names(&srv), BTreeSet::from(["kept".to_string()]));

    // The acting admin is kept even when it is an ordinary client.
    let (ci_id, ci_secret) = srv.client("ci-admin", &["oauthctl.admin"]);
    let out = Out::from(
        srv.cmd()
            .env("OAUTHCTL_CLIENT_ID", &ci_id)
            .env("OAUTHCTL_CLIENT_SECRET", &ci_secret)
            .args(["apply", "-f", f.to_str().unwrap(), "--prune", "--yes"])
            .output()
            .unwrap(),
    );
    out.assert_code(0)
        .assert_stderr(&format!("kept {ci_id}: the admin client oauthctl acts as"));
    assert!(names(&srv).contains("ci-admin"));
}

#[test]
fn export_round_trips_and_moves_clients_to_another_server() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    srv.run(&["spaces", "create", "eu"]).assert_code(0);
    srv.run(&[
        "clients",
        "create",
        "--name",
        "app \"one\": yes",
        "--space",
        "eu",
        "--scope",
        "api.read",
        "--offline-access",
        "--grant-type",
        "client_credentials",
        "--grant-type",
        "refresh_token",
    ])
    .assert_code(0);
    srv.run(&[
        "clients",
        "create",
        "--name",
        "web",
        "--space",
        "default",
        "--public",
        "--redirect-uri",
        "https://app.example.com/cb",
        "--scope",
        "openid",
        "--display-name",
        "true",
    ])
    .assert_code(0);
    let (id, _) = srv.client("billing", &["api.read", "api.write"]);
    // Narrowed in its own tenant: declared.
    srv.run(&["authorize", &id, "--scope", "api.read", "--yes"])
        .assert_code(0);

    let out = run(&srv, &["export"]);
    out.assert_code(0);
    let yaml = out.stdout.clone();
    assert!(
        yaml.starts_with("# oauthctl export of tenant default"),
        "{yaml}"
    );
    assert!(!yaml.contains("ocs_") && !yaml.contains("createdAt") && !yaml.contains("tenantId"));
    assert!(!yaml.contains("clientId: oauthctl-") && !yaml.contains("clientName: oauthctl-"));
    // The narrowed grant of an own client is written under it, by name (issue 18).
    assert!(yaml.contains("authorizedScopes:"), "{yaml}");
    assert!(!yaml.contains(&id), "{yaml}");
    let f = write(&srv, "export.yaml", &yaml);
    run(
        &srv,
        &["diff", "-f", f.to_str().unwrap(), "--prune", "--exit-code"],
    )
    .assert_code(0)
    .assert_stderr("no changes");

    // JSON too, through stdin.
    let out = run(&srv, &["-o", "json", "export"]);
    out.assert_code(0);
    let doc = json(&out);
    assert_eq!(doc["clients"].as_array().unwrap().len(), 3);
    let f = write(&srv, "export.json", &out.stdout);
    run(&srv, &["diff", "-f", f.to_str().unwrap(), "--exit-code"]).assert_code(0);

    // To a fresh server: the same clients (new secrets, delivered), the same export.
    let other = DevServer::start();
    other.run(&["spaces", "create", "eu"]).assert_code(0);
    // Authorizations name client IDs of the first server: move the clients alone.
    let mut only = doc.clone();
    only.as_object_mut().unwrap().remove("authorizations");
    let clients_only = serde_json::to_string_pretty(&only).unwrap();
    let out = run_stdin(
        &other,
        &["-o", "json", "apply", "-f", "-", "--yes"],
        &clients_only,
    );
    out.assert_code(0);
    let v = json(&out);
    assert_eq!(v["created"].as_array().unwrap().len(), 3);
    for c in v["created"].as_array().unwrap() {
        if c["client"]["requireClientSecret"] == true {
            let (status, _) = other.token(
                c["client"]["clientId"].as_str().unwrap(),
                c["secret"]["value"].as_str().unwrap(),
                true,
                "",
                None,
            );
            assert_eq!(status, 200);
        }
    }
    let again = run(&other, &["export"]);
    let strip = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with('#'))
            .take_while(|l| !l.starts_with("authorizations:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&again.stdout), strip(&yaml));
    let c = client_by_name(&other, "app \"one\": yes");
    assert_eq!(c["spaceId"], "eu");
    assert_eq!(c["allowOfflineAccess"], true);

    // --space: entries leave spaceId out, and apply --space puts them back there.
    let out = run(&srv, &["export", "--space", "eu"]);
    out.assert_code(0);
    assert!(!out.stdout.contains("spaceId"), "{}", out.stdout);
    let f = write(&srv, "eu.yaml", &out.stdout);
    run(
        &srv,
        &[
            "diff",
            "-f",
            f.to_str().unwrap(),
            "--space",
            "eu",
            "--prune",
            "--exit-code",
        ],
    )
    .assert_code(0);
}

#[test]
fn authorizations_in_the_file() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    let (app, _) = srv.client("partner-app", &["api.read", "api.write", "email"]);
    let file =
        format!("clients: []\nauthorizations:\n  - clientId: {app}\n    scopes: [api.read]\n");
    let out = Out::from(
        srv.cmd_tenant("acme")
            .args(["diff", "-f", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                c.stdin.take().unwrap().write_all(file.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap(),
    );
    out.assert_code(0)
        .assert_stdout(&format!("+ authorization {app}: [api.read]"));
    let f = srv.home.path().join("auth.yaml");
    std::fs::write(&f, &file).unwrap();
    let f = f.to_str().unwrap();
    let v = srv.json_tenant("acme", &["apply", "-f", f, "--yes"]);
    assert_eq!(v["authorizations"][0]["clientId"], app.as_str());
    assert_eq!(
        srv.json_tenant("acme", &["authorizations", "show", &app])["scopes"],
        serde_json::json!(["api.read"])
    );
    let out = srv.run_tenant("acme", &["diff", "-f", f, "--exit-code"]);
    out.assert_code(0);
    // Exported, and pruned when left out.
    let out = srv.run_tenant("acme", &["export"]);
    assert!(
        out.stdout.contains(&format!("clientId: {app}")),
        "{}",
        out.stdout
    );
    let empty = srv.home.path().join("none.yaml");
    std::fs::write(&empty, "clients: []\nauthorizations: []\n").unwrap();
    let v = srv.json_tenant(
        "acme",
        &["apply", "-f", empty.to_str().unwrap(), "--prune", "--yes"],
    );
    assert_eq!(v["authorizations"][0]["action"], "delete");
    srv.run_tenant("acme", &["authorizations", "show", &app])
        .assert_code(4);
}

#[test]
fn a_secret_policy_rotates_the_due_clients_with_an_overlap() {
    let srv = DevServer::start();
    let out = srv.json(&[
        "clients",
        "create",
        "--name",
        "due",
        "--space",
        "default",
        "--secret-expires-in",
        "10d",
    ]);
    let due = out["client"]["clientId"].as_str().unwrap().to_string();
    let old = out["secret"]["value"].as_str().unwrap().to_string();
    let out = srv.json(&[
        "clients",
        "create",
        "--name",
        "fresh",
        "--space",
        "default",
        "--secret-expires-in",
        "1y",
    ]);
    let fresh = out["client"]["clientId"].as_str().unwrap().to_string();
    let policy = "    secret: {expiresIn: 6mo, rotateWithin: 30d}\n";
    let file = format!("clients:\n  - clientName: due\n{policy}  - clientName: fresh\n{policy}  - clientName: new\n{policy}");
    let f = write(&srv, "p.yaml", &file);
    let f = f.to_str().unwrap();

    let out = run(&srv, &["diff", "-f", f]);
    out.assert_code(0)
        .assert_stdout(&format!("~ client due ({due})"))
        .assert_stdout("secret: rotate: its newest secret")
        .assert_stdout("+ client new");
    assert!(!out.stdout.contains("fresh"), "{}", out.stdout);

    let v = json(&run(&srv, &["-o", "json", "apply", "-f", f, "--yes"]));
    assert_eq!(v["unchanged"], serde_json::json!([fresh]));
    let up = &v["updated"][0];
    assert_eq!(up["client"]["clientId"], due.as_str());
    assert_eq!(up["changes"][0]["field"], "secret");
    let new_value = up["secret"]["value"].as_str().unwrap();
    let exp: chrono::DateTime<chrono::Utc> = up["secret"]["expiration"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        exp > chrono::Utc::now() + chrono::Duration::days(170),
        "6mo: {exp}"
    );
    // The overlap: old and new both work.
    assert_eq!(srv.token(&due, new_value, true, "", None).0, 200);
    assert_eq!(srv.token(&due, &old, true, "", None).0, 200);
    // The new client's first secret has the policy's lifetime.
    let created = &v["created"][0];
    let exp: chrono::DateTime<chrono::Utc> = created["secret"]["expiration"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(exp > chrono::Utc::now() + chrono::Duration::days(170));
    // Not due any more.
    run(&srv, &["diff", "-f", f, "--exit-code"]).assert_code(0);
}

#[test]
fn bad_input_names_the_line_and_changes_nothing() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    let f = write(
        &srv,
        "bad.yaml",
        "clients:\n  - clientName: a\n    colour: red\n  - clientName: b\n    allowedScopes: api.read\n",
    );
    let out = run(&srv, &["apply", "-f", f.to_str().unwrap(), "--yes"]);
    out.assert_code(2)
        .assert_stderr("bad.yaml:3: unknown field \"colour\"")
        .assert_stderr("bad.yaml:5: allowedScopes: expected a list");
    let f = write(
        &srv,
        "bad.json",
        "{\"clients\": [\n  {\"clientName\": \"a\",}\n]}\n",
    );
    run(&srv, &["diff", "-f", f.to_str().unwrap()])
        .assert_code(2)
        .assert_stderr("bad.json:2: not valid JSON");
    // A scope the tenant does not have is refused by the server before anything is created?
    // No: that is a server-side check; see the halfway test. Here: a file-level clash.
    let f = write(
        &srv,
        "dup.yaml",
        "clients:\n  - clientName: a\n  - clientName: a\n",
    );
    run(&srv, &["apply", "-f", f.to_str().unwrap(), "--yes"])
        .assert_code(2)
        .assert_stderr("dup.yaml:3: clientName \"a\" is listed twice");
    run(&srv, &["diff", "-f", "/nonexistent/x.yaml"])
        .assert_code(2)
        .assert_stderr("cannot read the file");
    // The server's state is read (its problems are reported with the file's), never changed.
    for write in ["POST /api", "PATCH /api", "PUT /api", "DELETE /api"] {
        assert!(
            !srv.log().contains(write),
            "nothing was sent: {}",
            srv.log()
        );
    }
    assert!(names(&srv).is_empty());
}

#[test]
fn a_failure_halfway_says_what_was_not_done_and_a_rerun_finishes_without_duplicates() {
    let srv = DevServer::builder().args(&["--tenant", "acme"]).start();
    // The middle client pins an ID that another tenant's client has: only the server knows.
    srv.run_tenant(
        "acme",
        &[
            "clients",
            "create",
            "--name",
            "x",
            "--client-id",
            "taken-id",
        ],
    )
    .assert_code(0);
    let file = "clients:\n  - clientName: one\n  - clientName: two\n    clientId: taken-id\n  - clientName: three\n";
    let f = write(&srv, "half.yaml", file);
    let out = run(
        &srv,
        &[
            "-o",
            "json",
            "apply",
            "-f",
            f.to_str().unwrap(),
            "--yes",
            "--concurrency",
            "1",
        ],
    );
    assert_ne!(out.code, 0, "{out:?}");
    let v = json(&out);
    let created: Vec<&str> = v["created"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["client"]["clientName"].as_str().unwrap())
        .collect();
    assert_eq!(created, ["one"]);
    assert!(v["created"][0]["secret"]["value"]
        .as_str()
        .unwrap()
        .starts_with("ocs_"));
    let err: Value = serde_json::from_str(&out.stderr).unwrap();
    let msg = err["error"]["message"].as_str().unwrap();
    assert!(msg.contains("apply stopped: create two failed"), "{msg}");
    assert!(msg.contains("not done: create three"), "{msg}");
    assert!(msg.contains("1 created"), "{msg}");
    assert_eq!(names(&srv), BTreeSet::from(["one".to_string()]));

    // Fixed and run again: finishes, and `one` is not created twice.
    let f = write(&srv, "half.yaml", &file.replace("taken-id", "free-id"));
    let v = json(&run(
        &srv,
        &["-o", "json", "apply", "-f", f.to_str().unwrap(), "--yes"],
    ));
    let created: BTreeSet<&str> = v["created"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["client"]["clientName"].as_str().unwrap())
        .collect();
    assert_eq!(created, BTreeSet::from(["two", "three"]));
    assert_eq!(v["unchanged"].as_array().unwrap().len(), 1);
    let all = srv.json(&["clients", "list"]);
    assert_eq!(
        all.as_array()
            .unwrap()
            .iter()
            .filter(|c| c["clientName"] == "one")
            .count(),
        1
    );
}

#[test]
fn a_prod_profile_needs_a_confirmation() {
    let srv = DevServer::start();
    srv.home
        .command()
        .args([
            "profiles",
            "add",
            "prod",
            "--base-url",
            &srv.base_url,
            "--tenant",
            "default",
            "--client-id",
            "oauthctl-admin",
            "--server-type",
            "prod",
        ])
        .output()
        .unwrap();
    let f = write(&srv, "c.yaml", FILE);
    let mut c = srv.home.command();
    c.env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET);
    let out = Out::from(
        c.args(["--profile", "prod", "apply", "-f", f.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    out.assert_code(2).assert_stderr("prod server");
    assert!(names(&srv).is_empty());
    // diff and export change nothing: no confirmation.
    let mut c = srv.home.command();
    c.env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET);
    Out::from(
        c.args(["--profile", "prod", "diff", "-f", f.to_str().unwrap()])
            .output()
            .unwrap(),
    )
    .assert_code(0);
}

// ---------- a third-party kind: node-oidc-provider through RFC 7591/7592 ----------

mod rfc7592 {
    use super::*;
    use common::thirdparty::{client_credentials, OidcProvider};

    /// The binary pointed at node-oidc-provider as an `rfc7592` kind, in `home`.
    fn run(o: &OidcProvider, home: &Home, args: &[&str], stdin: Option<&str>) -> Out {
        let mut c = home.command();
        c.env("OAUTHCTL_API", "rfc7592")
            .env("OAUTHCTL_BASE_URL", &o.issuer)
            .env("OAUTHCTL_TOKEN", &o.initial_access_token)
            .args(args);
        match stdin {
            None => Out::from(c.output().unwrap()),
            Some(input) => {
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap();
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(input.as_bytes())
                    .unwrap();
                Out::from(child.wait_with_output().unwrap())
            }
        }
    }

    const FILE: &str = "\
clients:
  - clientName: svc-a
    allowedGrantTypes: [client_credentials]
    allowedScopes: [api.read]
  - clientName: svc-b
    allowedGrantTypes: [client_credentials]
    allowedScopes: [api.read, api.write]
";

    // Managing several RFC 7592 clients needs their registration access tokens, which oauthctl
    // keeps in the OS keyring: these run where tests/run.sh provides a Secret Service.
    #[test]
    fn diff_apply_prune_export_and_round_trip_against_node_oidc_provider() {
        common::require(common::Part::Keyring);
        let o = OidcProvider::shared();
        let home = Home::new();
        let f = home.path().join("c.yaml");
        std::fs::write(&f, FILE).unwrap();
        let f = f.to_str().unwrap();

        // Fields RFC 7591 cannot hold are refused with their line, before any request.
        let out = run(
            &o,
            &home,
            &["diff", "-f", "-"],
            Some("clients:\n  - clientName: x\n    spaceId: default\n    displayName: X\n"),
        );
        out.assert_code(2)
            .assert_stderr("stdin:3: spaceId: the rfc7592 admin API has no spaces")
            .assert_stderr("stdin:4: displayName: the rfc7592 admin API cannot store this field");

        run(&o, &home, &["diff", "-f", f], None)
            .assert_code(0)
            .assert_stdout("+ client svc-a")
            .assert_stdout("+ client svc-b");
        run(&o, &home, &["diff", "-f", f, "--exit-code"], None).assert_code(8);

        let out = run(&o, &home, &["-o", "json", "apply", "-f", f, "--yes"], None);
        out.assert_code(0);
        let v = json(&out);
        let created = v["created"].as_array().unwrap();
        assert_eq!(created.len(), 2);
        let mut ids = std::collections::HashMap::new();
        for c in created {
            let id = c["client"]["clientId"].as_str().unwrap().to_string();
            let secret = c["secret"]["value"].as_str().unwrap();
            let (status, body) = client_credentials(&o.token_endpoint(), &id, secret, "api.read");
            assert_eq!(status, 200, "{body}");
            ids.insert(c["client"]["clientName"].as_str().unwrap().to_string(), id);
        }

        // Twice: nothing to do.
        run(&o, &home, &["diff", "-f", f, "--exit-code"], None)
            .assert_code(0)
            .assert_stderr("no changes");
        let v = json(&run(
            &o,
            &home,
            &["-o", "json", "apply", "-f", f, "--yes"],
            None,
        ));
        assert_eq!(v["unchanged"].as_array().unwrap().len(), 2);

        // A change goes through RFC 7592's whole-record PUT; a new secret that comes with it is
        // delivered like any other.
        let changed = FILE.replace("[api.read, api.write]", "[api.write]");
        let out = run(
            &o,
            &home,
            &["-o", "json", "apply", "-f", "-", "--yes"],
            Some(&changed),
        );
        out.assert_code(0);
        let v = json(&out);
        let up = &v["updated"][0];
        assert_eq!(up["client"]["clientName"], "svc-b");
        assert_eq!(
            up["client"]["allowedScopes"],
            serde_json::json!(["api.write"])
        );
        if let Some(secret) = up["secret"]["value"].as_str() {
            let (status, body) =
                client_credentials(&o.token_endpoint(), &ids["svc-b"], secret, "api.write");
            assert_eq!(status, 200, "{body}");
        }

        // Export: the same format; a fresh export changes nothing.
        let out = run(&o, &home, &["export"], None);
        out.assert_code(0);
        assert!(out.stdout.contains("clientName: svc-a"), "{}", out.stdout);
        assert!(!out.stdout.contains("spaceId") && !out.stdout.contains("allowRememberConsent"));
        run(
            &o,
            &home,
            &["diff", "-f", "-", "--prune", "--exit-code"],
            Some(&out.stdout),
        )
        .assert_code(0);

        // --prune deletes what the file does not list.
        let only_a = "clients:\n  - clientName: svc-a\n    allowedGrantTypes: [client_credentials]\n    allowedScopes: [api.read]\n";
        let v = json(&run(
            &o,
            &home,
            &["-o", "json", "apply", "-f", "-", "--prune", "--yes"],
            Some(only_a),
        ));
        assert_eq!(v["deleted"], serde_json::json!([ids["svc-b"]]));
        run(
            &o,
            &home,
            &["diff", "-f", "-", "--prune", "--exit-code"],
            Some(only_a),
        )
        .assert_code(0);
    }

    #[test]
    fn a_secret_policy_on_a_one_secret_server_needs_replace() {
        common::require(common::Part::Keyring);
        // Every secret expires 10 days after it was issued: within a 30-day window.
        let o = OidcProvider::start_with_secret_ttl(10 * 86_400);
        let home = Home::new();
        let file = "clients:\n  - clientName: svc\n    allowedGrantTypes: [client_credentials]\n    allowedScopes: [api.read]\n    secret: {rotateWithin: 30d}\n";
        let v = json(&run(
            &o,
            &home,
            &["-o", "json", "apply", "-f", "-", "--yes"],
            Some(file),
        ));
        let id = v["created"][0]["client"]["clientId"]
            .as_str()
            .unwrap()
            .to_string();
        let old = v["created"][0]["secret"]["value"]
            .as_str()
            .unwrap()
            .to_string();

        run(&o, &home, &["diff", "-f", "-"], Some(file))
            .assert_code(0)
            .assert_stdout("secret: rotate: its newest secret");
        // Without --replace: a clear error before anything is done.
        run(&o, &home, &["apply", "-f", "-", "--yes"], Some(file))
            .assert_code(2)
            .assert_stderr("--replace");
        assert_eq!(
            client_credentials(&o.token_endpoint(), &id, &old, "api.read").0,
            200,
            "the secret is untouched"
        );
        let v = json(&run(
            &o,
            &home,
            &["-o", "json", "apply", "-f", "-", "--yes", "--replace"],
            Some(file),
        ));
        let new = v["updated"][0]["secret"]["value"].as_str().unwrap();
        assert_ne!(new, old);
        assert_eq!(
            client_credentials(&o.token_endpoint(), &id, new, "api.read").0,
            200
        );
    }
}

#[test]
fn apply_stores_each_new_secret_in_the_keyring() {
    require(Part::Keyring);
    let srv = DevServer::start();
    let f = write(
        &srv,
        "c.yaml",
        "clients:\n  - clientName: kr-one\n  - clientName: kr-two\n",
    );
    let v = json(&run(
        &srv,
        &[
            "-o",
            "json",
            "apply",
            "-f",
            f.to_str().unwrap(),
            "--yes",
            "--store",
            "keyring",
        ],
    ));
    for c in v["created"].as_array().unwrap() {
        let id = c["client"]["clientId"].as_str().unwrap();
        let out = run(&srv, &["secrets", "stored", id]);
        out.assert_code(0);
        assert_eq!(out.stdout.trim(), c["secret"]["value"].as_str().unwrap());
        run(&srv, &["secrets", "stored", id, "--delete"]).assert_code(0);
    }
}
