//! One contract suite for every kind of server oauthctl manages: the same scenarios, run with the
//! real binary against each real server on 127.0.0.1. What is expected of a kind follows from its
//! capabilities (its descriptor in `backend::KINDS`), so adding a kind is adding one test function below.

use crate::common;

use std::process::Command;

use oauthctl::backend::{self, ApiKind, Capability};
use serde_json::Value;

use common::{DevServer, Home, Out};

/// A server under test: how to run the binary against it, and what a client needs there.
struct Kind {
    api: ApiKind,
    /// The binary with the settings (base URL, API kind, issuer, admin credentials) of this server.
    cmd: Box<dyn Fn() -> Command>,
    /// Extra `clients create` flags this kind needs (LemonLDAP::NG wants a redirect URI).
    create_args: Vec<String>,
    /// A client must be visible in `clients list` (false where the list is local, RFC 7592).
    lists_all: bool,
    /// The scope a new client gets and asks for at the token endpoint (some servers refuse a
    /// token request without one).
    scope: Option<&'static str>,
}

impl Kind {
    fn has(&self, c: Capability) -> bool {
        self.api.capabilities().contains(&c)
    }

    fn run(&self, args: &[&str]) -> Out {
        Out::from((self.cmd)().args(args).output().expect("run oauthctl"))
    }

    fn run_env(&self, env: &[(&str, &str)], args: &[&str]) -> Out {
        let mut c = (self.cmd)();
        for (k, v) in env {
            c.env(k, v);
        }
        Out::from(c.args(args).output().expect("run oauthctl"))
    }

    #[track_caller]
    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        out.assert_code(0);
        serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", out.stdout))
    }

    /// `oauthctl token` for the client with this secret: the exit code and the output.
    fn token(&self, client_id: &str, secret: &str) -> Out {
        let id = format!("--client-id={client_id}");
        let mut args = vec!["-o", "json", "token", id.as_str()];
        if let Some(s) = self.scope {
            args.extend(["--scope", s]);
        }
        self.run_env(&[("OAUTHCTL_APP_CLIENT_SECRET", secret)], &args)
    }

    /// Token requests can take a moment to see a change on servers that reload their
    /// configuration (LemonLDAP::NG); oauthctl itself waits for that, so this only retries a
    /// token request that should fail.
    #[track_caller]
    fn token_refused(&self, client_id: &str, secret: &str) {
        let out = self.token(client_id, secret);
        assert_ne!(
            out.code, 0,
            "{}: the token endpoint still accepts a retired secret:\n{}",
            self.api, out.stdout
        );
    }

    #[track_caller]
    fn token_works(&self, client_id: &str, secret: &str) {
        let out = self.token(client_id, secret);
        out.assert_code(0);
        let v: Value = serde_json::from_str(&out.stdout).expect("token JSON");
        assert!(v["access_token"].as_str().is_some_and(|t| !t.is_empty()));
    }
}

fn secret_of(v: &Value) -> String {
    v["secret"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("no secret value in {v}"))
        .to_string()
}

/// The scenarios every kind must pass.
fn contract(k: &Kind) {
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

    // show, list
    let shown = k.json(&["clients", "show", &id]);
    assert_eq!(shown["clientId"], id.as_str());
    assert_eq!(shown["clientName"], name.as_str());
    let listed = k.json(&["clients", "list"]);
    let ids: Vec<&str> = listed
        .as_array()
        .expect("a JSON array")
        .iter()
        .filter_map(|c| c["clientId"].as_str())
        .collect();
    if k.lists_all {
        assert!(ids.contains(&id.as_str()), "{}: {id} not in {ids:?}", k.api);
    } else {
        assert!(
            ids.contains(&id.as_str()),
            "{}: the local registry lost {id}",
            k.api
        );
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
        secret = new;
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

    // delete: the token endpoint refuses the secret afterwards
    k.run(&["clients", "delete", &id, "--yes"]).assert_code(0);
    k.token_refused(&id, &secret);
    let gone = k.run(&["clients", "show", &id]);
    assert_ne!(gone.code, 0, "{}: the deleted client still shows", k.api);
}

#[test]
fn dev_server() {
    let server = DevServer::start();
    let base = server.base_url.clone();
    let home = std::sync::Arc::new(Home::new());
    let kind = Kind {
        api: backend::oauthctl::DESCRIPTOR.kind(),
        cmd: Box::new(move || {
            let mut c = home.command();
            c.env("OAUTHCTL_BASE_URL", &base)
                .env("OAUTHCTL_CLIENT_ID", "oauthctl-admin")
                .env("OAUTHCTL_CLIENT_SECRET", common::ADMIN_SECRET);
            c
        }),
        create_args: vec![],
        lists_all: true,
        scope: None,
    };
    contract(&kind);
}

/// The binary pointed at a server of `api` through the environment, as a user would set it.
fn env_kind(
    api: ApiKind,
    base_url: &str,
    issuer: Option<&str>,
    token: Option<&str>,
) -> Box<dyn Fn() -> Command> {
    let home = std::sync::Arc::new(Home::new());
    let (base, issuer, token) = (
        base_url.to_string(),
        issuer.map(String::from),
        token.map(String::from),
    );
    Box::new(move || {
        let mut c = home.command();
        c.env("OAUTHCTL_API", api.as_str())
            .env("OAUTHCTL_BASE_URL", &base);
        if let Some(i) = &issuer {
            c.env("OAUTHCTL_ISSUER", i);
        }
        if let Some(t) = &token {
            c.env("OAUTHCTL_TOKEN", t);
        }
        c
    })
}

#[test]
fn glewlwyd_admin_api() {
    let g = common::thirdparty::Glewlwyd::start();
    contract(&Kind {
        api: backend::glewlwyd::DESCRIPTOR.kind(),
        cmd: env_kind(
            backend::glewlwyd::DESCRIPTOR.kind(),
            &g.base_url,
            None,
            Some(&g.api_key),
        ),
        create_args: vec![],
        lists_all: true,
        scope: Some("api:read"),
    });
}

#[test]
fn lemonldap_manager_api() {
    let l = common::thirdparty::Lemonldap::start();
    contract(&Kind {
        api: backend::lemonldap::DESCRIPTOR.kind(),
        cmd: env_kind(
            backend::lemonldap::DESCRIPTOR.kind(),
            &l.manager_url,
            Some(&l.issuer),
            None,
        ),
        create_args: vec!["--redirect-uri".into(), "https://app.example.com/cb".into()],
        lists_all: true,
        scope: Some("api:read"),
    });
}

/// RFC 7592 management needs each client's registration access token: oauthctl keeps it in the
/// OS keyring, which tests/run.sh provides.
fn rfc7592(
    issuer: &str,
    initial_access_token: &str,
    scope: &'static str,
    create_args: &[&str],
) -> Kind {
    common::require(common::Part::Keyring);
    Kind {
        api: backend::rfc7592::DESCRIPTOR.kind(),
        cmd: env_kind(
            backend::rfc7592::DESCRIPTOR.kind(),
            issuer,
            None,
            Some(initial_access_token),
        ),
        create_args: create_args.iter().map(|s| s.to_string()).collect(),
        lists_all: false,
        scope: Some(scope),
    }
}

#[test]
fn rfc7592_node_oidc_provider() {
    let o = common::thirdparty::OidcProvider::start();
    contract(&rfc7592(
        &o.issuer,
        &o.initial_access_token,
        "api.read",
        &[],
    ));
}

#[test]
fn rfc7592_glewlwyd() {
    let g = common::thirdparty::Glewlwyd::start();
    contract(&rfc7592(
        &g.issuer,
        &g.initial_access_token(),
        common::thirdparty::GLEWLWYD_REGISTERED_SCOPE,
        &["--redirect-uri", "https://svc.example/cb"],
    ));
}
