//! Clients, and the page tokens of their list.

use super::*;

fn client_from_body(body: String) -> rusqlite::Result<Client> {
    serde_json::from_str(&body).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A client by ID, whichever tenant owns it.
pub fn get_client_any(c: &Connection, client_id: &str) -> ApiResult<Option<Client>> {
    Ok(
        c.prepare_cached("SELECT body FROM clients WHERE client_id = ?1")?
            .query_row(params![client_id], |r| client_from_body(r.get(0)?))
            .optional()?,
    )
}

/// A client owned by `tenant`; 404 otherwise (another tenant's client is not revealed).
pub fn get_client(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<Client> {
    c.prepare_cached("SELECT body FROM clients WHERE client_id = ?1 AND tenant_id = ?2")?
        .query_row(params![client_id, tenant], |r| client_from_body(r.get(0)?))
        .optional()?
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "no client with ID {client_id:?} in tenant {tenant:?}"
            ))
        })
}

pub fn create_client(
    c: &Connection,
    tenant: &str,
    req: &CreateClientRequest,
    now: DateTime<Utc>,
) -> ApiResult<Client> {
    // The rules the CLI checks too, which speak the neutral model.
    let errors = crate::validate::create_client(&req.clone().into());
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let space_id = match &req.space_id {
        Some(s) => s.clone(),
        None => {
            let spaces = list_spaces(c, tenant)?;
            match spaces.as_slice() {
                [only] => only.id.clone(),
                _ => {
                    return Err(ApiError::field(
                        "spaceId",
                        format!(
                            "spaceId is required: tenant {tenant:?} has several spaces ({})",
                            spaces
                                .iter()
                                .map(|s| s.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ))
                }
            }
        }
    };
    if !space_exists(c, tenant, &space_id)? {
        let known = list_spaces(c, tenant)?;
        return Err(ApiError::field(
            "spaceId",
            format!(
                "no space {space_id:?} in tenant {tenant:?}; spaces are: {}",
                known
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    check_scopes_known(c, tenant, &req.allowed_scopes)?;
    let client_id = req.client_id.clone().unwrap_or_else(crate::crypto::uuid_v4);
    if get_client_any(c, &client_id)?.is_some() {
        return Err(ApiError::conflict(format!(
            "a client with ID {client_id:?} already exists"
        )));
    }
    if c.prepare_cached("SELECT 1 FROM clients WHERE tenant_id = ?1 AND client_name = ?2")?
        .exists(params![tenant, req.client_name])?
    {
        return Err(ApiError::conflict(format!(
            "a client named {:?} already exists in tenant {tenant:?}",
            req.client_name
        )));
    }
    let client = Client {
        client_id: client_id.clone(),
        client_name: req.client_name.clone(),
        display_name: req
            .display_name
            .clone()
            .unwrap_or_else(|| req.client_name.clone()),
        tenant_id: tenant.to_string(),
        space_id: space_id.clone(),
        allow_offline_access: req.allow_offline_access.unwrap_or(false),
        allow_remember_consent: req.allow_remember_consent.unwrap_or(true),
        back_channel_logout_session_required: req
            .back_channel_logout_session_required
            .unwrap_or(true),
        require_client_secret: req.require_client_secret.unwrap_or(true),
        require_consent: req.require_consent.unwrap_or(false),
        allow_no_pkce: req.allow_no_pkce.unwrap_or(false),
        allow_ropc: req.allow_ropc.unwrap_or(false),
        allowed_grant_types: dedup(&req.allowed_grant_types),
        allowed_cors_origins: dedup(&req.allowed_cors_origins),
        allowed_scopes: dedup(&req.allowed_scopes),
        redirect_uris: dedup(&req.redirect_uris),
        post_logout_redirect_uris: dedup(&req.post_logout_redirect_uris),
        created_at: now,
        updated_at: now,
    };
    c.execute(
        "INSERT INTO clients (client_id, tenant_id, client_name, space_id, body) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![client_id, tenant, client.client_name, space_id, serde_json::to_string(&client)?],
    )?;
    // A client is authorized in its own tenant for its allowed scopes when it is created.
    put_authorization(c, tenant, &client_id, &client.allowed_scopes, now)?;
    Ok(client)
}

fn dedup(v: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for s in v {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

fn check_scopes_known(c: &Connection, tenant: &str, scopes: &[String]) -> ApiResult<()> {
    let catalogue = list_scopes(c, tenant)?;
    let unknown: Vec<&str> = scopes
        .iter()
        .filter(|s| !catalogue.iter().any(|k| &k.name == *s))
        .map(String::as_str)
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::field(
            "allowedScopes",
            format!(
                "unknown scope(s) {} in tenant {tenant:?}; known scopes are: {}",
                unknown.join(", "),
                catalogue
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    }
}

pub fn list_clients(
    c: &Connection,
    tenant: &str,
    space: Option<&str>,
    limit: usize,
    after: Option<&str>,
) -> ApiResult<Page<Client>> {
    let mut st = c.prepare_cached(
        "SELECT client_id, body FROM clients
         WHERE tenant_id = ?1 AND (?2 IS NULL OR space_id = ?2) AND (?3 IS NULL OR client_id > ?3)
         ORDER BY client_id LIMIT ?4",
    )?;
    let rows = st.query_map(params![tenant, space, after, (limit + 1) as i64], |r| {
        client_from_body(r.get(1)?)
    })?;
    let mut items: Vec<Client> = rows.collect::<Result<_, _>>()?;
    let next_page_token = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|c| page_token(&c.client_id))
    } else {
        None
    };
    Ok(Page {
        items,
        next_page_token,
    })
}

pub fn page_token(last: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(last)
}

pub fn parse_page_token(token: &str) -> ApiResult<String> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| ApiError::field("pageToken", "invalid page token"))
}

pub fn update_client(
    c: &Connection,
    tenant: &str,
    client_id: &str,
    req: &UpdateClientRequest,
    now: DateTime<Utc>,
) -> ApiResult<Client> {
    let mut client = get_client(c, tenant, client_id)?;
    let errors = crate::validate::update_client(&client.clone().into(), &req.clone().into());
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    if let Some(scopes) = &req.allowed_scopes {
        check_scopes_known(c, tenant, scopes)?;
    }
    let previous_scopes = client.allowed_scopes.clone();
    macro_rules! set {
        ($($f:ident),*) => { $( if let Some(v) = &req.$f { client.$f = v.clone(); } )* };
    }
    set!(
        display_name,
        allow_offline_access,
        allow_remember_consent,
        back_channel_logout_session_required,
        require_client_secret,
        require_consent,
        allow_no_pkce,
        allow_ropc
    );
    macro_rules! set_list {
        ($($f:ident),*) => { $( if let Some(v) = &req.$f { client.$f = dedup(v); } )* };
    }
    set_list!(
        allowed_grant_types,
        allowed_cors_origins,
        allowed_scopes,
        redirect_uris,
        post_logout_redirect_uris
    );
    client.updated_at = now;
    c.execute(
        "UPDATE clients SET body = ?2 WHERE client_id = ?1",
        params![client_id, serde_json::to_string(&client)?],
    )?;
    // The grant a client got in its own tenant when it was made follows its allowed scopes, as
    // long as nobody changed it by hand (it still equals the previous allowed scopes).
    if req.allowed_scopes.is_some() {
        if let Some(own) = get_authorization(c, tenant, client_id)? {
            if crate::model::grant_follows(&own.scopes, &previous_scopes) {
                put_authorization(c, tenant, client_id, &client.allowed_scopes, now)?;
            }
        }
    }
    Ok(client)
}

pub fn delete_client(c: &Connection, tenant: &str, client_id: &str) -> ApiResult<()> {
    get_client(c, tenant, client_id)?;
    c.execute(
        "DELETE FROM clients WHERE client_id = ?1",
        params![client_id],
    )?;
    Ok(())
}
