//! The dev server's users (people who sign in on the authorization page).

use super::*;

/// Adds the user with a password hash ([`crypto::hash_password`]) unless it exists; whether it
/// was added. The hash is made by the caller: one hash for a password that several users share
/// (every tenant's `admin` under `OAUTHCTL_DEV_ADMIN_PASSWORD`), so that the sign-in throttle
/// counts their failures together.
pub fn ensure_user(
    c: &Connection,
    tenant: &str,
    username: &str,
    password_hash: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    Ok(c.execute(
        "INSERT OR IGNORE INTO users (tenant_id, username, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant, username, password_hash, ms(now)],
    )? > 0)
}

/// Replaces a user's password hash (see [`ensure_user`]).
pub fn set_password_hash(
    c: &Connection,
    tenant: &str,
    username: &str,
    password_hash: &str,
) -> ApiResult<()> {
    c.execute(
        "UPDATE users SET password_hash = ?3 WHERE tenant_id = ?1 AND username = ?2",
        params![tenant, username, password_hash],
    )?;
    Ok(())
}

/// A user's stored password hash (checked with [`verify_password`] outside the store's lock).
pub fn password_hash(c: &Connection, tenant: &str, username: &str) -> ApiResult<Option<String>> {
    Ok(
        c.prepare_cached("SELECT password_hash FROM users WHERE tenant_id = ?1 AND username = ?2")?
            .query_row(params![tenant, username], |r| r.get(0))
            .optional()?,
    )
}
