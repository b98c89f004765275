//! Scope authorizations: which scopes a tenant grants a client (possibly of another tenant).

use super::*;

pub fn put_authorization(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    scopes: &[String],
    now: DateTime<Utc>,
) -> ApiResult<Authorization> {
    c.execute(
        "INSERT INTO authorizations (tenant_id, client_id, scopes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (tenant_id, client_id) DO UPDATE SET scopes = excluded.scopes, updated_at = excluded.updated_at",
        params![tenant, client_id, scopes.join(" "), ms(now)],
    )?;
    get_authorization(c, tenant, client_id)?
        .ok_or_else(|| ApiError::internal("authorization vanished"))
}

fn authorization_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Authorization> {
    let scopes: String = r.get(2)?;
    Ok(Authorization {
        tenant_id: r.get(0)?,
        client_id: r.get(1)?,
        scopes: scopes.split_ascii_whitespace().map(String::from).collect(),
        created_at: from_ms(r.get(3)?),
        updated_at: from_ms(r.get(4)?),
    })
}

pub fn get_authorization(
    c: &Connection,
    tenant: &str,
    client_id: &str,
) -> ApiResult<Option<Authorization>> {
    Ok(c.prepare_cached(
        "SELECT tenant_id, client_id, scopes, created_at, updated_at FROM authorizations WHERE tenant_id = ?1 AND client_id = ?2",
    )?
    .query_row(params![tenant, client_id], authorization_from_row)
    .optional()?)
}

/// Every tenant's authorization of `client_id`.
pub fn authorizations_of_client(c: &Connection, client_id: &str) -> ApiResult<Vec<Authorization>> {
    let mut st = c.prepare_cached(
        "SELECT tenant_id, client_id, scopes, created_at, updated_at FROM authorizations WHERE client_id = ?1",
    )?;
    let rows = st.query_map(params![client_id], authorization_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn list_authorizations(c: &Connection, tenant: &str) -> ApiResult<Vec<Authorization>> {
    let mut st = c.prepare_cached(
        "SELECT tenant_id, client_id, scopes, created_at, updated_at FROM authorizations WHERE tenant_id = ?1 ORDER BY client_id",
    )?;
    let rows = st.query_map(params![tenant], authorization_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Removes a tenant's authorization of a client, and the client's refresh tokens for that
/// tenant with it (a later authorization must not revive them).
pub fn delete_authorization(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<bool> {
    c.execute(
        "DELETE FROM refresh_tokens WHERE tenant_id = ?1 AND client_id = ?2",
        params![tenant, client_id],
    )?;
    Ok(c.execute(
        "DELETE FROM authorizations WHERE tenant_id = ?1 AND client_id = ?2",
        params![tenant, client_id],
    )? > 0)
}
