//! The sign-in and consent page, and the dev server's other small HTML pages.

use super::authorize::Authz;
use super::*;

pub(super) fn sign_in_page(
    a: &Authz,
    params: &HashMap<String, String>,
    csrf: &str,
    error: Option<&str>,
) -> Response {
    let mut hidden = format!(
        "<input type=hidden name={} value=\"{}\">",
        signin::CSRF_FIELD,
        esc(csrf)
    );
    for key in [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
        "tenant",
    ] {
        if let Some(v) = params.get(key) {
            hidden.push_str(&format!(
                "<input type=hidden name={key} value=\"{}\">",
                esc(v)
            ));
        }
    }
    let scopes: String = a
        .scopes
        .iter()
        .map(|s| format!("<li><code>{}</code></li>", esc(s)))
        .collect();
    let body = format!(
        "<p><b>{}</b> (<code>{}</code>) asks to act for you in tenant <b>{}</b> with:</p><ul>{scopes}</ul>{}\
         <form method=post action=\"/oauth/authorize\">{hidden}\
         <label>Username <input name=username autocomplete=username></label>\
         <label>Password <input name=password type=password autocomplete=current-password></label>\
         <button name=decision value=allow>Sign in and allow</button> <button name=decision value=deny>Deny</button></form>",
        esc(&a.client.display_name),
        esc(&a.client.client_id),
        esc(&a.tenant),
        error.map(|e| format!("<p class=err>{}</p>", esc(e))).unwrap_or_default(),
    );
    let status = if error.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    page(status, "Sign in — oauthctl dev server", &body)
}

pub(super) fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html><head><meta charset=utf-8><title>{t}</title>\
         <style>body{{font-family:sans-serif;max-width:32em;margin:3em auto}}label{{display:block;margin:.5em 0}}.err{{color:#b00}}</style>\
         </head><body><h1>{t}</h1>{body}</body></html>",
        t = esc(title)
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            // Never in a frame (no clickjacking of the consent), no script, no outside content.
            (header::X_FRAME_OPTIONS, "DENY"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            ),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response()
}

pub(super) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
