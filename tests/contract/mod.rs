//! One contract suite for every kind of server oauthctl manages, and the only per-kind harness:
//! the real binary against each real server on 127.0.0.1.
//!
//! - A kind's [`Fixture`] reaches its server (the test binary's shared one, see
//!   tests/common/thirdparty.rs; a dev server of its own, which starts in milliseconds) and gives
//!   a ready `oauthctl` command; each kind's module below builds it.
//! - [`contract`] holds the scenarios every kind must pass; what is expected of a kind follows
//!   from its capabilities (its descriptor in `backend::KINDS`). The list of kinds under test is
//!   the `kinds!` block: one line per kind.
//! - What only one kind does (glewlwyd's lost `--replace` answer, LemonLDAP::NG's portal,
//!   Keycloak's rotation policy, RFC 7592's registration access tokens, …) is in that kind's
//!   module, with the same fixtures.
//!
//! Tests that share a server keep apart by their clients' names and IDs (a realm each on
//! Keycloak) and make assertions about their own clients only. These tests fail, never skip,
//! without their server: run them with `bash tests/run.sh --test e2e contract::`.

use crate::common;

use std::process::Command;

use oauthctl::backend::{self, ApiKind, Capability};
use serde_json::Value;

use common::{Home, Out};

/// The kinds under test, one line each: the kind's module (`tests/contract/KIND.rs`, with its
/// fixture and its own scenarios) and, for each fixture it gives the contract, the test's name.
macro_rules! kinds {
    ($(mod $kind:ident { $($test:ident => $fixture:ident),+ $(,)? })*) => {
        $(
            mod $kind;
            $(
                #[test]
                fn $test() {
                    contract(&$kind::$fixture());
                }
            )+
        )*
    };
}

kinds! {
    mod dev_server { dev_server => admin_api }
    mod glewlwyd { glewlwyd_admin_api => admin_api }
    mod lemonldap { lemonldap_manager_api => manager_api }
    mod keycloak { keycloak_admin_api => admin_api }
    mod hydra { hydra_admin_api => admin_api }
    mod rfc7592 { rfc7592_node_oidc_provider => node_oidc_provider, rfc7592_glewlwyd => glewlwyd, rfc7592_hydra => hydra }
}

/// A server under test: how to run the binary against it, and what a client needs there.
pub struct Fixture {
    pub api: ApiKind,
    /// The settings (base URL, API kind, issuer, admin credentials) of this server, as a user
    /// would set them in the environment.
    pub env: Vec<(&'static str, String)>,
    /// This machine's home (config, cache, the RFC 7592 registry) …
    pub home: Home,
    /// … and another machine's, with the same settings.
    pub elsewhere: Home,
    /// Extra `clients create` flags this kind needs (LemonLDAP::NG wants a redirect URI).
    pub create_args: Vec<String>,
    /// The scope a new client gets and asks for at the token endpoint (some servers refuse a
    /// token request without one).
    pub scope: Option<&'static str>,
    /// A path for `oauthctl api GET`, where the kind has raw calls.
    pub raw_path: Option<&'static str>,
    /// `secrets rotate --replace` works (false where the server keeps the secret on an RFC 7592
    /// PUT, as Hydra does: oauthctl then refuses and changes nothing).
    pub replaces: bool,
    /// The server, held as long as the fixture: a handle on the shared one (which may hold the
    /// test's turn), or the test's own.
    _server: Box<dyn std::any::Any>,
}

impl Fixture {
    pub fn new(api: ApiKind, env: Vec<(&'static str, String)>) -> Fixture {
        Fixture {
            api,
            env,
            home: Home::new(),
            elsewhere: Home::new(),
            create_args: Vec::new(),
            scope: None,
            raw_path: None,
            replaces: true,
            _server: Box::new(()),
        }
    }

    /// The binary pointed at a server of `api` through the environment, as a user would set
    /// it: `OAUTHCTL_API`, `OAUTHCTL_BASE_URL`, and `OAUTHCTL_ISSUER` and `OAUTHCTL_TOKEN` when
    /// given.
    pub fn env_kind(
        api: ApiKind,
        base_url: &str,
        issuer: Option<&str>,
        token: Option<&str>,
    ) -> Fixture {
        let mut env = vec![
            ("OAUTHCTL_API", api.as_str().to_string()),
            ("OAUTHCTL_BASE_URL", base_url.to_string()),
        ];
        if let Some(i) = issuer {
            env.push(("OAUTHCTL_ISSUER", i.to_string()));
        }
        if let Some(t) = token {
            env.push(("OAUTHCTL_TOKEN", t.to_string()));
        }
        Fixture::new(api, env)
    }

    /// Keeps `server` (a shared server's handle, or the test's own) as long as the fixture.
    pub fn holding(mut self, server: impl std::any::Any) -> Fixture {
        self._server = Box::new(server);
        self
    }

    /// Sets (or replaces) one setting of the environment.
    pub fn set(&mut self, key: &'static str, value: &str) {
        self.env.retain(|(k, _)| *k != key);
        self.env.push((key, value.to_string()));
    }

    /// The value of one setting.
    pub fn get(&self, key: &str) -> &str {
        self.env
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("{}: no {key} in the fixture", self.api))
    }

    pub fn has(&self, c: Capability) -> bool {
        self.api.capabilities().contains(&c)
    }

    /// The binary, pointed at the server, in this machine's home.
    pub fn cmd(&self) -> Command {
        self.command_in(&self.home)
    }

    pub fn command_in(&self, home: &Home) -> Command {
        let mut c = home.command();
        c.envs(self.env.iter().map(|(k, v)| (*k, v.as_str())));
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        Out::from(self.cmd().args(args).output().expect("run oauthctl"))
    }

    pub fn run_env(&self, env: &[(&str, &str)], args: &[&str]) -> Out {
        let mut c = self.cmd();
        for (k, v) in env {
            c.env(k, v);
        }
        Out::from(c.args(args).output().expect("run oauthctl"))
    }

    /// A run with `input` on stdin.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Out {
        common::run_with_stdin(self.cmd().args(args), input)
    }

    /// The client IDs `clients list` shows, on this machine or on another.
    #[track_caller]
    pub fn listed(&self, elsewhere: bool) -> Vec<String> {
        let home = if elsewhere {
            &self.elsewhere
        } else {
            &self.home
        };
        let out = Out::from(
            self.command_in(home)
                .args(["-o", "json", "clients", "list"])
                .output()
                .expect("run oauthctl"),
        );
        out.assert_code(0);
        let v: Value = serde_json::from_str(&out.stdout).expect("a JSON list");
        v.as_array()
            .expect("a JSON array")
            .iter()
            .filter_map(|c| c["clientId"].as_str().map(String::from))
            .collect()
    }

    /// `-o json ARGS`, which must succeed: its stdout as JSON.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        out.assert_code(0);
        serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
    }

    /// `oauthctl token` for the client with this secret: the exit code and the output.
    pub fn token(&self, client_id: &str, secret: &str) -> Out {
        let id = format!("--client-id={client_id}");
        let mut args = vec!["-o", "json", "token", id.as_str()];
        if let Some(s) = self.scope {
            args.extend(["--scope", s]);
        }
        self.run_env(&[("OAUTHCTL_APP_CLIENT_SECRET", secret)], &args)
    }

    #[track_caller]
    pub fn token_refused(&self, client_id: &str, secret: &str) {
        let out = self.token(client_id, secret);
        assert_ne!(
            out.code, 0,
            "{}: the token endpoint still accepts a retired secret:\n{}",
            self.api, out.stdout
        );
    }

    #[track_caller]
    pub fn token_works(&self, client_id: &str, secret: &str) {
        let out = self.token(client_id, secret);
        out.assert_code(0);
        let v: Value = serde_json::from_str(&out.stdout).expect("token JSON");
        assert!(v["access_token"].as_str().is_some_and(|t| !t.is_empty()));
    }
}

/// The `-o json` error document of a failed run: the last line of stderr that is JSON (notes
/// and a `-v` trace may come before it).
#[track_caller]
pub fn json_error(out: &Out) -> Value {
    let line = out
        .stderr
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .unwrap_or_else(|| panic!("no JSON error on stderr:\n{}", out.stderr));
    serde_json::from_str(line).unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {line}"))
}

/// A `-v` run sent no request at all: its trace has no `METHOD URL → STATUS` line.
#[track_caller]
pub fn assert_nothing_sent(out: &Out, what: &str) {
    assert!(
        !out.stderr.contains(" → "),
        "{what} sent a request:\n{}",
        out.stderr
    );
}

fn secret_of(v: &Value) -> String {
    v["secret"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("no secret value in {v}"))
        .to_string()
}

/// A `-v` run sent no change: every request its trace shows (`METHOD URL → STATUS`) is a read,
/// or goes to an OAuth endpoint (the admin token).
#[track_caller]
fn assert_reads_only(k: &Fixture, out: &Out) {
    for line in out.stderr.lines().filter(|l| l.contains(" → ")) {
        let request = line.trim_start_matches("* ");
        assert!(
            request.starts_with("GET ") || request.contains("/token"),
            "{}: --dry-run sent {request}\n{}",
            k.api,
            out.stderr
        );
    }
}

/// The scenarios every kind must pass.
fn contract(k: &Fixture) {
    let name = format!("contract-{}", k.api);
    let mut args = vec![
        "clients",
        "create",
        "--name",
        &name,
        "--grant-type",
        "client_credentials",
    ];
    args.extend(k.create_args.iter().map(String::as_str));
    if let Some(s) = k.scope {
        args.extend(["--scope", s]);
    }

    // create: the client and its first secret, shown once.
    let created = k.json(&args);
    let id = created["client"]["clientId"]
        .as_str()
        .expect("clientId")
        .to_string();
    assert_eq!(created["client"]["clientName"], name.as_str());
    let mut secret = secret_of(&created);

    // a token with that secret
    k.token_works(&id, &secret);

    // show, list: every kind lists what this machine made; only a kind that lists every client
    // (list-clients) shows it on another machine too (RFC 7592 knows only its local registry).
    let shown = k.json(&["clients", "show", &id]);
    assert_eq!(shown["clientId"], id.as_str());
    assert_eq!(shown["clientName"], name.as_str());
    let here = k.listed(false);
    assert!(here.contains(&id), "{}: {id} not in {here:?}", k.api);
    let there = k.listed(true);
    assert_eq!(
        there.contains(&id),
        k.has(Capability::ListClients),
        "{}: another machine's list {there:?}, list-clients {}",
        k.api,
        k.has(Capability::ListClients)
    );

    // a client that is not there: exit 4, on every kind
    k.run(&["clients", "show", "no-such-client-anywhere"])
        .assert_code(4);

    // --dry-run sends nothing but reads: no change leaves, and nothing changed
    let dry_name = format!("{name}-dry");
    let mut dry = vec!["--dry-run", "-v"];
    dry.extend(
        args.iter()
            .copied()
            .map(|a| if a == name { dry_name.as_str() } else { a }),
    );
    let out = k.run(&dry);
    out.assert_code(0);
    assert_reads_only(k, &out);
    for change in [
        vec![
            "--dry-run",
            "-v",
            "clients",
            "update",
            &id,
            "--display-name",
            "Dry",
        ],
        vec!["--dry-run", "-v", "clients", "delete", &id, "--yes"],
    ] {
        let out = k.run(&change);
        out.assert_code(0);
        assert_reads_only(k, &out);
    }
    assert!(!k.listed(false).iter().any(|c| c == &dry_name));
    assert_ne!(k.json(&["clients", "show", &id])["displayName"], "Dry");

    // every capability the kind lists works
    for (cap, cmd) in [
        (Capability::Spaces, vec!["spaces", "list"]),
        (Capability::Authorizations, vec!["authorizations", "list"]),
        (Capability::ScopeCatalogue, vec!["scopes", "list"]),
    ] {
        if k.has(cap) {
            k.run(&cmd).assert_code(0);
        }
    }
    if k.has(Capability::Raw) {
        let path = k
            .raw_path
            .unwrap_or_else(|| panic!("{}: raw calls, but no path to try", k.api));
        k.run(&["api", "GET", path]).assert_code(0);
    }

    // update without losing the secret (or, where the server issues a new one, delivering it)
    let updated = k.json(&["clients", "update", &id, "--display-name", "Contract app"]);
    let client = if updated.get("client").is_some() {
        secret = secret_of(&updated);
        &updated["client"]
    } else {
        &updated
    };
    assert_eq!(client["displayName"], "Contract app");
    k.token_works(&id, &secret);

    // rotation
    if k.has(Capability::MultipleSecrets) {
        let r = k.json(&["secrets", "rotate", &id]);
        let new = r["secret"]["value"]
            .as_str()
            .expect("new value")
            .to_string();
        k.token_works(&id, &new);
        // the old one keeps working during the overlap
        k.token_works(&id, &secret);
        // … until it is revoked (a kind may keep a bounded number of secrets, as Keycloak keeps
        // one rotated secret: this also makes room for the extra secret below)
        let new_id = r["secret"]["id"].as_str().expect("new secret's ID");
        let secrets = k.json(&["secrets", "list", &id]);
        for old in secrets.as_array().expect("array") {
            let old_id = old["id"].as_str().expect("secret ID");
            if old_id != new_id {
                k.run(&["secrets", "revoke", &id, old_id, "--yes"])
                    .assert_code(0);
            }
        }
        k.token_refused(&id, &secret);
        k.token_works(&id, &new);
        secret = new;
    } else if !k.replaces {
        // the server keeps the secret: refused (exit 2, `unsupported`), the secret still works
        let out = k.run(&["-o", "json", "secrets", "rotate", &id, "--replace"]);
        out.assert_code(2).assert_stderr("unsupported");
        k.token_works(&id, &secret);
    } else {
        // without --replace: exit 2, nothing sent
        let out = k.run(&["-o", "json", "secrets", "rotate", &id]);
        out.assert_code(2).assert_stderr("--replace");
        k.token_works(&id, &secret);
        let r = k.json(&["secrets", "rotate", &id, "--replace"]);
        let new = r["secret"]["value"]
            .as_str()
            .expect("new value")
            .to_string();
        assert_ne!(new, secret);
        k.token_works(&id, &new);
        k.token_refused(&id, &secret);
        secret = new;
    }
    let secrets = k.json(&["secrets", "list", &id]);
    assert!(!secrets.as_array().expect("array").is_empty());

    // every capability the kind lacks: exit 2, JSON code `unsupported`, no request sent
    for (cap, cmd) in [
        (Capability::Spaces, vec!["spaces", "list"]),
        (Capability::Authorizations, vec!["authorizations", "list"]),
        (
            Capability::MultipleSecrets,
            vec!["secrets", "create", id.as_str()],
        ),
        (Capability::Raw, vec!["api", "GET", "/anything"]),
        (Capability::ScopeCatalogue, vec!["scopes", "list"]),
    ] {
        if k.has(cap) {
            continue;
        }
        let mut all = vec!["-o", "json", "-v"];
        all.extend(cmd.iter().copied());
        let out = k.run(&all);
        out.assert_code(2);
        let line = out
            .stderr
            .lines()
            .find(|l| l.starts_with('{'))
            .unwrap_or_else(|| panic!("no JSON error in {}", out.stderr));
        let err: Value = serde_json::from_str(line).expect("JSON error");
        assert_eq!(err["error"]["code"], "unsupported", "{cmd:?} on {}", k.api);
        // the -v trace shows one `METHOD URL → STATUS` line per request
        assert!(
            !out.stderr.contains(" → "),
            "{cmd:?} on {} sent a request:\n{}",
            k.api,
            out.stderr
        );
    }

    if k.has(Capability::MultipleSecrets) {
        let extra = k.json(&["secrets", "create", &id]);
        k.token_works(&id, &secret_of(&serde_json::json!({ "secret": extra })));
    }

    // delete: the token endpoint refuses the secret afterwards
    k.run(&["clients", "delete", &id, "--yes"]).assert_code(0);
    k.token_refused(&id, &secret);
    let gone = k.run(&["clients", "show", &id]);
    assert_ne!(gone.code, 0, "{}: the deleted client still shows", k.api);

    // diff makes the checks apply makes: a new client that sets what the kind's field table
    // refuses is refused at the field's line, by diff as by apply, and nothing is created.
    for r in backend::descriptor(k.api).rules {
        let backend::Rule::Fixed(fixed) = r.rule else {
            continue;
        };
        let name = format!("table-{}-{}", k.api, std::process::id());
        let file = format!(
            "clients:\n  - clientName: {name}\n    allowedGrantTypes: [client_credentials]\n    \
             redirectUris: [https://a.example/cb]\n    {}: {}\n",
            r.field, !fixed
        );
        for args in [vec!["diff", "-f", "-"], vec!["apply", "-f", "-", "--yes"]] {
            k.run_stdin(&args, &file)
                .assert_code(2)
                // (A kind whose files cannot carry the field refuses it as such: same line.)
                .assert_stderr(&format!("stdin:5: {}: ", r.field));
        }
        k.run(&["clients", "show", &name]).assert_code(4);
    }
}

/// A kind's field table is checked before anything is asked or sent: a value the kind cannot
/// store is refused, naming its flag, even before a missing name would be asked for (no server
/// is needed: nothing is sent).
#[test]
fn the_field_table_is_checked_before_any_question() {
    let home = Home::new();
    let mut refusing = 0;
    for d in backend::KINDS {
        let cors_refused = d
            .rules
            .iter()
            .any(|r| r.field == "allowedCorsOrigins" && r.rule == backend::Rule::Absent);
        if !cors_refused {
            continue;
        }
        refusing += 1;
        let out = Out::from(
            home.command()
                .env("OAUTHCTL_API", d.conventions.name)
                .env("OAUTHCTL_BASE_URL", "http://127.0.0.1:9")
                .env("OAUTHCTL_TOKEN", "unused")
                .args([
                    "--no-input",
                    "clients",
                    "create",
                    "--cors-origin",
                    "https://a.example",
                ])
                .output()
                .expect("run oauthctl"),
        );
        out.assert_code(2).assert_stderr("--cors-origin");
        assert!(
            !out.stderr.contains("--name is required") && !out.stderr.contains("127.0.0.1:9"),
            "{}: {}",
            d.conventions.name,
            out.stderr
        );
    }
    assert!(refusing > 0, "no kind refuses CORS origins any more");
}

/// `oauthctl apply` of one file on both Keycloak and Hydra: the same clients come out, and a
/// second apply has nothing to do.
#[test]
fn apply_of_one_file_on_keycloak_and_hydra() {
    let kc = common::thirdparty::Keycloak::shared();
    let file = r#"{"clients": [
        {"clientId": "billing-svc", "clientName": "billing", "displayName": "Billing",
         "allowedGrantTypes": ["client_credentials"], "allowedScopes": ["api.read"]},
        {"clientId": "web-app", "clientName": "web", "requireClientSecret": true,
         "allowedGrantTypes": ["authorization_code", "refresh_token"],
         "redirectUris": ["https://app.example.com/cb"],
         "allowedCorsOrigins": ["https://app.example.com"]}
    ]}"#;
    for k in [keycloak::on(&kc.realm(false)), hydra::admin_api()] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("clients.json");
        std::fs::write(&path, file).unwrap();
        let p = path.to_str().unwrap();
        let out = k.run(&[
            "apply",
            "-f",
            p,
            "--yes",
            "--output-file",
            dir.path().join("secrets.json").to_str().unwrap(),
        ]);
        out.assert_code(0);
        for (id, name) in [("billing-svc", "billing"), ("web-app", "web")] {
            let c = k.json(&["clients", "show", id]);
            assert_eq!(c["clientName"], name, "{}: {c}", k.api);
        }
        let billing = k.json(&["clients", "show", "billing-svc"]);
        assert_eq!(billing["displayName"], "Billing");
        assert_eq!(
            billing["allowedScopes"],
            serde_json::json!(["api.read"]),
            "{}",
            k.api
        );
        let web = k.json(&["clients", "show", "web-app"]);
        assert_eq!(
            web["allowedGrantTypes"],
            serde_json::json!(["authorization_code", "refresh_token"]),
            "{}",
            k.api
        );
        assert_eq!(
            web["redirectUris"],
            serde_json::json!(["https://app.example.com/cb"])
        );
        // nothing left to do
        let again = k.run(&["diff", "-f", p, "--exit-code"]);
        again.assert_code(0);
    }
}
