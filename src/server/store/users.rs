//! The dev server's users (people who sign in on the authorization page).

use super::*;

pub fn ensure_user(
    c: &Connection,
    tenant: &str,
    username: &str,
    password: &str,
    now: DateTime<Utc>,
) -> ApiResult<bool> {
    Ok(c.execute(
        "INSERT OR IGNORE INTO users (tenant_id, username, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant, username, crypto::hash_password(password), ms(now)],
    )? > 0)
}

pub fn set_password(c: &Connection, tenant: &str, username: &str, password: &str) -> ApiResult<()> {
    c.execute(
        "UPDATE users SET password_hash = ?3 WHERE tenant_id = ?1 AND username = ?2",
        params![tenant, username, crypto::hash_password(password)],
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
