//! Hashing, random values, people's passwords (PBKDF2) and the signed access-token format of the
//! dev server.
//!
//! Client secrets are 256-bit random values, so a fast hash (SHA-256) is as strong as a slow one and
//! keeps the token endpoint cheap; hashes are compared in constant time. Access tokens are
//! self-contained (HMAC-SHA-256 over compact JSON claims), so issuing one costs no database write;
//! whether a token is still active is decided at use (expiry, revocation list, authorization).

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ring::{aead, hmac};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

pub const SECRET_PREFIX: &str = "ocs_";
const TOKEN_PREFIX: &str = "oat_";

/// A new client secret: `ocs_` and 256 random bits, base64url.
pub fn new_secret() -> String {
    format!("{SECRET_PREFIX}{}", B64.encode(random_bytes::<32>()))
}

pub use crate::crypto::{hex, random_bytes, sha256};

pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// The length of an access token's random ID.
pub const TOKEN_ID_BYTES: usize = 12;
const TOKEN_IDS_PER_FILL: usize = 256;

/// Random bytes for an access token's ID: the OS generator's output, as [`random_bytes`], but
/// fetched for 256 IDs at a time per thread (one `getrandom` call per 256 tokens, not one per
/// token). Each byte is handed out once. Only token IDs come from here; secrets, codes and
/// refresh tokens take [`random_bytes`] directly.
pub fn token_id() -> [u8; TOKEN_ID_BYTES] {
    use std::cell::RefCell;
    thread_local! {
        static POOL: RefCell<(Box<[u8; TOKEN_ID_BYTES * TOKEN_IDS_PER_FILL]>, usize)> =
            RefCell::new((Box::new([0; TOKEN_ID_BYTES * TOKEN_IDS_PER_FILL]), TOKEN_IDS_PER_FILL));
    }
    POOL.with_borrow_mut(|(buf, next)| {
        if *next == TOKEN_IDS_PER_FILL {
            use ring::rand::SecureRandom;
            ring::rand::SystemRandom::new()
                .fill(&mut buf[..])
                .expect("the OS random generator failed");
            *next = 0;
        }
        let mut id = [0; TOKEN_ID_BYTES];
        let at = *next * TOKEN_ID_BYTES;
        id.copy_from_slice(&buf[at..at + TOKEN_ID_BYTES]);
        // What was handed out is not kept.
        buf[at..at + TOKEN_ID_BYTES].fill(0);
        *next += 1;
        id
    })
}

/// What an access token says. Short field names keep tokens small.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Claims {
    /// tenant the token was issued for
    pub t: String,
    /// client ID
    pub c: String,
    /// space-separated scopes
    pub s: String,
    /// issued at, unix milliseconds
    pub i: i64,
    /// expires at, unix seconds
    pub e: i64,
    /// token ID
    pub j: String,
    /// the user who signed in (authorization code grant), if any
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub u: Option<String>,
    /// the grant (one authorization code and what was issued for it) the token comes from, if
    /// any: a replayed code revokes every token of its grant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub g: Option<String>,
}

impl Claims {
    pub fn scopes(&self) -> impl Iterator<Item = &str> {
        self.s.split_ascii_whitespace()
    }
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes().any(|s| s == scope)
    }
}

pub struct TokenSigner {
    key: hmac::Key,
}

impl TokenSigner {
    pub fn new(key: &[u8]) -> Self {
        TokenSigner {
            key: hmac::Key::new(hmac::HMAC_SHA256, key),
        }
    }

    pub fn mint(&self, claims: &Claims) -> String {
        let payload = B64.encode(serde_json::to_vec(claims).expect("claims serialize"));
        let tag = hmac::sign(&self.key, payload.as_bytes());
        format!("{TOKEN_PREFIX}{payload}.{}", B64.encode(tag.as_ref()))
    }

    /// The claims of a token this server signed, or None. Does not check expiry.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let rest = token.strip_prefix(TOKEN_PREFIX)?;
        let (payload, tag) = rest.split_once('.')?;
        let tag = B64.decode(tag).ok()?;
        hmac::verify(&self.key, payload.as_bytes(), &tag).ok()?;
        serde_json::from_slice(&B64.decode(payload).ok()?).ok()
    }
}

/// Sealing of stored idempotent responses: the key comes from the Idempotency-Key itself, so a
/// stored response (which may hold a new secret's value) can be read only by whoever retries with
/// that key; the database alone never reveals it.
pub fn seal(idempotency_key: &str, tenant: &str, plaintext: &[u8]) -> Vec<u8> {
    let key = aead_key(idempotency_key, tenant);
    let nonce_bytes = random_bytes::<12>();
    let mut out = plaintext.to_vec();
    key.seal_in_place_append_tag(
        aead::Nonce::assume_unique_for_key(nonce_bytes),
        aead::Aad::empty(),
        &mut out,
    )
    .expect("sealing cannot fail for small inputs");
    let mut sealed = nonce_bytes.to_vec();
    sealed.extend_from_slice(&out);
    sealed
}

pub fn open(idempotency_key: &str, tenant: &str, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 12 {
        return None;
    }
    let key = aead_key(idempotency_key, tenant);
    let (nonce, body) = sealed.split_at(12);
    let mut buf = body.to_vec();
    let nonce = aead::Nonce::try_assume_unique_for_key(nonce).ok()?;
    let plain = key
        .open_in_place(nonce, aead::Aad::empty(), &mut buf)
        .ok()?;
    Some(plain.to_vec())
}

/// The lookup ID of an idempotency key: a hash, so the key itself is not stored.
pub fn idempotency_id(idempotency_key: &str, tenant: &str) -> String {
    hex(&sha256(
        format!("oauthctl-idem-id\0{tenant}\0{idempotency_key}").as_bytes(),
    ))
}

fn aead_key(idempotency_key: &str, tenant: &str) -> aead::LessSafeKey {
    let k = sha256(format!("oauthctl-idem-key\0{tenant}\0{idempotency_key}").as_bytes());
    aead::LessSafeKey::new(aead::UnboundKey::new(&aead::AES_256_GCM, &k).expect("32-byte key"))
}

// ---------- people's passwords ----------

const PBKDF2_ROUNDS: u32 = 100_000;

/// PBKDF2-HMAC-SHA256 for people's passwords (unlike 256-bit client secrets, these can be guessed).
pub fn hash_password(password: &str) -> String {
    use base64::Engine;
    let salt = random_bytes::<16>();
    let mut out = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        std::num::NonZeroU32::new(PBKDF2_ROUNDS).expect("non-zero"),
        &salt,
        password.as_bytes(),
        &mut out,
    );
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    format!(
        "pbkdf2-sha256${PBKDF2_ROUNDS}${}${}",
        b64.encode(salt),
        b64.encode(out)
    )
}

pub fn verify_password(stored: &str, password: &str) -> bool {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let parts: Vec<&str> = stored.split('$').collect();
    let [_, rounds, salt, hash] = parts.as_slice() else {
        return false;
    };
    let (Ok(rounds), Ok(salt), Ok(hash)) =
        (rounds.parse::<u32>(), b64.decode(salt), b64.decode(hash))
    else {
        return false;
    };
    let Some(rounds) = std::num::NonZeroU32::new(rounds) else {
        return false;
    };
    ring::pbkdf2::verify(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        &salt,
        password.as_bytes(),
        &hash,
    )
    .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_ids_are_random_and_never_repeat_across_refills() {
        let ids: Vec<[u8; TOKEN_ID_BYTES]> = (0..3 * TOKEN_IDS_PER_FILL + 1)
            .map(|_| token_id())
            .collect();
        let distinct: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
        assert!(ids.iter().all(|id| id != &[0; TOKEN_ID_BYTES]));
        // Another thread has its own pool, not a copy of this one.
        let other = std::thread::spawn(token_id).join().unwrap();
        assert!(!distinct.contains(&other));
    }

    #[test]
    fn tokens_round_trip_and_reject_tampering() {
        let s = TokenSigner::new(b"k");
        let c = Claims {
            t: "default".into(),
            c: "app".into(),
            s: "a b".into(),
            i: 1,
            e: 2,
            j: "x".into(),
            u: None,
            g: Some("grant".into()),
        };
        let tok = s.mint(&c);
        assert_eq!(s.verify(&tok), Some(c));
        let mut bad = tok.clone();
        bad.insert(10, 'A');
        assert_eq!(s.verify(&bad), None);
        assert_eq!(TokenSigner::new(b"other").verify(&tok), None);
    }

    #[test]
    fn sealed_responses_need_the_key() {
        let sealed = seal("key-1", "t", b"secret body");
        assert_eq!(open("key-1", "t", &sealed).unwrap(), b"secret body");
        assert!(open("key-2", "t", &sealed).is_none());
        assert!(open("key-1", "u", &sealed).is_none());
    }

    #[test]
    fn secrets_are_256_bit() {
        let s = new_secret();
        assert!(s.starts_with(SECRET_PREFIX));
        assert_eq!(B64.decode(&s[4..]).unwrap().len(), 32);
    }
}
