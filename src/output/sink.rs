//! Where the printer writes: stdout (counted, for the delivery rule) and the writer of what is
//! for people; what stdout is (a pipe, a socket, a file, /dev/null) and what its reader took.

use std::io::{self, Write};

/// Where the printer writes what is for people: stderr, or (in a test) a buffer. Shared by every
/// clone of the printer, so a backend, the HTTP trace and the command write in one stream.
#[derive(Clone)]
pub struct ErrWriter(std::sync::Arc<std::sync::Mutex<Box<dyn Write + Send>>>);

impl ErrWriter {
    pub fn stderr() -> ErrWriter {
        ErrWriter(std::sync::Arc::new(std::sync::Mutex::new(Box::new(
            io::stderr(),
        ))))
    }

    /// A writer into a buffer, and the buffer.
    pub fn buffer() -> (ErrWriter, std::sync::Arc<std::sync::Mutex<Vec<u8>>>) {
        struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let buf = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        (
            ErrWriter(std::sync::Arc::new(std::sync::Mutex::new(Box::new(
                Shared(buf.clone()),
            )))),
            buf,
        )
    }

    pub(super) fn write(&self, text: std::fmt::Arguments) {
        let mut w = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let _ = w.write_fmt(text);
        let _ = w.flush();
    }
}

/// What stdout is, for the delivery rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdoutKind {
    /// A pipe or a FIFO: a value is taken once the reader read it out of the buffer.
    Pipe,
    /// A socket: a value is taken once nothing is left unread in the send queue.
    Socket,
    /// A regular file: a value is delivered once it is flushed and fsynced.
    File,
    /// A terminal, or anything else: a value is delivered once it is written.
    Other,
}

/// Bytes written to stdout so far through [`stdout`]: where in the stream a value ends.
static STDOUT_BYTES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The bytes written to stdout so far (through the output module): the end of the last value.
pub fn stdout_written() -> u64 {
    STDOUT_BYTES.load(std::sync::atomic::Ordering::SeqCst)
}

/// stdout, locked, counting what is written, so that the delivery rule knows which bytes a
/// pipe's reader has taken. Every write to stdout goes through it.
pub fn stdout() -> Out<'static> {
    Out {
        inner: io::stdout().lock(),
    }
}

/// The locked stdout of [`stdout`].
pub struct Out<'a> {
    inner: io::StdoutLock<'a>,
}

impl Write for Out<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        STDOUT_BYTES.fetch_add(n as u64, std::sync::atomic::Ordering::SeqCst);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(unix)]
pub(super) fn stdout_is_null() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return true;
    };
    let Ok(meta) = std::fs::File::from(fd).metadata() else {
        return true;
    };
    let Ok(null) = std::fs::metadata("/dev/null") else {
        return false;
    };
    meta.file_type().is_char_device() && meta.rdev() == null.rdev()
}

#[cfg(not(unix))]
pub(super) fn stdout_is_null() -> bool {
    false
}

#[cfg(unix)]
pub(super) fn stdout_kind() -> StdoutKind {
    use std::os::unix::fs::FileTypeExt;
    match stdout_file().and_then(|f| f.metadata()) {
        Ok(m) if m.file_type().is_fifo() => StdoutKind::Pipe,
        Ok(m) if m.file_type().is_socket() => StdoutKind::Socket,
        Ok(m) if m.file_type().is_file() => StdoutKind::File,
        _ => StdoutKind::Other,
    }
}

#[cfg(not(unix))]
pub(super) fn stdout_kind() -> StdoutKind {
    StdoutKind::Other
}

/// A second handle on stdout's file description.
#[cfg(unix)]
fn stdout_file() -> io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    Ok(std::fs::File::from(
        io::stdout().as_fd().try_clone_to_owned()?,
    ))
}

pub(super) fn fsync_stdout() -> io::Result<()> {
    #[cfg(unix)]
    {
        stdout().flush()?;
        match stdout_file()?.sync_data() {
            // A file system that cannot sync (some FUSE, /proc) keeps what it was given.
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(()),
            r => r,
        }
    }
    #[cfg(not(unix))]
    Ok(())
}

/// What is still in stdout's pipe or socket, unread.
pub(super) struct Unread {
    /// Bytes a reader has not taken yet (for a socket: the send queue's memory).
    pub(super) unread: u64,
    /// No reader is left: what is unread will never be taken.
    pub(super) reader_gone: bool,
}

/// `ioctl(FIONREAD)` on a pipe's write end gives the bytes its reader has not taken yet;
/// `ioctl(TIOCOUTQ)` a socket's send queue; `poll` whether a reader is still there. `None` where
/// this cannot be known.
#[cfg(target_os = "linux")]
pub(super) fn unread(kind: StdoutKind) -> io::Result<Option<Unread>> {
    let request = match kind {
        StdoutKind::Pipe => libc::FIONREAD,
        StdoutKind::Socket => libc::TIOCOUTQ,
        _ => return Ok(None),
    };
    let mut n: libc::c_int = 0;
    // SAFETY: fd 1 is open for the whole run; the request writes one c_int.
    if unsafe { libc::ioctl(libc::STDOUT_FILENO, request, &mut n) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let mut fds = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: one valid pollfd, no wait.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    let reader_gone = ready > 0 && fds.revents & (libc::POLLERR | libc::POLLHUP) != 0;
    Ok(Some(Unread {
        unread: u64::try_from(n).unwrap_or(0),
        reader_gone,
    }))
}

#[cfg(not(target_os = "linux"))]
pub(super) fn unread(_: StdoutKind) -> io::Result<Option<Unread>> {
    Ok(None)
}
