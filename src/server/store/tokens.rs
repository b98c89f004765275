//! Revoked access tokens, authorization codes, grants and refresh tokens.

use super::*;

pub fn token_revoked(c: &Connection, jti: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM revoked_tokens WHERE jti = ?1")?
            .exists(params![jti])?,
    )
}

pub fn revoke_token(c: &Connection, jti: &str, expires_at: i64) -> ApiResult<()> {
    c.execute(
        "INSERT OR IGNORE INTO revoked_tokens (jti, expires_at) VALUES (?1, ?2)",
        params![jti, expires_at],
    )?;
    Ok(())
}

pub struct AuthCode {
    pub tenant_id: String,
    pub client_id: String,
    pub username: String,
    pub redirect_uri: String,
    pub scope: String,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
}

pub fn put_code(c: &Connection, code: &str, a: &AuthCode) -> ApiResult<()> {
    c.execute(
        "INSERT INTO auth_codes (hash, tenant_id, client_id, username, redirect_uri, scope, code_challenge, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![crypto::sha256(code.as_bytes()).to_vec(), a.tenant_id, a.client_id, a.username, a.redirect_uri, a.scope, a.code_challenge, a.expires_at],
    )?;
    Ok(())
}

/// What presenting an authorization code found.
pub enum TakenCode {
    /// No such code (or one forgotten since).
    Unknown,
    /// The code's first use: it is now marked used, and what is issued for it belongs to the
    /// grant `grant_id`.
    First { code: AuthCode, grant_id: String },
    /// The code was used before: the tokens of its grant are now revoked.
    Replayed,
}

/// How long a used code is remembered, so that its replay still revokes what was issued for it:
/// as long as the refresh token issued for it can live.
pub const USED_CODE_MEMORY_MS: i64 = REFRESH_TTL_MS;

/// Takes a code: it can be used once only. A second use revokes the grant of the first: its
/// refresh tokens at once, its access tokens through `revoked_grants` (RFC 6749 §4.1.2).
pub fn take_code(c: &Connection, code: &str, now: DateTime<Utc>) -> ApiResult<TakenCode> {
    let hash = crypto::sha256(code.as_bytes()).to_vec();
    let now_ms = ms(now);
    c.execute(
        "DELETE FROM auth_codes WHERE (used_at IS NULL AND expires_at < ?1) OR used_at < ?2",
        params![now_ms, now_ms - USED_CODE_MEMORY_MS],
    )?;
    c.execute(
        "DELETE FROM revoked_grants WHERE expires_at < ?1",
        params![now_ms],
    )?;
    let found = c
        .query_row(
            "SELECT tenant_id, client_id, username, redirect_uri, scope, code_challenge, expires_at, used_at, grant_id FROM auth_codes WHERE hash = ?1",
            params![hash],
            |r| {
                Ok((
                    AuthCode {
                        tenant_id: r.get(0)?,
                        client_id: r.get(1)?,
                        username: r.get(2)?,
                        redirect_uri: r.get(3)?,
                        scope: r.get(4)?,
                        code_challenge: r.get(5)?,
                        expires_at: r.get(6)?,
                    },
                    r.get::<_, Option<i64>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            },
        )
        .optional()?;
    match found {
        None => Ok(TakenCode::Unknown),
        Some((code, None, _)) => {
            use base64::Engine;
            let grant_id = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(crypto::random_bytes::<16>());
            c.execute(
                "UPDATE auth_codes SET used_at = ?2, grant_id = ?3 WHERE hash = ?1",
                params![hash, now_ms, grant_id],
            )?;
            Ok(TakenCode::First { code, grant_id })
        }
        Some((_, Some(_), grant)) => {
            if let Some(g) = grant {
                revoke_grant(c, &g, now)?;
            }
            Ok(TakenCode::Replayed)
        }
    }
}

/// Revokes every token of a grant: its refresh tokens, and (through `revoked_grants`, checked
/// at use) its access tokens, also those that a refresh token of it issued.
pub fn revoke_grant(c: &Connection, grant_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
    c.execute(
        "UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, ?2) WHERE grant_id = ?1",
        params![grant_id, ms(now)],
    )?;
    c.execute(
        "INSERT OR IGNORE INTO revoked_grants (grant_id, expires_at) VALUES (?1, ?2)",
        params![
            grant_id,
            ms(now) + REFRESH_TTL_MS + crate::server::TOKEN_TTL_SECS * 1000
        ],
    )?;
    Ok(())
}

pub fn grant_revoked(c: &Connection, grant_id: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM revoked_grants WHERE grant_id = ?1")?
            .exists(params![grant_id])?,
    )
}

pub struct RefreshToken {
    pub tenant_id: String,
    pub client_id: String,
    pub username: Option<String>,
    pub scope: String,
    pub expires_at: i64,
    pub revoked: bool,
    /// The grant it belongs to (the authorization code it was issued for).
    pub grant_id: Option<String>,
}

pub const REFRESH_TTL_MS: i64 = 30 * 24 * 3600 * 1000;

pub fn put_refresh(
    c: &Connection,
    token: &str,
    t: &RefreshToken,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    c.execute(
        "INSERT INTO refresh_tokens (hash, tenant_id, client_id, username, scope, created_at, expires_at, grant_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![crypto::sha256(token.as_bytes()).to_vec(), t.tenant_id, t.client_id, t.username, t.scope, ms(now), t.expires_at, t.grant_id],
    )?;
    Ok(())
}

pub fn get_refresh(c: &Connection, token: &str) -> ApiResult<Option<RefreshToken>> {
    Ok(c
        .query_row(
            "SELECT tenant_id, client_id, username, scope, expires_at,
                    revoked_at IS NOT NULL OR grant_id IN (SELECT grant_id FROM revoked_grants), grant_id
             FROM refresh_tokens WHERE hash = ?1",
            params![crypto::sha256(token.as_bytes()).to_vec()],
            |r| {
                Ok(RefreshToken {
                    tenant_id: r.get(0)?,
                    client_id: r.get(1)?,
                    username: r.get(2)?,
                    scope: r.get(3)?,
                    expires_at: r.get(4)?,
                    revoked: r.get(5)?,
                    grant_id: r.get(6)?,
                })
            },
        )
        .optional()?)
}

/// Revokes a refresh token of `client_id`; false when there is none.
pub fn revoke_refresh(
    c: &Connection,
    token: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    Ok(c.execute(
        "UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, ?3) WHERE hash = ?1 AND client_id = ?2",
        params![crypto::sha256(token.as_bytes()).to_vec(), client_id, ms(now)],
    )? > 0)
}
