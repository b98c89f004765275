//! The RFC 7591/7592 wire: the neutral requests mapped to client metadata, and the server's
//! answers read back.

use super::*;

/// Record fields a client must not send in an update (RFC 7592 §2.2), and `client_secret`, which
/// oauthctl leaves out so the server keeps (or replaces) it.
pub(super) const NOT_SENT_BACK: &[&str] = &[
    "registration_access_token",
    "registration_client_uri",
    "client_secret_expires_at",
    "client_id_issued_at",
    "client_secret",
];

// ---------- mapping the neutral requests ----------

/// Offline access follows the refresh_token grant: given with other grant types (or against the
/// record's), it is refused before any request.
pub(super) fn check_offline(offline: Option<bool>, grants: &[String]) -> anyhow::Result<()> {
    if let Some(o) = offline {
        if o != grants.iter().any(|g| g == "refresh_token") {
            return Err(CliError::usage(format!(
                "allowOfflineAccess: {OFFLINE}; nothing was sent"
            ))
            .with_hint(
                "give the refresh_token grant type (with the client's other grant types) instead",
            )
            .into());
        }
    }
    Ok(())
}

pub(super) fn response_types(grants: &[String]) -> Value {
    if grants.iter().any(|g| g == "authorization_code") {
        json!(["code"])
    } else {
        json!([])
    }
}

pub(super) fn registration_body(req: &CreateClientRequest) -> anyhow::Result<Map<String, Value>> {
    if let Some(r) =
        crate::backend::descriptor::check_fields(DESCRIPTOR.kind(), DESCRIPTOR.rules, req)
    {
        return Err(r.error(r.field).into());
    }
    let mut m = Map::new();
    m.insert("client_name".into(), json!(req.client_name));
    m.insert("grant_types".into(), json!(req.allowed_grant_types));
    m.insert(
        "response_types".into(),
        response_types(&req.allowed_grant_types),
    );
    m.insert("redirect_uris".into(), json!(req.redirect_uris));
    if !req.post_logout_redirect_uris.is_empty() {
        m.insert(
            "post_logout_redirect_uris".into(),
            json!(req.post_logout_redirect_uris),
        );
    }
    if !req.allowed_scopes.is_empty() {
        m.insert("scope".into(), json!(req.allowed_scopes.join(" ")));
    }
    let public = req.require_client_secret == Some(false);
    m.insert(
        "token_endpoint_auth_method".into(),
        json!(if public {
            "none"
        } else {
            "client_secret_basic"
        }),
    );
    Ok(m)
}

/// Merges an update into the record read from the server (the whole record goes back).
pub(super) fn merge(rec: &mut Map<String, Value>, req: &UpdateClientRequest) -> anyhow::Result<()> {
    let grants = req
        .allowed_grant_types
        .clone()
        .unwrap_or_else(|| rec.get("grant_types").map(strings).unwrap_or_default());
    check_offline(req.allow_offline_access, &grants)?;
    if let Some(n) = req.display_name.as_ref().or(req.client_name.as_ref()) {
        rec.insert("client_name".into(), json!(n));
    }
    if let Some(g) = &req.allowed_grant_types {
        rec.insert("grant_types".into(), json!(g));
        rec.insert("response_types".into(), response_types(g));
    }
    if let Some(s) = &req.allowed_scopes {
        if s.is_empty() {
            rec.remove("scope");
        } else {
            rec.insert("scope".into(), json!(s.join(" ")));
        }
    }
    if let Some(r) = &req.redirect_uris {
        rec.insert("redirect_uris".into(), json!(r));
    }
    if let Some(r) = &req.post_logout_redirect_uris {
        rec.insert("post_logout_redirect_uris".into(), json!(r));
    }
    match req.require_client_secret {
        Some(false) => {
            rec.insert("token_endpoint_auth_method".into(), json!("none"));
        }
        Some(true) if auth_method(rec) == "none" => {
            rec.insert(
                "token_endpoint_auth_method".into(),
                json!("client_secret_basic"),
            );
        }
        _ => {}
    }
    Ok(())
}

// ---------- wire helpers ----------

/// A URL oauthctl sends a token to: https, or plain http to loopback.
pub(super) fn safe_url(raw: &str, what: &str) -> anyhow::Result<url::Url> {
    crate::transport::url::parse_base_url(raw).map_err(|e| {
        CliError::other(format!(
            "the server names an unsafe {what}: {}",
            e.root_cause()
        ))
        .with_hint("tokens are sent only over https (or plain http to loopback)")
        .into()
    })
}

pub(super) fn record(body: &[u8], what: &str) -> anyhow::Result<Map<String, Value>> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(crate::error::BackendError::invalid_answer(format!(
            "{what}: the server's answer is not a JSON object of client metadata (RFC 7591 §3.2.1): {}",
            excerpt(body)
        ))
        .into()),
    }
}

/// An excerpt of a body for an error ([`crate::transport::http::excerpt`]: credentials redacted, cut).
pub(super) fn excerpt(body: &[u8]) -> String {
    let t = String::from_utf8_lossy(body);
    if t.trim().is_empty() {
        "(empty body)".into()
    } else {
        crate::transport::http::excerpt(&t)
    }
}

/// An RFC 7591 §3.2.2 error (`error`, `error_description`), else an excerpt of the body.
pub(super) fn error_detail(status: StatusCode, body: &[u8]) -> String {
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        if let Some(e) = v.get("error").and_then(Value::as_str) {
            let d = v
                .get("error_description")
                .and_then(Value::as_str)
                .unwrap_or("");
            let (e, d) = (
                crate::transport::http::excerpt(e),
                crate::transport::http::excerpt(d),
            );
            return if d.is_empty() { e } else { format!("{e}: {d}") };
        }
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        excerpt(body)
    }
}

pub(super) fn str_field<'a>(rec: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    rec.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

pub(super) fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        Value::String(s) => vec![s.clone()],
        _ => vec![],
    }
}

/// `token_endpoint_auth_method`, a string in RFC 7591 and an array on some servers (glewlwyd);
/// `client_secret_basic` when absent (RFC 7591 §2).
pub(super) fn auth_method(rec: &Map<String, Value>) -> String {
    match rec.get("token_endpoint_auth_method") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => {
            let methods: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            if !methods.is_empty() && methods.iter().all(|m| *m == "none") {
                "none".into()
            } else {
                methods
                    .into_iter()
                    .find(|m| *m != "none")
                    .unwrap_or("client_secret_basic")
                    .to_string()
            }
        }
        _ => "client_secret_basic".into(),
    }
}
