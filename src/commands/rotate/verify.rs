//! Verify before retiring: a new secret gets a token (client_credentials) at the token endpoint
//! before any old secret is shortened or revoked.

use super::*;

/// What the check of a new secret found (`"verified"` in JSON: true, false, or null).
#[derive(Debug, Clone)]
pub(crate) enum Verified {
    /// The token endpoint issued a token for the new secret.
    Accepted,
    /// The token endpoint refused it (invalid_client, unauthorized_client…): nothing is retired.
    Refused(String),
    /// Not tried, or no answer either way (why, for people).
    Untried(String),
}

impl Verified {
    pub(crate) fn json(&self) -> Option<bool> {
        match self {
            Verified::Accepted => Some(true),
            Verified::Refused(_) => Some(false),
            Verified::Untried(_) => None,
        }
    }
}

/// Checks new secrets at the token endpoint of the server (found once, by discovery at the
/// issuer), as the client they belong to.
pub(crate) struct Verifier {
    http: crate::transport::http::Http,
    issuer: url::Url,
    /// The tenant to name at the token endpoint, for the kinds that name it there.
    tenant: Option<String>,
    token_url: tokio::sync::OnceCell<Result<url::Url, String>>,
}

impl Verifier {
    /// `None` with `--no-verify` or `--dry-run`.
    pub(crate) fn new(ctx: &Context, no_verify: bool) -> anyhow::Result<Option<Verifier>> {
        if no_verify || ctx.global.dry_run {
            return Ok(None);
        }
        let settings = ctx.settings()?;
        Ok(Some(Verifier {
            http: ctx.http()?,
            issuer: settings.issuer.clone(),
            tenant: settings
                .api
                .token_tenant(&settings.tenant)
                .map(str::to_string),
            token_url: tokio::sync::OnceCell::new(),
        }))
    }

    async fn token_url(&self) -> Result<&url::Url, String> {
        self.token_url
            .get_or_init(|| async {
                let meta = crate::auth::discover(&self.http, &self.issuer)
                    .await
                    .map_err(|e| format!("no token endpoint found at {}: {e:#}", self.issuer))?;
                crate::auth::with_tenant(&meta.token_endpoint, self.tenant.as_deref())
                    .map_err(|e| format!("{e:#}"))
            })
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Gets a token with the new secret, where the client may use client_credentials.
    pub(crate) async fn check(&self, client: &Client, value: &str) -> Verified {
        if !client
            .allowed_grant_types
            .iter()
            .any(|g| g == "client_credentials")
        {
            return Verified::Untried(format!(
                "client {} may not use client_credentials, so the new secret was not tried at the token endpoint",
                client.client_id
            ));
        }
        let url = match self.token_url().await {
            Ok(u) => u,
            Err(e) => return Verified::Untried(e),
        };
        match crate::auth::client_credentials(
            &self.http,
            url,
            &client.client_id,
            value,
            crate::auth::ClientAuth::default(),
            &[],
        )
        .await
        {
            Ok(_) => Verified::Accepted,
            Err(e) => match crate::error::find_cli_error(&e) {
                Some(c) if c.kind == ErrorKind::Auth => Verified::Refused(c.message.clone()),
                _ => Verified::Untried(format!(
                    "the token endpoint gave no answer either way: {e:#}"
                )),
            },
        }
    }
}

/// How a rotation verifies its new secret: with the verifier and the client (fetched when not
/// given), or not at all.
pub(crate) struct Verify<'a> {
    pub(crate) verifier: Option<&'a Verifier>,
    pub(crate) client: Option<&'a Client>,
}

impl Verify<'_> {
    #[cfg(test)]
    pub(crate) fn none() -> Verify<'static> {
        Verify {
            verifier: None,
            client: None,
        }
    }

    /// `None` when there is no check to make (`--no-verify`, a replacement).
    pub(crate) async fn run(
        &self,
        backend: &dyn Backend,
        client_id: &str,
        value: &str,
    ) -> Option<Verified> {
        let v = self.verifier?;
        let fetched;
        let client = match self.client {
            Some(c) => c,
            None => match backend.get_client(client_id).await {
                Ok(c) => {
                    fetched = c;
                    &fetched
                }
                Err(e) => {
                    return Some(Verified::Untried(format!(
                        "reading client {client_id} failed: {e:#}"
                    )))
                }
            },
        };
        Some(v.check(client, value).await)
    }
}
