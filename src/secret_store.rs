//! The OS keyring (service `oauthctl`): Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows, through the `keyring` crate.
//!
//! The account name is `CLIENT_ID@TENANT@BASE_URL`, so the same client ID on two servers or
//! tenants never shares an entry. Calls run on the blocking pool with a timeout: a frozen D-Bus
//! must not hang the command. When no keyring is usable, the error says so plainly and how to fix
//! it; there is never a silent fallback to a file.

use std::time::Duration;

use crate::error::CliError;

pub const SERVICE: &str = "oauthctl";
const TIMEOUT: Duration = Duration::from_secs(5);

/// The keyring account for a client's secret.
pub fn account(base_url: &url::Url, tenant: &str, client_id: &str) -> String {
    format!(
        "{client_id}@{tenant}@{}",
        base_url.as_str().trim_end_matches('/')
    )
}

fn unavailable(detail: String) -> CliError {
    CliError::other(format!("the OS keyring is not available: {detail}")).with_hint(
        "on Linux, run a Secret Service (gnome-keyring-daemon, KeePassXC) in your D-Bus session and unlock it; on a headless machine, deliver new secrets with --output-file PATH instead of --store keyring (clients create, secrets create, secrets rotate and apply take it)",
    )
}

#[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
mod imp {
    use super::*;

    fn map(e: keyring::Error) -> CliError {
        match e {
            keyring::Error::NoStorageAccess(inner) => {
                unavailable(format!("no access to the storage (is it locked?): {inner}"))
            }
            keyring::Error::PlatformFailure(inner) => unavailable(inner.to_string()),
            other => CliError::other(format!("the OS keyring failed: {other}")),
        }
    }

    pub fn set(account: &str, value: &str) -> Result<(), CliError> {
        let entry = keyring::Entry::new(SERVICE, account).map_err(map)?;
        entry.set_password(value).map_err(map)
    }

    pub fn get(account: &str) -> Result<Option<String>, CliError> {
        let entry = keyring::Entry::new(SERVICE, account).map_err(map)?;
        match entry.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map(e)),
        }
    }

    pub fn delete(account: &str) -> Result<bool, CliError> {
        let entry = keyring::Entry::new(SERVICE, account).map_err(map)?;
        match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(map(e)),
        }
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod imp {
    use super::*;
    pub fn set(_: &str, _: &str) -> Result<(), CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
    pub fn get(_: &str) -> Result<Option<String>, CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
    pub fn delete(_: &str) -> Result<bool, CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
}

/// Runs a keyring call off the async runtime, with a timeout.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, CliError> + Send + 'static,
) -> anyhow::Result<T> {
    match tokio::time::timeout(TIMEOUT, tokio::task::spawn_blocking(f)).await {
        Ok(Ok(r)) => Ok(r?),
        Ok(Err(join)) => Err(unavailable(format!("the keyring call failed: {join}")).into()),
        Err(_) => Err(unavailable(format!(
            "no answer within {} s (a frozen D-Bus session?)",
            TIMEOUT.as_secs()
        ))
        .into()),
    }
}

pub async fn set(account: String, value: String) -> anyhow::Result<()> {
    blocking(move || imp::set(&account, &value)).await
}

pub async fn get(account: String) -> anyhow::Result<Option<String>> {
    blocking(move || imp::get(&account)).await
}

pub async fn delete(account: String) -> anyhow::Result<bool> {
    blocking(move || imp::delete(&account)).await
}
