//! `--api rfc7592` (RFC 7591 registration, RFC 7592 management): the real binary against
//! node-oidc-provider, glewlwyd's `/api/oidc/register` and Hydra's `/oauth2/register`, the test
//! binary's shared servers (tests/common/thirdparty.rs). Each scenario is a function of a
//! [`Server`]: the kind's [`Fixture`] and what the server does beyond RFC 7592.
//! Nothing here counts a server's requests (the servers are shared): a command that must send
//! nothing runs with `-v`, whose trace shows every request.

use crate::common;

use std::process::{Command, Stdio};

use super::{assert_nothing_sent, json_error, Fixture};
use common::thirdparty::{Glewlwyd, Hydra, OidcProvider, GLEWLWYD_REGISTERED_SCOPE};
use common::{Home, Out};
use oauthctl::backend;
use serde_json::Value;

/// The binary pointed at an RFC 7591/7592 server through the environment.
fn fixture(
    issuer: &str,
    initial_access_token: Option<&str>,
    scope: Option<&'static str>,
    create_args: &[&str],
) -> Fixture {
    let mut k = Fixture::env_kind(
        backend::rfc7592::DESCRIPTOR.kind(),
        issuer,
        None,
        initial_access_token,
    );
    k.create_args = create_args.iter().map(|s| s.to_string()).collect();
    k.scope = scope;
    k
}

/// The contract's fixture on the shared node-oidc-provider. Management needs each client's
/// registration access token: oauthctl keeps it in the OS keyring (as in the contract's
/// fixtures below), which tests/run.sh provides.
pub fn node_oidc_provider() -> Fixture {
    common::require(common::Part::Keyring);
    node_fixture()
}

fn node_fixture() -> Fixture {
    let o = OidcProvider::shared();
    fixture(
        &o.issuer,
        Some(&o.initial_access_token),
        Some("api.read"),
        &[],
    )
    .holding(o)
}

/// The contract's fixture on the shared glewlwyd's registration endpoint.
pub fn glewlwyd() -> Fixture {
    common::require(common::Part::Keyring);
    glewlwyd_fixture()
}

fn glewlwyd_fixture() -> Fixture {
    let g = Glewlwyd::shared();
    fixture(
        &g.issuer,
        Some(&g.initial_access_token()),
        Some(GLEWLWYD_REGISTERED_SCOPE),
        &["--redirect-uri", "https://svc.example/cb"],
    )
    .holding(g)
}

/// The contract's fixture on the shared Hydra's dynamic client registration (open: no initial
/// access token). Its RFC 7592 PUT keeps the secret and refuses one chosen by the client, so a
/// secret cannot be replaced through it.
pub fn hydra() -> Fixture {
    common::require(common::Part::Keyring);
    let h = Hydra::shared();
    let mut k = fixture(&h.issuer, None, None, &[]);
    k.replaces = false;
    k.holding(h)
}

/// One RFC 7591/7592 server under test.
struct Server {
    f: Fixture,
    name: &'static str,
    /// A PUT issues a new registration access token (node-oidc-provider).
    rotates_registration_token: bool,
    /// The read (GET) answer carries `scope` (glewlwyd's does not).
    reads_scope: bool,
    /// DELETE answers 200 and only disables the client (glewlwyd).
    delete_only_disables: bool,
}

impl Server {
    fn issuer(&self) -> &str {
        self.f.get("OAUTHCTL_BASE_URL")
    }

    /// The scope a registered client can get a token for.
    fn scope(&self) -> &'static str {
        self.f.scope.expect("a scope")
    }
}

/// The shared node-oidc-provider.
fn node() -> Server {
    node_on(node_fixture(), "node-oidc-provider")
}

/// A node-oidc-provider of the test's own, started differently from the shared one.
fn node_from(o: OidcProvider, name: &'static str) -> Server {
    let f = fixture(
        &o.issuer,
        Some(&o.initial_access_token),
        Some("api.read"),
        &[],
    );
    node_on(f.holding(o), name)
}

fn node_on(f: Fixture, name: &'static str) -> Server {
    Server {
        f,
        name,
        rotates_registration_token: true,
        reads_scope: true,
        delete_only_disables: false,
    }
}

fn glewlwyd_server() -> Server {
    Server {
        f: glewlwyd_fixture(),
        name: "glewlwyd",
        rotates_registration_token: false,
        reads_scope: false,
        delete_only_disables: true,
    }
}

/// The binary, pointed at the server as an `rfc7592` kind, in `home`.
fn cmd(s: &Server, home: &Home, args: &[&str]) -> Command {
    let mut c = s.f.command_in(home);
    c.args(args);
    c
}

/// A command whose OS keyring is unreachable (no D-Bus session).
fn no_keyring(mut c: Command) -> Command {
    c.env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/oauthctl-test-bus",
    );
    c
}

fn run(mut c: Command) -> Out {
    c.output().expect("run oauthctl").into()
}

fn has(list: &Value, item: &str) -> bool {
    list.as_array().is_some_and(|a| a.iter().any(|x| x == item))
}

fn json_of(o: &Out) -> Value {
    serde_json::from_str(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\n--- stderr\n{}",
            o.stdout, o.stderr
        )
    })
}

/// `oauthctl token` for the client with `secret`: the exit code.
fn token(s: &Server, home: &Home, id: &str, secret: &str) -> Out {
    let mut c = cmd(
        s,
        home,
        &[
            "token",
            &format!("--client-id={id}"),
            "--scope",
            s.scope(),
            "-o",
            "json",
        ],
    );
    c.env("OAUTHCTL_APP_CLIENT_SECRET", secret)
        .env_remove("OAUTHCTL_TOKEN");
    run(c)
}

/// State of a client during a scenario: the registration access token is passed in the
/// environment when the keyring is not used.
struct Registered {
    id: String,
    secret: String,
    token: String,
    keyring: bool,
}

impl Registered {
    fn cmd(&self, s: &Server, home: &Home, args: &[&str]) -> Command {
        let c = cmd(s, home, args);
        if self.keyring {
            c
        } else {
            let mut c = no_keyring(c);
            c.env("OAUTHCTL_REGISTRATION_TOKEN", &self.token);
            c
        }
    }

    fn run(&self, s: &Server, home: &Home, args: &[&str]) -> Out {
        run(self.cmd(s, home, args))
    }

    /// Takes a new registration access token from an output, if it has one.
    fn absorb(&mut self, s: &Server, v: &Value) {
        match v["registration"]["accessToken"].as_str() {
            Some(t) => {
                assert!(
                    !self.keyring,
                    "{}: a stored token is not shown again: {v}",
                    s.name
                );
                assert_ne!(t, self.token);
                self.token = t.to_string();
            }
            None => assert!(
                self.keyring || !s.rotates_registration_token,
                "{}: the new registration access token is lost: {v}",
                s.name
            ),
        }
    }
}

fn create(s: &Server, home: &Home, name: &str, keyring: bool) -> Registered {
    let mut args = vec![
        "clients",
        "create",
        "--name",
        name,
        "--grant-type",
        "client_credentials",
        "--scope",
        s.scope(),
        "-o",
        "json",
    ];
    args.extend(s.f.create_args.iter().map(String::as_str));
    let c = cmd(s, home, &args);
    let out = run(if keyring { c } else { no_keyring(c) });
    out.assert_code(0);
    if !keyring {
        out.assert_stderr("could not be kept in the OS keyring");
    }
    let v = json_of(&out);
    let id = v["client"]["clientId"]
        .as_str()
        .expect("clientId")
        .to_string();
    assert_eq!(v["client"]["clientName"], name, "{v}");
    assert!(
        has(&v["client"]["allowedGrantTypes"], "client_credentials"),
        "{v}"
    );
    assert_eq!(v["client"]["spaceId"], "");
    assert_eq!(v["secret"]["id"], "current");
    let reg = &v["registration"];
    assert!(
        reg["clientUri"].as_str().unwrap().ends_with(&id),
        "{}: {v}",
        s.name
    );
    Registered {
        id,
        secret: v["secret"]["value"]
            .as_str()
            .expect("secret value")
            .to_string(),
        token: reg["accessToken"]
            .as_str()
            .expect("accessToken")
            .to_string(),
        keyring,
    }
}

/// The scenarios of issue 11 on one server: create, token, show, list, update without losing
/// the secret, rotate --replace, rotate without it, unsupported commands, delete.
fn lifecycle(s: &Server, keyring: bool) {
    let home = Home::new();
    let mut c = create(s, &home, "svc", keyring);
    let account = registration_account(s, &c.id);
    if keyring {
        assert_eq!(
            common::keyring_item(&account).as_deref(),
            Some(c.token.as_str()),
            "the registration access token is in the keyring"
        );
    }

    // a token with the secret
    token(s, &home, &c.id, &c.secret).assert_code(0);

    // show
    let out = c.run(s, &home, &["clients", "show", "-o", "json", "--", &c.id]);
    out.assert_code(0);
    let shown = json_of(&out);
    assert_eq!(shown["clientName"], "svc");
    if s.reads_scope {
        assert_eq!(shown["allowedScopes"][0], s.scope(), "{shown}");
    }
    assert!(
        !out.stdout.contains(&c.secret),
        "show never prints the secret"
    );

    // list: the local registry, with a note
    let out = c.run(s, &home, &["clients", "list", "-o", "json"]);
    out.assert_code(0)
        .assert_stderr("RFC 7592 has no way to list clients");
    let list = json_of(&out);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|x| x["clientId"] == c.id.as_str()),
        "{list}"
    );
    registry_has_no_secrets(&home, &[&c.secret, &c.token]);

    // secrets list: one secret, no expiry
    let out = c.run(s, &home, &["secrets", "list", "-o", "json", "--", &c.id]);
    out.assert_code(0);
    let secrets = json_of(&out);
    assert_eq!(secrets.as_array().unwrap().len(), 1, "{secrets}");
    assert_eq!(secrets[0]["expiration"], Value::Null);
    assert!(secrets[0].get("value").is_none());

    // update: the whole record goes back; the server issues a new secret, which is shown
    let out = c.run(
        s,
        &home,
        &[
            "clients",
            "update",
            "--display-name",
            "svc renamed",
            "-o",
            "json",
            "--",
            &c.id,
        ],
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["client"]["clientName"], "svc renamed", "{v}");
    if s.reads_scope {
        assert_eq!(
            v["client"]["allowedScopes"][0],
            s.scope(),
            "scopes kept: {v}"
        );
    }
    assert!(
        has(&v["client"]["allowedGrantTypes"], "client_credentials"),
        "{v}"
    );
    c.absorb(s, &v);
    let new = v["secret"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{}: the new secret is not shown: {v}", s.name))
        .to_string();
    assert_ne!(new, c.secret);
    token(s, &home, &c.id, &new).assert_code(0);
    token(s, &home, &c.id, &c.secret).assert_code(3);
    c.secret = new;
    if keyring {
        let now = common::keyring_item(&account).expect("still in the keyring");
        assert_eq!(
            now != c.token,
            s.rotates_registration_token,
            "{}: the keyring holds the newest registration access token",
            s.name
        );
        c.token = now;
    }

    // rotate without --replace: exit 2, nothing sent
    let out = c.run(s, &home, &["-v", "secrets", "rotate", "--", &c.id]);
    out.assert_code(2).assert_stderr("--replace");
    assert_nothing_sent(&out, "secrets rotate without --replace");

    // rotate --replace: the new secret works, the old one does not
    let out = c.run(
        s,
        &home,
        &["secrets", "rotate", "--replace", "-o", "json", "--", &c.id],
    );
    out.assert_code(0);
    let v = json_of(&out);
    c.absorb(s, &v);
    let new = v["secret"]["value"].as_str().expect("value").to_string();
    assert_ne!(new, c.secret);
    token(s, &home, &c.id, &new).assert_code(0);
    token(s, &home, &c.id, &c.secret).assert_code(3);
    c.secret = new;

    // the record survived two PUTs
    let out = c.run(s, &home, &["clients", "show", "-o", "json", "--", &c.id]);
    out.assert_code(0);
    assert_eq!(json_of(&out)["clientName"], "svc renamed");

    unsupported(s, &home, &c);

    // delete: the token is refused afterwards, and the client leaves the registry
    let out = c.run(
        s,
        &home,
        &["clients", "delete", "--yes", "-o", "json", "--", &c.id],
    );
    out.assert_code(0);
    assert_eq!(json_of(&out)["deleted"], c.id.as_str());
    if s.delete_only_disables {
        out.assert_stderr("only disable");
    }
    token(s, &home, &c.id, &c.secret).assert_code(3);
    if keyring {
        assert_eq!(
            common::keyring_item(&account),
            None,
            "the token left the keyring"
        );
    }
    let out = c.run(s, &home, &["clients", "list", "-o", "json"]);
    out.assert_code(0);
    assert!(!out.stdout.contains(&c.id), "{}", out.stdout);
}

/// The documented keyring account of a client's registration access token.
fn registration_account(s: &Server, id: &str) -> String {
    format!(
        "registration-token:{id}@default@{}",
        s.issuer().trim_end_matches('/')
    )
}

fn registry_has_no_secrets(home: &Home, values: &[&str]) {
    let dir = home.path().join("data/oauthctl/registrations");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    for v in values {
        assert!(
            !text.contains(v),
            "the registry holds a secret or token:\n{text}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

/// Every command of a capability the kind lacks: exit 2, JSON code `unsupported`, nothing sent.
fn unsupported(s: &Server, home: &Home, c: &Registered) {
    for args in [
        vec!["spaces", "list"],
        vec!["spaces", "create", "x"],
        vec!["authorize", "--scope", "api.read", "--", &c.id],
        vec!["authorizations", "list"],
        vec!["authorizations", "show", "--", &c.id],
        vec!["secrets", "create", "--", &c.id],
        vec!["secrets", "revoke", "--", &c.id, "current"],
        vec!["api", "GET", "/clients"],
        vec!["clients", "list", "--space", "x"],
    ] {
        // Options before the arguments: a client ID may start with '-' (after `--`).
        let mut a = vec!["-o", "json", "--yes", "-v"];
        a.extend(args.iter().copied());
        let out = c.run(s, home, &a);
        out.assert_code(2);
        assert_nothing_sent(&out, &format!("{args:?}"));
        let err = json_error(&out);
        assert_eq!(err["error"]["code"], "unsupported", "{args:?}: {err}");
        assert!(
            err["error"]["message"]
                .as_str()
                .unwrap()
                .contains("rfc7592"),
            "{err}"
        );
    }
}

// ---------------------------------------------------------------------------------------------

#[test]
fn node_oidc_provider_lifecycle_with_the_token_outside_the_keyring() {
    lifecycle(&node(), false);
}

#[test]
fn glewlwyd_lifecycle_with_the_token_outside_the_keyring() {
    lifecycle(&glewlwyd_server(), false);
}

#[test]
fn node_oidc_provider_lifecycle_with_the_keyring() {
    common::require(common::Part::Keyring);
    lifecycle(&node(), true);
}

#[test]
fn glewlwyd_lifecycle_with_the_keyring() {
    common::require(common::Part::Keyring);
    lifecycle(&glewlwyd_server(), true);
}

/// Without the registration access token anywhere: exit 3, naming the variable and the keyring.
fn missing_registration_token(s: &Server) {
    let home = Home::new();
    let c = create(s, &home, "orphan", false);
    for args in [
        vec!["clients", "show", "--", c.id.as_str()],
        vec![
            "clients",
            "update",
            "--display-name",
            "x",
            "--",
            c.id.as_str(),
        ],
        vec!["secrets", "rotate", "--replace", "--", c.id.as_str()],
        vec!["clients", "delete", "--yes", "--", c.id.as_str()],
    ] {
        let out = run(no_keyring(cmd(s, &home, &args)));
        out.assert_code(3)
            .assert_stderr("OAUTHCTL_REGISTRATION_TOKEN")
            .assert_stderr("keyring");
    }
    // the token from stdin works
    let mut sh = no_keyring(cmd(
        s,
        &home,
        &["clients", "show", "-o", "json", "--", &c.id],
    ));
    sh.env("OAUTHCTL_REGISTRATION_TOKEN", "-")
        .stdin(Stdio::piped());
    sh.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = sh.spawn().unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{}", c.token).unwrap();
    }
    let out: Out = child.wait_with_output().unwrap().into();
    out.assert_code(0);
    assert_eq!(json_of(&out)["clientName"], "orphan");
}

#[test]
fn node_oidc_provider_without_a_registration_token_exits_3() {
    missing_registration_token(&node());
}

#[test]
fn glewlwyd_without_a_registration_token_exits_3() {
    missing_registration_token(&glewlwyd_server());
}

#[test]
fn flags_rfc7591_cannot_hold_are_refused_before_any_request() {
    let s = node();
    let home = Home::new();
    for (flag, extra) in [
        ("--client-id", vec!["--client-id", "mine"]),
        (
            "--cors-origin",
            vec!["--cors-origin", "https://app.example"],
        ),
        ("--require-consent", vec!["--require-consent"]),
        ("--offline-access", vec!["--offline-access"]),
        ("--display-name", vec!["--display-name", "Other"]),
        ("--secret-expires-in", vec!["--secret-expires-in", "30d"]),
        ("--space", vec!["--space", "x"]),
    ] {
        let mut args = vec![
            "-v",
            "clients",
            "create",
            "--name",
            "n",
            "--grant-type",
            "client_credentials",
        ];
        args.extend(extra);
        let out = run(cmd(&s, &home, &args));
        out.assert_code(2).assert_stderr(flag);
        assert_nothing_sent(&out, flag);
    }
    // --dry-run shows the registration and sends nothing that changes the server
    let out = run(cmd(
        &s,
        &home,
        &[
            "clients",
            "create",
            "--name",
            "n",
            "--grant-type",
            "client_credentials",
            "--dry-run",
            "-o",
            "json",
        ],
    ));
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["dryRun"]["method"], "POST", "{v}");
    assert!(
        v["dryRun"]["url"].as_str().unwrap().ends_with("/reg"),
        "{v}"
    );
    assert_eq!(v["dryRun"]["body"]["client_name"], "n");
    assert!(!home.path().join("data/oauthctl/registrations").exists());
}

#[test]
fn glewlwyd_needs_a_redirect_uri_and_the_error_says_so() {
    let s = glewlwyd_server();
    let home = Home::new();
    let out = run(cmd(
        &s,
        &home,
        &[
            "clients",
            "create",
            "--name",
            "n",
            "--grant-type",
            "client_credentials",
        ],
    ));
    out.assert_code(2).assert_stderr("--redirect-uri");
}

#[test]
fn registration_without_the_initial_access_token_is_an_auth_error() {
    let s = node();
    let home = Home::new();
    let mut c = cmd(
        &s,
        &home,
        &[
            "clients",
            "create",
            "--name",
            "n",
            "--grant-type",
            "client_credentials",
        ],
    );
    c.env_remove("OAUTHCTL_TOKEN");
    let out = run(c);
    out.assert_code(3).assert_stderr("OAUTHCTL_TOKEN");
}

#[test]
fn secret_expiry_comes_from_client_secret_expires_at() {
    // A node-oidc-provider of its own: its secrets expire, which the shared one's do not.
    let s = node_from(
        OidcProvider::start_with_secret_ttl(3600),
        "node-oidc-provider (secret TTL)",
    );
    let home = Home::new();
    let c = create(&s, &home, "expiring", false);
    let out = c.run(&s, &home, &["secrets", "list", "-o", "json", "--", &c.id]);
    out.assert_code(0);
    let v = json_of(&out);
    let exp = chrono::DateTime::parse_from_rfc3339(v[0]["expiration"].as_str().unwrap()).unwrap();
    let left = exp.timestamp() - chrono::Utc::now().timestamp();
    assert!((3000..=3700).contains(&left), "{v}");
    // secrets expiring works over the registered clients, with their tokens from the keyring
    // (it works on several clients, so it does not use OAUTHCTL_REGISTRATION_TOKEN)
    common::require(common::Part::Keyring);
    let home = Home::new();
    let k = create(&s, &home, "expiring-kept", true);
    let out = k.run(
        &s,
        &home,
        &[
            "secrets",
            "expiring",
            "--within",
            "2h",
            "--exit-code",
            "-o",
            "wide",
        ],
    );
    out.assert_code(7).assert_stdout(&k.id);
}

#[test]
fn scopes_list_shows_the_metadata_scopes() {
    let s = node();
    let home = Home::new();
    let out = run(cmd(&s, &home, &["scopes", "list", "-o", "json"]));
    out.assert_code(0);
    let v = json_of(&out);
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"api.read"), "{v}");
}

/// node-oidc-provider without a rotation policy keeps the secret on PUT: an update keeps it, and
/// `secrets rotate --replace` fails clearly instead of pretending. The registration access token
/// still rotates, and the new one is shown even when the replacement fails.
#[test]
fn replace_on_a_server_that_keeps_the_secret_fails_clearly() {
    // A node-oidc-provider of its own: it keeps secrets on PUT, which the shared one does not.
    let s = node_from(
        OidcProvider::start_keeping_secrets(),
        "node-oidc-provider (no policy)",
    );
    let home = Home::new();
    let mut c = create(&s, &home, "keeper", false);

    let out = c.run(
        &s,
        &home,
        &[
            "clients",
            "update",
            "--display-name",
            "kept",
            "-o",
            "json",
            "--",
            &c.id,
        ],
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["secret"], Value::Null, "no new secret: {v}");
    assert_eq!(v["client"]["clientName"], "kept");
    c.absorb(&s, &v);
    token(&s, &home, &c.id, &c.secret).assert_code(0);

    let out = c.run(
        &s,
        &home,
        &["secrets", "rotate", "--replace", "-o", "json", "--", &c.id],
    );
    out.assert_code(2);
    let err = json_error(&out);
    assert_eq!(err["error"]["code"], "unsupported", "{err}");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did not issue a new client_secret"),
        "{err}"
    );
    c.absorb(&s, &json_of(&out));
    token(&s, &home, &c.id, &c.secret).assert_code(0);
    c.run(&s, &home, &["clients", "show", "--", &c.id])
        .assert_code(0);
}

/// OAUTHCTL_REGISTRATION_TOKEN is one client's token: it is never sent for another client (a
/// server may revoke a token shown for the wrong client, as glewlwyd does).
#[test]
fn the_environment_token_is_sent_for_one_client_only() {
    let s = glewlwyd_server();
    let home = Home::new();
    let a = create(&s, &home, "a", false);
    let b = create(&s, &home, "b", false);
    // both are in the registry; the expiry watch reads each, but a's token is used for neither
    let out = a.run(&s, &home, &["secrets", "expiring", "--within", "1d"]);
    assert_ne!(out.code, 0, "{out:?}");
    out.assert_stderr("this command works on several clients: it is not used");
    // a's token still works for a, and b's for b
    a.run(&s, &home, &["clients", "show", "--", &a.id])
        .assert_code(0);
    b.run(&s, &home, &["clients", "show", "--", &b.id])
        .assert_code(0);
}

/// A secret kept with `--store keyring` follows the server's new secrets: an update that issues
/// one replaces the keyring copy, so `oauthctl token` keeps working without being told the secret.
#[test]
fn an_update_replaces_the_secret_kept_in_the_keyring() {
    common::require(common::Part::Keyring);
    let s = node();
    let home = Home::new();
    let out = run(cmd(
        &s,
        &home,
        &[
            "clients",
            "create",
            "--name",
            "kept",
            "--grant-type",
            "client_credentials",
            "--scope",
            "api.read",
            "--store",
            "keyring",
            "-o",
            "json",
        ],
    ));
    out.assert_code(0);
    let v = json_of(&out);
    let id = v["client"]["clientId"].as_str().unwrap().to_string();
    let first = v["secret"]["value"].as_str().unwrap().to_string();
    let from_keyring = || {
        let mut c = cmd(
            &s,
            &home,
            &["token", &format!("--client-id={id}"), "--scope", "api.read"],
        );
        c.env_remove("OAUTHCTL_TOKEN");
        run(c)
    };
    from_keyring().assert_code(0);
    let out = run(cmd(
        &s,
        &home,
        &[
            "clients",
            "update",
            "--display-name",
            "kept 2",
            "-o",
            "json",
            "--",
            &id,
        ],
    ));
    out.assert_code(0)
        .assert_stderr("stored the secret in the OS keyring");
    let v = json_of(&out);
    assert_ne!(v["secret"]["value"].as_str().unwrap(), first);
    from_keyring().assert_code(0);
}

/// A registry file oauthctl cannot read is never overwritten: the registration still works and
/// says why `clients list` will not show it.
#[test]
fn an_unreadable_registry_is_left_alone() {
    let s = node();
    let home = Home::new();
    let first = create(&s, &home, "first", false);
    let dir = home.path().join("data/oauthctl/registrations");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&file, "not json").unwrap();
    let c = no_keyring(cmd(
        &s,
        &home,
        &[
            "clients",
            "create",
            "--name",
            "second",
            "--grant-type",
            "client_credentials",
            "-o",
            "json",
        ],
    ));
    let out = run(c);
    out.assert_code(0).assert_stderr("is not valid");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not json");
    let out = first.run(&s, &home, &["clients", "list", "-o", "json"]);
    out.assert_code(0).assert_stderr("fix or remove it");
}
