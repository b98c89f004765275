//! Platform paths (the config file, the dev server's database, the data and cache directories)
//! and the one way to write a file that may hold a secret.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::CliError;

pub const ENV_CONFIG: &str = "OAUTHCTL_CONFIG";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "oauthctl")
}

/// `OAUTHCTL_CONFIG`, or `config.toml` in the platform config directory.
pub fn config_path() -> anyhow::Result<PathBuf> {
    if let Some(p) = std::env::var_os(ENV_CONFIG).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    project_dirs()
        .map(|d| d.config_dir().join("config.toml"))
        .ok_or_else(|| {
            CliError::other("cannot find a home directory for the config file")
                .with_hint(format!("set {ENV_CONFIG} to a file path"))
                .into()
        })
}

/// Where the dev server keeps its database by default.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    project_dirs()
        .map(|d| d.data_dir().join("dev-server.sqlite3"))
        .ok_or_else(|| {
            CliError::other("cannot find a home directory for the database")
                .with_hint("pass --db PATH or --in-memory")
                .into()
        })
}

/// The platform data directory (the local registry of RFC 7591 registrations).
pub fn data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_path_buf())
}

/// The platform cache directory (cached admin tokens).
pub fn cache_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().to_path_buf())
}

/// Writes a file that holds (or may hold) a secret or a token: readable only by its owner (0600
/// on Unix), atomically. Every such file goes through here: `--output-file`, the config file, the
/// token cache, the login cache.
///
/// The bytes go to a temporary file beside `path` with an unpredictable name, created exclusively
/// (O_EXCL, so nothing planted there is reused) with mode 0600, synced, then renamed over `path`:
/// an existing file ends up 0600 whatever its mode was. Missing directories are created 0700.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    let name = path.file_name().map_or_else(
        || std::borrow::Cow::Borrowed("file"),
        |n| n.to_string_lossy(),
    );
    let tmp = dir.join(format!(
        ".{name}.{}.tmp",
        crate::crypto::hex(&crate::crypto::random_bytes::<12>())
    ));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp)?;
    let written = make_private(&f)
        .and_then(|_| f.write_all(bytes))
        .and_then(|_| f.sync_all())
        .and_then(|_| {
            drop(f);
            std::fs::rename(&tmp, path)
        });
    if written.is_err() {
        // Never leave a copy of what may be a secret behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Makes an open file 0600 (a file that existed may have been 0644); an error if that fails, so
/// a secret is never written into a file others can read.
pub fn make_private(f: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if f.metadata()?.permissions().mode() & 0o777 != 0o600 {
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    let _ = f;
    Ok(())
}

/// Creates a directory and its missing parents with mode 0700 (existing ones are left as they are).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_0600_and_never_reuse_a_planted_temporary() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.txt");
        // An existing file readable by everyone, and a file planted at the name the temporary
        // once had (predictable: the process ID).
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let planted = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&planted, "planted").unwrap();
        std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o666)).unwrap();
        write_private(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(std::fs::read_to_string(&planted).unwrap(), "planted");
        // No temporary is left behind.
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "{left:?}");
        // Missing directories are created 0700.
        let deep = dir.path().join("a").join("b").join("token.json");
        write_private(&deep, b"t").unwrap();
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a").join("b")), 0o700);
        assert_eq!(mode(&deep), 0o600);
    }
}
