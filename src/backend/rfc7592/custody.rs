//! The custody of registration access tokens: the OS keyring, `OAUTHCTL_REGISTRATION_TOKEN` (or
//! stdin), and the newest token a server issued in this run.

use super::*;

/// Where a registration access token comes from when the keyring has none (or to override it).
/// `-` reads it from stdin (one line).
pub const ENV_REGISTRATION_TOKEN: &str = "OAUTHCTL_REGISTRATION_TOKEN";

/// The keyring account of a client's registration access token.
pub fn registration_account(issuer: &url::Url, tenant: &str, client_id: &str) -> String {
    format!(
        "registration-token:{}",
        crate::secret_store::account(issuer, tenant, client_id)
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// The OS keyring.
    Keyring,
    /// OAUTHCTL_REGISTRATION_TOKEN or stdin: the user keeps it; a new one must be shown.
    Outside,
    /// Issued by the server during this run.
    Fresh,
}

#[derive(Default)]
pub(super) struct EnvToken {
    pub(super) read: bool,
    pub(super) value: Option<String>,
    /// The client it was first used for: it is one client's token, never sent for another (a
    /// server may revoke a token presented for the wrong client, as glewlwyd does).
    pub(super) bound_to: Option<String>,
}

pub(super) fn read_stdin_token() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let t = line.trim().to_string();
    if t.is_empty() {
        return Err(CliError::usage(format!(
            "{ENV_REGISTRATION_TOKEN}=- reads the registration access token from stdin, but stdin was empty"
        ))
        .with_hint("pipe the token in: `printf %s \"$TOKEN\" | OAUTHCTL_REGISTRATION_TOKEN=- oauthctl …`")
        .into());
    }
    Ok(t)
}

pub(super) fn no_token(
    client_id: &str,
    account: &str,
    cause: Option<anyhow::Error>,
) -> anyhow::Error {
    let keyring = match &cause {
        None => format!("the OS keyring has none (account {account})"),
        Some(e) => format!("the OS keyring could not be read ({})", e.root_cause()),
    };
    CliError::auth(format!(
        "no registration access token for client {client_id}: RFC 7592 management needs the token that registration returned; {ENV_REGISTRATION_TOKEN} is not set and {keyring}"
    ))
    .with_hint(format!(
        "set {ENV_REGISTRATION_TOKEN} to the token (`registration.accessToken` in the JSON output of `oauthctl clients create`), or {ENV_REGISTRATION_TOKEN}=- to read it from stdin"
    ))
    .into()
}

impl Rfc7592Backend {
    pub(super) fn account(&self, client_id: &str) -> String {
        registration_account(&self.issuer, &self.target.tenant, client_id)
    }

    // ---------- the registration access token ----------

    pub(super) fn env_token(&self) -> anyhow::Result<Option<String>> {
        let mut st = self.env_token.lock().map_err(|_| poisoned())?;
        if !st.read {
            st.read = true;
            st.value = match std::env::var(ENV_REGISTRATION_TOKEN) {
                Ok(v) if v.trim() == "-" => Some(read_stdin_token()?),
                Ok(v) if !v.trim().is_empty() => Some(v.trim().to_string()),
                _ => None,
            };
        }
        Ok(st.value.clone())
    }

    /// The registration access token for `client_id`: the newest of this run, else
    /// OAUTHCTL_REGISTRATION_TOKEN (or stdin), else the keyring. None found is exit 3.
    pub(super) async fn token_for(&self, client_id: &str) -> anyhow::Result<String> {
        if let Some((t, _)) = self.tokens.lock().map_err(|_| poisoned())?.get(client_id) {
            return Ok(t.clone());
        }
        let account = self.account(client_id);
        // A command that lists the clients works on several: the one token of the environment
        // is not guessed onto any of them (a server may revoke a token shown for the wrong
        // client, as glewlwyd does); their tokens come from the keyring.
        let bulk = self.list_noted.load(Ordering::SeqCst);
        if bulk && self.env_token()?.is_some() && !self.env_skipped.swap(true, Ordering::SeqCst) {
            self.notes.warn(&format!(
                "{ENV_REGISTRATION_TOKEN} is one client's token and this command works on several clients: it is not used; their tokens come from the OS keyring"
            ));
        }
        if let Some(t) = self.env_token()?.filter(|_| !bulk) {
            let mut st = self.env_token.lock().map_err(|_| poisoned())?;
            match &st.bound_to {
                Some(other) if other != client_id => {
                    return Err(CliError::usage(format!(
                        "{ENV_REGISTRATION_TOKEN} holds one client's registration access token, and it was used for client {other} in this command; it is not sent for client {client_id}"
                    ))
                    .with_hint("run one command per client when the token comes from the environment, or keep the tokens in the OS keyring")
                    .into());
                }
                _ => st.bound_to = Some(client_id.to_string()),
            }
            drop(st);
            self.remember(client_id, &t, Source::Outside)?;
            return Ok(t);
        }
        match crate::secret_store::get(account.clone()).await {
            Ok(Some(t)) => {
                self.remember(client_id, &t, Source::Keyring)?;
                Ok(t)
            }
            // Neither registered from this machine nor given a token: as far as oauthctl can
            // know, there is no such client (exit 4), and how to reach one made elsewhere.
            Ok(None) if self.entry(client_id).is_none() => Err(BackendError::NotFound {
                message: format!(
                    "no client {client_id} among the clients registered from this machine"
                ),
                hint: Some(format!(
                    "a client registered elsewhere needs its registration access token in {ENV_REGISTRATION_TOKEN}"
                )),
            }
            .into()),
            Ok(None) => Err(no_token(client_id, &account, None)),
            Err(e) => Err(no_token(client_id, &account, Some(e))),
        }
    }

    pub(super) fn remember(
        &self,
        client_id: &str,
        token: &str,
        source: Source,
    ) -> anyhow::Result<()> {
        self.tokens
            .lock()
            .map_err(|_| poisoned())?
            .insert(client_id.to_string(), (token.to_string(), source));
        Ok(())
    }

    pub(super) fn source_of(&self, client_id: &str) -> Option<Source> {
        self.tokens
            .lock()
            .ok()
            .and_then(|t| t.get(client_id).map(|(_, s)| *s))
    }

    /// Keeps a token the server just issued, before anything else is done with its answer: in
    /// the keyring, and for the command to show when the keyring could not take it or the user
    /// keeps the tokens outside it (OAUTHCTL_REGISTRATION_TOKEN).
    pub(super) async fn keep_new_token(
        &self,
        client_id: &str,
        client_uri: &str,
        token: &str,
        first: bool,
    ) {
        // Shown when the user keeps the token outside the keyring, and always the newest one.
        let shown_anyway = first
            || self.source_of(client_id) == Some(Source::Outside)
            || self.new_registration(client_id).is_some();
        let _ = self.remember(client_id, token, Source::Fresh);
        let stored = crate::secret_store::set(self.account(client_id), token.to_string()).await;
        let registration = Registration {
            client_uri: client_uri.to_string(),
            access_token: token.to_string(),
        };
        match stored {
            Ok(()) => {
                if !first {
                    self.notes.status(&format!(
                        "the server issued a new registration access token for client {client_id}; it replaced the old one in the OS keyring"
                    ));
                }
                if shown_anyway && !first {
                    self.issue(client_id, registration);
                }
            }
            Err(e) => {
                let what = if first {
                    format!("the registration access token of client {client_id}")
                } else {
                    format!("the server issued a new registration access token for client {client_id} (the old one no longer works), and it")
                };
                self.notes.warn(&format!(
                    "{what} could not be kept in the OS keyring ({}); it is in this command's output (`registration.accessToken` with -o json): keep it, and pass it in {ENV_REGISTRATION_TOKEN} to manage the client",
                    e.root_cause()
                ));
                if !first {
                    self.issue(client_id, registration);
                }
            }
        }
    }

    pub(super) fn issue(&self, client_id: &str, r: Registration) {
        if let Ok(mut m) = self.issued.lock() {
            m.insert(client_id.to_string(), r);
        }
    }
}
