//! Client secrets: created, listed, revoked, shortened, and checked at the token endpoint.

use super::*;

fn secret_from_row(r: &rusqlite::Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<Secret> {
    let start = from_ms(r.get(3)?);
    let expiration = from_ms(r.get(4)?);
    let revoked_at: Option<i64> = r.get(6)?;
    Ok(Secret {
        id: r.get(0)?,
        client_id: r.get(1)?,
        description: r.get(2)?,
        start_time: start,
        expiration,
        created_at: from_ms(r.get(5)?),
        revoked_at: revoked_at.map(from_ms),
        last_used_at: r.get::<_, Option<i64>>(7)?.map(from_ms),
        status: SecretStatus::at(now, start, expiration, revoked_at.is_some()),
        value: None,
    })
}

const SECRET_COLS: &str =
    "id, client_id, description, start_time, expiration, created_at, revoked_at, last_used_at";

/// Creates a secret for a client of `tenant`. With `value`, that value is used (the dev server's
/// bootstrap admin secret); otherwise a new 256-bit one is made. The value is returned once.
pub fn create_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    req: &CreateSecretRequest,
    value: Option<String>,
    now: DateTime<Utc>,
) -> ApiResult<Secret> {
    let client = get_client(c, tenant, client_id)?;
    if !client.require_client_secret {
        return Err(ApiError::bad_request(format!(
            "client {client_id:?} is a public client (requireClientSecret is false) and has no secrets"
        )));
    }
    if let Some(d) = &req.description {
        crate::validate::secret_description(d).map_err(|e| ApiError::validation(vec![e]))?;
    }
    // Times are kept to the millisecond; the response says exactly what is stored.
    let start = stored_time(req.start_time.unwrap_or(now));
    let expiration = req
        .expiration
        .map(stored_time)
        .unwrap_or_else(|| crate::validate::default_expiration(start));
    crate::validate::secret_window(start, expiration).map_err(|e| ApiError::validation(vec![e]))?;
    let value = value.unwrap_or_else(crypto::new_secret);
    let id = crate::crypto::uuid_v4();
    c.execute(
        "INSERT INTO secrets (id, client_id, hash, description, start_time, expiration, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, client_id, crypto::sha256(value.as_bytes()).to_vec(), req.description, ms(start), ms(expiration), ms(now)],
    )?;
    Ok(Secret {
        id,
        client_id: client_id.to_string(),
        description: req.description.clone(),
        start_time: start,
        expiration,
        created_at: now,
        revoked_at: None,
        last_used_at: None,
        status: SecretStatus::at(now, start, expiration, false),
        value: Some(value),
    })
}

pub fn list_secrets(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<Vec<Secret>> {
    get_client(c, tenant, client_id)?;
    let mut st = c.prepare_cached(&format!(
        "SELECT {SECRET_COLS} FROM secrets WHERE client_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = st.query_map(params![client_id], |r| secret_from_row(r, now))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn revoke_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    secret_id: &str,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    get_client(c, tenant, client_id)?;
    let n = c.execute(
        "UPDATE secrets SET revoked_at = COALESCE(revoked_at, ?3) WHERE id = ?1 AND client_id = ?2",
        params![secret_id, client_id, ms(now)],
    )?;
    if n == 0 {
        return Err(ApiError::not_found(format!(
            "client {client_id:?} has no secret with ID {secret_id:?}"
        )));
    }
    Ok(())
}

/// Moves a secret's expiration earlier (never later, never before its start).
pub fn shorten_secret(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    secret_id: &str,
    expiration: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ApiResult<Secret> {
    let expiration = stored_time(expiration);
    get_client(c, tenant, client_id)?;
    let secret = list_secrets(c, tenant, client_id, now)?
        .into_iter()
        .find(|s| s.id == secret_id)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "client {client_id:?} has no secret with ID {secret_id:?}"
            ))
        })?;
    crate::validate::shortened_expiration(secret.start_time, secret.expiration, expiration)
        .map_err(|e| ApiError::validation(vec![e]))?;
    c.execute(
        "UPDATE secrets SET expiration = ?2 WHERE id = ?1",
        params![secret_id, ms(expiration)],
    )?;
    Ok(Secret {
        expiration,
        status: SecretStatus::at(
            now,
            secret.start_time,
            expiration,
            secret.revoked_at.is_some(),
        ),
        ..secret
    })
}

/// What the token endpoint needs to check a client secret.
pub struct SecretCheck {
    pub id: String,
    pub hash: Vec<u8>,
    pub start: i64,
    pub expiration: i64,
    pub revoked: bool,
    pub last_used_at: Option<i64>,
}

pub fn secrets_for_auth(c: &Connection, client_id: &str) -> ApiResult<Vec<SecretCheck>> {
    let mut st = c.prepare_cached(
        "SELECT id, hash, start_time, expiration, revoked_at IS NOT NULL, last_used_at FROM secrets WHERE client_id = ?1",
    )?;
    let rows = st.query_map(params![client_id], |r| {
        Ok(SecretCheck {
            id: r.get(0)?,
            hash: r.get(1)?,
            start: r.get(2)?,
            expiration: r.get(3)?,
            revoked: r.get(4)?,
            last_used_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn touch_secret(c: &Connection, secret_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
    c.prepare_cached("UPDATE secrets SET last_used_at = ?2 WHERE id = ?1")?
        .execute(params![secret_id, ms(now)])?;
    Ok(())
}
