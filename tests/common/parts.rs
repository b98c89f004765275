//! The installed parts some tests need, and the one rule for them: a test that needs a part calls
//! [`require`] first, and it FAILS (never skips) when the part is not there.
//!
//! `bash tests/run.sh` installs the parts and exports one OAUTHCTL_TEST_* variable for each part
//! it has set up. With the variable set and the part missing, the test fails naming what is
//! missing; without the variable (a plain `cargo test`), it fails and says to run the suite with
//! `bash tests/run.sh`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A part a test needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A real, unlocked Secret Service (the OS keyring) on the session D-Bus.
    Keyring,
    /// tmux, for the tests on a real terminal.
    Tmux,
    /// node-oidc-provider, the version pinned in tests/oidc-provider, installed there.
    OidcProvider,
    /// glewlwyd (Debian).
    Glewlwyd,
    /// LemonLDAP::NG's portal and Manager API (Debian).
    Lemonldap,
    /// Keycloak, the distribution pinned in tests/servers/keycloak.sh, fetched and unpacked.
    Keycloak,
    /// Ory Hydra, the version pinned in tests/servers/hydra/go.mod, built.
    Hydra,
}

impl Part {
    /// The variable tests/run.sh exports when it has set the part up.
    pub fn var(self) -> &'static str {
        match self {
            Part::Keyring => "OAUTHCTL_TEST_SECRET_SERVICE",
            Part::Tmux => "OAUTHCTL_TEST_TMUX",
            Part::OidcProvider => "OAUTHCTL_TEST_OIDC_PROVIDER",
            Part::Glewlwyd => "OAUTHCTL_TEST_GLEWLWYD",
            Part::Lemonldap => "OAUTHCTL_TEST_LEMONLDAP",
            Part::Keycloak => "OAUTHCTL_TEST_KEYCLOAK",
            Part::Hydra => "OAUTHCTL_TEST_HYDRA",
        }
    }

    pub fn what(self) -> &'static str {
        match self {
            Part::Keyring => "a Secret Service (the OS keyring: gnome-keyring in a D-Bus session)",
            Part::Tmux => "tmux (Debian package `tmux`)",
            Part::OidcProvider => "node-oidc-provider (npm ci in tests/oidc-provider)",
            Part::Glewlwyd => "glewlwyd (Debian package `glewlwyd`)",
            Part::Lemonldap => {
                "LemonLDAP::NG (Debian package `lemonldap-ng` and the Perl libraries of the recipe)"
            }
            Part::Keycloak => {
                "Keycloak (`bash tests/servers/keycloak.sh fetch`: Maven Central, a JDK, curl, jq)"
            }
            Part::Hydra => "Ory Hydra (`bash tests/servers/hydra.sh build`: Go and a C compiler)",
        }
    }

    /// What is missing of the part on this machine, if anything.
    pub fn missing(self) -> Option<String> {
        match self {
            Part::Keyring => {
                if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
                    Some("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)".into())
                } else {
                    missing_commands(&["secret-tool"])
                }
            }
            Part::Tmux => {
                let ok = Command::new(tmux_bin())
                    .arg("-V")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success());
                (!ok).then(|| "`tmux -V` does not run".to_string())
            }
            Part::OidcProvider => missing_commands(&["node"]).or_else(|| {
                missing_files(
                    &[oidc_provider_dir().join("node_modules/oidc-provider/package.json")],
                )
            }),
            Part::Glewlwyd => missing_commands(&["glewlwyd", "sqlite3"]).or_else(|| {
                missing_files(&[PathBuf::from(
                    "/usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz",
                )])
            }),
            Part::Lemonldap => missing_commands(&["plackup", "openssl"]).or_else(|| {
                missing_files(&[
                    PathBuf::from("/usr/share/lemonldap-ng/portal/htdocs/index.psgi"),
                    PathBuf::from("/usr/share/lemonldap-ng/manager/api/api.psgi"),
                ])
            }),
            Part::Keycloak => missing_commands(&["curl", "jq", "java"])
                .or_else(|| server_script_fails("keycloak.sh")),
            Part::Hydra => server_script_fails("hydra.sh"),
        }
    }
}

/// Fails the test unless `part` is here: without its variable (not run by tests/run.sh), and with
/// the variable but the part missing.
#[track_caller]
pub fn require(part: Part) {
    let var = part.var();
    let what = part.what();
    if std::env::var_os(var).is_none() {
        panic!(
            "{var} is not set: this test needs {what}. Run the suite with `bash tests/run.sh`, \
             which installs it (as root, with apt or npm) and sets {var}=1 (when it cannot, it \
             says so when it starts)"
        );
    }
    if let Some(missing) = part.missing() {
        panic!("{var} is set, but {what} is missing: {missing}");
    }
}

/// The tmux binary: /usr/bin/tmux when it is there, else the one on PATH.
pub fn tmux_bin() -> &'static str {
    const TMUX: &str = "/usr/bin/tmux";
    if Path::new(TMUX).exists() {
        TMUX
    } else {
        "tmux"
    }
}

/// tests/oidc-provider: node-oidc-provider's package.json, lock file, server and node_modules.
pub fn oidc_provider_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc-provider")
}

/// tests/servers: the scripts that fetch, build and start the servers the tests use.
pub fn servers_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/servers")
}

/// `bash tests/servers/SCRIPT path`, which fails when the server was not fetched or built.
fn server_script_fails(script: &str) -> Option<String> {
    let ok = Command::new("bash")
        .arg(servers_dir().join(script))
        .arg("path")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    (!ok).then(|| format!("`bash tests/servers/{script} path` fails: it was not fetched or built"))
}

fn on_path(cmd: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(cmd).is_file()))
}

fn missing_commands(cmds: &[&str]) -> Option<String> {
    let gone: Vec<&str> = cmds.iter().copied().filter(|c| !on_path(c)).collect();
    (!gone.is_empty()).then(|| format!("not on PATH: {}", gone.join(", ")))
}

fn missing_files(files: &[PathBuf]) -> Option<String> {
    let gone: Vec<String> = files
        .iter()
        .filter(|f| !f.is_file())
        .map(|f| f.display().to_string())
        .collect();
    (!gone.is_empty()).then(|| format!("no such file: {}", gone.join(", ")))
}
