//! `oauthctl login` (client credentials, and Authorization Code with PKCE with the browser step
//! played by the test), the token cache and its renewal, `auth status`, `logout [--revoke]`, and
//! `oauthctl token` against the dev server.
//!
//! Logins run with only OAUTHCTL_BASE_URL set ([`DevServer::bare`]), so what the login stored is
//! what authenticates later commands. Tests that store in the OS keyring need a real Secret
//! Service (`bash tests/run.sh` provides one and sets OAUTHCTL_TEST_SECRET_SERVICE=1); without it
//! they fail (tests/common/parts.rs). The `--no-store` tests need no keyring and always run.
use crate::common;
use common::*;

use std::process::Command;

use serde_json::Value;

/// Runs `cmd` with `args`, writing `stdin` to its standard input.
fn run_stdin(mut cmd: Command, args: &[&str], stdin: &str) -> Out {
    common::run_with_stdin(cmd.args(args), stdin)
}

fn run(mut cmd: Command, args: &[&str]) -> Out {
    Out::from(cmd.args(args).output().expect("run oauthctl"))
}

#[track_caller]
fn json_of(out: &Out) -> Value {
    serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {out:?}"))
}

const TOKEN_POST: &str = "POST /oauth/token ";

/// `login --client-credentials` as the bootstrap admin with the secret on stdin.
fn cc_login(srv: &DevServer, extra: &[&str]) -> Out {
    let mut args = vec![
        "-o",
        "json",
        "login",
        "--client-credentials",
        "--client-id",
        "oauthctl-admin",
        "--client-secret-stdin",
    ];
    args.extend_from_slice(extra);
    run_stdin(srv.bare(), &args, &format!("{ADMIN_SECRET}\n"))
}

fn secs_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---------------------------------------------------------------------------------------------
// login --client-credentials
// ---------------------------------------------------------------------------------------------

#[test]
fn client_credentials_basic_with_the_secret_on_stdin_and_no_store() {
    let srv = DevServer::start();
    let out = cc_login(&srv, &["--auth", "basic", "--no-store"]);
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["loggedIn"], true);
    assert_eq!(v["source"], "login");
    assert_eq!(v["identity"], "client oauthctl-admin");
    assert_eq!(v["storedInKeyring"], false);
    assert_eq!(v["tenant"], "default");
    assert!(
        v["scope"].as_str().unwrap().contains("oauthctl.admin"),
        "{v}"
    );
    assert!(v["expiresAt"].is_string(), "{v}");
    assert!(!out.stderr.contains(ADMIN_SECRET) && !out.stdout.contains(ADMIN_SECRET));

    // auth status says the same, from what login left behind.
    let st = run(srv.bare(), &["-o", "json", "auth", "status"]);
    st.assert_code(0);
    let s = json_of(&st);
    assert_eq!(s["source"], "login");
    assert_eq!(s["storedInKeyring"], false);
    assert_eq!(s["identity"], "client oauthctl-admin");
    assert_eq!(
        s["server"].as_str().unwrap().trim_end_matches('/'),
        srv.base_url
    );

    // Later commands need nothing more.
    run(srv.bare(), &["spaces", "list"])
        .assert_code(0)
        .assert_stdout("default");

    // The login file is private and holds no secret.
    let (path, file) = login_file(&srv.home);
    assert_eq!(file["auth"], "basic");
    assert_eq!(file["stored"], false);
    assert_eq!(file["kind"], "clientCredentials");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(ADMIN_SECRET), "no secret in {text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
}

#[test]
fn client_credentials_post_with_the_secret_from_the_environment() {
    let srv = DevServer::start();
    // The client ID from OAUTHCTL_CLIENT_ID, the secret from OAUTHCTL_CLIENT_SECRET.
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_CLIENT_ID", "oauthctl-admin")
        .env("OAUTHCTL_CLIENT_SECRET", ADMIN_SECRET);
    let out = run(
        cmd,
        &[
            "-o",
            "json",
            "login",
            "--client-credentials",
            "--auth",
            "post",
            "--no-store",
        ],
    );
    out.assert_code(0);
    assert_eq!(json_of(&out)["identity"], "client oauthctl-admin");
    let (_, file) = login_file(&srv.home);
    assert_eq!(file["auth"], "post");

    // Without the variables, the login is what authenticates.
    let st = run(srv.bare(), &["-o", "json", "auth", "status"]);
    st.assert_code(0);
    assert_eq!(json_of(&st)["source"], "login");
    run(srv.bare(), &["clients", "list"]).assert_code(0);
}

#[test]
fn a_no_store_login_works_until_its_token_expires() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    cc_login(&srv, &["--no-store"]).assert_code(0);
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    let before = srv.logged(TOKEN_POST);

    expire_login(&srv.home);
    let out = run(srv.bare(), &["spaces", "list"]);
    out.assert_code(3)
        .assert_stderr("the login has expired")
        .assert_stderr("oauthctl login");
    assert_eq!(
        srv.logged(TOKEN_POST),
        before,
        "nothing to renew it with: no token request"
    );
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

#[test]
fn a_wrong_secret_is_exit_3_and_leaves_nothing_behind() {
    let srv = DevServer::start();
    let out = run_stdin(
        srv.bare(),
        &[
            "login",
            "--client-credentials",
            "--client-id",
            "oauthctl-admin",
            "--client-secret-stdin",
            "--no-store",
        ],
        "not-the-secret\n",
    );
    out.assert_code(3).assert_stderr("invalid_client");
    assert!(!out.stderr.contains("not-the-secret"));
    assert!(login_files(&srv.home).is_empty());
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

#[test]
fn no_secret_when_not_interactive_is_exit_2_naming_the_flag() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    let out = run(
        srv.bare(),
        &[
            "login",
            "--client-credentials",
            "--client-id",
            "oauthctl-admin",
        ],
    );
    out.assert_code(2)
        .assert_stderr("--client-secret-stdin")
        .assert_stderr("OAUTHCTL_CLIENT_SECRET");
    assert_eq!(srv.logged(TOKEN_POST), 0, "no token request");
    assert!(login_files(&srv.home).is_empty());

    // An empty stdin is no secret either.
    run_stdin(
        srv.bare(),
        &[
            "login",
            "--client-credentials",
            "--client-id",
            "oauthctl-admin",
            "--client-secret-stdin",
        ],
        "",
    )
    .assert_code(2)
    .assert_stderr("--client-secret-stdin");

    // And without a client ID, the flag is named.
    run_stdin(
        srv.bare(),
        &["login", "--client-credentials", "--client-secret-stdin"],
        ADMIN_SECRET,
    )
    .assert_code(2)
    .assert_stderr("--client-id");
}

#[test]
fn auth_status_without_any_credentials_is_exit_3() {
    let srv = DevServer::start();
    run(srv.bare(), &["auth", "status"])
        .assert_code(3)
        .assert_stderr("not logged in")
        .assert_stderr("oauthctl login");
    // With the environment's admin credentials, the source says so.
    let v = srv.json(&["auth", "status"]);
    assert_eq!(v["source"], "OAUTHCTL_CLIENT_ID and OAUTHCTL_CLIENT_SECRET");
}

#[test]
fn logout_removes_a_no_store_login() {
    let srv = DevServer::start();
    cc_login(&srv, &["--no-store"]).assert_code(0);
    run(srv.bare(), &["auth", "status"]).assert_code(0);

    let out = run(srv.bare(), &["-o", "json", "logout"]);
    out.assert_code(0);
    assert_eq!(json_of(&out)["loggedOut"], true);
    assert!(login_files(&srv.home).is_empty());
    run(srv.bare(), &["auth", "status"]).assert_code(3);
    run(srv.bare(), &["spaces", "list"]).assert_code(3);

    // Once more: nothing to do, and not an error.
    let again = run(srv.bare(), &["-o", "json", "logout"]);
    again.assert_code(0).assert_stderr("nothing to do");
    assert_eq!(json_of(&again)["loggedOut"], false);

    // --revoke on a client-credentials login has nothing to revoke, and says so.
    cc_login(&srv, &["--no-store"]).assert_code(0);
    run(srv.bare(), &["logout", "--revoke"])
        .assert_code(0)
        .assert_stderr("nothing to revoke");
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

// ---------------------------------------------------------------------------------------------
// The token cache: no token request per command
// ---------------------------------------------------------------------------------------------

#[test]
fn after_a_client_credentials_login_commands_use_the_cached_token() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    cc_login(&srv, &["--no-store"]).assert_code(0);
    assert_eq!(
        srv.logged(TOKEN_POST),
        1,
        "the login's own request:\n{}",
        srv.log()
    );
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    run(srv.bare(), &["clients", "list"]).assert_code(0);
    assert_eq!(
        srv.logged(TOKEN_POST),
        1,
        "no token request by later commands:\n{}",
        srv.log()
    );
    assert!(srv.logged("GET /api/") >= 3, "{}", srv.log());
}

#[test]
fn environment_credentials_fetch_one_token_for_many_commands() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    srv.run(&["spaces", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 1, "{}", srv.log());
    srv.run(&["spaces", "list"]).assert_code(0);
    srv.run(&["clients", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 1, "{}", srv.log());
}

// ---------------------------------------------------------------------------------------------
// login with Authorization Code + PKCE: the browser step played by the test
// ---------------------------------------------------------------------------------------------

fn pkce_login(srv: &DevServer, extra: &[&str]) -> BrowserWait {
    let mut cmd = srv.bare();
    cmd.args(["-o", "json", "login", "--no-browser"])
        .args(extra);
    start_browser_flow(cmd)
}

#[test]
fn pkce_login_with_the_browser_played_by_the_test() {
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let mut flow = pkce_login(&srv, &["--no-store"]);

    // The authorization request: PKCE S256, a state, a loopback redirect on an ephemeral port.
    let url = flow.url.clone();
    assert!(
        url.starts_with(&format!("{}/oauth/authorize?", srv.base_url)),
        "{url}"
    );
    assert_eq!(query_param(&url, "response_type").as_deref(), Some("code"));
    assert_eq!(
        query_param(&url, "client_id").as_deref(),
        Some("oauthctl-cli")
    );
    assert_eq!(
        query_param(&url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    let challenge = query_param(&url, "code_challenge").unwrap();
    assert_eq!(challenge.len(), 43, "a base64url SHA-256: {challenge}");
    assert!(flow.state().len() >= 16, "{url}");
    assert_eq!(
        query_param(&url, "scope").as_deref(),
        Some("oauthctl.admin offline_access")
    );
    let redirect = flow.redirect_uri();
    let r = url::Url::parse(&redirect).unwrap();
    assert_eq!(r.host_str(), Some("127.0.0.1"), "{redirect}");
    assert_eq!(r.path(), "/callback");
    assert!(r.port().is_some_and(|p| p != 0), "{redirect}");
    assert!(
        flow.stderr_so_far().contains("Open this URL in a browser"),
        "{}",
        flow.stderr_so_far()
    );

    let back = dev_browser_allow(&flow);
    assert_eq!(back.status, 200, "{back:?}");
    assert!(back.body.contains("Signed in"), "{}", back.body);

    let out = flow.finish();
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["source"], "login");
    assert_eq!(v["identity"], "user admin (through client oauthctl-cli)");
    assert_eq!(v["storedInKeyring"], false);
    assert!(v["scope"].as_str().unwrap().contains("oauthctl.admin"));
    assert!(
        !out.stdout.contains("ort_") && !out.stderr.contains("ort_"),
        "no refresh token shown"
    );
    assert_eq!(
        srv.logged(TOKEN_POST),
        1,
        "the code exchange:\n{}",
        srv.log()
    );

    // The listener is gone once the code arrived.
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", r.port().unwrap())).is_err(),
        "the loopback listener is closed"
    );

    // The login authenticates later commands, with its cached token.
    let st = run(srv.bare(), &["-o", "json", "auth", "status"]);
    st.assert_code(0);
    assert_eq!(
        json_of(&st)["identity"],
        "user admin (through client oauthctl-cli)"
    );
    run(srv.bare(), &["spaces", "list"])
        .assert_code(0)
        .assert_stdout("default");
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    assert_eq!(
        srv.logged(TOKEN_POST),
        1,
        "no token request on later commands:\n{}",
        srv.log()
    );
    let (_, file) = login_file(&srv.home);
    assert_eq!(file["kind"], "authorizationCode");
    assert_eq!(file["clientId"], "oauthctl-cli");
}

#[test]
fn pkce_wrong_password_shows_the_page_again_and_no_code() {
    let srv = DevServer::builder().password().start();
    let mut flow = pkce_login(&srv, &["--no-store"]);
    let resp = dev_sign_in(&flow.url, "admin", "wrong-password", "allow");
    assert_eq!(resp.status, 401, "{resp:?}");
    assert!(resp.header("location").is_none(), "{resp:?}");
    assert!(
        resp.body.contains("Wrong username or password"),
        "{}",
        resp.body
    );
    assert!(
        resp.body.contains("name=password"),
        "the sign-in page again"
    );
    // An unknown user is refused the same way.
    let resp = dev_sign_in(&flow.url, "nobody", ADMIN_PASSWORD, "allow");
    assert_eq!(resp.status, 401, "{resp:?}");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(flow.running(), "login still waits for the sign-in");

    // The right password then completes the same login.
    dev_browser_allow(&flow);
    flow.finish().assert_code(0);
    run(srv.bare(), &["auth", "status"]).assert_code(0);
}

#[test]
fn pkce_deny_is_exit_3_access_denied() {
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let mut flow = pkce_login(&srv, &["--no-store"]);
    let resp = dev_sign_in(&flow.url, "", "", "deny");
    assert_eq!(resp.status, 302, "{resp:?}");
    let loc = resp.location(&flow.url);
    assert_eq!(query_param(&loc, "error").as_deref(), Some("access_denied"));
    assert_eq!(query_param(&loc, "state"), Some(flow.state()));
    assert!(query_param(&loc, "code").is_none());
    let back = http_to(&loc, "GET", &[], None);
    assert_eq!(back.status, 200);
    assert!(back.body.contains("failed"), "{}", back.body);

    let out = flow.finish();
    out.assert_code(3).assert_stderr("access_denied");
    assert!(login_files(&srv.home).is_empty());
    assert_eq!(srv.logged(TOKEN_POST), 0, "no code, no exchange");
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

#[test]
fn pkce_redirect_with_a_wrong_state_is_refused_and_the_login_goes_on() {
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let mut flow = pkce_login(&srv, &["--no-store"]);
    // Someone else's redirect reaches the listener first: a code, but not our state.
    let forged = format!("{}?code=stolen-code&state=bad", flow.redirect_uri());
    let back = http_to(&forged, "GET", &[], None);
    assert_eq!(back.status, 400, "{back:?}");
    assert!(flow.running(), "still waiting for the real redirect");
    assert_eq!(
        srv.logged(TOKEN_POST),
        0,
        "the stolen code was not exchanged"
    );
    assert_eq!(dev_browser_allow(&flow).status, 200);
    flow.finish().assert_code(0);
    assert_eq!(
        srv.logged(TOKEN_POST),
        1,
        "only the real code was exchanged"
    );
}

#[test]
fn pkce_listener_ignores_other_paths() {
    let srv = DevServer::builder().password().start();
    let mut flow = pkce_login(&srv, &["--no-store"]);
    let other = format!("{}/favicon.ico", origin(&flow.redirect_uri()));
    assert_eq!(http_to(&other, "GET", &[], None).status, 404);
    assert!(flow.running(), "still waiting after a stray request");
    dev_browser_allow(&flow);
    flow.finish().assert_code(0);
}

#[test]
fn a_browser_login_without_a_terminal_needs_no_browser_or_client_credentials() {
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    run(srv.bare(), &["login"])
        .assert_code(2)
        .assert_stderr("--client-credentials")
        .assert_stderr("--no-browser");
    assert!(
        !srv.log().contains("GET /.well-known"),
        "no request: {}",
        srv.log()
    );
}

// ---------------------------------------------------------------------------------------------
// The OS keyring (real Secret Service)
// ---------------------------------------------------------------------------------------------

#[test]
fn client_credentials_login_keeps_the_secret_in_the_keyring() {
    require(Part::Keyring);
    let srv = DevServer::builder().args(&["--log-requests"]).start();
    let out = cc_login(&srv, &["--auth", "post"]);
    out.assert_code(0);
    assert_eq!(json_of(&out)["storedInKeyring"], true, "{out:?}");
    let account = format!("login-secret:oauthctl-admin@default@{}", srv.base_url);
    assert_eq!(keyring_item(&account).as_deref(), Some(ADMIN_SECRET));
    let (path, file) = login_file(&srv.home);
    assert_eq!(file["stored"], true);
    assert!(!std::fs::read_to_string(&path)
        .unwrap()
        .contains(ADMIN_SECRET));

    // Later commands need nothing more.
    let st = run(srv.bare(), &["-o", "json", "auth", "status"]);
    st.assert_code(0);
    assert_eq!(json_of(&st)["storedInKeyring"], true);
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 1, "{}", srv.log());

    // Once the token expired, the next command gets a new one with the secret from the keyring,
    // once.
    expire_login(&srv.home);
    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 2, "one renewal:\n{}", srv.log());
    let (_, file) = login_file(&srv.home);
    assert!(
        file["expiresAt"].as_i64().unwrap() > secs_now() + 600,
        "{file}"
    );
    run(srv.bare(), &["clients", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 2, "the renewed token is cached");

    // logout removes the login file and the keyring item.
    run(srv.bare(), &["logout"]).assert_code(0);
    assert_eq!(keyring_item(&account), None);
    assert!(login_files(&srv.home).is_empty());
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

#[test]
fn pkce_login_keeps_the_refresh_token_and_renews_after_expiry() {
    require(Part::Keyring);
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let mut flow = pkce_login(&srv, &[]);
    dev_browser_allow(&flow);
    let out = flow.finish();
    out.assert_code(0);
    assert_eq!(json_of(&out)["storedInKeyring"], true, "{out:?}");
    let account = format!("login-refresh-token:oauthctl-cli@default@{}", srv.base_url);
    let refresh = keyring_item(&account).expect("the refresh token in the keyring");
    assert!(refresh.starts_with("ort_"), "{refresh}");
    let (path, _) = login_file(&srv.home);
    assert!(
        !std::fs::read_to_string(&path).unwrap().contains(&refresh),
        "the refresh token is only in the keyring"
    );
    assert_eq!(srv.logged(TOKEN_POST), 1);

    run(srv.bare(), &["spaces", "list"]).assert_code(0);
    assert_eq!(srv.logged(TOKEN_POST), 1, "cached:\n{}", srv.log());

    // After expiry: exactly one refresh_token request, and the command succeeds.
    let (_, before) = login_file(&srv.home);
    expire_login(&srv.home);
    run(srv.bare(), &["spaces", "list"])
        .assert_code(0)
        .assert_stdout("default");
    assert_eq!(srv.logged(TOKEN_POST), 2, "one refresh:\n{}", srv.log());
    let (_, after) = login_file(&srv.home);
    assert_ne!(after["accessToken"], before["accessToken"]);
    assert!(after["expiresAt"].as_i64().unwrap() > secs_now() + 600);
    let st = run(srv.bare(), &["-o", "json", "auth", "status"]);
    st.assert_code(0);
    assert_eq!(
        json_of(&st)["identity"],
        "user admin (through client oauthctl-cli)"
    );
    assert_eq!(srv.logged(TOKEN_POST), 2, "the renewed token is cached");

    // The renewed token is the user's: the server introspects it as admin's.
    let i = srv.introspect(
        after["accessToken"].as_str().unwrap(),
        "oauthctl-admin",
        ADMIN_SECRET,
    );
    assert_eq!(i["active"], true);
    assert_eq!(i["username"], "admin");
    assert_eq!(i["client_id"], "oauthctl-cli");

    // A plain logout forgets the token here.
    run(srv.bare(), &["logout"]).assert_code(0);
    assert_eq!(keyring_item(&account), None);
    run(srv.bare(), &["auth", "status"]).assert_code(3);
}

/// A PKCE login kept in the keyring; returns the refresh token it stored.
fn stored_pkce_login(srv: &DevServer) -> String {
    let mut flow = pkce_login(srv, &[]);
    dev_browser_allow(&flow);
    flow.finish().assert_code(0);
    let account = format!("login-refresh-token:oauthctl-cli@default@{}", srv.base_url);
    keyring_item(&account).expect("the refresh token in the keyring")
}

fn refresh_with(srv: &DevServer, refresh: &str) -> Out {
    run_stdin(
        srv.bare(),
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            "oauthctl-cli",
            "--grant",
            "refresh-token",
        ],
        &format!("{refresh}\n"),
    )
}

#[test]
fn logout_revoke_revokes_the_refresh_token() {
    require(Part::Keyring);
    let srv = DevServer::builder()
        .args(&["--log-requests"])
        .password()
        .start();
    let refresh = stored_pkce_login(&srv);
    // The refresh token works before.
    let ok = refresh_with(&srv, &refresh);
    ok.assert_code(0);
    assert!(json_of(&ok)["access_token"].is_string());

    // A dry run revokes nothing and forgets nothing: it shows the revocation request.
    let out = run(
        srv.bare(),
        &["--dry-run", "-o", "json", "logout", "--revoke"],
    );
    out.assert_code(0)
        .assert_stderr("dry run: nothing was sent");
    let plan = json_of(&out);
    assert_eq!(plan["dryRun"]["method"], "POST", "{plan}");
    assert!(
        plan["dryRun"]["url"]
            .as_str()
            .unwrap()
            .ends_with("/oauth/revoke"),
        "{plan}"
    );
    assert!(!out.stdout.contains(&refresh), "the token is never shown");
    assert_eq!(srv.logged("POST /oauth/revoke"), 0, "{}", srv.log());
    assert!(!login_files(&srv.home).is_empty(), "the login is kept");
    let account = format!("login-refresh-token:oauthctl-cli@default@{}", srv.base_url);
    assert!(
        keyring_item(&account).is_some(),
        "the refresh token is kept"
    );
    run(srv.bare(), &["--dry-run", "logout"])
        .assert_code(0)
        .assert_stderr("dry run: would log out");
    assert!(!login_files(&srv.home).is_empty(), "the login is kept");

    let out = run(srv.bare(), &["-o", "json", "logout", "--revoke"]);
    out.assert_code(0).assert_stderr("revoked");
    assert_eq!(
        json_of(&out),
        serde_json::json!({"loggedOut": true, "revoked": true})
    );
    assert_eq!(srv.logged("POST /oauth/revoke 200"), 1, "{}", srv.log());
    assert_eq!(keyring_item(&account), None);
    assert!(login_files(&srv.home).is_empty());
    run(srv.bare(), &["auth", "status"]).assert_code(3);

    // The server refuses it now.
    let after = refresh_with(&srv, &refresh);
    assert_ne!(after.code, 0, "{after:?}");
    after.assert_stderr("invalid_grant");
}

#[test]
fn a_login_whose_refresh_token_was_revoked_is_exit_3() {
    require(Part::Keyring);
    let srv = DevServer::builder().password().start();
    let refresh = stored_pkce_login(&srv);
    // Revoked elsewhere (another machine, an admin): the login here cannot be renewed.
    revoke_at_the_server(&srv, &refresh);
    expire_login(&srv.home);
    run(srv.bare(), &["spaces", "list"])
        .assert_code(3)
        .assert_stderr("oauthctl login");
}

// ---------------------------------------------------------------------------------------------
// oauthctl token against the dev server
// ---------------------------------------------------------------------------------------------

fn app(srv: &DevServer) -> (String, String) {
    srv.client("app", &["api.read", "api.write"])
}

#[test]
fn token_client_credentials_basic_with_the_secret_on_stdin() {
    let srv = DevServer::start();
    let (id, secret) = app(&srv);
    let out = run_stdin(
        srv.bare(),
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            &id,
            "--client-secret-stdin",
        ],
        &format!("{secret}\n"),
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["token_type"], "Bearer");
    assert_eq!(v["expires_in"], 3600);
    assert_eq!(v["scope"], "api.read api.write");
    assert!(v.get("refresh_token").is_none(), "{v}");
    assert!(v.get("introspection").is_none(), "{v}");
    let token = v["access_token"].as_str().unwrap();
    let i = srv.introspect(token, &id, &secret);
    assert_eq!(i["active"], true);
    assert_eq!(i["client_id"], id.as_str());
    assert!(!out.stderr.contains(&secret));
}

#[test]
fn token_client_credentials_post_with_the_secret_from_the_environment_and_a_scope() {
    let srv = DevServer::start();
    let (id, secret) = app(&srv);
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let out = run(
        cmd,
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            &id,
            "--auth",
            "post",
            "--scope",
            "api.read",
        ],
    );
    out.assert_code(0);
    let v = json_of(&out);
    assert_eq!(v["scope"], "api.read");
    let i = srv.introspect(v["access_token"].as_str().unwrap(), &id, &secret);
    assert_eq!(i["scope"], "api.read");

    // A scope the client may not have is a usage error.
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    run(
        cmd,
        &["token", "--client-id", &id, "--scope", "oauthctl.admin"],
    )
    .assert_code(2)
    .assert_stderr("invalid_scope");
}

#[test]
fn token_introspect_adds_the_introspection_to_the_token_response() {
    let srv = DevServer::start();
    let (id, secret) = app(&srv);
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let out = run(
        cmd,
        &["-o", "json", "token", "--client-id", &id, "--introspect"],
    );
    out.assert_code(0);
    let v = json_of(&out);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in [
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "introspection",
    ] {
        assert!(keys.contains(&k), "{k} in {v}");
    }
    let i = &v["introspection"];
    assert_eq!(i["active"], true);
    assert_eq!(i["client_id"], id.as_str());
    assert_eq!(i["scope"], v["scope"]);
    assert_eq!(i["tenant"], "default");
    assert!(i["exp"].as_i64().unwrap() > secs_now());
}

/// Runs of token-like characters longer than `n` in `s` (the dev server's tokens are over 200
/// characters; a client ID, a UUID, is 36).
fn long_runs(s: &str, n: usize) -> Vec<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || "-_.~+/=".contains(c)))
        .filter(|w| w.len() > n)
        .map(String::from)
        .collect()
}

#[test]
fn token_human_output_shortens_the_token() {
    let srv = DevServer::start();
    let (id, secret) = app(&srv);
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let out = run(cmd, &["token", "--client-id", &id]);
    out.assert_code(0)
        .assert_stdout("Bearer")
        .assert_stdout("3600 s")
        .assert_stdout("api.read api.write")
        .assert_stdout("characters)");
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("Access token"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(line.contains('…'), "{line}");
    assert!(
        long_runs(&out.stdout, 40).is_empty(),
        "no full token in table mode: {:?}\n{}",
        long_runs(&out.stdout, 40),
        out.stdout
    );

    // The shortened form is the start and end of the real token.
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let j = run(cmd, &["-o", "json", "token", "--client-id", &id]);
    let full = json_of(&j)["access_token"].as_str().unwrap().to_string();
    assert!(full.len() > 24);
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let h = run(cmd, &["token", "--client-id", &id, "--introspect"]);
    h.assert_code(0);
    assert!(
        long_runs(&h.stdout, 40).is_empty(),
        "not with --introspect either: {}",
        h.stdout
    );
    assert!(
        h.stdout.contains(&format!("({} characters)", full.len())),
        "{}",
        h.stdout
    );
}

#[test]
fn token_wrong_or_missing_secret() {
    let srv = DevServer::start();
    let (id, _) = app(&srv);
    run_stdin(
        srv.bare(),
        &["token", "--client-id", &id, "--client-secret-stdin"],
        "wrong\n",
    )
    .assert_code(3)
    .assert_stderr("invalid_client");
    run(srv.bare(), &["token", "--client-id", &id])
        .assert_code(2)
        .assert_stderr("--client-secret-stdin")
        .assert_stderr("OAUTHCTL_APP_CLIENT_SECRET");
}

#[test]
fn token_authorization_code_with_a_client_redirect_uri_then_refresh() {
    let srv = DevServer::builder().password().start();
    let port = free_port();
    let redirect = format!("http://127.0.0.1:{port}/cb");
    let v = srv.json(&[
        "clients",
        "create",
        "--name",
        "web",
        "--space",
        "default",
        "--redirect-uri",
        &redirect,
        "--grant-type",
        "authorization_code",
        "--grant-type",
        "refresh_token",
        "--offline-access",
        "--scope",
        "api.read",
        "--scope",
        "offline_access",
    ]);
    let id = v["client"]["clientId"].as_str().unwrap().to_string();
    let secret = v["secret"]["value"].as_str().unwrap().to_string();

    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret).args([
        "-o",
        "json",
        "token",
        "--client-id",
        &id,
        "--grant",
        "authorization-code",
        "--no-browser",
        "--redirect-uri",
        &redirect,
        "--scope",
        "api.read",
        "--scope",
        "offline_access",
    ]);
    let mut flow = start_browser_flow(cmd);
    assert_eq!(flow.redirect_uri(), redirect);
    assert_eq!(query_param(&flow.url, "client_id"), Some(id.clone()));
    assert_eq!(
        query_param(&flow.url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    let back = dev_browser_allow(&flow);
    assert_eq!(back.status, 200);
    let out = flow.finish();
    out.assert_code(0);
    let t = json_of(&out);
    assert_eq!(t["scope"], "api.read offline_access");
    let access = t["access_token"].as_str().unwrap().to_string();
    let refresh = t["refresh_token"]
        .as_str()
        .unwrap_or_else(|| panic!("a refresh token: {t}"))
        .to_string();
    let i = srv.introspect(&access, &id, &secret);
    assert_eq!(i["active"], true);
    assert_eq!(i["username"], "admin");

    // Refresh: the token from stdin, the secret from the environment.
    let mut cmd = srv.bare();
    cmd.env("OAUTHCTL_APP_CLIENT_SECRET", &secret);
    let r = run_stdin(
        cmd,
        &[
            "-o",
            "json",
            "token",
            "--client-id",
            &id,
            "--grant",
            "refresh-token",
        ],
        &format!("{refresh}\n"),
    );
    r.assert_code(0);
    let r = json_of(&r);
    let renewed = r["access_token"].as_str().unwrap();
    assert_ne!(renewed, access);
    assert_eq!(srv.introspect(renewed, &id, &secret)["username"], "admin");

    // The refresh token on stdin and --client-secret-stdin cannot both be read.
    run_stdin(
        srv.bare(),
        &[
            "token",
            "--client-id",
            &id,
            "--grant",
            "refresh-token",
            "--client-secret-stdin",
        ],
        &format!("{refresh}\n"),
    )
    .assert_code(2)
    .assert_stderr("OAUTHCTL_APP_CLIENT_SECRET");
}

#[test]
fn token_authorization_code_for_a_public_client_on_an_ephemeral_port_then_refresh() {
    let srv = DevServer::builder().password().start();
    let mut cmd = srv.bare();
    cmd.args([
        "-o",
        "json",
        "token",
        "--client-id",
        "oauthctl-cli",
        "--grant",
        "authorization-code",
        "--no-browser",
        "--scope",
        "oauthctl.admin",
        "--scope",
        "offline_access",
    ]);
    let mut flow = start_browser_flow(cmd);
    dev_browser_allow(&flow);
    let out = flow.finish();
    out.assert_code(0);
    let t = json_of(&out);
    let refresh = t["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_string();
    // The access token works against the admin API.
    let mut cmd = srv.home.command();
    cmd.env("OAUTHCTL_BASE_URL", &srv.base_url)
        .env("OAUTHCTL_TOKEN", t["access_token"].as_str().unwrap());
    run(cmd, &["spaces", "list"]).assert_code(0);

    let r = refresh_with(&srv, &refresh);
    r.assert_code(0);
    assert_eq!(json_of(&r)["scope"], "oauthctl.admin offline_access");
    // An unknown refresh token is refused.
    let bad = refresh_with(&srv, "ort_not-a-real-token");
    assert_ne!(bad.code, 0);
    bad.assert_stderr("invalid_grant");
}

/// A refresh token of the public client `oauthctl-cli` from `token --grant authorization-code`
/// (no keyring involved).
fn cli_refresh_token(srv: &DevServer) -> String {
    let mut cmd = srv.bare();
    cmd.args([
        "-o",
        "json",
        "token",
        "--client-id",
        "oauthctl-cli",
        "--grant",
        "authorization-code",
        "--no-browser",
        "--scope",
        "oauthctl.admin",
        "--scope",
        "offline_access",
    ]);
    let mut flow = start_browser_flow(cmd);
    dev_browser_allow(&flow);
    let out = flow.finish();
    out.assert_code(0);
    json_of(&out)["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_string()
}

fn revoke_at_the_server(srv: &DevServer, refresh: &str) {
    let body = format!("token={refresh}&client_id=oauthctl-cli");
    let (status, text) = http(
        &srv.base_url,
        "POST",
        "/oauth/revoke",
        &[],
        Some(("application/x-www-form-urlencoded", body.as_bytes())),
    );
    assert_eq!(status, 200, "{text}");
}

#[test]
fn a_revoked_refresh_token_is_refused_with_invalid_grant() {
    let srv = DevServer::builder().password().start();
    let refresh = cli_refresh_token(&srv);
    revoke_at_the_server(&srv, &refresh);
    let out = refresh_with(&srv, &refresh);
    assert_ne!(out.code, 0, "{out:?}");
    out.assert_stderr("invalid_grant");
}

#[test]
fn a_revoked_refresh_token_is_exit_3() {
    let srv = DevServer::builder().password().start();
    let refresh = cli_refresh_token(&srv);
    revoke_at_the_server(&srv, &refresh);
    refresh_with(&srv, &refresh)
        .assert_code(3)
        .assert_stderr("invalid_grant");
}

#[test]
fn token_authorization_code_without_a_terminal_needs_no_browser() {
    let srv = DevServer::start();
    run(
        srv.bare(),
        &[
            "token",
            "--client-id",
            "oauthctl-cli",
            "--grant",
            "authorization-code",
        ],
    )
    .assert_code(2)
    .assert_stderr("--no-browser");
    // A redirect URI that is not loopback http cannot receive the code.
    run(
        srv.bare(),
        &[
            "token",
            "--client-id",
            "oauthctl-cli",
            "--grant",
            "authorization-code",
            "--no-browser",
            "--redirect-uri",
            "https://app.example.com/cb",
        ],
    )
    .assert_code(2)
    .assert_stderr("loopback");
}
