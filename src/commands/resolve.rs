//! Finding a client by what the user typed: its ID, or its name (unique in a tenant). Every
//! command that takes a client of this tenant resolves it here, once, through the backend.
//!
//! The ID comes first (one GET). When no client has that ID, the name is looked up among the
//! tenant's clients. An unknown one is exit 4 with a hint; a name that several clients share
//! (possible on kinds where names are not unique) is exit 2 listing their IDs.

use futures_util::TryStreamExt;

use super::Context;
use crate::backend::{Backend, BackendError, BULK_PAGE_SIZE};
use crate::error::CliError;
use crate::model::Client;

/// The client the user named by ID or name, fetched.
pub async fn client(ctx: &Context, given: &str) -> anyhow::Result<Client> {
    client_on(ctx.backend()?, given).await
}

/// [`client`] on a given backend.
pub async fn client_on(backend: &dyn Backend, given: &str) -> anyhow::Result<Client> {
    let fetched = std::sync::Mutex::new(None);
    let listed = resolve(backend, given, |id| {
        let id = id.to_string();
        let fetched = &fetched;
        async move {
            match backend.get_client(&id).await {
                Ok(c) => {
                    *fetched.lock().unwrap_or_else(|e| e.into_inner()) = Some(c);
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    })
    .await?;
    let fetched = fetched.into_inner().unwrap_or_else(|e| e.into_inner());
    match (fetched, listed) {
        (Some(c), _) => Ok(c),
        (None, Found::Listed(c)) => Ok(*c),
        (None, Found::Id(id)) => Ok(backend.get_client(&id).await?),
    }
}

/// The ID of the client the user named by ID or name.
pub async fn client_id(ctx: &Context, given: &str) -> anyhow::Result<String> {
    Ok(client(ctx, given).await?.client_id)
}

/// The ID of an authorized client: an ID that has an authorization in this tenant (the client may
/// belong to another tenant), else the name of one of this tenant's clients.
pub async fn authorized_client_id(ctx: &Context, given: &str) -> anyhow::Result<String> {
    let backend = ctx.backend()?;
    resolve(backend, given, |id| {
        let id = id.to_string();
        async move { backend.get_authorization(&id).await.map(|_| ()) }
    })
    .await
    .map(Found::into_id)
}

/// What [`resolve`] found: an ID that `exists` accepted, or the one client listed by that name.
enum Found {
    Id(String),
    Listed(Box<Client>),
}

impl Found {
    fn into_id(self) -> String {
        match self {
            Found::Id(id) => id,
            Found::Listed(c) => c.client_id,
        }
    }
}

/// `secrets stored`: the keyring is keyed by client ID and needs no server, so a value stored
/// under what was typed wins; only otherwise is it resolved as a name through the server (and
/// when that fails, what was typed is kept, so the keyring's "nothing stored" is what is said).
pub async fn stored_client_id(
    ctx: &Context,
    settings: &crate::config::Settings,
    given: &str,
) -> anyhow::Result<String> {
    let account = crate::secret_store::account(&settings.base_url, &settings.tenant, given);
    if !matches!(crate::secret_store::get(account).await, Ok(None)) {
        return Ok(given.to_string());
    }
    Ok(client_id(ctx, given)
        .await
        .unwrap_or_else(|_| given.to_string()))
}

/// The ID of the one client of this tenant named `name`, when the admin credentials can list
/// them; None otherwise (no credentials, no such client, several, any error). For the commands
/// that take IDs only (`token`, `authorize`), to say which ID a name that was given is.
pub async fn id_of_name(ctx: &Context, name: &str) -> Option<String> {
    let settings = ctx.settings().ok()?;
    if matches!(settings.credentials, crate::auth::Credentials::None) {
        return None;
    }
    let backend = ctx.backend().ok()?;
    let mut named = clients_named(backend, name).await.ok()?;
    (named.len() == 1).then(|| named.remove(0).client_id)
}

/// 8-4-4-4-12 hex digits.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The one resolution: `exists` fetches what an ID names; its not-found error is kept (it carries
/// the server's words) and said when no client has the name either.
async fn resolve<F, Fut>(backend: &dyn Backend, given: &str, mut exists: F) -> anyhow::Result<Found>
where
    F: FnMut(&str) -> Fut,
    Fut: std::future::Future<Output = Result<(), BackendError>>,
{
    // IDs first: as typed, then (on kinds whose UUIDs are lower-case) in lower case.
    let mut ids = Vec::new();
    if crate::validate::client_id(given).is_ok() {
        ids.push(given.to_string());
        // A kind whose IDs are lower-case UUIDs: an upper-case one (copied from a tool that
        // prints them so) means the same.
        if backend.descriptor().lowercase_uuids && is_uuid(given) {
            let lower = given.to_ascii_lowercase();
            if lower != given {
                ids.push(lower);
            }
        }
    }
    let mut missed = None;
    for id in &ids {
        match exists(id).await {
            Ok(()) => return Ok(Found::Id(id.clone())),
            Err(BackendError::NotFound { message, hint }) => {
                missed.get_or_insert((message, hint));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut named = clients_named(backend, given).await?;
    match named.len() {
        1 => Ok(Found::Listed(Box::new(named.remove(0)))),
        0 => Err(match missed {
            Some((message, hint)) => BackendError::NotFound {
                message,
                hint: hint.or_else(|| Some(no_name_hint(backend))),
            }
            .into(),
            None => unknown(backend, given).into(),
        }),
        _ => {
            let many = named;
            Err(CliError::usage(format!(
                "{} clients are named {given:?} in tenant {}: {}",
                many.len(),
                backend.target().tenant,
                many.iter()
                    .map(|c| c.client_id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .with_hint("name the client by its ID instead")
            .into())
        }
    }
}

/// The tenant's clients whose name is exactly `name` (among those the kind lists: see its
/// descriptor's `clients_where`).
async fn clients_named(backend: &dyn Backend, name: &str) -> anyhow::Result<Vec<Client>> {
    crate::backend::all_clients(backend, None, BULK_PAGE_SIZE)
        .try_filter(|c| std::future::ready(c.client_name == name))
        .try_collect()
        .await
}

fn no_name_hint(backend: &dyn Backend) -> String {
    format!(
        "no client has that name {} either; list the clients with `oauthctl clients list`",
        where_(backend)
    )
}

fn where_(backend: &dyn Backend) -> String {
    backend.descriptor().clients_where(&backend.target().tenant)
}

fn unknown(backend: &dyn Backend, given: &str) -> CliError {
    CliError::not_found(format!(
        "no client has the ID or name {given:?} {}",
        where_(backend)
    ))
    .with_hint("list the clients with `oauthctl clients list`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::memory::MemoryBackend;

    /// The message and hint of a typed error (a backend's or oauthctl's own).
    struct Said {
        message: String,
        hint: Option<String>,
    }

    fn find_cli_error(e: &anyhow::Error) -> Option<Said> {
        e.chain().find_map(|x| {
            if let Some(b) = x.downcast_ref::<BackendError>() {
                return Some(Said {
                    message: b.to_string(),
                    hint: b.hint(),
                });
            }
            x.downcast_ref::<CliError>().map(|c| Said {
                message: c.message.clone(),
                hint: c.hint.clone(),
            })
        })
    }

    fn block<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(f)
    }

    #[test]
    fn an_id_wins_then_a_unique_name_then_not_found() {
        let b = MemoryBackend::new();
        let now = chrono::Utc::now();
        let later = now + chrono::Duration::days(30);
        let a = b.seed("alpha", now, later);
        // A client whose name is another client's ID: the ID wins.
        let _b = b.seed(&a, now, later);
        assert_eq!(block(client_on(&b, &a)).unwrap().client_id, a);
        assert_eq!(block(client_on(&b, "alpha")).unwrap().client_id, a);
        let e = block(client_on(&b, "gamma")).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 4);
        let c = find_cli_error(&e).unwrap();
        let hint = c.hint.as_deref().unwrap();
        assert!(
            hint.contains("no client has that name in tenant memory either"),
            "{hint}"
        );
        assert!(hint.contains("oauthctl clients list"), "{hint}");
        // What is no valid ID is only looked up as a name.
        let e = block(client_on(&b, "no such name")).unwrap_err();
        let c = find_cli_error(&e).unwrap();
        assert_eq!(crate::error::exit_code(&e), 4);
        assert!(
            c.message
                .contains("no client has the ID or name \"no such name\" in tenant memory"),
            "{}",
            c.message
        );
        // A name that is no valid ID (a space) goes straight to the names.
        let spaced = b.seed("Billing Sync", now, later);
        assert_eq!(
            block(client_on(&b, "Billing Sync")).unwrap().client_id,
            spaced
        );
    }

    #[test]
    fn a_shared_name_is_exit_2_listing_the_ids() {
        let b = MemoryBackend::new();
        let now = chrono::Utc::now();
        let later = now + chrono::Duration::days(30);
        let one = b.seed("twin", now, later);
        let two = b.seed("twin", now, later);
        let e = block(client_on(&b, "twin")).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        let c = find_cli_error(&e).unwrap();
        assert!(
            c.message.contains(&one) && c.message.contains(&two),
            "{}",
            c.message
        );
        assert!(c.hint.as_deref().unwrap().contains("ID"));
    }

    #[test]
    fn uuids() {
        assert!(is_uuid("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assert!(is_uuid("0F8FAD5B-D9CB-469F-A165-70867728950E"));
        assert!(!is_uuid("0f8fad5b-d9cb-469f-a165-70867728950"));
        assert!(!is_uuid("billing-sync"));
        assert!(!is_uuid("0f8fad5b-d9cb-469f-a165-70867728950g"));
    }
}
