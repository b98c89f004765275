//! `--api lemonldap`: the real binary against the test binary's LemonLDAP::NG (its Manager API
//! and its portal, from tests/common/thirdparty.rs). Its tests take turns on it (each holds the
//! server's handle, see `Lemonldap::shared`), so they may count the configurations a command
//! wrote; they keep apart by their clients' names.
//!
//! oauthctl reports a change only once the portal has applied it, so a token right after a create,
//! a rotation or a delete must already show the change: no waiting in these tests, except for
//! updates that the portal cannot be asked about (see the README), which use a bounded wait.

use crate::common;
use common::fault::{Fault, Reply};
use common::thirdparty::{client_credentials, eventually, Lemonldap};
use common::Out;

use super::Fixture;
use oauthctl::backend;
use serde_json::Value;

/// The contract's fixture: the shared LemonLDAP::NG, held for the test.
pub fn manager_api() -> Fixture {
    let l = Lemonldap::shared();
    on(&l).holding(l)
}

/// The binary pointed at `l`'s Manager API, with its portal as the issuer.
pub fn on(l: &Lemonldap) -> Fixture {
    let mut k = Fixture::env_kind(
        backend::lemonldap::DESCRIPTOR.kind(),
        &l.manager_url,
        Some(&l.issuer),
        None,
    );
    k.create_args = vec!["--redirect-uri".into(), "https://app.example.com/cb".into()];
    k.scope = Some("api:read");
    k
}

/// Scopes a client may be given.
const SCOPES: [&str; 2] = ["api:read", "api:write"];

/// `oauthctl token` (client_credentials) with the secret on stdin.
fn token(s: &Fixture, client_id: &str, secret: &str, scope: &str) -> Out {
    s.run_stdin(
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            client_id,
            "--client-secret-stdin",
            "--scope",
            scope,
        ],
        secret,
    )
}

/// The JSON error code of a failed `-o json` run.
fn error_code(out: &Out) -> String {
    let v: Value = serde_json::from_str(&out.stderr)
        .or_else(|_| serde_json::from_str(&out.stdout))
        .unwrap_or(Value::Null);
    v["error"]["code"].as_str().unwrap_or("").to_string()
}

fn conf_count(l: &Lemonldap) -> usize {
    std::fs::read_dir(l.conf_dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("lmConf-")
        })
        .count()
}

/// create → token → show → list → update (the secret kept) → rotate --replace (new works, old
/// refused) → rotate without --replace (exit 2) → delete (refused).
fn lifecycle(s: &Fixture) {
    let [read, write] = SCOPES;
    let created = s.json(&[
        "clients",
        "create",
        "--name",
        "svc-life",
        "--display-name",
        "Service, life",
        "--grant-type",
        "client_credentials",
        "--scope",
        read,
        "--redirect-uri",
        "https://svc.example/cb",
        "--no-input",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap().to_string();
    let secret = created["secret"]["value"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 64, "a 256-bit hex secret: {created}");
    assert_eq!(created["secret"]["expiration"], Value::Null);
    assert_eq!(created["client"]["clientName"], "svc-life");
    assert_eq!(created["client"]["displayName"], "Service, life");
    assert_eq!(created["client"]["spaceId"], "");
    assert_eq!(
        created["client"]["allowedScopes"],
        serde_json::json!([read])
    );
    uuid_like(&id);

    // oauthctl waited for the portal: the secret works at once.
    let t = token(s, &id, &secret, read);
    t.assert_code(0);
    let tok: Value = serde_json::from_str(&t.stdout).unwrap();
    assert_eq!(tok["scope"], read, "{tok}");

    let shown = s.json(&["clients", "show", &id]);
    assert_eq!(shown, created["client"]);
    let listed = s.json(&["clients", "list"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["clientId"] == id),
        "{listed}"
    );
    let secrets = s.json(&["secrets", "list", &id]);
    assert_eq!(secrets.as_array().map(Vec::len), Some(1), "{secrets}");
    assert_eq!(secrets[0]["expiration"], Value::Null);
    assert!(secrets[0].get("value").is_none(), "{secrets}");

    // update: the secret is kept
    let updated = s.json(&[
        "clients",
        "update",
        &id,
        "--display-name",
        "Service, renamed",
        "--scope",
        &format!("{read} {write}"),
    ]);
    assert_eq!(updated["displayName"], "Service, renamed");
    assert_eq!(updated["allowedScopes"], serde_json::json!([read, write]));
    token(s, &id, &secret, read).assert_code(0);
    // The portal cannot be asked whether it has loaded a scope change: a bounded wait.
    assert!(
        eventually(|| {
            let t = token(s, &id, &secret, &format!("{read} {write}"));
            t.code == 0
                && serde_json::from_str::<Value>(&t.stdout).unwrap()["scope"]
                    .as_str()
                    .is_some_and(|sc| sc.contains(write))
        }),
        "the portal never granted {write}"
    );
    // a scope left out is denied ("0"), not kept
    let narrowed = s.json(&["clients", "update", &id, "--scope", write]);
    assert_eq!(narrowed["allowedScopes"], serde_json::json!([write]));

    // rotate --replace: the new secret works at once, the old one is refused
    let rotated = s.json(&["secrets", "rotate", &id, "--replace"]);
    let new = rotated["secret"]["value"].as_str().unwrap().to_string();
    assert_ne!(new, secret);
    assert_eq!(new.len(), 64);
    token(s, &id, &new, write).assert_code(0);
    token(s, &id, &secret, write).assert_code(3);

    // rotate without --replace: exit 2, nothing sent, the secret still works
    let out = s.run(&["-o", "json", "secrets", "rotate", &id]);
    out.assert_code(2).assert_stderr("--replace");
    assert_eq!(error_code(&out), "unsupported", "{out:?}");
    token(s, &id, &new, write).assert_code(0);

    // delete: refused at once
    s.run(&["clients", "delete", &id, "--yes"]).assert_code(0);
    token(s, &id, &new, write).assert_code(3);
    s.run(&["clients", "show", &id]).assert_code(4);
}

#[track_caller]
fn uuid_like(id: &str) {
    assert!(
        id.len() == 36 && id.chars().filter(|c| *c == '-').count() == 4,
        "not a UUID: {id}"
    );
}

/// Every command of a capability the kind lacks: exit 2, code `unsupported`, and nothing sent
/// (the same answer with a base URL where nothing listens).
fn unsupported_commands(s: &Fixture) {
    let dead = format!("http://127.0.0.1:{}", common::free_port());
    for args in [
        &["spaces", "list"][..],
        &["spaces", "create", "sp1"],
        &["scopes", "list"],
        &["authorize", "some-client", "--scope", "api:read", "--yes"],
        &["authorizations", "list"],
        &["secrets", "create", "some-client"],
        &["secrets", "revoke", "some-client", "current", "--yes"],
        &["api", "GET", "/x"],
        &["clients", "list", "--space", "sp1"],
    ] {
        for base in [s.get("OAUTHCTL_BASE_URL"), dead.as_str()] {
            let mut all = vec!["-o", "json", "--base-url", base];
            all.extend_from_slice(args);
            let out = s.run(&all);
            out.assert_code(2);
            assert_eq!(error_code(&out), "unsupported", "{args:?}: {out:?}");
        }
    }
}

#[test]
fn lemonldap_client_lifecycle() {
    lifecycle(&manager_api());
}

#[test]
fn lemonldap_unsupported_commands_exit_2_before_any_request() {
    let l = Lemonldap::shared();
    let before = conf_count(&l);
    unsupported_commands(&on(&l));
    assert_eq!(conf_count(&l), before, "a configuration was written");
}

/// What the Manager API cannot hold is refused with a usage error naming the flag, before any
/// request: no new configuration is written.
#[test]
fn lemonldap_refuses_what_it_cannot_hold_before_any_request() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let before = conf_count(&l);
    let create = |extra: &[&str]| {
        let mut args = vec!["clients", "create", "--no-input"];
        args.extend_from_slice(extra);
        s.run(&args)
    };
    // no redirect URI, even for client_credentials only
    create(&["--name", "a1", "--grant-type", "client_credentials"])
        .assert_code(2)
        .assert_stderr("--redirect-uri");
    let cb = ["--redirect-uri", "https://a.example/cb"];
    let with_cb = |extra: &[&str]| {
        let mut v = extra.to_vec();
        v.extend_from_slice(&cb);
        create(&v)
    };
    with_cb(&["--name", "My App"])
        .assert_code(2)
        .assert_stderr("--name")
        .assert_stderr("My-App");
    with_cb(&["--name", "a2", "--cors-origin", "https://a.example"])
        .assert_code(2)
        .assert_stderr("--cors-origin");
    with_cb(&["--name", "a3", "--no-remember-consent"])
        .assert_code(2)
        .assert_stderr("remember-consent");
    let out = s.run(&[
        "-o",
        "json",
        "clients",
        "create",
        "--no-input",
        "--name",
        "a4",
        "--space",
        "sp",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    out.assert_code(2);
    assert_eq!(error_code(&out), "unsupported");
    // a write without the portal's URL: oauthctl could not tell when it is live
    let out = Out::from(
        s.cmd()
            .env_remove("OAUTHCTL_ISSUER")
            .args(["clients", "create", "--no-input", "--name", "a5"])
            .args(cb)
            .output()
            .unwrap(),
    );
    out.assert_code(2).assert_stderr("--issuer");
    assert_eq!(conf_count(&l), before, "a configuration was written");
    let listed = s.json(&["clients", "list"]);
    for name in ["a1", "My-App", "a2", "a3", "a4", "a5"] {
        assert!(
            !listed
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["clientName"] == name),
            "{name} was created: {listed}"
        );
    }

    // a client to update: an empty redirect list is refused too
    let created = s.json(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "b1",
        cb[0],
        cb[1],
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    let before = conf_count(&l);
    s.run(&[
        "clients",
        "update",
        id,
        "--cors-origin",
        "https://a.example",
    ])
    .assert_code(2)
    .assert_stderr("--cors-origin");
    s.run(&["clients", "update", id, "--name", "b2"])
        .assert_code(2)
        .assert_stderr("immutable");
    assert_eq!(conf_count(&l), before, "a configuration was written");

    // the same name or client ID again: conflict, exit 5
    s.run(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "b1",
        cb[0],
        cb[1],
    ])
    .assert_code(5);
    s.run(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "b3",
        "--client-id",
        id,
        cb[0],
        cb[1],
    ])
    .assert_code(5);
    // an unknown client: exit 4
    s.run(&["clients", "show", "nosuch"]).assert_code(4);
    s.run(&["secrets", "rotate", "nosuch", "--replace"])
        .assert_code(4);
    s.run(&["clients", "delete", "nosuch", "--yes"])
        .assert_code(4);
}

/// The token endpoint leaves `scope` out when it equals the request (RFC 6749 §5.1):
/// `oauthctl token` shows the requested scope then.
#[test]
fn lemonldap_token_without_scope_in_the_response_shows_the_requested_scope() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let created = s.json(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "tok",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api:read",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    let secret = created["secret"]["value"].as_str().unwrap();
    let (status, raw) = client_credentials(&l.token_endpoint(), id, secret, "api:read");
    assert_eq!(status, 200, "{raw}");
    assert!(raw.get("scope").is_none(), "the portal sent a scope: {raw}");
    let out = token(&s, id, secret, "api:read");
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["scope"], "api:read");
    let table = s.run_stdin(
        &[
            "token",
            "--client-id",
            id,
            "--client-secret-stdin",
            "--scope",
            "api:read",
        ],
        secret,
    );
    table.assert_code(0).assert_stdout("api:read");
}

/// A portal that does not apply the change in time: a new secret is still delivered (it is saved
/// in the configuration; a warning says the portal has not loaded it yet); a delete is an error
/// that says the change is saved.
#[test]
fn lemonldap_a_portal_that_never_applies_a_change_times_out_without_losing_a_secret() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let created = s.json(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "slow",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api:read",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    // an issuer where nothing listens: the portal never confirms
    let dead = format!("http://localhost:{}", common::free_port());
    let out = s.run(&[
        "-o",
        "json",
        "--timeout",
        "2",
        "--issuer",
        &dead,
        "secrets",
        "rotate",
        id,
        "--replace",
    ]);
    out.assert_code(0)
        .assert_stderr("had not applied it after 2 s")
        .assert_stderr("delivered anyway");
    let new = serde_json::from_str::<Value>(&out.stdout).unwrap()["secret"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, rp) = l.api("GET", "/providers/oidc/rp/slow", None);
    assert_eq!(rp["options"]["clientSecret"], new.as_str());
    // the real portal takes it, once it has reloaded (oauthctl stopped waiting for it: the
    // issuer it was given is dead)
    assert!(
        common::thirdparty::eventually(|| token(&s, id, &new, "api:read").code == 0),
        "the portal never took the new secret"
    );

    let out = s.run(&[
        "--timeout",
        "2",
        "--issuer",
        &dead,
        "clients",
        "delete",
        id,
        "--yes",
    ]);
    out.assert_code(1)
        .assert_stderr("was deleted in LemonLDAP::NG's configuration")
        .assert_stderr("--timeout");
    assert!(
        !out.stderr.contains(&new),
        "the secret in an error: {out:?}"
    );
    assert_eq!(l.api("GET", "/providers/oidc/rp/slow", None).0.status, 404);

    // a portal that accepts connections and never answers (a fault server): the wait still ends
    let silent = Fault::start(|_, _| Some(Reply::hang()));
    let port = silent.port();
    let created = s.json(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "slow2",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api:read",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    let out = s.run(&[
        "-o",
        "json",
        "--timeout",
        "2",
        "--issuer",
        &format!("http://localhost:{port}"),
        "secrets",
        "rotate",
        id,
        "--replace",
    ]);
    out.assert_code(0).assert_stderr("delivered anyway");
    let new = serde_json::from_str::<Value>(&out.stdout).unwrap()["secret"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    // oauthctl gave up waiting (a hanging issuer); the real portal takes it once it reloads
    assert!(
        common::thirdparty::eventually(|| token(&s, id, &new, "api:read").code == 0),
        "the portal never took the new secret"
    );
}

/// A public client (no secret): created without one, and its deletion is confirmed at the portal
/// too (a public client authenticates with its ID alone).
#[test]
fn lemonldap_public_clients_have_no_secret() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let out = s.run(&[
        "-o",
        "json",
        "clients",
        "create",
        "--no-input",
        "--name",
        "spa",
        "--public",
        "--redirect-uri",
        "https://spa.example/cb",
    ]);
    out.assert_code(0).assert_stderr("created client spa (");
    // a server without spaces names none
    assert!(!out.stderr.contains("in space"), "{out:?}");
    let created: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(created["secret"], Value::Null);
    assert_eq!(created["client"]["requireClientSecret"], false);
    let id = created["client"]["clientId"].as_str().unwrap();
    assert_eq!(s.json(&["secrets", "list", id]), serde_json::json!([]));
    s.run(&["secrets", "rotate", id, "--replace"])
        .assert_code(2)
        .assert_stderr("public");
    s.run(&["clients", "delete", id, "--yes"]).assert_code(0);
    s.run(&["clients", "show", id]).assert_code(4);
}

/// An authenticating proxy in front of the real Manager API, as the README asks for (a fault
/// server that forwards to the real server): it forwards a request that carries
/// `Authorization: Bearer {token}` and answers anything else with 401.
fn auth_proxy(upstream: &str, token: &str) -> Fault {
    let (upstream, want) = (upstream.to_string(), format!("Bearer {token}"));
    Fault::start(move |r, _| {
        Some(if r.header("authorization") == Some(want.as_str()) {
            Reply::proxy(&upstream)
        } else {
            Reply {
                status: 401,
                content_type: "text/html",
                body: b"<html>sign in</html>".to_vec(),
                ..Reply::default()
            }
        })
    })
}

/// `OAUTHCTL_TOKEN` goes to the Manager API as a bearer token (for a proxy that authenticates),
/// with `Accept: application/json`; without it the proxy's 401 is exit 3 with a hint naming
/// OAUTHCTL_TOKEN.
#[test]
fn lemonldap_oauthctl_token_is_sent_as_a_bearer_to_a_proxy_in_front() {
    let l = Lemonldap::shared();
    let proxy = auth_proxy(&l.manager_url, "proxy-token-0123");
    let mut s = on(&l);
    s.set("OAUTHCTL_BASE_URL", &proxy.base_url);
    let out = s.run(&["clients", "list"]);
    out.assert_code(3).assert_stderr("OAUTHCTL_TOKEN");
    assert!(!out.stderr.contains("<html>"), "{out:?}");
    let with_token = |args: &[&str]| {
        Out::from(
            s.cmd()
                .env("OAUTHCTL_TOKEN", "proxy-token-0123")
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let out = with_token(&[
        "-o",
        "json",
        "clients",
        "create",
        "--no-input",
        "--name",
        "behind",
        "--grant-type",
        "client_credentials",
        "--scope",
        "api:read",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let id = v["client"]["clientId"].as_str().unwrap();
    let secret = v["secret"]["value"].as_str().unwrap();
    token(&s, id, secret, "api:read").assert_code(0);
    with_token(&["clients", "show", id]).assert_code(0);
    with_token(&["clients", "delete", id, "--yes"]).assert_code(0);
    // each request's Authorization and Accept
    let seen: Vec<(String, String)> = proxy
        .requests()
        .iter()
        .map(|r| {
            let h = |n| r.header(n).unwrap_or("").to_string();
            (h("authorization"), h("accept"))
        })
        .collect();
    assert!(seen.len() >= 5, "{seen:?}");
    for (auth, accept) in &seen[1..] {
        assert_eq!(auth, "Bearer proxy-token-0123", "{seen:?}");
        assert_eq!(accept, "application/json", "{seen:?}");
    }
    assert_eq!(seen[0].0, "", "no token, no Authorization header: {seen:?}");
}

/// `--dry-run` shows the Manager API call with the secret redacted, and writes nothing.
#[test]
fn lemonldap_dry_run_sends_no_write_and_shows_no_secret() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let created = s.json(&[
        "clients",
        "create",
        "--no-input",
        "--name",
        "dry",
        "--grant-type",
        "client_credentials",
        "--grant-type",
        "refresh_token",
        "--redirect-uri",
        "https://a.example/cb",
        "--scope",
        "openid",
    ]);
    let id = created["client"]["clientId"].as_str().unwrap();
    let secret = created["secret"]["value"].as_str().unwrap();
    let before = conf_count(&l);
    let out = s.run(&["--dry-run", "secrets", "rotate", id, "--replace"]);
    out.assert_code(0)
        .assert_stdout("PATCH")
        .assert_stdout("<redacted>");
    let out = s.run(&[
        "--dry-run",
        "clients",
        "create",
        "--no-input",
        "--name",
        "dry2",
        "--grant-type",
        "refresh_token",
        "--redirect-uri",
        "https://a.example/cb",
    ]);
    out.assert_code(0)
        .assert_stdout("POST")
        .assert_stdout("\"clientSecret\": \"<redacted>\"")
        .assert_stdout("\"refreshToken\": true");
    s.run(&["--dry-run", "clients", "delete", id])
        .assert_code(0)
        .assert_stdout("DELETE");
    // An update that changes nothing has nothing to plan, and says so (not "updated").
    let out = s.run(&["--dry-run", "clients", "update", id, "--scope", "openid"]);
    out.assert_code(0)
        .assert_stderr("dry run: the client already has these values");
    assert_eq!(out.stdout, "", "no client printed as if updated");
    assert_eq!(conf_count(&l), before, "a configuration was written");
    // the client is untouched
    s.run(&["clients", "show", id]).assert_code(0);
    let (_, rp) = l.api("GET", "/providers/oidc/rp/dry", None);
    assert_eq!(rp["options"]["clientSecret"], secret);
}

/// diff makes the field table's checks that apply's creates and updates make, with the lines of
/// the file: a relying party without a redirect URI and a consent setting LemonLDAP::NG cannot
/// hold are refused by diff and by apply, before any configuration is written.
#[test]
fn lemonldap_diff_refuses_what_apply_would_at_its_lines() {
    let l = Lemonldap::shared();
    let s = on(&l);
    let tag = std::process::id();
    let file = format!(
        "clients:\n  - clientName: fa-{tag}\n    allowedGrantTypes: [client_credentials]\n    \
         allowRememberConsent: false\n    redirectUris: [https://a.example/cb]\n  \
         - clientName: fb-{tag}\n    allowedGrantTypes: [client_credentials]\n"
    );
    let before = conf_count(&l);
    for args in [
        vec!["diff", "-f", "-"],
        vec!["apply", "-f", "-", "--yes"],
    ] {
        let out = s.run_stdin(&args, &file);
        out.assert_code(2)
            .assert_stderr("stdin:4: allowRememberConsent: LemonLDAP::NG always remembers")
            .assert_stderr("stdin:6: redirectUris: LemonLDAP::NG needs at least one redirect URI");
    }
    assert_eq!(conf_count(&l), before, "a configuration was written");
    // The dialogue-free create says the flag.
    s.run(&["clients", "create", "--no-input", "--name", &format!("fc-{tag}")])
        .assert_code(2)
        .assert_stderr("--redirect-uri: LemonLDAP::NG needs");
}
