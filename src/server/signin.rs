//! What guards the sign-in page (`/oauth/authorize`): a throttle on failed sign-ins, a CSRF token
//! bound to a cookie, and the same cost for unknown users as for known ones.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ring::hmac;

use super::crypto;

/// Failed sign-ins for one user (of one tenant) within [`WINDOW`] before further attempts get 429.
pub const MAX_FAILURES_PER_USER: u32 = 5;
/// Failed sign-ins from one client address within [`WINDOW`] before further attempts get 429.
pub const MAX_FAILURES_PER_ADDRESS: u32 = 20;
/// The window starts at the first failure and lasts 15 minutes; a successful sign-in clears the
/// user's count (not the address's).
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Past this many tracked keys, ended windows are dropped.
const PRUNE_AT: usize = 10_000;

/// Counts failed sign-ins per key (a user or an address) in fixed windows.
pub struct Throttle {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle {
            windows: Mutex::new(HashMap::new()),
        }
    }
}

pub fn user_key(tenant: &str, username: &str) -> String {
    format!("user\0{tenant}\0{username}")
}

pub fn address_key(ip: std::net::IpAddr) -> String {
    format!("addr\0{ip}")
}

impl Throttle {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, u32)>> {
        self.windows.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// How long `key` must wait, when it reached `limit` failures in its current window.
    pub fn blocked(&self, key: &str, limit: u32, now: Instant) -> Option<Duration> {
        let m = self.lock();
        let (start, n) = m.get(key)?;
        let end = *start + WINDOW;
        (*n >= limit && now < end).then(|| end - now)
    }

    pub fn fail(&self, key: &str, now: Instant) {
        let mut m = self.lock();
        if m.len() >= PRUNE_AT {
            m.retain(|_, (start, _)| now < *start + WINDOW);
        }
        let e = m.entry(key.to_string()).or_insert((now, 0));
        if now >= e.0 + WINDOW {
            *e = (now, 0);
        }
        e.1 += 1;
    }

    pub fn clear(&self, key: &str) {
        self.lock().remove(key);
    }
}

/// The cookie that carries the browser's CSRF secret; the form carries a MAC of it.
pub const CSRF_COOKIE: &str = "oauthctl_csrf";
pub const CSRF_FIELD: &str = "csrf_token";

/// The CSRF secret in a request's `Cookie` headers, if it has a well-formed one.
pub fn csrf_cookie(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, v)| {
            *k == CSRF_COOKIE
                && v.len() == 43
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(|(_, v)| v.to_string())
}

pub fn new_csrf_secret() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>())
}

/// The form's token for a cookie secret: an HMAC under the server's key, so a token cannot be
/// made for a cookie without the server, and a cookie planted by someone else is useless.
pub fn csrf_token(key: &hmac::Key, secret: &str) -> String {
    use base64::Engine;
    let tag = hmac::sign(key, format!("oauthctl-csrf\0{secret}").as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag.as_ref())
}

pub fn csrf_ok(key: &hmac::Key, cookie: Option<&str>, form: Option<&str>) -> bool {
    match (cookie, form) {
        (Some(c), Some(f)) => crypto::ct_eq(csrf_token(key, c).as_bytes(), f.as_bytes()),
        _ => false,
    }
}

/// The `Set-Cookie` value for a CSRF secret (`Secure` when the server speaks HTTPS).
pub fn csrf_set_cookie(secret: &str, https: bool) -> String {
    format!(
        "{CSRF_COOKIE}={secret}; Path=/oauth/authorize; HttpOnly; SameSite=Lax{}",
        if https { "; Secure" } else { "" }
    )
}

/// The hash a sign-in checks the password against: the user's, or for an unknown user a dummy
/// made the same way, so that both cost one full password hash.
pub fn hash_to_check<'a>(stored: Option<&'a str>, dummy: &'a str) -> &'a str {
    stored.unwrap_or(dummy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_throttle_blocks_at_the_limit_until_the_window_ends() {
        let t = Throttle::default();
        let now = Instant::now();
        for i in 0..MAX_FAILURES_PER_USER {
            assert!(t.blocked("u", MAX_FAILURES_PER_USER, now).is_none(), "{i}");
            t.fail("u", now);
        }
        let wait = t.blocked("u", MAX_FAILURES_PER_USER, now).expect("blocked");
        assert!(wait <= WINDOW && wait > WINDOW - Duration::from_secs(1));
        assert!(t.blocked("other", MAX_FAILURES_PER_USER, now).is_none());
        let later = now + WINDOW;
        assert!(t.blocked("u", MAX_FAILURES_PER_USER, later).is_none());
        t.fail("u", later);
        assert!(t.blocked("u", 2, later).is_none(), "a new window");
        t.clear("u");
        assert!(t.lock().get("u").is_none());
    }

    #[test]
    fn csrf_tokens_are_bound_to_the_cookie_and_the_key() {
        let key = hmac::Key::new(hmac::HMAC_SHA256, b"k");
        let (a, b) = (new_csrf_secret(), new_csrf_secret());
        let tok = csrf_token(&key, &a);
        assert!(csrf_ok(&key, Some(&a), Some(&tok)));
        assert!(!csrf_ok(&key, Some(&b), Some(&tok)));
        assert!(!csrf_ok(&key, None, Some(&tok)));
        assert!(!csrf_ok(&key, Some(&a), None));
        let other = hmac::Key::new(hmac::HMAC_SHA256, b"other");
        assert!(!csrf_ok(&other, Some(&a), Some(&tok)));
        let mut h = axum::http::HeaderMap::new();
        h.insert(
            axum::http::header::COOKIE,
            format!("x=1; {CSRF_COOKIE}={a}").parse().unwrap(),
        );
        assert_eq!(csrf_cookie(&h), Some(a));
        h.insert(
            axum::http::header::COOKIE,
            format!("{CSRF_COOKIE}=short").parse().unwrap(),
        );
        assert_eq!(csrf_cookie(&h), None);
    }

    /// An unknown user's password is checked against a dummy hash made like a real one (the same
    /// PBKDF2 rounds), so the answer takes as long.
    #[test]
    fn unknown_users_are_checked_against_a_dummy_of_the_same_cost() {
        let dummy = super::super::crypto::hash_password(&new_csrf_secret());
        let real = super::super::crypto::hash_password("pw");
        let rounds = |h: &str| h.split('$').nth(1).unwrap().to_string();
        assert_eq!(rounds(&dummy), rounds(&real));
        assert_eq!(hash_to_check(None, &dummy), dummy);
        assert_eq!(hash_to_check(Some(&real), &dummy), real);
        assert!(!super::super::crypto::verify_password(
            hash_to_check(None, &dummy),
            "pw"
        ));
    }
}
