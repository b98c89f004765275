//! Responses kept for an `Idempotency-Key`, so a retried create returns the first result.

use super::*;

pub struct StoredResponse {
    pub fingerprint: String,
    pub status: u16,
    pub sealed_body: Vec<u8>,
}

pub const IDEMPOTENCY_TTL_MS: i64 = 24 * 60 * 60 * 1000;

pub fn get_idempotent(
    c: &Connection,
    id: &str,
    now: DateTime<Utc>,
) -> ApiResult<Option<StoredResponse>> {
    Ok(c.prepare_cached(
        "SELECT fingerprint, status, body FROM idempotency WHERE id = ?1 AND created_at > ?2",
    )?
    .query_row(params![id, ms(now) - IDEMPOTENCY_TTL_MS], |r| {
        Ok(StoredResponse {
            fingerprint: r.get(0)?,
            status: r.get::<_, i64>(1)? as u16,
            sealed_body: r.get(2)?,
        })
    })
    .optional()?)
}

pub fn put_idempotent(
    c: &Connection,
    id: &str,
    resp: &StoredResponse,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    c.execute(
        "DELETE FROM idempotency WHERE created_at <= ?1 OR id = ?2",
        params![ms(now) - IDEMPOTENCY_TTL_MS, id],
    )?;
    c.execute(
        "INSERT INTO idempotency (id, fingerprint, status, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, resp.fingerprint, resp.status as i64, resp.sealed_body, ms(now)],
    )?;
    Ok(())
}
