//! `profiles add` without `--api` (issue 11): the kind of admin API is detected from what the
//! server answers, said on stderr and stored in the profile; `oauthctl` with a warning when
//! nothing known answers. Against each real server (tests/run.sh sets up the third-party ones;
//! without them these tests fail, never skip).

use crate::common;

use common::thirdparty::{Glewlwyd, Lemonldap, OidcProvider};
use common::{DevServer, Home, Out};
use serde_json::Value;

/// `profiles add NAME --base-url URL -o json` in `home`: the output and the stored profile's JSON.
fn add(home: &Home, name: &str, base_url: &str, extra: &[&str]) -> (Out, Value) {
    let mut args = vec![
        "-o",
        "json",
        "profiles",
        "add",
        name,
        "--base-url",
        base_url,
    ];
    args.extend_from_slice(extra);
    let mut cmd = home.command();
    cmd.env_remove("OAUTHCTL_API");
    let out = Out::from(cmd.args(&args).output().expect("run oauthctl"));
    out.assert_code(0);
    let shown = Out::from(
        home.command()
            .args(["-o", "json", "profiles", "show", name])
            .output()
            .unwrap(),
    );
    shown.assert_code(0);
    let v = serde_json::from_str(&shown.stdout).expect("profile JSON");
    (out, v)
}

/// The config file holds `api = "KIND"` for the profile.
fn stored_api(home: &Home, kind: &str) {
    let file = walk(home.path())
        .into_iter()
        .find(|p| p.ends_with("config.toml"))
        .expect("config.toml");
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(&format!("api = \"{kind}\"")), "{text}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn the_dev_server_is_the_oauthctl_admin_api() {
    let srv = DevServer::start();
    let (out, v) = add(&srv.home, "dev", &srv.base_url, &[]);
    assert_eq!(v["api"], "oauthctl");
    out.assert_stderr("api: oauthctl")
        .assert_stderr(
            "/api/adminapi2/v1/tenants/default/spaces answers 401 with application/problem+json",
        )
        .assert_stderr("RFC 8414 metadata");
    stored_api(&srv.home, "oauthctl");
    // The profile works as it is.
    let mut c = srv.home.command();
    c.env("OAUTHCTL_CLIENT_ID", "oauthctl-admin")
        .env("OAUTHCTL_CLIENT_SECRET", common::ADMIN_SECRET)
        .args(["spaces", "list"]);
    Out::from(c.output().unwrap()).assert_code(0);
}

#[test]
fn an_explicit_api_is_kept_and_nothing_is_probed() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    let (out, v) = add(&srv.home, "g", &srv.base_url, &["--api", "glewlwyd"]);
    assert_eq!(v["api"], "glewlwyd");
    assert!(!out.stderr.contains("api: "), "{}", out.stderr);
    let probes = srv.logged("GET /api/") + srv.logged("GET /.well-known/");
    assert_eq!(probes, 0, "probed although --api was given:\n{}", srv.log());
    // Without --api, the probes are what the server sees (GETs only, nothing changed).
    add(&srv.home, "d", &srv.base_url, &[]);
    assert!(srv.logged("GET /api/auth/scheme/") >= 1, "{}", srv.log());
    assert_eq!(srv.logged("POST "), 0, "{}", srv.log());
}

#[test]
fn nothing_answering_falls_back_to_oauthctl_with_a_warning() {
    let home = Home::new();
    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let (out, v) = add(&home, "gone", &url, &[]);
    assert_eq!(v["api"], "oauthctl");
    out.assert_stderr("warning: could not tell which admin API")
        .assert_stderr("connection refused")
        .assert_stderr("pass --api KIND");
    stored_api(&home, "oauthctl");
}

#[test]
fn node_oidc_provider_is_rfc7592() {
    let o = OidcProvider::shared();
    let home = Home::new();
    let (out, v) = add(&home, "op", &o.issuer, &[]);
    assert_eq!(v["api"], "rfc7592", "{}", out.stderr);
    out.assert_stderr("api: rfc7592")
        .assert_stderr("registration_endpoint");
    stored_api(&home, "rfc7592");
}

#[test]
fn glewlwyd_is_its_admin_api_at_the_root_and_rfc7592_at_its_issuer() {
    let g = Glewlwyd::shared();
    let home = Home::new();
    let (out, v) = add(&home, "g", &g.base_url, &[]);
    assert_eq!(v["api"], "glewlwyd", "{}", out.stderr);
    out.assert_stderr("api: glewlwyd");
    stored_api(&home, "glewlwyd");
    let (out, v) = add(&home, "g-dcr", &g.issuer, &[]);
    assert_eq!(v["api"], "rfc7592", "{}", out.stderr);
    out.assert_stderr("registration_endpoint");
}

#[test]
fn lemonldap_is_its_manager_api() {
    let l = Lemonldap::shared();
    let home = Home::new();
    let (out, v) = add(&home, "llng", &l.manager_url, &["--issuer", &l.issuer]);
    assert_eq!(v["api"], "lemonldap", "{}", out.stderr);
    out.assert_stderr("api: lemonldap")
        .assert_stderr("/api/v1/status");
    stored_api(&home, "lemonldap");
}
