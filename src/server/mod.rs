//! `oauthctl dev-server`: a real, persistent implementation of the admin API and of the OAuth
//! endpoints on SQLite — the embedded default that a new user manages and every test runs against.

pub mod admin;
pub mod crypto;
pub mod error;
pub mod oauth;
pub mod signin;
pub mod store;
pub mod tls;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use axum::Router;
use chrono::{DateTime, Months, Utc};

use crate::backend::oauthctl::wire::{CreateClientRequest, CreateSecretRequest};
use crypto::TokenSigner;
use store::Store;

pub const DEFAULT_TENANT: &str = "default";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8787";
/// Access tokens live one hour.
pub const TOKEN_TTL_SECS: i64 = 3600;
/// The largest request body the server reads (413 beyond it).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

pub struct ServerOptions {
    pub listen: SocketAddr,
    /// None keeps the database in memory.
    pub db: Option<PathBuf>,
    /// Tenants besides `default`.
    pub tenants: Vec<String>,
    /// The bootstrap admin secret (OAUTHCTL_DEV_ADMIN_SECRET); a random one when None.
    pub admin_secret: Option<String>,
    /// The password of each tenant's `admin` user (OAUTHCTL_DEV_ADMIN_PASSWORD), hashed once for all
    /// of them; random (one per tenant) when None.
    pub admin_password: Option<String>,
    /// PEM certificate chain and key: serve HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// One line per request on stderr.
    pub log_requests: bool,
}

pub struct AppState {
    pub store: Store,
    pub signer: TokenSigner,
    pub issuer: String,
    /// Failed sign-ins at /oauth/authorize, per user and per client address.
    pub throttle: signin::Throttle,
    /// The key of the sign-in form's CSRF tokens (derived from the signing key).
    pub csrf_key: ring::hmac::Key,
    /// A password hash of nothing, checked for unknown users (made once, off the async workers).
    pub dummy_hash: std::sync::OnceLock<String>,
}

impl AppState {
    pub fn now(&self) -> DateTime<Utc> {
        now()
    }
}

/// What the first start of a tenant created, for the operator to see once.
pub struct TenantInfo {
    pub tenant: String,
    pub admin_client_id: String,
    /// The admin secret, when it was created now (shown once).
    pub new_admin_secret: Option<String>,
    /// The `admin` user's password, when it was created now (shown once).
    pub new_admin_password: Option<String>,
}

/// The public client `oauthctl login` uses (Authorization Code with PKCE, loopback redirect).
pub const CLI_CLIENT_ID: &str = "oauthctl-cli";
pub const ADMIN_USER: &str = "admin";

/// Where the `--log-requests` lines go when the server is embedded: each line, without its
/// newline. [`Bound::serve`] writes them on stderr.
pub type LogSink = Arc<dyn Fn(&str) + Send + Sync>;

pub struct Bound {
    pub addr: SocketAddr,
    pub base_url: String,
    pub tenants: Vec<TenantInfo>,
    listener: tokio::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    app: Router,
    log_requests: bool,
    /// Registered before the address is announced, so a SIGTERM right after it stops cleanly.
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
}

fn signin_dummy_hash() -> String {
    crypto::hash_password(&signin::new_csrf_secret())
}

/// The current time at the millisecond precision the database keeps.
pub fn now() -> DateTime<Utc> {
    use chrono::SubsecRound;
    Utc::now().trunc_subsecs(3)
}

pub fn admin_client_id(tenant: &str) -> String {
    if tenant == DEFAULT_TENANT {
        "oauthctl-admin".to_string()
    } else {
        format!("oauthctl-admin-{tenant}")
    }
}

/// Opens the store, creates what a first start needs, and binds the listener; SIGTERM is
/// caught from here on, so [`Bound::serve`] stops cleanly on one that comes before it runs.
pub async fn bind(opts: ServerOptions) -> anyhow::Result<Bound> {
    #[allow(unused_mut)]
    let mut bound = bind_embedded(opts).await?;
    #[cfg(unix)]
    {
        bound.term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    }
    Ok(bound)
}

/// [`bind`] for a program that runs the server inside itself (the tests do, on a thread of
/// their own): no signal handler is installed in the process, and [`Bound::serve_until`] says
/// when to stop and where the request log goes.
pub async fn bind_embedded(opts: ServerOptions) -> anyhow::Result<Bound> {
    let store = Store::open(opts.db.as_deref()).with_context(|| match &opts.db {
        Some(p) => format!("cannot open the database {}", p.display()),
        None => "cannot open the in-memory database".to_string(),
    })?;
    let mut names = vec![DEFAULT_TENANT.to_string()];
    for t in opts.tenants {
        crate::validate::space_id(&t).map_err(|e| {
            anyhow::anyhow!(
                "--tenant {t:?}: {}",
                e.message.replace("space ID", "tenant name")
            )
        })?;
        if !names.contains(&t) {
            names.push(t);
        }
    }
    let now = now();
    // One hash for the password every tenant's `admin` shares: the sign-in throttle counts the
    // failures of users with one hash together (see signin::user_key).
    let admin_password_hash = opts.admin_password.as_deref().map(crypto::hash_password);
    let (key, tenants) = store
        .write(|c| {
            let key = store::signing_key(c)?;
            let mut infos = Vec::new();
            for t in &names {
                infos.push(bootstrap_tenant(
                    c,
                    t,
                    opts.admin_secret.as_deref(),
                    admin_password_hash.as_deref(),
                    now,
                )?);
            }
            Ok((key, infos))
        })
        .map_err(|e| anyhow::anyhow!("cannot prepare the database: {}", e.detail))?;
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|e| {
            let reason = crate::error::io_reason(&e).map_or_else(|| e.to_string(), |(_, w)| w);
            let err = crate::error::CliError::other(format!(
                "cannot listen on {}: {reason}",
                opts.listen
            ));
            if e.kind() == std::io::ErrorKind::AddrInUse {
                err.with_hint(
                    "another program (perhaps another dev server) uses that port: stop it, or pass --listen 127.0.0.1:0 for a free port",
                )
            } else {
                err
            }
        })?;
    let addr = listener.local_addr()?;
    let tls = opts
        .tls
        .as_ref()
        .map(|(c, k)| tls::acceptor(c, k))
        .transpose()?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let base_url = format!("{scheme}://{addr}");
    let csrf_key = ring::hmac::Key::new(
        ring::hmac::HMAC_SHA256,
        &crypto::sha256(&[b"oauthctl-csrf-key\0".as_slice(), &key].concat()),
    );
    let state = Arc::new(AppState {
        store,
        signer: TokenSigner::new(&key),
        issuer: base_url.clone(),
        throttle: signin::Throttle::default(),
        csrf_key,
        dummy_hash: std::sync::OnceLock::new(),
    });
    {
        let state = state.clone();
        tokio::task::spawn_blocking(move || {
            state.dummy_hash.get_or_init(signin_dummy_hash);
        });
    }
    let app = Router::new()
        .merge(oauth::routes())
        .nest(crate::backend::oauthctl::wire::BASE_PATH, admin::routes())
        .fallback(
            |method: axum::http::Method, uri: axum::http::Uri| async move {
                error::ApiError::not_found(format!("no route {method} {}", uri.path()))
            },
        )
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(error::problem_errors));
    Ok(Bound {
        addr,
        base_url,
        tenants,
        listener,
        tls,
        app,
        log_requests: opts.log_requests,
        #[cfg(unix)]
        term: None,
    })
}

impl Bound {
    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight; the request log
    /// (`--log-requests`) goes to stderr.
    pub async fn serve(mut self) -> anyhow::Result<()> {
        #[cfg(unix)]
        let shutdown = shutdown_signal(self.term.take());
        #[cfg(not(unix))]
        let shutdown = shutdown_signal(None::<()>);
        self.serve_until(shutdown, None).await
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight. The request log
    /// (`--log-requests`) goes to `log`, or to stderr when it is None.
    pub async fn serve_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
        log: Option<LogSink>,
    ) -> anyhow::Result<()> {
        let mut app = self.app;
        if self.log_requests {
            let sink: LogSink = log.unwrap_or_else(|| {
                Arc::new(|line: &str| {
                    use std::io::Write;
                    let _ = writeln!(std::io::stderr(), "{line}");
                })
            });
            app = app.layer(axum::middleware::from_fn(move |req, next| {
                log_request(sink.clone(), req, next)
            }));
        }
        match self.tls {
            // The sign-in throttle needs the client's address (ConnectInfo).
            None => axum::serve(
                tls::plain_listener(self.listener),
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown)
            .await
            .context("the server stopped with an error"),
            Some(acceptor) => axum::serve(
                axum::serve::ListenerExt::tap_io(
                    tls::TlsListener::new(self.listener, acceptor)?,
                    |_| {},
                ),
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown)
            .await
            .context("the server stopped with an error"),
        }
    }
}

/// `--log-requests`: method, path, status and time; the query string, headers and bodies (which
/// may carry credentials) are never written.
async fn log_request(
    sink: LogSink,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let started = std::time::Instant::now();
    let resp = next.run(req).await;
    sink(&format!(
        "{method} {path} {} {:.1}ms",
        resp.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    ));
    resp
}

#[cfg(unix)]
async fn shutdown_signal(term: Option<tokio::signal::unix::Signal>) {
    let term = async {
        match term {
            Some(mut s) => {
                s.recv().await;
            }
            None => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = tokio::signal::ctrl_c() => {}, _ = term => {} }
}

#[cfg(not(unix))]
async fn shutdown_signal(_: Option<()>) {
    let _ = tokio::signal::ctrl_c().await;
}

fn bootstrap_tenant(
    c: &rusqlite::Connection,
    tenant: &str,
    admin_secret: Option<&str>,
    admin_password_hash: Option<&str>,
    now: DateTime<Utc>,
) -> error::ApiResult<TenantInfo> {
    store::ensure_tenant(c, tenant, now)?;
    // The CLI's public client, owned by the default tenant and authorized in every tenant.
    let cli_scopes = vec![store::ADMIN_SCOPE.to_string(), "offline_access".to_string()];
    let cli = store::get_client_any(c, CLI_CLIENT_ID)?;
    if let Some(other) = cli.as_ref().filter(|x| x.tenant_id != DEFAULT_TENANT) {
        return Err(error::ApiError::conflict(format!(
            "the client {CLI_CLIENT_ID:?} that would be the built-in login client already exists and is owned by tenant {:?}; \
             remove it first (as an admin of {:?}: `OAUTHCTL_TENANT={} oauthctl clients delete {CLI_CLIENT_ID} --yes`), then start again",
            other.tenant_id, other.tenant_id, other.tenant_id
        )));
    }
    if cli.is_none() {
        store::create_client(
            c,
            DEFAULT_TENANT,
            &CreateClientRequest {
                client_id: Some(CLI_CLIENT_ID.into()),
                client_name: CLI_CLIENT_ID.into(),
                display_name: Some("oauthctl command line".into()),
                require_client_secret: Some(false),
                allow_offline_access: Some(true),
                allowed_grant_types: vec!["authorization_code".into(), "refresh_token".into()],
                allowed_scopes: cli_scopes.clone(),
                redirect_uris: vec!["http://127.0.0.1/callback".into()],
                ..Default::default()
            },
            now,
        )?;
    }
    if store::get_authorization(c, tenant, CLI_CLIENT_ID)?.is_none() {
        store::put_authorization(c, tenant, CLI_CLIENT_ID, &cli_scopes, now)?;
    }
    let new_admin_password = match admin_password_hash {
        Some(h) => {
            if !store::ensure_user(c, tenant, ADMIN_USER, h, now)? {
                store::set_password_hash(c, tenant, ADMIN_USER, h)?;
            }
            None
        }
        None if store::password_hash(c, tenant, ADMIN_USER)?.is_some() => None,
        None => {
            use base64::Engine;
            let p = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(crypto::random_bytes::<12>());
            let h = crypto::hash_password(&p);
            store::ensure_user(c, tenant, ADMIN_USER, &h, now)?.then_some(p)
        }
    };
    let admin_id = admin_client_id(tenant);
    let existing = store::get_client_any(c, &admin_id)?;
    // Never adopt a client that another tenant owns (one created under this ID before the IDs
    // were reserved): it would become this tenant's admin.
    if let Some(other) = existing.as_ref().filter(|x| x.tenant_id != tenant) {
        return Err(error::ApiError::conflict(format!(
            "the client {admin_id:?} that would be tenant {tenant:?}'s admin client already exists and is owned by tenant {:?}; \
             remove it first (as an admin of {:?}: `OAUTHCTL_TENANT={} oauthctl clients delete {admin_id} --yes`), then start again",
            other.tenant_id, other.tenant_id, other.tenant_id
        )));
    }
    let exists = existing.is_some();
    if !exists {
        store::create_client(
            c,
            tenant,
            &CreateClientRequest {
                client_id: Some(admin_id.clone()),
                client_name: admin_id.clone(),
                display_name: Some(format!("oauthctl admin ({tenant})")),
                allowed_grant_types: vec!["client_credentials".into()],
                allowed_scopes: vec![store::ADMIN_SCOPE.into()],
                ..Default::default()
            },
            now,
        )?;
    }
    // The admin client must stay authorized for the admin scope in its tenant.
    if exists && store::get_authorization(c, tenant, &admin_id)?.is_none() {
        store::put_authorization(c, tenant, &admin_id, &[store::ADMIN_SCOPE.to_string()], now)?;
    }
    // A fresh admin secret when the client is new, or when OAUTHCTL_DEV_ADMIN_SECRET names a value
    // that no live secret of the admin client has (so that variable always works).
    let wanted = match admin_secret {
        Some(v) => {
            let hash = crypto::sha256(v.as_bytes());
            let known = store::secrets_for_auth(c, &admin_id)?.iter().any(|s| {
                !s.revoked && s.expiration > store::ms(now) && crypto::ct_eq(&s.hash, &hash)
            });
            (!known).then(|| v.to_string())
        }
        None if !exists => Some(crypto::new_secret()),
        None => None,
    };
    let mut new_admin_secret = None;
    if let Some(value) = wanted {
        let req = CreateSecretRequest {
            description: Some("dev-server bootstrap admin secret".into()),
            start_time: Some(now),
            expiration: now.checked_add_months(Months::new(crate::validate::MAX_SECRET_MONTHS)),
        };
        let s = store::create_secret(c, tenant, &admin_id, &req, Some(value), now)?;
        if admin_secret.is_none() {
            new_admin_secret = s.value;
        }
    }
    Ok(TenantInfo {
        tenant: tenant.to_string(),
        admin_client_id: admin_id,
        new_admin_secret,
        new_admin_password,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(id: &str) -> CreateClientRequest {
        CreateClientRequest {
            client_id: Some(id.into()),
            client_name: id.into(),
            allowed_grant_types: vec!["client_credentials".into()],
            allowed_scopes: vec![store::ADMIN_SCOPE.into()],
            ..Default::default()
        }
    }

    /// A database written before the built-in IDs were reserved may hold `oauthctl-admin-NAME`
    /// owned by another tenant: adding tenant NAME must refuse to adopt it, naming it.
    #[test]
    fn startup_never_adopts_another_tenants_client() {
        let store = Store::open(None).unwrap();
        let now = now();
        let err = store
            .write(|c| {
                bootstrap_tenant(c, DEFAULT_TENANT, None, Some("pw"), now)?;
                bootstrap_tenant(c, "acme", None, Some("pw"), now)?;
                store::create_client(c, "acme", &client("oauthctl-admin-globex"), now)?;
                bootstrap_tenant(c, "globex", None, Some("pw"), now).map(|_| ())
            })
            .unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::CONFLICT);
        assert!(
            err.detail.contains("\"oauthctl-admin-globex\""),
            "{}",
            err.detail
        );
        assert!(
            err.detail.contains("owned by tenant \"acme\""),
            "{}",
            err.detail
        );
        assert!(
            err.detail.contains("clients delete oauthctl-admin-globex"),
            "{}",
            err.detail
        );
        // Nothing of globex was written, and acme's client is not authorized there.
        store
            .read(|c| {
                assert!(!store::tenant_exists(c, "globex")?);
                assert!(store::get_authorization(c, "globex", "oauthctl-admin-globex")?.is_none());
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn startup_adds_a_tenant_to_an_existing_database() {
        let store = Store::open(None).unwrap();
        let now = now();
        let infos = store
            .write(|c| {
                bootstrap_tenant(c, DEFAULT_TENANT, Some("s3cret-value"), Some("pw"), now)?;
                bootstrap_tenant(c, "acme", Some("s3cret-value"), Some("pw"), now)?;
                bootstrap_tenant(c, "globex", Some("s3cret-value"), Some("pw"), now)
            })
            .unwrap();
        assert_eq!(infos.admin_client_id, "oauthctl-admin-globex");
        let owner = store
            .read(|c| store::get_client_any(c, "oauthctl-admin-globex"))
            .unwrap()
            .unwrap();
        assert_eq!(owner.tenant_id, "globex");
    }
}
