//! The admin REST API (`/api/adminapi2/v1`), as the README's "The dev server" describes it. Every
//! route needs a bearer token with the `oauthctl.admin` scope, issued for the tenant in the path;
//! another tenant's resources answer 404, so nothing leaks across tenants.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::crypto;
use super::error::{ApiError, ApiResult};
use super::store::{self, StoredResponse};
use super::AppState;
use crate::backend::oauthctl::wire::*;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route(
            "/tenants/{tenant}/spaces",
            get(list_spaces).post(create_space),
        )
        .route("/tenants/{tenant}/scopes", get(list_scopes))
        .route(
            "/tenants/{tenant}/clients",
            get(list_clients).post(create_client),
        )
        .route(
            "/tenants/{tenant}/clients/",
            get(list_clients).post(create_client),
        )
        .route(
            "/tenants/{tenant}/clients/{client_id}",
            get(get_client).patch(update_client).delete(delete_client),
        )
        .route(
            "/tenants/{tenant}/clients/{client_id}/secrets",
            get(list_secrets).post(create_secret),
        )
        .route(
            "/tenants/{tenant}/clients/{client_id}/secrets/",
            get(list_secrets).post(create_secret),
        )
        .route(
            "/tenants/{tenant}/clients/{client_id}/secrets/{secret_id}",
            delete(revoke_secret).patch(update_secret),
        )
        .route("/tenants/{tenant}/authorizations", get(list_authorizations))
        .route(
            "/tenants/{tenant}/client-info/{client_id}",
            get(client_info),
        )
        .route(
            "/tenants/{tenant}/authorizations/{client_id}",
            get(get_authorization)
                .put(put_authorization)
                .delete(delete_authorization),
        )
        .fallback(|uri: Uri| async move {
            ApiError::not_found(format!("no admin API route {}", uri.path()))
        })
}

/// The caller of an admin route: a client whose active token carries the admin scope.
pub struct Admin {
    pub tenant: String,
    pub client_id: String,
}

impl Admin {
    /// The tenant in the path must be the token's; otherwise 404, as if it did not exist.
    fn check(&self, tenant: &str) -> ApiResult<()> {
        if self.tenant == tenant {
            Ok(())
        } else {
            Err(ApiError::not_found(format!("no tenant {tenant:?}")))
        }
    }
}

impl FromRequestParts<Arc<AppState>> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        st: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .ok_or_else(|| {
                ApiError::unauthorized("the admin API needs an Authorization: Bearer token")
            })?;
        let claims = super::oauth::active_claims(st, token.trim())?.ok_or_else(|| {
            ApiError::unauthorized("the bearer token is invalid, expired or revoked")
        })?;
        if !claims.has_scope(store::ADMIN_SCOPE) {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                format!(
                    "the token of client {:?} lacks the {} scope",
                    claims.c,
                    store::ADMIN_SCOPE
                ),
            ));
        }
        Ok(Admin {
            tenant: claims.t,
            client_id: claims.c,
        })
    }
}

/// The dev server's built-in login client is shared by every tenant, so no tenant's admin may
/// change it (a changed redirect URI would send other tenants' sign-ins elsewhere).
fn not_builtin(client_id: &str) -> ApiResult<()> {
    if client_id == super::CLI_CLIENT_ID {
        return Err(ApiError::conflict(format!(
            "{client_id:?} is the dev server's built-in login client, shared by every tenant; it cannot be changed or deleted"
        )));
    }
    Ok(())
}

/// The IDs of the dev server's built-in clients (`oauthctl-admin`, `oauthctl-admin-*`,
/// `oauthctl-cli`) are reserved: startup creates them, and a client created through the API under
/// such an ID could otherwise be taken for the admin client of a tenant added later.
fn not_reserved(client_id: &str) -> ApiResult<()> {
    let lower = client_id.to_ascii_lowercase();
    if lower == super::CLI_CLIENT_ID
        || lower == super::admin_client_id(super::DEFAULT_TENANT)
        || lower.starts_with("oauthctl-admin-")
    {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!(
                "clientId {client_id:?} is reserved for the dev server's built-in clients (oauthctl-admin, oauthctl-admin-*, oauthctl-cli); choose another ID, or omit it to get a UUID"
            ),
        )
        .with_field("clientId"));
    }
    Ok(())
}

fn json_body<T: DeserializeOwned>(body: &Bytes) -> ApiResult<T> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the request body is not valid: {e}")))
}

/// Runs a create in one transaction, honouring `Idempotency-Key`: the same key within 24 hours
/// returns the first response (sealed with the key, see `crypto::seal`) and creates nothing new;
/// the same key with another request is 422.
fn idempotent_create<T: Serialize>(
    st: &AppState,
    tenant: &str,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
    create: impl FnOnce(&rusqlite::Connection) -> ApiResult<T>,
) -> ApiResult<Response> {
    let key = match headers.get("idempotency-key") {
        None => None,
        Some(v) => {
            let k = v.to_str().ok().filter(|k| !k.is_empty() && k.len() <= 255);
            Some(k.ok_or_else(|| {
                ApiError::bad_request("Idempotency-Key must be 1 to 255 visible ASCII characters")
            })?)
        }
    };
    let now = st.now();
    let (status, bytes, replayed) = st.store.write(|c| {
        let id_fp = key.map(|k| {
            let mut src = format!("{method} {}\n", uri.path()).into_bytes();
            src.extend_from_slice(body);
            (
                crypto::idempotency_id(k, tenant),
                crypto::hex(&crypto::sha256(&src)),
            )
        });
        if let (Some(k), Some((id, fp))) = (key, &id_fp) {
            if let Some(stored) = store::get_idempotent(c, id, now)? {
                if &stored.fingerprint != fp {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "this Idempotency-Key was already used for a different request; use a new key",
                    ));
                }
                let body = crypto::open(k, tenant, &stored.sealed_body)
                    .ok_or_else(|| ApiError::internal("cannot open the stored response"))?;
                return Ok((stored.status, body, true));
            }
        }
        let value = create(c)?;
        let bytes = serde_json::to_vec(&value)?;
        if let (Some(k), Some((id, fp))) = (key, id_fp) {
            let resp = StoredResponse {
                fingerprint: fp,
                status: 201,
                sealed_body: crypto::seal(k, tenant, &bytes),
            };
            store::put_idempotent(c, &id, &resp, now)?;
        }
        Ok((201u16, bytes, false))
    })?;
    let mut resp = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED),
        [(header::CONTENT_TYPE, "application/json")],
        bytes,
    )
        .into_response();
    if replayed {
        resp.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(resp)
}

// ---------- spaces and scopes ----------

async fn list_spaces(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
) -> ApiResult<Json<Vec<Space>>> {
    admin.check(&tenant)?;
    Ok(Json(st.store.read(|c| store::list_spaces(c, &tenant))?))
}

async fn create_space(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    admin.check(&tenant)?;
    let req: CreateSpaceRequest = json_body(&body)?;
    let now = st.now();
    idempotent_create(&st, &tenant, &method, &uri, &headers, &body, |c| {
        store::create_space(c, &tenant, &req, now)
    })
}

async fn list_scopes(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
) -> ApiResult<Json<Vec<Scope>>> {
    admin.check(&tenant)?;
    Ok(Json(st.store.read(|c| store::list_scopes(c, &tenant))?))
}

// ---------- clients ----------

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListQuery {
    space_id: Option<String>,
    limit: Option<usize>,
    page_token: Option<String>,
}

pub const DEFAULT_PAGE: usize = 100;

async fn list_clients(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Page<Client>>> {
    admin.check(&tenant)?;
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::field(
            "limit",
            format!("limit must be between 1 and {MAX_PAGE}"),
        ));
    }
    let after = q
        .page_token
        .as_deref()
        .map(store::parse_page_token)
        .transpose()?;
    Ok(Json(st.store.read(|c| {
        if let Some(space) = &q.space_id {
            if !store::space_exists(c, &tenant, space)? {
                return Err(ApiError::not_found(format!(
                    "no space {space:?} in tenant {tenant:?}"
                )));
            }
        }
        store::list_clients(c, &tenant, q.space_id.as_deref(), limit, after.as_deref())
    })?))
}

async fn create_client(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    admin.check(&tenant)?;
    let req: CreateClientRequest = json_body(&body)?;
    if let Some(id) = &req.client_id {
        not_reserved(id)?;
    }
    let now = st.now();
    idempotent_create(&st, &tenant, &method, &uri, &headers, &body, |c| {
        store::create_client(c, &tenant, &req, now)
    })
}

async fn get_client(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<Json<Client>> {
    admin.check(&tenant)?;
    Ok(Json(
        st.store
            .read(|c| store::get_client(c, &tenant, &client_id))?,
    ))
}

async fn update_client(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<Client>> {
    admin.check(&tenant)?;
    not_builtin(&client_id)?;
    let req: UpdateClientRequest = json_body(&body)?;
    let now = st.now();
    Ok(Json(st.store.write(|c| {
        store::update_client(c, &tenant, &client_id, &req, now)
    })?))
}

async fn delete_client(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    admin.check(&tenant)?;
    not_builtin(&client_id)?;
    if client_id == admin.client_id {
        return Err(ApiError::conflict(format!(
            "client {client_id:?} is the one making this request; delete it with another admin client"
        )));
    }
    st.store
        .write(|c| store::delete_client(c, &tenant, &client_id))?;
    Ok(StatusCode::NO_CONTENT)
}

// ---------- secrets ----------

async fn list_secrets(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<Json<Vec<Secret>>> {
    admin.check(&tenant)?;
    let now = st.now();
    Ok(Json(st.store.read(|c| {
        store::list_secrets(c, &tenant, &client_id, now)
    })?))
}

#[allow(clippy::too_many_arguments)]
async fn create_secret(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    admin.check(&tenant)?;
    let req: CreateSecretRequest = if body.iter().all(u8::is_ascii_whitespace) {
        CreateSecretRequest::default()
    } else {
        json_body(&body)?
    };
    let now = st.now();
    idempotent_create(&st, &tenant, &method, &uri, &headers, &body, |c| {
        store::create_secret(c, &tenant, &client_id, &req, None, now)
    })
}

async fn revoke_secret(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id, secret_id)): Path<(String, String, String)>,
) -> ApiResult<StatusCode> {
    admin.check(&tenant)?;
    let now = st.now();
    st.store
        .write(|c| store::revoke_secret(c, &tenant, &client_id, &secret_id, now))?;
    Ok(StatusCode::NO_CONTENT)
}

async fn update_secret(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id, secret_id)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<Secret>> {
    admin.check(&tenant)?;
    let req: UpdateSecretRequest = json_body(&body)?;
    let now = st.now();
    Ok(Json(st.store.write(|c| {
        store::shorten_secret(c, &tenant, &client_id, &secret_id, req.expiration, now)
    })?))
}

// ---------- authorizations ----------

async fn list_authorizations(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path(tenant): Path<String>,
) -> ApiResult<Json<Vec<Authorization>>> {
    admin.check(&tenant)?;
    Ok(Json(
        st.store.read(|c| store::list_authorizations(c, &tenant))?,
    ))
}

/// Any tenant's admin may read a client's public face to decide on authorizing it.
async fn client_info(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<Json<ClientInfo>> {
    admin.check(&tenant)?;
    let client = st
        .store
        .read(|c| store::get_client_any(c, &client_id))?
        .ok_or_else(|| ApiError::not_found(format!("no client with ID {client_id:?}")))?;
    Ok(Json(ClientInfo {
        client_id: client.client_id,
        display_name: client.display_name,
        tenant_id: client.tenant_id,
        requested_scopes: client.allowed_scopes,
    }))
}

fn no_authorization(tenant: &str, client_id: &str) -> ApiError {
    ApiError::not_found(format!(
        "client {client_id:?} is not authorized in tenant {tenant:?}"
    ))
}

async fn get_authorization(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<Json<Authorization>> {
    admin.check(&tenant)?;
    st.store
        .read(|c| store::get_authorization(c, &tenant, &client_id))?
        .map(Json)
        .ok_or_else(|| no_authorization(&tenant, &client_id))
}

/// Replaces the tenant's grant to a client (which may belong to another tenant). Every scope must
/// be one the client requests (its allowed scopes) and one the tenant knows.
async fn put_authorization(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<Authorization>> {
    admin.check(&tenant)?;
    let req: AuthorizeRequest = json_body(&body)?;
    let mut errors: Vec<FieldError> = crate::validate::list_len("scopes", req.scopes.len())
        .err()
        .into_iter()
        .collect();
    if errors.is_empty() {
        errors.extend(
            req.scopes
                .iter()
                .filter_map(|s| crate::validate::scope_token_in("scopes", s).err()),
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    // Like the DELETE of it: the acting admin cannot take its own admin scope away.
    if client_id == admin.client_id && !req.scopes.iter().any(|s| s == store::ADMIN_SCOPE) {
        return Err(ApiError::conflict(format!(
            "client {client_id:?} is the one making this request, and these scopes lack {}: it could no longer act; change its authorization with another admin client",
            store::ADMIN_SCOPE
        )));
    }
    let now = st.now();
    Ok(Json(st.store.write(|c| {
        let client = store::get_client_any(c, &client_id)?
            .ok_or_else(|| ApiError::not_found(format!("no client with ID {client_id:?}")))?;
        let catalogue = store::list_scopes(c, &tenant)?;
        let mut errors = Vec::new();
        for s in &req.scopes {
            if !client.allowed_scopes.contains(s) {
                errors.push(FieldError {
                    field: "scopes".into(),
                    message: format!(
                        "client {client_id:?} does not request the scope {s:?} (it requests: {})",
                        client.allowed_scopes.join(" ")
                    ),
                });
            } else if !catalogue.iter().any(|k| &k.name == s) {
                errors.push(FieldError {
                    field: "scopes".into(),
                    message: format!("tenant {tenant:?} has no scope {s:?}"),
                });
            }
        }
        if !errors.is_empty() {
            return Err(ApiError::validation(errors));
        }
        let mut scopes: Vec<String> = Vec::with_capacity(req.scopes.len());
        for s in &req.scopes {
            if !scopes.contains(s) {
                scopes.push(s.clone());
            }
        }
        store::put_authorization(c, &tenant, &client_id, &scopes, now)
    })?))
}

async fn delete_authorization(
    State(st): State<Arc<AppState>>,
    admin: Admin,
    Path((tenant, client_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    admin.check(&tenant)?;
    if client_id == admin.client_id {
        return Err(ApiError::conflict(format!(
            "client {client_id:?} is the one making this request; revoke its authorization with another admin client"
        )));
    }
    if st
        .store
        .write(|c| store::delete_authorization(c, &tenant, &client_id))?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(no_authorization(&tenant, &client_id))
    }
}
