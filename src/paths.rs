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
    PrivateFile::create(path)?.commit(bytes)
}

/// A file that will hold a secret, prepared before anything is changed (the folder exists and
/// can be written, the temporary file exists): [`PrivateFile::commit`] writes it whole, syncs it,
/// renames it over its path and syncs the folder. Dropped without a commit, it leaves nothing.
pub struct PrivateFile {
    /// Where the bytes end up: the path, or the regular file a symlink there points to.
    target: PathBuf,
    dir: PathBuf,
    tmp: PathBuf,
    file: Option<std::fs::File>,
}

impl PrivateFile {
    /// Creates the temporary file beside `path` (0600, exclusively). A symlink is followed to
    /// the regular file it names (the link stays); a device, a FIFO, a socket or a directory is
    /// refused: a secret goes only into a regular file.
    pub fn create(path: &Path) -> std::io::Result<PrivateFile> {
        let target = regular_target(path)?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        create_private_dir(&dir)?;
        let name = target.file_name().map_or_else(
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
        let f = opts.open(&tmp)?;
        let mut p = PrivateFile {
            target,
            dir,
            tmp,
            file: None,
        };
        make_private(&f)?;
        p.file = Some(f);
        Ok(p)
    }

    /// Writes the bytes, syncs the file, renames it into place and syncs the folder: only then
    /// is it on the disk.
    pub fn commit(mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut f = self
            .file
            .take()
            .ok_or_else(|| std::io::Error::other("the file was written already"))?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&self.tmp, &self.target)?;
        sync_dir(&self.dir)
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        // Never leave a copy of what may be a secret behind (after a commit, the rename moved it).
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// The path a secret is written to: `path`, or — for a symlink — the file it points to. Anything
/// that exists and is not a regular file (or a link to one) is refused.
pub fn regular_target(path: &Path) -> std::io::Result<PathBuf> {
    let link = std::fs::symlink_metadata(path);
    let target = match &link {
        Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(path) {
            Ok(t) => t,
            // A dangling link: it names a file that does not exist yet, made there.
            Err(_) => {
                let to = std::fs::read_link(path)?;
                match path.parent() {
                    Some(d) if to.is_relative() => d.join(to),
                    _ => to,
                }
            }
        },
        _ => path.to_path_buf(),
    };
    match std::fs::metadata(&target) {
        Ok(m) if !m.is_file() => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "{} is {}, not a regular file; a secret is written only to a regular file",
                target.display(),
                file_kind(&m)
            ),
        )),
        _ => Ok(target),
    }
}

fn file_kind(m: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if m.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// Syncs a folder, so that a file renamed or created in it is on the disk.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
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
