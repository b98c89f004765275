//! Credentials never reach stdout or stderr by way of an error or a plan (issue 17, items 9 and
//! 10): one rule, the one of `--dry-run`, for every excerpt of a server's text, every error
//! message and every plan.
use crate::common;

use common::fault::{json_reply, Fault, Reply};
use common::*;
use serde_json::{json, Value};

/// A fault server that speaks RFC 7591 registration at `/register` and answers a registration
/// with `answer`.
fn registration_server(answer: impl Fn() -> Reply + Send + Sync + 'static) -> Fault {
    Fault::start(move |r, base| {
        if r.is("GET", "/.well-known/oauth-authorization-server") {
            return Some(json_reply(
                200,
                json!({
                    "issuer": base,
                    "token_endpoint": format!("{base}/oauth/token"),
                    "registration_endpoint": format!("{base}/register"),
                }),
            ));
        }
        r.is("POST", "/register").then(&answer)
    })
}

fn raw(status: u16, content_type: &'static str, body: &str) -> Reply {
    Reply {
        status,
        content_type,
        body: body.as_bytes().to_vec(),
        no_length: false,
        ..Default::default()
    }
}

/// `clients create` as an rfc7592 kind, in table and JSON output; asserts a failure and that
/// none of `leaks` is on stdout or stderr.
#[track_caller]
fn create_shows_none_of(f: &Fault, leaks: &[&str], what: &str) {
    for format in ["table", "json"] {
        let out = Out::from(
            f.cmd()
                .env("OAUTHCTL_API", "rfc7592")
                .env(
                    "DBUS_SESSION_BUS_ADDRESS",
                    "unix:path=/nonexistent/oauthctl-test-bus",
                )
                .args([
                    "-o",
                    format,
                    "clients",
                    "create",
                    "--name",
                    "app",
                    "--grant-type",
                    "client_credentials",
                ])
                .output()
                .unwrap(),
        );
        assert_ne!(out.code, 0, "{what}: {out:?}");
        for leak in leaks {
            assert!(
                !out.stdout.contains(leak) && !out.stderr.contains(leak),
                "{what} ({format}): {leak} was shown:\n--- stdout\n{}\n--- stderr\n{}",
                out.stdout,
                out.stderr
            );
        }
        assert!(
            out.stderr.contains("<redacted>"),
            "{what} ({format}): the error still quotes the answer, redacted:\n{}",
            out.stderr
        );
    }
}

#[test]
fn a_malformed_registration_answer_is_quoted_without_its_credentials() {
    let no_client_id = json!({
        "client_secret": "leak-a1-client-secret",
        "registration_access_token": "leak-a2-registration-token",
        "registration_client_uri": "https://example.com/register/x",
        "client_name": "app"
    });
    let f = registration_server(move || json_reply(201, no_client_id.clone()));
    create_shows_none_of(&f, &["leak-a1", "leak-a2"], "no client_id");

    let not_an_object = json!([{
        "client_id": "app-1",
        "client_secret": "leak-b1-client-secret",
        "registration_access_token": "leak-b2-registration-token"
    }]);
    let f = registration_server(move || json_reply(201, not_an_object.clone()));
    create_shows_none_of(&f, &["leak-b1", "leak-b2"], "not an object");

    let f = registration_server(|| {
        raw(
            201,
            "application/json",
            r#"{"client_id": "app-1", "client_secret": "leak-c1-client-secret", "registration_access_token": "leak-c2-regist"#,
        )
    });
    create_shows_none_of(&f, &["leak-c1", "leak-c2"], "bad JSON");
}

#[test]
fn a_refusal_is_quoted_without_credentials() {
    // RFC 7591 §3.2.2 with a description that echoes the request, and a proxy's text page.
    let f = registration_server(|| {
        json_reply(
            400,
            json!({"error": "invalid_client_metadata", "error_description": "rejected client_secret=leak-d1-secret&token_endpoint_auth_method=x"}),
        )
    });
    create_shows_none_of(&f, &["leak-d1"], "an RFC 7591 error");
    let f = registration_server(|| {
        raw(
            502,
            "text/html",
            "<html><p>upstream refused\nAuthorization: Bearer leak-e1.token-value\nCookie: session=leak-e2</p></html>",
        )
    });
    create_shows_none_of(&f, &["leak-e1", "leak-e2"], "a proxy's page");
}

/// An error message that quotes what the user gave (here a URL with a token in its query) shows
/// the credential redacted too.
#[test]
fn error_messages_redact_credentials_the_user_gave() {
    let home = Home::new();
    for format in ["table", "json"] {
        let out = Out::from(
            home.command()
                .env(
                    "OAUTHCTL_BASE_URL",
                    "http://auth.example.com/?access_token=leak-f1-token&code=leak-f2-code",
                )
                .env("OAUTHCTL_TOKEN", "x")
                .args(["-o", format, "clients", "list"])
                .output()
                .unwrap(),
        );
        out.assert_code(2).assert_stderr("plain http://");
        assert!(
            !out.stderr.contains("leak-f1") && !out.stderr.contains("leak-f2"),
            "{}",
            out.stderr
        );
    }
}

/// The keys the pattern once missed: `credentials`, `passphrase`, `assertion`, `authorization`,
/// `cookie` and `code` in a body; `code` and `sig` in a query string.
#[test]
fn dry_run_redacts_the_keys_it_once_missed() {
    let srv = DevServer::start();
    let body = json!({
        "displayName": "shown as is",
        "credentials": {"user": "admin", "pass": "leak-1-credentials"},
        "keyPassphrase": "leak-2-passphrase",
        "client_assertion": "leak-3-assertion",
        "authorization": "Bearer leak-4-authorization",
        "headers": {"Cookie": "session=leak-5-cookie"},
        "code": "leak-6-code",
        "note": "sent with Authorization: Bearer leak-7-in-text"
    })
    .to_string();
    for format in ["json", "table"] {
        let out = srv.run(&[
            "-v",
            "--dry-run",
            "-o",
            format,
            "api",
            "POST",
            "/tenants/{tenant}/spaces?code=leak-8-query-code&sig=leak-9-query-sig&limit=5",
            "--data",
            &body,
        ]);
        out.assert_code(0)
            .assert_stdout("<redacted>")
            .assert_stdout("shown as is")
            .assert_stdout("limit=5");
        for n in 1..=9 {
            let leak = format!("leak-{n}-");
            assert!(
                !out.stdout.contains(&leak) && !out.stderr.contains(&leak),
                "{leak} was shown ({format}):\n{}\n{}",
                out.stdout,
                out.stderr
            );
        }
    }
    let v: Value = srv.json(&[
        "--dry-run",
        "api",
        "POST",
        "/tenants/{tenant}/spaces",
        "--data",
        &body,
    ]);
    assert_eq!(v["dryRun"]["body"]["credentials"]["user"], "<redacted>");
    assert_eq!(v["dryRun"]["body"]["displayName"], "shown as is");
}
