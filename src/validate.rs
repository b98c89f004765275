//! Input rules shared by the CLI (checked before any request) and the dev server (checked again,
//! because the CLI is not its only client). Each rule names the API field it is about.

use chrono::{DateTime, Months, Utc};

use crate::timeutil::fmt_time;
/// A field and what is wrong with it: what these rules answer, and what the dev server's
/// problem+json body lists.
pub use crate::transport::problem::FieldError;
use crate::transport::url::is_loopback_host;

pub const GRANT_TYPES: &[&str] = &["authorization_code", "client_credentials", "refresh_token"];
pub const MAX_SECRET_MONTHS: u32 = 36;
pub const DEFAULT_SECRET_MONTHS: u32 = 6;

// Sizes the dev server accepts (the README lists them); the CLI checks the same before a request.
/// A redirect URI, post-logout redirect URI or CORS origin, in bytes.
pub const MAX_URI_BYTES: usize = 2048;
/// Entries in each list of a client (grant types, scopes, redirect URIs, origins) or of an
/// authorization's scopes.
pub const MAX_LIST_LEN: usize = 100;
/// One scope, in bytes.
pub const MAX_SCOPE_BYTES: usize = 128;
pub const MAX_CLIENT_ID_BYTES: usize = 128;
pub const MAX_CLIENT_NAME_CHARS: usize = 100;
pub const MAX_DISPLAY_NAME_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 200;

fn err(field: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_string(),
        message: message.into(),
    }
}

/// Characters no stored text may hold: they can drive a terminal (C0 controls such as ESC and
/// BEL, DEL, C1 controls) or reorder what it shows (the bidi embeddings, overrides and isolates
/// U+202A–U+202E and U+2066–U+2069).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Invisible format characters (Unicode category Cf, such as U+200B ZERO WIDTH SPACE, U+00AD SOFT
/// HYPHEN or U+FEFF): in a name they make look-alikes, two names that print the same but differ.
pub fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
        | '\u{0890}'..='\u{0891}' | '\u{08E2}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

/// A name: [`printable`], and no invisible [`is_format_char`] (no look-alike names).
pub fn name_text(field: &str, what: &str, s: &str) -> Result<(), FieldError> {
    printable(field, what, s)?;
    match s.chars().enumerate().find(|(_, c)| is_format_char(*c)) {
        None => Ok(()),
        Some((i, c)) => Err(err(
            field,
            format!(
                "{what} contains the invisible format character U+{:04X} at character {}; it would make a name that looks like another, so it is not allowed",
                c as u32,
                i + 1
            ),
        )),
    }
}

/// `s` holds no [`is_unsafe_char`]; the message names the character by its code point (never
/// the raw character) and where it is.
pub fn printable(field: &str, what: &str, s: &str) -> Result<(), FieldError> {
    match s.chars().enumerate().find(|(_, c)| is_unsafe_char(*c)) {
        None => Ok(()),
        Some((i, c)) => Err(err(
            field,
            format!(
                "{what} contains the control character U+{:04X} at character {}; control and bidi-override characters are not allowed",
                c as u32,
                i + 1
            ),
        )),
    }
}

/// A list is at most [`MAX_LIST_LEN`] long.
pub fn list_len(field: &str, len: usize) -> Result<(), FieldError> {
    if len > MAX_LIST_LEN {
        return Err(err(
            field,
            format!("{len} entries are too many; at most {MAX_LIST_LEN} are allowed"),
        ));
    }
    Ok(())
}

/// RFC 6749 §3.3 scope-token: 1*( %x21 / %x23-5B / %x5D-7E ).
pub fn scope_token(s: &str) -> Result<(), FieldError> {
    scope_token_in("allowedScopes", s)
}

/// [`scope_token`] for a list under another field name (an authorization's `scopes`).
pub fn scope_token_in(field: &str, s: &str) -> Result<(), FieldError> {
    if s.is_empty() {
        return Err(err(field, "a scope cannot be empty"));
    }
    if s.len() > MAX_SCOPE_BYTES {
        return Err(err(
            field,
            format!(
                "a scope of {} bytes is too long; at most {MAX_SCOPE_BYTES} are allowed",
                s.len()
            ),
        ));
    }
    printable(field, "a scope", s)?;
    if let Some(c) = s
        .chars()
        .find(|&c| !matches!(c, '\x21' | '\x23'..='\x5b' | '\x5d'..='\x7e'))
    {
        return Err(err(
            field,
            format!(
                "{s:?} is not a valid scope: {c:?} is not allowed (RFC 6749 §3.3: printable ASCII without spaces, '\"' or '\\')"
            ),
        ));
    }
    Ok(())
}

/// A redirect URI must be an absolute HTTPS URL without a fragment; plain HTTP is allowed only on
/// loopback (127.0.0.1, [::1], localhost) for native apps (RFC 8252 §7.3).
pub fn redirect_uri(field: &str, s: &str) -> Result<(), FieldError> {
    uri_size(field, s)?;
    printable(field, "a redirect URI", s)?;
    let url = url::Url::parse(s).map_err(|e| {
        err(
            field,
            format!(
                "{s:?} is not an absolute URL ({e}); use the form https://app.example.com/callback"
            ),
        )
    })?;
    if url.fragment().is_some() {
        return Err(err(
            field,
            format!("{s:?} has a fragment (#…); redirect URIs must not have one (RFC 6749 §3.1.2)"),
        ));
    }
    match url.scheme() {
        "https" if url.host().is_some() => Ok(()),
        "http" if is_loopback_host(&url) => Ok(()),
        "http" => Err(err(
            field,
            format!(
                "{s:?} uses plain http; redirect URIs must use https (http is allowed only for 127.0.0.1, [::1] and localhost)"
            ),
        )),
        other => Err(err(
            field,
            format!("{s:?} uses the scheme {other:?}; redirect URIs must use https"),
        )),
    }
}

fn uri_size(field: &str, s: &str) -> Result<(), FieldError> {
    if s.len() > MAX_URI_BYTES {
        return Err(err(
            field,
            format!(
                "a URI of {} bytes is too long; at most {MAX_URI_BYTES} are allowed",
                s.len()
            ),
        ));
    }
    Ok(())
}

/// A CORS origin: scheme://host[:port], nothing more.
pub fn cors_origin(s: &str) -> Result<(), FieldError> {
    uri_size("allowedCorsOrigins", s)?;
    printable("allowedCorsOrigins", "an origin", s)?;
    let ok = url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .map(|u| u.origin().ascii_serialization() == s.trim_end_matches('/'))
        .unwrap_or(false);
    if ok {
        Ok(())
    } else {
        Err(err(
            "allowedCorsOrigins",
            format!(
                "{s:?} is not an origin; use scheme://host[:port], e.g. https://app.example.com"
            ),
        ))
    }
}

pub fn grant_type(s: &str) -> Result<(), FieldError> {
    printable("allowedGrantTypes", "a grant type", s)?;
    if GRANT_TYPES.contains(&s) {
        Ok(())
    } else {
        Err(err(
            "allowedGrantTypes",
            format!(
                "unknown grant type {s:?}; choose from {}",
                GRANT_TYPES.join(", ")
            ),
        ))
    }
}

/// Client IDs travel in URL paths: 1–128 unreserved characters (RFC 3986 §2.3).
pub fn client_id(s: &str) -> Result<(), FieldError> {
    if s.is_empty() || s.len() > MAX_CLIENT_ID_BYTES {
        return Err(err(
            "clientId",
            format!("a client ID must be 1 to {MAX_CLIENT_ID_BYTES} characters long"),
        ));
    }
    printable("clientId", "the client ID", s)?;
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~')))
    {
        return Err(err(
            "clientId",
            format!("{s:?} is not a valid client ID: {c:?} is not allowed (use letters, digits, '-', '.', '_', '~')"),
        ));
    }
    Ok(())
}

/// The client name: unique in the tenant, immutable, 1–100 printable characters.
pub fn client_name(s: &str) -> Result<(), FieldError> {
    if s.trim().is_empty() {
        return Err(err("clientName", "the client name cannot be empty"));
    }
    if s.chars().count() > MAX_CLIENT_NAME_CHARS {
        return Err(err(
            "clientName",
            format!("the client name is longer than {MAX_CLIENT_NAME_CHARS} characters"),
        ));
    }
    name_text("clientName", "the client name", s)
}

pub fn display_name(s: &str) -> Result<(), FieldError> {
    if s.trim().is_empty() || s.chars().count() > MAX_DISPLAY_NAME_CHARS {
        return Err(err(
            "displayName",
            format!("the display name must be 1 to {MAX_DISPLAY_NAME_CHARS} printable characters"),
        ));
    }
    name_text("displayName", "the display name", s)
}

/// Space IDs: lower-case letters, digits, '-' and '_', starting with a letter or digit, at most 63.
pub fn space_id(s: &str) -> Result<(), FieldError> {
    printable("id", "the space ID", s)?;
    let ok = !s.is_empty()
        && s.len() <= 63
        && s.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(err(
            "id",
            format!("{s:?} is not a valid space ID: use 1 to 63 lower-case letters, digits, '-' or '_', starting with a letter or digit"),
        ))
    }
}

pub fn secret_description(s: &str) -> Result<(), FieldError> {
    if s.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(err(
            "description",
            format!("the description must be at most {MAX_DESCRIPTION_CHARS} printable characters"),
        ));
    }
    printable("description", "the description", s)
}

/// The default expiration: exactly six months after the start (as in ABBYY Vantage).
pub fn default_expiration(start: DateTime<Utc>) -> DateTime<Utc> {
    start
        .checked_add_months(Months::new(DEFAULT_SECRET_MONTHS))
        .unwrap_or(start)
}

/// A secret's expiration can only move earlier (it is `current` now), and never before its
/// start: shortening is how a secret is retired, never how it is extended.
pub fn shortened_expiration(
    start: DateTime<Utc>,
    current: DateTime<Utc>,
    expiration: DateTime<Utc>,
) -> Result<(), FieldError> {
    if expiration > current {
        return Err(err(
            "expiration",
            format!(
                "an expiration can only move earlier (it is {}); create a new secret instead",
                fmt_time(current)
            ),
        ));
    }
    if expiration < start {
        return Err(err(
            "expiration",
            "the expiration cannot be before the secret's start",
        ));
    }
    Ok(())
}

/// The expiration must be between 1 day and 3 years after the start (as in ABBYY Vantage).
pub fn secret_window(start: DateTime<Utc>, expiration: DateTime<Utc>) -> Result<(), FieldError> {
    use chrono::Datelike;
    for (field, t) in [("startTime", start), ("expiration", expiration)] {
        if !(1970..=9999).contains(&t.year()) {
            return Err(err(
                field,
                format!("{} is out of range (years 1970 to 9999)", fmt_time(t)),
            ));
        }
    }
    let (Some(min), Some(max)) = (
        start.checked_add_signed(chrono::Duration::days(1)),
        start.checked_add_months(Months::new(MAX_SECRET_MONTHS)),
    ) else {
        return Err(err("startTime", "the start time is out of range"));
    };
    if expiration < min {
        return Err(err(
            "expiration",
            format!(
                "the expiration {} is less than 1 day after the start {}; a secret must live between 1 day and 3 years",
                fmt_time(expiration),
                fmt_time(start)
            ),
        ));
    }
    if expiration > max {
        return Err(err(
            "expiration",
            format!(
                "the expiration {} is more than 3 years after the start {}; a secret must live between 1 day and 3 years",
                fmt_time(expiration),
                fmt_time(start)
            ),
        ));
    }
    Ok(())
}

/// Every rule for a client create body, the first broken one per field.
pub fn create_client(req: &crate::model::CreateClientRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |r: Result<(), FieldError>| {
        if let Err(e) = r {
            errors.push(e)
        }
    };
    if let Some(id) = &req.client_id {
        check(client_id(id));
    }
    check(client_name(&req.client_name));
    if let Some(d) = &req.display_name {
        check(display_name(d));
    }
    if let Some(s) = &req.space_id {
        check(space_id(s).map_err(|mut e| {
            e.field = "spaceId".into();
            e
        }));
    }
    check_lists(
        &mut check,
        &req.allowed_grant_types,
        &req.allowed_scopes,
        &req.redirect_uris,
        &req.post_logout_redirect_uris,
        &req.allowed_cors_origins,
    );
    let public = req.require_client_secret == Some(false);
    check(grant_rules(
        &req.allowed_grant_types,
        &req.redirect_uris,
        public,
    ));
    errors
}

/// Every rule for a PATCH body, given the client as it is now.
pub fn update_client(
    current: &crate::model::Client,
    req: &crate::model::UpdateClientRequest,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |r: Result<(), FieldError>| {
        if let Err(e) = r {
            errors.push(e)
        }
    };
    if let Some(name) = &req.client_name {
        if name != &current.client_name {
            check(Err(err(
                "clientName",
                format!(
                    "the client name is immutable (it is {:?}); change the display name instead, or create a new client",
                    current.client_name
                ),
            )));
        }
    }
    if let Some(d) = &req.display_name {
        check(display_name(d));
    }
    let empty = Vec::new();
    check_lists(
        &mut check,
        req.allowed_grant_types.as_ref().unwrap_or(&empty),
        req.allowed_scopes.as_ref().unwrap_or(&empty),
        req.redirect_uris.as_ref().unwrap_or(&empty),
        req.post_logout_redirect_uris.as_ref().unwrap_or(&empty),
        req.allowed_cors_origins.as_ref().unwrap_or(&empty),
    );
    let grants = req
        .allowed_grant_types
        .as_ref()
        .unwrap_or(&current.allowed_grant_types);
    let redirects = req.redirect_uris.as_ref().unwrap_or(&current.redirect_uris);
    let public = !req
        .require_client_secret
        .unwrap_or(current.require_client_secret);
    check(grant_rules(grants, redirects, public));
    errors
}

fn check_lists(
    check: &mut impl FnMut(Result<(), FieldError>),
    grants: &[String],
    scopes: &[String],
    redirects: &[String],
    post_logout: &[String],
    cors: &[String],
) {
    // A list over the limit gets that one error, not one per entry.
    let mut each = |field: &str, list: &[String], rule: &dyn Fn(&str) -> Result<(), FieldError>| {
        if let Err(e) = list_len(field, list.len()) {
            check(Err(e));
            return;
        }
        for v in list {
            check(rule(v));
        }
    };
    each("allowedGrantTypes", grants, &grant_type);
    each("allowedScopes", scopes, &scope_token);
    each("redirectUris", redirects, &|r| {
        redirect_uri("redirectUris", r)
    });
    each("postLogoutRedirectUris", post_logout, &|r| {
        redirect_uri("postLogoutRedirectUris", r)
    });
    each("allowedCorsOrigins", cors, &cors_origin);
}

fn grant_rules(grants: &[String], redirects: &[String], public: bool) -> Result<(), FieldError> {
    if grants.iter().any(|g| g == "authorization_code") && redirects.is_empty() {
        return Err(err(
            "redirectUris",
            "the authorization_code grant needs at least one redirect URI",
        ));
    }
    if public && grants.iter().any(|g| g == "client_credentials") {
        return Err(err(
            "allowedGrantTypes",
            "a public client (no client secret) cannot use the client_credentials grant",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expiration_only_moves_earlier_and_not_before_the_start() {
        let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let (start, now) = (t("2026-01-01T00:00:00Z"), t("2026-07-01T00:00:00Z"));
        assert!(shortened_expiration(start, now, t("2026-03-01T00:00:00Z")).is_ok());
        assert!(shortened_expiration(start, now, now).is_ok());
        assert!(shortened_expiration(start, now, start).is_ok());
        let later = shortened_expiration(start, now, t("2026-08-01T00:00:00Z")).unwrap_err();
        assert_eq!(later.field, "expiration");
        assert!(
            later.message.contains("only move earlier"),
            "{}",
            later.message
        );
        let before = shortened_expiration(start, now, t("2025-12-31T00:00:00Z")).unwrap_err();
        assert!(
            before.message.contains("before the secret's start"),
            "{}",
            before.message
        );
    }

    #[test]
    fn redirect_uris() {
        assert!(redirect_uri("r", "https://app.example.com/cb").is_ok());
        assert!(redirect_uri("r", "https://myDomain.").is_ok());
        assert!(redirect_uri("r", "http://127.0.0.1:8080/cb").is_ok());
        assert!(redirect_uri("r", "http://[::1]/cb").is_ok());
        assert!(redirect_uri("r", "http://localhost/cb").is_ok());
        assert!(redirect_uri("r", "http://example.com/cb").is_err());
        assert!(redirect_uri("r", "https://example.com/cb#x").is_err());
        assert!(redirect_uri("r", "/cb").is_err());
        assert!(redirect_uri("r", "ftp://example.com").is_err());
    }

    #[test]
    fn control_and_bidi_characters_are_refused_by_every_text_rule() {
        for bad in [
            "a\u{1b}]0;x\u{7}",
            "a\u{7f}",
            "a\u{85}b",
            "a\u{202e}b",
            "a\u{2066}b",
            "tab\there",
        ] {
            let e = printable("f", "it", bad).unwrap_err();
            assert_eq!(e.field, "f");
            assert!(e.message.contains("U+"), "{}", e.message);
            assert!(!e.message.chars().any(is_unsafe_char), "{:?}", e.message);
            assert_eq!(client_name(bad).unwrap_err().field, "clientName");
            assert_eq!(display_name(bad).unwrap_err().field, "displayName");
            assert_eq!(secret_description(bad).unwrap_err().field, "description");
            assert!(space_id(bad).is_err());
        }
        let uri = "https://app.example.com/cb\u{1b}[2J";
        let e = redirect_uri("redirectUris", uri).unwrap_err();
        assert!(e.message.contains("U+001B"), "{}", e.message);
        assert!(redirect_uri("r", "https://app.example.com/\u{202e}cb").is_err());
        assert!(cors_origin("https://app.example.com\u{7}").is_err());
        assert!(scope_token("a\u{202e}").is_err());
        // Text without them is fine, whatever its script.
        assert!(display_name("Zürich – 東京 ✓").is_ok());
    }

    #[test]
    fn invisible_format_characters_are_refused_in_names() {
        for bad in [
            "billing\u{200b}-sync",
            "\u{feff}billing",
            "bill\u{ad}ing",
            "a\u{2060}b",
        ] {
            let e = client_name(bad).unwrap_err();
            assert_eq!(e.field, "clientName");
            assert!(
                e.message.contains("invisible format character U+"),
                "{}",
                e.message
            );
            assert!(display_name(bad).is_err());
        }
        assert!(client_name("billing-sync").is_ok());
    }

    #[test]
    fn sizes_are_limited() {
        let long = format!("https://app.example.com/{}", "a".repeat(MAX_URI_BYTES));
        let e = redirect_uri("redirectUris", &long).unwrap_err();
        assert!(e.message.contains("too long"), "{}", e.message);
        assert!(e.message.len() < 200, "no echo of the value: {}", e.message);
        let ok = format!("https://app.example.com/{}", "a".repeat(1000));
        assert!(redirect_uri("redirectUris", &ok).is_ok());
        assert!(scope_token(&"s".repeat(MAX_SCOPE_BYTES + 1)).is_err());
        let req = crate::model::CreateClientRequest {
            client_name: "x".into(),
            redirect_uris: (0..=MAX_LIST_LEN)
                .map(|i| format!("https://app.example.com/{i}"))
                .collect(),
            ..Default::default()
        };
        let errors = create_client(&req);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, "redirectUris");
        assert!(
            errors[0].message.contains("at most 100"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn scopes() {
        assert!(scope_token("publicapi.all").is_ok());
        assert!(scope_token("a b").is_err());
        assert!(scope_token("a\"b").is_err());
        assert!(scope_token("").is_err());
    }

    #[test]
    fn windows() {
        let start = "2025-01-31T00:00:00Z".parse().unwrap();
        assert_eq!(
            fmt_time(default_expiration(start)),
            "2025-07-31T00:00:00.000Z"
        );
        assert!(secret_window(start, start + chrono::Duration::hours(23)).is_err());
        assert!(secret_window(start, start + chrono::Duration::days(1)).is_ok());
        assert!(secret_window(start, "2028-01-31T00:00:00Z".parse().unwrap()).is_ok());
        assert!(secret_window(start, "2028-01-31T00:00:01Z".parse().unwrap()).is_err());
    }
}
