//! The OS keyring (service `oauthctl`): Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows.
//!
//! The account name is `CLIENT_ID@TENANT@BASE_URL`, so the same client ID on two servers or
//! tenants never shares an entry. Every call has a timeout: a frozen D-Bus must not hang the
//! command. When no keyring is usable, the error says so plainly and how to fix it; there is never
//! a silent fallback to a file.
//!
//! On Linux the Secret Service is spoken directly (the `secret-service` crate, zbus with its
//! `tokio` feature and no default features), asynchronously on the command's own tokio runtime:
//! no second async runtime (async-io, async-executor) and no runtime inside the runtime. The
//! items are the ones `keyring` 3.6 wrote and read (the crate oauthctl used before), so entries
//! stored by an older oauthctl are found and replaced. On macOS and Windows the `keyring` crate's
//! native stores run on the blocking pool.

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

fn no_access(detail: impl std::fmt::Display) -> CliError {
    unavailable(format!(
        "no access to the storage (is it locked?): {detail}"
    ))
}

fn not_utf8() -> CliError {
    CliError::other("the OS keyring failed: Data is not UTF-8 encoded")
}

/// The Secret Service over D-Bus, the way `keyring` 3.6 (features `async-secret-service`,
/// `crypto-rust`) used it, so the same items are found:
/// - an item has the attributes `service`, `username` (the account), `target` = `default` and
///   `application` = `rust-keyring`, and lives in the default collection;
/// - a lookup searches every collection for `service`, `username` and `target`, unlocking a
///   locked match first; when nothing matches, it looks in the default collection for an item
///   with `service` and `username` alone, whatever its `target` (keyring v1 wrote none), as
///   keyring 3.6 did; two or more matches are an error, never a guess;
/// - `set` replaces the secret of the item found, or creates one (unlocking the collection first);
/// - the session is encrypted (Diffie-Hellman, pure-Rust AES), as with `crypto-rust`.
#[cfg(target_os = "linux")]
mod imp {
    use std::collections::HashMap;

    use secret_service::{EncryptionType, Error, Item, SecretService};

    use super::*;

    const TARGET: &str = "default";
    const APPLICATION: &str = "rust-keyring";

    /// What the Secret Service answered, before it becomes a [`CliError`].
    enum Failure {
        NoEntry,
        /// Locked, a prompt dismissed, no default collection: keyring 3.6's `NoStorageAccess`.
        NoAccess(Error),
        /// Anything else (no bus, no Secret Service on it, a D-Bus error): `PlatformFailure`.
        Platform(Error),
        Ambiguous(Vec<String>),
        NotUtf8,
    }

    fn decode(e: Error) -> Failure {
        match e {
            Error::Locked | Error::NoResult | Error::Prompt => Failure::NoAccess(e),
            e => Failure::Platform(e),
        }
    }

    fn cli(f: Failure, account: &str) -> CliError {
        match f {
            Failure::NoAccess(e) => no_access(e),
            Failure::Platform(e) => unavailable(e.to_string()),
            Failure::NoEntry => {
                CliError::other("the OS keyring failed: No matching entry found in secure storage")
            }
            Failure::Ambiguous(labels) => CliError::other(format!(
                "the OS keyring failed: {} entries match service {SERVICE}, account {account} (labels: {})",
                labels.len(),
                labels.join(", ")
            ))
            .with_hint(format!(
                "keep one: list them with `secret-tool search --all service {SERVICE} username '{account}'` and remove the others (Seahorse, or `secret-tool clear` with an attribute only they have)"
            )),
            Failure::NotUtf8 => not_utf8(),
        }
    }

    fn attributes(account: &str, with_target: bool) -> HashMap<&str, &str> {
        let mut a = HashMap::from([("service", SERVICE), ("username", account)]);
        if with_target {
            a.insert("target", TARGET);
        }
        a
    }

    enum Op<'v> {
        Get,
        Set(&'v str),
        Delete,
    }

    async fn apply(item: &Item<'_>, op: &Op<'_>) -> Result<Option<String>, Failure> {
        match op {
            Op::Get => {
                let bytes = item.get_secret().await.map_err(decode)?;
                String::from_utf8(bytes)
                    .map(Some)
                    .map_err(|_| Failure::NotUtf8)
            }
            Op::Set(value) => {
                item.set_secret(value.as_bytes(), "text/plain")
                    .await
                    .map_err(decode)?;
                Ok(None)
            }
            Op::Delete => {
                item.delete().await.map_err(decode)?;
                Ok(None)
            }
        }
    }

    async fn labels<'i, 's: 'i>(items: impl Iterator<Item = &'i Item<'s>>) -> Vec<String> {
        let mut labels = Vec::new();
        for item in items {
            labels.push(
                item.get_label()
                    .await
                    .map(|l| format!("{l:?}"))
                    .unwrap_or_else(|_| item.item_path.as_str().to_string()),
            );
        }
        labels
    }

    /// Applies `op` to the one item of `account`; [`Failure::NoEntry`] when there is none.
    async fn on_the_item(
        ss: &SecretService<'_>,
        account: &str,
        op: &Op<'_>,
    ) -> Result<Option<String>, Failure> {
        let found = ss
            .search_items(attributes(account, true))
            .await
            .map_err(decode)?;
        match found.unlocked.len() + found.locked.len() {
            0 => {
                // keyring v1's items have no `target`; they are only in the default collection.
                let default = ss.get_default_collection().await.map_err(decode)?;
                let legacy = default
                    .search_items(attributes(account, false))
                    .await
                    .map_err(decode)?;
                match legacy.as_slice() {
                    [] => Err(Failure::NoEntry),
                    [item] => apply(item, op).await,
                    more => Err(Failure::Ambiguous(labels(more.iter()).await)),
                }
            }
            1 => {
                let item = found.unlocked.iter().chain(&found.locked).next();
                let item = item.expect("one item");
                if !found.locked.is_empty() {
                    item.unlock().await.map_err(decode)?;
                }
                apply(item, op).await
            }
            _ => Err(Failure::Ambiguous(
                labels(found.locked.iter().chain(&found.unlocked)).await,
            )),
        }
    }

    async fn connect() -> Result<SecretService<'static>, Failure> {
        SecretService::connect(EncryptionType::Dh)
            .await
            .map_err(Failure::Platform)
    }

    async fn set_item(account: &str, value: &str) -> Result<(), Failure> {
        let ss = connect().await?;
        match on_the_item(&ss, account, &Op::Set(value)).await {
            Ok(_) => return Ok(()),
            Err(Failure::NoEntry) => {}
            Err(e) => return Err(e),
        }
        let collection = ss.get_default_collection().await.map_err(decode)?;
        // A locked collection is unlocked (which may prompt); when that fails, creating the item
        // still gets its try and its own error, as with keyring 3.6.
        if let Ok(true) = collection.is_locked().await {
            let _ = collection.unlock().await;
        }
        let label = format!(
            "{account}@{SERVICE}:{TARGET} (oauthctl v{})",
            env!("CARGO_PKG_VERSION")
        );
        let mut attrs = attributes(account, true);
        attrs.insert("application", APPLICATION);
        collection
            .create_item(&label, attrs, value.as_bytes(), true, "text/plain")
            .await
            .map_err(Failure::Platform)?;
        Ok(())
    }

    pub async fn set(account: &str, value: &str) -> Result<(), CliError> {
        set_item(account, value).await.map_err(|f| cli(f, account))
    }

    pub async fn get(account: &str) -> Result<Option<String>, CliError> {
        let found = async { on_the_item(&connect().await?, account, &Op::Get).await };
        match found.await {
            Ok(v) => Ok(v),
            Err(Failure::NoEntry) => Ok(None),
            Err(f) => Err(cli(f, account)),
        }
    }

    pub async fn delete(account: &str) -> Result<bool, CliError> {
        let done = async { on_the_item(&connect().await?, account, &Op::Delete).await };
        match done.await {
            Ok(_) => Ok(true),
            Err(Failure::NoEntry) => Ok(false),
            Err(f) => Err(cli(f, account)),
        }
    }
}

/// The `keyring` crate's native stores, whose calls block: they run on the blocking pool.
#[cfg(any(target_os = "macos", target_os = "windows"))]
mod imp {
    use super::*;

    fn map(e: keyring::Error) -> CliError {
        match e {
            keyring::Error::NoStorageAccess(inner) => no_access(inner),
            keyring::Error::PlatformFailure(inner) => unavailable(inner.to_string()),
            keyring::Error::BadEncoding(_) => not_utf8(),
            other => CliError::other(format!("the OS keyring failed: {other}")),
        }
    }

    async fn blocking<T: Send + 'static>(
        f: impl FnOnce() -> Result<T, CliError> + Send + 'static,
    ) -> Result<T, CliError> {
        match tokio::task::spawn_blocking(f).await {
            Ok(r) => r,
            Err(join) => Err(unavailable(format!("the keyring call failed: {join}"))),
        }
    }

    pub async fn set(account: &str, value: &str) -> Result<(), CliError> {
        let (account, value) = (account.to_string(), value.to_string());
        blocking(move || {
            let entry = keyring::Entry::new(SERVICE, &account).map_err(map)?;
            entry.set_password(&value).map_err(map)
        })
        .await
    }

    pub async fn get(account: &str) -> Result<Option<String>, CliError> {
        let account = account.to_string();
        blocking(move || {
            let entry = keyring::Entry::new(SERVICE, &account).map_err(map)?;
            match entry.get_password() {
                Ok(v) => Ok(Some(v)),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(e) => Err(map(e)),
            }
        })
        .await
    }

    pub async fn delete(account: &str) -> Result<bool, CliError> {
        let account = account.to_string();
        blocking(move || {
            let entry = keyring::Entry::new(SERVICE, &account).map_err(map)?;
            match entry.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring::Error::NoEntry) => Ok(false),
                Err(e) => Err(map(e)),
            }
        })
        .await
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod imp {
    use super::*;
    pub async fn set(_: &str, _: &str) -> Result<(), CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
    pub async fn get(_: &str) -> Result<Option<String>, CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
    pub async fn delete(_: &str) -> Result<bool, CliError> {
        Err(unavailable("this platform has no supported keyring".into()))
    }
}

/// A keyring call with a timeout.
async fn timed<T>(
    call: impl std::future::Future<Output = Result<T, CliError>>,
) -> anyhow::Result<T> {
    match tokio::time::timeout(TIMEOUT, call).await {
        Ok(r) => Ok(r?),
        Err(_) => Err(unavailable(format!(
            "no answer within {} s (a frozen D-Bus session?)",
            TIMEOUT.as_secs()
        ))
        .into()),
    }
}

pub async fn set(account: String, value: String) -> anyhow::Result<()> {
    timed(imp::set(&account, &value)).await
}

pub async fn get(account: String) -> anyhow::Result<Option<String>> {
    timed(imp::get(&account)).await
}

/// Asks the keyring for an entry that does not exist: an error when no keyring answers. Made
/// before the first change of a command with `--store keyring`.
pub async fn probe() -> anyhow::Result<()> {
    timed(imp::get(&format!("probe@{SERVICE}")))
        .await
        .map(|_| ())
}

pub async fn delete(account: String) -> anyhow::Result<bool> {
    timed(imp::delete(&account)).await
}

#[cfg(test)]
mod tests {
    /// One async runtime, tokio (the mission: a lean dependency tree). zbus's default features
    /// bring smol's runtime (async-io, async-executor, blocking, async-process…) beside it; the
    /// keyring crates (keyring 3.6, and zbus-secret-service-keyring-store 1.0 under keyring 4 or
    /// keyring-core) depend on zbus with them. Cargo.lock lists the packages of every platform.
    #[test]
    fn one_async_runtime() {
        let lock: toml::Table = toml::from_str(include_str!("../Cargo.lock")).unwrap();
        let names: Vec<&str> = lock["package"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"tokio"),
            "Cargo.lock has packages: {names:?}"
        );
        for other in [
            "async-io",
            "async-executor",
            "async-global-executor",
            "async-std",
            "smol",
            "blocking",
            "async-process",
            "async-fs",
            "polling",
        ] {
            assert!(
                !names.contains(&other),
                "Cargo.lock has {other}, a second async runtime beside tokio: `cargo tree -i {other} --target all` shows what brings it"
            );
        }
    }
}
