//! Where the printer writes: stdout (counted, for the delivery rule) and the writer of what is
//! for people; what stdout is (a pipe, a socket, a file, /dev/null) and what its reader took.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

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
    /// Not the process's stdout but an in-memory buffer ([`Stdout::buffer`], a test's capture).
    /// Whoever holds the buffer is its reader: a value is delivered once it is written, and it
    /// reaches someone.
    Buffer,
}

/// A buffer shared by a writer and whoever reads it.
pub type Buffer = Arc<Mutex<Vec<u8>>>;

/// Where the printer writes data: the process's stdout, or an in-memory buffer (a test's
/// capture). Shared by every clone of the printer, with the count of the bytes written through it
/// (where in the stream a value ends, for the delivery rule) and whether a wait for a pipe's
/// reader already ran out once.
#[derive(Clone)]
pub struct Stdout(Arc<Shared>);

struct Shared {
    target: Target,
    /// Bytes written so far through [`Stdout::lock`]: where in the stream a value ends.
    written: AtomicU64,
    /// A wait for the reader ran out once: later values are not waited for again.
    gave_up: AtomicBool,
}

enum Target {
    /// The process's stdout (fd 1), as it was when oauthctl started.
    Process {
        kind: StdoutKind,
        /// /dev/null, or closed when oauthctl started (the Rust runtime then opens /dev/null in
        /// its place): whatever is written there reaches nobody.
        null: bool,
        tty: bool,
    },
    /// An in-memory buffer: [`StdoutKind::Buffer`].
    Buffer(Buffer),
}

impl Stdout {
    /// The process's stdout, and what it is.
    pub fn process() -> Stdout {
        Stdout::of(Target::Process {
            kind: stdout_kind(),
            null: stdout_is_null(),
            tty: io::stdout().is_terminal(),
        })
    }

    /// A stdout that writes into a buffer, and the buffer.
    pub fn buffer() -> (Stdout, Buffer) {
        let buf = Buffer::default();
        (Stdout::of(Target::Buffer(buf.clone())), buf)
    }

    fn of(target: Target) -> Stdout {
        Stdout(Arc::new(Shared {
            target,
            written: AtomicU64::new(0),
            gave_up: AtomicBool::new(false),
        }))
    }

    /// What this stdout is.
    pub fn kind(&self) -> StdoutKind {
        match &self.0.target {
            Target::Process { kind, .. } => *kind,
            Target::Buffer(_) => StdoutKind::Buffer,
        }
    }

    /// Whether a value written here can reach anyone: false when the process's stdout is
    /// /dev/null or was closed. A buffer is read by whoever holds it, so it does.
    pub fn reaches_someone(&self) -> bool {
        match &self.0.target {
            Target::Process { null, .. } => !null,
            Target::Buffer(_) => true,
        }
    }

    /// A terminal: tables are fitted to its width.
    pub fn is_terminal(&self) -> bool {
        matches!(self.0.target, Target::Process { tty: true, .. })
    }

    /// The bytes written so far: the end of the last value.
    pub fn written(&self) -> u64 {
        self.0.written.load(Ordering::SeqCst)
    }

    /// The writer, counting what is written (for the process's stdout: locked). Every write of
    /// data goes through it.
    pub fn lock(&self) -> Out<'static> {
        Out {
            inner: match &self.0.target {
                Target::Process { .. } => OutInner::Process(io::stdout().lock()),
                Target::Buffer(buf) => OutInner::Buffer(buf.clone()),
            },
            shared: self.0.clone(),
        }
    }

    /// Waits until the reader has taken everything up to `end` (a value of [`Stdout::written`]
    /// right after the value was written and flushed): `Err(why)` when the reader went away
    /// first, or did not take it within `wait` (`--timeout`). A pipe buffer is not a reader. A
    /// regular file is fsynced; a terminal and a buffer need nothing more.
    pub async fn taken(&self, end: u64, wait: std::time::Duration) -> Result<(), String> {
        let kind = self.kind();
        match kind {
            StdoutKind::Other | StdoutKind::Buffer => return Ok(()),
            StdoutKind::File => {
                return self
                    .lock()
                    .flush()
                    .and_then(|()| fsync_stdout())
                    .map_err(|e| format!("fsync failed: {e}"))
            }
            StdoutKind::Pipe | StdoutKind::Socket => {}
        }
        let gave_up = &self.0.gave_up;
        let start = std::time::Instant::now();
        let mut pause = std::time::Duration::from_millis(1);
        loop {
            let state = {
                // Everything counted is in the pipe once the lock's buffer is flushed.
                let mut out = self.lock();
                let flushed = out.flush();
                let written = self.written();
                flushed.and_then(|()| unread(kind).map(|u| u.map(|u| (written, u))))
            };
            let (written, unread) = match state {
                Ok(Some(s)) => s,
                // Not knowable here (another OS): a flushed write counts, as it always did.
                Ok(None) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                    return Err("the pipe was closed by its reader".into())
                }
                Err(e) => return Err(e.to_string()),
            };
            let taken = match kind {
                // A socket's queue counts buffer memory, not bytes: taken when it is empty.
                StdoutKind::Socket if unread.unread > 0 => 0,
                StdoutKind::Socket => written,
                _ => written.saturating_sub(unread.unread),
            };
            if taken >= end {
                return Ok(());
            }
            let name = match kind {
                StdoutKind::Socket => "socket",
                _ => "pipe",
            };
            if unread.reader_gone {
                return Err(format!(
                    "the reader of the {name} went away without taking it"
                ));
            }
            if gave_up.load(Ordering::SeqCst) || start.elapsed() >= wait {
                gave_up.store(true, Ordering::SeqCst);
                return Err(format!(
                    "the reader of the {name} did not take it within {} s (--timeout); it was left unread in the {name} buffer",
                    wait.as_secs(),
                ));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(std::time::Duration::from_millis(50));
        }
    }
}

/// The writer of [`Stdout::lock`].
pub struct Out<'a> {
    inner: OutInner<'a>,
    shared: Arc<Shared>,
}

enum OutInner<'a> {
    Process(io::StdoutLock<'a>),
    Buffer(Buffer),
}

impl Write for Out<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = match &mut self.inner {
            OutInner::Process(out) => out.write(buf)?,
            OutInner::Buffer(b) => {
                b.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend_from_slice(buf);
                buf.len()
            }
        };
        self.shared.written.fetch_add(n as u64, Ordering::SeqCst);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            OutInner::Process(out) => out.flush(),
            OutInner::Buffer(_) => Ok(()),
        }
    }
}

#[cfg(unix)]
fn stdout_is_null() -> bool {
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
fn stdout_is_null() -> bool {
    false
}

#[cfg(unix)]
fn stdout_kind() -> StdoutKind {
    use std::os::unix::fs::FileTypeExt;
    match stdout_file().and_then(|f| f.metadata()) {
        Ok(m) if m.file_type().is_fifo() => StdoutKind::Pipe,
        Ok(m) if m.file_type().is_socket() => StdoutKind::Socket,
        Ok(m) if m.file_type().is_file() => StdoutKind::File,
        _ => StdoutKind::Other,
    }
}

#[cfg(not(unix))]
fn stdout_kind() -> StdoutKind {
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

fn fsync_stdout() -> io::Result<()> {
    #[cfg(unix)]
    {
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
struct Unread {
    /// Bytes a reader has not taken yet (for a socket: the send queue's memory).
    unread: u64,
    /// No reader is left: what is unread will never be taken.
    reader_gone: bool,
}

/// `ioctl(FIONREAD)` on a pipe's write end gives the bytes its reader has not taken yet;
/// `ioctl(TIOCOUTQ)` a socket's send queue; `poll` whether a reader is still there. `None` where
/// this cannot be known.
#[cfg(target_os = "linux")]
fn unread(kind: StdoutKind) -> io::Result<Option<Unread>> {
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
fn unread(_: StdoutKind) -> io::Result<Option<Unread>> {
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_counts_what_is_written_and_is_its_own_reader() {
        let (out, buf) = Stdout::buffer();
        assert_eq!(out.kind(), StdoutKind::Buffer);
        assert!(
            out.reaches_someone(),
            "the test holding the buffer reads it"
        );
        assert!(!out.is_terminal());
        // Clones share the stream and its count, as the printer's clones do.
        let copy = out.clone();
        write!(out.lock(), "abc").unwrap();
        write!(copy.lock(), "de").unwrap();
        assert_eq!(out.written(), 5);
        assert_eq!(copy.written(), 5);
        assert_eq!(&*buf.lock().unwrap(), b"abcde");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        // Taken at once: no wait, whatever the drain wait.
        assert_eq!(rt.block_on(out.taken(5, std::time::Duration::ZERO)), Ok(()));
        // Two buffers count apart.
        let (other, _) = Stdout::buffer();
        assert_eq!(other.written(), 0);
    }
}
