//! Tenants, their spaces and their scope catalogue.

use super::*;

pub fn tenant_exists(c: &Connection, tenant: &str) -> ApiResult<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM tenants WHERE id = ?1")?
        .exists(params![tenant])?)
}

/// Creates the tenant with its `default` space and the scope catalogue; false if it existed.
pub fn ensure_tenant(c: &Connection, tenant: &str, now: DateTime<Utc>) -> ApiResult<bool> {
    if tenant_exists(c, tenant)? {
        return Ok(false);
    }
    c.execute(
        "INSERT INTO tenants (id, created_at) VALUES (?1, ?2)",
        params![tenant, ms(now)],
    )?;
    c.execute(
        "INSERT INTO spaces (tenant_id, id, display_name, created_at) VALUES (?1, 'default', 'Default space', ?2)",
        params![tenant, ms(now)],
    )?;
    for (name, description) in DEFAULT_SCOPES {
        c.execute(
            "INSERT INTO scopes (tenant_id, name, description) VALUES (?1, ?2, ?3)",
            params![tenant, name, description],
        )?;
    }
    Ok(true)
}

pub fn list_spaces(c: &Connection, tenant: &str) -> ApiResult<Vec<Space>> {
    let mut st = c.prepare_cached(
        "SELECT id, display_name, created_at FROM spaces WHERE tenant_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map(params![tenant], |r| {
        Ok(Space {
            id: r.get(0)?,
            display_name: r.get(1)?,
            created_at: from_ms(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn space_exists(c: &Connection, tenant: &str, space: &str) -> ApiResult<bool> {
    Ok(
        c.prepare_cached("SELECT 1 FROM spaces WHERE tenant_id = ?1 AND id = ?2")?
            .exists(params![tenant, space])?,
    )
}

pub fn create_space(
    c: &Connection,
    tenant: &str,
    req: &CreateSpaceRequest,
    now: DateTime<Utc>,
) -> ApiResult<Space> {
    crate::validate::space_id(&req.id).map_err(|e| ApiError::validation(vec![e]))?;
    let display_name = req.display_name.clone().unwrap_or_else(|| req.id.clone());
    crate::validate::display_name(&display_name).map_err(|e| ApiError::validation(vec![e]))?;
    if space_exists(c, tenant, &req.id)? {
        return Err(ApiError::conflict(format!(
            "a space with ID {:?} already exists in tenant {tenant:?}",
            req.id
        )));
    }
    c.execute(
        "INSERT INTO spaces (tenant_id, id, display_name, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant, req.id, display_name, ms(now)],
    )?;
    Ok(Space {
        id: req.id.clone(),
        display_name,
        created_at: now,
    })
}

pub fn list_scopes(c: &Connection, tenant: &str) -> ApiResult<Vec<Scope>> {
    let mut st = c.prepare_cached(
        "SELECT name, description FROM scopes WHERE tenant_id = ?1 ORDER BY name",
    )?;
    let rows = st.query_map(params![tenant], |r| {
        Ok(Scope {
            name: r.get(0)?,
            description: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
