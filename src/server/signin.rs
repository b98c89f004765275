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

/// Counts sign-in attempts per key (a password, a user or an address) in fixed windows. An
/// attempt is counted as a failure when it is let through, before its password is checked, and
/// under the same lock as the check: so parallel guesses cannot all pass the check while the
/// slow password hashes run. A success takes its count back ([`Throttle::succeeded`]).
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

/// The key a user's failures are counted under: the stored password hash of a known user, so that
/// users who share one (every tenant's `admin` when `OAUTHCTL_DEV_ADMIN_PASSWORD` sets them all,
/// hashed once) share one count — each more tenant must not add guesses at the same password; for
/// an unknown user, the tenant and name.
pub fn user_key(tenant: &str, username: &str, stored_hash: Option<&str>) -> String {
    match stored_hash {
        Some(h) => format!("hash\0{h}"),
        None => format!("user\0{tenant}\0{username}"),
    }
}

/// The key of a client address: an IPv4 address (also one mapped into IPv6), or the /64 an IPv6
/// address belongs to — one host usually has a whole /64 to pick addresses from.
pub fn address_key(ip: std::net::IpAddr) -> String {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => format!("addr\0{v4}"),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => format!("addr\0{v4}"),
            None => {
                let s = v6.segments();
                format!("addr\0{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

impl Throttle {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, u32)>> {
        self.windows.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// One sign-in attempt under each `(key, limit)`: when a key has reached its limit in its
    /// current window, how long to wait (the longest), and nothing is counted; otherwise the
    /// attempt is counted as a failure under every key at once, before the password is checked.
    pub fn attempt(&self, keys: &[(&str, u32)], now: Instant) -> Result<(), Duration> {
        let mut m = self.lock();
        let wait = keys
            .iter()
            .filter_map(|(key, limit)| {
                let (start, n) = m.get(*key)?;
                let end = *start + WINDOW;
                (*n >= *limit && now < end).then(|| end - now)
            })
            .max();
        if let Some(wait) = wait {
            return Err(wait);
        }
        if m.len() >= PRUNE_AT {
            m.retain(|_, (start, _)| now < *start + WINDOW);
        }
        for (key, _) in keys {
            let e = m.entry(key.to_string()).or_insert((now, 0));
            if now >= e.0 + WINDOW {
                *e = (now, 0);
            }
            e.1 += 1;
        }
        Ok(())
    }

    /// The attempt was a successful sign-in: the user's count is cleared, and the attempt no
    /// longer counts against the address (`address` keeps its earlier failures).
    pub fn succeeded(&self, user: &str, address: &str) {
        let mut m = self.lock();
        m.remove(user);
        if let Some(e) = m.get_mut(address) {
            e.1 = e.1.saturating_sub(1);
        }
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
        let keys = [
            ("u", MAX_FAILURES_PER_USER),
            ("a", MAX_FAILURES_PER_ADDRESS),
        ];
        for i in 0..MAX_FAILURES_PER_USER {
            assert!(t.attempt(&keys, now).is_ok(), "{i}");
        }
        let wait = t.attempt(&keys, now).expect_err("blocked");
        assert!(wait <= WINDOW && wait > WINDOW - Duration::from_secs(1));
        assert_eq!(t.lock()["a"].1, 5, "a refused attempt is not counted");
        assert!(t.attempt(&[("other", MAX_FAILURES_PER_USER)], now).is_ok());
        let later = now + WINDOW;
        assert!(t.attempt(&keys, later).is_ok(), "a new window");
        assert_eq!(t.lock()["u"].1, 1);
        t.succeeded("u", "a");
        assert!(!t.lock().contains_key("u"));
        assert_eq!(t.lock()["a"].1, 0, "the success no longer counts");
    }

    /// The count is taken under the lock of the check: of many attempts at once, only the limit
    /// get through.
    #[test]
    fn parallel_attempts_get_through_only_up_to_the_limit() {
        let t = std::sync::Arc::new(Throttle::default());
        let now = Instant::now();
        let through: u32 = (0..40)
            .map(|_| {
                let t = t.clone();
                std::thread::spawn(move || {
                    u32::from(t.attempt(&[("u", MAX_FAILURES_PER_USER)], now).is_ok())
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .sum();
        assert_eq!(through, MAX_FAILURES_PER_USER);
    }

    #[test]
    fn addresses_are_keyed_by_ipv4_or_the_ipv6_slash_64() {
        let key = |s: &str| address_key(s.parse().unwrap());
        assert_eq!(
            key("2001:db8:1:2::1"),
            key("2001:db8:1:2:ffff:eeee:dddd:cccc")
        );
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_eq!(key("::ffff:192.0.2.7"), key("192.0.2.7"));
        assert_ne!(key("192.0.2.7"), key("192.0.2.8"));
        assert_eq!(key("2001:db8:1:2::1"), "addr\u{0}2001:db8:1:2::/64");
    }

    #[test]
    fn users_sharing_a_password_hash_share_a_key() {
        assert_eq!(
            user_key("default", "admin", Some("h")),
            user_key("acme", "admin", Some("h"))
        );
        assert_ne!(
            user_key("default", "admin", Some("h1")),
            user_key("default", "admin", Some("h2"))
        );
        assert_ne!(user_key("default", "x", None), user_key("acme", "x", None));
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
