//! Credentials kept out of what oauthctl shows, by one rule in one place: the request a
//! `--dry-run` plans (its body and its URL), the URLs of the `-v` trace, every excerpt of a
//! server's text that an error quotes, and every error message (`error::report`).
//!
//! The rule is about names: a value is redacted when the key (JSON key, form or query parameter,
//! header) that carries it looks like a credential ([`is_sensitive_key`]); besides, the word after
//! `Bearer` or `Basic` is always redacted. Values themselves are never guessed at.

use std::borrow::Cow;

/// What a redacted value is replaced with.
pub const REDACTED: &str = "<redacted>";

/// A key names a credential when its lower-cased name contains one of these words
/// (`clientSecret`, `secretValue`, `access_token`, `apiKey`, `privateKey`, `userPassword`,
/// `credentials`, `client_assertion`, `Set-Cookie`, …).
pub const CREDENTIAL_WORDS: &[&str] = &[
    "secret",
    "token",
    "password",
    "passwd",
    "passphrase",
    "key",
    "credential",
    "assertion",
    "cookie",
];

/// … or when its lower-cased name, without `-` and `_`, is one of these: a secret's `value`, an
/// authorization `code` (`device_code`, `user_code`, …), an `Authorization` header, a signature
/// (`sig`, as in pre-signed URLs).
pub const CREDENTIAL_NAMES: &[&str] = &[
    "value",
    "code",
    "authcode",
    "authorizationcode",
    "devicecode",
    "usercode",
    "authorization",
    "proxyauthorization",
    "sig",
    "signature",
];

/// The authentication schemes whose next word is a credential wherever it appears
/// (`Authorization: Bearer …`, `Basic …`).
const SCHEMES: &[&str] = &["bearer", "basic"];

/// Header names that are followed by `:` and a credential up to the end of the line.
const HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
];

/// Whether a JSON key, form field, query parameter or header name may carry a credential: see
/// [`CREDENTIAL_WORDS`] and [`CREDENTIAL_NAMES`].
pub fn is_sensitive_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    if CREDENTIAL_WORDS.iter().any(|w| k.contains(w)) {
        return true;
    }
    let bare: String = k.chars().filter(|c| *c != '-' && *c != '_').collect();
    CREDENTIAL_NAMES.contains(&bare.as_str())
}

/// Values of keys that look like credentials ([`is_sensitive_key`]) are replaced, at any depth.
/// Under such a key every string and number is replaced, however deeply nested; `true`/`false`
/// and `null` stay, as they cannot carry a credential (so `requireClientSecret: false` still
/// shows).
pub fn redact_json(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if is_sensitive_key(k) {
                    redact_all(val);
                } else {
                    redact_json(val);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        Value::String(s) => {
            if let Cow::Owned(r) = redact_text(s) {
                *s = r;
            }
        }
        _ => {}
    }
}

fn redact_all(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(_) | Value::Number(_) => *v = Value::String(REDACTED.into()),
        Value::Object(map) => map.values_mut().for_each(redact_all),
        Value::Array(items) => items.iter_mut().for_each(redact_all),
        Value::Bool(_) | Value::Null => {}
    }
}

/// A URL to show (the trace, a dry run, an error): the values of query parameters named like a
/// credential ([`is_sensitive_key`]) are shown as `<redacted>`.
pub fn redact_url(url: &url::Url) -> String {
    if !url.query_pairs().any(|(k, _)| is_sensitive_key(&k)) {
        return url.to_string();
    }
    let mut u = url.clone();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if is_sensitive_key(&k) {
                REDACTED.to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    u.query_pairs_mut().clear().extend_pairs(pairs);
    u.to_string()
}

/// Text to show (an excerpt of a server's answer, an error message) with the credentials in it
/// redacted, whatever its form — JSON, even cut short or broken; a form or a query string; headers;
/// prose:
/// - `"KEY": VALUE` and `"KEY"=VALUE` (the key quoted): the value — a string, a number, an object
///   or a list (up to its end, or the end of the text when it was cut) — when KEY is a credential's
///   name; `true`, `false` and `null` stay;
/// - `KEY=VALUE` (a form, a query string): the value up to `&`, `;`, `,`, a quote, a bracket or
///   a blank;
/// - `Authorization:`, `Proxy-Authorization:`, `Cookie:`, `Set-Cookie:` at the start of a line
///   or a field: the rest of the line;
/// - `Bearer WORD`, `Basic WORD`: the word, unless it is a plain word (letters, lower case but
///   perhaps the first: "Bearer tokens", "Basic Authentication" are prose).
///
/// An empty value and `-` (read from stdin) are kept. Prose such as `the token: expired` is left
/// alone: an unquoted key counts only before `=`.
pub fn redact_text(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    // Replaces s[from..to] with REDACTED and continues after it.
    let cut = |out: &mut String, copied: &mut usize, from: usize, to: usize| {
        out.push_str(&s[*copied..from]);
        out.push_str(REDACTED);
        *copied = to;
    };
    while i < b.len() {
        let c = b[i];
        if c == b'"' || c == b'\'' {
            // A quoted key followed by `:` or `=`?
            if let Some(close) = find_byte(b, i + 1, c) {
                let key = &s[i + 1..close];
                let mut j = close + 1;
                j = skip_blanks(b, j);
                if j < b.len()
                    && (b[j] == b':' || b[j] == b'=')
                    && looks_like_key(key)
                    && is_sensitive_key(key)
                {
                    let start = skip_blanks(b, j + 1);
                    let (vs, ve) = value_span(b, start);
                    if worth_redacting(&s[vs..ve]) {
                        cut(&mut out, &mut copied, vs, ve);
                    }
                    i = ve.max(i + 1);
                    continue;
                }
            }
            i += 1;
            continue;
        }
        if is_word(c) && (i == 0 || !is_word(b[i - 1])) {
            let mut j = i;
            while j < b.len() && (is_word(b[j]) || b[j] == b'-' || b[j] == b'.') {
                j += 1;
            }
            let word = &s[i..j];
            if j < b.len() && b[j] == b'=' && b.get(j + 1) != Some(&b'=') && is_sensitive_key(word)
            {
                let end = bare_end(b, j + 1);
                if worth_redacting(&s[j + 1..end]) {
                    cut(&mut out, &mut copied, j + 1, end);
                }
                i = end.max(j + 1);
                continue;
            }
            if j < b.len()
                && b[j] == b':'
                && starts_field(b, i)
                && HEADERS.iter().any(|h| word.eq_ignore_ascii_case(h))
            {
                let start = skip_blanks(b, j + 1);
                let end = find_byte(b, start, b'\n').unwrap_or(b.len());
                let end = if end > start && b[end - 1] == b'\r' {
                    end - 1
                } else {
                    end
                };
                if worth_redacting(&s[start..end]) {
                    cut(&mut out, &mut copied, start, end);
                }
                i = end.max(j + 1);
                continue;
            }
            if j < b.len() && b[j] == b' ' && SCHEMES.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                let start = skip_blanks(b, j);
                let mut end = start;
                while end < b.len() && is_token68(b[end]) {
                    end += 1;
                }
                let word = &s[start..end];
                // "Bearer tokens", "Basic Authentication": prose, not credentials.
                let prose = word.bytes().all(|c| c.is_ascii_alphabetic())
                    && word.bytes().skip(1).all(|c| c.is_ascii_lowercase());
                if !prose && worth_redacting(word) {
                    cut(&mut out, &mut copied, start, end);
                }
                i = end.max(j);
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if copied == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// Whether the word at `i` begins a line or a field (a header's name, not prose such as
/// "invalid cookie: …"): only blanks between it and the start, a line break, a quote, `>`, `;` or
/// `,`.
fn starts_field(b: &[u8], i: usize) -> bool {
    let before = b[..i].iter().rev().find(|c| **c != b' ' && **c != b'\t');
    before.is_none_or(|c| b"\r\n\"'>;,{".contains(c))
}

/// A quoted name is a key when it is short and made of `A-Z a-z 0-9 _ - .` (so a quoted URL or
/// sentence before a colon is not).
fn looks_like_key(k: &str) -> bool {
    !k.is_empty() && k.len() <= 128 && k.bytes().all(|c| is_word(c) || c == b'-' || c == b'.')
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The characters of an RFC 7235 token68 (a bearer token, Basic credentials).
fn is_token68(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~+/=".contains(&c)
}

fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

fn find_byte(b: &[u8], from: usize, needle: u8) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&x| x == needle)
        .map(|p| from + p)
}

/// Where an unquoted value ends: at `&`, `;`, `,`, a quote, a bracket, `<`, `>` or a blank.
fn bare_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !b" \t\r\n&;,\"'<>(){}[]".contains(&b[i]) {
        i += 1;
    }
    i
}

/// The value that starts at `i` after a quoted key: a quoted string (its quotes kept out of the
/// span), an object or a list (to its matching end, or the end of the text), else a bare word.
fn value_span(b: &[u8], i: usize) -> (usize, usize) {
    match b.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let mut j = i + 1;
            while j < b.len() && b[j] != q {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            (i + 1, j.min(b.len()))
        }
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            let mut in_str = false;
            while j < b.len() {
                match b[j] {
                    b'\\' if in_str => j += 1,
                    b'"' => in_str = !in_str,
                    b'{' | b'[' if !in_str => depth += 1,
                    b'}' | b']' if !in_str => {
                        depth -= 1;
                        if depth == 0 {
                            return (i, j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            (i, b.len())
        }
        _ => (i, bare_end(b, i)),
    }
}

/// Empty values, `-`, `true`, `false`, `null` and what is already redacted carry no credential.
fn worth_redacting(v: &str) -> bool {
    !matches!(v, "" | "-" | "true" | "false" | "null" | REDACTED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The one list: every name below is a credential's, in a body and in a query string.
    #[test]
    fn the_credential_names() {
        for k in [
            "secret",
            "clientSecret",
            "client_secret_value",
            "secretValue",
            "access_token",
            "registration_access_token",
            "refreshToken",
            "password",
            "userPassword",
            "passwd",
            "passphrase",
            "keyPassphrase",
            "apiKey",
            "privateKey",
            "x-api-key",
            "credentials",
            "credential",
            "client_assertion",
            "assertion",
            "Authorization",
            "authorization",
            "proxy-authorization",
            "Cookie",
            "set-cookie",
            "value",
            "code",
            "device_code",
            "user_code",
            "authorizationCode",
            "sig",
            "signature",
        ] {
            assert!(is_sensitive_key(k), "{k}");
        }
        for k in [
            "id",
            "client_id",
            "clientName",
            "description",
            "scope",
            "state",
            "grant_types",
            "redirect_uris",
            "error",
            "error_description",
            "status",
            "limit",
            "response_type",
            "code_challenge",
            "code_challenge_method",
            "authorization_endpoint",
            "authorizations",
            "expiration",
        ] {
            assert!(!is_sensitive_key(k), "{k}");
        }
    }

    #[test]
    fn json_values_are_redacted_at_any_depth() {
        let mut v = json!({
            "id": "x",
            "secretValue": "s1",
            "client_secret_value": "s2",
            "apiKey": "s3",
            "nested": [{"privateKey": {"pem": "s4", "n": 65537}}, {"refresh_token": "s5"}],
            "PASSWORD": "s6",
            "apiKeys": ["s7", "s8"],
            "value": "s9",
            "credentials": {"user": "s10"},
            "passphrase": "s11",
            "client_assertion": "s12",
            "authorization": "Bearer s13",
            "cookie": "sid=s14",
            "code": "s15",
            "detail": "the header was Authorization: Bearer s16",
            "requireClientSecret": false,
            "tokenLifetime": null,
            "description": "keep me",
            "allowedScopes": ["api.read"]
        });
        redact_json(&mut v);
        let text = v.to_string();
        for n in 1..=16 {
            assert!(!text.contains(&format!("s{n}\"")), "s{n} in {text}");
        }
        assert!(!text.contains("65537"), "{text}");
        assert_eq!(v["requireClientSecret"], false);
        assert_eq!(v["tokenLifetime"], serde_json::Value::Null);
        assert_eq!(v["description"], "keep me");
        assert_eq!(v["allowedScopes"], json!(["api.read"]));
        assert_eq!(v["nested"][0]["privateKey"]["pem"], REDACTED);
        assert_eq!(
            v["detail"],
            format!("the header was Authorization: Bearer {REDACTED}")
        );
    }

    #[test]
    fn urls_lose_the_values_of_credential_parameters() {
        let u = url::Url::parse(
            "https://h/cb?code=c1&state=st&sig=s2&access_token=t3&limit=2&client_id=app",
        )
        .unwrap();
        let r = redact_url(&u);
        for leak in ["c1", "s2", "t3"] {
            assert!(!r.contains(leak), "{leak} in {r}");
        }
        for keep in ["state=st", "limit=2", "client_id=app"] {
            assert!(r.contains(keep), "{keep} not in {r}");
        }
        let plain = url::Url::parse("https://h/c?limit=2").unwrap();
        assert_eq!(redact_url(&plain), plain.to_string());
    }

    #[track_caller]
    fn text(input: &str, expected: &str) {
        assert_eq!(redact_text(input), expected, "from {input:?}");
    }

    #[test]
    fn text_in_any_form() {
        // JSON, whole, cut short, or broken.
        text(
            r#"{"client_id":"app","client_secret":"s1","registration_access_token": "t2","n":1}"#,
            r#"{"client_id":"app","client_secret":"<redacted>","registration_access_token": "<redacted>","n":1}"#,
        );
        text(
            r#"{"client_id":"app","client_secret":"s1","registration_acc"#,
            r#"{"client_id":"app","client_secret":"<redacted>","registration_acc"#,
        );
        text(r#"{"client_secret":"s1"#, r#"{"client_secret":"<redacted>"#);
        text(
            r#"[{"secret": {"a": ["x", "y"]}, "keep": "me"}]"#,
            r#"[{"secret": <redacted>, "keep": "me"}]"#,
        );
        text(
            r#"{"secret": "a\"b", "x": 1}"#,
            r#"{"secret": "<redacted>", "x": 1}"#,
        );
        text(
            r#"{"client_secret_expires_at": 0, "expiresIn": 5, "requireClientSecret": false}"#,
            r#"{"client_secret_expires_at": <redacted>, "expiresIn": 5, "requireClientSecret": false}"#,
        );
        // A form, a query string, a URL in prose.
        text(
            "grant_type=client_credentials&client_id=app&client_secret=s1&scope=a",
            "grant_type=client_credentials&client_id=app&client_secret=<redacted>&scope=a",
        );
        text(
            "GET https://h/cb?code=c1&state=x&sig=s2 failed",
            "GET https://h/cb?code=<redacted>&state=x&sig=<redacted> failed",
        );
        // Headers and schemes.
        text(
            "Authorization: Bearer abc.def-ghi\r\nCookie: sid=1; other=2\nX: y",
            "Authorization: <redacted>\r\nCookie: <redacted>\nX: y",
        );
        text(
            "the proxy said: bearer abc.def was refused",
            "the proxy said: bearer <redacted> was refused",
        );
        text("<p>Basic dXNlcjpwdw==</p>", "<p>Basic <redacted></p>");
        text(
            "the base URL \"http://h/?access_token=t1&code=c2\": refused",
            "the base URL \"http://h/?access_token=<redacted>&code=<redacted>\": refused",
        );
        // Prose and our own messages stay as they are.
        for keep in [
            "the token: expired",
            "no registration access token for client x: RFC 7592 management needs it",
            "OAUTHCTL_REGISTRATION_TOKEN=- reads the token from stdin, but stdin was empty",
            "a == b and secret",
            "refusing the base URL \"http://h/?x=1\": bearer tokens must not cross a network",
            "'the token': expired",
            "error: invalid_client: the client secret is wrong",
            "été: \"clé\" — ok",
            "Bearer tokens and Basic authentication are both accepted",
            "uses Basic Auth",
            "the server refused the cookie: it expired",
            "",
        ] {
            text(keep, keep);
        }
        assert!(matches!(redact_text("nothing here"), Cow::Borrowed(_)));
    }
}
